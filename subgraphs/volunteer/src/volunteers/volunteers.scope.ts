import { bindServices, type RequestBase, rowLoader } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { VolunteersRepository } from "./volunteers.repository";
import { registerVolunteer } from "./volunteers.service";

/** Registered volunteers, for one request. */
export function volunteersScope(base: RequestBase<VolunteerDatabase>) {
  const volunteers = new VolunteersRepository(base.db);
  return {
    repository: volunteers,
    loaders: {
      volunteerById: rowLoader(
        (ids) => volunteers.byIds(ids),
        (row) => row.id,
      ),
    },
    service: bindServices(base, { registerVolunteer }),
  };
}

export type VolunteersScope = ReturnType<typeof volunteersScope>;
