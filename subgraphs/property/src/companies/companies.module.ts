import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { companiesResolvers } from "./companies.resolvers";
import { companiesScope } from "./companies.scope";

export const companiesModule = defineModule<Context, "companies">({
  name: "companies",
  sdl: new URL("./companies.graphql", import.meta.url),
  resolvers: companiesResolvers,
  scope: companiesScope,
});
