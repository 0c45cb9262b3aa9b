import { EstatePageDocument, type EstatePageQuery, type PublicProblemFieldsFragment } from "@linli/schema/operations";
import { crumbs, h, notice, section, show } from "./dom";
import { outages, request } from "./graph";
import {
  agencyNames,
  answeredBy,
  branchFormation,
  branchStage,
  estateType,
  label,
  livingRoomFunction,
  managementMode,
  problemCategory,
  problemStatus,
  resourceKind,
  secretaryBackground,
  unitKind,
} from "./labels";

const date = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "—");
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
const facts = (...rows: [string, string | number | Node][]) =>
  h("dl", { class: "facts" }, ...rows.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
const unavailable = () => h("p", { class: "muted" }, "暂时无法获取。");

/** 小区页面 — the estate from every agency's side, with only the public parts of its problems. */
export async function estatePage(root: HTMLElement, id: string): Promise<void> {
  const { data, partial } = await request(EstatePageDocument, { id });
  const estate = data.estate;
  if (!estate) return show(root, notice("未找到该小区。"));
  const branch = estate.partyBranch;
  show(
    root,
    crumbs({ subdistrict: estate.community.subdistrict, community: estate.community }, estate.name),
    h("h1", { "data-estate": estate.id }, estate.name),
    outages(partial).length > 0 ? notice(`部分单位的数据暂时无法获取（${agencyNames(outages(partial))}）。`) : null,
    h(
      "div",
      { class: "panels" },
      section(
        "小区概况",
        facts(
          ["分类", `${label(estateType, estate.type)}${estate.resettlement ? "（安置房）" : ""}`],
          ["户数", estate.households],
          ["治理机制", estate.governanceModel ?? "—"],
          ["组织覆盖", estate.organizationCovered ? "已覆盖" : "未覆盖"],
          ["工作覆盖", estate.workCovered ? "已覆盖" : "未覆盖"],
        ),
      ),
      section(
        "小区党支部",
        branch
          ? facts(
              ["党支部", branch.name],
              ["组建方式", label(branchFormation, branch.formation)],
              ["建设阶段", label(branchStage, branch.stage)],
              ["成立", date(branch.foundedOn)],
              ["书记背景", h("span", { "data-secretary": "" }, label(secretaryBackground, branch.secretaryBackground))],
              [
                "书记兼任业委会主任（一肩挑）",
                estate.branchSecretaryChairsOwnersCommittee == null
                  ? "—"
                  : estate.branchSecretaryChairsOwnersCommittee
                    ? "是"
                    : "否",
              ],
            )
          : h("p", { class: "muted" }, "尚未建立小区党支部。"),
        estate.livingRoom
          ? facts(
              ["睦邻客厅", estate.livingRoom.name],
              ["功能", estate.livingRoom.functions.map((f) => label(livingRoomFunction, f)).join("、") || "—"],
            )
          : null,
      ),
      section("物业管理", management(estate)),
      section(
        "驻区单位",
        estate.embeddedUnits === null
          ? unavailable()
          : estate.embeddedUnits.length === 0
            ? h("p", { class: "muted" }, "尚无驻区单位结对。")
            : h(
                "ul",
                { class: "list" },
                ...estate.embeddedUnits.map((unit) =>
                  h(
                    "li",
                    {},
                    h("strong", {}, unit.name),
                    ` · ${label(unitKind, unit.kind)}`,
                    unit.sharedResources.length > 0
                      ? h(
                          "div",
                          { class: "muted" },
                          `共享资源：${unit.sharedResources
                            .map((r) => `${r.name}（${label(resourceKind, r.kind)}，可容纳${r.capacity}）`)
                            .join("；")}`,
                        )
                      : null,
                  ),
                ),
              ),
      ),
      section(
        "党员志愿者队伍",
        estate.volunteerTeams === null
          ? unavailable()
          : estate.volunteerTeams.length === 0
            ? h("p", { class: "muted" }, "尚无志愿者队伍。")
            : h("ul", { class: "list" }, ...estate.volunteerTeams.map((team) => h("li", {}, team.name))),
      ),
    ),
    section(
      "问题墙（未办结的问题）",
      problems(
        estate.problemWall.edges.map((e) => e.node),
        "问题墙上暂无问题。",
      ),
    ),
    section(
      "回音壁（公开答复）",
      problems(
        estate.echoWall.edges.map((e) => e.node),
        "回音壁上暂无答复。",
      ),
    ),
  );
}

type Estate = NonNullable<EstatePageQuery["estate"]>;

function management(estate: Estate): HTMLElement {
  const rows: [string, string | number | Node][] = [["管理方式", label(managementMode, estate.managementMode)]];
  if (estate.propertyCompany) {
    rows.push([
      "物业服务企业",
      `${estate.propertyCompany.name}${estate.propertyCompany.redProperty ? "（红色物业）" : ""}`,
    ]);
  }
  if (estate.ownersCommittee) {
    rows.push([
      "业委会",
      `任期 ${date(estate.ownersCommittee.termStartsOn)} 至 ${date(estate.ownersCommittee.termEndsOn)}${estate.ownersCommittee.red ? "（红色业委会）" : ""}`,
    ]);
  }
  if (estate.selfGovernanceCouncil) {
    rows.push(["业主自治会", estate.selfGovernanceCouncil.name]);
    rows.push(["自主收费结余", yuan(estate.selfGovernanceCouncil.balanceFen)]);
  }
  const history = estate.managementContracts ?? [];
  return h(
    "div",
    {},
    facts(...rows),
    history.length > 1
      ? h(
          "details",
          {},
          h("summary", {}, "物业服务企业更替"),
          h(
            "ul",
            { class: "list" },
            ...history.map((c) =>
              h("li", {}, `${c.company.name}：${date(c.startsOn)} 至 ${c.endsOn ? date(c.endsOn) : "今"}`),
            ),
          ),
        )
      : null,
  );
}

function problems(list: PublicProblemFieldsFragment[], empty: string): HTMLElement {
  if (list.length === 0) return h("p", { class: "muted" }, empty);
  return h(
    "ul",
    { class: "problems" },
    ...list.map((p) =>
      h(
        "li",
        { class: "problem", "data-problem": p.id },
        h(
          "div",
          { class: "problem-head" },
          h("span", { class: "tag" }, label(problemCategory, p.category)),
          h("span", { class: `state state-${p.status}` }, label(problemStatus, p.status)),
          p.overdue ? h("span", { class: "tag overdue" }, "已超期") : null,
          h("span", { class: "muted" }, date(p.reportedAt)),
        ),
        h("p", {}, p.question),
        p.answer
          ? h(
              "blockquote",
              { class: "answer" },
              h(
                "span",
                { class: "muted" },
                `${p.answeredBy ? `${label(answeredBy, p.answeredBy.__typename)} ${p.answeredBy.name}` : "答复"} · ${date(p.answeredAt)}：`,
              ),
              p.answer,
            )
          : null,
      ),
    ),
  );
}
