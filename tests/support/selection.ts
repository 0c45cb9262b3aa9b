import { type DocumentNode, type FragmentDefinitionNode, Kind, parse, type SelectionSetNode } from "graphql";

/**
 * Every response path an operation selects, without list indices (`estate.partyBranch.name`),
 * through inline fragments and fragment spreads. An error whose path is not among them points at
 * something the client never asked for.
 */
export function selectedPaths(source: string | DocumentNode, operationName?: string): Set<string> {
  const document = typeof source === "string" ? parse(source) : source;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const paths = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, prefix: string, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const path = prefix
          ? `${prefix}.${selection.alias?.value ?? selection.name.value}`
          : (selection.alias?.value ?? selection.name.value);
        paths.add(path);
        if (selection.selectionSet) walk(selection.selectionSet, path, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, prefix, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          walk(fragment.selectionSet, prefix, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    walk(definition.selectionSet, "", new Set());
  }
  return paths;
}

/** The errors of a response whose path the operation did not select (a request-level error has no path and is not one). */
export function errorsOutsideSelection(
  errors: readonly { path?: readonly (string | number)[] | undefined; message: string }[] | undefined,
  source: string | DocumentNode,
  operationName?: string,
): string[] {
  const paths = selectedPaths(source, operationName);
  return (errors ?? [])
    .filter((error) => error.path !== undefined)
    .map((error) => ({ error, path: (error.path ?? []).filter((part) => typeof part === "string").join(".") }))
    .filter(({ path }) => !paths.has(path))
    .map(({ error, path }) => `${path || "(root)"}: ${error.message}`);
}
