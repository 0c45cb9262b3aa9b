import { sampleCounty } from "@linli/demo-county";
import type { AuthorizationCase } from "../types";

const county = sampleCounty();
const quanan = county.units.find((u) => u.name === "全安消防技术有限公司")!;
const training = county.resources.find((r) => r.unitId === quanan.id && r.name === "消防安全培训")!;

/** What either mutation can change: 全安消防's shared resources, read as an all-seeing admin. */
const readBack = {
  query: "query ($unit: ID!) { unit(id: $unit) { sharedResources { id name capacity } } }",
  variables: { unit: quanan.id },
};

/** The units agency's mutations: only 全安消防's own liaison and the units admin may change its resources. */
export const unitsCases: AuthorizationCase[] = [
  {
    mutation: "createSharedResource",
    subgraph: "units",
    target: { unit: quanan.id },
    operation: (attempt) => ({
      query:
        "mutation ($input: CreateSharedResourceInput!) { createSharedResource(input: $input) { id name capacity } }",
      variables: {
        input: { unitId: quanan.id, name: `应急疏散讲座 ${attempt}`, kind: "EXPERTISE", capacity: 30 },
      },
    }),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack,
  },
  {
    mutation: "updateSharedResource",
    subgraph: "units",
    target: { unit: quanan.id },
    operation: (attempt) => ({
      query:
        "mutation ($input: UpdateSharedResourceInput!) { updateSharedResource(input: $input) { id name capacity } }",
      variables: { input: { id: training.id, name: `消防安全培训 ${attempt}` } },
    }),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack,
  },
];
