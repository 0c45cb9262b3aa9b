import { randomUUID } from "node:crypto";
import {
  auditedWrite,
  badUserInput,
  type Caller,
  codedError,
  conflictOnRaceLost,
  denied,
  grantsOf,
  hasRole,
  uuidInput as id,
  invalidTransition,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
  textInput,
} from "@linli/service-kit";
import DataLoader from "dataloader";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import { type EvaluationRecordRow, evaluationKind, evaluationResult, type PartyMemberStarRow } from "../db/schema";
import { pastDay } from "../inputs";
import { branchScope } from "../scope";
import { type AspirationIndexRow, EVALUATION_KINDS, RecognitionRepository } from "./recognition.repository";

/** 党员之星评定标准 — published by `partyMemberStarRule`; the award checks exactly this. */
export const STAR_RULE = {
  minScore: 30,
  noFailingEvaluation: true,
  description: "当年初心指数（仅计已核实的记录）不低于 30 分，且当年没有已核实的不合格评议。",
} as const;

const currentYear = () => new Date().getUTCFullYear();

const period = z
  .string()
  .regex(/^\d{4}(-H[12])?$/, "must be a year (2024) or a half year (2024-H1, 2024-H2)")
  .refine((value) => Number(value.slice(0, 4)) >= 2000, "must not be before 2000")
  .refine((value) => Number(value.slice(0, 4)) <= currentYear(), "must not be in the future");

const recordInput = z
  .object({
    id: id.nullish(),
    memberId: id.nullish(),
    unitId: id.nullish(),
    estateId: id,
    kind: z.enum(evaluationKind.enumValues),
    period,
    result: z.enum(evaluationResult.enumValues).nullish(),
    text: textInput(1000),
    recordedOn: pastDay,
  })
  .refine((input) => (input.memberId == null) !== (input.unitId == null), {
    message: "must name exactly one of `memberId` and `unitId`",
    path: ["memberId"],
  })
  .refine((input) => (input.result != null) === (EVALUATION_KINDS as readonly string[]).includes(input.kind), {
    message: "is required for the two evaluations and not allowed for deliberations and disclosures",
    path: ["result"],
  });

const verifyInput = z.object({ recordId: id });
const awardInput = z.object({
  memberId: id,
  year: z
    .number()
    .int()
    .min(2000, "must be 2000 or later")
    .refine((year) => year <= currentYear(), "must not be in the future"),
});

const snapshot = (row: EvaluationRecordRow) => ({
  memberId: row.memberId,
  unitId: row.unitId,
  estateId: row.estateId,
  kind: row.kind,
  period: row.period,
  result: row.result,
  recordedOn: row.recordedOn,
  verified: row.verifiedAt !== null,
});

/** Reads 初心指数 for many members and one year at a time: one statement per year asked in a request. */
export function aspirationLoader(repository: RecognitionRepository) {
  return new DataLoader<{ memberId: string; year: number }, AspirationIndexRow, string>(
    async (keys) => {
      const years = [...new Set(keys.map((key) => key.year))];
      const rows = new Map<string, AspirationIndexRow>();
      for (const year of years) {
        const ids = keys.filter((key) => key.year === year).map((key) => key.memberId);
        for (const row of await repository.aspirationByMemberIds(ids, year)) rows.set(`${row.memberId}/${year}`, row);
      }
      return keys.map(({ memberId, year }) => {
        const row = rows.get(`${memberId}/${year}`);
        if (!row) throw new Error("aspirationByMemberIds must answer every member asked for");
        return row;
      });
    },
    { cacheKeyFn: (key) => `${key.memberId}/${key.year}` },
  );
}

/** The year an `aspirationIndex(year:)` asks for: the current one by default, 2000 to 2100. */
export function indexYear(year: number | null | undefined): number {
  const value = year ?? currentYear();
  if (!Number.isInteger(value) || value < 2000 || value > 2100) {
    throw badUserInput("`year` must be between 2000 and 2100.", { argumentName: "year" });
  }
  return value;
}

/**
 * Who reads a unit's evaluations and deliberations: the party organization's and the county's
 * administrators, branch secretaries and community workers (who work with units in every
 * estate), and the unit's own liaison. Everyone else sees its verified disclosures.
 */
export function mayReadUnitEvaluations(caller: Caller, unitId: string): boolean {
  return (
    isAgencyAdmin(caller, "party") ||
    grantsOf(caller, "county_admin").length > 0 ||
    hasRole(caller, "branch_secretary") ||
    hasRole(caller, "community_worker") ||
    scopeIds(caller, "unit_liaison").includes(unitId)
  );
}

/**
 * Who reads a member's evaluations and deliberations: the party organization's and the county's
 * administrators, the secretary of the member's branch, the community workers of the member's
 * community.
 */
export function mayReadMemberEvaluations(
  caller: Caller,
  member: { branchId: string | null },
  communityId: string,
): boolean {
  return (
    isAgencyAdmin(caller, "party") ||
    grantsOf(caller, "county_admin").length > 0 ||
    (member.branchId !== null && scopeIds(caller, "branch_secretary").includes(member.branchId)) ||
    scopeIds(caller, "community_worker").includes(communityId)
  );
}

/** Whether the caller reads this member's evaluations (and so their index), by the member's branch and community. */
export async function readsMemberEvaluations(
  member: { branchId: string | null; estateId: string },
  {
    caller,
    places,
  }: { caller: Caller; places: { loaders: { estateById: DataLoader<string, { communityId: string } | null> } } },
): Promise<boolean> {
  const estate = await places.loaders.estateById.load(member.estateId);
  return estate !== null && mayReadMemberEvaluations(caller, member, estate.communityId);
}

/** 两评两议两公开 is for in-service members, recorded by the estate where they live and report (亮身份). */
function assertReportsTo(member: { kind: string; estateId: string }, estateId: string): void {
  if (member.kind !== "IN_SERVICE") {
    throw badUserInput("`memberId` must name an in-service member (在职党员): 两评两议两公开 is for them.", {
      argumentName: "input",
      field: "memberId",
    });
  }
  if (member.estateId !== estateId) {
    throw badUserInput("`estateId` must be the estate where the member lives and reports (亮身份).", {
      argumentName: "input",
      field: "estateId",
    });
  }
}

// 两评两议两公开 records made and verified, and 党员之星 awarded, by the estates' branches.

export function recordEvaluation(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<EvaluationRecordRow> {
  const values = parseInput(recordInput, input);
  const scope = branchScope(meta.caller);
  return conflictOnRaceLost({ evaluation_records_pkey: "A record with this id already exists." }, () =>
    auditedWrite(db, meta, { action: "recordEvaluation", entityType: "EvaluationRecord" }, async (tx) => {
      const repository = new RecognitionRepository(tx);
      const member = values.memberId ? await repository.memberById(values.memberId) : null;
      if (values.memberId && !member) throw notFound("There is no party member with this id.");
      const created = await repository.insertWithin(
        {
          id: values.id ?? randomUUID(),
          memberId: values.memberId ?? null,
          unitId: values.unitId ?? null,
          estateId: values.estateId,
          kind: values.kind,
          period: values.period,
          result: values.result ?? null,
          text: values.text,
          recordedOn: values.recordedOn,
          recordedBy: meta.caller.subject ?? "",
        },
        scope,
      );
      if (!created) {
        throw (await repository.estateExists(values.estateId))
          ? denied(meta.caller)
          : notFound("There is no estate with this id.");
      }
      // Checked after the scope (the transaction rolls the record back), so a caller outside
      // the estate learns nothing about the member.
      if (member) assertReportsTo(member, values.estateId);
      return { entityId: created.id, before: null, after: snapshot(created), result: created };
    }),
  );
}

export function verifyEvaluation(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<EvaluationRecordRow> {
  const { recordId } = parseInput(verifyInput, input);
  const scope = branchScope(meta.caller);
  return auditedWrite(db, meta, { action: "verifyEvaluation", entityType: "EvaluationRecord" }, async (tx) => {
    const repository = new RecognitionRepository(tx);
    const before = await repository.lockById(recordId);
    if (!before) throw notFound("There is no evaluation record with this id.");
    if (before.verifiedAt !== null) throw invalidTransition("This record is already verified.");
    const after = await repository.verifyWithin(recordId, meta.caller.subject ?? "", scope);
    if (!after) throw denied(meta.caller);
    return { entityId: recordId, before: snapshot(before), after: snapshot(after), result: after };
  });
}

/** Awards 党员之星 when the published rule holds, computed from verified records inside the award's transaction. */
export function awardPartyMemberStar(
  db: PartyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<PartyMemberStarRow> {
  const { memberId, year } = parseInput(awardInput, input);
  const caller = meta.caller;
  return conflictOnRaceLost(
    { party_member_stars_member_year_key: "The member already has the star for this year." },
    () =>
      auditedWrite(db, meta, { action: "awardPartyMemberStar", entityType: "PartyMemberStar" }, async (tx) => {
        const repository = new RecognitionRepository(tx);
        const member = await repository.memberById(memberId);
        if (!member) throw notFound("There is no party member with this id.");
        const mayAward =
          isAgencyAdmin(caller, "party") ||
          (member.branchId !== null && scopeIds(caller, "branch_secretary").includes(member.branchId));
        if (!mayAward) throw denied(caller);
        const [index] = await repository.aspirationByMemberIds([memberId], year);
        if (!index) throw new Error("aspirationByMemberIds must answer every member asked for");
        if (index.score < STAR_RULE.minScore) {
          throw codedError(
            "NOT_QUALIFIED",
            `The member's aspiration index for ${year} is ${index.score}; a star needs at least ${STAR_RULE.minScore}.`,
            { score: index.score, minScore: STAR_RULE.minScore },
          );
        }
        if (index.hasFailingEvaluation) {
          throw codedError("NOT_QUALIFIED", `A verified evaluation of ${year} failed (不合格): no star that year.`, {
            score: index.score,
          });
        }
        const star = await repository.insertStar({
          memberId,
          year,
          score: index.score,
          awardedBy: caller.subject ?? "",
        });
        return { entityId: star.id, before: null, after: { memberId, year, score: star.score }, result: star };
      }),
  );
}
