import type { PageRequest } from "@linli/service-kit";
import { countChildren, uuids } from "@linli/service-kit";
import { and, asc, desc, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import { estateExistsIn, type PartyDatabase } from "../db";
import {
  type EvaluationRecordRow,
  estates,
  evaluationRecords,
  type PartyMemberStarRow,
  partyMemberStars,
  partyMembers,
} from "../db/schema";
import { type EstateScope, estateWithin } from "../scope";

/** Evaluation records are listed in the order they were recorded (`seq`): the cursor is that number. */
export const evaluationSortKey = (row: { seq: number }): string[] => [String(row.seq)];

/** 两公开 — the kinds that are public by nature once verified. */
export const DISCLOSURE_KINDS = ["COMMITMENT_DISCLOSURE", "PERFORMANCE_DISCLOSURE"] as const;
export const EVALUATION_KINDS = ["ORGANIZATION_EVALUATION", "RESIDENT_EVALUATION"] as const;

/** 初心指数 — one member's index for one year, with its parts (see AspirationIndex in the SDL). */
export interface AspirationIndexRow {
  memberId: string;
  year: number;
  score: number;
  evaluationPoints: number;
  deliberationPoints: number;
  disclosurePoints: number;
  gridPostPoints: number;
  verifiedRecords: number;
  hasFailingEvaluation: boolean;
}

export type NewEvaluation = Pick<
  EvaluationRecordRow,
  "id" | "memberId" | "unitId" | "estateId" | "kind" | "period" | "result" | "text" | "recordedOn" | "recordedBy"
>;

export type NewStar = Pick<PartyMemberStarRow, "memberId" | "year" | "score" | "awardedBy">;

/** Who a subject's list is for: every record, or the verified disclosures only. */
export type EvaluationAudience = "entitled" | "public";

const afterSeq = (page: PageRequest): SQL | undefined =>
  page.after ? sql`${evaluationRecords.seq} > ${Number(page.after[0])}` : undefined;

const audienceFilter = (audience: EvaluationAudience): SQL | undefined =>
  audience === "entitled"
    ? undefined
    : and(sql`${evaluationRecords.verifiedAt} IS NOT NULL`, inArray(evaluationRecords.kind, [...DISCLOSURE_KINDS]));

/** SQL for 两评两议两公开 records, the aspiration index computed from them, and 党员之星. */
export class RecognitionRepository {
  constructor(private readonly db: PartyDatabase) {}

  byIds(ids: string[]): Promise<EvaluationRecordRow[]> {
    return this.db.select().from(evaluationRecords).where(inArray(evaluationRecords.id, ids));
  }

  /** One page of records per member (or per unit), oldest first, in one statement. */
  async pagesBySubjectIds(
    subject: "member" | "unit",
    ids: string[],
    page: PageRequest,
    audience: EvaluationAudience,
  ): Promise<EvaluationRecordRow[]> {
    const parent = subject === "member" ? evaluationRecords.memberId : evaluationRecords.unitId;
    const ranked = this.db
      .select({
        id: evaluationRecords.id,
        rank: sql<number>`row_number() over (partition by ${parent} order by ${evaluationRecords.seq})`.as("rank"),
      })
      .from(evaluationRecords)
      .where(and(inArray(parent, ids), audienceFilter(audience), afterSeq(page)))
      .as("ranked");
    return this.db
      .select({ record: evaluationRecords })
      .from(ranked)
      .innerJoin(evaluationRecords, eq(evaluationRecords.id, ranked.id))
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(evaluationRecords.seq))
      .then((rows) => rows.map((row) => row.record));
  }

  /** How many records each member or unit has that this audience may see. */
  countsBySubjectIds(subject: "member" | "unit", ids: string[], audience: EvaluationAudience) {
    const parent = subject === "member" ? evaluationRecords.memberId : evaluationRecords.unitId;
    return countChildren(this.db, evaluationRecords, parent, audienceFilter(audience))(ids);
  }

  /** The member, if any: whether they are in service and where they live. */
  async memberById(
    id: string,
  ): Promise<{ id: string; kind: string; estateId: string; branchId: string | null } | null> {
    const [row] = await this.db
      .select({
        id: partyMembers.id,
        kind: partyMembers.kind,
        estateId: partyMembers.estateId,
        branchId: partyMembers.branchId,
      })
      .from(partyMembers)
      .where(eq(partyMembers.id, id));
    return row ?? null;
  }

  async estateExists(id: string): Promise<boolean> {
    return estateExistsIn(this.db, id);
  }

  /** Records one only for an estate within the scope, in one statement; null when outside it. */
  async insertWithin(values: NewEvaluation, scope: EstateScope): Promise<EvaluationRecordRow | null> {
    const result = (await this.db.execute(sql`
      INSERT INTO ${evaluationRecords} (id, member_id, unit_id, estate_id, kind, period, result, text, recorded_on, recorded_by)
      SELECT ${values.id}::uuid, ${values.memberId}::uuid, ${values.unitId}::uuid, ${estates.id}, ${values.kind}::evaluation_kind,
        ${values.period}::text, ${values.result}::evaluation_result, ${values.text}::text, ${values.recordedOn}::date,
        ${values.recordedBy}::text
      FROM ${estates}
      WHERE ${estates.id} = ${values.estateId}::uuid AND ${estateWithin(scope, estates.id)}
      RETURNING id`)) as unknown as { rows: { id: string }[] };
    const id = result.rows[0]?.id;
    if (!id) return null;
    const [row] = await this.byIds([id]);
    return row ?? null;
  }

  async lockById(id: string): Promise<EvaluationRecordRow | null> {
    const [row] = await this.db.select().from(evaluationRecords).where(eq(evaluationRecords.id, id)).for("update");
    return row ?? null;
  }

  /** Verifies an unverified record whose estate is within the scope; null when outside it. */
  async verifyWithin(id: string, verifier: string, scope: EstateScope): Promise<EvaluationRecordRow | null> {
    const [row] = await this.db
      .update(evaluationRecords)
      .set({ verifiedAt: sql`now()`, verifiedBy: verifier })
      .where(
        and(
          eq(evaluationRecords.id, id),
          sql`${evaluationRecords.verifiedAt} IS NULL`,
          estateWithin(scope, evaluationRecords.estateId),
        ),
      )
      .returning();
    return row ?? null;
  }

  /**
   * 初心指数 of each member for a year, in one statement, from verified records only: the points of
   * the rule documented on AspirationIndex in the SDL. Every id asked for gets a row.
   */
  async aspirationByMemberIds(memberIds: string[], year: number): Promise<AspirationIndexRow[]> {
    const result = (await this.db.execute(sql`
      WITH asked AS (SELECT DISTINCT unnest(${uuids(memberIds)}) AS member_id),
      records AS (
        SELECT e.member_id,
          coalesce(sum(CASE e.result WHEN 'EXCELLENT' THEN 10 WHEN 'GOOD' THEN 6 WHEN 'PASS' THEN 3 ELSE 0 END)
            FILTER (WHERE e.kind IN ('ORGANIZATION_EVALUATION', 'RESIDENT_EVALUATION')), 0)::int AS evaluation_points,
          (4 * count(*) FILTER (WHERE e.kind IN ('AFFAIRS_DELIBERATION', 'REPORT_DELIBERATION')))::int AS deliberation_points,
          (2 * count(*) FILTER (WHERE e.kind IN ('COMMITMENT_DISCLOSURE', 'PERFORMANCE_DISCLOSURE')))::int AS disclosure_points,
          count(*)::int AS verified_records,
          coalesce(bool_or(e.result = 'FAIL'), false) AS failing
        FROM evaluation_records e
        WHERE e.member_id IN (SELECT member_id FROM asked)
          AND e.verified_at IS NOT NULL
          AND left(e.period, 4) = ${String(year)}::text
        GROUP BY e.member_id
      ),
      posts AS (
        SELECT p.member_id,
          sum(CASE WHEN held.held_to < held.held_from THEN 0
            ELSE (extract(year FROM age(held.held_to + 1, held.held_from)) * 12 + extract(month FROM age(held.held_to + 1, held.held_from)))::int
          END)::int AS grid_post_points
        FROM grid_leader_posts p
        CROSS JOIN LATERAL (
          SELECT greatest(p.since, make_date(${year}::int, 1, 1)) AS held_from,
            least(coalesce(p.ended_on, current_date), make_date(${year}::int, 12, 31)) AS held_to
        ) held
        WHERE p.member_id IN (SELECT member_id FROM asked)
        GROUP BY p.member_id
      )
      SELECT asked.member_id,
        coalesce(r.evaluation_points, 0) AS evaluation_points,
        coalesce(r.deliberation_points, 0) AS deliberation_points,
        coalesce(r.disclosure_points, 0) AS disclosure_points,
        coalesce(p.grid_post_points, 0) AS grid_post_points,
        coalesce(r.verified_records, 0) AS verified_records,
        coalesce(r.failing, false) AS failing
      FROM asked
      LEFT JOIN records r ON r.member_id = asked.member_id
      LEFT JOIN posts p ON p.member_id = asked.member_id`)) as unknown as {
      rows: {
        member_id: string;
        evaluation_points: number;
        deliberation_points: number;
        disclosure_points: number;
        grid_post_points: number;
        verified_records: number;
        failing: boolean;
      }[];
    };
    return result.rows.map((row) => {
      const parts = {
        evaluationPoints: Number(row.evaluation_points),
        deliberationPoints: Number(row.deliberation_points),
        disclosurePoints: Number(row.disclosure_points),
        gridPostPoints: Number(row.grid_post_points),
      };
      return {
        memberId: row.member_id,
        year,
        score: parts.evaluationPoints + parts.deliberationPoints + parts.disclosurePoints + parts.gridPostPoints,
        ...parts,
        verifiedRecords: Number(row.verified_records),
        hasFailingEvaluation: row.failing,
      };
    });
  }

  /** Each member's stars, newest year first. */
  starsByMemberIds(memberIds: string[]): Promise<PartyMemberStarRow[]> {
    return this.db
      .select()
      .from(partyMemberStars)
      .where(inArray(partyMemberStars.memberId, memberIds))
      .orderBy(desc(partyMemberStars.year));
  }

  async insertStar(values: NewStar): Promise<PartyMemberStarRow> {
    const [row] = await this.db
      .insert(partyMemberStars)
      .values({ ...values, awardedOn: sql`current_date` })
      .returning();
    if (!row) throw new Error("INSERT … RETURNING returned no row");
    return row;
  }
}
