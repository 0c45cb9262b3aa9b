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
    /** 需要审批 — bookings wait for the owner (the default) or are approved at once. */
    requiresApproval?: boolean;
    /** 每月限额 — bookings one estate may hold per month; none when absent. */
    monthlyQuotaPerEstate?: number | null;
    /** 开放小区 — only these estates may book it; every estate when absent or empty. */
    openToEstateIds?: string[];
    /** 数量 — interchangeable items it pools (10 folding tables); 1 when absent. */
    quantity?: number;
  }[];
  /** 邻里中心的共享资源 — what neighbourhood centers offer themselves; none when absent. */
  centerResources?: (Omit<DemoCounty["resources"][number], "unitId"> & { centerId: string })[];
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
  /** 业主委员会 — owners' committee terms (业委会), each with its seats; `succeededOn` set once re-elected (换届). */
  ownersCommittees: {
    id: string;
    estateId: string;
    termStartsOn: string;
    termEndsOn: string;
    succeededOn: string | null;
    seats: {
      id: string;
      position: number;
      name: string;
      role: "CHAIR" | "VICE_CHAIR" | "MEMBER";
      /** The seat holder's party-member id when they are one. */
      partyMemberId: string | null;
    }[];
  }[];
  /** 业主自治会 — self-governance councils of open estates (四自). */
  councils: { id: string; estateId: string; name: string; foundedOn: string }[];
  /** 收支台账 — the councils' fee ledger entries, amounts in fen. */
  ledgerEntries: {
    id: string;
    councilId: string;
    kind: "INCOME" | "EXPENSE";
    amountFen: number;
    memo: string;
    occurredOn: string;
    correctsEntryId: string | null;
  }[];
  /** 物业服务事项 — what the property companies offer residents. */
  serviceItems: { id: string; companyId: string; name: string; description: string; feeNote: string }[];
  /** 物业企业员工 — position holders of the property companies; `partyMemberId` when they are a party member (红色物业). */
  companyStaff: { id: string; companyId: string; name: string; position: string; partyMemberId: string | null }[];
  /** 党建+邻里中心 — neighbourhood centers, their member units and service items (units agency). */
  centers: {
    id: string;
    name: string;
    address: string;
    unitIds: string[];
    items: {
      id: string;
      name: string;
      category: "HIGH_FREQUENCY" | "SELF_SERVICE_MACHINE" | "HOTLINE_12345" | "MEDICAL_ALLIANCE" | "OTHER";
      /** 下沉至睦邻客厅 — also offered in the estates' living rooms. */
      offeredInLivingRooms: boolean;
    }[];
  }[];
  /** 志愿者 — volunteers; `partyMemberId` is the member they are, null for a resident who is not one. */
  volunteers: { id: string; name: string; partyMemberId: string | null }[];
  /**
   * 队员名册 — who is or was on each team's roster, as LEADER or MEMBER; `leftOn` is null while they
   * are a current member. Optional: a county without rosters loads none.
   */
  teamMemberships?: {
    id: string;
    teamId: string;
    volunteerId: string;
    role: "LEADER" | "MEMBER";
    joinedOn: string;
    leftOn: string | null;
  }[];
  /** 志愿活动 — activities with their sign-ups. */
  activities: {
    id: string;
    teamId: string;
    estateId: string;
    title: string;
    kind: "FREE_HAIRCUT" | "FREE_CLINIC" | "FREE_REPAIR" | "LEGAL_ADVICE" | "CLEAN_UP" | "OTHER";
    startsAt: string;
    endsAt: string;
    /** The shared resource it is held at, if any. */
    placeId: string | null;
    capacity: number;
    signUps: { id: string; volunteerId: string; state: "SIGNED_UP" | "WAITLISTED" | "CHECKED_IN" | "CANCELLED" }[];
  }[];
  /** 服务岗位 — service posts with their claims by party members. */
  servicePosts: {
    id: string;
    teamId: string;
    estateId: string;
    kind: "HARMONY_GUARD" | "SAFETY_GUARD" | "WARM_SERVICE" | "ENVIRONMENT" | "FOOD_SAFETY";
    title: string;
    capacity: number;
    schedule: "FIXED_SHIFT" | "FLEXIBLE" | "OPEN_ENDED";
    shiftStartsAt: string | null;
    shiftEndsAt: string | null;
    claims: {
      id: string;
      volunteerId: string;
      memberId: string;
      state: "CLAIMED" | "ACCEPTED" | "REJECTED" | "COMPLETED" | "NOT_COMPLETED";
    }[];
  }[];
  /** 服务时长 — recorded service hours (from check-ins and completed posts). */
  serviceHours: {
    id: string;
    volunteerId: string;
    teamId: string;
    estateId: string;
    servedOn: string;
    minutes: number;
    source: "ACTIVITY_CHECK_IN" | "POST_COMPLETED";
    signUpId: string | null;
    claimId: string | null;
  }[];
  /** 红色代办 — the red proxy desk's catalogue of items residents may ask volunteers to handle. */
  redProxyItems: {
    id: string;
    name: string;
    description: string;
    category: "PARTY_AFFAIRS" | "LIFE_SERVICE" | "LEGAL_AID" | "VOLUNTEER_SERVICE";
    targetHours: number;
    /** 下沉事项 — a neighbourhood center's service kind moved down to the living rooms. */
    movedDown: boolean;
    /** The neighbourhood center it was moved down from, if known. */
    centerId: string | null;
  }[];
  /** 书记 — each branch's secretary (a member of the branch) and their background. */
  secretaries: {
    branchId: string;
    memberId: string;
    background: "SERVING_CADRE" | "RETIRED_CADRE" | "COMMUNITY_WORKER" | "SOCIAL_ORG_LEADER" | "OTHER";
  }[];
  /** 党员之星 — stars awarded to members for a year (the aspiration index when awarded); none when absent. */
  memberStars?: { id: string; memberId: string; year: number; score: number; awardedOn: string }[];
  /** 联络人 — the units' liaison people (their phones are personal data); none when absent. */
  liaisons?: { id: string; unitId: string; name: string; title: string; phone: string }[];
  /** 工作单位 — in-service members' employers among the embedded units. */
  workUnits: { memberId: string; unitId: string }[];
  /** 工作覆盖 — the estates party work reaches, since when. */
  workCoverage: { estateId: string; since: string }[];
  /** 党员楼栋长/楼道长/街巷长 — members' grid leader posts. */
  gridPosts: {
    id: string;
    memberId: string;
    estateId: string;
    role: "BUILDING_CHIEF" | "STAIRWELL_CHIEF" | "LANE_CHIEF";
    area: string;
    since: string;
  }[];
  /**
   * 两评两议两公开 — records the estates' branches made on in-service members and embedded units
   * (exactly one of `memberId` and `unitId`); `result` only for the two evaluations; `verifiedOn`
   * null while unverified.
   */
  evaluations: {
    id: string;
    memberId: string | null;
    unitId: string | null;
    estateId: string;
    kind:
      | "ORGANIZATION_EVALUATION"
      | "RESIDENT_EVALUATION"
      | "AFFAIRS_DELIBERATION"
      | "REPORT_DELIBERATION"
      | "COMMITMENT_DISCLOSURE"
      | "PERFORMANCE_DISCLOSURE";
    period: string;
    result: "EXCELLENT" | "GOOD" | "PASS" | "FAIL" | null;
    text: string;
    recordedOn: string;
    verifiedOn: string | null;
  }[];
  /** 睦邻客厅 — the estates' living rooms and what they offer. */
  livingRooms: {
    id: string;
    estateId: string;
    name: string;
    openedOn: string;
    functions: (
      | "PARTY_ACTIVITIES"
      | "DELIBERATION"
      | "PROBLEM_WALL"
      | "ECHO_WALL"
      | "DISPUTE_MEDIATION"
      | "RED_PROXY_DESK"
    )[];
  }[];
  /** 调解组织 — mediation teams and members' judgment panels. */
  mediators: { id: string; name: string; kind: "MEDIATION_TEAM" | "JUDGMENT_PANEL" }[];
  /** 派单规则 — who answers a category of problems in an estate (the estate's branch when no rule says). */
  routingRules: {
    id: string;
    estateId: string;
    category: "PARKING" | "FACILITY_DAMAGE" | "ILLEGAL_CONSTRUCTION" | "EBIKE_CHARGING" | "OTHER";
    responsibleKind: "PARTY_BRANCH" | "PROPERTY_COMPANY" | "UNIT" | "VOLUNTEER_TEAM";
    responsibleId: string;
  }[];
  /** 新年开门办一件实事 — estates' practical projects with their progress; `completedOn` set once DONE. */
  practicalProjects: {
    id: string;
    estateId: string;
    title: string;
    description: string;
    year: number;
    progress: number;
    status: "PLANNED" | "IN_PROGRESS" | "DONE";
    completedOn: string | null;
  }[];
  /** 问题墙 — residents' problems with every state they moved through (点题 → 解题 → 答题). */
  problems: {
    id: string;
    estateId: string;
    category: "PARKING" | "FACILITY_DAMAGE" | "ILLEGAL_CONSTRUCTION" | "EBIKE_CHARGING" | "OTHER";
    text: string;
    anonymous: boolean;
    reporterSubject: string;
    reporterName: string;
    status:
      | "REPORTED"
      | "ACCEPTED"
      | "ASSIGNED"
      | "IN_PROGRESS"
      | "RESOLVED"
      | "ANSWERED"
      | "CLOSED"
      | "REJECTED"
      | "DUPLICATE"
      | "REOPENED";
    responsibleKind: "PARTY_BRANCH" | "PROPERTY_COMPANY" | "UNIT" | "VOLUNTEER_TEAM" | null;
    responsibleId: string | null;
    duplicateOfId: string | null;
    rejectReason: string | null;
    resolutionNote: string | null;
    answer: string | null;
    answeredAt: string | null;
    rating: number | null;
    reportedAt: string;
    dueAt: string;
    /** Every state it entered, in order; the first is the report itself (from null). */
    history: { id: string; fromStatus: string | null; toStatus: string; occurredAt: string }[];
  }[];
  /** 矛盾纠纷 — disputes with their parties, mediation sessions and history. Never public. */
  disputes: {
    id: string;
    estateId: string;
    title: string;
    summary: string;
    mediatorId: string;
    status: "REGISTERED" | "IN_MEDIATION" | "SETTLED" | "UNSETTLED" | "WITHDRAWN";
    outcome: string | null;
    registeredAt: string;
    concludedAt: string | null;
    parties: { id: string; position: number; name: string; role: string }[];
    sessions: { id: string; heldOn: string; notes: string }[];
    history: { id: string; fromStatus: string | null; toStatus: string; occurredAt: string }[];
  }[];
  /** 预约 — bookings of shared resources, each with its history. */
  bookings: {
    id: string;
    resourceId: string;
    estateId: string;
    startsAt: string;
    endsAt: string;
    state: "PENDING" | "APPROVED" | "DECLINED" | "CANCELLED";
    purpose: string;
    history: { id: string; fromState: string | null; toState: string; occurredAt: string }[];
  }[];
}
