import {
  auditedWrite,
  badUserInput,
  conflictOnRaceLost,
  denied,
  uuidInput as id,
  invalidTransition,
  notFound,
  parseInput,
  type RequestMeta,
  textInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import { type GridLeaderPostRow, gridRole } from "../db/schema";
import { pastDay } from "../inputs";
import { branchScope } from "../scope";
import { GridPostsRepository } from "./grid-posts.repository";

/** 一岗四员 — every grid leader post carries all four duties. */
export const GRID_DUTIES = ["INFORMANT", "POLICY_PROMOTER", "MEDIATOR", "CIVILITY_PROMOTER"] as const;

const assignInput = z.object({
  memberId: id,
  estateId: id,
  role: z.enum(gridRole.enumValues),
  area: textInput(50),
  duties: z
    .array(z.enum(GRID_DUTIES))
    .refine(
      (list) => list.length === GRID_DUTIES.length && GRID_DUTIES.every((duty) => list.includes(duty)),
      "must list the four duties of 一岗四员, each once",
    )
    .nullish(),
  since: pastDay,
});
const endInput = z.object({ postId: id, endedOn: pastDay });

const snapshot = (row: GridLeaderPostRow) => ({
  memberId: row.memberId,
  estateId: row.estateId,
  role: row.role,
  area: row.area,
  since: row.since,
  endedOn: row.endedOn,
});

/**
 * 党员楼栋长/楼道长/街巷长: assigns a post to a member tied to the estate, only in an estate of the
 * caller's branches (or by a party administrator); one open post per role and area.
 */
export function assignGridPost(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<GridLeaderPostRow> {
  const values = parseInput(assignInput, input);
  const scope = branchScope(meta.caller);
  return conflictOnRaceLost(
    { grid_leader_posts_open_role_area_key: "This area already has an open post of this role; end it first." },
    () =>
      auditedWrite(db, meta, { action: "assignGridPost", entityType: "GridLeaderPost" }, async (tx) => {
        const repository = new GridPostsRepository(tx);
        const ties = await repository.memberTies(values.memberId, values.estateId);
        if (!ties.exists) throw notFound("There is no party member with this id.");
        const created = await repository.insertWithin(
          {
            memberId: values.memberId,
            estateId: values.estateId,
            role: values.role,
            area: values.area,
            since: values.since,
          },
          scope,
        );
        if (!created) {
          throw (await repository.estateExists(values.estateId))
            ? denied(meta.caller)
            : notFound("There is no estate with this id.");
        }
        // Checked after the scope, so a caller outside the estate learns nothing about its members.
        if (!ties.tied) {
          throw badUserInput("The member must live in this estate or belong to the branch covering it.", {
            argumentName: "input",
            field: "memberId",
          });
        }
        return { entityId: created.id, before: null, after: snapshot(created), result: created };
      }),
  );
}

/** Ends an open grid leader post, not before it began, within the caller's branches. */
export function endGridPost(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<GridLeaderPostRow> {
  const values = parseInput(endInput, input);
  const scope = branchScope(meta.caller);
  return auditedWrite(db, meta, { action: "endGridPost", entityType: "GridLeaderPost" }, async (tx) => {
    const repository = new GridPostsRepository(tx);
    const before = await repository.lockById(values.postId);
    if (!before) throw notFound("There is no grid leader post with this id.");
    if (before.endedOn !== null) throw invalidTransition(`This post already ended on ${before.endedOn}.`);
    if (values.endedOn < before.since) {
      throw badUserInput(`\`endedOn\` must not be before the post began (${before.since}).`, {
        argumentName: "input",
        field: "endedOn",
      });
    }
    const after = await repository.endWithin(values.postId, values.endedOn, scope);
    if (!after) throw denied(meta.caller);
    return { entityId: after.id, before: snapshot(before), after: snapshot(after), result: after };
  });
}
