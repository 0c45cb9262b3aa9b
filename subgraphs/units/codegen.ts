import { subgraphCodegenConfig } from "@linli/service-kit/codegen";

export default subgraphCodegenConfig({
  Unit: "../db/schema#UnitRow",
  BigBranchMembership: "../db/schema#BigBranchMembershipRow",
  SharedResource: "../db/schema#SharedResourceRow",
  // Estate is the party registry's entity: here it is only its key.
  Estate: "../memberships/memberships.repository#EstateRef",
  UnitConnection: "@linli/service-kit#Connection<UnitRow>",
});
