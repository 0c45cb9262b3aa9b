import { pageRequest, requireRow, scrubText } from "@linli/service-kit";
import type { Context } from "../context";
import type { SignUpRow } from "../db/schema";
import type { Resolvers } from "../generated/resolvers-types";
import { cancelActivitySignUp, checkInActivitySignUp, createActivity, signUpForActivity } from "./activities.service";

/** A write changes an activity's counts and sign-ups: later reads in this request must not see a cached copy. */
function forget(signUps: (SignUpRow | null)[], { loaders }: Context) {
  for (const signUp of signUps) {
    if (!signUp) continue;
    loaders.signUpCountsByActivity.clear(signUp.activityId);
    loaders.signUpPageByActivity.clearAll();
    loaders.volunteerById.clear(signUp.volunteerId);
    loaders.signUpById.clear(signUp.id).prime(signUp.id, signUp);
  }
}

export const activitiesResolvers: Resolvers = {
  Query: {
    activity: (_root, { id }, { loaders }) => loaders.activityById.load(id),
    activitySignUp: (_root, { id }, { loaders }) => loaders.signUpById.load(id),
  },
  Mutation: {
    createActivity: async (_root, { input }, context) => {
      const activity = await createActivity(context.db, context, input);
      context.loaders.activityById.clear(activity.id).prime(activity.id, activity);
      context.loaders.activityPageByEstate.clearAll();
      context.loaders.activityPageByPlace.clearAll();
      return activity;
    },
    signUpForActivity: async (_root, { input }, context) => {
      const signUp = await signUpForActivity(context.db, context, input);
      forget([signUp], context);
      return signUp;
    },
    cancelActivitySignUp: async (_root, { input }, context) => {
      const { cancelled, promoted } = await cancelActivitySignUp(context.db, context, input);
      forget([cancelled, promoted], context);
      return cancelled;
    },
    checkInActivitySignUp: async (_root, { input }, context) => {
      const signUp = await checkInActivitySignUp(context.db, context, input);
      forget([signUp], context);
      context.loaders.hoursByVolunteer.clear(signUp.volunteerId);
      return signUp;
    },
  },
  Activity: {
    __resolveReference: ({ id }, { loaders }) => loaders.activityById.load(id),
    // Public: a phone or ID number typed into the title is masked for every reader.
    title: (activity) => scrubText(activity.title),
    estate: (activity) => ({ id: activity.estateId }),
    team: (activity, _args, { loaders }) => requireRow(loaders.teamById.load(activity.teamId)),
    startsAt: (activity) => activity.startsAt.toISOString(),
    endsAt: (activity) => activity.endsAt.toISOString(),
    place: (activity) => (activity.placeId ? { id: activity.placeId } : null),
    signedUpCount: async (activity, _args, { loaders }) =>
      (await loaders.signUpCountsByActivity.load(activity.id))?.signedUp ?? 0,
    waitlistCount: async (activity, _args, { loaders }) =>
      (await loaders.signUpCountsByActivity.load(activity.id))?.waitlisted ?? 0,
    signUps: (activity, args, { loaders }) =>
      loaders.signUpPageByActivity.load({ parentId: activity.id, page: pageRequest(args, ["count"]) }),
  },
  ActivitySignUp: {
    activity: (signUp, _args, { loaders }) => requireRow(loaders.activityById.load(signUp.activityId)),
    volunteer: (signUp, _args, { loaders }) => requireRow(loaders.volunteerById.load(signUp.volunteerId)),
    signedUpAt: (signUp) => signUp.createdAt.toISOString(),
  },
  SharedResource: {
    // The units agency owns the resource; the key is the whole reference here.
    __resolveReference: ({ id }) => ({ id }),
    activities: (resource, args, { loaders }) =>
      loaders.activityPageByPlace.load({ parentId: resource.id, page: pageRequest(args, ["timestamp", "uuid"]) }),
  },
  Estate: {
    activities: (estate, args, { loaders }) =>
      loaders.activityPageByEstate.load({ parentId: estate.id, page: pageRequest(args, ["timestamp", "uuid"]) }),
  },
};
