export { demoId } from "./ids";
export { sampleCounty } from "./sample";
export { countyCopy } from "./scale";
export { withSyntheticEstates } from "./synthetic";
export type { DemoCounty } from "./types";
export { REPORT_FIGURES, xianyouCounty } from "./xianyou";
