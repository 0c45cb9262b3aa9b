import { CountyOverviewDocument, type CountyOverviewQuery } from "@linli/schema/operations";
import { chart } from "./charts";
import { card, exportButtons, h, link, notice, section, show, table } from "./dom";
import { secretaryCards } from "./figures";
import { outages, request } from "./graph";
import { agencyNames, label, problemCategory, problemStatus, subdistrictKind } from "./labels";

/** The last twelve months up to this one, in China time: the dashboard's monthly series. */
export function lastTwelveMonths(now: Date = new Date()): { from: string; to: string } {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  const index = china.getUTCFullYear() * 12 + china.getUTCMonth();
  const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  return { from: month(index - 11), to: month(index) };
}

type County = CountyOverviewQuery["counties"][number];
type SubdistrictRow = County["subdistrictPage"]["edges"][number]["node"];

/** The overview's page of towns and subdistricts (the first 20, by name). */
const subdistrictsOf = (county: County): SubdistrictRow[] => county.subdistrictPage.edges.map((edge) => edge.node);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months the monthly charts cover: the range in the address when it is one, else the last twelve. */
export function monthRange(asked: { from?: string | null; to?: string | null }): { from: string; to: string } {
  const { from, to } = asked;
  return from && to && MONTH.test(from) && MONTH.test(to) && from <= to ? { from, to } : lastTwelveMonths();
}

/** 起止月份 — changes the monthly charts' range; the range lives in the address (`#/?from=…&to=…`). */
function rangeForm(range: { from: string; to: string }): HTMLElement {
  const from = h("input", { type: "month", name: "from", value: range.from, required: true }) as HTMLInputElement;
  const to = h("input", { type: "month", name: "to", value: range.to, required: true }) as HTMLInputElement;
  return h(
    "form",
    {
      class: "range",
      onsubmit: (event: Event) => {
        event.preventDefault();
        const asked = from.value <= to.value ? { from: from.value, to: to.value } : { from: to.value, to: from.value };
        location.hash = `#/?from=${asked.from}&to=${asked.to}`;
      },
    },
    h("label", {}, "起始月份 ", from),
    h("label", {}, "截止月份 ", to),
    h("button", { type: "submit" }, "查看"),
  );
}

/** 县级总览 — every figure of the report as a card, the charts, and the towns to drill into. */
export async function countyDashboard(
  root: HTMLElement,
  asked: { from?: string | null; to?: string | null } = {},
): Promise<void> {
  const range = monthRange(asked);
  const { data, partial } = await request(CountyOverviewDocument, range);
  const county = data.counties[0];
  if (!county) return show(root, notice("还没有县级数据。"));
  show(
    root,
    h("h1", {}, `${county.name} · 大党建总览`),
    rangeForm(range),
    outages(partial).length > 0
      ? notice(`部分单位的数据暂时无法获取（${agencyNames(outages(partial))}），对应数字显示为“—”。`)
      : null,
    figureCards(county),
    h(
      "div",
      { class: "charts" },
      problemsChart(county),
      coverageChart(county),
      monthlyChart(county),
      problemsMonthlyChart(county),
    ),
    section(
      "镇街下钻",
      exportButtons("CountyOverview", range),
      table(
        ["镇街", "类型", "小区", "小区党支部", "两个覆盖", "解决问题"],
        subdistrictsOf(county).map((s) => [
          link(`#/subdistrict/${s.id}`, s.name),
          label(subdistrictKind, s.kind),
          s.partyFigures.estates,
          s.partyFigures.estatePartyBranches,
          s.partyFigures.estatesWithBothCoverages,
          s.partyFigures.problemsSolved,
        ]),
      ),
      county.subdistrictPage.pageInfo.hasNextPage ? notice("只列出按名称排在前面的 20 个镇街。", "ok") : null,
    ),
  );
}

function figureCards(county: County): HTMLElement {
  const party = county.partyFigures;
  const units = county.unitsFigures;
  const volunteer = county.volunteerFigures;
  const centers = county.neighborhoodCenterFigures;
  return h(
    "div",
    { class: "cards" },
    card("subdistrictsTakingPart", "参与镇街", party.subdistrictsTakingPart, "个"),
    card("neighborhoodCenters", "党建+邻里中心", centers?.neighborhoodCenters, "个"),
    card("memberUnits", "邻里中心成员单位", centers?.memberUnits, "家"),
    card("highFrequencyServiceItems", "高频服务事项进驻中心", centers?.highFrequencyServiceItems, "项"),
    card("embeddedUnits", "驻区单位加入小区大支部", units?.embeddedUnits, "家"),
    card("estatesWithEmbeddedUnits", "驻区单位结对小区", units?.estatesWithEmbeddedUnits, "个"),
    card("estatePartyBranches", "小区党支部", party.estatePartyBranches, "个"),
    card("estatesWithBothCoverages", "实现“两个覆盖”的小区", party.estatesWithBothCoverages, "个"),
    card("gridLeaders", "党员楼栋长/楼道长/街巷长", party.gridLeaders, "名"),
    card("volunteerTeams", "小区党员志愿者队伍", volunteer?.volunteerTeams, "支"),
    ...secretaryCards(party),
    card("livingRooms", "睦邻客厅", party.livingRooms, "个"),
    card("practicalProjectsDone", "办成实事项目", party.practicalProjectsDone, "件"),
    card("problemsSolved", "收集解决问题", party.problemsSolved, "个"),
    card("disputesMediated", "调解矛盾纠纷", party.disputesMediated, "起"),
    card("redProxyCategories", "红色代办服务类别", volunteer?.redProxyCategories, "类"),
    card("serviceKindsMovedDown", "服务事项下沉睦邻客厅", centers?.serviceKindsMovedDown, "项"),
    card("inServiceMembersClaimingPosts", "在职党员认领服务岗", volunteer?.inServiceMembersClaimingPosts, "名"),
  );
}

function problemsChart(county: County): HTMLElement {
  const rows = county.partyFigures.problemsByCategoryAndStatus;
  const categories = [...new Set(rows.map((r) => r.category))];
  const statuses = [...new Set(rows.map((r) => r.status))];
  return chart("problems", "问题墙：按类别与状态", {
    xAxis: {
      type: "category",
      data: categories.map((c) => label(problemCategory, c)),
      axisLabel: { interval: 0, rotate: 20 },
    },
    yAxis: { type: "value" },
    series: statuses.map((status) => ({
      type: "bar",
      stack: "problems",
      name: label(problemStatus, status),
      data: categories.map(
        (category) => rows.find((r) => r.category === category && r.status === status)?.problems ?? 0,
      ),
    })),
  });
}

function coverageChart(county: County): HTMLElement {
  const subdistricts = subdistrictsOf(county);
  const names = subdistricts.map((s) => s.name);
  const series = (name: string, pick: (f: SubdistrictRow["partyFigures"]) => number) => ({
    type: "bar" as const,
    name,
    data: subdistricts.map((s) => pick(s.partyFigures)),
  });
  return chart("coverage", "各镇街小区覆盖情况", {
    xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: names.length > 4 ? 30 : 0 } },
    yAxis: { type: "value" },
    series: [
      series("小区", (f) => f.estates),
      series("组织覆盖", (f) => f.estatesWithOrganizationCoverage),
      series("工作覆盖", (f) => f.estatesWithWorkCoverage),
      series("两个覆盖", (f) => f.estatesWithBothCoverages),
    ],
  });
}

function monthlyChart(county: County): HTMLElement {
  const months = county.volunteerMonthly?.map((m) => m.month) ?? county.unitsMonthly?.map((m) => m.month) ?? [];
  return chart("monthly", "志愿服务时长与资源预约（按月）", {
    xAxis: { type: "category", data: months },
    yAxis: [
      { type: "value", name: "小时" },
      { type: "value", name: "预约" },
    ],
    series: [
      {
        type: "bar",
        name: "志愿服务时长",
        data: months.map((m) => county.volunteerMonthly?.find((v) => v.month === m)?.approvedServiceHours ?? 0),
      },
      {
        type: "line",
        name: "批准的预约",
        yAxisIndex: 1,
        data: months.map((m) => county.unitsMonthly?.find((u) => u.month === m)?.bookingsApproved ?? 0),
      },
    ],
  });
}

function problemsMonthlyChart(county: County): HTMLElement {
  const months = county.partyMonthly.map((m) => m.month);
  return chart("problems-monthly", "点题、解题与调解（按月）", {
    xAxis: { type: "category", data: months },
    yAxis: { type: "value" },
    series: [
      { type: "line", name: "点题", data: county.partyMonthly.map((m) => m.problemsRaised) },
      { type: "line", name: "解题", data: county.partyMonthly.map((m) => m.problemsSolved) },
      { type: "line", name: "调解纠纷", data: county.partyMonthly.map((m) => m.disputesMediated) },
    ],
  });
}
