export { demoId } from "./ids";
export { sampleCounty } from "./sample";
export { withSyntheticEstates } from "./synthetic";
export type { DemoCounty } from "./types";
