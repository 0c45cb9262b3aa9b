import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PropertyCompanyRow, ManagementContractRow, EstateRef, PartyMemberRef, CompanyStaffRow, PartyBranchRef, PropertyServiceItemRow, OwnersCommitteeRow, OwnersCommitteeMemberRow, SelfGovernanceCouncilRow, LedgerEntryRow } from '../db/schema';
import type { Replacement } from '../contracts/contracts.service';
import type { PlaceRef, PropertyFiguresRow } from '../overview/overview.repository';
import type { Connection } from '@linli/service-kit';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 添加员工 — a staff member to add to a company. */
export type AddCompanyStaffInput = {
  /** The company whose staff they join. */
  companyId: Scalars['ID']['input'];
  /** 姓名 — 1 to 50 characters (surrounding spaces are dropped). */
  name: Scalars['String']['input'];
  /**
   * 党员 — the party subgraph's id of the member they are, or null (or absent) when they are not
   * one. A party member is on one company's staff list at most once.
   */
  partyMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** 职务 — the position they hold, 1 to 50 characters (surrounding spaces are dropped). */
  position: Scalars['String']['input'];
};

/** 职务 — a seat's role on an owners' committee. */
export type CommitteeRole =
  /** 主任 — the chair. */
  | 'CHAIR'
  /** 委员 — a member. */
  | 'MEMBER'
  /** 副主任 — a vice chair. */
  | 'VICE_CHAIR';

/**
 * 社区 — a community of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type Community = {
  __typename?: 'Community';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 物业 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  propertyFigures?: Maybe<PropertyFigures>;
};

/**
 * 员工 — one staff member of a property company: the position they hold and, when they are a
 * party member, that member. Nothing else about them is kept.
 */
export type CompanyStaffMember = {
  __typename?: 'CompanyStaffMember';
  /** 物业服务企业 — the company whose staff they are. */
  company: PropertyCompany;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 姓名 — the name of the position holder. */
  name: Scalars['String']['output'];
  /**
   * 党员 — the staff member as a party member (owned by the party subgraph), or null when they are
   * not one.
   */
  partyMember?: Maybe<PartyMember>;
  /** 职务 — the position they hold, e.g. 项目经理. */
  position: Scalars['String']['output'];
};

/**
 * 县 — a county of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type County = {
  __typename?: 'County';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 物业 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  propertyFigures?: Maybe<PropertyFigures>;
};

/** 业委会选举 — one elected term of an estate's owners' committee. */
export type ElectOwnersCommitteeInput = {
  /** 小区 — the estate. */
  estateId: Scalars['ID']['input'];
  /** The current term's id as the caller saw it; null or absent when the estate has no committee yet. */
  expectedCurrentCommitteeId?: InputMaybe<Scalars['ID']['input']>;
  /** 成员 — 3 to 21 seats in their announced order, exactly one of them CHAIR; a party member at most once. */
  members: Array<OwnersCommitteeSeatInput>;
  /** 任期届满 — last day of the term (YYYY-MM-DD), after its first day and less than 5 years later. */
  termEndsOn: Scalars['String']['input'];
  /** 任期开始 — first day of the term (YYYY-MM-DD); after the current term's first day on a re-election. */
  termStartsOn: Scalars['String']['input'];
};

/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type Estate = {
  __typename?: 'Estate';
  /**
   * 一肩挑 — true when the secretary of the estate's party branch chairs its current owners'
   * committee; false when the estate has no branch, no secretary or no committee, or someone else
   * chairs it. A public fact, the same for every caller, the anonymous public included: it joins
   * the party registry's key of the secretary (never the person) with this agency's committee.
   * Null, with DEPENDENCY_UNAVAILABLE on this field, when the party registry's answer did not
   * reach this agency; never a guess.
   */
  branchSecretaryChairsOwnersCommittee?: Maybe<Scalars['Boolean']['output']>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 物业服务合同 — its management contracts, current and ended, newest first.
   * Null, with an error, only while the property service cannot be reached: a field one agency adds
   * to another's entity is nullable so that its outage never erases the entity.
   */
  managementContracts?: Maybe<Array<ManagementContract>>;
  /**
   * 管理方式 — COMPANY while a contract is current, otherwise SELF_GOVERNED when it has a
   * self-governance council, otherwise UNMANAGED. Null, with an error, only while the property
   * service cannot be reached.
   */
  managementMode?: Maybe<ManagementMode>;
  /** 业委会 — the current term of its owners' committee, or null when it has none. */
  ownersCommittee?: Maybe<OwnersCommittee>;
  /**
   * 业委会届次 — every term of its owners' committee, newest first (a handful per estate: one per
   * re-election). Null, with an error, only while the property service cannot be reached.
   */
  ownersCommitteeTerms?: Maybe<Array<OwnersCommittee>>;
  /** 小区党支部 — the branch that covers it, or null where none does yet. */
  partyBranch?: Maybe<PartyBranch>;
  /**
   * 物业服务企业 — the company with the current contract, or null when none manages it (an open
   * estate, 开放式无物业).
   */
  propertyCompany?: Maybe<PropertyCompany>;
  /**
   * 物业 — this agency's figures of the estate. Null, with an error, only while this agency's service
   * cannot be reached.
   */
  propertyFigures?: Maybe<PropertyFigures>;
  /** 业主自治会 — the self-governance council that runs it, or null when it has none. */
  selfGovernanceCouncil?: Maybe<SelfGovernanceCouncil>;
};

/**
 * 台账条目 — one income or expense entry of a council's fee ledger. Who recorded it is kept for the
 * audit and not shown.
 */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** 金额 — in fen (分), always positive; `kind` says which way. */
  amountFen: Scalars['Int']['output'];
  /** 更正 — the earlier entry this one corrects, or null. */
  corrects?: Maybe<LedgerEntry>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 收入 or 支出. */
  kind: LedgerEntryKind;
  /** 摘要 — what it was for. A phone or ID number typed into it is masked (139****1234) for every reader. */
  memo: Scalars['String']['output'];
  /** 发生日期 — the day it happened (YYYY-MM-DD). */
  occurredOn: Scalars['String']['output'];
  /** 登记时间 — when it was recorded (ISO 8601 timestamp, UTC). */
  recordedAt: Scalars['String']['output'];
};

/** A page of ledger entries. */
export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<LedgerEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One ledger entry in a page, with the cursor that points at it. */
export type LedgerEntryEdge = {
  __typename?: 'LedgerEntryEdge';
  /** Opaque position of this entry in the ledger. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: LedgerEntry;
};

/** 收支类型 — which way an entry moves money. */
export type LedgerEntryKind =
  /** 支出 — expense, e.g. a repair or a cleaner's wage. */
  | 'EXPENSE'
  /** 收入 — income, e.g. the quarterly cleaning fee collected from households. */
  | 'INCOME';

/**
 * 物业服务合同 — a management contract: which company manages which estate, from when to when.
 * Companies are replaced (物业服务企业更替), so ended contracts stay as the estate's history.
 */
export type ManagementContract = {
  __typename?: 'ManagementContract';
  /** 物业服务企业 — the company that manages the estate under this contract. */
  company: PropertyCompany;
  /** True while the contract runs (it has no end date); an estate has at most one current contract. */
  current: Scalars['Boolean']['output'];
  /** 终止日期 — last day of the contract (ISO 8601, YYYY-MM-DD); null while it is current. */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** 小区 — the estate it covers. */
  estate: Estate;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 起始日期 — first day of the contract (ISO 8601, YYYY-MM-DD). */
  startsOn: Scalars['String']['output'];
};

/** 管理方式 — how an estate is managed, derived from this agency's records. */
export type ManagementMode =
  /** 物业服务企业 — a property company holds a current management contract. */
  | 'COMPANY'
  /** 自治 — no company; a self-governance council of owners (业主自治会, 四自) runs it. */
  | 'SELF_GOVERNED'
  /** 失管 — neither a company nor a council: nobody manages it. */
  | 'UNMANAGED';

/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 添加员工 — adds a staff member to a company; with a party member among them the company counts
   * as 红色物业. Allowed to that company's own property manager and to the property authority's
   * administrators (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no
   * company has that id). Invalid input is BAD_USER_INPUT naming the field; a party member already
   * on that company's staff is CONFLICT; nothing is stored then. Recorded in the audit log.
   */
  addCompanyStaff?: Maybe<CompanyStaffMember>;
  /**
   * 业委会选举 / 换届 — records the election of an owners' committee term with its seats. For an
   * estate without a committee give no `expectedCurrentCommitteeId`; for a re-election give the
   * current term's id: the current term is closed on the new term's first day and the new one
   * becomes current, in one transaction with one audit row. A stale or missing expectation, or a
   * concurrent election of the same estate, is CONFLICT and nothing is written. Allowed to the
   * property authority's administrators only, who register committees (备案); anyone else is
   * refused (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise). Invalid input is
   * BAD_USER_INPUT naming the field.
   */
  electOwnersCommittee?: Maybe<OwnersCommittee>;
  /**
   * 记账 — appends an income or expense entry to a council's public fee ledger, recorded in the
   * audit log in the same transaction. There is no way to change or remove an entry — no mutation,
   * and the database refuses UPDATE and DELETE on the ledger for every role — so a mistake is put
   * right by a new entry naming the one it corrects (`correctsEntryId`). Allowed to the property
   * authority's administrators only (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise):
   * the council's own treasurers hold no role in Linli yet. Invalid input is BAD_USER_INPUT naming
   * the field; NOT_FOUND for an unknown council.
   */
  recordLedgerEntry?: Maybe<LedgerEntry>;
  /**
   * 移除员工 — removes a staff member from their company and returns them as they were. Allowed as
   * addCompanyStaff (NOT_FOUND when no staff member has that id). Recorded in the audit log.
   */
  removeCompanyStaff?: Maybe<CompanyStaffMember>;
  /**
   * 物业服务企业更替 — replaces the company managing an estate. In one transaction the current
   * contract ends the day before `startsOn` (end dates are inclusive) and a new current contract of
   * `companyId` starts on `startsOn`; both are kept as the estate's history, with one audit row.
   * Allowed to the property authority's administrators only: the owners choose a company (through
   * their general meeting and committee) and the authority records it — a company cannot appoint
   * or dismiss itself, so property managers are refused (FORBIDDEN; UNAUTHENTICATED when not signed
   * in). `expectedCurrentContractId` must name the estate's current contract: when it does not —
   * another replacement came first, or two ran at once — the answer is CONFLICT and nothing is
   * written. Invalid input is BAD_USER_INPUT naming the field (also a `startsOn` not after the
   * current contract's first day, or the company that already manages it); NOT_FOUND for an unknown
   * company.
   */
  replacePropertyCompany?: Maybe<PropertyCompanyReplacement>;
  /**
   * 登记企业党支部 — records the party branch a company has set up in itself (or clears it with
   * null); a company with its own branch counts as 红色物业. The branch is the party organization's
   * fact and the property authority records it: its administrators only (a company cannot
   * declare itself red). NOT_FOUND when no company has that id. Recorded in the audit log.
   */
  setCompanyPartyBranch?: Maybe<PropertyCompany>;
  /**
   * 更新物业服务企业 — changes the registered name or address of a property service company.
   * Allowed to that company's own property manager (物业经理) and to the property authority's
   * administrators; anyone else is refused (UNAUTHENTICATED when not signed in, FORBIDDEN
   * otherwise; NOT_FOUND when no company has that id). Invalid input is refused with
   * BAD_USER_INPUT naming the field, and nothing is stored. Recorded in the audit log.
   */
  updatePropertyCompany?: Maybe<PropertyCompany>;
};


/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAddCompanyStaffArgs = {
  input: AddCompanyStaffInput;
};


/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationElectOwnersCommitteeArgs = {
  input: ElectOwnersCommitteeInput;
};


/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRecordLedgerEntryArgs = {
  input: RecordLedgerEntryInput;
};


/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRemoveCompanyStaffArgs = {
  input: RemoveCompanyStaffInput;
};


/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationReplacePropertyCompanyArgs = {
  input: ReplacePropertyCompanyInput;
};


/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationSetCompanyPartyBranchArgs = {
  input: SetCompanyPartyBranchInput;
};


/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationUpdatePropertyCompanyArgs = {
  input: UpdatePropertyCompanyInput;
};

/**
 * 业主委员会 (业委会) — one term of an estate's owners' committee, elected by the owners' general
 * meeting. A re-election (换届) starts a new term and closes this one; every term stays as
 * history. Public, as committees are announced to the estate (公示): names and roles, no contact
 * data.
 */
export type OwnersCommittee = {
  __typename?: 'OwnersCommittee';
  /**
   * 主任 — the chair when the chair is a party member (党员), otherwise null (see `members` for the
   * chair's name).
   */
  chair?: Maybe<PartyMember>;
  /** True for the estate's current term (not yet succeeded). */
  current: Scalars['Boolean']['output'];
  /** 小区 — the estate it represents. */
  estate: Estate;
  /** Stable identifier of this term. */
  id: Scalars['ID']['output'];
  /** 成员 — the seats of this term, chair first as listed at the election. */
  members: Array<OwnersCommitteeMember>;
  /** 红色业委会 — true when at least one party member sits on this term's committee. */
  red: Scalars['Boolean']['output'];
  /** 换届日期 — the day the next term began, or null while this is the current term. */
  succeededOn?: Maybe<Scalars['String']['output']>;
  /** 任期届满 — last day of the term as elected (YYYY-MM-DD). */
  termEndsOn: Scalars['String']['output'];
  /** 任期开始 — first day of the term (YYYY-MM-DD). */
  termStartsOn: Scalars['String']['output'];
};

/** 业委会成员 — one seat of one committee term. */
export type OwnersCommitteeMember = {
  __typename?: 'OwnersCommitteeMember';
  /** 业委会 — the committee term this seat belongs to. */
  committee: OwnersCommittee;
  /** Stable identifier of the seat. */
  id: Scalars['ID']['output'];
  /** 姓名 — the seat holder's name as announced. */
  name: Scalars['String']['output'];
  /** 党员 — the seat holder as a party member, or null when they are not one. */
  partyMember?: Maybe<PartyMember>;
  /** 职务 — chair, vice chair or member. */
  role: CommitteeRole;
};

/** One elected seat. */
export type OwnersCommitteeSeatInput = {
  /** 姓名 — 1 to 50 characters (surrounding spaces are dropped). */
  name: Scalars['String']['input'];
  /** 党员 — the party member's id when the seat holder is one. */
  partyMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** 职务 — chair, vice chair or member. */
  role: CommitteeRole;
};

/** Where a page of a cursor connection ends (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; pass `endCursor` as `after` to read it. */
  hasNextPage?: Maybe<Scalars['Boolean']['output']>;
};

/**
 * 党支部 — a party branch, owned by the party subgraph: the branch covering an estate (only its
 * secretary's member key is read here), or the branch a property company set up in itself (企业党支部).
 */
export type PartyBranch = {
  __typename?: 'PartyBranch';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * The secretary's party-member key (provided by the party subgraph, hidden from clients there):
   * compared with the committee chair's, nothing else about the secretary is read.
   */
  secretaryMemberId?: Maybe<Scalars['ID']['output']>;
};

/** 党员 — a party member, owned by the party subgraph. This agency adds the committee seats they hold. */
export type PartyMember = {
  __typename?: 'PartyMember';
  /**
   * 业委会席位 — the owners' committee seats they hold or held, newest term first. Null, with an
   * error, only while the property service cannot be reached.
   */
  committeeSeats?: Maybe<Array<OwnersCommitteeMember>>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};

/** 物业服务企业 — a property service company that manages estates under contract. */
export type PropertyCompany = {
  __typename?: 'PropertyCompany';
  /** Registered address. */
  address: Scalars['String']['output'];
  /** 物业服务合同 — every contract it has signed, current and ended, newest first. */
  contracts: Array<ManagementContract>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 在管小区 — the estates it manages now (those where its contract is current). */
  managedEstates: Array<Estate>;
  /** Registered name, e.g. 嘉庆物业服务有限公司. */
  name: Scalars['String']['output'];
  /**
   * 企业党支部 — the party branch the company has set up in itself (owned by the party subgraph),
   * or null when it has none on record.
   */
  partyBranch?: Maybe<PartyBranch>;
  /**
   * 红色物业 — true when the company has its own party branch or at least one staff member who
   * is a party member. Derived from those facts on every read, never stored.
   */
  redProperty: Scalars['Boolean']['output'];
  /** 物业服务事项 — the services it offers residents, by name. A short catalogue of one company. */
  serviceItems: Array<PropertyServiceItem>;
  /** 员工 — its staff who hold a position (项目经理, 客服主管 …), by name: a handful per company. */
  staff: Array<CompanyStaffMember>;
  /**
   * 更新时间 — when its name or address was last changed, or when it was registered if never
   * (ISO 8601 timestamp, UTC).
   */
  updatedAt: Scalars['String']['output'];
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
};

/** A page of property companies. */
export type PropertyCompanyConnection = {
  __typename?: 'PropertyCompanyConnection';
  /** The companies of this page with their cursors. */
  edges: Array<PropertyCompanyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many companies the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One property company in a page, with the cursor that points at it. */
export type PropertyCompanyEdge = {
  __typename?: 'PropertyCompanyEdge';
  /** Opaque position of this company in the list. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: PropertyCompany;
};

/** What a replacement of the company (物业服务企业更替) did. */
export type PropertyCompanyReplacement = {
  __typename?: 'PropertyCompanyReplacement';
  /** The contract it ended, now with its end date. */
  endedContract: ManagementContract;
  /** The contract it started, now the estate's current one. */
  newContract: ManagementContract;
};

/** 物业数据 — the property authority's part of a place's dashboard, counted in SQL from the records. */
export type PropertyFigures = {
  __typename?: 'PropertyFigures';
  /** 物业管理小区 — estates a property company manages under a current contract. */
  managedEstates: Scalars['Int']['output'];
  /** 业委会 — owners' committees in their current term. */
  ownersCommittees: Scalars['Int']['output'];
  /** 物业服务企业 — companies managing an estate of the place now. */
  propertyCompanies: Scalars['Int']['output'];
  /** 红色业委会 — current owners' committees with a party member on them. */
  redOwnersCommittees: Scalars['Int']['output'];
  /** 红色物业 — of those, companies with a party branch of their own or party members on their staff. */
  redPropertyCompanies: Scalars['Int']['output'];
  /** 业主自治会 — self-governance councils of open estates (四自). */
  selfGovernanceCouncils: Scalars['Int']['output'];
};

/**
 * 物业服务事项 — a service a property company offers the residents of the estates it manages.
 * Public: anyone may read the catalogue.
 */
export type PropertyServiceItem = {
  __typename?: 'PropertyServiceItem';
  /** 物业服务企业 — the company that offers it. */
  company: PropertyCompany;
  /** 说明 — what it covers and how to ask for it; may be empty. */
  description: Scalars['String']['output'];
  /** 收费说明 — how it is paid for, in words (含在物业费内, 按次收费 …); may be empty. */
  feeNote: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 名称 — what it is, e.g. 电动车集中充电. */
  name: Scalars['String']['output'];
};

/**
 * The property authority's part of the graph (住建·物业): property service companies and the
 * management contracts that tie them to estates. Estates themselves belong to the party registry.
 */
export type Query = {
  __typename?: 'Query';
  /** 物业服务企业 — property service companies ordered by name; at most 100 a page. */
  propertyCompanies: PropertyCompanyConnection;
  /** 物业服务企业 — one property service company by id, or null when there is none. */
  propertyCompany?: Maybe<PropertyCompany>;
  /** 业主自治会 — one self-governance council by id, or null when there is none. Public. */
  selfGovernanceCouncil?: Maybe<SelfGovernanceCouncil>;
};


/**
 * The property authority's part of the graph (住建·物业): property service companies and the
 * management contracts that tie them to estates. Estates themselves belong to the party registry.
 */
export type QueryPropertyCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The property authority's part of the graph (住建·物业): property service companies and the
 * management contracts that tie them to estates. Estates themselves belong to the party registry.
 */
export type QueryPropertyCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The property authority's part of the graph (住建·物业): property service companies and the
 * management contracts that tie them to estates. Estates themselves belong to the party registry.
 */
export type QuerySelfGovernanceCouncilArgs = {
  id: Scalars['ID']['input'];
};

/** 记账 — one new ledger entry. */
export type RecordLedgerEntryInput = {
  /** 金额 — whole fen (分), 1 to 100000000 (one million yuan). */
  amountFen: Scalars['Int']['input'];
  /** 更正 — the id of an earlier entry of the same council that this one corrects. */
  correctsEntryId?: InputMaybe<Scalars['ID']['input']>;
  /** 业主自治会 — the council whose ledger it goes into. */
  councilId: Scalars['ID']['input'];
  /** 收入 or 支出. */
  kind: LedgerEntryKind;
  /**
   * 摘要 — what it was for, 1 to 200 characters (surrounding spaces are dropped). No personal data:
   * the ledger is public.
   */
  memo: Scalars['String']['input'];
  /** 发生日期 — the day it happened (YYYY-MM-DD). */
  occurredOn: Scalars['String']['input'];
};

/** 移除员工 — the staff member to remove. */
export type RemoveCompanyStaffInput = {
  /** The staff member (`CompanyStaffMember.id`). */
  staffId: Scalars['ID']['input'];
};

/** 物业服务企业更替 — which estate gets which company from when, replacing which contract. */
export type ReplacePropertyCompanyInput = {
  /** 物业服务企业 — the new company. */
  companyId: Scalars['ID']['input'];
  /** 小区 — the estate whose company changes. */
  estateId: Scalars['ID']['input'];
  /**
   * The id of the contract the caller saw as current. A replacement based on a stale view is
   * refused with CONFLICT, so two concurrent replacements cannot both succeed.
   */
  expectedCurrentContractId: Scalars['ID']['input'];
  /**
   * 起始日期 — the new contract's first day (YYYY-MM-DD), after the current contract's first day;
   * the current contract ends the day before.
   */
  startsOn: Scalars['String']['input'];
};

/**
 * 业主自治会 — the owners' council that runs an open estate without a property company, under the
 * "four selves" (四自): self-management, self-participation, self-charging (自主收费) and
 * self-disclosure (自行公开). Its fee ledger is public: anyone, signed in or not, may read it, and
 * it carries no personal data.
 */
export type SelfGovernanceCouncil = {
  __typename?: 'SelfGovernanceCouncil';
  /**
   * 结余 — the balance in fen (分): every income entry minus every expense entry, summed by the
   * database when asked; never stored, so it always equals the ledger.
   */
  balanceFen: Scalars['Int']['output'];
  /** 小区 — the estate it runs. */
  estate: Estate;
  /** 成立日期 — founding date (YYYY-MM-DD). */
  foundedOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * 收支台账 — the fee ledger, newest first (by the day an entry occurred); at most 100 a page.
   * Append-only: entries are never changed or removed, corrections are entries of their own.
   */
  ledger: LedgerEntryConnection;
  /** 名称 — e.g. 仙安石鼓山业主自治会. */
  name: Scalars['String']['output'];
};


/**
 * 业主自治会 — the owners' council that runs an open estate without a property company, under the
 * "four selves" (四自): self-management, self-participation, self-charging (自主收费) and
 * self-disclosure (自行公开). Its fee ledger is public: anyone, signed in or not, may read it, and
 * it carries no personal data.
 */
export type SelfGovernanceCouncilLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 登记企业党支部 — the party branch a company has set up, or null to clear it. */
export type SetCompanyPartyBranchInput = {
  /** The company. */
  companyId: Scalars['ID']['input'];
  /**
   * 党支部 — the party subgraph's id of the company's branch, or null when it has none (any more).
   * Must be given, even when null.
   */
  partyBranchId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * 镇街 — a town or subdistrict of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type Subdistrict = {
  __typename?: 'Subdistrict';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 物业 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  propertyFigures?: Maybe<PropertyFigures>;
};

/**
 * 更新物业服务企业 — what to change about one property service company: at least one of `name`
 * and `address`. A field left out (or null) keeps its value.
 */
export type UpdatePropertyCompanyInput = {
  /** 地址 — the new registered address, 1 to 200 characters (surrounding spaces are dropped). */
  address?: InputMaybe<Scalars['String']['input']>;
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The company to change. */
  id: Scalars['ID']['input'];
  /** 名称 — the new registered name, 1 to 100 characters (surrounding spaces are dropped). */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Community: Community;
  County: County;
  Estate: Estate;
  PartyMember: PartyMember;
  PropertyCompany: PropertyCompany;
  Subdistrict: Subdistrict;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"id":true}> );
  County:
    ( { __typename: 'County' }
    & GraphQLRecursivePick<FederationTypes['County'], {"id":true}> );
  Estate:
    ( { __typename: 'Estate' }
    & GraphQLRecursivePick<FederationTypes['Estate'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Estate'], {"partyBranch":{"secretaryMemberId":true}}> ) );
  PartyMember:
    ( { __typename: 'PartyMember' }
    & GraphQLRecursivePick<FederationTypes['PartyMember'], {"id":true}> );
  PropertyCompany:
    ( { __typename: 'PropertyCompany' }
    & GraphQLRecursivePick<FederationTypes['PropertyCompany'], {"id":true}> );
  Subdistrict:
    ( { __typename: 'Subdistrict' }
    & GraphQLRecursivePick<FederationTypes['Subdistrict'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCompanyStaffInput: AddCompanyStaffInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CommitteeRole: CommitteeRole;
  Community: ResolverTypeWrapper<PlaceRef>;
  CompanyStaffMember: ResolverTypeWrapper<CompanyStaffRow>;
  County: ResolverTypeWrapper<PlaceRef>;
  ElectOwnersCommitteeInput: ElectOwnersCommitteeInput;
  Estate: ResolverTypeWrapper<EstateRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  LedgerEntry: ResolverTypeWrapper<LedgerEntryRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LedgerEntryConnection: ResolverTypeWrapper<Connection<LedgerEntryRow>>;
  LedgerEntryEdge: ResolverTypeWrapper<Omit<LedgerEntryEdge, 'node'> & { node: ResolversTypes['LedgerEntry'] }>;
  LedgerEntryKind: LedgerEntryKind;
  ManagementContract: ResolverTypeWrapper<ManagementContractRow>;
  ManagementMode: ManagementMode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OwnersCommittee: ResolverTypeWrapper<OwnersCommitteeRow>;
  OwnersCommitteeMember: ResolverTypeWrapper<OwnersCommitteeMemberRow>;
  OwnersCommitteeSeatInput: OwnersCommitteeSeatInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyBranch: ResolverTypeWrapper<PartyBranchRef>;
  PartyMember: ResolverTypeWrapper<PartyMemberRef>;
  PropertyCompany: ResolverTypeWrapper<PropertyCompanyRow>;
  PropertyCompanyConnection: ResolverTypeWrapper<Connection<PropertyCompanyRow>>;
  PropertyCompanyEdge: ResolverTypeWrapper<Omit<PropertyCompanyEdge, 'node'> & { node: ResolversTypes['PropertyCompany'] }>;
  PropertyCompanyReplacement: ResolverTypeWrapper<Replacement>;
  PropertyFigures: ResolverTypeWrapper<PropertyFiguresRow>;
  PropertyServiceItem: ResolverTypeWrapper<PropertyServiceItemRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordLedgerEntryInput: RecordLedgerEntryInput;
  RemoveCompanyStaffInput: RemoveCompanyStaffInput;
  ReplacePropertyCompanyInput: ReplacePropertyCompanyInput;
  SelfGovernanceCouncil: ResolverTypeWrapper<SelfGovernanceCouncilRow>;
  SetCompanyPartyBranchInput: SetCompanyPartyBranchInput;
  Subdistrict: ResolverTypeWrapper<PlaceRef>;
  UpdatePropertyCompanyInput: UpdatePropertyCompanyInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCompanyStaffInput: AddCompanyStaffInput;
  ID: Scalars['ID']['output'];
  Community: PlaceRef;
  CompanyStaffMember: CompanyStaffRow;
  County: PlaceRef;
  ElectOwnersCommitteeInput: ElectOwnersCommitteeInput;
  Estate: EstateRef;
  Boolean: Scalars['Boolean']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  LedgerEntry: LedgerEntryRow;
  Int: Scalars['Int']['output'];
  LedgerEntryConnection: Connection<LedgerEntryRow>;
  LedgerEntryEdge: Omit<LedgerEntryEdge, 'node'> & { node: ResolversParentTypes['LedgerEntry'] };
  ManagementContract: ManagementContractRow;
  Mutation: Record<PropertyKey, never>;
  OwnersCommittee: OwnersCommitteeRow;
  OwnersCommitteeMember: OwnersCommitteeMemberRow;
  OwnersCommitteeSeatInput: OwnersCommitteeSeatInput;
  PageInfo: PageInfo;
  PartyBranch: PartyBranchRef;
  PartyMember: PartyMemberRef;
  PropertyCompany: PropertyCompanyRow;
  PropertyCompanyConnection: Connection<PropertyCompanyRow>;
  PropertyCompanyEdge: Omit<PropertyCompanyEdge, 'node'> & { node: ResolversParentTypes['PropertyCompany'] };
  PropertyCompanyReplacement: Replacement;
  PropertyFigures: PropertyFiguresRow;
  PropertyServiceItem: PropertyServiceItemRow;
  Query: Record<PropertyKey, never>;
  RecordLedgerEntryInput: RecordLedgerEntryInput;
  RemoveCompanyStaffInput: RemoveCompanyStaffInput;
  ReplacePropertyCompanyInput: ReplacePropertyCompanyInput;
  SelfGovernanceCouncil: SelfGovernanceCouncilRow;
  SetCompanyPartyBranchInput: SetCompanyPartyBranchInput;
  Subdistrict: PlaceRef;
  UpdatePropertyCompanyInput: UpdatePropertyCompanyInput;
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = Context, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = Context, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = Context, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = Context, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RuleDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type RuleDirectiveResolver<Result, Parent, ContextType = Context, Args = RuleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = Context, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  propertyFigures?: Resolver<Maybe<ResolversTypes['PropertyFigures']>, ParentType, ContextType>;
};

export type CompanyStaffMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyStaffMember'] = ResolversParentTypes['CompanyStaffMember']> = {
  company?: Resolver<ResolversTypes['PropertyCompany'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyMember?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  propertyFigures?: Resolver<Maybe<ResolversTypes['PropertyFigures']>, ParentType, ContextType>;
};

export type EstateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Estate'] = ResolversParentTypes['Estate'], FederationReferenceType extends FederationReferenceTypes['Estate'] = FederationReferenceTypes['Estate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Estate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  branchSecretaryChairsOwnersCommittee?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  managementContracts?: Resolver<Maybe<Array<ResolversTypes['ManagementContract']>>, ParentType, ContextType>;
  managementMode?: Resolver<Maybe<ResolversTypes['ManagementMode']>, ParentType, ContextType>;
  ownersCommittee?: Resolver<Maybe<ResolversTypes['OwnersCommittee']>, ParentType, ContextType>;
  ownersCommitteeTerms?: Resolver<Maybe<Array<ResolversTypes['OwnersCommittee']>>, ParentType, ContextType>;
  propertyCompany?: Resolver<Maybe<ResolversTypes['PropertyCompany']>, ParentType, ContextType>;
  propertyFigures?: Resolver<Maybe<ResolversTypes['PropertyFigures']>, ParentType, ContextType>;
  selfGovernanceCouncil?: Resolver<Maybe<ResolversTypes['SelfGovernanceCouncil']>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type LedgerEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corrects?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerEntryKind'], ParentType, ContextType>;
  memo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LedgerEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerEntryConnection'] = ResolversParentTypes['LedgerEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LedgerEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LedgerEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerEntryEdge'] = ResolversParentTypes['LedgerEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType>;
};

export type ManagementContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ManagementContract'] = ResolversParentTypes['ManagementContract']> = {
  company?: Resolver<ResolversTypes['PropertyCompany'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCompanyStaff?: Resolver<Maybe<ResolversTypes['CompanyStaffMember']>, ParentType, ContextType, RequireFields<MutationAddCompanyStaffArgs, 'input'>>;
  electOwnersCommittee?: Resolver<Maybe<ResolversTypes['OwnersCommittee']>, ParentType, ContextType, RequireFields<MutationElectOwnersCommitteeArgs, 'input'>>;
  recordLedgerEntry?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType, RequireFields<MutationRecordLedgerEntryArgs, 'input'>>;
  removeCompanyStaff?: Resolver<Maybe<ResolversTypes['CompanyStaffMember']>, ParentType, ContextType, RequireFields<MutationRemoveCompanyStaffArgs, 'input'>>;
  replacePropertyCompany?: Resolver<Maybe<ResolversTypes['PropertyCompanyReplacement']>, ParentType, ContextType, RequireFields<MutationReplacePropertyCompanyArgs, 'input'>>;
  setCompanyPartyBranch?: Resolver<Maybe<ResolversTypes['PropertyCompany']>, ParentType, ContextType, RequireFields<MutationSetCompanyPartyBranchArgs, 'input'>>;
  updatePropertyCompany?: Resolver<Maybe<ResolversTypes['PropertyCompany']>, ParentType, ContextType, RequireFields<MutationUpdatePropertyCompanyArgs, 'input'>>;
};

export type OwnersCommitteeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnersCommittee'] = ResolversParentTypes['OwnersCommittee']> = {
  chair?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['OwnersCommitteeMember']>, ParentType, ContextType>;
  red?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  succeededOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  termEndsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  termStartsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OwnersCommitteeMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnersCommitteeMember'] = ResolversParentTypes['OwnersCommitteeMember']> = {
  committee?: Resolver<ResolversTypes['OwnersCommittee'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyMember?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CommitteeRole'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PartyBranchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyBranch'] = ResolversParentTypes['PartyBranch']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PartyMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMember'] = ResolversParentTypes['PartyMember'], FederationReferenceType extends FederationReferenceTypes['PartyMember'] = FederationReferenceTypes['PartyMember']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  committeeSeats?: Resolver<Maybe<Array<ResolversTypes['OwnersCommitteeMember']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PropertyCompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyCompany'] = ResolversParentTypes['PropertyCompany'], FederationReferenceType extends FederationReferenceTypes['PropertyCompany'] = FederationReferenceTypes['PropertyCompany']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PropertyCompany']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['ManagementContract']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  managedEstates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyBranch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType>;
  redProperty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serviceItems?: Resolver<Array<ResolversTypes['PropertyServiceItem']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['CompanyStaffMember']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PropertyCompanyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyCompanyConnection'] = ResolversParentTypes['PropertyCompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PropertyCompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PropertyCompanyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyCompanyEdge'] = ResolversParentTypes['PropertyCompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PropertyCompany'], ParentType, ContextType>;
};

export type PropertyCompanyReplacementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyCompanyReplacement'] = ResolversParentTypes['PropertyCompanyReplacement']> = {
  endedContract?: Resolver<ResolversTypes['ManagementContract'], ParentType, ContextType>;
  newContract?: Resolver<ResolversTypes['ManagementContract'], ParentType, ContextType>;
};

export type PropertyFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyFigures'] = ResolversParentTypes['PropertyFigures']> = {
  managedEstates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownersCommittees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  propertyCompanies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redOwnersCommittees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redPropertyCompanies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selfGovernanceCouncils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PropertyServiceItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyServiceItem'] = ResolversParentTypes['PropertyServiceItem']> = {
  company?: Resolver<ResolversTypes['PropertyCompany'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feeNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  propertyCompanies?: Resolver<ResolversTypes['PropertyCompanyConnection'], ParentType, ContextType, RequireFields<QueryPropertyCompaniesArgs, 'first'>>;
  propertyCompany?: Resolver<Maybe<ResolversTypes['PropertyCompany']>, ParentType, ContextType, RequireFields<QueryPropertyCompanyArgs, 'id'>>;
  selfGovernanceCouncil?: Resolver<Maybe<ResolversTypes['SelfGovernanceCouncil']>, ParentType, ContextType, RequireFields<QuerySelfGovernanceCouncilArgs, 'id'>>;
};

export type SelfGovernanceCouncilResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfGovernanceCouncil'] = ResolversParentTypes['SelfGovernanceCouncil']> = {
  balanceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledger?: Resolver<ResolversTypes['LedgerEntryConnection'], ParentType, ContextType, RequireFields<SelfGovernanceCouncilLedgerArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubdistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subdistrict'] = ResolversParentTypes['Subdistrict'], FederationReferenceType extends FederationReferenceTypes['Subdistrict'] = FederationReferenceTypes['Subdistrict']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subdistrict']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  propertyFigures?: Resolver<Maybe<ResolversTypes['PropertyFigures']>, ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  Community?: CommunityResolvers<ContextType>;
  CompanyStaffMember?: CompanyStaffMemberResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  Estate?: EstateResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LedgerEntryConnection?: LedgerEntryConnectionResolvers<ContextType>;
  LedgerEntryEdge?: LedgerEntryEdgeResolvers<ContextType>;
  ManagementContract?: ManagementContractResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OwnersCommittee?: OwnersCommitteeResolvers<ContextType>;
  OwnersCommitteeMember?: OwnersCommitteeMemberResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyBranch?: PartyBranchResolvers<ContextType>;
  PartyMember?: PartyMemberResolvers<ContextType>;
  PropertyCompany?: PropertyCompanyResolvers<ContextType>;
  PropertyCompanyConnection?: PropertyCompanyConnectionResolvers<ContextType>;
  PropertyCompanyEdge?: PropertyCompanyEdgeResolvers<ContextType>;
  PropertyCompanyReplacement?: PropertyCompanyReplacementResolvers<ContextType>;
  PropertyFigures?: PropertyFiguresResolvers<ContextType>;
  PropertyServiceItem?: PropertyServiceItemResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SelfGovernanceCouncil?: SelfGovernanceCouncilResolvers<ContextType>;
  Subdistrict?: SubdistrictResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  composeDirective?: ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  rule?: RuleDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
};
