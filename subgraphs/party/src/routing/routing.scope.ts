import { bindServices, listLoader, type RequestBase } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { RoutingRepository } from "./routing.repository";
import { setRoutingRule } from "./routing.service";

/** Estates' routing rules for problems, for one request. */
export function routingScope(base: RequestBase<PartyDatabase>) {
  const routing = new RoutingRepository(base.db);
  return {
    loaders: {
      routingRulesByEstate: listLoader(
        (ids) => routing.byEstateIds(ids),
        (row) => row.estateId,
      ),
    },
    service: bindServices(base, { setRoutingRule }),
  };
}

export type RoutingScope = ReturnType<typeof routingScope>;
