import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EstateRef, VolunteerTeamRow } from '../db/schema';
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
   * 小区党员志愿者队伍 — the volunteer teams serving this estate, by name; empty where none does yet.
   * Null, with an error, only while the volunteer service cannot be reached: a field one agency adds
   * to another's entity is nullable so that its outage never erases the entity.
   */
  volunteerTeams?: Maybe<Array<VolunteerTeam>>;
};

/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 更新志愿者队伍 — renames a volunteer team (志愿者队伍). Allowed to the team's own lead
   * (志愿者队长) and to the volunteer services' administrators; anyone else is refused
   * (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no team has that
   * id). Invalid input is refused with BAD_USER_INPUT naming the field, and nothing is stored.
   * Recorded in the audit log.
   */
  updateVolunteerTeam: VolunteerTeam;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 */
export type MutationUpdateVolunteerTeamArgs = {
  input: UpdateVolunteerTeamInput;
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
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type Query = {
  __typename?: 'Query';
  /** 小区党员志愿者队伍 — one volunteer team by id, or null when there is none. */
  volunteerTeam?: Maybe<VolunteerTeam>;
  /**
   * 小区党员志愿者队伍 — volunteer teams ordered by name, optionally only those serving one estate; at most
   * 100 a page.
   */
  volunteerTeams: VolunteerTeamConnection;
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryVolunteerTeamArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryVolunteerTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * 更新志愿者队伍 — what to change about one volunteer team (志愿者队伍): at least `name`. A field
 * left out (or null) keeps its value.
 */
export type UpdateVolunteerTeamInput = {
  /** The team to change. */
  id: Scalars['ID']['input'];
  /** 名称 — the new name, 1 to 100 characters (surrounding spaces are dropped). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 小区党员志愿者队伍 — an estate party-member volunteer team. A team may serve several estates. */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /** 小区 — the estates it serves, ordered by id (the party registry supplies their names). */
  estates: Array<Estate>;
  /** 成立日期 — founding date (ISO 8601, YYYY-MM-DD). */
  foundedOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 木兰社区学雷锋志愿服务队. */
  name: Scalars['String']['output'];
  /** 更新时间 — when it was last changed, or when it was registered if never (ISO 8601 timestamp, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of volunteer teams. */
export type VolunteerTeamConnection = {
  __typename?: 'VolunteerTeamConnection';
  /** The volunteer teams of this page with their cursors. */
  edges: Array<VolunteerTeamEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One volunteer team in a page, with the cursor that points at it. */
export type VolunteerTeamEdge = {
  __typename?: 'VolunteerTeamEdge';
  /** Opaque position of this team in the list. */
  cursor: Scalars['String']['output'];
  /** The volunteer team. */
  node: VolunteerTeam;
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
  VolunteerTeam: VolunteerTeam;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Estate:
    ( { __typename: 'Estate' }
    & GraphQLRecursivePick<FederationTypes['Estate'], {"id":true}> );
  VolunteerTeam:
    ( { __typename: 'VolunteerTeam' }
    & GraphQLRecursivePick<FederationTypes['VolunteerTeam'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Estate: ResolverTypeWrapper<EstateRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  UpdateVolunteerTeamInput: UpdateVolunteerTeamInput;
  VolunteerTeam: ResolverTypeWrapper<VolunteerTeamRow>;
  VolunteerTeamConnection: ResolverTypeWrapper<Connection<VolunteerTeamRow>>;
  VolunteerTeamEdge: ResolverTypeWrapper<Omit<VolunteerTeamEdge, 'node'> & { node: ResolversTypes['VolunteerTeam'] }>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Estate: EstateRef;
  ID: Scalars['ID']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  UpdateVolunteerTeamInput: UpdateVolunteerTeamInput;
  VolunteerTeam: VolunteerTeamRow;
  VolunteerTeamConnection: Connection<VolunteerTeamRow>;
  VolunteerTeamEdge: Omit<VolunteerTeamEdge, 'node'> & { node: ResolversParentTypes['VolunteerTeam'] };
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
  volunteerTeams?: Resolver<Maybe<Array<ResolversTypes['VolunteerTeam']>>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  updateVolunteerTeam?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType, RequireFields<MutationUpdateVolunteerTeamArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  volunteerTeam?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType, RequireFields<QueryVolunteerTeamArgs, 'id'>>;
  volunteerTeams?: Resolver<ResolversTypes['VolunteerTeamConnection'], ParentType, ContextType, RequireFields<QueryVolunteerTeamsArgs, 'first'>>;
};

export type VolunteerTeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerTeam'] = ResolversParentTypes['VolunteerTeam'], FederationReferenceType extends FederationReferenceTypes['VolunteerTeam'] = FederationReferenceTypes['VolunteerTeam']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerTeam']> | FederationReferenceType, FederationReferenceType, ContextType>;
  estates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolunteerTeamConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerTeamConnection'] = ResolversParentTypes['VolunteerTeamConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VolunteerTeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type VolunteerTeamEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerTeamEdge'] = ResolversParentTypes['VolunteerTeamEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  Estate?: EstateResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  VolunteerTeam?: VolunteerTeamResolvers<ContextType>;
  VolunteerTeamConnection?: VolunteerTeamConnectionResolvers<ContextType>;
  VolunteerTeamEdge?: VolunteerTeamEdgeResolvers<ContextType>;
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
