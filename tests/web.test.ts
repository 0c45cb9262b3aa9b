import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { lastTwelveMonths, xianyouCounty } from "@linli/demo-county";
import { demoAccounts } from "@linli/identity/accounts";
import { CountyOverviewDocument, type CountyOverviewQuery } from "@linli/schema/operations";
import { print } from "graphql";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, type RunningGraph } from "./support/graph";
import { startGraphInBrowser, stopGraphInBrowser } from "./support/web";

const county = xianyouCounty();
const estate = (name: string) => county.estates.find((e) => e.name === name)!;
// Generous: five processes and a browser share two cores.
const VISIBLE = { timeout: 60_000 };

let graph: RunningGraph;
let browser: Browser;
beforeAll(async () => {
  [graph, browser] = await startGraphInBrowser(county, { identity: true });
});
afterAll(() => stopGraphInBrowser(graph, browser));

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "zh-CN" });
  await page.goto(`${graph.gatewayBase}/${path}`);
  return page;
}

/** Every card the page shows, by the field it names. */
async function shownFigures(page: Page): Promise<Record<string, string>> {
  await page.locator(".card").first().waitFor(VISIBLE);
  return page.$$eval(".card", (cards) =>
    Object.fromEntries(cards.map((c) => [c.getAttribute("data-figure"), c.querySelector(".value")?.textContent ?? ""])),
  );
}

describe("the county dashboard in a browser", () => {
  it("shows the overview's figures as cards, exactly as the CountyOverview query answers them", async () => {
    const answer = await graph.query<CountyOverviewQuery>(print(CountyOverviewDocument), lastTwelveMonths());
    expect(answer.errors).toBeUndefined();
    const c = answer.data!.counties[0]!;
    const secretaries = (b: string) =>
      c.partyFigures.secretariesByBackground.find((s) => s.background === b)?.secretaries;
    const page = await open("");
    await expect.poll(() => page.locator("h1").textContent(), VISIBLE).toBe(`${c.name} · 大党建总览`);
    expect(await shownFigures(page)).toEqual(
      Object.fromEntries(
        Object.entries({
          subdistrictsTakingPart: c.partyFigures.subdistrictsTakingPart,
          neighborhoodCenters: c.neighborhoodCenterFigures?.neighborhoodCenters,
          memberUnits: c.neighborhoodCenterFigures?.memberUnits,
          highFrequencyServiceItems: c.neighborhoodCenterFigures?.highFrequencyServiceItems,
          embeddedUnits: c.unitsFigures?.embeddedUnits,
          estatesWithEmbeddedUnits: c.unitsFigures?.estatesWithEmbeddedUnits,
          estatePartyBranches: c.partyFigures.estatePartyBranches,
          estatesWithBothCoverages: c.partyFigures.estatesWithBothCoverages,
          gridLeaders: c.partyFigures.gridLeaders,
          volunteerTeams: c.volunteerFigures?.volunteerTeams,
          "secretaries.SERVING_CADRE": secretaries("SERVING_CADRE"),
          "secretaries.RETIRED_CADRE": secretaries("RETIRED_CADRE"),
          "secretaries.COMMUNITY_WORKER": secretaries("COMMUNITY_WORKER"),
          livingRooms: c.partyFigures.livingRooms,
          practicalProjectsDone: c.partyFigures.practicalProjectsDone,
          problemsSolved: c.partyFigures.problemsSolved,
          disputesMediated: c.partyFigures.disputesMediated,
          redProxyCategories: c.volunteerFigures?.redProxyCategories,
          serviceKindsMovedDown: c.neighborhoodCenterFigures?.serviceKindsMovedDown,
          inServiceMembersClaimingPosts: c.volunteerFigures?.inServiceMembersClaimingPosts,
        }).map(([figure, value]) => [figure, String(value)]),
      ),
    );
    // The report's own numbers, so that a page showing nothing but dashes cannot pass.
    expect((await shownFigures(page)).estatePartyBranches).toBe("62");
    await page.close();
  });

  it("draws every chart as a non-empty SVG, on a desktop and on a 375 px phone without sideways scrolling", async () => {
    for (const width of [1280, 375]) {
      const page = await open("", width);
      for (const name of ["problems", "coverage", "monthly", "problems-monthly"]) {
        await expect.poll(() => page.locator(`[data-chart="${name}"] svg path`).count(), VISIBLE).toBeGreaterThan(10);
      }
      const box = await page.locator('[data-chart="coverage"] svg').boundingBox();
      expect(box?.width).toBeGreaterThan(width === 375 ? 250 : 400);
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
      // WEB_SCREENSHOTS=docs writes the README's pictures.
      if (process.env.WEB_SCREENSHOTS) {
        await page.screenshot({
          path: join(process.env.WEB_SCREENSHOTS, `dashboard-${width}.png`),
          fullPage: width < 400,
        });
      }
      await page.close();
    }
  });

  it("redraws the monthly charts for the date range chosen, and exports the overview of that range", async () => {
    const page = await open("");
    const monthsOf = (chart: string) =>
      page.$$eval(`[data-chart="${chart}"] svg text`, (texts) =>
        texts.map((t) => t.textContent ?? "").filter((text) => /^\d{4}-\d{2}$/.test(text)),
      );
    const { from, to } = lastTwelveMonths();
    // ECharts may leave out every other label of twelve; the first is always drawn.
    await expect.poll(async () => (await monthsOf("problems-monthly"))[0], VISIBLE).toBe(from);
    const [year, month] = to.split("-").map(Number) as [number, number];
    const back = (n: number) => {
      const d = new Date(Date.UTC(year, month - 1 - n, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    };
    const chosen = [back(4), back(3), back(2)];
    expect(chosen[0]! > from).toBe(true);
    await page.locator(".range [name=from]").fill(chosen[0]!);
    await page.locator(".range [name=to]").fill(chosen[2]!);
    await page.getByRole("button", { name: "查看" }).click();
    await expect
      .poll(() => page.evaluate<string>("location.hash"), VISIBLE)
      .toBe(`#/?from=${chosen[0]}&to=${chosen[2]}`);
    for (const chart of ["problems-monthly", "monthly"]) {
      await expect.poll(() => monthsOf(chart), VISIBLE).toEqual(chosen);
    }
    const answer = await graph.query<CountyOverviewQuery>(print(CountyOverviewDocument), {
      from: chosen[0],
      to: chosen[2],
    });
    const raised = answer.data!.counties[0]!.partyMonthly.map((m) => m.problemsRaised);
    expect(raised).toHaveLength(3);

    const [download] = await Promise.all([
      page.waitForEvent("download", VISIBLE),
      page.locator('[data-export="CountyOverview.csv"]').click(),
    ]);
    const sheet = await readFile((await download.path())!, "utf8");
    expect(sheet.charCodeAt(0)).toBe(0xfeff);
    expect(sheet).toContain(answer.data!.counties[0]!.name);
    await page.close();
  });

  it("drills down from a town to a community to an estate page with its branch, management, units, teams and problems", async () => {
    const page = await open("");
    const target = estate("南桥锦福家园");
    const community = county.communities.find((c) => c.id === target.communityId)!;
    const subdistrict = county.subdistricts.find((s) => s.id === community.subdistrictId)!;
    await page.getByRole("link", { name: subdistrict.name, exact: true }).click(VISIBLE);
    await page.getByRole("link", { name: community.name, exact: true }).click(VISIBLE);
    await page.getByRole("link", { name: target.name, exact: true }).click(VISIBLE);
    await page.locator(`h1[data-estate="${target.id}"]`).waitFor(VISIBLE);
    expect(await page.locator("[data-secretary]").textContent()).toBe("在任党员干部");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("嘉庆");
    expect(text).toContain("驻区单位");
    expect(text).toContain("党员志愿者队伍");
    expect(text).toContain("回音壁");
    await page.close();
  });

  it("shows an open estate run by its self-governance council, and no resident's phone or ID number", async () => {
    const target = estate("仙安石鼓山");
    const page = await open(`#/estate/${target.id}`);
    await page.locator(`h1[data-estate="${target.id}"]`).waitFor(VISIBLE);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("安置房");
    expect(text).toContain("业主自治会");
    for (const member of county.members.filter((m) => m.estateId === target.id)) {
      expect(text).not.toContain(member.phone);
      expect(text).not.toContain(member.idNumber);
    }
    await page.close();
  });
});

describe("the liaison page in a browser", () => {
  const resource = county.resources.find(
    (r) =>
      r.requiresApproval !== false &&
      !r.openToEstateIds?.length &&
      (county.units.find((u) => u.id === r.unitId)?.joined.length ?? 0) > 0,
  )!;
  const unit = county.units.find((u) => u.id === resource.unitId)!;
  const bookingEstate = unit.joined[0]!.estateId;
  const otherResource = county.resources.find((r) => r.unitId !== unit.id)!;
  const BOOKINGS_OF = `query ($id: ID!) { sharedResource(id: $id) { name description capacity
    bookings(first: 100, filter: { from: "2031-10-01T00:00:00+08:00", to: "2031-11-01T00:00:00+08:00" }) { edges { node { id state } } } } }`;
  type Calendar = {
    sharedResource: {
      name: string;
      description: string;
      capacity: number;
      bookings: { edges: { node: { id: string; state: string } }[] };
    };
  };

  /** A resident of the estate the unit stands behind asks for the resource; the booking waits for the liaison. */
  async function requestBooking(startsAt: string, endsAt: string, purpose: string) {
    const resident = await graph.token([{ role: "resident", estate: bookingEstate }], "resident-web");
    const requested = await graph.query<{ requestBooking: { id: string; state: string }[] }>(
      `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id state } }`,
      { input: { resourceId: resource.id, estateId: bookingEstate, startsAt, endsAt, purpose } },
      { token: resident },
    );
    expect(requested.errors).toBeUndefined();
    return requested.data!.requestBooking[0]!;
  }

  async function signedIn(): Promise<Page> {
    const page = await open("#/liaison");
    await page.locator("#token").fill(await graph.token([{ role: "unit_liaison", unit: unit.id }], "liaison-web"));
    await page.getByRole("button", { name: "登录" }).click();
    await expect.poll(() => page.locator("h1").textContent(), VISIBLE).toBe(unit.name);
    return page;
  }

  it("signs in with a pasted token, edits the unit's resource and approves a pending booking on the calendar", async () => {
    const booking = await requestBooking("2031-10-15T10:00:00+08:00", "2031-10-15T12:00:00+08:00", "重阳节敬老活动");
    expect(booking.state).toBe("PENDING");

    const page = await signedIn();
    expect(await page.evaluate<string | null>("sessionStorage.getItem('linli.token')")).toMatch(/^ey/);
    await page.goto(`${graph.gatewayBase}/#/liaison?month=2031-10`);
    await page.locator("[data-month='2031-10']").waitFor(VISIBLE);

    const form = page.locator(`form[data-resource="${resource.id}"]`);
    await form.locator("[name=description]").fill("周末向结对小区开放，请提前三天预约。");
    await form.locator("[name=capacity]").fill(String(resource.capacity + 5));
    await form.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.locator(".messages").textContent(), VISIBLE).toContain("已保存");

    const row = page.locator(`[data-booking="${booking.id}"]`);
    await expect.poll(() => row.locator(".state").textContent(), VISIBLE).toBe("待审批");
    expect(await row.textContent()).toContain("重阳节敬老活动");
    await row.getByRole("button", { name: "批准" }).click();
    await expect
      .poll(() => page.locator(`[data-booking="${booking.id}"] .state`).textContent(), VISIBLE)
      .toBe("已批准");
    expect(await page.locator(".messages").textContent()).toContain("预约已批准");
    expect(await page.locator(`[data-booking="${booking.id}"] button`).count()).toBe(0);

    const after = await graph.query<Calendar>(BOOKINGS_OF, { id: resource.id });
    expect(after.data?.sharedResource).toMatchObject({
      description: "周末向结对小区开放，请提前三天预约。",
      capacity: resource.capacity + 5,
      bookings: { edges: [{ node: { id: booking.id, state: "APPROVED" } }] },
    });
    await page.close();
  });

  it("signs in as the unit's demo liaison at the identity provider (no token pasted), approves a pending booking, and signs out there", async () => {
    const login = demoAccounts(county).find((account) =>
      account.grants.some((grant) => grant.role === "unit_liaison" && grant.unit === unit.id),
    )?.login;
    expect(login).toMatch(/^liaison-\d+$/);
    const booking = await requestBooking("2031-11-12T14:00:00+08:00", "2031-11-12T16:00:00+08:00", "消防安全讲座");

    const page = await open("#/liaison?month=2031-11");
    await page.getByRole("button", { name: "统一身份认证" }).click();
    await page.waitForURL((url) => url.origin === graph.identityBase, VISIBLE);
    await page.locator("#login").fill(login ?? "");
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator("button[type=submit]").click();
    await expect.poll(() => page.locator("h1").textContent(), VISIBLE).toBe(unit.name);
    // Back where it signed in from, the code gone from the address, and no token stored anywhere.
    expect(page.url()).toBe(`${graph.gatewayBase}/#/liaison?month=2031-11`);
    const stored = await page.evaluate(() => JSON.stringify([{ ...sessionStorage }, { ...localStorage }]));
    expect(stored).toBe("[{},{}]");

    const row = page.locator(`[data-booking="${booking.id}"]`);
    await expect.poll(() => row.locator(".state").textContent(), VISIBLE).toBe("待审批");
    await row.getByRole("button", { name: "批准" }).click();
    await expect
      .poll(() => page.locator(`[data-booking="${booking.id}"] .state`).textContent(), VISIBLE)
      .toBe("已批准");
    const after = await graph.query<Calendar>(
      BOOKINGS_OF.replace("2031-11-01", "2031-12-01").replace("2031-10-01", "2031-11-01"),
      {
        id: resource.id,
      },
    );
    expect(after.data?.sharedResource.bookings.edges).toEqual([{ node: { id: booking.id, state: "APPROVED" } }]);

    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(`${graph.gatewayBase}/`, VISIBLE);
    // Signed out at the provider too: the next sign-in asks for the password again.
    await page.goto(`${graph.gatewayBase}/#/liaison`);
    await page.getByRole("button", { name: "统一身份认证" }).click();
    await page.locator("#password").waitFor(VISIBLE);
    await page.close();
  });

  it("saves twice from one form, and shows 冲突 when someone else changed the resource since the page loaded", async () => {
    const page = await signedIn();
    await page.goto(`${graph.gatewayBase}/#/liaison`);
    const form = page.locator(`form[data-resource="${resource.id}"]`);
    await form.waitFor(VISIBLE);
    for (const text of ["第一次保存的说明。", "第二次保存的说明。"]) {
      await form.locator("[name=description]").fill(text);
      await form.getByRole("button", { name: "保存" }).click();
      await expect.poll(() => page.locator(".messages").textContent(), VISIBLE).toContain("已保存");
      await page.locator(".messages").evaluate((node) => node.replaceChildren());
    }
    // Meanwhile another liaison of the unit renames it: the form still shows the older version.
    const elsewhere = await graph.query(
      `mutation ($input: UpdateSharedResourceInput!) { updateSharedResource(input: $input) { version } }`,
      { input: { id: resource.id, description: "别处改过的说明。" } },
      { token: await graph.token([{ role: "unit_liaison", unit: unit.id }], "liaison-elsewhere") },
    );
    expect(elsewhere.errors).toBeUndefined();
    await form.locator("[name=description]").fill("基于旧版本的说明。");
    await form.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.locator(".messages .notice.error").textContent(), VISIBLE).toContain("冲突");
    expect(await page.locator(".messages").textContent()).toContain("CONFLICT");
    const after = await graph.query<Calendar>(BOOKINGS_OF, { id: resource.id });
    expect(after.data?.sharedResource.description).toBe("别处改过的说明。");
    await page.close();
  });

  it("shows the refusal, in Chinese with its code, when the liaison edits another unit's resource, and stores nothing", async () => {
    const page = await signedIn();
    await page.goto(`${graph.gatewayBase}/#/liaison/${otherResource.unitId}`);
    const form = page.locator(`form[data-resource="${otherResource.id}"]`);
    await form.waitFor(VISIBLE);
    expect(await page.locator("main").textContent()).toContain("这不是您所在的单位");
    await form.locator("[name=name]").fill("被冒改的名称");
    await form.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.locator(".messages .notice.error").textContent(), VISIBLE).toContain("无权操作");
    expect(await page.locator(".messages").textContent()).toContain("FORBIDDEN");
    const after = await graph.query<Calendar>(BOOKINGS_OF, { id: otherResource.id });
    expect(after.data?.sharedResource.name).toBe(otherResource.name);
    await page.close();
  });

  it("opens the calendar on the month of the unit's next pending booking", async () => {
    const requested = await graph.query<{ requestBooking: { id: string }[] }>(
      `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
      {
        input: {
          resourceId: resource.id,
          estateId: bookingEstate,
          startsAt: "2031-12-03T09:00:00+08:00",
          endsAt: "2031-12-03T10:00:00+08:00",
        },
      },
      { token: await graph.token([{ role: "resident", estate: bookingEstate }], "resident-web") },
    );
    expect(requested.errors).toBeUndefined();
    // Whatever else the demo county holds: the first PENDING booking of the unit from now on.
    const next = await graph.query<{ unit: { bookings: { edges: { node: { startsAt: string } }[] } } }>(
      `query ($id: ID!, $from: String!) { unit(id: $id) { bookings(filter: { from: $from, states: [PENDING] }, first: 1) { edges { node { startsAt } } } } }`,
      { id: unit.id, from: new Date().toISOString() },
    );
    const startsAt = next.data!.unit.bookings.edges[0]!.node.startsAt;
    const month = new Date(new Date(startsAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
    const page = await signedIn();
    await page.locator(`[data-month="${month}"]`).waitFor(VISIBLE);
    await page.close();
  });

  it("edits a resource's quantity and opening hours, names the field of a refusal, adds a resource and declines a booking with a reason", async () => {
    const requested = await graph.query<{ requestBooking: { id: string }[] }>(
      `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
      {
        input: {
          resourceId: resource.id,
          estateId: bookingEstate,
          startsAt: "2031-11-05T14:00:00+08:00",
          endsAt: "2031-11-05T16:00:00+08:00",
          purpose: "广场舞排练",
        },
      },
      { token: await graph.token([{ role: "resident", estate: bookingEstate }], "resident-web") },
    );
    expect(requested.errors).toBeUndefined();
    const booking = requested.data!.requestBooking[0]!;
    const page = await signedIn();
    await page.goto(`${graph.gatewayBase}/#/liaison?month=2031-11`);
    await page.locator("[data-month='2031-11']").waitFor(VISIBLE);

    const form = page.locator(`form[data-resource="${resource.id}"]`);
    // The graph refuses an opening window that ends before it starts, naming the field.
    await form.locator("[name=openingHours]").fill("周二 18:00-09:00");
    await form.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.locator(".messages .notice.error").textContent(), VISIBLE).toContain("开放时间");
    expect(await page.locator(".messages").textContent()).toContain("openingHours.0.endsAt");
    expect(await form.locator("[name=openingHours]").getAttribute("aria-invalid")).toBe("true");

    await form.locator("[name=quantity]").fill("3");
    await form.locator("[name=openingHours]").fill("周一 09:00-18:00\n周六 08:00-12:00");
    await form.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.locator(".messages").textContent(), VISIBLE).toContain("已保存");
    const saved = await graph.query<{ sharedResource: { quantity: number; openingHours: unknown[] } }>(
      `query ($id: ID!) { sharedResource(id: $id) { quantity openingHours { weekday startsAt endsAt } } }`,
      { id: resource.id },
    );
    expect(saved.data?.sharedResource).toEqual({
      quantity: 3,
      openingHours: [
        { weekday: 1, startsAt: "09:00", endsAt: "18:00" },
        { weekday: 6, startsAt: "08:00", endsAt: "12:00" },
      ],
    });

    await page.getByText("＋ 登记新的共享资源").click();
    const added = page.locator("form.new-resource");
    await added.locator("[name=name]").fill("折叠桌椅");
    await added.locator("[name=kind]").selectOption("EQUIPMENT");
    await added.locator("[name=capacity]").fill("8");
    await added.locator("[name=quantity]").fill("12");
    await added.locator("[name=monthlyQuotaPerEstate]").fill("4");
    await added.getByRole("button", { name: "登记" }).click();
    await expect.poll(() => page.locator(".messages").textContent(), VISIBLE).toContain("已登记“折叠桌椅”");
    const resources = await graph.query<{ unit: { sharedResources: Record<string, unknown>[] } }>(
      `query ($id: ID!) { unit(id: $id) { sharedResources { name kind capacity quantity monthlyQuotaPerEstate requiresApproval } } }`,
      { id: unit.id },
    );
    expect(resources.data?.unit.sharedResources).toContainEqual({
      name: "折叠桌椅",
      kind: "EQUIPMENT",
      capacity: 8,
      quantity: 12,
      monthlyQuotaPerEstate: 4,
      requiresApproval: true,
    });

    const row = page.locator(`[data-booking="${booking.id}"]`);
    await row.getByRole("button", { name: "拒绝" }).click();
    await row.locator("[name=reason]").fill("当天场地检修");
    await row.getByRole("button", { name: "确认拒绝" }).click();
    await expect
      .poll(() => page.locator(`[data-booking="${booking.id}"] .state`).textContent(), VISIBLE)
      .toBe("已拒绝");
    expect(await page.locator(`[data-booking="${booking.id}"] .history`).textContent()).toContain("当天场地检修");
    const declined = await graph.query<{ booking: { state: string; history: { toState: string; note: string }[] } }>(
      `query ($id: ID!) { booking(id: $id) { state history { toState note } } }`,
      { id: booking.id },
    );
    expect(declined.data?.booking.state).toBe("DECLINED");
    expect(declined.data?.booking.history.at(-1)).toEqual({ toState: "DECLINED", note: "当天场地检修" });
    await page.close();
  });

  it("says so in Chinese when the pasted token is not valid, and signs out on request", async () => {
    const page = await open("#/liaison");
    await page.locator("#token").fill("not-a-token");
    await page.getByRole("button", { name: "登录" }).click();
    await expect.poll(() => page.locator("main").textContent(), VISIBLE).toContain("这个令牌不是驻区单位联络人的令牌");
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.locator("#token").waitFor(VISIBLE);
    expect(await page.evaluate<string | null>("sessionStorage.getItem('linli.token')")).toBeNull();
    await page.close();
  });
});

describe("the estate page's outage banner", () => {
  it("stays hidden for the anonymous public when every agency answers, and 一肩挑 of 木兰滨河 shows 是", async () => {
    const target = estate("木兰滨河");
    const page = await open(`#/estate/${target.id}`);
    await page.locator(`h1[data-estate="${target.id}"]`).waitFor(VISIBLE);
    expect(await page.locator('.notice[role="alert"]').count()).toBe(0);
    expect(await page.locator("main").textContent()).toContain("书记兼任业委会主任（一肩挑）是");
    await page.close();
  });

  it("shows, naming the agency, when one agency is really down", async () => {
    const units = graph.subgraphs.units!;
    units.child.process.kill("SIGKILL");
    await units.child.exited;
    try {
      const target = estate("南桥锦福家园");
      const page = await open(`#/estate/${target.id}`);
      await page.locator(`h1[data-estate="${target.id}"]`).waitFor(VISIBLE);
      await expect
        .poll(() => page.locator('.notice[role="alert"]').textContent(), VISIBLE)
        .toContain("部分单位的数据暂时无法获取（驻区单位）");
      await page.close();
    } finally {
      await units.restart();
    }
  });
});
