import { readFileSync } from "node:fs";
import { sampleCounty } from "@linli/demo-county";
import { supergraphPath } from "@linli/schema";
import { apiSchema } from "@linli/schema/compose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases } from "./authz/cases";
import { grantsFor, OBSERVER } from "./authz/personas";
import { type AuthorizationCase, PERSONAS, type PersonaName, type SetupData } from "./authz/types";
import { type GraphQLResponse, type RunningGraph, startGraph } from "./support/graph";

let graph: RunningGraph;
let observer: string;
beforeAll(async () => {
  graph = await startGraph(sampleCounty());
  observer = await graph.token(OBSERVER, "observer");
});
afterAll(() => graph?.[Symbol.asyncDispose]());

const mutations = Object.keys(apiSchema(readFileSync(supergraphPath, "utf8")).getMutationType()?.getFields() ?? {});

describe("the authorization matrix", () => {
  it("has a case for every mutation in the supergraph, and no case for one that does not exist", () => {
    expect(cases.map((c) => c.mutation).sort()).toEqual([...mutations].sort());
  });
});

let attempts = 0;

async function asObserver(operation: { query: string; variables: Record<string, unknown> }, what: string) {
  const result = await graph.query(operation.query, operation.variables, { token: observer });
  expect(result.errors, what).toBeUndefined();
  return result.data;
}

const readBack = (c: AuthorizationCase, setup: SetupData) =>
  asObserver(typeof c.readBack === "function" ? c.readBack(setup) : c.readBack, `reading back after ${c.mutation}`);

/** A fresh attempt: its number and whatever the case's setup made for it. */
async function prepare(c: AuthorizationCase) {
  const attempt = ++attempts;
  const setup = c.setup ? await asObserver(c.setup(attempt), `setting up ${c.mutation}`) : null;
  return { attempt, setup };
}

const codesOf = (result: GraphQLResponse) => (result.errors ?? []).map((error) => error.extensions?.code);

describe.each(cases)("$mutation ($subgraph)", (c) => {
  it("is refused with 401 straight at the subgraph without the gateway's credential", async () => {
    const token = await graph.token(grantsFor(c.allowed[0] as PersonaName, c.target));
    const { attempt, setup } = await prepare(c);
    const before = await readBack(c, setup);
    const operation = c.operation(attempt, setup);
    const result = await graph.subgraphs[c.subgraph]!.query(operation.query, operation.variables, {
      token,
      withSecret: false,
    });
    expect(result.status).toBe(401);
    expect(await readBack(c, setup)).toEqual(before);
  });

  it.each(PERSONAS)(
    "as %s: allowed only as the case says, through the gateway and straight at the subgraph",
    async (persona) => {
      const allowed = c.allowed.includes(persona);
      const token = persona === "anonymous" ? undefined : await graph.token(grantsFor(persona, c.target), persona);
      for (const path of ["gateway", "subgraph"] as const) {
        const { attempt, setup } = await prepare(c);
        const before = await readBack(c, setup);
        const operation = c.operation(attempt, setup);
        const result =
          path === "gateway"
            ? await graph.query(operation.query, operation.variables, { token })
            : await graph.subgraphs[c.subgraph]!.query(operation.query, operation.variables, { token });
        const after = await readBack(c, setup);
        if (allowed) {
          expect(result.errors, `${persona} via ${path}`).toBeUndefined();
          expect(after, `${persona} via ${path} changed nothing`).not.toEqual(before);
        } else {
          expect(codesOf(result), `${persona} via ${path}`).toEqual([
            persona === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
          ]);
          expect(after, `${persona} via ${path} was refused but changed the data`).toEqual(before);
        }
      }
    },
  );
});
