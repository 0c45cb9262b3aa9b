import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { estateExistsIn, type PartyDatabase } from "../db";
import { estates, type ProblemRoutingRuleRow, partyBranches, problemRoutingRules } from "../db/schema";
import { type EstateScope, estateWithin } from "../scope";

export interface RoutingRuleValues {
  estateId: string;
  category: ProblemRoutingRuleRow["category"];
  responsibleKind: ProblemRoutingRuleRow["responsibleKind"];
  responsibleId: string;
}

/** SQL for problem routing rules (派单规则). */
export class RoutingRepository {
  constructor(private readonly db: PartyDatabase) {}

  byEstateIds(estateIds: string[]): Promise<ProblemRoutingRuleRow[]> {
    return this.db
      .select()
      .from(problemRoutingRules)
      .where(inArray(problemRoutingRules.estateId, estateIds))
      .orderBy(asc(problemRoutingRules.category));
  }

  async byEstateAndCategory(estateId: string, category: RoutingRuleValues["category"]) {
    const [row] = await this.db
      .select()
      .from(problemRoutingRules)
      .where(and(eq(problemRoutingRules.estateId, estateId), eq(problemRoutingRules.category, category)))
      .for("update");
    return row ?? null;
  }

  async estateExists(id: string): Promise<boolean> {
    return estateExistsIn(this.db, id);
  }

  async branchExists(id: string): Promise<boolean> {
    const [row] = await this.db.select({ id: partyBranches.id }).from(partyBranches).where(eq(partyBranches.id, id));
    return row !== undefined;
  }

  /**
   * Sets the rule in one statement only for an estate within the scope (INSERT … SELECT FROM estates
   * WHERE id = $1 AND <scope> ON CONFLICT (estate, category) DO UPDATE): a new rule starts at version 1,
   * a replaced one goes one up. Null when outside it or unknown.
   */
  async upsertWithin(values: RoutingRuleValues, scope: EstateScope): Promise<ProblemRoutingRuleRow | null> {
    const result = (await this.db.execute(sql`
      INSERT INTO ${problemRoutingRules} (estate_id, category, responsible_kind, responsible_id)
      SELECT ${estates.id}, ${values.category}::problem_category, ${values.responsibleKind}::responsible_kind, ${values.responsibleId}::uuid
      FROM ${estates}
      WHERE ${estates.id} = ${values.estateId}::uuid AND ${estateWithin(scope, estates.id)}
      ON CONFLICT (estate_id, category) DO UPDATE
        SET responsible_kind = EXCLUDED.responsible_kind, responsible_id = EXCLUDED.responsible_id,
          version = ${problemRoutingRules}.version + 1
      RETURNING id`)) as unknown as { rows: { id: string }[] };
    const id = result.rows[0]?.id;
    if (!id) return null;
    const [row] = await this.db.select().from(problemRoutingRules).where(eq(problemRoutingRules.id, id));
    return row ?? null;
  }
}
