import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
/** Where pnpm installed a dependency of this package (it links each into node_modules). */
const installed = (name: string) => realpathSync(join(packageDir, "node_modules", name));

// A project outside the workspace: the packed tarball unpacked into its node_modules beside
// the two packages the client names, and nothing else of Linli.
const consumer = mkdtempSync(join(tmpdir(), "linli-client-consumer-"));
const tarballs = mkdtempSync(join(tmpdir(), "linli-client-pack-"));
const unpacked = join(consumer, "node_modules", "@linli", "client");
let manifest: Record<string, Record<string, string> | string>;

beforeAll(() => {
  // `pnpm pack` runs the prepack build (tsc) and writes the catalog's versions into package.json.
  execFileSync("pnpm", ["pack", "--pack-destination", tarballs], { cwd: packageDir, stdio: "pipe" });
  const [tarball] = readdirSync(tarballs).filter((file) => file.endsWith(".tgz"));
  mkdirSync(unpacked, { recursive: true });
  execFileSync("tar", ["-xzf", join(tarballs, tarball!), "-C", unpacked, "--strip-components=1"]);
  manifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8"));
  for (const name of ["graphql", "@graphql-typed-document-node/core"]) {
    mkdirSync(dirname(join(consumer, "node_modules", name)), { recursive: true });
    symlinkSync(installed(name), join(consumer, "node_modules", name), "dir");
  }
}, 60_000);
afterAll(() => {
  for (const dir of [consumer, tarballs]) rmSync(dir, { recursive: true, force: true });
});

describe("@linli/client, packed", () => {
  it("holds only the built JavaScript and declarations, with no workspace or catalog versions", () => {
    const files = readdirSync(join(unpacked, "dist")).sort();
    expect(files).toEqual(["operations.d.ts", "operations.js"]);
    expect(JSON.stringify(manifest)).not.toMatch(/workspace:|catalog:/);
    expect(manifest.dependencies).toEqual({ "@graphql-typed-document-node/core": expect.stringMatching(/^\d/) });
  });

  it("imports nothing in its output but graphql and @graphql-typed-document-node/core", () => {
    for (const file of readdirSync(join(unpacked, "dist"))) {
      const text = readFileSync(join(unpacked, "dist", file), "utf8");
      const specifiers = [...text.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']/g)].map(
        (match) => match[1] ?? match[2],
      );
      for (const specifier of specifiers) {
        expect(["graphql", "@graphql-typed-document-node/core"], `${file} imports ${specifier}`).toContain(specifier);
      }
    }
  });

  it("runs in a project outside the workspace: a document prints as the operation it types", () => {
    writeFileSync(
      join(consumer, "print.mjs"),
      `import { print } from "graphql";
import { CountyOverviewDocument, LiaisonUnitDocument } from "@linli/client";
console.log(JSON.stringify([print(CountyOverviewDocument), print(LiaisonUnitDocument)]));`,
    );
    const [overview, liaison] = JSON.parse(execFileSync("node", ["print.mjs"], { cwd: consumer, encoding: "utf8" }));
    expect(overview).toMatch(/^query CountyOverview\(\$from: String!, \$to: String![,)]/);
    expect(overview).toContain("fragment PartyFiguresFields on PartyFigures");
    expect(liaison).toContain("fragment LiaisonBooking on Booking");
  });

  it("types results there: a figure is a number, and saying it is a string does not compile", () => {
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", noEmit: true, types: [] },
        files: ["use.ts"],
      }),
    );
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      join(consumer, "use.ts"),
      `import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";
import { CountyOverviewDocument } from "@linli/client";
declare const data: ResultOf<typeof CountyOverviewDocument>;
export const solved: number | undefined = data.counties[0]?.partyFigures.problemsSolved;
export const variables: VariablesOf<typeof CountyOverviewDocument> = { from: "2025-01", to: "2025-12" };
// @ts-expect-error a figure is a number
export const wrong: string | undefined = data.counties[0]?.partyFigures.problemsSolved;
`,
    );
    const tsc = join(installed("typescript"), "bin", "tsc");
    // Fails (and throws with tsc's report) if the types were missing, \`any\`, or not a number.
    expect(execFileSync("node", [tsc, "-p", "."], { cwd: consumer, encoding: "utf8" })).toBe("");
  }, 60_000); // tsc takes seconds, more on a loaded machine
});
