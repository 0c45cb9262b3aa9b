import { describe, expect, it } from "vitest";
import { chinaToday, monthBefore } from "./calendar";
import { xianyouCounty } from "./xianyou";

const TODAY = "2026-12-03";
const county = xianyouCounty({ today: TODAY });
const midnight = Date.parse(`${TODAY}T00:00:00+08:00`);
const chinaMonth = (iso: string) => chinaToday(new Date(iso)).slice(0, 7);
const days = (ms: number) => ms / 86_400_000;
const quantile = (sorted: number[], q: number) => sorted[Math.floor(sorted.length * q)]!;
const communityOf = new Map(county.estates.map((e) => [e.id, e.communityId]));
const subdistrictOf = new Map(
  county.estates.map((e) => [e.id, county.communities.find((c) => c.id === e.communityId)!.subdistrictId]),
);

describe("the demo county (仙游县)", () => {
  it("comes out the same for the same day, and with the same records and ids on any other day", () => {
    expect(xianyouCounty({ today: TODAY })).toEqual(county);
    const later = xianyouCounty({ today: "2027-07-19" });
    const ids = (c: typeof county) =>
      Object.fromEntries(
        Object.entries(c).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.map((r) => (r as { id?: string }).id ?? JSON.stringify(r).slice(0, 80)) : value,
        ]),
      );
    const { workCoverage: a, ...rest } = ids(county);
    const { workCoverage: b, ...restLater } = ids(later);
    expect(restLater).toEqual(rest);
    expect((b as unknown[]).length).toBe((a as unknown[]).length);
    // Only the dates moved, by the days between.
    const shift = Date.parse(later.problems[0]!.reportedAt) - Date.parse(county.problems[0]!.reportedAt);
    expect(days(shift)).toBeGreaterThan(200);
  });

  it("has no problem, dispute or booking answer dated today or later; bookings and activities also lie ahead", () => {
    const events = [
      ...county.problems.flatMap((p) => p.history.map((h) => h.occurredAt)),
      ...county.disputes.flatMap((d) => d.history.map((h) => h.occurredAt)),
      ...county.bookings.flatMap((b) => b.history.map((h) => h.occurredAt)),
    ];
    expect(events.every((at) => Date.parse(at) < midnight)).toBe(true);
    expect(county.bookings.some((b) => Date.parse(b.startsAt) > midnight)).toBe(true);
    expect(county.activities.some((a) => Date.parse(a.startsAt) > midnight)).toBe(true);
  });

  it("raises problems every month, more in the rainy and typhoon season than at the Spring Festival, and some this month", () => {
    const byMonth = new Map<string, number>();
    for (const p of county.problems)
      byMonth.set(chinaMonth(p.reportedAt), (byMonth.get(chinaMonth(p.reportedAt)) ?? 0) + 1);
    const lastTwoYears = Array.from({ length: 24 }, (_, i) => byMonth.get(monthBefore(TODAY.slice(0, 7), i)) ?? 0);
    expect(Math.min(...lastTwoYears)).toBeGreaterThan(0);
    expect(byMonth.get(TODAY.slice(0, 7)) ?? 0).toBeGreaterThan(0);
    const season = (months: number[]) =>
      county.problems.filter((p) => months.includes(Number(chinaMonth(p.reportedAt).slice(5)))).length / months.length;
    expect(season([6, 7, 8, 9])).toBeGreaterThan(1.5 * season([1, 2]));
  });

  it("answers problems in hours to weeks, some late, and leaves some open past their target", () => {
    const hours = county.problems
      .flatMap((p) => {
        const resolved = p.history.find((h) => h.toStatus === "RESOLVED");
        return resolved ? [(Date.parse(resolved.occurredAt) - Date.parse(p.reportedAt)) / 3_600_000] : [];
      })
      .sort((x, y) => x - y);
    expect(quantile(hours, 0.1)).toBeLessThan(24);
    expect(quantile(hours, 0.9)).toBeGreaterThan(96);
    const late = county.problems.filter((p) => {
      const resolved = p.history.find((h) => h.toStatus === "RESOLVED");
      return resolved && Date.parse(resolved.occurredAt) > Date.parse(p.dueAt);
    });
    expect(late.length).toBeGreaterThan(10);
    const open = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "REOPENED"];
    const overdue = county.problems.filter((p) => open.includes(p.status) && Date.parse(p.dueAt) < midnight);
    expect(overdue.length).toBeGreaterThan(3);
    expect(overdue.length).toBeLessThan(county.problems.filter((p) => open.includes(p.status)).length);
  });

  it("has problems handled by branches, property companies, units and volunteer teams", () => {
    const byKind = new Map<string, number>();
    for (const p of county.problems)
      if (p.responsibleKind) byKind.set(p.responsibleKind, (byKind.get(p.responsibleKind) ?? 0) + 1);
    for (const kind of ["PARTY_BRANCH", "PROPERTY_COMPANY", "UNIT", "VOLUNTEER_TEAM"]) {
      expect(byKind.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(8);
    }
  });

  it("has bookings waiting and declined around today, and approved ones that vary month by month", () => {
    const near = (b: (typeof county.bookings)[number]) => Math.abs(days(Date.parse(b.startsAt) - midnight)) <= 21;
    expect(county.bookings.filter((b) => b.state === "PENDING" && near(b)).length).toBeGreaterThan(10);
    expect(county.bookings.filter((b) => b.state === "DECLINED" && near(b)).length).toBeGreaterThan(3);
    const approved = new Map<string, number>();
    for (const b of county.bookings.filter((b) => b.state === "APPROVED")) {
      approved.set(chinaMonth(b.startsAt), (approved.get(chinaMonth(b.startsAt)) ?? 0) + 1);
    }
    const year = Array.from({ length: 12 }, (_, i) => approved.get(monthBefore(TODAY.slice(0, 7), i + 1)) ?? 0);
    expect(Math.max(...year)).toBeGreaterThan(1.8 * Math.min(...year));
  });

  it("gives every unit a liaison and shares resources that differ by kind of unit", () => {
    for (const unit of county.units)
      expect(
        county.liaisons?.some((l) => l.unitId === unit.id),
        unit.name,
      ).toBe(true);
    const names = (kind: string) =>
      new Set(
        county.resources.filter((r) => county.units.find((u) => u.id === r.unitId)?.kind === kind).map((r) => r.name),
      );
    const hospital = names("HOSPITAL");
    const school = names("SCHOOL");
    expect([...hospital].some((n) => school.has(n))).toBe(false);
    const mostUsed = Math.max(
      ...[...new Set(county.resources.map((r) => r.name))].map(
        (n) => county.resources.filter((r) => r.name === n).length,
      ),
    );
    expect(mostUsed / county.resources.length).toBeLessThan(0.25);
  });

  it("awards stars and records evaluations in proportion to the members and units", () => {
    const stars = county.memberStars ?? [];
    expect(stars.length / county.members.length).toBeGreaterThan(0.02);
    expect(stars.length / county.members.length).toBeLessThan(0.12);
    const inService = county.members.filter((m) => m.kind === "IN_SERVICE");
    const evaluated = new Set(county.evaluations.map((e) => e.memberId));
    expect(inService.filter((m) => evaluated.has(m.id)).length / inService.length).toBeGreaterThan(0.2);
    for (const unit of county.units.filter((u) => u.joined.length)) {
      expect(
        county.evaluations.some((e) => e.unitId === unit.id),
        unit.name,
      ).toBe(true);
    }
  });

  it("covers neighbouring estates of one community with each joint or combined branch", () => {
    const several = county.branches.filter((b) => b.estateIds.length > 1);
    expect(several.length).toBeGreaterThan(20);
    for (const branch of several) {
      expect(new Set(branch.estateIds.map((id) => communityOf.get(id))).size, branch.name).toBe(1);
    }
    // So each subdistrict's branches add up to the county's.
    const bySubdistrict = new Map<string, Set<string>>();
    for (const b of county.branches) {
      for (const id of b.estateIds) {
        const s = subdistrictOf.get(id)!;
        bySubdistrict.set(s, (bySubdistrict.get(s) ?? new Set()).add(b.id));
      }
    }
    expect([...bySubdistrict.values()].reduce((n, set) => n + set.size, 0)).toBe(62);
  });
});
