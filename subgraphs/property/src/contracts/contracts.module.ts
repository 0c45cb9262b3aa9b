import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { contractsResolvers } from "./contracts.resolvers";
import { contractsScope } from "./contracts.scope";

export const contractsModule = defineModule<Context, "contracts">({
  name: "contracts",
  sdl: new URL("./contracts.graphql", import.meta.url),
  resolvers: contractsResolvers,
  scope: contractsScope,
});
