import { addHours } from "../calendar";
import { demoId } from "../ids";
import { syntheticPerson } from "../people";
import type { DemoCounty } from "../types";
import { apportion, type CountyBuild, date, deficit, type Estate } from "./build";

type Team = DemoCounty["teams"][number];
type Post = DemoCounty["servicePosts"][number];
type Activity = DemoCounty["activities"][number];
type ClaimState = Post["claims"][number]["state"];

const KINDS = ["HARMONY_GUARD", "SAFETY_GUARD", "WARM_SERVICE", "ENVIRONMENT", "FOOD_SAFETY"] as const;
const TITLES: Record<(typeof KINDS)[number], string> = {
  HARMONY_GUARD: "和谐卫士岗",
  SAFETY_GUARD: "安全卫士岗",
  WARM_SERVICE: "暖心服务岗",
  ENVIRONMENT: "环境整治岗",
  FOOD_SAFETY: "舌尖护卫岗",
};

/** What a team does in each month of the year (1–12): the festivals and campaigns volunteers serve. */
const SEASON_ACTIVITIES: Record<number, [title: string, kind: Activity["kind"]][]> = {
  1: [
    ["春节送温暖走访", "OTHER"],
    ["写春联送祝福", "OTHER"],
  ],
  2: [
    ["元宵邻里游园", "OTHER"],
    ["节后环境整治", "CLEAN_UP"],
  ],
  3: [
    ["学雷锋义剪", "FREE_HAIRCUT"],
    ["学雷锋义诊", "FREE_CLINIC"],
    ["家电义修", "FREE_REPAIR"],
  ],
  4: [
    ["清明文明祭扫宣传", "OTHER"],
    ["春季环境整治", "CLEAN_UP"],
  ],
  5: [
    ["防灾减灾宣传", "OTHER"],
    ["法律咨询进小区", "LEGAL_ADVICE"],
  ],
  6: [
    ["端午包粽子", "OTHER"],
    ["汛前排水沟清理", "CLEAN_UP"],
  ],
  7: [
    ["暑期公益课堂", "OTHER"],
    ["防溺水宣传", "OTHER"],
  ],
  8: [
    ["台风后清理", "CLEAN_UP"],
    ["高温慰问环卫工人", "OTHER"],
  ],
  9: [
    ["中秋邻里茶话", "OTHER"],
    ["义诊测血压", "FREE_CLINIC"],
  ],
  10: [
    ["重阳敬老义剪", "FREE_HAIRCUT"],
    ["国庆环境大扫除", "CLEAN_UP"],
  ],
  11: [
    ["消防安全宣传月", "OTHER"],
    ["家电义修", "FREE_REPAIR"],
  ],
  12: [
    ["冬季义诊", "FREE_CLINIC"],
    ["法律咨询进小区", "LEGAL_ADVICE"],
  ],
};

/**
 * 18 volunteer teams, each serving the estates of one branch; 176 in-service members who claimed
 * service posts (and some whose only claim was refused); rosters; activities month by month with
 * the festivals and campaigns, sign-ups and the hours their check-ins and completed posts recorded.
 */
export function addTeamsAndVolunteering(build: CountyBuild): void {
  const { county, random, calendar } = build;
  const teamsNeeded = deficit(18, county.teams.length, "volunteer teams");
  const served = new Set(county.teams.flatMap((t) => t.estateIds));
  const branches = county.branches
    .filter((b) => b.stage !== "NEW" && !b.estateIds.some((id) => served.has(id)))
    .map((b) => ({ b, households: b.estateIds.reduce((n, id) => n + build.estate(id).households, 0) }))
    .sort((x, y) => y.households - x.households || x.b.name.localeCompare(y.b.name))
    .slice(0, teamsNeeded);
  const newTeams: Team[] = branches.map(({ b }) => {
    const first = build.estate(b.estateIds[0]!);
    const name = b.estateIds.length > 1 ? `${first.name}片区党员志愿者队` : `${first.name}党员志愿者队`;
    const founded = Math.max(Number(b.foundedOn.slice(0, 4)), calendar.year - 5);
    const team: Team = {
      id: demoId("team", name),
      name,
      foundedOn: date(founded, random.int(1, 12), random.int(1, 28)),
      estateIds: [...b.estateIds],
    };
    county.teams.push(team);
    return team;
  });

  // Posts: three to five kinds per team, in its estates.
  const posts: Post[] = newTeams.flatMap((team) =>
    KINDS.filter(() => random.next() < 0.75).map((kind, k) => {
      const estateId = team.estateIds[k % team.estateIds.length]!;
      const post: Post = {
        id: demoId("post", `${team.name}/${kind}`),
        teamId: team.id,
        estateId,
        kind,
        title: `${build.estate(estateId).name}${TITLES[kind]}`,
        capacity: random.int(8, 24),
        schedule: random.next() < 0.5 ? "FLEXIBLE" : "OPEN_ENDED",
        shiftStartsAt: null,
        shiftEndsAt: null,
        claims: [],
      };
      county.servicePosts.push(post);
      return post;
    }),
  );
  const claimed = new Set(
    county.servicePosts.flatMap((p) => p.claims.filter((c) => c.state !== "REJECTED").map((c) => c.memberId)),
  );
  const claimers = deficit(176, claimed.size, "members claiming posts");
  const volunteersOf = new Map<string, string[]>(newTeams.map((t) => [t.id, []]));
  // In-service members reporting to their estates (亮身份), in proportion to the teams' households.
  const shares = apportion(
    claimers,
    newTeams.map((t) => t.estateIds.reduce((n, id) => n + build.estate(id).households, 0)),
  );
  const hours: DemoCounty["serviceHours"] = county.serviceHours;
  newTeams.forEach((team, t) => {
    const teamPosts = posts.filter((p) => p.teamId === team.id);
    const volunteers = volunteersOf.get(team.id)!;
    // Those whose only claim was refused (the post was full or not theirs) do not count.
    const refused = random.int(0, 2);
    for (let i = 0; i < shares[t]! + refused; i += 1) {
      const estate = build.estate(team.estateIds[i % team.estateIds.length]!);
      const member = build.newMember(estate, "IN_SERVICE", null);
      const volunteerId = demoId("volunteer", `合成志愿者/${member.id}`);
      county.volunteers.push({ id: volunteerId, name: member.name, partyMemberId: member.id });
      volunteers.push(volunteerId);
      const isRefused = i >= shares[t]!;
      const chosen = [random.pick(teamPosts), ...(random.next() < 0.3 ? [random.pick(teamPosts)] : [])].filter(
        (p, k, list) => list.indexOf(p) === k,
      );
      for (const post of chosen) {
        const draw = random.next();
        const state: ClaimState = isRefused
          ? "REJECTED"
          : draw < 0.38
            ? "COMPLETED"
            : draw < 0.78
              ? "ACCEPTED"
              : draw < 0.9
                ? "CLAIMED"
                : "NOT_COMPLETED";
        const claimId = demoId("claim", `${post.id}/${member.id}`);
        post.claims.push({ id: claimId, volunteerId, memberId: member.id, state });
        if (state === "COMPLETED") {
          hours.push({
            id: demoId("hourEntry", claimId),
            volunteerId,
            teamId: team.id,
            estateId: post.estateId,
            servedOn: calendar.day(build.timing.int(3, 360)),
            minutes: random.int(2, 8) * 30,
            source: "POST_COMPLETED",
            signUpId: null,
            claimId,
          });
        }
      }
    }
    // Residents who volunteer without being party members, and retired members on the roll.
    for (let k = random.int(2, 5); k > 0; k -= 1) {
      const volunteerId = demoId("volunteer", `${team.name}/居民志愿者${k}`);
      county.volunteers.push({ id: volunteerId, name: syntheticPerson(random).name, partyMemberId: null });
      volunteers.push(volunteerId);
    }
    for (const member of team.estateIds.flatMap((id) => build.membersOf(id, "REGISTERED")).slice(0, random.int(1, 3))) {
      const volunteerId = demoId("volunteer", `合成志愿者/${member.id}`);
      if (county.volunteers.some((v) => v.id === volunteerId)) continue;
      county.volunteers.push({ id: volunteerId, name: member.name, partyMemberId: member.id });
      volunteers.push(volunteerId);
    }
    // 队员名册: the first volunteer leads; a few joined later or left.
    const rosters = county.teamMemberships ?? [];
    volunteers.forEach((volunteerId, k) => {
      // Joined between the team's founding and a month ago; a few left since.
      const sinceFounding = Math.max(31, Math.round(calendar.daysBefore(`${team.foundedOn}T00:00:00+08:00`)));
      const joinedDays = k === 0 ? sinceFounding : random.int(30, sinceFounding);
      const joinedOn = k === 0 ? team.foundedOn : calendar.day(joinedDays);
      const leaves = random.next() < 0.06;
      const left = k > 0 && joinedDays > 60 && leaves;
      rosters.push({
        id: demoId("teamMembership", `${team.name}/${volunteerId}`),
        teamId: team.id,
        volunteerId,
        role: k === 0 ? "LEADER" : "MEMBER",
        joinedOn,
        leftOn: left ? calendar.day(build.timing.int(10, joinedDays - 20)) : null,
      });
    });
    county.teamMemberships = rosters;
    addActivities(build, team, volunteers);
  });
}

/** About one activity a month over the last year, the month's festival or campaign, and two ahead. */
function addActivities(build: CountyBuild, team: Team, volunteers: string[]): void {
  const { county, random, timing, calendar } = build;
  const count = random.int(8, 13);
  for (let j = 0; j < count + 2; j += 1) {
    const ahead = j >= count;
    const days = ahead ? -timing.int(2, 20) : Math.round(((j + timing.next()) * 365) / count);
    const month = calendar.monthOfDay(days);
    const [title, kind] = timing.pick(SEASON_ACTIVITIES[month]!);
    const startsAt = calendar.at(days, timing.pick([8, 9, 15]), 0);
    const minutes = random.int(3, 8) * 30;
    const estateId = team.estateIds[j % team.estateIds.length]!;
    const estate: Estate = build.estate(estateId);
    const capacity = random.int(10, 40);
    const id = demoId("activity", `${team.name}/${j}`);
    const people = volunteers.filter((_, k) => (k + j) % 3 !== 0);
    const signUps: Activity["signUps"] = people.map((volunteerId, k) => ({
      id: demoId("signUp", `${id}/${volunteerId}`),
      volunteerId,
      state: ahead
        ? k < capacity
          ? "SIGNED_UP"
          : "WAITLISTED"
        : k >= capacity
          ? "CANCELLED"
          : random.next() < 0.86
            ? "CHECKED_IN"
            : random.next() < 0.5
              ? "CANCELLED"
              : "SIGNED_UP",
    }));
    county.activities.push({
      id,
      teamId: team.id,
      estateId,
      title: `${estate.name}${title}`,
      kind,
      startsAt,
      endsAt: addHours(startsAt, minutes / 60),
      placeId: null,
      capacity,
      signUps,
    });
    for (const signUp of signUps) {
      if (signUp.state !== "CHECKED_IN") continue;
      county.serviceHours.push({
        id: demoId("hourEntry", signUp.id),
        volunteerId: signUp.volunteerId,
        teamId: team.id,
        estateId,
        servedOn: calendar.day(days),
        minutes,
        source: "ACTIVITY_CHECK_IN",
        signUpId: signUp.id,
        claimId: null,
      });
    }
  }
}
