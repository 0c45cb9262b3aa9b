import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { responsible } from "../problems/problems.resolvers";
import { setRoutingRule } from "./routing.service";

export const routingResolvers: Resolvers = {
  Mutation: {
    setProblemRoutingRule: async (_root, { input }, context) => {
      const rule = await setRoutingRule(context.db, context, input);
      context.loaders.routingRulesByEstate.clear(rule.estateId);
      return rule;
    },
  },
  Estate: {
    problemRoutingRules: (estate, _args, { loaders }) => loaders.routingRulesByEstate.load(estate.id),
  },
  ProblemRoutingRule: {
    estate: (rule, _args, { loaders }) => requireRow(loaders.estateById.load(rule.estateId)),
    responsible: async (rule, _args, context) => requireRow(responsible(rule, context)),
  },
};
