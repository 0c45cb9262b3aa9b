import { demoId, sampleCounty } from "@linli/demo-county";
import type { Grant } from "@linli/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, type RunningGraph, startGraph } from "./support/graph";

/**
 * Bookings of shared resources through the gateway: no double booking under 50 concurrent
 * requests, availability around the edges, and a liaison answering only their own unit's bookings.
 */
const county = sampleCounty();
const unitId = (name: string) => demoId("unit", name);
const estateId = (name: string) => demoId("estate", name);
const quanan = unitId("全安消防技术有限公司");
const shunan = unitId("顺安工程有限公司");
const nanqiao = estateId("南桥锦福家园");
const dongmen = estateId("东门顺安");

function addResource(
  unit: string,
  name: string,
  requiresApproval: boolean,
  pooled: { kind: "EQUIPMENT"; quantity: number } | { kind: "VENUE" } = { kind: "VENUE" },
) {
  const resource = {
    id: demoId("resource", `端到端测试/${name}`),
    unitId: unit,
    name,
    description: "",
    capacity: 80,
    requiresApproval,
    ...pooled,
  };
  county.resources.push(resource);
  return resource;
}
const openCourt = addResource(quanan, "端到端测试球场", false); // approved at once
const hall = addResource(shunan, "端到端测试礼堂", true); // waits for approval
// Pooled: three interchangeable tables.
const tables = addResource(quanan, "端到端测试折叠桌", false, { kind: "EQUIPMENT", quantity: 3 });
const mulanCenter = county.centers.find((center) => center.name.startsWith("木兰社区"))!;
const centerHall = {
  id: demoId("resource", "端到端测试/木兰中心多功能厅"),
  centerId: mulanCenter.id,
  name: "端到端测试中心多功能厅",
  kind: "VENUE" as const,
  description: "",
  capacity: 120,
  requiresApproval: true,
};
county.centerResources = [...(county.centerResources ?? []), centerHall];

let graph: RunningGraph;
const tokens: Record<string, string> = {};
const as = async (name: string, grants: Grant[]) => {
  tokens[name] ??= await graph.token(grants, name);
  return tokens[name];
};
beforeAll(async () => {
  graph = await startGraph(county);
});
afterAll(() => graph?.[Symbol.asyncDispose]());

const REQUEST = `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id state startsAt endsAt } }`;
type Booked = { requestBooking: { id: string; state: string; startsAt: string; endsAt: string }[] };
const codesOf = (result: GraphQLResponse) => (result.errors ?? []).map((error) => error.extensions?.code);
const residentOf = (estate: string) => as(`resident-${estate}`, [{ role: "resident", estate }]);
const liaisonOf = (unit: string) => as(`liaison-${unit}`, [{ role: "unit_liaison", unit }]);

async function request(input: Record<string, unknown>, estate = nanqiao) {
  return graph.query<Booked>(REQUEST, { input: { estateId: estate, ...input } }, { token: await residentOf(estate) });
}

describe("booking a shared resource through the gateway", () => {
  it.each([
    ["approved at once", openCourt, "APPROVED"],
    ["waiting for approval", hall, "PENDING"],
  ])(
    "gives one slot of a resource %s to exactly one of 50 concurrent requests; a back-to-back slot still books",
    async (_rule, resource, state) => {
      const token = await residentOf(nanqiao);
      const slot = { startsAt: "2031-10-01T09:00:00+08:00", endsAt: "2031-10-01T11:00:00+08:00" };
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          graph.query<Booked>(
            REQUEST,
            { input: { resourceId: resource.id, estateId: nanqiao, ...slot, purpose: `请求 ${i}` } },
            { token },
          ),
        ),
      );
      const won = results.filter((result) => !result.errors);
      expect(won).toHaveLength(1);
      expect(won[0]?.data?.requestBooking).toEqual([
        { id: expect.any(String), state, startsAt: "2031-10-01T01:00:00.000Z", endsAt: "2031-10-01T03:00:00.000Z" },
      ]);
      const lost = results.filter((result) => result.errors);
      expect(lost).toHaveLength(49);
      const winner = won[0]?.data?.requestBooking[0]?.id;
      for (const result of lost) {
        expect(codesOf(result)).toEqual(["BOOKING_CONFLICT"]);
        expect(result.errors?.[0]?.extensions?.clash).toMatchObject({ bookingId: winner });
      }
      const calendar = await graph.query<{ sharedResource: { bookings: { edges: unknown[] } } }>(
        `query ($id: ID!) { sharedResource(id: $id) { bookings(first: 100) { edges { node { id } } } } }`,
        { id: resource.id },
      );
      expect(calendar.data?.sharedResource.bookings.edges).toEqual([{ node: { id: winner } }]);
      // [11:00, 12:00) only touches [09:00, 11:00).
      const next = await request({
        resourceId: resource.id,
        startsAt: "2031-10-01T11:00:00+08:00",
        endsAt: "2031-10-01T12:00:00+08:00",
      });
      expect(next.errors).toBeUndefined();
      expect(next.data?.requestBooking[0]?.state).toBe(state);
    },
  );
});

describe("pooled equipment and a neighbourhood center's resources through the gateway", () => {
  it("gives a resource of quantity 3 to exactly 3 of 20 concurrent requests, on three different items", async () => {
    const token = await residentOf(nanqiao);
    const slot = { startsAt: "2031-10-08T09:00:00+08:00", endsAt: "2031-10-08T11:00:00+08:00" };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        graph.query<{ requestBooking: { id: string; itemNo: number }[] }>(
          `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id itemNo } }`,
          { input: { resourceId: tables.id, estateId: nanqiao, ...slot } },
          { token },
        ),
      ),
    );
    const won = results.filter((result) => !result.errors);
    expect(won.map((result) => result.data?.requestBooking[0]?.itemNo).sort()).toEqual([1, 2, 3]);
    const lost = results.filter((result) => result.errors);
    expect(lost).toHaveLength(17);
    for (const result of lost) expect(codesOf(result)).toEqual(["BOOKING_CONFLICT"]);
    const calendar = await graph.query<{ sharedResource: { quantity: number; bookings: { edges: unknown[] } } }>(
      `query ($id: ID!) { sharedResource(id: $id) { quantity bookings(first: 100) { edges { node { id } } } } }`,
      { id: tables.id },
    );
    expect(calendar.data?.sharedResource.quantity).toBe(3);
    expect(calendar.data?.sharedResource.bookings.edges).toHaveLength(3);
  });

  it("finds a center's resource with the units' ones, and lets a units admin, not a member unit's liaison, answer it", async () => {
    const AVAILABLE = `query ($estateId: ID!) {
      availableResources(kind: VENUE, from: "2031-10-09T09:00:00+08:00", to: "2031-10-09T11:00:00+08:00", estateId: $estateId, first: 100) {
        edges { node { id owner { __typename ... on NeighborhoodCenter { name } ... on Unit { name } } } }
      }
    }`;
    const found = await graph.query<{ availableResources: { edges: { node: { id: string; owner: unknown } }[] } }>(
      AVAILABLE,
      { estateId: nanqiao },
    );
    expect(found.errors).toBeUndefined();
    const nodes = found.data!.availableResources.edges.map((edge) => edge.node);
    expect(nodes).toContainEqual({
      id: centerHall.id,
      owner: { __typename: "NeighborhoodCenter", name: mulanCenter.name },
    });
    expect(nodes).toContainEqual({ id: openCourt.id, owner: { __typename: "Unit", name: "全安消防技术有限公司" } });

    const pending = await request({
      resourceId: centerHall.id,
      startsAt: "2031-10-09T09:00:00+08:00",
      endsAt: "2031-10-09T11:00:00+08:00",
    });
    const id = pending.data?.requestBooking[0]?.id;
    expect(pending.data?.requestBooking[0]?.state).toBe("PENDING");
    const APPROVE = `mutation ($id: ID!) { approveBooking(input: { id: $id }) { state } }`;
    // 全安消防 is one of the center's member units: that gives its liaison no say over the center's resources.
    expect(mulanCenter.unitIds).toContain(quanan);
    expect(codesOf(await graph.query(APPROVE, { id }, { token: await liaisonOf(quanan) }))).toEqual(["FORBIDDEN"]);
    const admin = await as("units-admin", [{ role: "agency_admin", agency: "units" }]);
    expect((await graph.query(APPROVE, { id }, { token: admin })).data).toEqual({
      approveBooking: { state: "APPROVED" },
    });
    const center = await graph.query<{ neighborhoodCenter: { bookings: { edges: { node: { id: string } }[] } } }>(
      `query ($id: ID!) { neighborhoodCenter(id: $id) { sharedResources { id } bookings(first: 100) { edges { node { id } } } } }`,
      { id: mulanCenter.id },
    );
    expect(center.data?.neighborhoodCenter).toEqual({
      sharedResources: [{ id: centerHall.id }],
      bookings: { edges: [{ node: { id } }] },
    });
  });
});

describe("finding free resources through the gateway", () => {
  const AVAILABLE = `query ($from: String!, $to: String!, $estateId: ID!) {
    availableResources(kind: VENUE, from: $from, to: $to, estateId: $estateId, first: 100) { edges { node { id } } }
  }`;
  const at = (day: number, hour: number) =>
    `2031-11-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+08:00`;
  async function isFree(resourceId: string, from: string, to: string): Promise<boolean> {
    const result = await graph.query<{ availableResources: { edges: { node: { id: string } }[] } }>(AVAILABLE, {
      from,
      to,
      estateId: nanqiao,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.availableResources.edges.some((edge) => edge.node.id === resourceId);
  }

  it("counts touching ranges free, overlaps and recurring occurrences busy, cancelled and declined bookings free", async () => {
    const booked = await request({ resourceId: openCourt.id, startsAt: at(2, 9), endsAt: at(2, 11) });
    expect(booked.errors).toBeUndefined();
    expect(await isFree(openCourt.id, at(2, 10), at(2, 12))).toBe(false);
    expect(await isFree(openCourt.id, at(2, 11), at(2, 12))).toBe(true);
    expect(await isFree(openCourt.id, at(2, 8), at(2, 9))).toBe(true);

    const weekly = await request({
      resourceId: openCourt.id,
      startsAt: at(3, 19),
      endsAt: at(3, 21),
      repeatWeekly: { occurrences: 3 },
    });
    expect(weekly.data?.requestBooking).toHaveLength(3);
    expect(await isFree(openCourt.id, at(17, 20), at(17, 22))).toBe(false);
    expect(await isFree(openCourt.id, at(24, 20), at(24, 22))).toBe(true);

    const cancel = await graph.query(
      `mutation ($id: ID!) { cancelBooking(input: { id: $id }) { state } }`,
      { id: booked.data?.requestBooking[0]?.id },
      { token: await residentOf(nanqiao) },
    );
    expect(cancel.data).toEqual({ cancelBooking: { state: "CANCELLED" } });
    expect(await isFree(openCourt.id, at(2, 10), at(2, 12))).toBe(true);

    const pending = await request({ resourceId: hall.id, startsAt: at(4, 9), endsAt: at(4, 11) });
    expect(await isFree(hall.id, at(4, 9), at(4, 10))).toBe(false);
    const decline = await graph.query(
      `mutation ($id: ID!) { declineBooking(input: { id: $id, note: "场地维修" }) { state } }`,
      { id: pending.data?.requestBooking[0]?.id },
      { token: await liaisonOf(shunan) },
    );
    expect(decline.data).toEqual({ declineBooking: { state: "DECLINED" } });
    expect(await isFree(hall.id, at(4, 9), at(4, 10))).toBe(true);
  });
});

describe("a liaison answering bookings of their own unit's resources", () => {
  it("lets the owning liaison edit the resource and approve; another unit's liaison is refused and nothing changes", async () => {
    const pending = await request(
      { resourceId: hall.id, startsAt: "2031-12-01T14:00:00+08:00", endsAt: "2031-12-01T16:00:00+08:00" },
      dongmen,
    );
    const id = pending.data?.requestBooking[0]?.id;
    expect(pending.data?.requestBooking[0]?.state).toBe("PENDING");
    const BOOKING = `query ($id: ID!) { booking(id: $id) { state history { fromState toState } } }`;
    const before = await graph.query(BOOKING, { id });

    const other = await liaisonOf(quanan);
    for (const mutation of ["approveBooking", "declineBooking"]) {
      const refused = await graph.query(
        `mutation ($id: ID!) { ${mutation}(input: { id: $id }) { state } }`,
        { id },
        { token: other },
      );
      expect(codesOf(refused)).toEqual(["FORBIDDEN"]);
    }
    const edit = `mutation ($input: UpdateSharedResourceInput!) { updateSharedResource(input: $input) { name requiresApproval } }`;
    const refusedEdit = await graph.query(edit, { input: { id: hall.id, name: "被改名" } }, { token: other });
    expect(codesOf(refusedEdit)).toEqual(["FORBIDDEN"]);
    expect(await graph.query(BOOKING, { id })).toEqual(before);

    const owner = await liaisonOf(shunan);
    const edited = await graph.query(edit, { input: { id: hall.id, name: "端到端测试大礼堂" } }, { token: owner });
    expect(edited.data).toEqual({ updateSharedResource: { name: "端到端测试大礼堂", requiresApproval: true } });
    const approved = await graph.query(
      `mutation ($id: ID!) { approveBooking(input: { id: $id }) { state } }`,
      { id },
      { token: owner },
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data).toEqual({ approveBooking: { state: "APPROVED" } });
    expect((await graph.query(BOOKING, { id })).data).toEqual({
      booking: {
        state: "APPROVED",
        history: [
          { fromState: null, toState: "PENDING" },
          { fromState: "PENDING", toState: "APPROVED" },
        ],
      },
    });

    // The unit's calendar and the estate's bookings (the estate itself is the party registry's).
    const views = await graph.query<{
      unit: { bookings: { edges: { node: { id: string } }[] } };
      estate: { name: string; bookings: { edges: { node: { id: string; resource: { name: string } } }[] } };
    }>(
      `query ($unit: ID!, $estate: ID!) {
        unit(id: $unit) { bookings(filter: { states: [APPROVED], from: "2031-12-01T00:00:00Z" }, first: 100) { edges { node { id } } } }
        estate(id: $estate) { name bookings(filter: { from: "2031-12-01T00:00:00Z" }) { edges { node { id resource { name } } } } }
      }`,
      { unit: shunan, estate: dongmen },
    );
    expect(views.errors).toBeUndefined();
    expect(views.data?.unit.bookings.edges.map((edge) => edge.node.id)).toEqual([id]);
    expect(views.data?.estate).toEqual({
      name: "东门顺安",
      bookings: { edges: [{ node: { id, resource: { name: "端到端测试大礼堂" } } }] },
    });
  });
});
