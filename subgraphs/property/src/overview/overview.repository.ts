import { type PlaceScope, scopeEstatesRelation } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import { redProperty } from "../companies/staff.repository";
import type { PropertyDatabase } from "../db";

/** A place of the party registry as the gateway sends it: its key. */
export type PlaceRef = { id: string };

export interface PropertyFiguresRow {
  managedEstates: number;
  propertyCompanies: number;
  redPropertyCompanies: number;
  ownersCommittees: number;
  redOwnersCommittees: number;
  selfGovernanceCouncils: number;
}

export const emptyPropertyFigures = (): PropertyFiguresRow => ({
  managedEstates: 0,
  propertyCompanies: 0,
  redPropertyCompanies: 0,
  ownersCommittees: 0,
  redOwnersCommittees: 0,
  selfGovernanceCouncils: 0,
});

/** The property authority's dashboard figures: one statement for every place of a request. */
export class OverviewRepository {
  constructor(private readonly db: PropertyDatabase) {}

  async figures(scopes: readonly PlaceScope[]): Promise<Map<string, PropertyFiguresRow>> {
    const result = (await this.db.execute(sql`
      WITH se AS ${scopeEstatesRelation(scopes)},
      managed AS (
        SELECT se.key, mc.estate_id, mc.company_id
        FROM se JOIN management_contracts mc ON mc.estate_id = se.estate_id AND mc.ends_on IS NULL
      ),
      committees AS (
        SELECT se.key, oc.id,
               EXISTS (SELECT 1 FROM owners_committee_members m
                       WHERE m.committee_id = oc.id AND m.party_member_id IS NOT NULL) AS red
        FROM se JOIN owners_committees oc ON oc.estate_id = se.estate_id AND oc.succeeded_on IS NULL
      )
      SELECT keys.key,
        (SELECT count(DISTINCT estate_id) FROM managed m WHERE m.key = keys.key)::int AS managed,
        (SELECT count(DISTINCT company_id) FROM managed m WHERE m.key = keys.key)::int AS companies,
        (SELECT count(*) FROM property_companies pc
          WHERE pc.id IN (SELECT company_id FROM managed m WHERE m.key = keys.key) AND ${redProperty("pc")})::int AS red,
        (SELECT count(*) FROM committees c WHERE c.key = keys.key)::int AS committees,
        (SELECT count(*) FROM committees c WHERE c.key = keys.key AND c.red)::int AS red_committees,
        (SELECT count(*) FROM se JOIN self_governance_councils sg ON sg.estate_id = se.estate_id
          WHERE se.key = keys.key)::int AS councils
      FROM (SELECT DISTINCT key FROM se) keys`)) as unknown as {
      rows: {
        key: string;
        managed: number;
        companies: number;
        red: number;
        committees: number;
        red_committees: number;
        councils: number;
      }[];
    };
    return new Map(
      result.rows.map((row) => [
        row.key,
        {
          managedEstates: row.managed,
          propertyCompanies: row.companies,
          redPropertyCompanies: row.red,
          ownersCommittees: row.committees,
          redOwnersCommittees: row.red_committees,
          selfGovernanceCouncils: row.councils,
        },
      ]),
    );
  }
}
