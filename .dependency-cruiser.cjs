// `pnpm lint` runs this (dependency-cruiser): the shape of the imports, which Biome does not see.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "An import circle (type-only imports included) makes load order matter and two modules one. Move what both need into a third.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-subgraph-imports-another",
      severity: "error",
      comment: "No agency's code reads another's: a subgraph knows the others only by their entities' keys in its SDL.",
      from: { path: "^subgraphs/([^/]+)/" },
      to: { path: "^subgraphs/([^/]+)/", pathNot: "^subgraphs/$1/" },
    },
    {
      name: "subgraphs-only-through-the-registry",
      severity: "error",
      comment:
        "Outside subgraphs/, an agency's package is reached only through the registry: packages/runner/src/agencies.ts imports each package schema/subgraphs.ts names, so that adding an agency is one entry there (and the runner's dependency on the package).",
      from: { pathNot: ["^subgraphs/", "^packages/runner/src/agencies\\.ts$"] },
      to: { path: "^subgraphs/" },
    },
    {
      name: "gateway-serves-any-supergraph",
      severity: "error",
      comment:
        "The gateway routes by the supergraph it serves (join__graph names and URLs), not by the agency list: schema/subgraphs.ts is for compose, runner, bench and tests.",
      from: { path: "^gateway/src/" },
      to: { path: "^schema/subgraphs\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["(^|/)node_modules/", "(^|/)generated/", "(^|/)dist/", "(^|/)\\.data/"] },
    // Type-only imports count: a circle of types is still a circle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".json"],
      mainFields: ["module", "main", "types"],
    },
    skipAnalysisNotInRules: true,
  },
};
