import { GATEWAY_SECRET_HEADER } from "@linli/service-kit/edge";
import { type Agent, request } from "undici";

/** What the gateway knows of one subgraph: it answers, it does not, or its circuit is open (not asked for a while). */
export type SubgraphState = "up" | "down" | "circuit-open";

/** A subgraph of the supergraph being served, as the gateway calls it. */
export interface ProbedSubgraph {
  name: string;
  url: string;
  secret?: string | undefined;
  circuitOpen(): boolean;
}

export interface Readiness {
  /**
   * 200 while the supergraph is loaded and the process serves, whatever the subgraphs' state
   * (an agency down makes it `degraded`); 503 before the supergraph is loaded and once
   * `setUnready` was called (draining before shutdown).
   */
  ready(): Promise<{ ready: boolean; body: ReadinessBody }>;
  /** Each subgraph of the supergraph being served, by name: for `/health`, `/ready` and metrics. */
  subgraphStates(): Promise<Record<string, SubgraphState>>;
  /** From now on `/ready` is 503 with this reason (a shutdown hook calls it); not undone. */
  setUnready(reason: string): void;
  /** The supergraph is loaded and can be served. */
  setLoaded(): void;
}

export interface ReadinessBody {
  status: "ready" | "degraded" | "unready";
  supergraph: "loaded" | "loading";
  reason?: string;
  subgraphs: Record<string, SubgraphState>;
}

/**
 * How long a probe waits for a subgraph: `{ __typename }` answers in milliseconds, so a subgraph
 * slower than this is reported down. Well under a second, so `/health` and `/ready` answer
 * within a client's or an orchestrator's one-second timeout even while an agency hangs.
 */
export const PROBE_TIMEOUT_MS = 500;
/** The query @apollo/gateway's own health check sends: any GraphQL server answers it. */
const PROBE_BODY = JSON.stringify({ query: "query __ApolloServiceHealthCheck__ { __typename }" });

/**
 * Readiness for a load balancer. Each subgraph is asked afresh (probes of one round shared by
 * every caller waiting on it) with the query every GraphQL server answers, carrying its secret
 * when it has one; an open circuit is reported as such without asking. Only names reach the
 * answer, never addresses.
 */
export function createReadiness(subgraphs: () => readonly ProbedSubgraph[], agent: Agent): Readiness {
  let loaded = false;
  let unready: string | undefined;
  let round: Promise<Record<string, SubgraphState>> | undefined;

  const probe = async (subgraph: ProbedSubgraph): Promise<SubgraphState> => {
    if (subgraph.circuitOpen()) return "circuit-open";
    try {
      const response = await request(subgraph.url, {
        method: "POST",
        dispatcher: agent,
        headers: {
          "content-type": "application/json",
          ...(subgraph.secret ? { [GATEWAY_SECRET_HEADER]: subgraph.secret } : {}),
        },
        body: PROBE_BODY,
        signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      });
      const body = (await response.body.json().catch(() => undefined)) as
        | { data?: unknown; errors?: unknown }
        | undefined;
      const answered = typeof body?.data === "object" && body.data !== null && !body.errors;
      return response.statusCode === 200 && answered ? "up" : "down";
    } catch {
      return "down";
    }
  };

  const subgraphStates = () => {
    round ??= (async () => {
      const list = subgraphs();
      const states = await Promise.all(list.map(probe));
      return Object.fromEntries(list.map((subgraph, index) => [subgraph.name, states[index] as SubgraphState]));
    })().finally(() => {
      round = undefined;
    });
    return round;
  };

  return {
    subgraphStates,
    async ready() {
      const states = await subgraphStates();
      const reason = unready ?? (loaded ? undefined : "the supergraph is not loaded yet");
      const degraded = Object.values(states).some((state) => state !== "up");
      const body: ReadinessBody = {
        status: reason ? "unready" : degraded ? "degraded" : "ready",
        supergraph: loaded ? "loaded" : "loading",
        ...(reason ? { reason } : {}),
        subgraphs: states,
      };
      return { ready: !reason, body };
    },
    setUnready(reason) {
      unready = reason;
    },
    setLoaded() {
      loaded = true;
    },
  };
}
