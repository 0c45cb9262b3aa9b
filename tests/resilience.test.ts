import { sampleCounty } from "@linli/demo-county";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";

const county = sampleCounty();
const estateId = county.estates.find((e) => e.name === "南桥锦福家园")!.id;

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph(county);
});
afterAll(() => graph?.[Symbol.asyncDispose]());

const ESTATE = `query ($id: ID!) { estate(id: $id) {
  name partyBranch { name } propertyCompany { name } embeddedUnits { name } volunteerTeams { name }
} }`;

describe("when one agency's subgraph stops", () => {
  it("keeps the gateway up and the other agencies' fields answering", async () => {
    const before = await graph.query(ESTATE, { id: estateId });
    expect(before.errors).toBeUndefined();

    const units = graph.subgraphs.units!.child;
    units.process.kill("SIGKILL");
    await units.exited;

    const after = await graph.query<{ estate: Record<string, unknown> }>(ESTATE, { id: estateId });
    expect(after.data?.estate).toMatchObject({
      name: "南桥锦福家园",
      partyBranch: { name: "南桥锦福家园小区党支部" },
      propertyCompany: { name: "嘉庆物业服务有限公司" },
      volunteerTeams: [{ name: "南桥锦福家园党员志愿者队" }],
    });
    expect(after.errors).toEqual([
      {
        message: "The units service did not answer; its fields are null in this response.",
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "units" },
      },
    ]);
    expect(after.data?.estate.embeddedUnits).toBeNull();
    // The failure is reported without the subgraph's address.
    expect(JSON.stringify(after.errors)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED/);

    const health = await fetch(`${graph.gatewayBase}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: "degraded",
      subgraphs: { party: "up", property: "up", units: "down", volunteer: "up" },
    });
    // Still ready: one agency down is a degraded answer, not a reason to leave the balancer.
    const ready = await fetch(`${graph.gatewayBase}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: "degraded",
      supergraph: "loaded",
      subgraphs: { units: "down" },
    });
  });
});
