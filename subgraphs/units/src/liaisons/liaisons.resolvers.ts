import { badUserInput, codedError, denied, maskPhone, requireRow } from "@linli/service-kit";
import { z } from "zod";
import type { Resolvers } from "../generated/resolvers-types";
import { seesLiaisonPhone } from "./liaisons.service";

const purposeSchema = z.string().trim().min(1).max(200);

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
    phone: async (liaison, { purpose }, { caller, liaisons }) => {
      if (purpose === null || purpose === undefined) return maskPhone(liaison.phone);
      const stated = purposeSchema.safeParse(purpose);
      if (!stated.success) {
        throw badUserInput("`purpose` must say why the full number is needed, in 1 to 200 characters.", {
          argumentName: "purpose",
        });
      }
      if (!seesLiaisonPhone(caller, liaison.unitId)) {
        throw caller.subject === null
          ? denied(caller)
          : codedError(
              "FORBIDDEN",
              "Only the unit's own liaison and the units administrators see this number in full.",
            );
      }
      // Logged before it is shown: a read that cannot be logged is not answered.
      await liaisons.accessLog.record({
        subjectType: "UnitLiaison",
        subjectId: liaison.id,
        fields: ["phone"],
        purpose: stated.data,
      });
      return liaison.phone;
    },
  },
};
