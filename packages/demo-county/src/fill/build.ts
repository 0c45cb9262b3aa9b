import type { DemoCalendar } from "../calendar";
import { demoId } from "../ids";
import { type Random, syntheticPerson } from "../people";
import type { DemoCounty } from "../types";

export type Estate = DemoCounty["estates"][number];
export type Branch = DemoCounty["branches"][number];
export type Member = DemoCounty["members"][number];

/** How many of a kind the base county already has, so the filler adds exactly the rest. */
export function deficit(target: number, have: number, what: string): number {
  if (have > target) throw new Error(`the sample already has ${have} ${what}, more than the report's ${target}`);
  return target - have;
}

export const date = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Splits `total` over `weights` by largest remainder: whole numbers that add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error("nothing to apportion over");
  const exact = weights.map((w) => (w / sum) * total);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    whole[i]! += 1;
    left -= 1;
  }
  return whole;
}

/** Draws an index by weight (one draw of `random`). */
export function weighted(random: Random, weights: readonly number[]): number {
  const sum = weights.reduce((a, b) => a + b, 0);
  let draw = random.next() * sum;
  for (let i = 0; i < weights.length; i += 1) {
    draw -= weights[i]!;
    if (draw < 0) return i;
  }
  return weights.length - 1;
}

/** A log-normal draw (two draws of `random`): durations with a long tail. */
export function logNormal(random: Random, median: number, sigma: number): number {
  const u = Math.max(random.next(), 1e-9);
  const v = random.next();
  return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}

/**
 * The county being filled, with the lookups every part needs. Two random streams: `random` decides
 * what exists (names, counts, who and where), `timing` only when; so the same county comes out
 * whatever day it is built on, with its dates moved to that day.
 */
export class CountyBuild {
  /** Estates added to the sample, in order. */
  readonly newEstates: Estate[] = [];
  /** Estates covered by a branch (the sample's and the new), the pool for estate-level records. */
  readonly branchEstates: Estate[] = [];
  private memberCount = 0;
  private readonly estates = new Map<string, Estate>();
  private readonly branchByEstate = new Map<string, Branch>();

  constructor(
    readonly county: DemoCounty,
    readonly random: Random,
    readonly timing: Random,
    readonly calendar: DemoCalendar,
  ) {
    for (const estate of county.estates) this.estates.set(estate.id, estate);
    this.indexBranches();
  }

  indexBranches(): void {
    this.branchByEstate.clear();
    for (const branch of this.county.branches) for (const id of branch.estateIds) this.branchByEstate.set(id, branch);
  }

  addEstate(estate: Estate): void {
    this.county.estates.push(estate);
    this.estates.set(estate.id, estate);
    this.newEstates.push(estate);
  }

  estate(id: string): Estate {
    const found = this.estates.get(id);
    if (!found) throw new Error(`no estate ${id}`);
    return found;
  }

  estateNamed(name: string): Estate {
    return this.estate(demoId("estate", name));
  }

  branchOf(estateId: string): Branch | undefined {
    return this.branchByEstate.get(estateId);
  }

  community(id: string) {
    const found = this.county.communities.find((c) => c.id === id);
    if (!found) throw new Error(`no community ${id}`);
    return found;
  }

  subdistrictOf(estate: Estate) {
    const community = this.community(estate.communityId);
    const subdistrict = this.county.subdistricts.find((s) => s.id === community.subdistrictId);
    if (!subdistrict) throw new Error(`no subdistrict ${community.subdistrictId}`);
    return subdistrict;
  }

  /** A synthetic party member living in `estate`. */
  newMember(estate: Estate, kind: Member["kind"], branchId: string | null): Member {
    this.memberCount += 1;
    const person = syntheticPerson(this.random);
    const member: Member = {
      id: demoId("member", `${estate.name}/合成党员${this.memberCount}`),
      name: person.name,
      kind,
      phone: person.phone,
      idNumber: person.idNumber,
      address: `${estate.address} ${this.random.int(1, 12)} 幢 ${this.random.int(1, 18)}0${this.random.int(1, 4)} 室`,
      estateId: estate.id,
      branchId,
    };
    this.county.members.push(member);
    return member;
  }

  membersOf(estateId: string, kind?: Member["kind"]): Member[] {
    return this.county.members.filter((m) => m.estateId === estateId && (!kind || m.kind === kind));
  }
}
