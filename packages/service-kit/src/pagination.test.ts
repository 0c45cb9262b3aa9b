import { describe, expect, it } from "vitest";
import { type CursorPart, childConnectionLoader, encodeCursor, NAME_THEN_ID, pageRequest } from "./pagination";

const ID = "5b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c11";

describe("page requests", () => {
  it("accepts a cursor whose parts are what the list's sort key holds", () => {
    expect(pageRequest({ first: 5, after: encodeCursor(["木兰滨河", ID]) }, NAME_THEN_ID)).toEqual({
      limit: 5,
      after: ["木兰滨河", ID],
    });
    expect(pageRequest({ after: encodeCursor(["2026-01-02T03:04:05.000Z", ID]) }, ["timestamp", "uuid"]).limit).toBe(
      20,
    );
  });

  it("refuses a forged cursor before its parts can reach a cast in SQL", () => {
    const forged: [string, CursorPart[]][] = [
      [encodeCursor(["木兰滨河", "1; drop table estates"]), [...NAME_THEN_ID]],
      [encodeCursor(["木兰滨河"]), [...NAME_THEN_ID]],
      [encodeCursor(["not a time", ID]), ["timestamp", "uuid"]],
      [encodeCursor(["2026-02-30T00:00:00.000Z", ID]), ["timestamp", "uuid"]],
      [encodeCursor(["2026-02-30", ID]), ["date", "uuid"]],
      ["not-base64-json", [...NAME_THEN_ID]],
    ];
    for (const [after, parts] of forged) {
      expect(() => pageRequest({ after }, parts)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
      );
    }
    expect(() => pageRequest({ after: encodeCursor(["12a"]) }, ["count"])).toThrow(/cursor/);
  });

  it("refuses a page size outside 1 to 100", () => {
    for (const first of [0, 101, -1, 2.5])
      expect(() => pageRequest({ first }, NAME_THEN_ID)).toThrow(/between 1 and 100/);
  });
});

describe("totalCount of nested lists", () => {
  it("counts every parent of a request in one call, only when asked, 0 for a parent without children", async () => {
    const parents = ["5b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c11", "6b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c12"];
    const countCalls: string[][] = [];
    const loader = childConnectionLoader(
      async (_ids, page) => Array.from({ length: page.limit + 1 }, (_, i) => ({ parentId: parents[0]!, n: i })),
      (row) => row.parentId,
      (row) => [String(row.n)],
      async (ids) => {
        countCalls.push(ids);
        return [{ parentId: parents[0]!, count: 7 }];
      },
    );
    const page = pageRequest({ first: 2 }, ["count"]);
    const [first, second] = await Promise.all(parents.map((parentId) => loader.load({ parentId, page })));
    expect(countCalls).toEqual([]);
    expect(await Promise.all([first!.totalCount!(), second!.totalCount!(), first!.totalCount!()])).toEqual([7, 0, 7]);
    expect(countCalls).toEqual([parents]);
  });
});
