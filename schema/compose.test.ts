import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { breakingChanges, composeSupergraph, registrySources } from "./compose";
import { supergraphPath } from "./subgraphs";

const estateOwner = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
type Query { estate(id: ID!): Estate }
type Estate @key(fields: "id") { id: ID! name: String! households: Int! }
`;

describe("composition", () => {
  it("composes the four agencies into the committed supergraph", () => {
    const supergraph = composeSupergraph();
    for (const name of ["PARTY", "PROPERTY", "UNITS", "VOLUNTEER"]) {
      expect(supergraph).toContain(`${name} @join__graph(name: "${name.toLowerCase()}"`);
    }
    expect(readFileSync(supergraphPath, "utf8")).toBe(supergraph);
  });

  it("fails, naming the clash, when two agencies declare the same value type differently", () => {
    const sources = registrySources();
    const party = sources.find((s) => s.name === "party")!;
    // PageInfo without @shareable in one subgraph is a conflict with every other subgraph.
    const broken = { ...party, sdl: party.sdl.replace("type PageInfo @shareable", "type PageInfo") };
    expect(() => composeSupergraph(sources.map((s) => (s.name === "party" ? broken : s)))).toThrow(/PageInfo/);
  });

  it("reports removing or narrowing a field clients may use, but not removing a deprecated one", () => {
    const compose = (sdl: string) => composeSupergraph([{ name: "party", url: "http://party/graphql", sdl }]);
    const before = compose(estateOwner);
    expect(breakingChanges(before, compose(estateOwner.replace(" households: Int!", "")))).toEqual([
      "Estate.households was removed.",
    ]);
    expect(breakingChanges(before, compose(estateOwner.replace("name: String!", "name: Int!")))).toHaveLength(1);

    const deprecated = compose(
      estateOwner.replace("households: Int!", 'households: Int! @deprecated(reason: "use x")'),
    );
    expect(breakingChanges(deprecated, compose(estateOwner.replace(" households: Int!", "")))).toEqual([]);
    expect(breakingChanges(before, compose(`${estateOwner}\ntype Extra { id: ID! }`))).toEqual([]);
  });
});
