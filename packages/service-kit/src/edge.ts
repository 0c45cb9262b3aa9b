/**
 * What a process that holds no database needs — the gateway: callers and tokens, the headers it
 * vouches for, env parsing, logging and signals. It loads neither drizzle, PGlite, pg nor the
 * subgraph server, which the main entry point does (about 50 MB of the gateway's memory).
 */
export * from "./auth/caller";
export * from "./auth/credential";
export * from "./auth/tokens";
export * from "./env";
export * from "./front-door";
export * from "./idempotency-key";
export * from "./limits";
export * from "./logger";
export * from "./signals";
export * from "./tracing";
