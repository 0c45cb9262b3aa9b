import { fileURLToPath } from "node:url";
import type { RequestIdentity } from "./http";

/** What every module's scope is built from: the request's verified caller and the subgraph's database. */
export type RequestBase<TDatabase> = RequestIdentity & { db: TDatabase };

/**
 * One domain module of a subgraph, as Hive console's `createModule` has it: its part of the
 * contract (its `.graphql` file), its resolvers, and the per-request scope it builds from the
 * database and the caller — its repositories, loaders and services, bound to that caller once.
 * A module's scope is the context's field of the module's name; other modules reach it there.
 */
export interface SubgraphModule<TContext> {
  name: string;
  /** The module's SDL file (`new URL("./x.graphql", import.meta.url)`). */
  sdl: URL;
  /** The module's resolver map. */
  resolvers: object;
  /** Builds the module's scope for one request (absent for a module of resolvers only). */
  scope?: (context: TContext) => unknown;
}

/**
 * Declares a module. `name` is the context field its scope lives in; the scope factory gets the
 * request's context, where it may use the scopes of other modules (built on first use).
 */
export function defineModule<TContext, const K extends keyof TContext & string>(module: {
  name: K;
  sdl: URL;
  resolvers: object;
  scope: (context: TContext) => TContext[K];
}): SubgraphModule<TContext>;
export function defineModule<TContext>(module: { name: string; sdl: URL; resolvers: object }): SubgraphModule<TContext>;
export function defineModule<TContext>(module: SubgraphModule<TContext>): SubgraphModule<TContext> {
  return module;
}

/**
 * The per-request context of a subgraph: the caller and the database, and each module's scope
 * under the module's name. A scope is built the first time a resolver (or another module's scope)
 * uses it, once per request, so a request pays only for the modules it touches and the modules'
 * order does not matter; two scopes that need each other to be built are a bug, refused here.
 */
export function composeContext<TDatabase, TContext extends RequestBase<TDatabase>>(
  modules: readonly SubgraphModule<TContext>[],
): (db: TDatabase, identity: RequestIdentity) => TContext {
  const scoped = modules.filter((module) => module.scope);
  return (db, identity) => {
    const context = { ...identity, db } as TContext;
    for (const module of scoped) {
      let built: unknown;
      let building = false;
      Object.defineProperty(context, module.name, {
        enumerable: true,
        get() {
          if (built === undefined) {
            if (building) throw new Error(`the scope of module ${module.name} needs itself to be built`);
            building = true;
            built = module.scope?.(context);
            building = false;
          }
          return built;
        },
      });
    }
    return context;
  };
}

/** A module's service functions with the database and the caller bound, as its scope holds them. */
export type BoundServices<F> = {
  [K in keyof F]: F[K] extends (db: never, meta: never, ...rest: infer A) => infer R ? (...rest: A) => R : never;
};

/**
 * Binds a module's service functions — every one written `(db, meta, …input)` — to the request's
 * database and caller, once, when the request's scope is built: a resolver passes only the input.
 * `meta` is the request's context itself, so a service that needs loaders declares the scopes it
 * reads (`{ members: { loaders: … } }`) in its `meta` type and reaches them there, built on first use.
 */
export function bindServices<
  TBase extends RequestBase<unknown>,
  F extends Record<string, (db: TBase["db"], meta: TBase, ...rest: never[]) => unknown>,
>(base: TBase, services: F): BoundServices<F> {
  // The request's context is the meta itself (caller, request id, idempotency claim): it is not
  // copied, since copying would build every module's scope.
  return Object.fromEntries(
    Object.entries(services).map(([name, service]) => [name, (...rest: never[]) => service(base.db, base, ...rest)]),
  ) as BoundServices<F>;
}

/** The SDL files the modules declare, as paths. */
export const moduleSdlFiles = (modules: readonly { sdl: URL }[]): string[] =>
  modules.map((module) => fileURLToPath(module.sdl));
