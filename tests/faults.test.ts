import { randomUUID } from "node:crypto";
import { demoId, sampleCounty } from "@linli/demo-county";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, type RunningGraph, startGraph } from "./support/graph";

const nanqiao = demoId("estate", "南桥锦福家园");
const TIMEOUT_MS = 4_000;
const COOLDOWN_MS = 1_000;
/** Scheduling slack on a loaded two-core machine, on top of the gateway's own bound. */
const SLACK_MS = 2_000;

let graph: RunningGraph;
let resident: string;
beforeAll(async () => {
  graph = await startGraph(sampleCounty(), {
    gatewayEnv: {
      SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
      SUBGRAPH_BREAKER_FAILURES: "3",
      SUBGRAPH_BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
      RATE_LIMIT_MAX: "100000",
    },
  });
  resident = await graph.token([{ role: "resident", estate: nanqiao }], "resident-faults");
});
afterAll(async () => {
  // A stopped process cannot stop itself: let every one run again before the graph is torn down.
  for (const subgraph of Object.values(graph?.subgraphs ?? {})) subgraph.child.process.kill("SIGCONT");
  await graph?.[Symbol.asyncDispose]();
});

const ESTATE = `query ($id: ID!) { estate(id: $id) {
  name partyBranch { name } propertyCompany { name } embeddedUnits { name } volunteerTeams { name }
} }`;
type Estate = { estate: Record<string, unknown> | null };
const REPORT = `mutation ($input: ReportProblemInput!) { reportProblem(input: $input) { id } }`;
const WALL = `query ($id: ID!) { estate(id: $id) { problemWall(first: 100) { edges { node { id } } pageInfo { hasNextPage } } } }`;

interface Timed<T> {
  result: GraphQLResponse<T>;
  ms: number;
}

async function timed<T>(run: () => Promise<GraphQLResponse<T>>): Promise<Timed<T>> {
  const started = Date.now();
  const result = await run();
  return { result, ms: Date.now() - started };
}

/** `workers` clients querying the estate back to back until `stop()` is called. */
function stream(workers = 3) {
  const answers: Timed<Estate>[] = [];
  let running = true;
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (running) answers.push(await timed(() => graph.query<Estate>(ESTATE, { id: nanqiao })));
    }),
  );
  return {
    answers,
    async stop() {
      running = false;
      await done;
      return answers;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const codes = (result: GraphQLResponse) => (result.errors ?? []).map((e) => e.extensions?.code);
const readyStatus = async () => (await fetch(`${graph.gatewayBase}/ready`)).status;
const subgraphStates = async (path: "/health" | "/ready") =>
  ((await (await fetch(`${graph.gatewayBase}${path}`)).json()) as { subgraphs: Record<string, string> }).subgraphs;

async function wall(): Promise<string[]> {
  const result = await graph.query<{
    estate: { problemWall: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } } };
  }>(WALL, { id: nanqiao });
  expect(result.errors).toBeUndefined();
  expect(result.data?.estate.problemWall.pageInfo.hasNextPage).toBe(false);
  return result.data?.estate.problemWall.edges.map((e) => e.node.id) ?? [];
}

const report = (id: string) =>
  graph.query<{ reportProblem: { id: string } }>(
    REPORT,
    { input: { id, estateId: nanqiao, category: "PARKING", text: `故障测试 ${id}`, reporterName: "陈美华" } },
    { token: resident },
  );

describe("when one agency's subgraph hangs under a running stream of requests", () => {
  it("answers every request within the timeout, with the others' fields, and recovers when it resumes", async () => {
    const units = graph.subgraphs.units!.child.process;
    const before = await graph.query<Estate>(ESTATE, { id: nanqiao });
    expect(before.errors).toBeUndefined();
    const wallBefore = await wall();

    const running = stream();
    await sleep(300);
    units.kill("SIGSTOP");
    // Writes to a healthy agency go on while another hangs: each lands exactly once.
    const ids = Array.from({ length: 8 }, () => randomUUID());
    const reports = await Promise.all(ids.map((id) => report(id)));
    await sleep(TIMEOUT_MS * 2);
    // Degraded, not unready: a balancer keeps every gateway copy, which answers the rest.
    expect(await readyStatus()).toBe(200);
    expect(["down", "circuit-open"]).toContain((await subgraphStates("/health")).units);
    const hungAnswers = running.answers.length;
    units.kill("SIGCONT");
    await sleep(COOLDOWN_MS + 1_000);
    const answers = await running.stop();

    expect(answers.length).toBeGreaterThan(hungAnswers);
    for (const { result, ms } of answers) {
      expect(ms, "an answer took longer than the timeout allows").toBeLessThan(TIMEOUT_MS + SLACK_MS);
      expect(result.data?.estate, JSON.stringify(result)).toMatchObject({
        name: "南桥锦福家园",
        partyBranch: { name: "南桥锦福家园小区党支部" },
        propertyCompany: { name: "嘉庆物业服务有限公司" },
      });
      if (result.errors) {
        expect(result.data?.estate?.embeddedUnits).toBeNull();
        expect(result.errors.map((e) => e.extensions?.serviceName)).toEqual(["units"]);
        expect(["SUBGRAPH_TIMEOUT", "SUBGRAPH_UNAVAILABLE"]).toContain(codes(result)[0]);
      }
    }
    const timeouts = answers.filter(({ result }) => codes(result).includes("SUBGRAPH_TIMEOUT"));
    expect(timeouts.length).toBeGreaterThan(0);
    // Once the circuit opened, the gateway stopped waiting for units at all.
    const failFast = answers.filter(
      ({ result, ms }) => codes(result).includes("SUBGRAPH_UNAVAILABLE") && ms < TIMEOUT_MS,
    );
    expect(failFast.length).toBeGreaterThan(0);
    // And the last answers, after it resumed and the probe succeeded, are whole again.
    expect(answers.at(-1)?.result.errors).toBeUndefined();
    expect(answers.at(-1)?.result.data?.estate?.embeddedUnits).toEqual(before.data?.estate?.embeddedUnits);
    expect(await readyStatus()).toBe(200);

    for (const [index, answer] of reports.entries()) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.reportProblem.id).toBe(ids[index]);
    }
    const wallAfter = await wall();
    expect(wallAfter.length).toBe(wallBefore.length + ids.length);
    for (const id of ids) expect(wallAfter.filter((x) => x === id)).toHaveLength(1);
  });

  it("reports a write to a hung agency as failed, never repeats it, and a retry with the same id lands it once", async () => {
    const party = graph.subgraphs.party!.child.process;
    const wallBefore = await wall();
    const id = randomUUID();
    party.kill("SIGSTOP");
    const { result, ms } = await timed(() => report(id));
    party.kill("SIGCONT");
    expect(codes(result)).toEqual(["SUBGRAPH_TIMEOUT"]);
    expect(ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    // Party may still finish the write it had received; the gateway did not send it twice.
    await sleep(COOLDOWN_MS + 200);
    let retried = await report(id);
    for (let i = 0; i < 10 && codes(retried).includes("SUBGRAPH_UNAVAILABLE"); i++) {
      await sleep(500);
      retried = await report(id);
    }
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.reportProblem.id).toBe(id);
    const wallAfter = await wall();
    expect(wallAfter.length).toBe(wallBefore.length + 1);
    expect(wallAfter.filter((x) => x === id)).toHaveLength(1);
  });
});

describe("when one agency's subgraph dies and comes back", () => {
  it("fails its fields fast, stays ready with that agency shown down, and is whole again after a restart, without a gateway restart", async () => {
    const volunteer = graph.subgraphs.volunteer!;
    const running = stream(2);
    await sleep(300);
    volunteer.child.process.kill("SIGKILL");
    await volunteer.child.exited;
    await sleep(1_000);
    expect(await readyStatus()).toBe(200);
    for (const path of ["/health", "/ready"] as const) {
      const states = await subgraphStates(path);
      expect(states).toMatchObject({ party: "up", property: "up", units: "up" });
      expect(["down", "circuit-open"]).toContain(states.volunteer);
    }
    await volunteer.restart();
    await sleep(COOLDOWN_MS + 1_000);
    const answers = await running.stop();

    const down = answers.filter(({ result }) => result.errors);
    expect(down.length).toBeGreaterThan(0);
    for (const { result, ms } of down) {
      expect(ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
      expect(result.data?.estate?.volunteerTeams).toBeNull();
      expect(result.errors?.map((e) => e.extensions)).toEqual([
        { code: "SUBGRAPH_UNAVAILABLE", serviceName: "volunteer" },
      ]);
      expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED/);
    }
    expect(await readyStatus()).toBe(200);
    expect(await subgraphStates("/health")).toEqual({ party: "up", property: "up", units: "up", volunteer: "up" });
    const after = await graph.query<Estate>(ESTATE, { id: nanqiao });
    expect(after.errors).toBeUndefined();
    expect(after.data?.estate?.volunteerTeams).toEqual([{ name: "南桥锦福家园党员志愿者队" }]);
  });
});
