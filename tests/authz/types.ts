/**
 * The authorization matrix: every mutation of the supergraph has a case here, run with every
 * persona through the gateway and straight at its subgraph. A mutation without a case fails
 * the matrix test; so does a persona allowed or refused against the case's expectation.
 */

export type SubgraphName = "party" | "property" | "units" | "volunteer";

/** The entities a case acts on; "own" personas are granted exactly these, "other" ones something else. */
export interface CaseTarget {
  community?: string;
  branch?: string;
  company?: string;
  unit?: string;
  team?: string;
  estate?: string;
}

export const PERSONAS = [
  "anonymous",
  "county_admin",
  "county_admin_with_personal_data",
  "party_admin",
  "property_admin",
  "units_admin",
  "volunteer_admin",
  "community_worker_own",
  "community_worker_other",
  "branch_secretary_own",
  "branch_secretary_other",
  "property_manager_own",
  "property_manager_other",
  "unit_liaison_own",
  "unit_liaison_other",
  "volunteer_lead_own",
  "volunteer_lead_other",
  "resident_own",
  "resident_other",
] as const;

export type PersonaName = (typeof PERSONAS)[number];

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

export interface AuthorizationCase {
  /** The Mutation field this case covers. */
  mutation: string;
  subgraph: SubgraphName;
  target: CaseTarget;
  /**
   * Optional: run as the observer before every attempt, to give it a fresh target (a problem
   * in the state the mutation moves it from, say). Its `data` is handed to `operation` and
   * `readBack`.
   */
  setup?: (attempt: number) => Operation;
  /** The mutation, once per attempt; `attempt` is unique per run so that every allowed write is visible. */
  operation(attempt: number, setup: SetupData): Operation;
  /** The personas that may run it; every other persona must be refused and change nothing. */
  allowed: readonly PersonaName[];
  /** Reads what the mutation changes (run as an all-seeing admin): a refused attempt leaves it equal. */
  readBack: Operation | ((setup: SetupData) => Operation);
}

/** What a case's setup operation answered (its `data`), or null without a setup. */
// biome-ignore lint/suspicious/noExplicitAny: each case knows the shape of its own setup's answer
export type SetupData = any;
