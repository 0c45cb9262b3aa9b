import { sampleCounty } from "@linli/demo-county";
import type { AuthorizationCase } from "../types";

const mulan = sampleCounty().teams.find((team) => team.name === "木兰社区学雷锋志愿服务队")!.id;

/** The volunteer services' mutations. */
export const volunteerCases: AuthorizationCase[] = [
  {
    mutation: "updateVolunteerTeam",
    subgraph: "volunteer",
    target: { team: mulan },
    operation: (attempt) => ({
      query: `mutation ($input: UpdateVolunteerTeamInput!) { updateVolunteerTeam(input: $input) { id name } }`,
      variables: { input: { id: mulan, name: `木兰社区学雷锋志愿服务队 第${attempt}次更名` } },
    }),
    allowed: ["volunteer_admin", "volunteer_lead_own"],
    readBack: { query: `query ($id: ID!) { volunteerTeam(id: $id) { name } }`, variables: { id: mulan } },
  },
];
