import {
  auditedWrite,
  codedError,
  conflictOnRaceLost,
  denied,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
} from "@linli/service-kit";
import { z } from "zod";
import type { PropertyDatabase } from "../db";
import type { ManagementContractRow } from "../db/schema";
import { badField, dayBefore, id, isoDate } from "../shared/validation";
import { ContractsRepository } from "./contracts.repository";

const replaceInput = z.object({
  estateId: id,
  companyId: id,
  startsOn: isoDate,
  expectedCurrentContractId: id,
});

/** What a replacement did: the contract it ended and the one it started. */
export interface Replacement {
  endedContract: ManagementContractRow;
  newContract: ManagementContractRow;
}

const STALE =
  "The estate's current contract is no longer the one you expected: another change came first. Reload and decide again.";

/**
 * 物业服务企业更替 — replaces the company managing an estate, in one transaction with its audit
 * row: the current contract (locked, and required to be `expectedCurrentContractId`) ends the
 * day before `startsOn` — end dates are inclusive — and a new current contract of `companyId`
 * starts on `startsOn`. A concurrent replacement of the same estate finds the contract already
 * ended (or a different one current) and gets CONFLICT; should two ever slip past the lock, the
 * partial unique index and the EXCLUDE constraint refuse the second, which is answered with
 * CONFLICT as well. Nothing is half-written: any refusal rolls back both changes.
 */
export async function replacePropertyCompany(
  db: PropertyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<Replacement> {
  const values = parseInput(replaceInput, input);
  const isAdmin = isAgencyAdmin(meta.caller, "property");
  return conflictOnRaceLost(STALE, () =>
    auditedWrite(db, meta, { action: "replacePropertyCompany", entityType: "Estate" }, async (tx) => {
      const contracts = new ContractsRepository(tx);
      const current = await contracts.lockCurrentByEstate(values.estateId);
      if (!current || current.id !== values.expectedCurrentContractId) {
        throw codedError("CONFLICT", STALE, { currentContractId: current?.id ?? null });
      }
      if (current.companyId === values.companyId) {
        throw badField("companyId", "already manages this estate under its current contract.");
      }
      const endsOn = dayBefore(values.startsOn);
      if (endsOn < current.startsOn) {
        throw badField("startsOn", `must be after ${current.startsOn}, the first day of the current contract.`);
      }
      const ended = await contracts.endWithin(current.id, endsOn, isAdmin);
      if (!ended) throw denied(meta.caller);
      const started = await contracts.startWithin(values, isAdmin);
      if (!started) throw notFound("No property company has this id.");
      return {
        entityId: values.estateId,
        before: { currentContract: current },
        after: { endedContract: ended, currentContract: started },
        result: { endedContract: ended, newContract: started },
      };
    }),
  );
}
