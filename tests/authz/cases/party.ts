import { demoId, sampleCounty } from "@linli/demo-county";
import type { AuthorizationCase } from "../types";

const county = sampleCounty();
// 李美玲 of 木兰滨河 belongs to 木兰滨河小区党支部 (木兰社区).
const member = county.members.find((m) => m.id === demoId("member", "木兰滨河/李美玲"));
if (!member?.branchId) throw new Error("the demo county lost 木兰滨河/李美玲 or her branch");
const estate = county.estates.find((e) => e.id === member.estateId);
if (!estate) throw new Error("the demo county lost 木兰滨河");

/** The party organization's mutations. */
export const partyCases: AuthorizationCase[] = [
  {
    mutation: "updatePartyMemberContact",
    subgraph: "party",
    target: { branch: member.branchId, estate: estate.id, community: estate.communityId },
    operation: (attempt) => ({
      query: `mutation ($input: UpdatePartyMemberContactInput!) { updatePartyMemberContact(input: $input) { id } }`,
      variables: { input: { memberId: member.id, address: `仙游县鲤城街道木兰滨河路 9 号 2 幢 ${attempt}号` } },
    }),
    allowed: ["party_admin", "branch_secretary_own"],
    readBack: {
      query: `query ($id: ID!) { partyMember(id: $id) { name address(purpose: "authorization matrix") } }`,
      variables: { id: member.id },
    },
  },
];
