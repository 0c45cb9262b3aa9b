import { subgraphCodegenConfig } from "@linli/service-kit/codegen";

export default subgraphCodegenConfig({
  PropertyCompany: "../db/schema#PropertyCompanyRow",
  ManagementContract: "../db/schema#ManagementContractRow",
  Estate: "../db/schema#EstateRef",
  PropertyCompanyConnection: "@linli/service-kit#Connection<PropertyCompanyRow>",
});
