import { bindServices, type RequestBase } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { assignGridPost, endGridPost } from "./grid-posts.service";

/** 党员楼栋长/楼道长/街巷长 posts, for one request (the members' posts load in the members scope). */
export function gridPostsScope(base: RequestBase<PartyDatabase>) {
  return {
    /** 党员楼栋长/楼道长/街巷长 posts assigned and ended by the estates' branches. */
    service: bindServices(base, { assignGridPost, endGridPost }),
  };
}

export type GridPostsScope = ReturnType<typeof gridPostsScope>;
