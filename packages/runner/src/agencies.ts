import { countyCopy, type DemoCounty, xianyouCounty } from "@linli/demo-county";
import { loadCounty as loadParty, party } from "@linli/party";
import { loadCounty as loadProperty, property } from "@linli/property";
import { type Database, type DatabaseHandle, openDatabase, type SubgraphDefinition } from "@linli/service-kit";
import { loadCounty as loadUnits, units } from "@linli/units";
import { loadCounty as loadVolunteer, volunteer } from "@linli/volunteer";

export interface Agency {
  definition: SubgraphDefinition<Record<string, unknown>>;
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

export interface AgencyDatabase {
  name: string;
  handle: DatabaseHandle<Record<string, unknown>>;
}

/**
 * Opens and migrates each subgraph's database (a PostgreSQL URL, else a PGlite folder), in
 * order; `onMigrated` hears of each. The caller closes them; on a failure those opened so far
 * are closed here.
 */
export async function openAgencyDatabases(
  targets: readonly { name: string; url?: string | undefined; dataDir?: string | undefined }[],
  onMigrated: (opened: AgencyDatabase) => void = () => {},
): Promise<AgencyDatabase[]> {
  const opened: AgencyDatabase[] = [];
  try {
    for (const target of targets) {
      const agency = agencies[target.name];
      if (!agency) throw new Error(`no demo loader for subgraph ${target.name}`);
      const handle = await openDatabase({
        url: target.url,
        dataDir: target.url ? undefined : target.dataDir,
        schema: agency.definition.dbSchema,
      });
      opened.push({ name: target.name, handle });
      await handle.migrate(agency.definition.migrationsFolder);
      onMigrated({ name: target.name, handle });
    }
    return opened;
  } catch (error) {
    for (const { handle } of opened) await handle.close();
    throw error;
  }
}

/** Loads copies 1 to `scale` of the demo county; each agency its own part into its own database. */
export async function loadCountyCopies(
  databases: readonly AgencyDatabase[],
  scale: number,
  onCopy: (copy: number) => void = () => {},
): Promise<void> {
  const base = xianyouCounty();
  for (let copy = 1; copy <= scale; copy += 1) {
    const county = countyCopy(base, copy);
    // No subgraph reads another's database.
    for (const { name, handle } of databases) await agencies[name]?.load(handle.db, county);
    onCopy(copy);
  }
}
