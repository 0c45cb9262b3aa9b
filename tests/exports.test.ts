import { demoId, lastTwelveMonths, xianyouCounty } from "@linli/demo-county";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, type RunningGraph, startGraph } from "./support/graph";

const county = xianyouCounty();
const jiaqing = demoId("company", "嘉庆物业");

let graph: RunningGraph;
let manager: string;
beforeAll(async () => {
  graph = await startGraph(county);
  manager = await graph.token([{ role: "property_manager", company: jiaqing }], "manager-jiaqing");
});
afterAll(async () => {
  await graph?.[Symbol.asyncDispose]();
});

const exportOf = (file: string, variables: Record<string, unknown>, token?: string) =>
  fetch(`${graph.gatewayBase}/export/${file}?variables=${encodeURIComponent(JSON.stringify(variables))}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

interface QueuePage {
  propertyCompany: {
    assignedProblems: {
      edges: { node: { id: string; text: string; estate: { name: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

/** Every problem in 嘉庆's queue, paged by hand through the graph. */
async function wholeQueue() {
  const nodes: QueuePage["propertyCompany"]["assignedProblems"]["edges"][number]["node"][] = [];
  let after: string | null = null;
  do {
    const page: GraphQLResponse<QueuePage> = await graph.query<QueuePage>(
      `query ($id: ID!, $after: String) { propertyCompany(id: $id) { assignedProblems(first: 100, after: $after) {
        edges { node { id text estate { name } } } pageInfo { hasNextPage endCursor } } } }`,
      { id: jiaqing, after },
      { token: manager },
    );
    expect(page.errors).toBeUndefined();
    const problems = page.data!.propertyCompany.assignedProblems;
    nodes.push(...problems.edges.map((e) => e.node));
    after = problems.pageInfo.hasNextPage ? problems.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe("exports of a published operation", () => {
  it("give the problem queue as CSV with a BOM and Chinese headers, every page of it, for its own company", async () => {
    const response = await exportOf("PropertyCompanyQueue.csv", { id: jiaqing, first: 5 }, manager);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(Buffer.from(bytes), { bom: true }) as string[][];
    expect(header).toEqual(
      expect.arrayContaining(["问题类别", "问题内容", "问题状态", "点题时间", "办结时限", "超时", "小区·name"]),
    );
    expect(header).toContain("id");

    const queue = await wholeQueue();
    expect(queue.length).toBeGreaterThan(5); // so that the export had to page
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[column("id")])).toEqual(queue.map((p) => p.id));
    expect(rows.map((row) => row[column("小区·name")])).toEqual(queue.map((p) => p.estate.name));
    // Enum values by their Chinese terms.
    const states = new Set(rows.map((row) => row[column("问题状态")]));
    for (const state of states) expect(state).toMatch(/\p{Script=Han}/u);
  });

  it("refuse what the graph refuses: another company's queue, and a caller without a token", async () => {
    const other = await graph.token([{ role: "property_manager", company: demoId("company", "顺安物业") }], "other");
    const refused = await exportOf("PropertyCompanyQueue.csv", { id: jiaqing }, other);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
    const badToken = await exportOf("PropertyCompanyQueue.xlsx", { id: jiaqing }, "not-a-token");
    expect(badToken.status).toBe(401);
    expect((await exportOf("NoSuchOperation.csv", {})).status).toBe(404);
    expect((await exportOf("ApproveBooking.csv", {})).status).toBe(400);
  });

  it("give the county overview as an XLSX sheet: one row of figures, as CountyOverview answers them", async () => {
    const response = await exportOf("CountyOverview.xlsx", lastTwelveMonths());
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("CountyOverview")!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(sheet.rowCount).toBe(2);
    const value = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1).value;
    expect(value("党组织·小区党支部")).toBe(62);
    expect(value("name")).toBe(county.county.name);
    expect(headers.filter((h) => !/\p{Script=Han}/u.test(h)).length).toBeLessThan(headers.length / 2);
  });
});
