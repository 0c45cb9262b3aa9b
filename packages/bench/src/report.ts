import { subgraphs } from "@linli/schema";
import { type BenchResult, GATEWAYS } from "./harness";

const fixed = (value: number | undefined | null, digits: number) =>
  value === undefined || value === null || !Number.isFinite(value) ? "-" : value.toFixed(digits);

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** The bench's one table (Markdown, so it pastes into BENCHMARKS.md), then SQL statements and the checks. */
export function formatReport(result: BenchResult): string {
  const timings = table(
    [
      "operation",
      "workload",
      "gateway",
      "req/s",
      "p50 ms",
      "p99 ms",
      "CPU ms/req",
      "peak RSS MB",
      "ours/hive per round",
      "median",
    ],
    result.rows.map((row) => [
      row.operation,
      row.workload,
      row.target,
      fixed(row.rps, 0),
      fixed(row.p50, 1),
      fixed(row.p99, 1),
      row.target === "direct" ? `(${fixed(row.cpuMsPerRequest, 2)})` : fixed(row.cpuMsPerRequest, 2),
      row.target === "direct" ? "-" : fixed(row.peakRssMb, 0),
      row.ratios ? row.ratios.map((r) => fixed(r, 2)).join(" ") : "",
      fixed(row.medianRatio, 2),
    ]),
  );
  const statements = table(
    ["operation", "via", ...subgraphs.map((s) => s.name), "ms, one at a time"],
    Object.entries(result.sqlStatements).flatMap(([operation, byGateway]) =>
      GATEWAYS.map((via) => [
        operation,
        via,
        ...subgraphs.map((s) => String(byGateway[via][s.name] ?? "-")),
        fixed(result.serialMs[operation]?.[via], 1),
      ]),
    ),
  );
  const bytes = table(
    ["operation", "via", ...subgraphs.map((s) => s.name)],
    Object.entries(result.requestBytes ?? {}).flatMap(([operation, byGateway]) =>
      GATEWAYS.map((via) => [operation, via, ...subgraphs.map((s) => String(byGateway[via][s.name] ?? "-"))]),
    ),
  );
  const failed = result.checks.filter((c) => !c.sameData || !c.identicalAnswered);
  return [
    `Linli bench, scale ${result.options.scale}, ${result.seed.database}, ${result.options.connections} connections, ` +
      `${result.options.pairs} pairs of ${result.options.duration} s rounds; ${result.machine.nproc} × ${result.machine.cpuModel}, node ${result.machine.node}`,
    `levers: ${Object.entries(result.levers)
      .map(([name, value]) => `${name}=${value ?? "(default)"}`)
      .join(" ")}; seed ${result.seed.reused ? "reused" : `${result.seed.seconds.toFixed(1)} s`}`,
    "",
    timings,
    "",
    "direct: the single-subgraph lookup sent straight to its subgraph; its CPU (in brackets) is the subgraph's.",
    `gateway overhead (lookup p50 ours ÷ direct): identical ${fixed(result.gatewayOverhead.identical, 2)}, varied ${fixed(result.gatewayOverhead.varied, 2)}`,
    "",
    "SQL statements per request, and its latency sent alone (median of 3):",
    "",
    statements,
    "",
    "Request body bytes each subgraph received for one request (all its fetches):",
    "",
    bytes,
    "",
    failed.length
      ? `CHECK FAILED: ${failed.map((c) => `${c.operation}/${c.workload}`).join(", ")}`
      : `checks: the ${GATEWAYS.length} gateways gave the same data for ${result.checks.reduce((n, c) => n + c.requests, 0)} requests`,
  ].join("\n");
}

const OVERVIEW = "CountyOverview";
const DRILL_DOWN = "SubdistrictDrillDown";

/**
 * Runs at several scales side by side (`--scale 1,100`): per scale and gateway, the overview and
 * the drill-down sent alone (median ms of 3), their varied req/s, and the overview's request
 * body bytes each agency received; "× first" compares the overview sent alone with the first scale's.
 */
export function formatScales(results: readonly BenchResult[]): string {
  const first = results[0];
  const rps = (result: BenchResult, operation: string, gateway: string) =>
    result.rows.find((r) => r.operation === operation && r.workload === "varied" && r.target === gateway)?.rps;
  const body = results.flatMap((result) =>
    GATEWAYS.map((gateway) => {
      const overview = result.serialMs[OVERVIEW]?.[gateway];
      const base = first?.serialMs[OVERVIEW]?.[gateway];
      return [
        String(result.options.scale),
        result.seed.database,
        gateway,
        fixed(overview, 1),
        overview !== undefined && base ? fixed(overview / base, 2) : "-",
        fixed(rps(result, OVERVIEW, gateway), 0),
        fixed(result.serialMs[DRILL_DOWN]?.[gateway], 1),
        fixed(rps(result, DRILL_DOWN, gateway), 0),
        ...subgraphs.map((s) => String(result.requestBytes[OVERVIEW]?.[gateway]?.[s.name] ?? "-")),
      ];
    }),
  );
  return [
    "Scales side by side: the overview and the drill-down sent alone (ms), varied req/s, overview request body bytes per agency",
    "",
    table(
      [
        "scale",
        "database",
        "gateway",
        "overview ms",
        "× first",
        "overview req/s",
        "drill-down ms",
        "drill-down req/s",
        ...subgraphs.map((s) => `${s.name} B`),
      ],
      body,
    ),
  ].join("\n");
}
