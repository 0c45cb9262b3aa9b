import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const liaisonsResolvers: Resolvers = {
  Mutation: {
    addUnitLiaison: async (_root, { input }, context) => {
      const created = await context.liaisons.service.addUnitLiaison(input);
      context.liaisons.loaders.liaisonsByUnit.clear(created.unitId);
      return created;
    },
    removeUnitLiaison: async (_root, { input }, context) => {
      const removed = await context.liaisons.service.removeUnitLiaison(input);
      context.liaisons.loaders.liaisonsByUnit.clear(removed.unitId);
      return removed;
    },
  },
  Unit: {
    liaisons: (unit, _args, { liaisons }) => liaisons.loaders.liaisonsByUnit.load(unit.id),
  },
  UnitLiaison: {
    unit: (liaison, _args, { units }) => requireRow(units.loaders.unitById.load(liaison.unitId)),
    phone: (liaison, { purpose }, { liaisons }) => liaisons.phone(liaison, purpose),
  },
};
