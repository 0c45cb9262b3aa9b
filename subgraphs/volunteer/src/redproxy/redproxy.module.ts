import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { redProxyResolvers } from "./redproxy.resolvers";
import { redProxyScope } from "./redproxy.scope";

export const redProxyModule = defineModule<Context, "redProxy">({
  name: "redProxy",
  sdl: new URL("./redproxy.graphql", import.meta.url),
  resolvers: redProxyResolvers,
  scope: redProxyScope,
});
