import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchResult, GATEWAYS, median, runBench } from "@linli/bench";
import { formatReport, formatScales } from "@linli/bench/report";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The harness end to end, with rounds too short to mean anything: nothing here is timed.
describe("pnpm bench", () => {
  let result: BenchResult;
  const cacheDir = mkdtempSync(join(tmpdir(), "linli-bench-test-"));
  const lines: string[] = [];

  beforeAll(async () => {
    result = await runBench({
      scale: 1,
      duration: 1,
      warmup: 0,
      pairs: 1,
      connections: 2,
      databaseUrl: process.env.TEST_DATABASE_URL,
      cacheDir,
      fresh: true,
      log: (line) => lines.push(line),
    });
  }, 600_000);
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it("seeds the demo county and says so", () => {
    expect(result.seed.reused).toBe(false);
    expect(lines.some((line) => /^seed: copy 1\/1, /.test(line))).toBe(true);
  });

  it("gets the same data from the three gateways (ours, Hive with each query planner), for the identical request and the varied ones", () => {
    expect(result.checks.map((c) => `${c.operation}/${c.workload}`).sort()).toEqual(
      ["CountyOverview", "EstateList100", "EstateLookup", "ResourceSearch", "SubdistrictDrillDown"].flatMap((op) => [
        `${op}/identical`,
        `${op}/varied`,
      ]),
    );
    for (const check of result.checks) {
      expect(check, `${check.operation}/${check.workload}`).toMatchObject({ sameData: true, identicalAnswered: true });
    }
    // The varied rotation reaches callers some fields refuse, the identical admin none.
    expect(result.checks.find((c) => c.workload === "varied" && c.operation === "EstateLookup")?.requests).toBe(16);
  });

  it("measures every operation, workload and gateway, and the lookup straight to its subgraph", () => {
    const keys = result.rows.map((r) => `${r.operation}/${r.workload}/${r.target}`);
    expect(keys).toContain("EstateLookup/varied/direct");
    expect(keys.filter((k) => k.endsWith("/ours"))).toHaveLength(10);
    expect(keys.filter((k) => k.endsWith("/hive"))).toHaveLength(10);
    expect(keys.filter((k) => k.endsWith("/hive-rust"))).toHaveLength(10);
    // A 1 s round of the overview on a loaded machine may end before its first answer; each
    // gateway must still have answered in its rounds overall, and never with an error.
    for (const target of [...GATEWAYS, "direct"]) {
      const answered = result.rows.filter((r) => r.target === target).flatMap((r) => r.rounds.map((x) => x.requests));
      expect(Math.max(...answered), target).toBeGreaterThan(0);
    }
    for (const row of result.rows) {
      for (const round of row.rounds) expect(round.non2xx + round.errors, `${row.operation} ${row.target}`).toBe(0);
      expect(row.p99).toBeGreaterThanOrEqual(row.p50);
      if (row.target !== "direct") expect(row.peakRssMb).toBeGreaterThan(20);
    }
    for (const row of result.rows.filter((r) => r.target === "ours")) {
      expect(row.ratios).toHaveLength(1);
      expect(Number.isFinite(row.medianRatio)).toBe(true);
    }
    expect(Number.isFinite(result.ratioVsHive)).toBe(true);
    expect(result.gatewayOverhead.varied).toBeGreaterThan(0);
  });

  it("counts the SQL statements each request costs, the same through ours and Hive's JavaScript planner", () => {
    const touched = (counts: Record<string, number>) =>
      Object.keys(counts).filter((agency) => (counts[agency] ?? 0) > 0);
    for (const [operation, byGateway] of Object.entries(result.sqlStatements)) {
      expect(byGateway.ours, operation).toEqual(byGateway.hive);
      // The Rust planner may merge two fetches to one agency (the drill-down's), never ask other agencies.
      expect(touched(byGateway["hive-rust"]), operation).toEqual(touched(byGateway.ours));
      expect(
        Object.values(byGateway.ours).reduce((a, b) => a + b, 0),
        operation,
      ).toBeGreaterThan(0);
    }
    expect(result.sqlStatements.EstateLookup?.ours).toEqual({ party: 1, property: 0, units: 0, volunteer: 0 });
    for (const byGateway of Object.values(result.serialMs)) {
      for (const gateway of GATEWAYS) expect(byGateway[gateway], gateway).toBeGreaterThan(0);
    }
  });

  it("measures the request bodies each agency receives: the overview's carry places' keys, never their estates", () => {
    for (const via of GATEWAYS) {
      const overview = result.requestBytes.CountyOverview?.[via];
      expect(overview, via).toBeDefined();
      for (const [agency, bytes] of Object.entries(overview ?? {})) {
        expect(bytes, `${via} → ${agency}`).toBeGreaterThan(0);
        expect(bytes, `${via} → ${agency}`).toBeLessThan(10_000);
      }
    }
  });

  it("survives JSON and prints one table with the statements and the checks", () => {
    expect(JSON.parse(JSON.stringify(result)).rows).toHaveLength(result.rows.length);
    const report = formatReport(result);
    expect(report).toMatch(/\| operation +\| workload +\| gateway +\| req\/s/);
    expect(report).toContain("SQL statements per request, and its latency sent alone");
    expect(report).toContain("Request body bytes each subgraph received");
    expect(report).not.toContain("CHECK FAILED");
    expect(report).toMatch(/^\| CountyOverview +\| identical +\| hive-rust /m);
  });

  it("puts the overview and the drill-down of several scales side by side", () => {
    const scales = formatScales([result, { ...result, options: { ...result.options, scale: 100 } }]);
    const rows = scales.split("\n").filter((line) => /^\| (1|100) /.test(line));
    expect(
      rows.map((line) =>
        line
          .split("|")
          .slice(1, 4)
          .map((cell) => cell.trim()),
      ),
    ).toEqual([1, 100].flatMap((scale) => GATEWAYS.map((gateway) => [String(scale), result.seed.database, gateway])));
    // The same run twice: the overview sent alone takes 1.00 × the first scale's.
    expect(rows.every((line) => line.split("|")[5]?.trim() === "1.00")).toBe(true);
  });

  it("takes the median of the rounds it has", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
