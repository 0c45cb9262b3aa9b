import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "./auth/caller";
import { bindServices, composeContext, defineModule, type RequestBase } from "./module";
import type { RequestMeta } from "./writes";

type Db = { name: string };
interface Context extends RequestBase<Db> {
  places: { built: number };
  members: { placesBuilt: number; greet: (input: string) => string };
}

const sdl = new URL("./module.test.graphql", import.meta.url);

describe("composeContext", () => {
  it("builds each module's scope once per request, on first use, from the others' scopes", () => {
    let built = 0;
    const places = defineModule<Context, "places">({
      name: "places",
      sdl,
      resolvers: {},
      scope: () => ({ built: ++built }),
    });
    const members = defineModule<Context, "members">({
      name: "members",
      sdl,
      resolvers: {},
      scope: (context) => ({
        placesBuilt: context.places.built,
        ...bindServices(context, {
          greet: (db: Db, meta: RequestMeta, input: string) => `${db.name}/${meta.requestId}/${input}`,
        }),
      }),
    });
    // The order of the list does not matter: members asks for places when it is built.
    const createContext = composeContext<Db, Context>([members, places]);
    const first = createContext({ name: "db" }, { caller: ANONYMOUS, requestId: "r1" });
    expect(built).toBe(0);
    expect(first.members.placesBuilt).toBe(1);
    expect(first.places.built).toBe(1);
    expect(first.members.greet("hi")).toBe("db/r1/hi");
    const second = createContext({ name: "db" }, { caller: ANONYMOUS, requestId: "r2" });
    expect(second.places.built).toBe(2);
    expect(second.members.greet("hi")).toBe("db/r2/hi");
  });

  it("refuses two scopes that need each other to be built", () => {
    interface Loop extends RequestBase<Db> {
      a: unknown;
      b: unknown;
    }
    const a = defineModule<Loop, "a">({ name: "a", sdl, resolvers: {}, scope: (context) => context.b });
    const b = defineModule<Loop, "b">({ name: "b", sdl, resolvers: {}, scope: (context) => context.a });
    const context = composeContext<Db, Loop>([a, b])({ name: "db" }, { caller: ANONYMOUS, requestId: "r" });
    expect(() => context.a).toThrow(/needs itself/);
  });
});
