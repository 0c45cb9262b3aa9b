import { dirname, join } from "node:path";
import { supergraphPath } from "@linli/schema/paths";
import { loadOperationManifest } from "./persisted";

// Prints the safelist as JSON (sha256 → name, file and the exact body a client sends), so that
// a dashboard can send its operations by hash. The folder is the first argument, else schema/operations.
const dir = process.argv[2] ?? join(dirname(supergraphPath), "operations");
const manifest = Object.fromEntries(loadOperationManifest(dir));
process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
