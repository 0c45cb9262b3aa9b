import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { recognitionResolvers } from "./recognition.resolvers";
import { recognitionScope } from "./recognition.scope";

export const recognitionModule = defineModule<Context, "recognition">({
  name: "recognition",
  sdl: new URL("./recognition.graphql", import.meta.url),
  resolvers: recognitionResolvers,
  scope: recognitionScope,
});
