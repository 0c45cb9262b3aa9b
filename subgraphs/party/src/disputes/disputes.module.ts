import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { disputesResolvers } from "./disputes.resolvers";
import { disputesScope } from "./disputes.scope";

export const disputesModule = defineModule<Context, "disputes">({
  name: "disputes",
  sdl: new URL("./disputes.graphql", import.meta.url),
  resolvers: disputesResolvers,
  scope: disputesScope,
});
