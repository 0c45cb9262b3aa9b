import { randomUUID } from "node:crypto";
import { demoId, sampleCounty } from "@linli/demo-county";
import { CountyOverviewDocument, type CountyOverviewQuery } from "@linli/schema/operations";
import type { Grant } from "@linli/service-kit";
import { print } from "graphql";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, type RunningGraph, startGraph } from "./support/graph";

/**
 * The gateway's response cache (RESPONSE_CACHE=on), in memory and in Redis: a repeated
 * overview read asks no subgraph, a mutation through the gateway that changes a counted fact
 * is in the very next read, and no caller is given another's answer.
 */
const county = sampleCounty();
const nanqiao = demoId("estate", "南桥锦福家园");
const hall = {
  id: demoId("resource", "缓存测试/礼堂"),
  unitId: demoId("unit", "顺安工程有限公司"),
  name: "缓存测试礼堂",
  description: "",
  capacity: 80,
  requiresApproval: true,
  kind: "VENUE" as const,
};
county.resources.push(hall);

const OVERVIEW = print(CountyOverviewDocument);
const MONTHS = { from: "2031-01", to: "2031-12" };
const REPORT = `mutation ($input: ReportProblemInput!) { reportProblem(input: $input) { id } }`;
const REQUEST = `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id state } }`;
const APPROVE = `mutation ($id: ID!) { approveBooking(input: { id: $id }) { state } }`;

interface Read {
  cache: string | null;
  body: GraphQLResponse<CountyOverviewQuery>;
}

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

describe.each([
  ["in this gateway's memory", {}],
  // A prefix of its own: other tests share this Redis, and nothing here flushes it.
  ["in Redis", { REDIS_URL: redisUrl, RESPONSE_CACHE_PREFIX: `linli:test:rc:${randomUUID()}:` }],
])("the response cache %s", (_where, env: Record<string, string>) => {
  let graph: RunningGraph;
  const tokens: Record<string, string> = {};
  const as = async (subject: string, grants: Grant[]) => (tokens[subject] ??= await graph.token(grants, subject));
  const resident = () => as("resident-nanqiao", [{ role: "resident", estate: nanqiao }]);
  const unitsAdmin = () => as("units-admin", [{ role: "agency_admin", agency: "units" }]);

  beforeAll(async () => {
    graph = await startGraph(county, { gatewayEnv: { RESPONSE_CACHE: "on", ...env } });
  }, 120_000);
  afterAll(async () => {
    await graph?.[Symbol.asyncDispose]();
    const prefix = env.RESPONSE_CACHE_PREFIX;
    if (!env.REDIS_URL || !prefix) return;
    // This test's keys only (its generations have no expiry); never a flush of the shared Redis.
    const redis = new Redis(env.REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  async function read(token?: string, query = OVERVIEW, variables: Record<string, unknown> = MONTHS): Promise<Read> {
    const response = await fetch(graph.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { cache: response.headers.get("x-response-cache"), body: (await response.json()) as Read["body"] };
  }
  const statements = async () => Promise.all(Object.values(graph.subgraphs).map((subgraph) => subgraph.statements()));
  const figures = (r: Read) => {
    expect(r.body.errors).toBeUndefined();
    const c = r.body.data!.counties[0]!;
    return { party: c.partyFigures, units: c.unitsFigures! };
  };

  it("serves a repeated overview read from the cache, without asking any subgraph", async () => {
    const first = await read();
    expect(first.body.errors).toBeUndefined();
    const before = await statements();
    const second = await read();
    expect(second.cache).toBe("hit");
    expect(second.body).toEqual(first.body);
    expect(await statements()).toEqual(before);
  }, 60_000);

  it("shows an approved booking in the very next overview read", async () => {
    const requested = await graph.query<{ requestBooking: { id: string; state: string }[] }>(
      REQUEST,
      {
        input: {
          estateId: nanqiao,
          resourceId: hall.id,
          startsAt: "2031-10-09T09:00:00+08:00",
          endsAt: "2031-10-09T11:00:00+08:00",
        },
      },
      { token: await resident() },
    );
    expect(requested.errors).toBeUndefined();
    const booking = requested.data!.requestBooking[0]!;
    expect(booking.state).toBe("PENDING");
    const pending = await read();
    expect(pending.cache).toBe("miss");
    expect((await read()).cache).toBe("hit");

    const approved = await graph.query(APPROVE, { id: booking.id }, { token: await unitsAdmin() });
    expect(approved.errors).toBeUndefined();
    const after = await read();
    expect(after.cache).toBe("miss");
    expect(figures(after).units.bookingsApproved).toBe(figures(pending).units.bookingsApproved + 1);
    expect(figures(after).units.bookingsPending).toBe(figures(pending).units.bookingsPending - 1);
    const month = (r: Read) => r.body.data!.counties[0]!.unitsMonthly!.find((m) => m.month === "2031-10")!;
    expect(month(after).bookingsApproved).toBe(month(pending).bookingsApproved + 1);
  }, 60_000);

  it("shows a reported problem in the very next overview read", async () => {
    await read();
    const cached = await read();
    expect(cached.cache).toBe("hit");
    const reported = await graph.query(
      REPORT,
      {
        input: {
          id: randomUUID(),
          estateId: nanqiao,
          category: "PARKING",
          text: "缓存测试 车位",
          reporterName: "陈美华",
        },
      },
      { token: await resident() },
    );
    expect(reported.errors).toBeUndefined();
    const after = await read();
    expect(after.cache).toBe("miss");
    expect(figures(after).party.problemsRaised).toBe(figures(cached).party.problemsRaised + 1);
  }, 60_000);

  it("never gives one caller another's cached answer", async () => {
    const admin = { role: "county_admin", personalData: false } as const;
    expect((await read()).cache).toMatch(/hit|miss/);
    expect((await read()).cache).toBe("hit");
    const alice = await as("alice", [admin]);
    const bob = await as("bob", [admin]);
    const asUnitsAdmin = await unitsAdmin();
    for (const token of [alice, bob, asUnitsAdmin]) {
      expect((await read(token)).cache).toBe("miss");
      expect((await read(token)).cache).toBe("hit");
    }
    // Other variables are another answer too.
    expect((await read(alice, OVERVIEW, { from: "2030-01", to: "2030-12" })).cache).toBe("miss");
  }, 60_000);

  it("never caches operations other than the published figure ones, even under their name", async () => {
    const adHoc = `query CountyOverview { counties { id name partyFigures { problemsRaised } } }`;
    for (const query of [adHoc, `{ counties { id name } }`]) {
      const first = await read(undefined, query, {});
      expect(first.body.errors).toBeUndefined();
      expect(first.cache).toBeNull();
      const before = await statements();
      expect((await read(undefined, query, {})).cache).toBeNull();
      expect(await statements()).not.toEqual(before);
    }
  }, 60_000);
});
