import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { postClaimEvents, postClaims, serviceHourEntries } from "../db/schema";
import { volunteer } from "../definition";
import { loadCounty } from "../demo";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are read field by field in these tests
type Json = any;

const county = sampleCounty();
const mulanTeam = demoId("team", "木兰社区学雷锋志愿服务队");
const dongmenTeam = demoId("team", "东门顺安党员志愿者队");
const binhe = demoId("estate", "木兰滨河");
const dongmen = demoId("estate", "东门顺安");

const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const leadOf = (team: string) => as(`lead-of-${team}`, { role: "volunteer_lead", team });
const admin = as("volunteer-admin", { role: "agency_admin", agency: "volunteer" });

type Result = { data?: Record<string, Json> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);

const CREATE = `mutation ($input: CreateServicePostInput!) {
  createServicePost(input: $input) { id kind title schedule shiftStartsAt shiftEndsAt capacity liveClaims estate { id } team { id } }
}`;
const CLAIM = `mutation ($input: ClaimServicePostInput!) { claimServicePost(input: $input) { id state partyMember { id } post { id } } }`;
const ADVANCE = `mutation ($input: AdvanceServicePostClaimInput!) {
  advanceServicePostClaim(input: $input) { id state history { from to actor } }
}`;

let serial = 0;
async function newPost(overrides: Record<string, unknown> = {}) {
  serial += 1;
  const result = await database.query(
    CREATE,
    {
      input: {
        teamId: mulanTeam,
        estateId: binhe,
        kind: "SAFETY_GUARD",
        title: `夜间巡逻 ${serial}`,
        capacity: 3,
        schedule: "FLEXIBLE",
        ...overrides,
      },
    },
    admin,
  );
  expect(result.errors).toBeUndefined();
  return (result.data as Json).createServicePost.id as string;
}

/** A resident of 木兰滨河 registered as a party-member volunteer. */
async function member(subject: string) {
  const memberId = demoId("member", `木兰滨河/${subject}`);
  const result = await database.query(
    `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
    { input: { name: subject, subject, partyMemberId: memberId } },
    admin,
  );
  expect(result.errors).toBeUndefined();
  return { caller: as(subject, { role: "resident", estate: binhe }), memberId };
}

const claim = (postId: string, caller: Caller) => database.query(CLAIM, { input: { postId } }, caller);
const advance = (claimId: string, to: string, minutes?: number, caller: Caller = leadOf(mulanTeam)) =>
  database.query(ADVANCE, { input: { claimId, to, minutes } }, caller);

describe("createServicePost", () => {
  it("sets up a fixed-shift post of each kind for a team's lead", async () => {
    for (const kind of ["HARMONY_GUARD", "SAFETY_GUARD", "WARM_SERVICE", "ENVIRONMENT", "FOOD_SAFETY"]) {
      const result = await database.query(
        CREATE,
        {
          input: {
            teamId: mulanTeam,
            estateId: binhe,
            kind,
            title: `${kind} 岗`,
            capacity: 2,
            schedule: "FIXED_SHIFT",
            shiftStartsAt: "2024-06-01T19:00:00+08:00",
            shiftEndsAt: "2024-06-01T21:00:00+08:00",
          },
        },
        leadOf(mulanTeam),
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as Json).createServicePost).toMatchObject({
        kind,
        schedule: "FIXED_SHIFT",
        shiftStartsAt: "2024-06-01T11:00:00.000Z",
        shiftEndsAt: "2024-06-01T13:00:00.000Z",
        liveClaims: 0,
      });
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a fixed shift without its start", { schedule: "FIXED_SHIFT" }, "shiftStartsAt"],
    [
      "a fixed shift ending before it starts",
      { schedule: "FIXED_SHIFT", shiftStartsAt: "2024-06-01T12:00:00Z", shiftEndsAt: "2024-06-01T11:00:00Z" },
      "shiftEndsAt",
    ],
    ["a time range on a flexible post", { shiftStartsAt: "2024-06-01T12:00:00Z" }, "shiftStartsAt"],
    ["an estate the team does not serve", { estateId: dongmen }, "estateId"],
    ["a capacity of 0", { capacity: 0 }, "capacity"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_what, override, field) => {
    const result = await database.query(
      CREATE,
      {
        input: {
          teamId: mulanTeam,
          estateId: binhe,
          kind: "ENVIRONMENT",
          title: "清洁",
          capacity: 2,
          schedule: "FLEXIBLE",
          ...override,
        },
      },
      admin,
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });

  it("refuses another team's lead with FORBIDDEN", async () => {
    const result = await database.query(
      CREATE,
      {
        input: {
          teamId: mulanTeam,
          estateId: binhe,
          kind: "ENVIRONMENT",
          title: "x",
          capacity: 1,
          schedule: "FLEXIBLE",
        },
      },
      leadOf(dongmenTeam),
    );
    expect(codes(result)).toEqual(["FORBIDDEN"]);
  });
});

describe("claims", () => {
  it("walks CLAIMED → ACCEPTED → COMPLETED, keeps every move, and records the fixed shift's hours", async () => {
    const { caller, memberId } = await member("巡逻员甲");
    const post = await newPost({
      schedule: "FIXED_SHIFT",
      shiftStartsAt: "2024-07-01T11:00:00Z",
      shiftEndsAt: "2024-07-01T13:30:00Z",
    });
    const claimed = await claim(post, caller);
    expect(claimed.errors).toBeUndefined();
    const id = (claimed.data as Json).claimServicePost.id;
    expect((claimed.data as Json).claimServicePost).toMatchObject({ state: "CLAIMED", partyMember: { id: memberId } });
    expect((await advance(id, "ACCEPTED")).errors).toBeUndefined();
    const done = await advance(id, "COMPLETED");
    expect(done.data).toEqual({
      advanceServicePostClaim: {
        id,
        state: "COMPLETED",
        history: [
          { from: null, to: "CLAIMED", actor: "巡逻员甲" },
          { from: "CLAIMED", to: "ACCEPTED", actor: `lead-of-${mulanTeam}` },
          { from: "ACCEPTED", to: "COMPLETED", actor: `lead-of-${mulanTeam}` },
        ],
      },
    });
    const entries = await database.db.select().from(serviceHourEntries).where(eq(serviceHourEntries.claimId, id));
    expect(entries).toMatchObject([{ minutes: 150, source: "POST_COMPLETED", servedOn: "2024-07-01" }]);
  });

  it.each<[string, string[], string]>([
    ["complete a claim never accepted", [], "COMPLETED"],
    ["accept a rejected claim", ["REJECTED"], "ACCEPTED"],
    ["reject a completed claim", ["ACCEPTED", "COMPLETED"], "REJECTED"],
    ["move a claim back to CLAIMED", ["ACCEPTED"], "CLAIMED"],
  ])("refuses to %s with INVALID_TRANSITION, changing nothing", async (_what, path, to) => {
    const { caller } = await member("徐晓燕");
    const post = await newPost();
    const id = ((await claim(post, caller)).data as Json).claimServicePost.id;
    for (const step of path) {
      expect((await advance(id, step, step === "COMPLETED" ? 60 : undefined)).errors).toBeUndefined();
    }
    const before = await database.db.select().from(postClaimEvents).where(eq(postClaimEvents.claimId, id));
    const result = await advance(id, to, to === "COMPLETED" ? 60 : undefined);
    expect(codes(result)).toEqual(["INVALID_TRANSITION"]);
    expect(await database.db.select().from(postClaimEvents).where(eq(postClaimEvents.claimId, id))).toEqual(before);
  });

  it("refuses an overlapping fixed shift of the same member with CONFLICT, and allows it once the first is over", async () => {
    const { caller } = await member("蔡文辉");
    const evening = await newPost({
      schedule: "FIXED_SHIFT",
      shiftStartsAt: "2024-08-01T10:00:00Z",
      shiftEndsAt: "2024-08-01T12:00:00Z",
    });
    const overlapping = await newPost({
      schedule: "FIXED_SHIFT",
      shiftStartsAt: "2024-08-01T11:00:00Z",
      shiftEndsAt: "2024-08-01T12:00:00Z",
    });
    const adjacent = await newPost({
      schedule: "FIXED_SHIFT",
      shiftStartsAt: "2024-08-01T12:00:00Z",
      shiftEndsAt: "2024-08-01T13:00:00Z",
    });
    const first = ((await claim(evening, caller)).data as Json).claimServicePost.id;
    expect(codes(await claim(overlapping, caller))).toEqual(["CONFLICT"]);
    expect((await claim(adjacent, caller)).errors).toBeUndefined();
    expect((await claim(await newPost(), caller)).errors).toBeUndefined();
    // A rejected claim holds no shift any more.
    await advance(first, "REJECTED");
    expect((await claim(overlapping, caller)).errors).toBeUndefined();
  });

  it("keeps shifts apart in the database itself, even for two parallel claims and for direct SQL", async () => {
    const { caller, memberId } = await member("吴建平");
    const a = await newPost({
      schedule: "FIXED_SHIFT",
      shiftStartsAt: "2024-09-01T10:00:00Z",
      shiftEndsAt: "2024-09-01T12:00:00Z",
    });
    const b = await newPost({
      schedule: "FIXED_SHIFT",
      shiftStartsAt: "2024-09-01T11:00:00Z",
      shiftEndsAt: "2024-09-01T12:30:00Z",
    });
    const results = await Promise.all([claim(a, caller), claim(b, caller)]);
    expect(results.map(codes).sort()).toEqual([[], ["CONFLICT"]]);
    const [held] = await database.db.select().from(postClaims).where(eq(postClaims.memberId, memberId));
    await expect(
      database.db.insert(postClaims).values({
        postId: held!.postId === a ? b : a,
        volunteerId: held!.volunteerId,
        memberId,
        shiftStartsAt: new Date("2024-09-01T11:30:00Z"),
        shiftEndsAt: new Date("2024-09-01T11:45:00Z"),
        state: "ACCEPTED",
      }),
    ).rejects.toSatisfy(
      (error: unknown) =>
        JSON.stringify(error, Object.getOwnPropertyNames(error)).includes("23P01") ||
        String((error as Error).cause).includes("post_claims_no_overlapping_shifts"),
    );
  });

  it("fills a post to its capacity and refuses one more with CONFLICT", async () => {
    const post = await newPost({ capacity: 1 });
    expect((await claim(post, (await member("林志强")).caller)).errors).toBeUndefined();
    expect(codes(await claim(post, (await member("陈秀英")).caller))).toEqual(["CONFLICT"]);
  });

  it("refuses a second live claim of the same post with CONFLICT", async () => {
    const { caller } = await member("黄丽萍");
    const post = await newPost();
    expect((await claim(post, caller)).errors).toBeUndefined();
    expect(codes(await claim(post, caller))).toEqual(["CONFLICT"]);
  });

  it("refuses a resident who is not a registered party member, and a resident of another estate (FORBIDDEN)", async () => {
    const post = await newPost();
    expect(codes(await claim(post, as("not-a-member", { role: "resident", estate: binhe })))).toEqual(["FORBIDDEN"]);
    const { memberId } = await member("郑国华");
    expect(codes(await claim(post, as("郑国华", { role: "resident", estate: dongmen })))).toEqual(["FORBIDDEN"]);
    const claims = await database.db.select().from(postClaims).where(eq(postClaims.memberId, memberId));
    expect(claims).toEqual([]);
  });

  it("asks for minutes to complete a flexible post, and refuses them for a fixed shift (BAD_USER_INPUT)", async () => {
    const { caller } = await member("张金水");
    const flexible = ((await claim(await newPost(), caller)).data as Json).claimServicePost.id;
    await advance(flexible, "ACCEPTED");
    const missing = await advance(flexible, "COMPLETED");
    expect(codes(missing)).toEqual(["BAD_USER_INPUT"]);
    expect(missing.errors?.[0]?.extensions?.field).toBe("minutes");
    expect((await advance(flexible, "COMPLETED", 45)).errors).toBeUndefined();
    const fixed = (
      (
        await claim(
          await newPost({
            schedule: "FIXED_SHIFT",
            shiftStartsAt: "2024-10-01T10:00:00Z",
            shiftEndsAt: "2024-10-01T11:00:00Z",
          }),
          caller,
        )
      ).data as Json
    ).claimServicePost.id;
    await advance(fixed, "ACCEPTED");
    expect(codes(await advance(fixed, "COMPLETED", 45))).toEqual(["BAD_USER_INPUT"]);
  });

  it("lets only the post's team lead or an administrator move a claim (FORBIDDEN otherwise)", async () => {
    const { caller } = await member("何瑞芳");
    const id = ((await claim(await newPost(), caller)).data as Json).claimServicePost.id;
    expect(codes(await advance(id, "ACCEPTED", undefined, leadOf(dongmenTeam)))).toEqual(["FORBIDDEN"]);
    expect(codes(await advance(id, "ACCEPTED", undefined, caller))).toEqual(["FORBIDDEN"]);
    expect((await advance(id, "ACCEPTED", undefined, admin)).errors).toBeUndefined();
  });

  it("lets the post's team lead claim it for a registered member (代认领), but not another team's lead", async () => {
    const { memberId } = await member("代认领对象");
    const post = await newPost();
    const forMember = (caller: Caller) =>
      database.query(CLAIM, { input: { postId: post, partyMemberId: memberId } }, caller);
    expect(codes(await forMember(leadOf(dongmenTeam)))).toEqual(["FORBIDDEN"]);
    const result = await forMember(leadOf(mulanTeam));
    expect((result.data as Json).claimServicePost).toMatchObject({ state: "CLAIMED", partyMember: { id: memberId } });
    const unknown = await database.query(
      CLAIM,
      { input: { postId: post, partyMemberId: demoId("member", "nobody") } },
      leadOf(mulanTeam),
    );
    expect(codes(unknown)).toEqual(["NOT_FOUND"]);
  });

  it("keeps the claim history unchangeable, even with direct SQL", async () => {
    await expect(database.db.execute(sql`update post_claim_events set to_state = 'COMPLETED'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from post_claim_events`)).rejects.toThrow();
  });
});

describe("PartyMember.claimedPosts", () => {
  it("lists a member's claims, the most recent first, for signed-in callers only", async () => {
    const limeiling = demoId("member", "木兰滨河/李美玲");
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PartyMember {
      claimedPosts(first: 10) { edges { node { state post { kind title } } } }
    } } }`;
    const reps = [{ __typename: "PartyMember", id: limeiling }];
    const result = await database.query(query, { reps }, as("reader", { role: "county_admin", personalData: false }));
    expect(result.errors).toBeUndefined();
    const claims = (result.data as Json)._entities[0].claimedPosts.edges.map((e: Json) => e.node);
    expect(claims).toEqual(
      expect.arrayContaining([
        { state: "COMPLETED", post: { kind: "SAFETY_GUARD", title: "木兰滨河夜间巡逻" } },
        { state: "ACCEPTED", post: { kind: "HARMONY_GUARD", title: "木兰滨河邻里调解岗" } },
      ]),
    );
    expect(codes(await database.query(query, { reps }))).toEqual(["UNAUTHENTICATED"]);
  });
});
