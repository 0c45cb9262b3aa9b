import { xianyouCounty } from "@linli/demo-county";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningGraph } from "./support/graph";
import { startGraphInBrowser, stopGraphInBrowser } from "./support/web";

const county = xianyouCounty();
// Generous: five processes and a browser share two cores, and Monaco is a large bundle.
const VISIBLE = { timeout: 90_000 };

let graph: RunningGraph;
let browser: Browser;
beforeAll(async () => {
  [graph, browser] = await startGraphInBrowser(county);
});
afterAll(() => stopGraphInBrowser(graph, browser));

/** A fresh page at `path` that records every request it makes. */
async function open(path: string, before?: (page: Page) => Promise<void>) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  await before?.(page);
  await page.goto(`${graph.gatewayBase}${path}`);
  await page.locator(".graphiql-query-editor .monaco-editor").waitFor(VISIBLE);
  return { page, requests };
}

/** Types a query into a new tab and runs it. */
async function typeAndRun(page: Page, query: string) {
  await page.getByRole("button", { name: "New tab" }).click();
  await page.locator(".graphiql-query-editor .monaco-editor").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Inserted as typed input, without Monaco closing each brace a second time.
  await page.keyboard.insertText(query);
  await page.keyboard.press("ControlOrMeta+Enter");
}

/** What an editor shows (Monaco renders spaces as no-break spaces). */
const shown = async (page: Page, selector: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, as laid out, keeps Monaco's lines apart
  (await page.locator(selector).innerText()).replaceAll("\u00a0", " ");
const responseText = (page: Page) => shown(page, ".graphiql-response");

describe("GraphiQL served by the gateway", () => {
  it("runs a typed query and shows the data, with no request leaving 127.0.0.1", async () => {
    const { page, requests } = await open("/graphiql");
    await typeAndRun(page, "{ counties { name partyFigures { estatePartyBranches } } }");
    await expect.poll(() => responseText(page), VISIBLE).toContain('"estatePartyBranches": 62');
    expect(JSON.parse(await responseText(page))).toEqual({
      data: { counties: [{ name: county.county.name, partyFigures: { estatePartyBranches: 62 } }] },
    });

    const posts = requests.filter((r) => r.method() === "POST");
    expect(posts.map((r) => new URL(r.url()).pathname)).toEqual(["/graphql"]);
    expect(posts[0]?.headers()["content-type"]).toBe("application/json");
    const elsewhere = requests
      .map((r) => new URL(r.url()))
      .filter((url) => !["data:", "blob:"].includes(url.protocol) && url.hostname !== "127.0.0.1");
    expect(elsewhere.map(String)).toEqual([]);
    await page.close();
  });

  it("opens for a browser at /graphql, with the named operations as tabs and the schema's documentation", async () => {
    const { page } = await open("/graphql");
    const tabs = page.locator(".graphiql-tab");
    await expect.poll(() => tabs.allInnerTexts(), VISIBLE).toEqual(expect.arrayContaining(["CountyOverview"]));
    expect(await tabs.count()).toBeGreaterThanOrEqual(13);
    // The first tab's variables: each required one named, to be filled in (which names depends on
    // the operation that sorts first).
    await expect.poll(() => shown(page, ".graphiql-editor-tool"), VISIBLE).toMatch(/"[A-Za-z]+": ""/);
    // The documentation comes from the SDL the gateway gives the IDE: Query and its fields.
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).first().click();
    await docs.getByText("counties", { exact: true }).first().waitFor(VISIBLE);
    await page.close();
  });

  it("puts the token the pages signed in with into the header editor, and sends it", async () => {
    const token = await graph.token([{ role: "county_admin", personalData: false }], "graphiql-admin");
    const { page, requests } = await open("/graphiql", async (p) => {
      await p.addInitScript(`sessionStorage.setItem("linli.token", ${JSON.stringify(token)})`);
    });
    await typeAndRun(page, "{ counties { id } }");
    await expect.poll(() => responseText(page), VISIBLE).toContain('"counties"');
    const sent = requests.find((r) => r.method() === "POST" && new URL(r.url()).pathname === "/graphql");
    expect(sent?.headers().authorization).toBe(`Bearer ${token}`);
    await page.close();
  });
});
