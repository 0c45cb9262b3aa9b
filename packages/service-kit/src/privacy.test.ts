import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { maskIdNumber, maskPhone, scrubPersonalData } from "./privacy";

describe("personal data masking", () => {
  it("shows a phone's first three and last four digits, an ID number's first six and last four", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskIdNumber("35032219900101123X")).toBe("350322********123X");
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
    let written = "";
    const destination = new Writable({
      write(chunk, _encoding, done) {
        written += chunk;
        done();
      },
    });
    const logger = createLogger({ name: "scrub-test", destination });
    logger.info({ params: ["13812341234"] }, "updating 350322199001011234");
    logger.error({ err: new Error('duplicate key (phone)=(13812341234) for "350322199001011234"') }, "failed");
    expect(written).not.toMatch(/13812341234|350322199001011234/);
    expect(written).toContain("138****1234");
    expect(written).toContain("350322********1234");
  });
});
