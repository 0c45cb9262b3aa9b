export { chinaToday, demoHistoryMonths, lastTwelveMonths, monthBefore } from "./calendar";
export { demoId } from "./ids";
export { type Random, seededRandom } from "./people";
export { sampleCounty } from "./sample";
export { countyCopy } from "./scale";
export { withSyntheticEstates } from "./synthetic";
export type { DemoCounty } from "./types";
export { REPORT_FIGURES, type XianyouOptions, xianyouCounty } from "./xianyou";
