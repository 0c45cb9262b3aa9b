import { demoId, sampleCounty } from "@linli/demo-county";
import type { AuthorizationCase, SetupData } from "../types";

const jiaqing = sampleCounty().companies.find((company) => company.name === "嘉庆物业服务有限公司")!.id;
const shunan = demoId("company", "顺安物业");
const hengda = demoId("company", "恒达物业");
const hongqiaoGarden = demoId("estate", "洪桥花苑");
const dongmen = demoId("estate", "东门顺安");
const shigushanCouncil = demoId("council", "仙安石鼓山业主自治会");

/** A day that moves forward with every attempt, so each allowed write starts after the last one. */
const dayOf = (attempt: number, yearsLater = 0) =>
  new Date(Date.UTC(2030 + yearsLater, 0, 1) + attempt * 86_400_000).toISOString().slice(0, 10);

/** 洪桥花苑's contracts, read before each attempt: a replacement must name the current one. */
const hongqiaoContracts = {
  query: `query ($id: ID!) { estate(id: $id) { managementContracts { id current startsOn endsOn company { id } } } }`,
  variables: { id: hongqiaoGarden },
};
/** 东门顺安's committee terms, read before each attempt: a re-election must name the current one. */
const dongmenCommittee = {
  query: `query ($id: ID!) { estate(id: $id) { ownersCommittee { id } ownersCommitteeTerms { id succeededOn } } }`,
  variables: { id: dongmen },
};

/** 恒达物业's staff and branch, as the staff and branch cases change them. */
const hengdaStaffAndBranch = {
  query: `query ($id: ID!) { propertyCompany(id: $id) { redProperty partyBranch { id } staff { id name position } } }`,
  variables: { id: hengda },
};

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
  {
    // Only the property authority records a change of company: a company cannot appoint itself,
    // so neither the outgoing (own) nor any other company's manager may.
    mutation: "replacePropertyCompany",
    subgraph: "property",
    target: { estate: hongqiaoGarden, company: hengda },
    setup: () => hongqiaoContracts,
    operation: (attempt, setup: SetupData) => {
      const current = setup.estate.managementContracts.find((c: { current: boolean }) => c.current);
      return {
        query: `mutation ($input: ReplacePropertyCompanyInput!) {
          replacePropertyCompany(input: $input) { newContract { id } endedContract { id } }
        }`,
        variables: {
          input: {
            estateId: hongqiaoGarden,
            companyId: current.company.id === jiaqing ? shunan : jiaqing,
            startsOn: dayOf(attempt),
            expectedCurrentContractId: current.id,
          },
        },
      };
    },
    allowed: ["property_admin"],
    readBack: hongqiaoContracts,
  },
  {
    mutation: "electOwnersCommittee",
    subgraph: "property",
    target: { estate: dongmen },
    setup: () => dongmenCommittee,
    operation: (attempt, setup: SetupData) => ({
      query: `mutation ($input: ElectOwnersCommitteeInput!) { electOwnersCommittee(input: $input) { id } }`,
      variables: {
        input: {
          estateId: dongmen,
          termStartsOn: dayOf(attempt),
          termEndsOn: dayOf(attempt, 3),
          expectedCurrentCommitteeId: setup.estate.ownersCommittee?.id ?? null,
          members: [
            { name: `第${attempt}届主任`, role: "CHAIR" },
            { name: "副主任", role: "VICE_CHAIR" },
            { name: "委员", role: "MEMBER" },
          ],
        },
      },
    }),
    allowed: ["property_admin"],
    readBack: dongmenCommittee,
  },
  {
    // The ledger has no mutation to change or remove an entry: recording is the only write.
    mutation: "recordLedgerEntry",
    subgraph: "property",
    target: { estate: demoId("estate", "仙安石鼓山") },
    operation: (attempt) => ({
      query: `mutation ($input: RecordLedgerEntryInput!) { recordLedgerEntry(input: $input) { id amountFen } }`,
      variables: {
        input: {
          councilId: shigushanCouncil,
          kind: "INCOME",
          amountFen: 100 + attempt,
          memo: `卫生费补缴 第${attempt}笔`,
          occurredOn: "2024-01-01",
        },
      },
    }),
    allowed: ["property_admin"],
    readBack: {
      query: `query ($id: ID!) { selfGovernanceCouncil(id: $id) { balanceFen ledger(first: 100) { edges { node { id } } } } }`,
      variables: { id: shigushanCouncil },
    },
  },
  {
    mutation: "addCompanyStaff",
    subgraph: "property",
    target: { company: hengda },
    operation: (attempt) => ({
      query: `mutation ($input: AddCompanyStaffInput!) { addCompanyStaff(input: $input) { id } }`,
      variables: { input: { companyId: hengda, name: `第${attempt}号员工`, position: "保洁员" } },
    }),
    allowed: ["property_admin", "property_manager_own"],
    readBack: hengdaStaffAndBranch,
  },
  {
    // Each attempt removes a staff member the observer (a property admin) has just added.
    mutation: "removeCompanyStaff",
    subgraph: "property",
    target: { company: hengda },
    setup: (attempt) => ({
      query: `mutation ($input: AddCompanyStaffInput!) { addCompanyStaff(input: $input) { id } }`,
      variables: { input: { companyId: hengda, name: `待移除员工${attempt}`, position: "客服" } },
    }),
    operation: (_attempt, setup: SetupData) => ({
      query: `mutation ($input: RemoveCompanyStaffInput!) { removeCompanyStaff(input: $input) { id } }`,
      variables: { input: { staffId: setup.addCompanyStaff.id } },
    }),
    allowed: ["property_admin", "property_manager_own"],
    readBack: hengdaStaffAndBranch,
  },
  {
    // A company's own branch is the party organization's fact, recorded by the authority: a
    // company's manager cannot make it red.
    mutation: "setCompanyPartyBranch",
    subgraph: "property",
    target: { company: hengda },
    operation: (attempt) => ({
      query: `mutation ($input: SetCompanyPartyBranchInput!) { setCompanyPartyBranch(input: $input) { id } }`,
      variables: { input: { companyId: hengda, partyBranchId: demoId("branch", `恒达物业党支部${attempt}`) } },
    }),
    allowed: ["property_admin"],
    readBack: hengdaStaffAndBranch,
  },
];
