import type { AuthorizationCase } from "../types";
import { partyCases } from "./party";
import { propertyCases } from "./property";
import { unitsCases } from "./units";
import { volunteerCases } from "./volunteer";

/** One list per agency; add a case there with every new mutation (the matrix test insists). */
export const cases: AuthorizationCase[] = [...partyCases, ...propertyCases, ...unitsCases, ...volunteerCases];
