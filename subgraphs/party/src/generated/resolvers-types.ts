import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CountyRow, SubdistrictRow, CommunityRow, EstateRow, PartyBranchRow, PartyMemberRow } from '../db/schema';
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

/** 组建方式 — how a branch was formed. */
export type BranchFormation =
  /** 兼合式 — combined: members from units and the estate in one branch. */
  | 'COMBINED'
  /** 联合组建 — set up jointly by several estates. */
  | 'JOINT'
  /** 单独组建 — set up by one estate alone. */
  | 'STANDALONE';

/** 建制化阶段 — stages a branch moves through, forward only (新增一个、覆盖一个，成熟一个、建成一个). */
export type BranchStage =
  /** 覆盖 — the estate is covered. */
  | 'COVERED'
  /** 建成 — fully established. */
  | 'ESTABLISHED'
  /** 成熟 — mature. */
  | 'MATURE'
  /** 新增 — newly added. */
  | 'NEW';

/** 社区 — a community with its residents' committee. */
export type Community = {
  __typename?: 'Community';
  /** 小区 — its estates, by name; at most 100 a page. */
  estates: EstateConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Official name, e.g. 木兰社区. */
  name: Scalars['String']['output'];
  /** 镇街 — the town or subdistrict it belongs to. */
  subdistrict: Subdistrict;
};


/** 社区 — a community with its residents' committee. */
export type CommunityEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 县 — a county, the root of the place tree. */
export type County = {
  __typename?: 'County';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Official name, e.g. 仙游县. */
  name: Scalars['String']['output'];
  /** 镇街 — the towns and subdistricts of the county, by name. */
  subdistricts: Array<Subdistrict>;
};

/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type Estate = {
  __typename?: 'Estate';
  /** Street address. */
  address: Scalars['String']['output'];
  /** 社区 — the community it belongs to. */
  community: Community;
  /** 治理模式 — the named governance model, e.g. 五家心事, 五微睦邻, 四自; null when none is named. */
  governanceModel?: Maybe<Scalars['String']['output']>;
  /** 户数 — number of households. */
  households: Scalars['Int']['output'];
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 木兰滨河. */
  name: Scalars['String']['output'];
  /** 小区党支部 — the branch that covers it, or null where none does yet. */
  partyBranch?: Maybe<PartyBranch>;
  /** 党员 — the party members who live in the estate, by name; at most 100 a page. Signed-in callers only. */
  partyMembers: PartyMemberConnection;
  /** 安置房 — true for a resettlement estate. */
  resettlement: Scalars['Boolean']['output'];
  /** Classified-governance type. */
  type: EstateType;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstatePartyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of estates. */
export type EstateConnection = {
  __typename?: 'EstateConnection';
  /** The estates of this page with their cursors. */
  edges: Array<EstateEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One estate in a page, with the cursor that points at it. */
export type EstateEdge = {
  __typename?: 'EstateEdge';
  /** Opaque position of this estate in the list. */
  cursor: Scalars['String']['output'];
  /** The estate. */
  node: Estate;
};

/** 小区分类 — the estate types of classified governance (小区分类治理). */
export type EstateType =
  /** 高层物业住宅 — high-rise estate with a property company. */
  | 'HIGH_RISE_MANAGED'
  /** 商住混合物业 — mixed commercial and residential estate with a property company. */
  | 'MIXED_USE_MANAGED'
  /** 开放式无物业 — open estate without a property company. */
  | 'OPEN_UNMANAGED';

/** 党员类别 — how a party member is attached to the community where they live. */
export type MemberKind =
  /** 在职 — works in a unit and reports to the community where they live (亮身份). */
  | 'IN_SERVICE'
  /** 在册 — registered on the community's roll. */
  | 'REGISTERED';

/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Changes a party member's phone and/or address (联系方式). Allowed to the party organization's
   * administrators and to the secretary (书记) of the member's branch; recorded in the audit log.
   */
  updatePartyMemberContact: PartyMember;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 */
export type MutationUpdatePartyMemberContactArgs = {
  input: UpdatePartyMemberContactInput;
};

/** Where a page of a cursor connection ends (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; pass `endCursor` as `after` to read it. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 小区党支部 — an estate party branch. A joint or combined branch covers several estates. */
export type PartyBranch = {
  __typename?: 'PartyBranch';
  /** 小区 — the estates it covers, by name. */
  estates: Array<Estate>;
  /** How it was formed. */
  formation: BranchFormation;
  /** 成立日期 — founding date (ISO 8601, YYYY-MM-DD). */
  foundedOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 木兰滨河小区党支部. */
  name: Scalars['String']['output'];
  /** Where it stands on the way to fully established. */
  stage: BranchStage;
};

/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone.
 */
export type PartyMember = {
  __typename?: 'PartyMember';
  /**
   * 住址 — home address. Masked to the part before its first digit (the road or area, e.g.
   * 仙游县鲤城街道木兰滨河路****) unless an entitled caller states a purpose; null when none is
   * recorded.
   */
  address?: Maybe<Scalars['String']['output']>;
  /** 小区党支部 — the branch the member belongs to; null for an in-service member organised elsewhere. */
  branch?: Maybe<PartyBranch>;
  /** 小区 — the estate where the member lives. */
  estate: Estate;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * 身份证号 — resident ID number, masked to the region code and the last four (350322********1234)
   * unless an entitled caller states a purpose; null when none is recorded.
   */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 在册 or 在职. */
  kind: MemberKind;
  /** 姓名 — full name. */
  name: Scalars['String']['output'];
  /**
   * 手机号 — mobile phone, masked as 138****1234 unless an entitled caller states a purpose; null
   * when none is recorded.
   */
  phone?: Maybe<Scalars['String']['output']>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone.
 */
export type PartyMemberAddressArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone.
 */
export type PartyMemberIdNumberArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone.
 */
export type PartyMemberPhoneArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** A page of party members. */
export type PartyMemberConnection = {
  __typename?: 'PartyMemberConnection';
  /** The members of this page with their cursors. */
  edges: Array<PartyMemberEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One party member in a page, with the cursor that points at it. */
export type PartyMemberEdge = {
  __typename?: 'PartyMemberEdge';
  /** Opaque position of this member in the list. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: PartyMember;
};

/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type Query = {
  __typename?: 'Query';
  /** 社区 — one community by id, or null when there is none. */
  community?: Maybe<Community>;
  /** 县 — the counties in the registry (one in the demo data, Xianyou). */
  counties: Array<County>;
  /** 小区 — one residential estate by id, or null when there is none. */
  estate?: Maybe<Estate>;
  /** 小区 — residential estates ordered by name, optionally within one community; at most 100 a page. */
  estates: EstateConnection;
  /** 小区党支部 — one estate party branch by id, or null when there is none. */
  partyBranch?: Maybe<PartyBranch>;
  /** 党员 — one party member by id, or null when there is none. Signed-in callers only. */
  partyMember?: Maybe<PartyMember>;
  /** 镇街 — one town or subdistrict by id, or null when there is none. */
  subdistrict?: Maybe<Subdistrict>;
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryCommunityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryEstateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryPartyBranchArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryPartyMemberArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QuerySubdistrictArgs = {
  id: Scalars['ID']['input'];
};

/** 镇/街道 — a town or subdistrict of the county. */
export type Subdistrict = {
  __typename?: 'Subdistrict';
  /** 社区 — its communities, by name. */
  communities: Array<Community>;
  /** 县 — the county it belongs to. */
  county: County;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Town or subdistrict. */
  kind: SubdistrictKind;
  /** Official name, e.g. 鲤城街道. */
  name: Scalars['String']['output'];
};

/** Whether a 镇街 is a town (镇) or an urban subdistrict (街道). */
export type SubdistrictKind =
  /** 街道 — urban subdistrict. */
  | 'SUBDISTRICT'
  /** 镇 — town. */
  | 'TOWN';

/**
 * A new phone and/or address for a party member (联系方式). Omitted (or null) fields are left unchanged;
 * at least one must be given.
 */
export type UpdatePartyMemberContactInput = {
  /** 住址 — home address, 1 to 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The member to change. */
  memberId: Scalars['ID']['input'];
  /** 手机号 — a mainland mobile number, 11 digits starting 13–19. */
  phone?: InputMaybe<Scalars['String']['input']>;
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
  PartyBranch: PartyBranch;
  PartyMember: PartyMember;
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
    & GraphQLRecursivePick<FederationTypes['Estate'], {"id":true}> );
  PartyBranch:
    ( { __typename: 'PartyBranch' }
    & GraphQLRecursivePick<FederationTypes['PartyBranch'], {"id":true}> );
  PartyMember:
    ( { __typename: 'PartyMember' }
    & GraphQLRecursivePick<FederationTypes['PartyMember'], {"id":true}> );
  Subdistrict:
    ( { __typename: 'Subdistrict' }
    & GraphQLRecursivePick<FederationTypes['Subdistrict'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BranchFormation: BranchFormation;
  BranchStage: BranchStage;
  Community: ResolverTypeWrapper<CommunityRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  County: ResolverTypeWrapper<CountyRow>;
  Estate: ResolverTypeWrapper<EstateRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EstateConnection: ResolverTypeWrapper<Connection<EstateRow>>;
  EstateEdge: ResolverTypeWrapper<Omit<EstateEdge, 'node'> & { node: ResolversTypes['Estate'] }>;
  EstateType: EstateType;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  MemberKind: MemberKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyBranch: ResolverTypeWrapper<PartyBranchRow>;
  PartyMember: ResolverTypeWrapper<PartyMemberRow>;
  PartyMemberConnection: ResolverTypeWrapper<Connection<PartyMemberRow>>;
  PartyMemberEdge: ResolverTypeWrapper<Omit<PartyMemberEdge, 'node'> & { node: ResolversTypes['PartyMember'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subdistrict: ResolverTypeWrapper<SubdistrictRow>;
  SubdistrictKind: SubdistrictKind;
  UpdatePartyMemberContactInput: UpdatePartyMemberContactInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Community: CommunityRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  County: CountyRow;
  Estate: EstateRow;
  Boolean: Scalars['Boolean']['output'];
  EstateConnection: Connection<EstateRow>;
  EstateEdge: Omit<EstateEdge, 'node'> & { node: ResolversParentTypes['Estate'] };
  FieldSet: Scalars['FieldSet']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartyBranch: PartyBranchRow;
  PartyMember: PartyMemberRow;
  PartyMemberConnection: Connection<PartyMemberRow>;
  PartyMemberEdge: Omit<PartyMemberEdge, 'node'> & { node: ResolversParentTypes['PartyMember'] };
  Query: Record<PropertyKey, never>;
  Subdistrict: SubdistrictRow;
  UpdatePartyMemberContactInput: UpdatePartyMemberContactInput;
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
  estates?: Resolver<ResolversTypes['EstateConnection'], ParentType, ContextType, RequireFields<CommunityEstatesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subdistrict?: Resolver<ResolversTypes['Subdistrict'], ParentType, ContextType>;
};

export type CountyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subdistricts?: Resolver<Array<ResolversTypes['Subdistrict']>, ParentType, ContextType>;
};

export type EstateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Estate'] = ResolversParentTypes['Estate'], FederationReferenceType extends FederationReferenceTypes['Estate'] = FederationReferenceTypes['Estate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Estate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  governanceModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyBranch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType>;
  partyMembers?: Resolver<ResolversTypes['PartyMemberConnection'], ParentType, ContextType, RequireFields<EstatePartyMembersArgs, 'first'>>;
  resettlement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EstateType'], ParentType, ContextType>;
};

export type EstateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EstateConnection'] = ResolversParentTypes['EstateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EstateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EstateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EstateEdge'] = ResolversParentTypes['EstateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  updatePartyMemberContact?: Resolver<ResolversTypes['PartyMember'], ParentType, ContextType, RequireFields<MutationUpdatePartyMemberContactArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartyBranchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyBranch'] = ResolversParentTypes['PartyBranch'], FederationReferenceType extends FederationReferenceTypes['PartyBranch'] = FederationReferenceTypes['PartyBranch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyBranch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  estates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  formation?: Resolver<ResolversTypes['BranchFormation'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['BranchStage'], ParentType, ContextType>;
};

export type PartyMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMember'] = ResolversParentTypes['PartyMember'], FederationReferenceType extends FederationReferenceTypes['PartyMember'] = FederationReferenceTypes['PartyMember']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PartyMemberAddressArgs>>;
  branch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PartyMemberIdNumberArgs>>;
  kind?: Resolver<ResolversTypes['MemberKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PartyMemberPhoneArgs>>;
};

export type PartyMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMemberConnection'] = ResolversParentTypes['PartyMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartyMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PartyMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMemberEdge'] = ResolversParentTypes['PartyMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartyMember'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QueryCommunityArgs, 'id'>>;
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  estate?: Resolver<Maybe<ResolversTypes['Estate']>, ParentType, ContextType, RequireFields<QueryEstateArgs, 'id'>>;
  estates?: Resolver<ResolversTypes['EstateConnection'], ParentType, ContextType, RequireFields<QueryEstatesArgs, 'first'>>;
  partyBranch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType, RequireFields<QueryPartyBranchArgs, 'id'>>;
  partyMember?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType, RequireFields<QueryPartyMemberArgs, 'id'>>;
  subdistrict?: Resolver<Maybe<ResolversTypes['Subdistrict']>, ParentType, ContextType, RequireFields<QuerySubdistrictArgs, 'id'>>;
};

export type SubdistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subdistrict'] = ResolversParentTypes['Subdistrict'], FederationReferenceType extends FederationReferenceTypes['Subdistrict'] = FederationReferenceTypes['Subdistrict']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subdistrict']> | FederationReferenceType, FederationReferenceType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubdistrictKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  Community?: CommunityResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  Estate?: EstateResolvers<ContextType>;
  EstateConnection?: EstateConnectionResolvers<ContextType>;
  EstateEdge?: EstateEdgeResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyBranch?: PartyBranchResolvers<ContextType>;
  PartyMember?: PartyMemberResolvers<ContextType>;
  PartyMemberConnection?: PartyMemberConnectionResolvers<ContextType>;
  PartyMemberEdge?: PartyMemberEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
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
