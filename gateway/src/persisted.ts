import { createHash } from "node:crypto";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { loadOperationFiles } from "@linli/schema/operation-files";
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, print, visit } from "graphql";
import type { Redis } from "ioredis";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** One safelisted operation: its text exactly as a client sends it, by its sha256. */
export interface PersistedOperation {
  name: string;
  file: string;
  body: string;
}

/**
 * The safelist: every operation in every `*.graphql` file of `dir`, each file as it runs on its
 * own (its `#import` lines resolved). An operation's body is the printed operation followed by
 * the printed fragments it uses, and its id is the sha256 of that body. A missing or empty
 * folder is an empty safelist.
 */
export function loadOperationManifest(dir: string): Map<string, PersistedOperation> {
  const manifest = new Map<string, PersistedOperation>();
  for (const { file, document } of loadOperationFiles(dir)) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const node of document.definitions)
      if (node.kind === Kind.FRAGMENT_DEFINITION) fragments.set(node.name.value, node);
    for (const node of document.definitions) {
      if (node.kind !== Kind.OPERATION_DEFINITION) continue;
      const body = [print(node), ...usedFragments(node, fragments).map((f) => print(f))].join("\n\n");
      manifest.set(sha256(body), { name: node.name?.value ?? "(anonymous)", file, body });
    }
  }
  return manifest;
}

function usedFragments(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(spread.name.value)) return;
        used.set(spread.name.value, fragment);
        walk(fragment);
      },
    });
  walk(operation);
  return [...used.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
}

/** Apollo prefixes its APQ keys ("apq:<sha256>"); the manifest is keyed by the hash alone. */
const hashOf = (key: string) => key.slice(key.lastIndexOf(":") + 1);

/** The APQ cache in safelist mode: answers from the manifest, and registers nothing. */
export function manifestCache(manifest: Map<string, PersistedOperation>): KeyValueCache<string> {
  return {
    get: async (key) => manifest.get(hashOf(key))?.body,
    set: async () => {},
    delete: async () => false,
  };
}

/** The APQ cache shared by every gateway copy through Redis. */
export function redisCache(redis: Redis, prefix = "linli:apq:"): KeyValueCache<string> {
  return {
    get: async (key) => (await redis.get(prefix + key)) ?? undefined,
    async set(key, value, options) {
      if (options?.ttl) await redis.set(prefix + key, value, "EX", Math.ceil(options.ttl));
      else await redis.set(prefix + key, value);
    },
    delete: async (key) => (await redis.del(prefix + key)) > 0,
  };
}
