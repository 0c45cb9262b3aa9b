import {
  assertExpectedVersion,
  auditedWrite,
  badUserInput,
  type Caller,
  codedError,
  denied,
  expectedVersionInput,
  uuidInput as id,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
} from "@linli/service-kit";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import { type ProblemRoutingRuleRow, problemCategory, responsibleKind } from "../db/schema";
import type { EstateScope } from "../scope";
import { RoutingRepository } from "./routing.repository";

const setInput = z.object({
  estateId: id,
  category: z.enum(problemCategory.enumValues),
  responsible: z.object({ kind: z.enum(responsibleKind.enumValues), id }),
  expectedVersion: expectedVersionInput,
});

/** The estate's branch secretary (the estates their branch covers) or a party administrator. */
function routingScope(caller: Caller): EstateScope {
  return { isAdmin: isAgencyAdmin(caller, "party"), branchIds: scopeIds(caller, "branch_secretary"), communityIds: [] };
}

const snapshot = (row: ProblemRoutingRuleRow | null) =>
  row && { category: row.category, responsibleKind: row.responsibleKind, responsibleId: row.responsibleId };

/** CONFLICT for a version named for a rule the estate does not have yet: the caller read some other rule. */
const noRuleYet = (expectedVersion: number) =>
  codedError(
    "CONFLICT",
    `There is no rule for this category yet (version ${expectedVersion} was expected). Leave \`expectedVersion\` out to create one.`,
    { currentVersion: null, expectedVersion },
  );

/** 派单规则: set by the estate's branch secretary or a party administrator. */
export async function setRoutingRule(
  db: PartyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<ProblemRoutingRuleRow> {
  const values = parseInput(setInput, input);
  const scope = routingScope(meta.caller);
  return auditedWrite(db, meta, { action: "setProblemRoutingRule", entityType: "ProblemRoutingRule" }, async (tx) => {
    const repository = new RoutingRepository(tx);
    const before = await repository.byEstateAndCategory(values.estateId, values.category);
    if (before) assertExpectedVersion(before, values.expectedVersion);
    else if (values.expectedVersion != null) throw noRuleYet(values.expectedVersion);
    const saved = await repository.upsertWithin(
      {
        estateId: values.estateId,
        category: values.category,
        responsibleKind: values.responsible.kind,
        responsibleId: values.responsible.id,
      },
      scope,
    );
    if (!saved) {
      throw (await repository.estateExists(values.estateId))
        ? denied(meta.caller)
        : notFound("There is no estate with this id.");
    }
    if (values.responsible.kind === "PARTY_BRANCH" && !(await repository.branchExists(values.responsible.id))) {
      throw badUserInput("`responsible.id` names no party branch.", {
        argumentName: "input",
        field: "responsible.id",
      });
    }
    return { entityId: saved.id, before: snapshot(before), after: snapshot(saved), result: saved };
  });
}
