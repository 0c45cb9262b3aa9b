import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { xianyouCounty } from "@linli/demo-county";
import { agencies } from "@linli/runner/agencies";
import {
  applyPlaceChanges,
  createLogger,
  createMetrics,
  createTokenVerifier,
  type DatabaseHandle,
  DIRECTORY_FEED_PATH,
  DIRECTORY_SECRET_HEADER,
  type DirectoryConfig,
  directoryCursor,
  ensureLocalKeys,
  GATEWAY_SECRET_HEADER,
  LOCAL_ALGORITHM,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  type PlaceChangePage,
  type SubgraphDefinition,
  type SubgraphServer,
  startDirectorySync,
} from "@linli/service-kit";
import { createTestDatabase, type TestDatabase } from "@linli/service-kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The directory of places: the registry (party) publishes every change of its tree through an
 * outbox its triggers write in the change's transaction; each other agency pulls the feed with
 * its own credential into a read-only copy and answers a place's figures from the key alone.
 * Real servers in this process, each agency on its own database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL), polling at the production default (every 2 s).
 */

const county = xianyouCounty();
const logger = createLogger({ name: "directory-test", level: "silent" });
// biome-ignore lint/suspicious/noExplicitAny: each agency's database has its own schema type
type AnyDatabase = TestDatabase<any>;

const agency = (name: string) => {
  const found = agencies[name];
  if (!found) throw new Error(`no agency ${name}`);
  return found;
};
const party = agency("party");
const readers = {
  property: { ...agency("property"), prefix: "PROPERTY" },
  units: { ...agency("units"), prefix: "UNITS" },
  volunteer: { ...agency("volunteer"), prefix: "VOLUNTEER" },
} as const;
type Reader = keyof typeof readers;
const READERS = Object.keys(readers) as Reader[];

/** The additive figure each agency counts per estate, read for one place. */
const FIGURE: Record<Reader, { field: string; selection: string; read: (figures: Record<string, number>) => number }> =
  {
    property: { field: "propertyFigures", selection: "managedEstates", read: (f) => f.managedEstates ?? 0 },
    units: {
      field: "unitsFigures",
      selection: "estatesWithEmbeddedUnits bookingsApproved",
      read: (f) => (f.estatesWithEmbeddedUnits ?? 0) * 1000 + (f.bookingsApproved ?? 0),
    },
    volunteer: {
      field: "volunteerFigures",
      selection: "servicePosts activities",
      read: (f) => (f.servicePosts ?? 0) * 1000 + (f.activities ?? 0),
    },
  };

const secrets = { gateway: randomBytes(32).toString("base64url") };
const readerSecrets = Object.fromEntries(
  READERS.map((r) => [readers[r].prefix, randomBytes(32).toString("base64url")]),
);

let partyDb: AnyDatabase;
let feedUrl: string;
const readerDbs = {} as Record<Reader, AnyDatabase>;
const readerUrls = {} as Record<Reader, string>;
const servers: SubgraphServer[] = [];

async function serve(
  definition: SubgraphDefinition<Record<string, unknown>>,
  database: AnyDatabase,
  directory: DirectoryConfig,
  jwksPath: string,
): Promise<{ server: SubgraphServer; base: string }> {
  const server = await definition.createServer({
    database: database as unknown as DatabaseHandle<Record<string, unknown>>,
    logger,
    metrics: createMetrics(definition.name),
    gatewaySecret: secrets.gateway,
    verifyToken: createTokenVerifier({
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      algorithms: [LOCAL_ALGORITHM],
      jwksPath,
    }),
    directory,
  });
  servers.push(server);
  const url = await server.listen({ port: 0, host: "127.0.0.1" });
  return { server, base: url.replace(/\/graphql$/, "") };
}

async function waitReady(base: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${base}/ready`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${base} never became ready`);
}

/** A place's figure at one agency, asked the way the gateway asks: the place's key alone. */
async function figure(
  reader: Reader,
  typename: "Estate" | "Community" | "Subdistrict" | "County",
  id: string,
): Promise<number> {
  const { field, selection, read } = FIGURE[reader];
  const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${field} { ${selection} } } } }`;
  const response = await fetch(readerUrls[reader], {
    method: "POST",
    headers: { "content-type": "application/json", [GATEWAY_SECRET_HEADER]: secrets.gateway },
    body: JSON.stringify({ query, variables: { r: [{ __typename: typename, id }] } }),
  });
  const body = (await response.json()) as {
    data?: { _entities: Record<string, Record<string, number>>[] };
    errors?: unknown;
  };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const entity = body.data?._entities[0];
  return read(entity?.[field] ?? {});
}

const everyAgency = async (typename: "Community" | "Subdistrict" | "County", id: string) =>
  Object.fromEntries(await Promise.all(READERS.map(async (r) => [r, await figure(r, typename, id)] as const)));

/** Polls until `check` holds, at most `ms`; resolves to the time it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not reflected within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-keys-")));
  partyDb = await createTestDatabase(party.definition);
  await party.load(partyDb.db, county);
  const started = await serve(party.definition, partyDb, { role: "publisher", readerSecrets }, keys.jwksPath);
  feedUrl = `${started.base}${DIRECTORY_FEED_PATH}`;
  await Promise.all(
    READERS.map(async (name) => {
      const { definition, load, prefix } = readers[name];
      const db = await createTestDatabase(definition);
      await load(db.db, county);
      readerDbs[name] = db;
      const secret = readerSecrets[prefix] as string;
      const { base } = await serve(definition, db, { role: "reader", feedUrl, secret, everyMs: 2_000 }, keys.jwksPath);
      readerUrls[name] = `${base}/graphql`;
      await waitReady(base);
    }),
  );
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await Promise.all([partyDb, ...Object.values(readerDbs)].map((db) => db?.[Symbol.asyncDispose]()));
});

/** An estate every agency counts something for, and another community to move it to. */
async function movableEstate() {
  for (const estate of county.estates) {
    const figures = await Promise.all(READERS.map((r) => figure(r, "Estate", estate.id)));
    if (figures.every((f) => f > 0)) {
      const target = county.communities.find((c) => c.id !== estate.communityId);
      if (target) return { estate, target, figures: Object.fromEntries(READERS.map((r, i) => [r, figures[i] ?? 0])) };
    }
  }
  throw new Error("no estate with records at every agency in the demo county");
}

describe("the directory of places", () => {
  it("holds every subdistrict, community and estate of the registry in every agency after the start", async () => {
    for (const reader of READERS) {
      const db = readerDbs[reader].db;
      const count = async (table: string) =>
        (
          (await db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)) as unknown as {
            rows: { n: number }[];
          }
        ).rows[0]?.n;
      expect(await count("directory_subdistricts")).toBe(county.subdistricts.length);
      expect(await count("directory_communities")).toBe(county.communities.length);
      expect(await count("directory_estates")).toBe(county.estates.length);
    }
  });

  it("shows an estate moved to another community in every agency's figures of both communities within 10 s", async () => {
    const { estate, target, figures } = await movableEstate();
    const before = {
      from: await everyAgency("Community", estate.communityId),
      to: await everyAgency("Community", target.id),
    };
    await partyDb.db.execute(sql`UPDATE estates SET community_id = ${target.id} WHERE id = ${estate.id}`);
    const took = await within(10_000, async () => {
      const from = await everyAgency("Community", estate.communityId);
      const to = await everyAgency("Community", target.id);
      return READERS.every(
        (r) =>
          from[r] === (before.from[r] ?? 0) - (figures[r] ?? 0) && to[r] === (before.to[r] ?? 0) + (figures[r] ?? 0),
      );
    });
    expect(took).toBeLessThan(10_000);
    // And back, so the county's figures stay the demo county's.
    await partyDb.db.execute(sql`UPDATE estates SET community_id = ${estate.communityId} WHERE id = ${estate.id}`);
    await within(10_000, async () => {
      const from = await everyAgency("Community", estate.communityId);
      return READERS.every((r) => from[r] === before.from[r]);
    });
  });

  it("counts an estate created in the registry in every agency's figures within 10 s", async () => {
    const community = county.communities[0]!;
    const estateId = randomUUID();
    // The agencies hold records of the estate before they hear of it (a record names any estate id).
    const unit = county.units[0]!;
    await readerDbs.units.db.execute(
      sql`INSERT INTO unit_estates (unit_id, estate_id, joined_on) VALUES (${unit.id}, ${estateId}, '2024-01-01')`,
    );
    const before = await figure("units", "Community", community.id);
    await partyDb.db.execute(sql`
      INSERT INTO estates (id, community_id, name, type, households, address)
      VALUES (${estateId}, ${community.id}, '新建小区', 'HIGH_RISE_MANAGED', 120, '新建路1号')`);
    const took = await within(10_000, async () => (await figure("units", "Community", community.id)) === before + 1000);
    expect(took).toBeLessThan(10_000);
  });

  it("renames an estate in every agency's directory within 10 s", async () => {
    const estate = county.estates[1]!;
    await partyDb.db.execute(sql`UPDATE estates SET name = '更名小区' WHERE id = ${estate.id}`);
    await within(10_000, async () => {
      const names = await Promise.all(
        READERS.map(async (r) => {
          const result = (await readerDbs[r].db.execute(
            sql`SELECT name FROM directory_estates WHERE id = ${estate.id}`,
          )) as unknown as { rows: { name: string }[] };
          return result.rows[0]?.name;
        }),
      );
      return names.every((name) => name === "更名小区");
    });
  });

  it("writes no outbox row for a place whose parent and name did not change", async () => {
    const count = async () =>
      (
        (await partyDb.db.execute(sql`SELECT count(*)::int AS n FROM place_changes`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n;
    const before = await count();
    await partyDb.db.execute(sql`UPDATE estates SET households = households + 1, name = name`);
    await partyDb.db.execute(sql`UPDATE communities SET subdistrict_id = subdistrict_id`);
    expect(await count()).toBe(before);
  });

  it("answers the feed only to a reader's credential, not to the gateway's nor to none", async () => {
    expect((await fetch(feedUrl)).status).toBe(401);
    expect((await fetch(feedUrl, { headers: { [DIRECTORY_SECRET_HEADER]: secrets.gateway } })).status).toBe(401);
    const ok = await fetch(`${feedUrl}?after=0&limit=1`, {
      headers: { [DIRECTORY_SECRET_HEADER]: readerSecrets.UNITS as string },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as PlaceChangePage).changes).toHaveLength(1);
    // A reader's credential does not open GraphQL either.
    const graphql = await fetch(feedUrl.replace(DIRECTORY_FEED_PATH, "/graphql"), {
      method: "POST",
      headers: { "content-type": "application/json", [GATEWAY_SECRET_HEADER]: readerSecrets.UNITS as string },
      body: JSON.stringify({ query: "{ counties { id } }" }),
    });
    expect(graphql.status).toBe(401);
  });

  it("applies a page again without change, ignores an older change, and rebuilds on a new epoch", async () => {
    const db = readerDbs.units.db;
    const cursor = await directoryCursor(db);
    if (!cursor) throw new Error("no cursor");
    const response = await fetch(`${feedUrl}?after=0&limit=5000`, {
      headers: { [DIRECTORY_SECRET_HEADER]: readerSecrets.UNITS as string },
    });
    const page = (await response.json()) as PlaceChangePage;
    const snapshot = async () =>
      (
        (await db.execute(sql`SELECT id, community_id, name, seq FROM directory_estates ORDER BY id`)) as unknown as {
          rows: unknown[];
        }
      ).rows;
    const before = await snapshot();
    await applyPlaceChanges(db, page);
    await applyPlaceChanges(db, page);
    expect(await snapshot()).toEqual(before);
    expect(await directoryCursor(db)).toEqual(cursor);
    // A stale change (a lower seq than the row holds) leaves the row.
    const estate = county.estates[2]!;
    await applyPlaceChanges(db, {
      epoch: cursor.epoch,
      changes: [{ seq: 1, kind: "Estate", id: estate.id, parentId: randomUUID(), name: "stale", removed: false }],
    });
    expect(await snapshot()).toEqual(before);
    // A new epoch: the registry's outbox started again; only its changes remain.
    await applyPlaceChanges(db, {
      epoch: randomUUID(),
      changes: [
        { seq: 1, kind: "Estate", id: estate.id, parentId: estate.communityId, name: estate.name, removed: false },
      ],
    });
    expect(await snapshot()).toHaveLength(1);
    // An agency starting on that directory finds the registry's epoch differs and reads the
    // registry's feed from its start (reconciled at start).
    const restarted = startDirectorySync({
      db,
      feedUrl,
      secret: readerSecrets.UNITS as string,
      everyMs: 60_000,
      logger,
    });
    await restarted.ready;
    await restarted.stop();
    expect(await snapshot()).toEqual(before);
    expect(await directoryCursor(db)).toEqual(cursor);
  });
});
