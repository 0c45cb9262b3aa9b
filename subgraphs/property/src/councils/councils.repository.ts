import type { PageRequest } from "@linli/service-kit";
import { countChildren } from "@linli/service-kit";
import { and, asc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { PropertyDatabase } from "../db";
import {
  type LedgerEntryRow,
  ledgerEntries,
  type SelfGovernanceCouncilRow,
  selfGovernanceCouncils,
} from "../db/schema";

/** Ledger entries are listed newest first: by the day they occurred, then id; the cursor is that pair. */
export const entrySortKey = (row: LedgerEntryRow): string[] => [row.occurredOn, row.id];

const afterEntry = (page: PageRequest): SQL | undefined =>
  page.after
    ? sql`(${ledgerEntries.occurredOn}, ${ledgerEntries.id}) < (${page.after[0]}::date, ${page.after[1]}::uuid)`
    : undefined;

/** An entry as recorded; the database gives it its id and time. */
export type NewLedgerEntry = Pick<
  LedgerEntryRow,
  "councilId" | "kind" | "amountFen" | "memo" | "occurredOn" | "correctsEntryId" | "recordedBy"
>;

/** SQL for self-governance councils (业主自治会) and their append-only fee ledgers. */
export class CouncilsRepository {
  constructor(private readonly db: PropertyDatabase) {}

  byIds(ids: string[]): Promise<SelfGovernanceCouncilRow[]> {
    return this.db.select().from(selfGovernanceCouncils).where(inArray(selfGovernanceCouncils.id, ids));
  }

  byEstateIds(estateIds: string[]): Promise<SelfGovernanceCouncilRow[]> {
    return this.db.select().from(selfGovernanceCouncils).where(inArray(selfGovernanceCouncils.estateId, estateIds));
  }

  entriesByIds(ids: string[]): Promise<LedgerEntryRow[]> {
    return this.db.select().from(ledgerEntries).where(inArray(ledgerEntries.id, ids));
  }

  /** The same page of ledger entries for each of several councils, in one statement. */
  /** How many ledger entries each council has. */
  entryCountsByCouncilIds(councilIds: string[]) {
    return countChildren(this.db, ledgerEntries, ledgerEntries.councilId)(councilIds);
  }

  async entryPagesByCouncilIds(councilIds: string[], page: PageRequest): Promise<LedgerEntryRow[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(ledgerEntries),
        rank: sql<number>`row_number() over (partition by ${ledgerEntries.councilId} order by ${ledgerEntries.occurredOn} desc, ${ledgerEntries.id} desc)`.as(
          "rank",
        ),
      })
      .from(ledgerEntries)
      .where(and(inArray(ledgerEntries.councilId, councilIds), afterEntry(page)))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.councilId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...entry }) => entry);
  }

  /**
   * Each council's balance in fen, summed by PostgreSQL over every entry (income minus expense);
   * it is never stored. A council without entries has none here (its balance is 0).
   */
  balancesByCouncilIds(councilIds: string[]): Promise<{ councilId: string; balanceFen: number }[]> {
    return this.db
      .select({
        councilId: ledgerEntries.councilId,
        balanceFen: sql<number>`sum(case when ${ledgerEntries.kind} = 'INCOME' then ${ledgerEntries.amountFen}::bigint else -${ledgerEntries.amountFen}::bigint end)::int`,
      })
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.councilId, councilIds))
      .groupBy(ledgerEntries.councilId);
  }

  /** Whether `entryId` is an entry of `councilId`'s ledger. */
  async hasEntry(councilId: string, entryId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: ledgerEntries.id })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.councilId, councilId), eq(ledgerEntries.id, entryId)));
    return Boolean(row);
  }

  /**
   * Appends an entry to a council's ledger, in one statement that also checks the council exists
   * (INSERT … SELECT FROM self_governance_councils WHERE id = $councilId AND $isAdmin). Null when
   * it does not, or the caller may not record entries. There is no method to change or remove
   * one: the table's trigger would refuse it anyway.
   */
  async appendWithin(values: NewLedgerEntry, isAdmin: boolean): Promise<LedgerEntryRow | null> {
    const [row] = await this.db
      .insert(ledgerEntries)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            councilId: selfGovernanceCouncils.id,
            kind: sql<LedgerEntryRow["kind"]>`${values.kind}::ledger_entry_kind`.as("kind"),
            amountFen: sql<number>`${values.amountFen}::integer`.as("amount_fen"),
            memo: sql<string>`${values.memo}::text`.as("memo"),
            occurredOn: sql<string>`${values.occurredOn}::date`.as("occurred_on"),
            correctsEntryId: sql<string | null>`${values.correctsEntryId}::uuid`.as("corrects_entry_id"),
            recordedBy: sql<string | null>`${values.recordedBy}::text`.as("recorded_by"),
            recordedAt: sql<Date>`now()`.as("recorded_at"),
          })
          .from(selfGovernanceCouncils)
          .where(and(eq(selfGovernanceCouncils.id, values.councilId), sql`${sql.param(isAdmin)}::boolean`)),
      )
      .returning();
    return row ?? null;
  }
}
