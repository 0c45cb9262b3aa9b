import { countyCopy, type DemoCounty, xianyouCounty } from "@linli/demo-county";
import { subgraphs } from "@linli/schema";
import { type Database, type DatabaseHandle, openDatabase, type SubgraphDefinition } from "@linli/service-kit";

export interface Agency {
  definition: SubgraphDefinition<Record<string, unknown>>;
  // biome-ignore lint/suspicious/noExplicitAny: each loader takes its own agency's database type
  load: (db: Database<any>, county: DemoCounty) => Promise<void>;
}

/** An agency's package as the registry names it: its definition under the agency's name, and its demo entry's loader. */
async function agencyOf(subgraph: { name: string; package: string }): Promise<[string, Agency]> {
  const [exports, demo] = (await Promise.all([import(subgraph.package), import(`${subgraph.package}/demo`)])) as Record<
    string,
    unknown
  >[];
  const definition = exports?.[subgraph.name] as Agency["definition"] | undefined;
  const load = demo?.loadCounty as Agency["load"] | undefined;
  if (!definition?.migrationsFolder || typeof load !== "function") {
    throw new Error(`${subgraph.package} exports no definition named ${subgraph.name}, or its ./demo no loadCounty`);
  }
  return [subgraph.name, { definition, load }];
}

/** Each subgraph's database schema, migrations and demo loader, by subgraph name, from the registry (`schema/subgraphs.ts`). */
export const agencies: Record<string, Agency> = Object.fromEntries(await Promise.all(subgraphs.map(agencyOf)));

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
