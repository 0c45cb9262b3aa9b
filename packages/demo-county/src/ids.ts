import { v5 as uuidv5 } from "uuid";

// Fixed namespace: the same name always gives the same id, in every agency's database.
const NAMESPACE = "5b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c11";

export type DemoKind =
  | "county"
  | "subdistrict"
  | "community"
  | "estate"
  | "branch"
  | "company"
  | "contract"
  | "unit"
  | "resource"
  | "team"
  | "teamMembership"
  | "member"
  | "committee"
  | "committeeSeat"
  | "council"
  | "ledgerEntry"
  | "serviceItem"
  | "companyStaff"
  | "center"
  | "centerItem"
  | "volunteer"
  | "activity"
  | "signUp"
  | "post"
  | "claim"
  | "hourEntry"
  | "redProxyItem"
  | "historyEvent"
  | "gridPost"
  | "evaluation"
  | "livingRoom"
  | "mediator"
  | "routingRule"
  | "practicalProject"
  | "problem"
  | "dispute"
  | "disputeParty"
  | "mediationSession"
  | "booking"
  | "liaison"
  | "star";

/** A stable UUID for a demo record, derived from its kind and name. */
export function demoId(kind: DemoKind, name: string): string {
  return uuidv5(`${kind}:${name}`, NAMESPACE);
}
