import {
  CommunityDrillDownDocument,
  type PartyFiguresFieldsFragment,
  SubdistrictDrillDownDocument,
  type UnitsFiguresFieldsFragment,
  type VolunteerFiguresFieldsFragment,
} from "@linli/schema/operations";
import { card, crumbs, exportButtons, h, link, notice, section, show, table } from "./dom";
import { secretaryCards } from "./figures";
import { request } from "./graph";
import { estateType, label, subdistrictKind } from "./labels";

interface Figures {
  partyFigures: PartyFiguresFieldsFragment;
  unitsFigures: UnitsFiguresFieldsFragment | null;
  volunteerFigures: VolunteerFiguresFieldsFragment | null;
}

/** The cards a place shows at the top of its drill-down page. */
const placeCards = ({ partyFigures: party, unitsFigures: units, volunteerFigures: volunteer }: Figures) =>
  h(
    "div",
    { class: "cards" },
    card("estates", "小区", party.estates, "个"),
    card("estatePartyBranches", "小区党支部", party.estatePartyBranches, "个"),
    card("estatesWithBothCoverages", "两个覆盖", party.estatesWithBothCoverages, "个"),
    card("gridLeaders", "党员楼栋长", party.gridLeaders, "名"),
    card("livingRooms", "睦邻客厅", party.livingRooms, "个"),
    card("problemsSolved", "解决问题", party.problemsSolved, "个"),
    card("problemsOpen", "待解决问题", party.problemsOpen, "个"),
    card("embeddedUnits", "驻区单位", units?.embeddedUnits, "家"),
    card("volunteerTeams", "志愿者队伍", volunteer?.volunteerTeams, "支"),
    ...secretaryCards(party),
  );

/** 镇街 → its communities. */
export async function subdistrictPage(root: HTMLElement, id: string): Promise<void> {
  const { data } = await request(SubdistrictDrillDownDocument, { id });
  const place = data.subdistrict;
  if (!place) return show(root, notice("未找到该镇街。"));
  show(
    root,
    crumbs({}, place.name),
    h("h1", {}, `${place.name}（${label(subdistrictKind, place.kind)}）`),
    placeCards(place),
    section(
      "社区",
      exportButtons("SubdistrictDrillDown", { id }, { list: "subdistrict.communities" }),
      table(
        ["社区", "小区", "小区党支部", "两个覆盖", "解决问题", "驻区单位", "志愿者队伍"],
        place.communities.map((c) => [
          link(`#/community/${c.id}`, c.name),
          c.partyFigures.estates,
          c.partyFigures.estatePartyBranches,
          c.partyFigures.estatesWithBothCoverages,
          c.partyFigures.problemsSolved,
          c.unitsFigures?.embeddedUnits ?? "—",
          c.volunteerFigures?.volunteerTeams ?? "—",
        ]),
      ),
    ),
  );
}

/** 社区 → its estates, a page at a time. */
export async function communityPage(root: HTMLElement, id: string): Promise<void> {
  const { data } = await request(CommunityDrillDownDocument, { id });
  const community = data.community;
  if (!community) return show(root, notice("未找到该社区。"));
  const rows = h("tbody", {});
  const more = h("button", { type: "button", class: "secondary" }, "加载更多小区");
  const append = (page: NonNullable<typeof data.community>["estates"]) => {
    for (const { node: e } of page.edges) {
      rows.append(
        h(
          "tr",
          {},
          ...[
            link(`#/estate/${e.id}`, e.name),
            label(estateType, e.type),
            e.partyFigures.estatePartyBranches > 0 ? "有" : "无",
            e.partyFigures.estatesWithBothCoverages > 0 ? "是" : "否",
            e.partyFigures.gridLeaders,
            `${e.partyFigures.problemsSolved} / ${e.partyFigures.problemsRaised}`,
            e.unitsFigures?.embeddedUnits ?? "—",
            e.volunteerFigures?.volunteerTeams ?? "—",
          ].map((cell) => h("td", {}, cell)),
        ),
      );
    }
    more.hidden = !page.pageInfo.hasNextPage;
    more.onclick = async () => {
      more.setAttribute("disabled", "");
      const next = await request(CommunityDrillDownDocument, { id, after: page.pageInfo.endCursor });
      more.removeAttribute("disabled");
      if (next.data.community) append(next.data.community.estates);
    };
  };
  append(community.estates);
  const headers = ["小区", "类型", "党支部", "两个覆盖", "楼栋长", "解决/点题", "驻区单位", "志愿者队伍"];
  show(
    root,
    crumbs({ subdistrict: community.subdistrict }, community.name),
    h("h1", {}, community.name),
    placeCards(community),
    section(
      "小区",
      exportButtons("CommunityDrillDown", { id }),
      h(
        "div",
        { class: "table-wrap" },
        h("table", {}, h("thead", {}, h("tr", {}, ...headers.map((t) => h("th", {}, t)))), rows),
      ),
      more,
    ),
  );
}
