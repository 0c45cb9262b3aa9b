import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { problemsResolvers } from "./problems.resolvers";
import { problemsScope } from "./problems.scope";

export const problemsModule = defineModule<Context, "problems">({
  name: "problems",
  sdl: new URL("./problems.graphql", import.meta.url),
  resolvers: problemsResolvers,
  scope: problemsScope,
});
