import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, livingRooms } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, sampleCounty()));
const query = database.query;

// 洪桥花苑 and 洪桥新村 are covered by one joint branch and have no living room yet.
const huayuan = demoId("estate", "洪桥花苑");
const xincun = demoId("estate", "洪桥新村");
const jointBranch = demoId("branch", "洪桥社区小区联合党支部");

let subjects = 0;
const as = (...grants: Grant[]): Caller => ({ subject: `room-test-${++subjects}`, grants });
const partyAdmin = as({ role: "agency_admin", agency: "party" });
const ownSecretary = as({ role: "branch_secretary", branch: jointBranch });
const otherSecretary = as({ role: "branch_secretary", branch: demoId("branch", "木兰滨河小区党支部") });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);
const fieldOf = (result: Result) => result.errors?.[0]?.extensions?.field;

const CREATE = `mutation ($input: CreateLivingRoomInput!) { createLivingRoom(input: $input) {
  id name openedOn functions estate { name } branch { name }
} }`;
const UPDATE = `mutation ($input: UpdateLivingRoomInput!) { updateLivingRoom(input: $input) { id name functions } }`;
const roomOf = async (estateId: string) =>
  (await database.db.select().from(livingRooms).where(eq(livingRooms.estateId, estateId)))[0] ?? null;
const input = (estateId: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    estateId,
    name: "洪桥花苑睦邻客厅",
    openedOn: "2023-05-01",
    functions: ["PARTY_ACTIVITIES", "DELIBERATION"],
    ...overrides,
  },
});

describe("living rooms (睦邻客厅)", () => {
  it("opens an estate's living room, run by its branch, once: a second is CONFLICT", async () => {
    const created = await query(CREATE, input(huayuan), ownSecretary);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createLivingRoom).toMatchObject({
      name: "洪桥花苑睦邻客厅",
      openedOn: "2023-05-01",
      functions: ["PARTY_ACTIVITIES", "DELIBERATION"],
      estate: { name: "洪桥花苑" },
      branch: { name: "洪桥社区小区联合党支部" },
    });
    const estate = await query(`query ($id: ID!) { estate(id: $id) { livingRoom { name } } }`, { id: huayuan });
    expect(estate.data).toEqual({ estate: { livingRoom: { name: "洪桥花苑睦邻客厅" } } });
    expect(codes(await query(CREATE, input(huayuan, { name: "第二个客厅" }), partyAdmin))).toEqual(["CONFLICT"]);
    expect((await roomOf(huayuan))?.name).toBe("洪桥花苑睦邻客厅");
  });

  it("raises a room's version with each change and refuses a stale expectedVersion with CONFLICT, changing nothing", async () => {
    const VERSIONED = `mutation ($input: UpdateLivingRoomInput!) { updateLivingRoom(input: $input) { name version } }`;
    const room = (await roomOf(demoId("estate", "木兰滨河")))!;
    const renamed = await query(
      VERSIONED,
      { input: { livingRoomId: room.id, name: "木兰滨河邻里客厅", expectedVersion: room.version } },
      partyAdmin,
    );
    expect(renamed.data?.updateLivingRoom).toEqual({ name: "木兰滨河邻里客厅", version: room.version + 1 });
    const before = await roomOf(demoId("estate", "木兰滨河"));
    const auditRows = (await database.db.select().from(auditLog)).length;
    const stale = await query(
      VERSIONED,
      { input: { livingRoomId: room.id, name: "过期的名字", expectedVersion: room.version } },
      partyAdmin,
    );
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: room.version + 1 });
    expect(await roomOf(demoId("estate", "木兰滨河"))).toEqual(before);
    expect(await database.db.select().from(auditLog)).toHaveLength(auditRows);
    await query(UPDATE, { input: { livingRoomId: room.id, name: room.name } }, partyAdmin);
  });

  it("renames a room and changes its functions, audited; a field left out stays", async () => {
    const room = await roomOf(demoId("estate", "东门顺安"));
    const renamed = await query(UPDATE, { input: { livingRoomId: room!.id, name: "东门顺安邻里客厅" } }, partyAdmin);
    expect(renamed.data?.updateLivingRoom).toEqual({
      id: room!.id,
      name: "东门顺安邻里客厅",
      functions: room!.functions,
    });
    const changed = await query(
      UPDATE,
      { input: { livingRoomId: room!.id, functions: ["PARTY_ACTIVITIES", "DISPUTE_MEDIATION"] } },
      as({ role: "branch_secretary", branch: demoId("branch", "东门顺安小区党支部") }),
    );
    expect(changed.data?.updateLivingRoom).toEqual({
      id: room!.id,
      name: "东门顺安邻里客厅",
      functions: ["PARTY_ACTIVITIES", "DISPUTE_MEDIATION"],
    });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, room!.id));
    expect(audit.map((row) => row.action)).toEqual(["updateLivingRoom", "updateLivingRoom"]);
  });

  it("refuses wrong input with BAD_USER_INPUT naming the field, and other branches' secretaries, storing nothing", async () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{ functions: [] }, "functions"],
      [{ functions: ["DELIBERATION", "DELIBERATION"] }, "functions"],
      [{ name: " " }, "name"],
      [{ openedOn: "2999-01-01" }, "openedOn"],
    ];
    for (const [overrides, field] of refusals) {
      const result = await query(CREATE, input(xincun, overrides), partyAdmin);
      expect([codes(result), fieldOf(result)]).toEqual([["BAD_USER_INPUT"], field]);
    }
    expect(codes(await query(CREATE, input(xincun), otherSecretary))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(CREATE, input(xincun), as({ role: "resident", estate: xincun })))).toEqual(["FORBIDDEN"]);
    expect(await roomOf(xincun)).toBeNull();

    const mulan = await roomOf(demoId("estate", "木兰滨河"));
    const before = await roomOf(demoId("estate", "南桥锦福家园"));
    expect(codes(await query(UPDATE, { input: { livingRoomId: before!.id, name: "越权" } }, otherSecretary))).toEqual([
      "FORBIDDEN",
    ]);
    expect(await roomOf(demoId("estate", "南桥锦福家园"))).toEqual(before);
    expect(codes(await query(UPDATE, { input: { livingRoomId: mulan!.id, functions: [] } }, otherSecretary))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });
});
