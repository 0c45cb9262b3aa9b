import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = fileURLToPath(new URL(".", import.meta.url));
const builtIndex = join(webDir, "dist", "index.html");
// What the pages (and the GraphiQL page) are built from: their own sources and the generated operations.
const sources = ["src", "index.html", "graphiql", "vite.config.ts", "../../schema/generated"].map((path) =>
  join(webDir, path),
);

const newestChange = (path: string): number =>
  statSync(path).isDirectory()
    ? Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))))
    : statSync(path).mtimeMs;

/** Builds the pages into dist unless dist is newer than every source; returns whether it built. */
export function ensureWebBuilt(): boolean {
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs > Math.max(...sources.map(newestChange))) return false;
  execFileSync("pnpm", ["exec", "vite", "build", "--logLevel", "warn"], { cwd: webDir, stdio: "inherit" });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(ensureWebBuilt() ? "web      | pages built into packages/web/dist\n" : "");
}
