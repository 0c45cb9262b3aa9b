import { bindServices, childConnectionLoader, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { claimSortKey, PostsRepository, postSortKey } from "./posts.repository";
import { advanceServicePostClaim, claimServicePost, createServicePost } from "./posts.service";

/** Service posts (服务岗位) and their claims, for one request. */
export function postsScope(base: RequestBase<VolunteerDatabase>) {
  const posts = new PostsRepository(base.db);
  return {
    loaders: {
      postById: rowLoader(
        (ids) => posts.byIds(ids),
        (row) => row.id,
      ),
      claimById: rowLoader(
        (ids) => posts.claimsByIds(ids),
        (row) => row.id,
      ),
      postPageByEstate: childConnectionLoader(
        (ids, page) => posts.postPagesByEstateIds(ids, page),
        (row) => row.estateId,
        postSortKey,
        (ids) => posts.postCountsByEstateIds(ids),
      ),
      liveClaimsByPost: rowLoader(
        (ids) => posts.liveClaimsByPostIds(ids),
        (row) => row.postId,
      ),
      historyByClaim: listLoader(
        (ids) => posts.eventsByClaimIds(ids),
        (row) => row.claimId,
      ),
      claimPageByPartyMember: childConnectionLoader(
        (ids, page) => posts.claimPagesByMemberIds(ids, page),
        (row) => row.memberId,
        claimSortKey,
        (ids) => posts.claimCountsByMemberIds(ids),
      ),
    },
    service: bindServices(base, { createServicePost, claimServicePost, advanceServicePostClaim }),
  };
}

export type PostsScope = ReturnType<typeof postsScope>;
