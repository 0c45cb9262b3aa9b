import { bindServices, childConnectionLoader, listLoader, type RequestBase } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { type EvaluationAudience, evaluationSortKey, RecognitionRepository } from "./recognition.repository";
import { aspirationLoader, awardPartyMemberStar, recordEvaluation, verifyEvaluation } from "./recognition.service";

/** 两评两议两公开 evaluations and 党员之星, for one request. */
export function recognitionScope(base: RequestBase<PartyDatabase>) {
  const recognition = new RecognitionRepository(base.db);
  const evaluationPages = (subject: "member" | "unit", audience: EvaluationAudience) =>
    childConnectionLoader(
      (ids, page) => recognition.pagesBySubjectIds(subject, ids, page, audience),
      (row) => (subject === "member" ? row.memberId : row.unitId) ?? "",
      evaluationSortKey,
      (ids) => recognition.countsBySubjectIds(subject, ids, audience),
    );
  return {
    loaders: {
      evaluationPageByMember: {
        entitled: evaluationPages("member", "entitled"),
        public: evaluationPages("member", "public"),
      },
      evaluationPageByUnit: {
        entitled: evaluationPages("unit", "entitled"),
        public: evaluationPages("unit", "public"),
      },
      aspirationIndex: aspirationLoader(recognition),
      starsByMember: listLoader(
        (ids) => recognition.starsByMemberIds(ids),
        (row) => row.memberId,
      ),
    },
    /** 两评两议两公开 records made and verified, 党员之星 awarded, by the estates' branches. */
    service: bindServices(base, { recordEvaluation, verifyEvaluation, awardPartyMemberStar }),
  };
}

export type RecognitionScope = ReturnType<typeof recognitionScope>;
