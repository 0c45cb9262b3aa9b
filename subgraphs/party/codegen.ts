import { subgraphCodegenConfig } from "@linli/service-kit/codegen";

export default subgraphCodegenConfig({
  County: "../db/schema#CountyRow",
  Subdistrict: "../db/schema#SubdistrictRow",
  Community: "../db/schema#CommunityRow",
  Estate: "../db/schema#EstateRow",
  PartyBranch: "../db/schema#PartyBranchRow",
  EstateConnection: "@linli/service-kit#Connection<EstateRow>",
  PartyMember: "../db/schema#PartyMemberRow",
  PartyMemberConnection: "@linli/service-kit#Connection<PartyMemberRow>",
});
