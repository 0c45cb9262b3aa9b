import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./db";
import { maskUnexpectedErrors } from "./http";
import { createLogger } from "./logger";
import { maskAddress, maskIdNumber, maskPhone, scrubPersonalData } from "./privacy";
import { provisionDatabase } from "./testing";

function capture() {
  let written = "";
  const destination = new Writable({
    write(chunk, _encoding, done) {
      written += chunk;
      done();
    },
  });
  return { logger: createLogger({ name: "scrub-test", destination }), written: () => written };
}

describe("personal data masking", () => {
  it("shows a phone's first three and last four digits, an ID number's first six and last four", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskIdNumber("35032219900101123X")).toBe("350322********123X");
  });

  it("masks a stored value however it was typed: spaced, full-width, a landline, a lower-case x", () => {
    expect(maskPhone("+86 138 1234 1234")).toBe("138****1234");
    expect(maskPhone("１３８１２３４１２３４")).toBe("138****1234");
    expect(maskPhone("0594-2345678")).toBe("0594-****678");
    expect(maskIdNumber("350322 19900101 123x")).toBe("350322********123X");
    expect(maskAddress("仙游县鲤城街道木兰滨河路９号")).toBe("仙游县鲤城街道木兰滨河路****");
  });

  it("scrubs every phone and ID number found anywhere in a value, and nothing else", () => {
    const scrubbed = scrubPersonalData({
      note: "call 13812341234 or 15900001111; ID 350322199001011234",
      nested: [{ phone: "18605910000" }],
      order: 20240101123456,
      uuid: "5b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c11",
    });
    expect(scrubbed).toEqual({
      note: "call 138****1234 or 159****1111; ID 350322********1234",
      nested: [{ phone: "186****0000" }],
      order: 20240101123456,
      uuid: "5b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c11",
    });
  });

  it("keeps raw phones and ID numbers out of log lines, messages and errors alike", () => {
    const { logger, written } = capture();
    logger.info({ phone: "13812341234" }, "updating 350322199001011234");
    logger.error({ err: new Error('duplicate key (phone)=(13812341234) for "350322199001011234"') }, "failed");
    expect(written()).not.toMatch(/13812341234|350322199001011234/);
    expect(written()).toContain("138****1234");
    expect(written()).toContain("350322********1234");
  });

  it("never logs a failing statement's parameters, nor the values PostgreSQL repeats in its detail", async () => {
    await using provisioned = await provisionDatabase("privacy");
    const handle = await openDatabase({ url: provisioned.url, schema: {} });
    try {
      await handle.db.execute(
        sql.raw(
          "CREATE TABLE resident (name text NOT NULL, phone text UNIQUE, address text, floor int CHECK (floor < 100))",
        ),
      );
      const name = "王秀英";
      const address = "仙游县鲤城街道木兰滨河路 9 号 2 幢 1503 室";
      const insert = (phone: string, floor: number) =>
        handle.db.execute(sql`INSERT INTO resident VALUES (${name}, ${phone}, ${address}, ${floor})`);
      await insert("13812341234", 15);
      const failures = await Promise.all([
        insert("13812341234", 15).catch((error: unknown) => error),
        insert("0594 2345678", 150).catch((error: unknown) => error),
      ]);
      const { logger, written } = capture();
      const format = maskUnexpectedErrors(logger);
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(Error);
        format({ message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } }, failure);
      }
      const lines = written().trim().split("\n");
      expect(lines).toHaveLength(2);
      for (const raw of [name, "13812341234", "2345678", "木兰滨河路 9", "1503"]) expect(written()).not.toContain(raw);
      // What an operator needs stays: the statement, how many values it had, the constraint broken.
      expect(written()).toContain("INSERT INTO resident VALUES");
      expect(written()).toContain("[4 parameters withheld]");
      expect(written()).toMatch(/resident_phone_key|resident_floor_check/);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
