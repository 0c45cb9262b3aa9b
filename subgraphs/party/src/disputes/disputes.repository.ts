import type { PageRequest } from "@linli/service-kit";
import { countChildren, uuids } from "@linli/service-kit";
import { and, asc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import { estateExistsIn, type PartyDatabase } from "../db";
import {
  branchEstates,
  type DisputePartyRow,
  type DisputeRow,
  type DisputeTransitionRow,
  disputeParties,
  disputes,
  disputeTransitions,
  estates,
  type MediationSessionRow,
  type MediatorRow,
  mediationSessions,
  mediators,
} from "../db/schema";

export type DisputeStatus = DisputeRow["status"];

/**
 * Who may read and write disputes: the party administrator (every estate), the secretaries of these
 * branches (their estates), the community workers of these communities (their estates). Nobody else.
 */
export interface DisputeScope {
  isAdmin: boolean;
  branchIds: readonly string[];
  communityIds: readonly string[];
}

/** The ownership clause on a dispute's estate: part of every read and write of disputes. */
function within(scope: DisputeScope): SQL {
  return sql`(${sql.param(scope.isAdmin)}::boolean
    OR ${disputes.estateId} IN (SELECT ${branchEstates.estateId} FROM ${branchEstates} WHERE ${branchEstates.branchId} = ANY(${uuids(scope.branchIds)}))
    OR ${disputes.estateId} IN (SELECT ${estates.id} FROM ${estates} WHERE ${estates.communityId} = ANY(${uuids(scope.communityIds)})))`;
}

export const disputeSortKey = (row: { seq: number }): string[] => [String(row.seq)];

export interface NewDispute {
  estateId: string;
  title: string;
  summary: string;
  mediatorId: string;
  parties: { name: string; role: string }[];
}

/** SQL for disputes (矛盾纠纷). Every statement that reads or writes a dispute carries the caller's scope. */
export class DisputesRepository {
  constructor(private readonly db: PartyDatabase) {}

  byIdsWithin(ids: string[], scope: DisputeScope): Promise<DisputeRow[]> {
    return this.db
      .select()
      .from(disputes)
      .where(and(inArray(disputes.id, ids), within(scope)));
  }

  /** Each estate's disputes within the scope, newest first, one page per estate in one statement. */
  async pagesByEstateIdsWithin(estateIds: string[], page: PageRequest, scope: DisputeScope): Promise<DisputeRow[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(disputes),
        rank: sql<number>`row_number() over (partition by ${disputes.estateId} order by ${disputes.seq} desc)`.as(
          "rank",
        ),
      })
      .from(disputes)
      .where(
        and(
          inArray(disputes.estateId, estateIds),
          within(scope),
          page.after ? sql`${disputes.seq} < ${page.after[0]}::bigint` : undefined,
        ),
      )
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.estateId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  /** How many disputes within the caller's estates each estate has. */
  countsByEstateIdsWithin(estateIds: string[], scope: DisputeScope) {
    return countChildren(this.db, disputes, disputes.estateId, within(scope))(estateIds);
  }

  /** How many sessions each dispute has. */
  sessionCountsByDisputeIds(ids: string[]) {
    return countChildren(this.db, mediationSessions, mediationSessions.disputeId)(ids);
  }

  partiesByDisputeIds(ids: string[]): Promise<DisputePartyRow[]> {
    return this.db
      .select()
      .from(disputeParties)
      .where(inArray(disputeParties.disputeId, ids))
      .orderBy(asc(disputeParties.disputeId), asc(disputeParties.position));
  }

  historyByDisputeIds(ids: string[]): Promise<DisputeTransitionRow[]> {
    return this.db
      .select()
      .from(disputeTransitions)
      .where(inArray(disputeTransitions.disputeId, ids))
      .orderBy(asc(disputeTransitions.seq));
  }

  async sessionPagesByDisputeIds(ids: string[], page: PageRequest): Promise<MediationSessionRow[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(mediationSessions),
        rank: sql<number>`row_number() over (partition by ${mediationSessions.disputeId} order by ${mediationSessions.seq})`.as(
          "rank",
        ),
      })
      .from(mediationSessions)
      .where(
        and(
          inArray(mediationSessions.disputeId, ids),
          page.after ? sql`${mediationSessions.seq} > ${page.after[0]}::bigint` : undefined,
        ),
      )
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.disputeId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  mediatorsByIds(ids: string[]): Promise<MediatorRow[]> {
    return this.db.select().from(mediators).where(inArray(mediators.id, ids));
  }

  async estateExists(id: string): Promise<boolean> {
    return estateExistsIn(this.db, id);
  }

  /**
   * Registers a dispute in one statement only for an estate within the scope (INSERT … SELECT FROM
   * estates WHERE id = $1 AND <scope>), then its parties. Null when the estate is outside the scope.
   */
  async insertWithin(values: NewDispute, scope: DisputeScope): Promise<DisputeRow | null> {
    const result = (await this.db.execute(sql`
      INSERT INTO ${disputes} (estate_id, title, summary, mediator_id)
      SELECT e.id, ${values.title}::text, ${values.summary}::text, ${values.mediatorId}::uuid
      FROM ${estates} e
      WHERE e.id = ${values.estateId}::uuid
        AND (${sql.param(scope.isAdmin)}::boolean
             OR e.id IN (SELECT be.estate_id FROM ${branchEstates} be WHERE be.branch_id = ANY(${uuids(scope.branchIds)}))
             OR e.community_id = ANY(${uuids(scope.communityIds)}))
      RETURNING id`)) as unknown as { rows: { id: string }[] };
    const id = result.rows[0]?.id;
    if (!id) return null;
    await this.db
      .insert(disputeParties)
      .values(values.parties.map((party, position) => ({ disputeId: id, position, ...party })));
    const [row] = await this.db.select().from(disputes).where(eq(disputes.id, id));
    return row ?? null;
  }

  async lockById(id: string): Promise<DisputeRow | null> {
    const [row] = await this.db.select().from(disputes).where(eq(disputes.id, id)).for("update");
    return row ?? null;
  }

  async isWithin(id: string, scope: DisputeScope): Promise<boolean> {
    const [row] = await this.db
      .select({ id: disputes.id })
      .from(disputes)
      .where(and(eq(disputes.id, id), within(scope)));
    return row !== undefined;
  }

  /** UPDATE … WHERE id = $1 AND status = $from AND <scope>; null when no row matched. */
  async moveWithin(
    id: string,
    from: DisputeStatus,
    to: DisputeStatus,
    outcome: string | null,
    scope: DisputeScope,
  ): Promise<DisputeRow | null> {
    const concludes = outcome !== null;
    const [row] = await this.db
      .update(disputes)
      .set({
        status: to,
        updatedAt: sql`now()`,
        ...(concludes ? { outcome, concludedAt: sql`now()` } : {}),
      })
      .where(and(eq(disputes.id, id), eq(disputes.status, from), within(scope)))
      .returning();
    return row ?? null;
  }

  async appendTransition(row: typeof disputeTransitions.$inferInsert): Promise<void> {
    await this.db.insert(disputeTransitions).values(row);
  }

  async insertSession(row: typeof mediationSessions.$inferInsert): Promise<void> {
    await this.db.insert(mediationSessions).values(row);
  }
}
