// `pnpm build`: every service (the gateway, the four subgraphs, the identity provider and the runner itself) bundled to
// `<package>/dist/*.js`, run by plain `node`. `--if-stale` builds only what changed since its
// last build (`pnpm start` uses it). Node runs this file itself (type stripping), so it imports
// nothing but esbuild and Node: no build is needed to build.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";

const root = fileURLToPath(new URL("../../../", import.meta.url));

interface Target {
  /** The package folder, relative to the repository root. */
  dir: string;
  /** Entry files under `src/`, each built to `dist/<name>.js`. */
  entries: string[];
}

const targets: Target[] = [
  { dir: "gateway", entries: ["index.ts"] },
  ...readdirSync(join(root, "subgraphs"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, "subgraphs", d.name, "src/index.ts")))
    .map((d) => ({ dir: `subgraphs/${d.name}`, entries: ["index.ts", "migrate.ts"] })),
  { dir: "packages/identity", entries: ["index.ts"] },
  { dir: "packages/runner", entries: ["start.ts", "token.ts", "keys.ts"] },
];

const toPosix = (path: string) => path.split(sep).join("/");
const relativeFrom = (from: string, to: string) => {
  const path = toPosix(relative(from, to));
  return path.startsWith(".") ? path : `./${path}`;
};
const builtins = new Set(builtinModules);

/**
 * Workspace packages (`@linli/*`, whose exports are TypeScript) are bundled; every other package
 * stays in node_modules. Each of those imports is written as the path of the file it resolved
 * to, relative to the bundle, because the package that imports it (service-kit's `pg`, say) is
 * not the bundle's package, whose node_modules would not hold it under pnpm. Files that find
 * their neighbours through `import.meta.url` (SDL, migrations, the supergraph) keep finding
 * them where they are in the tree: the URL becomes that of their source file, relative to the
 * bundle, so a copy of the tree (an image) works as well as the checkout.
 */
function workspacePlugin(outdir: string): Plugin {
  return {
    name: "linli-workspace",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "resolving") return undefined;
        const name = args.path.startsWith("node:") ? args.path.slice(5) : args.path;
        if (builtins.has(name) || builtins.has(name.split("/")[0] ?? "")) return { path: args.path, external: true };
        if (args.path.startsWith("@linli/")) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: "resolving",
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: relativeFrom(outdir, resolved.path), external: true };
      });
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes("import.meta.url")) return { contents: source, loader: "ts" };
        const own = `new URL(${JSON.stringify(relativeFrom(outdir, args.path))}, import.meta.url).href`;
        return { contents: source.replaceAll("import.meta.url", own), loader: "ts" };
      });
    },
  };
}

const metafilePath = (target: Target) => join(root, target.dir, "dist/meta.json");

/** Stale when an output is missing or any input it was built from changed (or is gone) since. */
function isStale(target: Target): boolean {
  const meta = metafilePath(target);
  if (!existsSync(meta)) return true;
  const built = statSync(meta).mtimeMs;
  const { inputs, outputs } = JSON.parse(readFileSync(meta, "utf8")) as Metafile;
  if (!Object.keys(outputs).every((output) => existsSync(join(root, output)))) return true;
  // The lockfile stands for every external package: their paths in the bundle name versions.
  return [...Object.keys(inputs), "pnpm-lock.yaml"].some((input) => {
    const path = join(root, input);
    return !existsSync(path) || statSync(path).mtimeMs > built;
  });
}

async function buildTarget(target: Target): Promise<void> {
  const outdir = join(root, target.dir, "dist");
  const result = await build({
    absWorkingDir: root,
    entryPoints: target.entries.map((entry) => join(root, target.dir, "src", entry)),
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    plugins: [workspacePlugin(outdir)],
  });
  await writeFile(metafilePath(target), JSON.stringify(result.metafile));
}

const ifStale = process.argv.includes("--if-stale");
const started = Date.now();
const chosen = ifStale ? targets.filter(isStale) : targets;
await Promise.all(chosen.map(buildTarget));
if (chosen.length > 0 || !ifStale) {
  process.stdout.write(`built ${chosen.map((t) => t.dir).join(", ") || "nothing"} in ${Date.now() - started} ms\n`);
}
