import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { estatesResolvers } from "./estates.resolvers";

/** The party registry's estates as this agency extends them: fields only, no scope of its own. */
export const estatesModule = defineModule<Context>({
  name: "estates",
  sdl: new URL("./estates.graphql", import.meta.url),
  resolvers: estatesResolvers,
});
