import { demoHistoryMonths, type Random, seededRandom, xianyouCounty } from "@linli/demo-county";
import { type Caller, monthlySeries, monthRange, type PlaceScope, placeScope } from "@linli/service-kit";
import { testDatabaseUrl, useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { party } from "../definition";
import { loadCounty } from "../demo";
import { FiguresRecount } from "./overview.recount";
import { emptyPartyFigures, OverviewRepository } from "./overview.repository";

const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, xianyouCounty()));

const rows = async <T>(statement: ReturnType<typeof sql>) =>
  ((await database.db.execute(statement)) as unknown as { rows: T[] }).rows;
const ids = async (statement: ReturnType<typeof sql>) => (await rows<{ id: string }>(statement)).map((r) => r.id);

/** Every place of the registry: the county, its subdistricts, communities and estates. */
async function everyPlace(): Promise<PlaceScope[]> {
  const places = await rows<{ kind: "County" | "Subdistrict" | "Community" | "Estate"; id: string }>(sql`
    SELECT 'County' AS kind, id FROM counties UNION ALL SELECT 'Subdistrict', id FROM subdistricts
    UNION ALL SELECT 'Community', id FROM communities UNION ALL SELECT 'Estate', id FROM estates`);
  return places.map((place) => placeScope(place.kind, place));
}

/** The rollups as the overview reads them, against a recount from the records, for every place. */
async function expectRollupsToMatchARecount() {
  const scopes = await everyPlace();
  const kept = new OverviewRepository(database.db);
  const recount = new FiguresRecount(database.db);
  const [figures, counted] = [await kept.figures(scopes), await recount.figures(scopes)];
  const byPlace = (found: Map<string, unknown>) =>
    Object.fromEntries(scopes.map((scope) => [scope.key, found.get(scope.key) ?? emptyPartyFigures()]));
  expect(byPlace(figures)).toEqual(byPlace(counted));

  const { from, to } = demoHistoryMonths();
  const range = monthRange(from, to);
  const empty = (month: string) => ({ month, problemsRaised: 0, problemsSolved: 0, disputesMediated: 0 });
  expect(monthlySeries(scopes, range, await kept.monthly(scopes, range), empty)).toEqual(
    monthlySeries(scopes, range, await recount.monthly(scopes, range), empty),
  );
}

let subjects = 0;
/** A resident of the estate who also administers the party agency: may report, handle and rate. */
const handler = (estate: string): Caller => {
  subjects += 1;
  return {
    subject: `rollup-test-${subjects}`,
    grants: [
      { role: "agency_admin", agency: "party" },
      { role: "resident", estate },
    ],
  };
};

type Result = { data?: Record<string, unknown> | null; errors?: readonly unknown[] };
const ok = (result: Result) => {
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, { id: string }>;
};

const CATEGORIES = ["PARKING", "FACILITY_DAMAGE", "ILLEGAL_CONSTRUCTION", "EBIKE_CHARGING", "OTHER"];

async function reportProblem(random: Random, estate: string) {
  const caller = handler(estate);
  const data = ok(
    await database.query(
      `mutation ($input: ReportProblemInput!) { reportProblem(input: $input) { id } }`,
      { input: { estateId: estate, category: random.pick(CATEGORIES), text: "楼道灯不亮", reporterName: "林阿姨" } },
      caller,
    ),
  );
  return { id: data.reportProblem!.id, caller, status: "REPORTED" };
}

/** The next move of a problem in each state, as the problem wall's handlers make it. */
const NEXT: Record<string, [field: string, type: string, input: Record<string, unknown>, to: string][]> = {
  REPORTED: [
    ["acceptProblem", "ProblemTransitionInput", {}, "ACCEPTED"],
    ["rejectProblem", "RejectProblemInput", { reason: "不属于小区事务" }, "REJECTED"],
  ],
  ACCEPTED: [["assignProblem", "AssignProblemInput", {}, "ASSIGNED"]],
  ASSIGNED: [["startProblem", "ProblemTransitionInput", {}, "IN_PROGRESS"]],
  IN_PROGRESS: [["resolveProblem", "ResolveProblemInput", { note: "已修复" }, "RESOLVED"]],
  RESOLVED: [["answerProblem", "AnswerProblemInput", { answer: "物业已更换灯泡。" }, "ANSWERED"]],
  ANSWERED: [
    ["rateProblemAnswer", "RateProblemAnswerInput", { rating: 5 }, "CLOSED"],
    ["rateProblemAnswer", "RateProblemAnswerInput", { rating: 1 }, "REOPENED"],
  ],
};

async function moveProblem(random: Random, problem: { id: string; caller: Caller; status: string }) {
  const moves = NEXT[problem.status];
  if (!moves) return;
  const [field, type, input, to] = random.pick(moves);
  ok(
    await database.query(
      `mutation ($input: ${type}!) { ${field}(input: $input) { id } }`,
      { input: { problemId: problem.id, ...input } },
      problem.caller,
    ),
  );
  problem.status = to;
}

/** Writes an operator could make in SQL: the triggers count them as they count the mutations. */
function sqlWrites(random: Random) {
  const one = async (statement: ReturnType<typeof sql>) => random.pick(await ids(statement));
  return [
    async function moveAnEstate() {
      const estate = await one(sql`SELECT id FROM estates`);
      const community = await one(sql`SELECT id FROM communities`);
      await database.db.execute(sql`UPDATE estates SET community_id = ${community} WHERE id = ${estate}`);
    },
    async function moveACommunity() {
      const community = await one(sql`SELECT id FROM communities`);
      const subdistrict = await one(sql`SELECT id FROM subdistricts`);
      await database.db.execute(sql`UPDATE communities SET subdistrict_id = ${subdistrict} WHERE id = ${community}`);
    },
    async function toggleWorkCoverage() {
      const estate = await one(sql`SELECT id FROM estates`);
      await database.db.execute(sql`
        UPDATE estates SET work_covered_on = CASE WHEN work_covered_on IS NULL THEN current_date END WHERE id = ${estate}`);
    },
    async function coverAnEstate() {
      const estates = await ids(sql`SELECT id FROM estates WHERE id NOT IN (SELECT estate_id FROM branch_estates)`);
      if (estates.length === 0) return;
      const branch = await one(sql`SELECT id FROM party_branches`);
      await database.db.execute(
        sql`INSERT INTO branch_estates (branch_id, estate_id) VALUES (${branch}, ${random.pick(estates)})`,
      );
    },
    async function uncoverEstates() {
      // Several rows in one statement.
      await database.db.execute(sql`
        DELETE FROM branch_estates WHERE estate_id IN (SELECT estate_id FROM branch_estates ORDER BY random() LIMIT 3)`);
    },
    async function moveACoverageToAnotherBranch() {
      const estate = await one(sql`SELECT estate_id AS id FROM branch_estates`);
      const branch = await one(sql`SELECT id FROM party_branches`);
      await database.db.execute(sql`UPDATE branch_estates SET branch_id = ${branch} WHERE estate_id = ${estate}`);
    },
    async function changeASecretary() {
      const branch = await one(sql`SELECT id FROM party_branches`);
      const background = random.pick(["SERVING_CADRE", "RETIRED_CADRE", "COMMUNITY_WORKER", "OTHER", null]);
      await database.db.execute(
        sql`UPDATE party_branches SET secretary_background = ${background} WHERE id = ${branch}`,
      );
    },
    async function endAGridPost() {
      const post = await one(sql`SELECT id FROM grid_leader_posts WHERE ended_on IS NULL`);
      await database.db.execute(sql`UPDATE grid_leader_posts SET ended_on = since WHERE id = ${post}`);
    },
    async function settleOrReopenADispute() {
      const dispute = await one(sql`SELECT id FROM disputes`);
      await database.db.execute(sql`
        UPDATE disputes SET
          status = CASE WHEN status = 'SETTLED' THEN 'IN_MEDIATION'::dispute_status ELSE 'SETTLED' END,
          concluded_at = CASE WHEN status = 'SETTLED' THEN NULL ELSE now() - interval '40 days' END,
          outcome = CASE WHEN status = 'SETTLED' THEN NULL ELSE '双方达成协议' END
        WHERE id = ${dispute}`);
    },
    async function finishAProject() {
      const project = await one(sql`SELECT id FROM practical_projects WHERE status <> 'DONE'`);
      await database.db.execute(sql`
        UPDATE practical_projects SET status = 'DONE', progress = 100, completed_on = current_date WHERE id = ${project}`);
    },
    async function moveALivingRoom() {
      const room = await one(sql`SELECT id FROM living_rooms`);
      const estates = await ids(sql`SELECT id FROM estates WHERE id NOT IN (SELECT estate_id FROM living_rooms)`);
      if (estates.length === 0) return;
      await database.db.execute(sql`UPDATE living_rooms SET estate_id = ${random.pick(estates)} WHERE id = ${room}`);
    },
    async function recategorizeProblems() {
      await database.db.execute(sql`
        UPDATE problems SET category = 'OTHER' WHERE id IN (SELECT id FROM problems ORDER BY random() LIMIT 5)`);
    },
  ];
}

describe("the party figures kept in the writes' transactions", () => {
  it("match a recount from the records for the demo county as loaded", async () => {
    await expectRollupsToMatchARecount();
  });

  it("match a recount after random writes of every kind: problems raised and moved, coverage, moves of places", async () => {
    const random = seededRandom(20);
    const estates = await ids(sql`SELECT id FROM estates`);
    const problems: { id: string; caller: Caller; status: string }[] = [];
    const writes = sqlWrites(random);
    for (let step = 0; step < 120; step += 1) {
      const roll = random.next();
      if (roll < 0.25) problems.push(await reportProblem(random, random.pick(estates)));
      else if (roll < 0.6 && problems.length > 0) await moveProblem(random, random.pick(problems));
      else await random.pick(writes)();
    }
    expect(problems.some((p) => p.status === "CLOSED" || p.status === "ANSWERED")).toBe(true);
    await expectRollupsToMatchARecount();
  }, 120_000);

  it("move an estate's figures with it: the old community loses them, the new one gains them", async () => {
    const [estate] = await rows<{ id: string; community_id: string }>(sql`
      SELECT e.id, e.community_id FROM estates e WHERE EXISTS (SELECT 1 FROM problems p WHERE p.estate_id = e.id) LIMIT 1`);
    const [target] = await ids(sql`SELECT id FROM communities WHERE id <> ${estate!.community_id} LIMIT 1`);
    const kept = new OverviewRepository(database.db);
    const from = placeScope("Community", { id: estate!.community_id });
    const to = placeScope("Community", { id: target! });
    const own = (await kept.figures([placeScope("Estate", estate!)])).get(`Estate:${estate!.id}`)!;
    const before = await kept.figures([from, to]);
    await database.db.execute(sql`UPDATE estates SET community_id = ${target} WHERE id = ${estate!.id}`);
    const after = await kept.figures([from, to]);
    const raised = (figures: Map<string, { problemsRaised: number }>, scope: PlaceScope) =>
      figures.get(scope.key)?.problemsRaised ?? 0;
    expect(own.problemsRaised).toBeGreaterThan(0);
    expect(raised(after, from)).toBe(raised(before, from) - own.problemsRaised);
    expect(raised(after, to)).toBe(raised(before, to) + own.problemsRaised);
    await expectRollupsToMatchARecount();
  });

  it.runIf(testDatabaseUrl)(
    "match a recount after parallel writes on PostgreSQL",
    async () => {
      const random = seededRandom(7);
      const estates = (await ids(sql`SELECT id FROM estates ORDER BY id`)).slice(0, 6);
      const communities = await ids(sql`SELECT id FROM communities ORDER BY id`);
      // Reports, moves of the same estates between communities and coverage changes, all at once.
      const reported = await Promise.all(Array.from({ length: 24 }, (_, i) => reportProblem(random, estates[i % 6]!)));
      await Promise.all([
        ...reported.map((problem) => moveProblem(random, problem)),
        ...estates.map((estate, i) =>
          database.db.execute(
            sql`UPDATE estates SET community_id = ${communities[i % communities.length]} WHERE id = ${estate}`,
          ),
        ),
        ...estates.map((estate) =>
          database.db.execute(sql`
          UPDATE estates SET work_covered_on = CASE WHEN work_covered_on IS NULL THEN current_date END WHERE id = ${estate}`),
        ),
        ...Array.from({ length: 12 }, () => reportProblem(random, random.pick(estates))),
      ]);
      await expectRollupsToMatchARecount();
    },
    120_000,
  );
});
