import type { Resolvers } from "../generated/resolvers-types";

export const volunteersResolvers: Resolvers = {
  Query: {
    volunteer: (_root, { id }, { volunteers }) => volunteers.loaders.volunteerById.load(id),
    volunteers: (_root, page, { volunteers }) => volunteers.repository.page(page),
  },
  Mutation: {
    registerVolunteer: async (_root, { input }, context) => {
      const volunteer = await context.volunteers.service.registerVolunteer(input);
      context.volunteers.loaders.volunteerById.clear(volunteer.id).prime(volunteer.id, volunteer);
      return volunteer;
    },
  },
  Volunteer: {
    __resolveReference: ({ id }, { volunteers }) => volunteers.loaders.volunteerById.load(id),
    partyMember: (volunteer) => (volunteer.partyMemberId ? { id: volunteer.partyMemberId } : null),
    registeredAt: (volunteer) => volunteer.createdAt.toISOString(),
  },
  PartyMember: {
    // The party registry owns the member; this agency resolves the reference by its key alone.
    __resolveReference: ({ id }) => ({ id }),
  },
};
