/** One agency-neutral description of a county; each subgraph loads the part it owns. */
export interface DemoCounty {
  county: { id: string; name: string };
  subdistricts: { id: string; name: string; kind: "TOWN" | "SUBDISTRICT" }[];
  communities: { id: string; subdistrictId: string; name: string }[];
  estates: {
    id: string;
    communityId: string;
    name: string;
    type: "HIGH_RISE_MANAGED" | "MIXED_USE_MANAGED" | "OPEN_UNMANAGED";
    resettlement: boolean;
    households: number;
    address: string;
    governanceModel: string | null;
  }[];
  branches: {
    id: string;
    name: string;
    formation: "STANDALONE" | "JOINT" | "COMBINED";
    stage: "NEW" | "COVERED" | "MATURE" | "ESTABLISHED";
    foundedOn: string;
    estateIds: string[];
  }[];
  companies: { id: string; name: string; address: string }[];
  contracts: { id: string; companyId: string; estateId: string; startsOn: string; endsOn: string | null }[];
  units: {
    id: string;
    name: string;
    kind: "COMPANY" | "AGENCY" | "SCHOOL" | "HOSPITAL" | "SOCIAL_ORGANIZATION";
    address: string;
    joined: { estateId: string; joinedOn: string }[];
  }[];
  teams: { id: string; name: string; foundedOn: string; estateIds: string[] }[];
  /** 共享资源 — what the units offer the estates they stand behind. */
  resources: {
    id: string;
    unitId: string;
    name: string;
    kind: "VENUE" | "EQUIPMENT" | "EXPERTISE" | "SERVICE";
    description: string;
    capacity: number;
  }[];
  /** 党员 — synthetic party members; phone, ID number and address are well-formed but fake. */
  members: {
    id: string;
    name: string;
    kind: "REGISTERED" | "IN_SERVICE";
    phone: string;
    idNumber: string;
    address: string;
    estateId: string;
    /** null for an in-service member organised in their work unit's branch. */
    branchId: string | null;
  }[];
}
