import { pageRequest, requireRow, scrubText } from "@linli/service-kit";
import type { Context } from "../context";
import type { SignUpRow } from "../db/schema";
import type { Resolvers } from "../generated/resolvers-types";

/** A write changes an activity's counts and sign-ups: later reads in this request must not see a cached copy. */
function forget(signUps: (SignUpRow | null)[], { activities, volunteers }: Context) {
  for (const signUp of signUps) {
    if (!signUp) continue;
    activities.loaders.signUpCountsByActivity.clear(signUp.activityId);
    activities.loaders.signUpPageByActivity.clearAll();
    volunteers.loaders.volunteerById.clear(signUp.volunteerId);
    activities.loaders.signUpById.clear(signUp.id).prime(signUp.id, signUp);
  }
}

export const activitiesResolvers: Resolvers = {
  Query: {
    activity: (_root, { id }, { activities }) => activities.loaders.activityById.load(id),
    activitySignUp: (_root, { id }, { activities }) => activities.loaders.signUpById.load(id),
  },
  Mutation: {
    createActivity: async (_root, { input }, context) => {
      const activity = await context.activities.service.createActivity(input);
      context.activities.loaders.activityById.clear(activity.id).prime(activity.id, activity);
      context.activities.loaders.activityPageByEstate.clearAll();
      context.activities.loaders.activityPageByPlace.clearAll();
      return activity;
    },
    signUpForActivity: async (_root, { input }, context) => {
      const signUp = await context.activities.service.signUpForActivity(input);
      forget([signUp], context);
      return signUp;
    },
    cancelActivitySignUp: async (_root, { input }, context) => {
      const { cancelled, promoted } = await context.activities.service.cancelActivitySignUp(input);
      forget([cancelled, promoted], context);
      return cancelled;
    },
    checkInActivitySignUp: async (_root, { input }, context) => {
      const signUp = await context.activities.service.checkInActivitySignUp(input);
      forget([signUp], context);
      context.hours.loaders.hoursByVolunteer.clear(signUp.volunteerId);
      return signUp;
    },
  },
  Activity: {
    __resolveReference: ({ id }, { activities }) => activities.loaders.activityById.load(id),
    // Public: a phone or ID number typed into the title is masked for every reader.
    title: (activity) => scrubText(activity.title),
    estate: (activity) => ({ id: activity.estateId }),
    team: (activity, _args, { teams }) => requireRow(teams.loaders.teamById.load(activity.teamId)),
    startsAt: (activity) => activity.startsAt.toISOString(),
    endsAt: (activity) => activity.endsAt.toISOString(),
    place: (activity) => (activity.placeId ? { id: activity.placeId } : null),
    signedUpCount: async (activity, _args, { activities }) =>
      (await activities.loaders.signUpCountsByActivity.load(activity.id))?.signedUp ?? 0,
    waitlistCount: async (activity, _args, { activities }) =>
      (await activities.loaders.signUpCountsByActivity.load(activity.id))?.waitlisted ?? 0,
    signUps: (activity, args, { activities }) =>
      activities.loaders.signUpPageByActivity.load({ parentId: activity.id, page: pageRequest(args, ["count"]) }),
  },
  ActivitySignUp: {
    activity: (signUp, _args, { activities }) => requireRow(activities.loaders.activityById.load(signUp.activityId)),
    volunteer: (signUp, _args, { volunteers }) => requireRow(volunteers.loaders.volunteerById.load(signUp.volunteerId)),
    signedUpAt: (signUp) => signUp.createdAt.toISOString(),
  },
  SharedResource: {
    // The units agency owns the resource; the key is the whole reference here.
    __resolveReference: ({ id }) => ({ id }),
    activities: (resource, args, { activities }) =>
      activities.loaders.activityPageByPlace.load({
        parentId: resource.id,
        page: pageRequest(args, ["timestamp", "uuid"]),
      }),
  },
  VolunteerTeam: {
    activities: (team, args, { activities }) =>
      activities.loaders.activityPageByTeam.load({ parentId: team.id, page: pageRequest(args, ["timestamp", "uuid"]) }),
  },
  Estate: {
    activities: (estate, args, { activities }) =>
      activities.loaders.activityPageByEstate.load({
        parentId: estate.id,
        page: pageRequest(args, ["timestamp", "uuid"]),
      }),
  },
};
