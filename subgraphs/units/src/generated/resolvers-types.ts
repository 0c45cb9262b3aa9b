import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitRow, BigBranchMembershipRow, SharedResourceRow } from '../db/schema';
import type { EstateRef } from '../memberships/memberships.repository';
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

/**
 * 加入小区"大支部" — an embedded unit's membership of an estate's big branch: the unit stands
 * behind the estate and answers its residents' problems with it.
 */
export type BigBranchMembership = {
  __typename?: 'BigBranchMembership';
  /** 小区 — the estate whose big branch it joined. */
  estate: Estate;
  /** 加入日期 — the day it joined (ISO 8601, YYYY-MM-DD). */
  joinedOn: Scalars['String']['output'];
  /** 驻区单位 — the unit that joined. */
  unit: Unit;
};

/** 登记共享资源 — a new shared resource of one unit. */
export type CreateSharedResourceInput = {
  /** 容量 — people or pieces it serves at once, 1 to 10000. */
  capacity: Scalars['Int']['input'];
  /** 说明 — at most 2000 characters; empty when omitted. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 资源类型 — venue, equipment, expertise or service. */
  kind: ResourceKind;
  /** 名称 — 1 to 100 characters (surrounding spaces are dropped). */
  name: Scalars['String']['input'];
  /** 驻区单位 — the unit that offers it; a liaison may name only their own unit. */
  unitId: Scalars['ID']['input'];
};

/**
 * 小区 — a residential estate, owned by the party registry of places; the embedded units'
 * subgraph adds the units standing behind it.
 */
export type Estate = {
  __typename?: 'Estate';
  /**
   * 加入小区"大支部" — the memberships of its big branch, in the order the units joined.
   * Null, with an error, only while the units service cannot be reached: a field one agency adds
   * to another's entity is nullable so that its outage never erases the entity.
   */
  bigBranchMemberships?: Maybe<Array<BigBranchMembership>>;
  /**
   * 驻区单位 — the embedded units that joined its big branch (大支部), by name.
   * Null, with an error, only while the units service cannot be reached: a field one agency adds
   * to another's entity is nullable so that its outage never erases the entity.
   */
  embeddedUnits?: Maybe<Array<Unit>>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};

/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 登记共享资源 — a unit offers a new shared resource. Allowed to that unit's own liaison
   * (驻区单位联络员) and to the units agency's administrators; anyone else is refused
   * (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise). Invalid input is refused with
   * BAD_USER_INPUT naming the field, and nothing is stored. Recorded in the audit log.
   */
  createSharedResource: SharedResource;
  /**
   * 更新共享资源 — changes the name, description or capacity of a shared resource. Allowed to the
   * liaison of the unit that offers it and to the units agency's administrators; anyone else is
   * refused (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no resource
   * has that id). Invalid input is refused with BAD_USER_INPUT naming the field, and nothing is
   * stored. Recorded in the audit log.
   */
  updateSharedResource: SharedResource;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 */
export type MutationCreateSharedResourceArgs = {
  input: CreateSharedResourceInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 */
export type MutationUpdateSharedResourceArgs = {
  input: UpdateSharedResourceInput;
};

/** Where a page of a cursor connection ends (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; pass `endCursor` as `after` to read it. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type Query = {
  __typename?: 'Query';
  /** 共享资源 — one shared resource by id, or null when there is none. Public: anyone may read it. */
  sharedResource?: Maybe<SharedResource>;
  /** 驻区单位 — one embedded unit by id, or null when there is none. */
  unit?: Maybe<Unit>;
  /** 驻区单位 — embedded units ordered by name, optionally of one kind; at most 100 a page. */
  units: UnitConnection;
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QuerySharedResourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<UnitKind>;
};

/** 资源类型 — what kind of thing a unit shares. */
export type ResourceKind =
  /** 设备 — equipment lent out: tools, drill kits, tables and chairs. */
  | 'EQUIPMENT'
  /** 专业力量 — expertise: the unit's professionals (fire safety, law, medicine …) at an estate's service. */
  | 'EXPERTISE'
  /** 服务 — a service the unit provides, such as employment guidance. */
  | 'SERVICE'
  /** 场地 — a venue: a hall, a meeting room, a courtyard. */
  | 'VENUE';

/**
 * 共享资源 — what an embedded unit (驻区单位) offers the estates whose big branch it joined: a venue,
 * equipment, expertise or a service. Public offers: anyone, signed in or not, may read them; only
 * the unit's own liaison and the units agency's administrators may change them.
 */
export type SharedResource = {
  __typename?: 'SharedResource';
  /**
   * 容量 — how many people (a venue, expertise, a service) or pieces (equipment) it serves at
   * once, 1 to 10000.
   */
  capacity: Scalars['Int']['output'];
  /** 登记时间 — when it was first offered (ISO 8601 timestamp, UTC). */
  createdAt: Scalars['String']['output'];
  /** 说明 — what it offers and how to ask for it (at most 2000 characters; may be empty). */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 资源类型 — venue, equipment, expertise or service. */
  kind: ResourceKind;
  /** 名称 — what it is called, e.g. 消防安全培训 (1 to 100 characters). */
  name: Scalars['String']['output'];
  /** 驻区单位 — the unit that offers it. */
  unit: Unit;
  /** 更新时间 — when it was last changed (ISO 8601 timestamp, UTC). */
  updatedAt: Scalars['String']['output'];
};

/**
 * 驻区单位 — a company, agency, school, hospital or social organization stationed in the district,
 * a partner (左邻右舍 / 厝边邻) of the estates whose big branch it joined.
 */
export type Unit = {
  __typename?: 'Unit';
  /** Street address. */
  address: Scalars['String']['output'];
  /** 加入小区"大支部" — its memberships of estate big branches, in the order it joined them. */
  bigBranchMemberships: Array<BigBranchMembership>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 小区 — the estates whose big branch it joined, in the order it joined them. */
  joinedEstates: Array<Estate>;
  /** What kind of organization it is. */
  kind: UnitKind;
  /** Registered name, e.g. 全安消防技术有限公司. */
  name: Scalars['String']['output'];
  /**
   * 共享资源 — what it offers the estates it stands behind (venues, equipment, expertise,
   * services), by name. Public: anyone may read it.
   */
  sharedResources: Array<SharedResource>;
};

/** A page of embedded units. */
export type UnitConnection = {
  __typename?: 'UnitConnection';
  /** The units of this page with their cursors. */
  edges: Array<UnitEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One embedded unit in a page, with the cursor that points at it. */
export type UnitEdge = {
  __typename?: 'UnitEdge';
  /** Opaque position of this unit in the list. */
  cursor: Scalars['String']['output'];
  /** The unit. */
  node: Unit;
};

/** 单位类型 — what kind of organization an embedded unit is. */
export type UnitKind =
  /** 机关单位 — a government agency or public institution. */
  | 'AGENCY'
  /** 企业 — a company. */
  | 'COMPANY'
  /** 医院 — a hospital. */
  | 'HOSPITAL'
  /** 学校 — a school. */
  | 'SCHOOL'
  /** 社会组织 — a social organization. */
  | 'SOCIAL_ORGANIZATION';

/**
 * 更新共享资源 — which resource to change and its new values. A field left out (or null) keeps its
 * current value; at least one must be given.
 */
export type UpdateSharedResourceInput = {
  /** 容量 — the new capacity, 1 to 10000. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** 说明 — the new description, at most 2000 characters; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The resource to change. */
  id: Scalars['ID']['input'];
  /** 名称 — the new name, 1 to 100 characters (surrounding spaces are dropped). */
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
  Estate: Estate;
  SharedResource: SharedResource;
  Unit: Unit;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Estate:
    ( { __typename: 'Estate' }
    & GraphQLRecursivePick<FederationTypes['Estate'], {"id":true}> );
  SharedResource:
    ( { __typename: 'SharedResource' }
    & GraphQLRecursivePick<FederationTypes['SharedResource'], {"id":true}> );
  Unit:
    ( { __typename: 'Unit' }
    & GraphQLRecursivePick<FederationTypes['Unit'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BigBranchMembership: ResolverTypeWrapper<BigBranchMembershipRow>;
  CreateSharedResourceInput: CreateSharedResourceInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Estate: ResolverTypeWrapper<EstateRef>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResourceKind: ResourceKind;
  SharedResource: ResolverTypeWrapper<SharedResourceRow>;
  Unit: ResolverTypeWrapper<UnitRow>;
  UnitConnection: ResolverTypeWrapper<Connection<UnitRow>>;
  UnitEdge: ResolverTypeWrapper<Omit<UnitEdge, 'node'> & { node: ResolversTypes['Unit'] }>;
  UnitKind: UnitKind;
  UpdateSharedResourceInput: UpdateSharedResourceInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BigBranchMembership: BigBranchMembershipRow;
  CreateSharedResourceInput: CreateSharedResourceInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Estate: EstateRef;
  FieldSet: Scalars['FieldSet']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  SharedResource: SharedResourceRow;
  Unit: UnitRow;
  UnitConnection: Connection<UnitRow>;
  UnitEdge: Omit<UnitEdge, 'node'> & { node: ResolversParentTypes['Unit'] };
  UpdateSharedResourceInput: UpdateSharedResourceInput;
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

export type BigBranchMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BigBranchMembership'] = ResolversParentTypes['BigBranchMembership']> = {
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
};

export type EstateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Estate'] = ResolversParentTypes['Estate'], FederationReferenceType extends FederationReferenceTypes['Estate'] = FederationReferenceTypes['Estate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Estate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bigBranchMemberships?: Resolver<Maybe<Array<ResolversTypes['BigBranchMembership']>>, ParentType, ContextType>;
  embeddedUnits?: Resolver<Maybe<Array<ResolversTypes['Unit']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createSharedResource?: Resolver<ResolversTypes['SharedResource'], ParentType, ContextType, RequireFields<MutationCreateSharedResourceArgs, 'input'>>;
  updateSharedResource?: Resolver<ResolversTypes['SharedResource'], ParentType, ContextType, RequireFields<MutationUpdateSharedResourceArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  sharedResource?: Resolver<Maybe<ResolversTypes['SharedResource']>, ParentType, ContextType, RequireFields<QuerySharedResourceArgs, 'id'>>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<QueryUnitArgs, 'id'>>;
  units?: Resolver<ResolversTypes['UnitConnection'], ParentType, ContextType, RequireFields<QueryUnitsArgs, 'first'>>;
};

export type SharedResourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedResource'] = ResolversParentTypes['SharedResource'], FederationReferenceType extends FederationReferenceTypes['SharedResource'] = FederationReferenceTypes['SharedResource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SharedResource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit'], FederationReferenceType extends FederationReferenceTypes['Unit'] = FederationReferenceTypes['Unit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Unit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bigBranchMemberships?: Resolver<Array<ResolversTypes['BigBranchMembership']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedEstates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharedResources?: Resolver<Array<ResolversTypes['SharedResource']>, ParentType, ContextType>;
};

export type UnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitConnection'] = ResolversParentTypes['UnitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitEdge'] = ResolversParentTypes['UnitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  BigBranchMembership?: BigBranchMembershipResolvers<ContextType>;
  Estate?: EstateResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SharedResource?: SharedResourceResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  UnitConnection?: UnitConnectionResolvers<ContextType>;
  UnitEdge?: UnitEdgeResolvers<ContextType>;
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
