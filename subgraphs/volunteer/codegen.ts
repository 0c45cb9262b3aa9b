import { subgraphCodegenConfig } from "@linli/service-kit/codegen";

export default subgraphCodegenConfig({
  // Other agencies' entities: this subgraph holds only their keys.
  Estate: "../db/schema#EstateRef",
  PartyMember: "../db/schema#PartyMemberRef",
  SharedResource: "../db/schema#SharedResourceRef",
  VolunteerTeam: "../db/schema#VolunteerTeamRow",
  VolunteerTeamConnection: "@linli/service-kit#Connection<VolunteerTeamRow>",
  Volunteer: "../db/schema#VolunteerRow",
  VolunteerConnection: "@linli/service-kit#Connection<VolunteerRow>",
  Activity: "../db/schema#ActivityRow",
  ActivityConnection: "@linli/service-kit#Connection<ActivityRow>",
  ActivitySignUp: "../db/schema#SignUpRow",
  ActivitySignUpConnection: "@linli/service-kit#Connection<SignUpRow>",
  ServiceHourEntry: "../db/schema#ServiceHourEntryRow",
  ServiceHourEntryConnection: "@linli/service-kit#Connection<ServiceHourEntryRow>",
  ServiceHoursReportRow: "../hours/hours.repository#ReportRow",
  ServiceHoursReportConnection: "@linli/service-kit#Connection<ReportRow>",
  StarThreshold: "../db/schema#StarThresholdRow",
  ServicePost: "../db/schema#ServicePostRow",
  ServicePostConnection: "@linli/service-kit#Connection<ServicePostRow>",
  PostClaim: "../db/schema#PostClaimRow",
  PostClaimConnection: "@linli/service-kit#Connection<PostClaimRow>",
  PostClaimTransition: "../db/schema#PostClaimEventRow",
});
