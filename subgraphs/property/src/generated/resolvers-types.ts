import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PropertyCompanyRow, ManagementContractRow, EstateRef } from '../db/schema';
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

/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type Estate = {
  __typename?: 'Estate';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 物业服务合同 — its management contracts, current and ended, newest first.
   * Null, with an error, only while the property service cannot be reached: a field one agency adds
   * to another's entity is nullable so that its outage never erases the entity.
   */
  managementContracts?: Maybe<Array<ManagementContract>>;
  /**
   * 物业服务企业 — the company with the current contract, or null when none manages it (an open
   * estate, 开放式无物业).
   */
  propertyCompany?: Maybe<PropertyCompany>;
};

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

/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 更新物业服务企业 — changes the registered name or address of a property service company.
   * Allowed to that company's own property manager (物业经理) and to the property authority's
   * administrators; anyone else is refused (UNAUTHENTICATED when not signed in, FORBIDDEN
   * otherwise; NOT_FOUND when no company has that id). Invalid input is refused with
   * BAD_USER_INPUT naming the field, and nothing is stored. Recorded in the audit log.
   */
  updatePropertyCompany: PropertyCompany;
};


/**
 * Changes to the property authority's data (住建·物业). Every field names the @rule that decides who
 * may use it, and the repository's SQL enforces again which rows that caller may touch.
 */
export type MutationUpdatePropertyCompanyArgs = {
  input: UpdatePropertyCompanyInput;
};

/** Where a page of a cursor connection ends (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; pass `endCursor` as `after` to read it. */
  hasNextPage: Scalars['Boolean']['output'];
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
   * 更新时间 — when its name or address was last changed, or when it was registered if never
   * (ISO 8601 timestamp, UTC).
   */
  updatedAt: Scalars['String']['output'];
};

/** A page of property companies. */
export type PropertyCompanyConnection = {
  __typename?: 'PropertyCompanyConnection';
  /** The companies of this page with their cursors. */
  edges: Array<PropertyCompanyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One property company in a page, with the cursor that points at it. */
export type PropertyCompanyEdge = {
  __typename?: 'PropertyCompanyEdge';
  /** Opaque position of this company in the list. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: PropertyCompany;
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
 * 更新物业服务企业 — what to change about one property service company: at least one of `name`
 * and `address`. A field left out (or null) keeps its value.
 */
export type UpdatePropertyCompanyInput = {
  /** 地址 — the new registered address, 1 to 200 characters (surrounding spaces are dropped). */
  address?: InputMaybe<Scalars['String']['input']>;
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
  Estate: Estate;
  PropertyCompany: PropertyCompany;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Estate:
    ( { __typename: 'Estate' }
    & GraphQLRecursivePick<FederationTypes['Estate'], {"id":true}> );
  PropertyCompany:
    ( { __typename: 'PropertyCompany' }
    & GraphQLRecursivePick<FederationTypes['PropertyCompany'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Estate: ResolverTypeWrapper<EstateRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  ManagementContract: ResolverTypeWrapper<ManagementContractRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PropertyCompany: ResolverTypeWrapper<PropertyCompanyRow>;
  PropertyCompanyConnection: ResolverTypeWrapper<Connection<PropertyCompanyRow>>;
  PropertyCompanyEdge: ResolverTypeWrapper<Omit<PropertyCompanyEdge, 'node'> & { node: ResolversTypes['PropertyCompany'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  UpdatePropertyCompanyInput: UpdatePropertyCompanyInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Estate: EstateRef;
  ID: Scalars['ID']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  ManagementContract: ManagementContractRow;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PropertyCompany: PropertyCompanyRow;
  PropertyCompanyConnection: Connection<PropertyCompanyRow>;
  PropertyCompanyEdge: Omit<PropertyCompanyEdge, 'node'> & { node: ResolversParentTypes['PropertyCompany'] };
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
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

export type EstateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Estate'] = ResolversParentTypes['Estate'], FederationReferenceType extends FederationReferenceTypes['Estate'] = FederationReferenceTypes['Estate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Estate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  managementContracts?: Resolver<Maybe<Array<ResolversTypes['ManagementContract']>>, ParentType, ContextType>;
  propertyCompany?: Resolver<Maybe<ResolversTypes['PropertyCompany']>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type ManagementContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ManagementContract'] = ResolversParentTypes['ManagementContract']> = {
  company?: Resolver<ResolversTypes['PropertyCompany'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  updatePropertyCompany?: Resolver<ResolversTypes['PropertyCompany'], ParentType, ContextType, RequireFields<MutationUpdatePropertyCompanyArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PropertyCompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyCompany'] = ResolversParentTypes['PropertyCompany'], FederationReferenceType extends FederationReferenceTypes['PropertyCompany'] = FederationReferenceTypes['PropertyCompany']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PropertyCompany']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['ManagementContract']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  managedEstates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PropertyCompanyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyCompanyConnection'] = ResolversParentTypes['PropertyCompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PropertyCompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PropertyCompanyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyCompanyEdge'] = ResolversParentTypes['PropertyCompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PropertyCompany'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  propertyCompanies?: Resolver<ResolversTypes['PropertyCompanyConnection'], ParentType, ContextType, RequireFields<QueryPropertyCompaniesArgs, 'first'>>;
  propertyCompany?: Resolver<Maybe<ResolversTypes['PropertyCompany']>, ParentType, ContextType, RequireFields<QueryPropertyCompanyArgs, 'id'>>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  Estate?: EstateResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  ManagementContract?: ManagementContractResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PropertyCompany?: PropertyCompanyResolvers<ContextType>;
  PropertyCompanyConnection?: PropertyCompanyConnectionResolvers<ContextType>;
  PropertyCompanyEdge?: PropertyCompanyEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
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
