import { defineConfig } from "drizzle-kit";

// Migrations are generated from src/db/schema.ts, committed, and never edited by hand.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  casing: "snake_case",
});
