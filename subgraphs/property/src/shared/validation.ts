import { codedError, uuidInput } from "@linli/service-kit";
import type { GraphQLError } from "graphql";
import { z } from "zod";

/** A well-formed id. */
export const id = uuidInput;

/** A calendar date as ISO 8601 `YYYY-MM-DD`, between 1950 and 2100, that exists (no 2023-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, "is not a calendar date")
  .refine((value) => value >= "1950-01-01" && value <= "2100-12-31", "must be between 1950-01-01 and 2100-12-31");

/** The day before an ISO date, as an ISO date. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Adds whole years to an ISO date (29 February lands on 1 March in a common year). */
export function addYears(date: string, years: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() + years);
  return day.toISOString().slice(0, 10);
}

/** BAD_USER_INPUT about one field of `input`, for a rule only the stored data can check. */
export function badField(field: string, message: string): GraphQLError {
  return codedError("BAD_USER_INPUT", `\`${field}\` ${message}`, { argumentName: "input", field });
}
