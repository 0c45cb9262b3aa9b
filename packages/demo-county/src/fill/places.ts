import { demoId } from "../ids";
import { type CountyBuild, deficit, type Estate } from "./build";

/** The report's six towns and subdistricts with the communities the filler adds, and how many new estates each gets. */
export const NEW_PLACES: {
  subdistrict: string;
  kind: "TOWN" | "SUBDISTRICT";
  urban: boolean;
  communities: [name: string, estates: number, street: string][];
}[] = [
  {
    subdistrict: "鲤城街道",
    kind: "SUBDISTRICT",
    urban: true,
    communities: [
      ["紫泽社区", 14, "紫泽路"],
      ["潭边社区", 13, "潭边街"],
      ["解放社区", 12, "解放路"],
      ["北门社区", 11, "北门街"],
      ["西门社区", 10, "西门路"],
      ["城南社区", 13, "城南大道"],
    ],
  },
  { subdistrict: "鲤南镇", kind: "TOWN", urban: false, communities: [["鲤南社区", 10, "鲤南大道"]] },
  {
    subdistrict: "枫亭镇",
    kind: "TOWN",
    urban: false,
    communities: [
      ["枫亭社区", 12, "枫亭街"],
      ["霞街社区", 7, "霞街"],
    ],
  },
  {
    subdistrict: "榜头镇",
    kind: "TOWN",
    urban: false,
    communities: [
      ["榜头社区", 11, "榜头街"],
      ["坝下社区", 6, "坝下路"],
    ],
  },
  { subdistrict: "郊尾镇", kind: "TOWN", urban: false, communities: [["郊尾社区", 9, "郊尾街"]] },
  { subdistrict: "度尾镇", kind: "TOWN", urban: false, communities: [["度尾社区", 7, "度尾街"]] },
];

/** A town of the county whose estates have no branch yet: it does not take part. */
export const NOT_TAKING_PART = {
  subdistrict: "赖店镇",
  community: "赖店社区",
  estates: ["赖店圩新村", "赖店溪滨小区"],
};
export const HONGQIAO_NEW_ESTATES = ["洪桥雅居", "洪桥锦苑", "洪桥东区", "洪桥南苑"];
/** Newly built estates a branch covers before party work reaches them (stage NEW). */
export const ORGANIZATION_ONLY_IN = ["城南社区", "枫亭社区"];
/** Small open estates party work reaches without a branch of their own yet. */
export const WORK_ONLY_IN = ["霞街社区", "坝下社区", "郊尾社区", "度尾社区"];

const PREFIXES = [..."金银华鼎福兴鑫盛丰泰安康宏锦龙凤德仁和瑞祥富丽嘉怡"];
const SUFFIXES = ["花园", "新村", "家园", "名苑", "雅居", "华庭", "公寓", "小区", "嘉园", "佳苑", "新城", "苑"];

/**
 * Subdistricts, communities and estates: 洪桥社区 grows to six estates, the county seat's
 * communities get more and taller estates than the towns', and 赖店镇 has estates no branch covers.
 * Returns the estates each new community got, in order.
 */
export function addPlaces(build: CountyBuild): Map<string, Estate[]> {
  const { county, random } = build;
  for (const place of [
    ...NEW_PLACES.map((p) => ({ ...p, names: p.communities.map(([name]) => name) })),
    { subdistrict: NOT_TAKING_PART.subdistrict, kind: "TOWN" as const, names: [NOT_TAKING_PART.community] },
  ]) {
    const subdistrictId = demoId("subdistrict", place.subdistrict);
    if (!county.subdistricts.some((s) => s.id === subdistrictId)) {
      county.subdistricts.push({ id: subdistrictId, name: place.subdistrict, kind: place.kind });
    }
    for (const community of place.names) {
      county.communities.push({ id: demoId("community", community), subdistrictId, name: community });
    }
  }
  HONGQIAO_NEW_ESTATES.forEach((name, i) => {
    build.addEstate(
      estate("洪桥社区", name, "HIGH_RISE_MANAGED", random.int(260, 520), `仙游县鲤城街道洪桥街 ${61 + i * 12} 号`),
    );
  });

  // 140 with both coverages: the sample's 7, 洪桥's four new estates, and the new communities' rest.
  const sampleBoth = county.estates.filter(
    (e) => county.workCoverage.some((w) => w.estateId === e.id) && build.branchOf(e.id),
  ).length;
  const both = deficit(140, sampleBoth + HONGQIAO_NEW_ESTATES.length, "estates with both coverages");
  const planned = NEW_PLACES.flatMap((p) => p.communities).reduce((n, [, count]) => n + count, 0);
  if (planned !== both + ORGANIZATION_ONLY_IN.length + WORK_ONLY_IN.length) {
    throw new Error(`the new communities hold ${planned} estates, not the ${both} + 6 the figures need`);
  }

  const byCommunity = new Map<string, Estate[]>();
  const names = new Set(county.estates.map((e) => e.name));
  for (const place of NEW_PLACES) {
    for (const [community, count, street] of place.communities) {
      const list: Estate[] = [];
      for (let i = 0; i < count; i += 1) {
        let name = "";
        do name = `${random.pick(PREFIXES)}${random.pick(PREFIXES)}${random.pick(SUFFIXES)}`;
        while (names.has(name));
        names.add(name);
        // The county seat builds high; the towns have more open, older estates.
        const type = (["HIGH_RISE_MANAGED", "MIXED_USE_MANAGED", "OPEN_UNMANAGED"] as const)[
          weightedIndex(random.next(), place.urban ? [0.45, 0.3, 0.25] : [0.2, 0.25, 0.55])
        ]!;
        const households =
          type === "HIGH_RISE_MANAGED"
            ? random.int(320, 1200)
            : type === "MIXED_USE_MANAGED"
              ? random.int(150, 620)
              : random.int(60, 320);
        const e = estate(
          community,
          name,
          type,
          households,
          `仙游县${place.subdistrict}${street} ${i * 7 + random.int(1, 6)} 号`,
        );
        e.resettlement = type === "OPEN_UNMANAGED" && !place.urban && random.next() < 0.25;
        if (random.next() < 0.15) {
          e.governanceModel =
            type === "HIGH_RISE_MANAGED" ? "五家心事" : type === "MIXED_USE_MANAGED" ? "五微睦邻" : "四自";
        }
        build.addEstate(e);
        list.push(e);
      }
      byCommunity.set(community, list);
    }
  }
  NOT_TAKING_PART.estates.forEach((name, i) => {
    build.addEstate(
      estate(
        NOT_TAKING_PART.community,
        name,
        "OPEN_UNMANAGED",
        random.int(70, 180),
        `仙游县赖店镇赖店街 ${i * 9 + 3} 号`,
      ),
    );
  });
  return byCommunity;
}

function weightedIndex(draw: number, weights: readonly number[]): number {
  let left = draw * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i += 1) {
    left -= weights[i]!;
    if (left < 0) return i;
  }
  return weights.length - 1;
}

function estate(community: string, name: string, type: Estate["type"], households: number, address: string): Estate {
  return {
    id: demoId("estate", name),
    communityId: demoId("community", community),
    name,
    type,
    resettlement: false,
    households,
    address,
    governanceModel: null,
  };
}
