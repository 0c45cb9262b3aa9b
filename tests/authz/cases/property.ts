import { sampleCounty } from "@linli/demo-county";
import type { AuthorizationCase } from "../types";

const jiaqing = sampleCounty().companies.find((company) => company.name === "嘉庆物业服务有限公司")!.id;

/** The property authority's mutations. */
export const propertyCases: AuthorizationCase[] = [
  {
    mutation: "updatePropertyCompany",
    subgraph: "property",
    target: { company: jiaqing },
    operation: (attempt) => ({
      query: `mutation ($input: UpdatePropertyCompanyInput!) { updatePropertyCompany(input: $input) { id name } }`,
      variables: { input: { id: jiaqing, name: `嘉庆物业服务有限公司 第${attempt}次更名` } },
    }),
    allowed: ["property_admin", "property_manager_own"],
    readBack: { query: `query ($id: ID!) { propertyCompany(id: $id) { name } }`, variables: { id: jiaqing } },
  },
];
