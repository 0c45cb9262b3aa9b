import { subgraphCodegenConfig } from "@linli/service-kit/codegen";

export default subgraphCodegenConfig({
  PropertyCompany: "../db/schema#PropertyCompanyRow",
  ManagementContract: "../db/schema#ManagementContractRow",
  PropertyCompanyReplacement: "../contracts/contracts.service#Replacement",
  Estate: "../db/schema#EstateRef",
  County: "../overview/overview.repository#PlaceRef",
  Subdistrict: "../overview/overview.repository#PlaceRef",
  Community: "../overview/overview.repository#PlaceRef",
  PropertyFigures: "../overview/overview.repository#PropertyFiguresRow",
  PartyMember: "../db/schema#PartyMemberRef",
  PropertyCompanyConnection: "@linli/service-kit#Connection<PropertyCompanyRow>",
  CompanyStaffMember: "../db/schema#CompanyStaffRow",
  PartyBranch: "../db/schema#PartyBranchRef",
  PropertyServiceItem: "../db/schema#PropertyServiceItemRow",
  OwnersCommittee: "../db/schema#OwnersCommitteeRow",
  OwnersCommitteeMember: "../db/schema#OwnersCommitteeMemberRow",
  SelfGovernanceCouncil: "../db/schema#SelfGovernanceCouncilRow",
  LedgerEntry: "../db/schema#LedgerEntryRow",
  LedgerEntryConnection: "@linli/service-kit#Connection<LedgerEntryRow>",
});
