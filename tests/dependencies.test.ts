import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cruise, type IConfiguration } from "dependency-cruiser";
import { afterEach, describe, expect, it } from "vitest";

// The rules `pnpm lint` checks the tree with, applied to small trees written here.
const config = createRequire(import.meta.url)("../.dependency-cruiser.cjs") as IConfiguration;

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

async function violationsOf(files: Record<string, string>): Promise<string[]> {
  root = mkdtempSync(join(tmpdir(), "linli-deps-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const result = await cruise(["."], {
    ...config.options,
    baseDir: root,
    validate: true,
    tsConfig: undefined,
    ruleSet: { forbidden: config.forbidden },
  });
  if (typeof result.output === "string") throw new Error("expected a cruise result");
  return result.output.summary.violations.map((violation) => `${violation.rule.name} ${violation.from}`);
}

describe("the dependency check of pnpm lint", () => {
  it("refuses an import circle, a type-only one included", async () => {
    const violations = await violationsOf({
      "gateway/src/a.ts": 'import type { B } from "./b";\nexport interface A { b?: B }\n',
      "gateway/src/b.ts": 'import type { A } from "./a";\nexport interface B { a?: A }\n',
    });
    expect(violations).toContain("no-circular gateway/src/a.ts");
  });

  it("refuses a subgraph importing another agency's code", async () => {
    const violations = await violationsOf({
      "subgraphs/units/src/x.ts": 'import { y } from "../../party/src/y";\nexport const x = y;\n',
      "subgraphs/party/src/y.ts": "export const y = 1;\n",
    });
    expect(violations).toContain("no-subgraph-imports-another subgraphs/units/src/x.ts");
  });

  it("refuses a package reaching a subgraph other than through the registry, and lets the registry", async () => {
    const violations = await violationsOf({
      "tests/t.ts": 'import { y } from "../subgraphs/party/src/y";\nexport const t = y;\n',
      "packages/runner/src/agencies.ts": 'import { y } from "../../../subgraphs/party/src/y";\nexport const a = y;\n',
      "subgraphs/party/src/y.ts": "export const y = 1;\n",
    });
    expect(violations).toEqual(["subgraphs-only-through-the-registry tests/t.ts"]);
  });

  it("passes a tree without circles", async () => {
    const violations = await violationsOf({
      "gateway/src/a.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "gateway/src/b.ts": "export const b = 1;\n",
    });
    expect(violations).toEqual([]);
  });
});
