import { z } from "zod";

/** A calendar day (ISO 8601, YYYY-MM-DD) that exists and is not in the future. */
export const pastDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD")
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
  }, "must be a date, YYYY-MM-DD")
  .refine((day) => day <= new Date().toISOString().slice(0, 10), "must not be in the future");
