import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { practicalProjectsResolvers } from "./practical-projects.resolvers";
import { practicalProjectsScope } from "./practical-projects.scope";

export const practicalProjectsModule = defineModule<Context, "practicalProjects">({
  name: "practicalProjects",
  sdl: new URL("./practical-projects.graphql", import.meta.url),
  resolvers: practicalProjectsResolvers,
  scope: practicalProjectsScope,
});
