import { createLogger, IDEMPOTENCY_KEY_HEADER, OPERATION_HEADER } from "@linli/service-kit";
import { describe, expect, it } from "vitest";
import { isMutationText } from "./operation-kind";
import { localVerifier, post, useGatewayOverFakes } from "./testing";

const { verifyToken } = await localVerifier();
const logger = createLogger({ name: "gateway-test", level: "silent" });
const ESTATE = "11111111-1111-4111-8111-111111111111";

const UPDATE = `mutation { updateSharedResource(input: { id: "r1", name: "会议室" }) { id name openToEstates { name } } }`;
const READ = `{ sharedResource(id: "r1") { id name } }`;

describe("Idempotency-Key at the gateway", () => {
  const gateway = useGatewayOverFakes(() => ({ logger, verifyToken }), {
    setup: ({ units, party }) => {
      units.behaviour = (query) =>
        query.startsWith("mutation")
          ? {
              kind: "answer",
              data: {
                updateSharedResource: {
                  id: "r1",
                  name: "会议室",
                  openToEstates: [{ __typename: "Estate", id: ESTATE }],
                },
              },
            }
          : { kind: "answer", data: { sharedResource: { id: "r1", name: "会议室" } } };
      party.behaviour = () => ({ kind: "answer", data: { _entities: [{ name: "南桥锦福家园" }] } });
    },
  });

  it("passes the key on with the mutation's own fetch only, not with the entity fetches after it", async () => {
    const { units, party } = gateway.fakes;
    const response = await post(gateway.url, { query: UPDATE }, { "idempotency-key": "client-7:0001" });
    expect(await response.json()).toEqual({
      data: { updateSharedResource: { id: "r1", name: "会议室", openToEstates: [{ name: "南桥锦福家园" }] } },
    });
    expect(units.seen.at(-1)?.headers[IDEMPOTENCY_KEY_HEADER]).toBe("client-7:0001");
    expect(party.seen.at(-1)?.query).toMatch(/_entities/);
    expect(party.seen.at(-1)?.headers[IDEMPOTENCY_KEY_HEADER]).toBeUndefined();
  });

  it("passes the client's key on unchanged with every mutation fetch, two to one subgraph included", async () => {
    const { units, volunteer } = gateway.fakes;
    units.behaviour = (query) => ({
      kind: "answer",
      data: query.includes("cancelBooking") ? { cancelBooking: { id: "b1" } } : { approveBooking: { id: "b2" } },
    });
    volunteer.behaviour = () => ({ kind: "answer", data: { cancelActivitySignUp: { id: "s1" } } });
    // Root fields run in order: units, then volunteer, then units again — two writes at units.
    const ALTERNATING = `mutation {
      cancelBooking(input: { id: "b1" }) { id }
      cancelActivitySignUp(input: { signUpId: "s1" }) { id }
      approveBooking(input: { id: "b2" }) { id }
    }`;
    const keysAtUnits = async () => {
      const before = units.seen.length;
      const response = await post(gateway.url, { query: ALTERNATING }, { "idempotency-key": "client-7:0003" });
      expect(response.status).toBe(200);
      return units.seen
        .slice(before)
        .map((seen) => [seen.headers[IDEMPOTENCY_KEY_HEADER], seen.headers[OPERATION_HEADER]]);
    };
    // The subgraph tells the two writes apart by their fields (see service-kit's idempotency.ts);
    // the operation's fingerprint lets it refuse the key if it comes back with another operation.
    const sent = await keysAtUnits();
    expect(sent.map(([key]) => key)).toEqual(["client-7:0003", "client-7:0003"]);
    expect(sent[0]?.[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(sent[1]?.[1]).toBe(sent[0]?.[1]);
    expect(await keysAtUnits()).toEqual(sent);
    expect(volunteer.seen.at(-1)?.headers[IDEMPOTENCY_KEY_HEADER]).toBe("client-7:0003");
  });

  it("does not pass a key on with a query", async () => {
    const { units } = gateway.fakes;
    await post(gateway.url, { query: READ }, { "idempotency-key": "client-7:0002" });
    expect(units.seen.at(-1)?.query).toMatch(/sharedResource/);
    expect(units.seen.at(-1)?.headers[IDEMPOTENCY_KEY_HEADER]).toBeUndefined();
    expect(units.seen.at(-1)?.headers[OPERATION_HEADER]).toBeUndefined();
  });

  it("refuses a malformed key with 400 INVALID_IDEMPOTENCY_KEY before asking any agency", async () => {
    const { units } = gateway.fakes;
    const before = units.seen.length;
    for (const key of ["short", "with spaces here", "k".repeat(129), "naïve-key-0001"]) {
      const response = await post(gateway.url, { query: UPDATE }, { "idempotency-key": key });
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe("INVALID_IDEMPOTENCY_KEY");
    }
    expect(units.seen.length).toBe(before);
  });
});

describe("isMutationText", () => {
  it("tells the planner's mutation fetches from its queries", () => {
    expect(isMutationText("mutation($a:ID!){x(id:$a){id}}")).toBe(true);
    expect(isMutationText("  mutation Named { x }")).toBe(true);
    expect(isMutationText("query($r:[_Any!]!){_entities(representations:$r){...on Estate{name}}}")).toBe(false);
    expect(isMutationText("{ mutationCount }")).toBe(false);
    expect(isMutationText(undefined)).toBe(false);
  });
});
