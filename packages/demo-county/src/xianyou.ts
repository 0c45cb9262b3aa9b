import { chinaToday, DemoCalendar } from "./calendar";
import { CountyBuild } from "./fill/build";
import { addDisputes, addPracticalProjects, addProblems, addRoutingRules } from "./fill/cases";
import { addBranches, addGridLeaders, addLivingRooms, addRecognition, addWorkUnits } from "./fill/party";
import { addPlaces } from "./fill/places";
import { addProperty } from "./fill/property";
import { addBookings, addCenters, addUnits } from "./fill/units";
import { addTeamsAndVolunteering } from "./fill/volunteer";
import { seededRandom } from "./people";
import { sampleCounty } from "./sample";
import type { DemoCounty } from "./types";

/**
 * The report's figures (domain.md, "Figures the demo data must reproduce"). `xianyouCounty()`
 * reproduces each of them exactly; the overview query computes them back from the data.
 */
export const REPORT_FIGURES = {
  /** 参与的镇街 — towns and subdistricts with at least one estate party branch. */
  subdistrictsTakingPart: 6,
  /** 邻里中心成员单位 — distinct units that are members of a neighbourhood center. */
  centerMemberUnits: 24,
  /** "党建+"邻里中心. */
  neighborhoodCenters: 11,
  /** 民生高频事项 moved into the centers (each center's items). */
  highFrequencyServiceItems: 77,
  /** 驻区单位 joined to estates' big branches, and the estates they joined. */
  embeddedUnits: 25,
  estatesWithEmbeddedUnits: 59,
  /** 小区党支部. */
  estatePartyBranches: 62,
  /** 两个覆盖 — estates with both organization and work coverage. */
  estatesWithBothCoverages: 140,
  /** 党员楼栋长、楼道长、街巷长. */
  gridLeaders: 109,
  /** 小区党员志愿者队伍. */
  volunteerTeams: 18,
  /** 书记 by background: 在任党员干部 / 退休党员干部 / 社区工作者. */
  secretariesServingCadres: 8,
  secretariesRetiredCadres: 10,
  secretariesCommunityWorkers: 15,
  /** 睦邻客厅. */
  livingRooms: 17,
  /** 新年开门办一件实事 done. */
  practicalProjectsDone: 48,
  /** 问题 collected and solved (resolved, answered or closed). */
  problemsSolved: 576,
  /** 矛盾纠纷 mediated to a settlement. */
  disputesMediated: 135,
  /** 红色代办 categories. */
  redProxyCategories: 4,
  /** 邻里中心服务事项 kinds moved down to the living rooms. */
  serviceKindsMovedDown: 15,
  /** 在职党员 who claimed service posts. */
  inServiceMembersClaimingPosts: 176,
} as const;

export interface XianyouOptions {
  /**
   * The day the county is built for (`YYYY-MM-DD`, China time; default today): every dated record
   * lies before it (bookings and activities also in the weeks after), so a dashboard has a
   * current month. The report's cumulative figures are the same whatever the day.
   */
  today?: string;
}

/**
 * 仙游县 as the report describes it: the sample's named places, branches, companies and units,
 * filled with synthetic estates, branches, members, problems, disputes, units, centers, teams and
 * claims until every figure of `REPORT_FIGURES` holds exactly, and looking like a county office's
 * data: problems and bookings that vary with the seasons, answer times with a long tail and some
 * overdue, problems handled by branches, property companies, units and teams, requests waiting
 * around today, liaison contacts for every unit, resources by kind of unit, stars and evaluations
 * in proportion, and joint and combined branches over neighbouring estates of one community.
 *
 * Deterministic: the same day gives the same county, and any day gives the same records with the
 * same ids (only their dates move), so loading it twice, or on another day, adds nothing.
 */
export function xianyouCounty(options: XianyouOptions = {}): DemoCounty {
  const county = sampleCounty();
  const build = new CountyBuild(
    county,
    seededRandom(2023),
    seededRandom(1949),
    new DemoCalendar(options.today ?? chinaToday()),
  );
  const byCommunity = addPlaces(build);
  addBranches(build, byCommunity);
  addGridLeaders(build);
  addLivingRooms(build);
  addProperty(build);
  addUnits(build);
  addCenters(build);
  addTeamsAndVolunteering(build);
  addWorkUnits(build);
  addRecognition(build);
  addRoutingRules(build);
  addPracticalProjects(build);
  addProblems(build);
  addDisputes(build);
  addBookings(build);
  return county;
}
