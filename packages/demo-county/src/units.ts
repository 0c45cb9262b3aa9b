import { demoId } from "./ids";
import type { DemoCounty } from "./types";

type Center = DemoCounty["centers"][number];
type Category = Center["items"][number]["category"];

function center(
  name: string,
  address: string,
  unitNames: string[],
  items: [name: string, category: Category, offeredInLivingRooms: boolean][],
): Center {
  return {
    id: demoId("center", name),
    name,
    address,
    unitIds: unitNames.map((unitName) => demoId("unit", unitName)),
    items: items.map(([itemName, category, offeredInLivingRooms]) => ({
      id: demoId("centerItem", `${name}/${itemName}`),
      name: itemName,
      category,
      offeredInLivingRooms,
    })),
  };
}

/**
 * The embedded units agency's part of the sample: four of the report's 11 "party-building+"
 * neighbourhood centers (木兰, 南桥, 紫泽, 潭边) with the kinds of service it names — high-frequency
 * items, 24-hour self-service machines, the 12345 line, the medical alliance and "X" functions —
 * and a few member units from the sample. Not the report's totals (24 member units, 77 items):
 * those belong to the full county.
 */
export function unitsSample(): Pick<DemoCounty, "centers"> {
  return {
    centers: [
      center(
        "木兰社区“党建+”邻里中心",
        "仙游县鲤城街道木兰社区",
        ["全安消防技术有限公司", "仙游县城市管理局"],
        [
          ["社保卡办理", "HIGH_FREQUENCY", true],
          ["居住证办理", "HIGH_FREQUENCY", false],
          ["24小时自助服务终端", "SELF_SERVICE_MACHINE", false],
          ["12345便民服务平台", "HOTLINE_12345", true],
          ["医共体家庭医生签约", "MEDICAL_ALLIANCE", true],
          ["学雷锋志愿服务站", "OTHER", false],
          ["红色代办", "OTHER", true],
        ],
      ),
      center(
        "南桥社区“党建+”邻里中心",
        "仙游县鲤城街道南桥社区",
        ["海通劳务派遣有限公司", "全安消防技术有限公司"],
        [
          ["医保参保登记", "HIGH_FREQUENCY", true],
          ["24小时自助服务终端", "SELF_SERVICE_MACHINE", false],
          ["12345便民服务平台", "HOTLINE_12345", true],
          ["就业培训基地", "OTHER", false],
          ["巾帼创业孵化中心", "OTHER", false],
        ],
      ),
      center(
        "紫泽社区“党建+”邻里中心",
        "仙游县紫泽社区",
        ["仙游县城市管理局"],
        [
          ["老年人优待证办理", "HIGH_FREQUENCY", true],
          ["12345便民服务平台", "HOTLINE_12345", false],
          ["医共体健康监测", "MEDICAL_ALLIANCE", false],
          ["党员红色驿站", "OTHER", false],
        ],
      ),
      center(
        "潭边社区“党建+”邻里中心",
        "仙游县潭边社区",
        ["顺安工程有限公司"],
        [
          ["城乡居民养老保险登记", "HIGH_FREQUENCY", false],
          ["24小时自助服务终端", "SELF_SERVICE_MACHINE", false],
          ["城市会客厅", "OTHER", false],
        ],
      ),
    ],
  };
}
