import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { responsible } from "../problems/problems.resolvers";

export const routingResolvers: Resolvers = {
  Mutation: {
    setProblemRoutingRule: async (_root, { input }, context) => {
      const rule = await context.routing.service.setRoutingRule(input);
      context.routing.loaders.routingRulesByEstate.clear(rule.estateId);
      return rule;
    },
  },
  Estate: {
    problemRoutingRules: (estate, _args, { routing }) => routing.loaders.routingRulesByEstate.load(estate.id),
  },
  ProblemRoutingRule: {
    estate: (rule, _args, { places }) => requireRow(places.loaders.estateById.load(rule.estateId)),
    responsible: async (rule, _args, context) => requireRow(responsible(rule, context)),
  },
};
