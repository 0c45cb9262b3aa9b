import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { xianyouCounty } from "@linli/demo-county";
import { supergraphPath } from "@linli/schema";
import { apiSchema } from "@linli/schema/compose";
import type { Grant } from "@linli/service-kit";
import {
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, type RunningGraph, startGraph } from "./support/graph";
import { errorsOutsideSelection } from "./support/selection";

/**
 * Authorization and personal-data probes through the gateway in production mode, on the whole
 * demo county: no false answer from a hidden input, errors only where they belong, personal data
 * masked however it was typed, member lists scoped. The write matrix is tests/authorization.test.ts.
 */

const county = xianyouCounty();
const estateNamed = (name: string) => {
  const estate = county.estates.find((e) => e.name === name);
  if (!estate) throw new Error(`no estate ${name} in the demo county`);
  return estate;
};
const mulan = estateNamed("木兰滨河");
const other = estateNamed("南桥锦福家园");
const mulanBranch = county.branches.find((b) => b.estateIds.includes(mulan.id))!;

const operationsDir = join(import.meta.dirname, "../schema/operations");
const OPERATIONS = readdirSync(operationsDir)
  .filter((file) => file.endsWith(".graphql"))
  .map((file) => readFileSync(join(operationsDir, file), "utf8"))
  .join("\n");

const supergraphSdl = readFileSync(supergraphPath, "utf8");
const schema = apiSchema(supergraphSdl);

/** The callers every probe asks as. */
const CALLERS: Record<string, Grant[] | null> = {
  anonymous: null,
  resident: [{ role: "resident", estate: mulan.id }],
  "resident of another estate": [{ role: "resident", estate: other.id }],
  "county admin": [{ role: "county_admin", personalData: false }],
  "party admin": [{ role: "agency_admin", agency: "party" }],
  "branch secretary": [{ role: "branch_secretary", branch: mulanBranch.id }],
};
type CallerName = keyof typeof CALLERS;

let graph: RunningGraph;
const tokens: Record<string, string | undefined> = {};
beforeAll(async () => {
  graph = await startGraph(county, { gatewayEnv: { NODE_ENV: "production" } });
  for (const [name, grants] of Object.entries(CALLERS)) {
    tokens[name] = grants ? await graph.token(grants, `privacy-${name.replace(/ /g, "-")}`) : undefined;
  }
}, 240_000);
afterAll(() => graph?.[Symbol.asyncDispose]());

/** One operation as `caller`; every error it carries must point at a path the operation selected. */
async function ask<TData = Record<string, unknown>>(
  caller: CallerName,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<GraphQLResponse<TData>> {
  const token = tokens[caller];
  const response = await fetch(graph.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = (await response.json()) as GraphQLResponse<TData>;
  expect(errorsOutsideSelection(body.errors, query, operationName), `${caller}: errors outside the selection`).toEqual(
    [],
  );
  return body;
}

const codes = (response: GraphQLResponse) =>
  (response.errors ?? []).map((error) => [error.extensions?.code, (error.path ?? []).join(".")]);

/** Every estate, two pages of 100. */
async function everyEstate<T>(caller: CallerName, selection: string): Promise<{ data: T[]; errors: unknown[] }> {
  const data: T[] = [];
  const errors: unknown[] = [];
  let after: string | null = null;
  do {
    const page: GraphQLResponse<{
      estates: { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    }> = await ask(
      caller,
      `query ($after: String) { estates(first: 100, after: $after) { edges { node { id ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    errors.push(...(page.errors ?? []));
    data.push(...(page.data?.estates.edges.map((edge) => edge.node) ?? []));
    after = page.data?.estates.pageInfo.hasNextPage ? page.data.estates.pageInfo.endCursor : null;
  } while (after);
  return { data, errors };
}

describe("the selection check every probe runs", () => {
  it("flags an error at a path the client never selected, as the old 一肩挑 refusal was", () => {
    const query = "{ estate(id: 1) { name branchSecretaryChairsOwnersCommittee } }";
    const secretaryRefused = { message: "Sign in to do this.", path: ["estate", "partyBranch", "secretary"] };
    const ownFieldRefused = { message: "x", path: ["estate", "branchSecretaryChairsOwnersCommittee"] };
    expect(errorsOutsideSelection([secretaryRefused, ownFieldRefused], query)).toEqual([
      "estate.partyBranch.secretary: Sign in to do this.",
    ]);
    expect(
      errorsOutsideSelection(
        [{ message: "in a list", path: ["estates", "edges", 3, "node", "id"] }],
        "{ estates { edges { node { id } } } }",
      ),
    ).toEqual([]);
  });
});

describe("no false answer from a hidden input", () => {
  it.each(Object.keys(CALLERS))("answers 一肩挑 of 木兰滨河 true as %s, with no error", async (caller) => {
    const result = await ask(
      caller,
      `query ($id: ID!) { estate(id: $id) { name branchSecretaryChairsOwnersCommittee } }`,
      {
        id: mulan.id,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ estate: { name: "木兰滨河", branchSecretaryChairsOwnersCommittee: true } });
  });

  it("answers 一肩挑, both coverages and the secretary's background of every estate alike to anonymous, resident and admin", async () => {
    const selection =
      "branchSecretaryChairsOwnersCommittee organizationCovered workCovered workCoveredOn partyBranch { secretaryBackground }";
    const answers = await Promise.all(
      (["anonymous", "resident", "county admin"] as const).map((caller) => everyEstate(caller, selection)),
    );
    for (const answer of answers) expect(answer.errors).toEqual([]);
    expect(answers[0]?.data).toHaveLength(county.estates.length);
    expect(answers[1]?.data).toEqual(answers[0]?.data);
    expect(answers[2]?.data).toEqual(answers[0]?.data);
    // The public facts are there, not all null: 一肩挑 holds somewhere, backgrounds are named.
    const rows = answers[0]?.data as { branchSecretaryChairsOwnersCommittee: boolean | null; partyBranch: unknown }[];
    expect(rows.filter((row) => row.branchSecretaryChairsOwnersCommittee === true).length).toBeGreaterThan(0);
    expect(rows.every((row) => row.branchSecretaryChairsOwnersCommittee !== null)).toBe(true);
  });

  // Every field the supergraph computes from another agency's data (`@requires`), asked on a real place.
  const requiring = [...supergraphSdl.matchAll(/^type (\w+)[^{]*\{([^}]*)\}/gms)].flatMap(([, type, body]) =>
    [...(body ?? "").matchAll(/^\s+(\w+)(?:\([^)]*\))?: [^\n]*requires: /gm)].map(([, field]) => ({
      type: type as string,
      field: field as string,
    })),
  );
  const roots: Record<string, (select: string) => { query: string; variables: Record<string, unknown> }> = {
    County: (select) => ({ query: `{ counties { ${select} } }`, variables: {} }),
    Subdistrict: (select) => ({
      query: `query ($id: ID!) { subdistrict(id: $id) { ${select} } }`,
      variables: { id: county.subdistricts[0]?.id },
    }),
    Community: (select) => ({
      query: `query ($id: ID!) { community(id: $id) { ${select} } }`,
      variables: { id: mulan.communityId },
    }),
    Estate: (select) => ({ query: `query ($id: ID!) { estate(id: $id) { ${select} } }`, variables: { id: mulan.id } }),
  };

  it("finds every @requires field of the supergraph and has a place to ask each on", () => {
    // As many as the supergraph declares (the figures once required estate lists; the place
    // directory made those local), and at least 一肩挑's.
    expect(requiring.length).toBe((supergraphSdl.match(/requires: "/g) ?? []).length);
    expect(requiring).toContainEqual({ type: "Estate", field: "branchSecretaryChairsOwnersCommittee" });
    expect(requiring.filter(({ type }) => !roots[type])).toEqual([]);
  });

  it.each(requiring.map(({ type, field }) => [`${type}.${field}`, type, field] as const))(
    "answers %s alike to anonymous, resident and admin, with no error",
    async (_name, type, field) => {
      const probe = roots[type]!(selectField(schema.getType(type) as GraphQLNamedType, field));
      const answers = await Promise.all(
        (["anonymous", "resident", "county admin"] as const).map((caller) => ask(caller, probe.query, probe.variables)),
      );
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      expect(answers[1]?.data).toEqual(answers[0]?.data);
      expect(answers[2]?.data).toEqual(answers[0]?.data);
      // An answer, not a null standing in for one.
      expect(JSON.stringify(answers[0]?.data)).toMatch(/\d|true|false/);
    },
  );

  it("keeps the secretary's member key out of the API: no client can select it", async () => {
    const result = await ask("county admin", `query ($id: ID!) { partyBranch(id: $id) { name secretaryMemberId } }`, {
      id: mulanBranch.id,
    });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    // Production mode suggests no field name either.
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

/** A field with every leaf under it (two levels), arguments filled in from their names. */
function selectField(type: GraphQLNamedType, name: string): string {
  if (!isObjectType(type)) throw new Error(`${type.name} is not an object type`);
  const field = type.getFields()[name];
  if (!field) throw new Error(`${type.name}.${name} is not in the API`);
  return `${name}${argumentsOf(field)}${leaves(getNamedType(field.type), 2)}`;
}

function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const values: Record<string, string> = { from: '"2023-01"', to: '"2023-12"' };
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  return required.length === 0
    ? ""
    : `(${required.map((arg) => `${arg.name}: ${values[arg.name] ?? '""'}`).join(", ")})`;
}

function leaves(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type) || !isObjectType(type)) return "";
  const parts = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((arg) => isNonNullType(arg.type))) return [];
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) return [field.name];
    return depth > 1 && isObjectType(inner) ? [`${field.name} ${leaves(inner, depth - 1)}`] : [];
  });
  return `{ ${parts.join(" ")} }`;
}

/** The published operations, each with real variables. */
const published = () => {
  const definitions = parse(OPERATIONS).definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.operation === "query" ? [d.name?.value ?? ""] : [],
  );
  return definitions;
};

describe("errors where they belong", () => {
  it.each(county.estates.map((estate) => [estate.name, estate.id]))(
    "answers the anonymous EstatePage of %s with no error",
    async (_name, id) => {
      const result = await ask<{ estate: { id: string } }>("anonymous", OPERATIONS, { id }, "EstatePage");
      expect(codes(result)).toEqual([]);
      expect(result.data?.estate.id).toBe(id);
    },
  );

  it("answers every published query for public data to the anonymous public with no error", async () => {
    const variables: Record<string, Record<string, unknown>[]> = {
      CountyOverview: [{ from: "2023-01", to: "2023-12" }],
      SubdistrictDrillDown: county.subdistricts.map((s) => ({ id: s.id })),
      CommunityDrillDown: county.communities.map((c) => ({ id: c.id })),
      ResourceSearch: [{ kind: "VENUE", from: "2023-11-06T01:00:00Z", to: "2023-11-06T03:00:00Z", estateId: mulan.id }],
    };
    for (const [operation, runs] of Object.entries(variables)) {
      for (const run of runs) {
        const result = await ask("anonymous", OPERATIONS, run, operation);
        expect(codes(result), `${operation} ${JSON.stringify(run)}`).toEqual([]);
        expect(result.data, operation).toBeTruthy();
      }
    }
  });

  it("refuses the signed-in queues to the anonymous public on the queue alone, keeping what is public", async () => {
    const queues: [string, Record<string, unknown>, string][] = [
      ["PropertyCompanyQueue", { id: county.companies[0]?.id }, "propertyCompany"],
      ["UnitQueue", { id: county.units[0]?.id }, "unit"],
      ["BranchQueue", { id: mulanBranch.id }, "partyBranch"],
      ["VolunteerTeamQueue", { id: county.teams[0]?.id }, "volunteerTeam"],
    ];
    const all = published();
    for (const [operation, variables, root] of queues) {
      expect(all).toContain(operation);
      const result = await ask<Record<string, { name: string; assignedProblems: unknown }>>(
        "anonymous",
        OPERATIONS,
        variables,
        operation,
      );
      expect(codes(result), operation).toEqual([["UNAUTHENTICATED", `${root}.assignedProblems`]]);
      expect(result.data?.[root]?.name, `${operation} kept its public name`).toEqual(expect.any(String));
      expect(result.data?.[root]?.assignedProblems).toBeNull();
    }
  });

  it("keeps an estate whose disputes a county admin may not read: the refusal nulls the disputes alone", async () => {
    const result = await ask<{ estate: { name: string; disputes: unknown } }>(
      "county admin",
      `query ($id: ID!) { estate(id: $id) { name disputes(first: 1) { edges { node { id } } } } }`,
      { id: mulan.id },
    );
    expect(codes(result)).toEqual([["FORBIDDEN", "estate.disputes"]]);
    expect(result.data).toEqual({ estate: { name: "木兰滨河", disputes: null } });
  });

  it("lets the party admin and the estate's secretary read its disputes", async () => {
    for (const caller of ["party admin", "branch secretary"] as const) {
      const result = await ask<{ estate: { disputes: { edges: unknown[] } } }>(
        caller,
        `query ($id: ID!) { estate(id: $id) { disputes(first: 1) { edges { node { id } } } } }`,
        { id: mulan.id },
      );
      expect(result.errors, caller).toBeUndefined();
      expect(result.data?.estate.disputes.edges.length, caller).toBeGreaterThanOrEqual(0);
    }
  });

  it("keeps the answer of a committed mutation when another mutation of the same request is refused", async () => {
    const result = await ask<{ reportProblem: { id: string; status: string } | null; advanceBranchStage: unknown }>(
      "resident",
      `mutation ($report: ReportProblemInput!, $advance: AdvanceBranchStageInput!) {
        reportProblem(input: $report) { id status }
        advanceBranchStage(input: $advance) { id }
      }`,
      {
        report: { estateId: mulan.id, category: "PARKING", text: "楼下车辆乱停放", reporterName: "居民" },
        advance: { branchId: mulanBranch.id, to: "ESTABLISHED", reachedOn: "2023-11-05" },
      },
    );
    expect(codes(result)).toEqual([["FORBIDDEN", "advanceBranchStage"]]);
    expect(result.data?.reportProblem?.id).toEqual(expect.any(String));
    expect(result.data?.advanceBranchStage).toBeNull();
  });
});

describe("personal data in any form", () => {
  const TYPED = [
    ["+86 139 0000 1234", "13900001234", "139****1234"],
    ["１３９－００００－１２３４", "13900001234", "139****1234"],
    ["139.0000.1234", "13900001234", "139****1234"],
    ["(0594)234-5678", "05942345678", "0594-****678"],
    ["0086 13512345678", "13512345678", "135****5678"],
    ["350322 19900101 123x", "35032219900101123X", "350322********123X"],
  ] as const;

  it("masks every phone and ID number a resident typed, on the problem wall the public reads", async () => {
    for (const [typed] of TYPED) {
      const reported = await ask(
        "resident",
        `mutation ($input: ReportProblemInput!) { reportProblem(input: $input) { id } }`,
        {
          input: {
            estateId: mulan.id,
            category: "FACILITY_DAMAGE",
            text: `楼道灯坏了，联系 ${typed}`,
            reporterName: "居民",
          },
        },
      );
      expect(reported.errors).toBeUndefined();
    }
    const wall = await ask<{ estate: { problemWall: { edges: { node: { question: string } }[] } } }>(
      "anonymous",
      `query ($id: ID!) { estate(id: $id) { problemWall(first: 50) { edges { node { question } } } } }`,
      { id: mulan.id },
    );
    expect(wall.errors).toBeUndefined();
    const questions = wall.data?.estate.problemWall.edges.map((edge) => edge.node.question) ?? [];
    const digits = questions
      .join("\n")
      .normalize("NFKC")
      .replace(/[^0-9Xx\n]/g, "")
      .toUpperCase();
    for (const [typed, secret, shown] of TYPED) {
      expect(digits, typed).not.toContain(secret);
      expect(
        questions.some((q) => q === `楼道灯坏了，联系 ${shown}`),
        typed,
      ).toBe(true);
    }
  });

  it("never writes a resident's number or a statement's parameters into a log, even when a write fails", async () => {
    // A NUL byte cannot be stored: whichever layer refuses it, nothing it carried is logged raw.
    await ask("resident", `mutation ($input: ReportProblemInput!) { reportProblem(input: $input) { id } }`, {
      input: {
        estateId: mulan.id,
        category: "PARKING",
        text: "电话 13812349876\u0000 住东门路10号",
        reporterName: "王秀英",
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const output = graph.output();
    for (const raw of ["13812349876", "东门路10号", "王秀英"]) expect(output).not.toContain(raw);
  });

  it("lets a resident list the party members of their own estate, masked, and of no other", async () => {
    const query = `query ($id: ID!) { estate(id: $id) { name partyMembers(first: 100) { edges { node { id name phone } } } } }`;
    const own = await ask<{ estate: { partyMembers: { edges: { node: { phone: string | null } }[] } } }>(
      "resident",
      query,
      { id: mulan.id },
    );
    expect(own.errors).toBeUndefined();
    const members = own.data?.estate.partyMembers.edges ?? [];
    expect(members.length).toBe(county.members.filter((m) => m.estateId === mulan.id).length);
    for (const { node } of members) expect(node.phone ?? "").toMatch(/^\d{3}\*{4}\d{4}$/);

    const foreign = await ask("resident", query, { id: other.id });
    expect(codes(foreign)).toEqual([["FORBIDDEN", "estate.partyMembers"]]);
    expect(foreign.data).toEqual({ estate: { name: other.name, partyMembers: null } });

    const someone = county.members.find((m) => m.estateId === other.id)!;
    const byId = await ask("resident", `query ($id: ID!) { partyMember(id: $id) { name } }`, { id: someone.id });
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({ partyMember: null });

    const anonymous = await ask("anonymous", query, { id: mulan.id });
    expect(codes(anonymous)).toEqual([["UNAUTHENTICATED", "estate.partyMembers"]]);
    expect(anonymous.data).toEqual({ estate: { name: "木兰滨河", partyMembers: null } });
  });

  it("lists every estate's members for a working role, masked", async () => {
    for (const caller of ["county admin", "branch secretary"] as const) {
      const result = await ask<{ estate: { partyMembers: { edges: { node: { phone: string | null } }[] } } }>(
        caller,
        `query ($id: ID!) { estate(id: $id) { partyMembers(first: 5) { edges { node { phone } } } } }`,
        { id: other.id },
      );
      expect(result.errors, caller).toBeUndefined();
      expect(result.data?.estate.partyMembers.edges.length, caller).toBeGreaterThan(0);
      for (const { node } of result.data?.estate.partyMembers.edges ?? []) {
        expect(node.phone ?? "", caller).toMatch(/^\d{3}\*{4}\d{4}$/);
      }
    }
  });

  it("shows every unit's liaisons to the public by name with masked phones, and no full number for a stated purpose", async () => {
    const liaisons = county.liaisons ?? [];
    expect(liaisons.length).toBeGreaterThan(0);
    const query = `query ($purpose: String) {
      units(first: 100) { edges { node { id liaisons { id name title masked: phone full: phone(purpose: $purpose) } } } }
    }`;
    type Answer = {
      units: {
        edges: { node: { id: string; liaisons: { name: string; masked: string | null; full: string | null }[] } }[];
      };
    };
    for (const caller of ["anonymous", "resident", "county admin"] as const) {
      const result = await ask<Answer>(caller, query, { purpose: "联系预约场地" });
      const shown = result.data?.units.edges.flatMap((edge) => edge.node.liaisons) ?? [];
      expect(shown.length, caller).toBe(liaisons.length);
      for (const liaison of shown) {
        expect(liaison.masked ?? "", caller).toMatch(/^\d{3}\*{4}\d{4}$/);
        expect(liaison.full, caller).toBeNull();
      }
      // The stated purpose is refused on that field alone, once per liaison, with a code.
      const codes = new Set((result.errors ?? []).map((error) => error.extensions?.code));
      expect(codes, caller).toEqual(new Set([caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]));
      expect(result.errors?.length, caller).toBe(liaisons.length);
      const text = JSON.stringify(result);
      for (const liaison of liaisons) expect(text, caller).not.toContain(liaison.phone);
    }
  });

  it("shows the public what the report makes public of people: backgrounds and counts, never a member", async () => {
    const result = await ask<{
      counties: { partyFigures: { gridLeaders: number; secretariesByBackground: { secretaries: number }[] } }[];
      estate: Record<string, unknown>;
    }>(
      "anonymous",
      `query ($id: ID!) {
        counties { partyFigures { gridLeaders secretariesByBackground { background secretaries } } }
        estate(id: $id) {
          partyBranch { secretaryBackground secretary { name } }
          ownersCommittee { members { name role partyMember { id name } } }
          partyMembers(first: 1) { edges { node { id } } }
        }
      }`,
      { id: mulan.id },
    );
    expect(result.data?.counties[0]?.partyFigures.gridLeaders).toBe(109);
    const estate = result.data?.estate as {
      partyBranch: { secretaryBackground: string; secretary: unknown };
      ownersCommittee: { members: { name: string; partyMember: unknown }[] };
      partyMembers: unknown;
    };
    expect(estate.partyBranch).toEqual({ secretaryBackground: "RETIRED_CADRE", secretary: null });
    expect(estate.partyMembers).toBeNull();
    // The committee's seats are public (业委会 are announced); the party member behind one is not.
    expect(estate.ownersCommittee.members.length).toBeGreaterThan(0);
    for (const member of estate.ownersCommittee.members) expect(member.partyMember).toBeNull();
    const refused = (result.errors ?? []).map((error) => error.extensions?.code);
    expect(new Set(refused)).toEqual(new Set(["UNAUTHENTICATED"]));
    const text = JSON.stringify(result.data);
    for (const member of county.members.filter((m) => m.estateId === mulan.id)) {
      expect(text).not.toContain(member.phone);
      expect(text).not.toContain(member.id);
    }
  });
});
