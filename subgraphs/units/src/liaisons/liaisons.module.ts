import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { liaisonsResolvers } from "./liaisons.resolvers";
import { liaisonsScope } from "./liaisons.scope";

export const liaisonsModule = defineModule<Context, "liaisons">({
  name: "liaisons",
  sdl: new URL("./liaisons.graphql", import.meta.url),
  resolvers: liaisonsResolvers,
  scope: liaisonsScope,
});
