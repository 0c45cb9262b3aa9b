import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./db";
import { createMetrics } from "./metrics";
import { provisionDatabase } from "./testing";

describe("subgraph metrics", () => {
  it("time each SQL statement by outcome, on PGlite or PostgreSQL (TEST_DATABASE_URL)", async () => {
    await using provisioned = await provisionDatabase("metrics");
    const metrics = createMetrics("test");
    const database = await openDatabase({
      url: provisioned.url,
      dataDir: provisioned.dataDir,
      schema: {},
      onStatementDone: (seconds, ok) => metrics.sqlDuration.observe({ outcome: ok ? "ok" : "error" }, seconds),
    });
    try {
      await database.db.execute(sql`SELECT 1`);
      await database.db.execute(sql`SELECT pg_sleep(0.05)`);
      await expect(database.db.execute(sql`SELECT * FROM no_such_table`)).rejects.toThrow();
      const text = await metrics.registry.metrics();
      const count = (outcome: string) =>
        Number(
          new RegExp(`linli_sql_duration_seconds_count\\{[^}]*outcome="${outcome}"[^}]*\\} (\\d+)`).exec(text)?.[1],
        );
      expect(count("ok")).toBe(2);
      expect(count("error")).toBe(1);
      const sum = Number(/linli_sql_duration_seconds_sum\{[^}]*outcome="ok"[^}]*\} ([\d.e-]+)/.exec(text)?.[1]);
      expect(sum).toBeGreaterThanOrEqual(0.05);
      expect(text).toContain("process_cpu_seconds_total");
    } finally {
      await database.close();
    }
  }, 60_000);
});
