import { subgraphCodegenConfig } from "@linli/service-kit/codegen";

export default subgraphCodegenConfig({
  // Another agency's entity: this subgraph holds only its key.
  Estate: "../db/schema#EstateRef",
  VolunteerTeam: "../db/schema#VolunteerTeamRow",
  VolunteerTeamConnection: "@linli/service-kit#Connection<VolunteerTeamRow>",
});
