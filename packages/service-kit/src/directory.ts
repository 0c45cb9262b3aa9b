import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { secretMatches } from "./auth/credential";
import type { Database } from "./db";
import type { Logger } from "./logger";
import { asHousekeeping } from "./metrics";

/**
 * The directory of places: the party registry publishes every change of its place tree
 * (subdistrict, community, estate: created, moved, renamed, removed) through an outbox written
 * by the change's own transaction; each other agency pulls the changes with its own credential
 * and keeps a read-only copy (`directory-tables.ts`), so it answers a place's figures from the
 * place's key alone and never reads the registry's database.
 */

/** The header by which an agency proves it may read the registry's feed; one secret per agency. */
export const DIRECTORY_SECRET_HEADER = "x-linli-directory-secret";

/** The path of the feed on the registry's subgraph. */
export const DIRECTORY_FEED_PATH = "/directory/places";

export type DirectoryPlaceKind = "Subdistrict" | "Community" | "Estate";

/** One change of the place tree, as the outbox recorded it. */
export interface PlaceChange {
  seq: number;
  kind: DirectoryPlaceKind;
  id: string;
  /** The county, subdistrict or community it belongs to; null when removed. */
  parentId: string | null;
  name: string | null;
  removed: boolean;
}

/** One page of the feed: changes after a sequence number, in order, and the outbox's epoch. */
export interface PlaceChangePage {
  epoch: string;
  changes: PlaceChange[];
}

export const FEED_PAGE_MAX = 5_000;

/** What the registry implements: a page of its outbox after `after`, at most `limit` changes. */
export type PlaceChangeReader = (after: number, limit: number) => Promise<PlaceChangePage>;

/**
 * Serves the feed on the registry's server: answered only to a caller presenting one of the
 * readers' secrets (the gateway's credential does not open it, and no reader's opens GraphQL).
 */
export function registerDirectoryFeed(
  app: FastifyInstance,
  read: PlaceChangeReader,
  readerSecrets: Readonly<Record<string, string>>,
  logger: Logger,
): void {
  const readers = Object.entries(readerSecrets);
  app.get(DIRECTORY_FEED_PATH, async (request, reply) => {
    const presented = request.headers[DIRECTORY_SECRET_HEADER];
    const reader = readers.find(([, secret]) => secretMatches(presented, secret))?.[0];
    if (!reader) {
      return reply
        .code(401)
        .send({ errors: [{ message: "Not a reader of the directory.", extensions: { code: "UNAUTHENTICATED" } }] });
    }
    const query = request.query as { after?: string; limit?: string };
    const after = Number(query.after ?? "0");
    const limit = Number(query.limit ?? String(FEED_PAGE_MAX));
    if (
      !Number.isSafeInteger(after) ||
      after < 0 ||
      !Number.isSafeInteger(limit) ||
      limit < 1 ||
      limit > FEED_PAGE_MAX
    ) {
      return reply.code(400).send({
        errors: [{ message: `after ≥ 0 and 1 ≤ limit ≤ ${FEED_PAGE_MAX}.`, extensions: { code: "BAD_USER_INPUT" } }],
      });
    }
    const page = await asHousekeeping(() => read(after, limit));
    logger.debug({ reader, after, changes: page.changes.length }, "directory feed read");
    return page;
  });
}

const FEED = "places";

/** Changes in one page from which the directory's statistics are renewed. */
const ANALYZE_AFTER = 1_000;

/** The latest change of each place in a page (a page may move one estate twice). */
function latestPerPlace(changes: readonly PlaceChange[]): PlaceChange[] {
  const latest = new Map<string, PlaceChange>();
  for (const change of changes) {
    const key = `${change.kind}:${change.id}`;
    const seen = latest.get(key);
    if (!seen || seen.seq < change.seq) latest.set(key, change);
  }
  return [...latest.values()];
}

const TABLE_OF: Record<DirectoryPlaceKind, { table: string; parent: string }> = {
  Subdistrict: { table: "directory_subdistricts", parent: "county_id" },
  Community: { table: "directory_communities", parent: "subdistrict_id" },
  Estate: { table: "directory_estates", parent: "community_id" },
};

type AnyDatabase = Database<Record<string, unknown>>;

/** The directory's cursor (epoch and last sequence number applied); none before the first page. */
export async function directoryCursor(db: AnyDatabase): Promise<{ epoch: string; lastSeq: number } | null> {
  const result = (await db.execute(
    sql`SELECT epoch, last_seq::bigint AS last_seq FROM directory_cursor WHERE feed = ${FEED}`,
  )) as unknown as { rows: { epoch: string; last_seq: string | number }[] };
  const row = result.rows[0];
  return row ? { epoch: row.epoch, lastSeq: Number(row.last_seq) } : null;
}

/**
 * Applies one page in one transaction, idempotently: a row is written only from a change newer
 * than the one it holds, and the cursor only moves forward, so a page applied twice (a retry
 * after a lost answer, two copies of the agency) changes nothing the second time. A page of
 * another epoch first empties the directory: the registry started a new outbox.
 */
export async function applyPlaceChanges(db: AnyDatabase, page: PlaceChangePage): Promise<void> {
  await db.transaction(async (tx) => {
    const cursor = await directoryCursor(tx as unknown as AnyDatabase);
    if (cursor && cursor.epoch !== page.epoch) {
      for (const { table } of Object.values(TABLE_OF)) await tx.execute(sql`DELETE FROM ${sql.identifier(table)}`);
    }
    const latest = latestPerPlace(page.changes);
    for (const [kind, { table, parent }] of Object.entries(TABLE_OF)) {
      const ofKind = latest.filter((c) => c.kind === kind);
      const kept = ofKind.filter((c) => !c.removed);
      const removed = ofKind.filter((c) => c.removed);
      if (kept.length > 0) {
        const rows = JSON.stringify(kept.map((c) => ({ id: c.id, parent: c.parentId, name: c.name, seq: c.seq })));
        await tx.execute(sql`
          INSERT INTO ${sql.identifier(table)} (id, ${sql.identifier(parent)}, name, seq)
          SELECT r.id, r.parent, r.name, r.seq FROM jsonb_to_recordset(${rows}::jsonb) AS r(id uuid, parent uuid, name text, seq bigint)
          ON CONFLICT (id) DO UPDATE SET ${sql.identifier(parent)} = excluded.${sql.identifier(parent)},
            name = excluded.name, seq = excluded.seq
          WHERE ${sql.identifier(table)}.seq < excluded.seq`);
      }
      if (removed.length > 0) {
        const rows = JSON.stringify(removed.map((c) => ({ id: c.id, seq: c.seq })));
        await tx.execute(sql`
          DELETE FROM ${sql.identifier(table)} t USING jsonb_to_recordset(${rows}::jsonb) AS r(id uuid, seq bigint)
          WHERE t.id = r.id AND t.seq < r.seq`);
      }
    }
    const last = page.changes.reduce((max, c) => Math.max(max, c.seq), 0);
    const sameEpoch = cursor?.epoch === page.epoch;
    const lastSeq = sameEpoch ? Math.max(cursor.lastSeq, last) : last;
    // A bulk page (the first reconcile, a seed) changes the tables' shape: without fresh
    // statistics (PGlite has no autovacuum) the planner joins a county's estates blindly.
    if (latest.length >= ANALYZE_AFTER) {
      await tx.execute(sql`ANALYZE directory_subdistricts, directory_communities, directory_estates`);
    }
    await tx.execute(sql`
      INSERT INTO directory_cursor (feed, epoch, last_seq) VALUES (${FEED}, ${page.epoch}, ${lastSeq})
      ON CONFLICT (feed) DO UPDATE SET epoch = excluded.epoch, last_seq = excluded.last_seq`);
  });
}

export interface DirectorySyncOptions {
  db: AnyDatabase;
  /** The registry's feed, e.g. `http://127.0.0.1:4001/directory/places`. */
  feedUrl: string;
  /** This agency's credential for the feed. */
  secret: string;
  /** Pause between two polls once caught up. */
  everyMs: number;
  logger: Logger;
  pageSize?: number;
}

export interface DirectorySync {
  /** Resolves once the directory has caught up with the feed the first time (reconciled at start). */
  ready: Promise<void>;
  /** Reads the feed to its end now (the poll does the same). */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps the directory in step with the registry: at start it reads the feed from its cursor to
 * the end (from the beginning when the registry's epoch changed), then polls every `everyMs`.
 * A failed poll (the registry restarting) is logged and tried again at the next tick; the
 * figures meanwhile use the directory as it stands.
 */
export function startDirectorySync(options: DirectorySyncOptions): DirectorySync {
  const pageSize = options.pageSize ?? FEED_PAGE_MAX;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const fetchPage = async (after: number): Promise<PlaceChangePage> => {
    const url = new URL(options.feedUrl);
    url.searchParams.set("after", String(after));
    url.searchParams.set("limit", String(pageSize));
    const response = await fetch(url, {
      headers: { [DIRECTORY_SECRET_HEADER]: options.secret },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`the directory feed answered ${response.status}`);
    return (await response.json()) as PlaceChangePage;
  };

  // Read from the database once, then kept here: an idempotent apply makes a stale copy harmless,
  // and an idle poll costs the agency's database nothing.
  let cursor: { epoch: string; lastSeq: number } | null | undefined;
  const readToEnd = async () => {
    cursor ??= await directoryCursor(options.db);
    for (;;) {
      let page = await fetchPage(cursor?.lastSeq ?? 0);
      // A new epoch: what the cursor counted is of an outbox that is gone; read the new one from its start.
      if (cursor && page.epoch !== cursor.epoch && cursor.lastSeq > 0) page = await fetchPage(0);
      if (page.changes.length > 0 || !cursor || cursor.epoch !== page.epoch) {
        await applyPlaceChanges(options.db, page);
        cursor = await directoryCursor(options.db);
      }
      if (page.changes.length < pageSize) return;
    }
  };

  const catchUp = () => {
    running ??= asHousekeeping(readToEnd).finally(() => {
      running = undefined;
    });
    return running;
  };

  let analyzed = false;
  const tick = async () => {
    try {
      await catchUp();
      if (!analyzed) {
        // Reconciled at start: statistics for the planner, whatever the directory held before.
        await asHousekeeping(() =>
          options.db.execute(sql`ANALYZE directory_subdistricts, directory_communities, directory_estates`),
        );
        analyzed = true;
      }
      markReady();
    } catch (error) {
      if (!stopped) options.logger.warn({ err: error }, "directory feed not read; trying again");
    }
    if (!stopped) timer = setTimeout(tick, options.everyMs);
  };
  void tick();

  return {
    ready,
    catchUp,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
}
