import type { AuthorizationCase } from "../types";

/** One list per agency; add a case here with every new mutation (the matrix test insists). */
export const cases: AuthorizationCase[] = [];
