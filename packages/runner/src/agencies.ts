import type { DemoCounty } from "@linli/demo-county";
import { loadCounty as loadParty, party } from "@linli/party";
import { loadCounty as loadProperty, property } from "@linli/property";
import type { Database } from "@linli/service-kit";
import { loadCounty as loadUnits, units } from "@linli/units";
import { loadCounty as loadVolunteer, volunteer } from "@linli/volunteer";

export interface Agency {
  definition: { dbSchema: Record<string, unknown>; migrationsFolder: string };
  // biome-ignore lint/suspicious/noExplicitAny: each loader takes its own agency's database type
  load: (db: Database<any>, county: DemoCounty) => Promise<void>;
}

/** Each subgraph's database schema, migrations and demo loader, by subgraph name (`schema/subgraphs.ts`). */
export const agencies: Record<string, Agency> = {
  party: { definition: party, load: loadParty },
  property: { definition: property, load: loadProperty },
  units: { definition: units, load: loadUnits },
  volunteer: { definition: volunteer, load: loadVolunteer },
};
