import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubgraphServer, type SubgraphServer } from "../http";
import { createLogger } from "../logger";
import { createMetrics } from "../metrics";
import { execute } from "../testing";
import type { Caller } from "./caller";
import { GATEWAY_SECRET_HEADER } from "./credential";
import { enforceRules } from "./rules";
import {
  createTokenVerifier,
  ensureLocalKeys,
  InvalidTokenError,
  LOCAL_ALGORITHM,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  readPrivateKey,
  signToken,
} from "./tokens";

const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-kit-keys-")));
const privateKey = readPrivateKey(keys.privateKeyPath);
const verify = createTokenVerifier({
  issuer: LOCAL_ISSUER,
  audience: LOCAL_AUDIENCE,
  algorithms: [LOCAL_ALGORITHM],
  jwksPath: keys.jwksPath,
});
const UNIT = "5b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c11";

describe("token verification", () => {
  it("turns a valid token into the caller it names", async () => {
    const token = await signToken(privateKey, { subject: "u1", grants: [{ role: "unit_liaison", unit: UNIT }] });
    expect(await verify(token)).toEqual({ subject: "u1", grants: [{ role: "unit_liaison", unit: UNIT }] });
  });

  it("refuses a wrong issuer, a wrong audience, an expired token and a token from another key", async () => {
    const otherKeys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-kit-other-")));
    const tokens = [
      await signToken(privateKey, { subject: "u", grants: [], issuer: "someone-else" }),
      await signToken(privateKey, { subject: "u", grants: [], audience: "another-app" }),
      await signToken(privateKey, { subject: "u", grants: [], expiresIn: "-10m" }),
      await signToken(readPrivateKey(otherKeys.privateKeyPath), { subject: "u", grants: [] }),
    ];
    for (const token of tokens) await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("refuses unsigned and shared-secret tokens whatever they claim", async () => {
    const claims = { sub: "mallory", linli_grants: [{ role: "county_admin", personalData: true }] };
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${Buffer.from(
      JSON.stringify({ ...claims, iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: Date.now() / 1000 + 600 }),
    ).toString("base64url")}.`;
    const hmac = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("a-shared-secret-anyone-could-guess"));
    await expect(verify(unsigned)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verify(hmac)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("refuses a token whose grants are not ones Linli knows", async () => {
    const key = await import("jose").then((jose) => jose.importJWK(privateKey, LOCAL_ALGORITHM));
    const token = await new SignJWT({ linli_grants: [{ role: "superuser" }] })
      .setProtectedHeader({ alg: LOCAL_ALGORITHM, kid: privateKey.kid ?? "" })
      .setSubject("u")
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime("5m")
      .sign(key);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});

const sdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  directive @rule(name: String!) on FIELD_DEFINITION
  type Query { whoami: String secret: String @rule(name: "liaisonsOnly") }
  type Mutation { touch: Boolean @rule(name: "liaisonsOnly") }
`;
interface Ctx {
  caller: Caller;
}
const liaisonsOnly = ({ caller }: { caller: Caller }) => caller.grants.some((g) => g.role === "unit_liaison");
const resolvers = {
  Query: { whoami: (_: unknown, __: unknown, ctx: Ctx) => ctx.caller.subject ?? "anonymous", secret: () => "s" },
  Mutation: { touch: () => true },
};
const schemaWith = (typeDefs: string, rules: Record<string, typeof liaisonsOnly>) => {
  const schema = buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers }]);
  enforceRules<Ctx>(schema, rules);
  return schema;
};

describe("@rule", () => {
  it("stops a subgraph whose mutation names no rule, or a rule that does not exist", () => {
    const unguarded = sdl.replace('touch: Boolean @rule(name: "liaisonsOnly")', "touch: Boolean");
    expect(() => schemaWith(unguarded, { liaisonsOnly })).toThrow(/Mutation.touch has no @rule/);
    expect(() => schemaWith(sdl, {})).toThrow(/liaisonsOnly.*not defined/);
  });

  it("refuses the anonymous with UNAUTHENTICATED and others without the right with FORBIDDEN", async () => {
    const schema = schemaWith(sdl, { liaisonsOnly });
    const as = (caller: Caller) => execute(schema, { caller }, "mutation { touch }");
    expect((await as({ subject: null, grants: [] })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const resident = { subject: "r", grants: [{ role: "resident" as const, estate: UNIT }] };
    expect((await as(resident)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const liaison = { subject: "l", grants: [{ role: "unit_liaison" as const, unit: UNIT }] };
    expect(await as(liaison)).toEqual({ data: { touch: true } });
  });

  it("runs a type's rule before its references are resolved, so _entities refuses as the type says", async () => {
    const typeDefs = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      directive @rule(name: String!) on FIELD_DEFINITION | OBJECT
      type Query { whoami: String }
      type Liaison @key(fields: "id") @rule(name: "liaisonsOnly") { id: ID! name: String }
    `;
    const schema = buildSubgraphSchema([
      {
        typeDefs: parse(typeDefs),
        resolvers: {
          Query: { whoami: () => "x" },
          Liaison: { __resolveReference: ({ id }: { id: string }) => ({ id, name: `liaison ${id}` }) },
        },
      },
    ]);
    enforceRules<Ctx>(schema, { liaisonsOnly });
    const reference = (caller: Caller) =>
      execute(
        schema,
        { caller },
        `{ _entities(representations: [{ __typename: "Liaison", id: "7" }]) { ... on Liaison { name } } }`,
      );
    const refused = await reference({ subject: null, grants: [] });
    expect(refused.data).toEqual({ _entities: [null] });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    const liaison = { subject: "l", grants: [{ role: "unit_liaison" as const, unit: UNIT }] };
    expect(await reference(liaison)).toEqual({ data: { _entities: [{ name: "liaison 7" }] } });
  });
});

describe("a subgraph's HTTP guard", () => {
  const secret = "the-party-subgraph-secret-0123456789abcdef";
  let server: SubgraphServer;
  let url: string;
  beforeAll(async () => {
    server = await createSubgraphServer<Ctx>({
      schema: schemaWith(sdl, { liaisonsOnly }),
      context: ({ caller }) => ({ caller }),
      gatewaySecret: secret,
      verifyToken: verify,
      logger: createLogger({ name: "guard-test", level: "silent" }),
      metrics: createMetrics("guard-test"),
      readiness: async () => {},
    });
    url = await server.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => server?.close());

  const post = (query: string, headers: Record<string, string>) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });

  it("answers 401 to anyone without its gateway secret, _service and _entities included", async () => {
    for (const query of ["{ whoami }", "{ _service { sdl } }", "{ _entities(representations: []) { __typename } }"]) {
      expect((await post(query, {})).status).toBe(401);
      expect((await post(query, { [GATEWAY_SECRET_HEADER]: "guess" })).status).toBe(401);
    }
    expect((await fetch(url.replace("/graphql", "/metrics"))).status).toBe(401);
    expect((await fetch(url.replace("/graphql", "/health"))).status).toBe(200);
  });

  it("verifies the caller's token again even when the secret is right", async () => {
    const withSecret = { [GATEWAY_SECRET_HEADER]: secret };
    expect((await post("{ whoami }", { ...withSecret, authorization: "Bearer forged.token.here" })).status).toBe(401);
    const token = await signToken(privateKey, { subject: "liaison-7", grants: [{ role: "unit_liaison", unit: UNIT }] });
    const response = await post("{ whoami secret }", { ...withSecret, authorization: `Bearer ${token}` });
    expect(await response.json()).toEqual({ data: { whoami: "liaison-7", secret: "s" } });
    const anonymous = await post("{ whoami }", withSecret);
    expect(await anonymous.json()).toEqual({ data: { whoami: "anonymous" } });
  });
});
