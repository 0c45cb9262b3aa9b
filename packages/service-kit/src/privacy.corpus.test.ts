import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { scrubAddresses, scrubLogText, scrubText } from "./privacy";

/**
 * The masking corpus: how residents type a phone or an ID number into a problem, a request or a
 * note, and texts that look numeric but are not personal and must stay exactly as written. Each
 * entry runs through the output mask (`scrubText`, the problem wall) and through a real logger
 * (the log scrubber).
 */

interface Typed {
  /** What the resident typed. */
  text: string;
  /** The numbers in it, digits only, as they must never appear again. */
  secrets: string[];
  /** What the masked text shows of each. */
  shows: string[];
}

const MOBILE = "13900001234";
const mobile = (text: string, secret = MOBILE, shows = "139****1234"): Typed => ({
  text,
  secrets: [secret],
  shows: [shows],
});
const LANDLINE = "05942345678";
const landline = (text: string, secret = LANDLINE, shows = "0594-****678"): Typed => ({
  text,
  secrets: [secret],
  shows: [shows],
});
const ID = "350322199001011234";
const ID_X = "35032219900101123X";
const idNumber = (text: string, secret = ID, shows = `350322********${secret.slice(-4)}`): Typed => ({
  text,
  secrets: [secret],
  shows: [shows],
});

const TYPED: Typed[] = [
  // Mobiles, every way of grouping and prefixing them.
  mobile("13900001234"),
  mobile("139 0000 1234"),
  mobile("139-0000-1234"),
  mobile("139.0000.1234"),
  mobile("139 - 0000 - 1234"),
  mobile("1390000 1234"),
  mobile("1390 000 1234"),
  mobile("139 000 01234"),
  mobile("(139)0000-1234"),
  mobile("139(0000)1234"),
  mobile("+86 139 0000 1234"),
  mobile("+86-139-0000-1234"),
  mobile("+8613900001234"),
  mobile("(+86)13900001234"),
  mobile("+86 (0) 139 0000 1234"),
  mobile("0086 139 0000 1234"),
  mobile("0086-13900001234"),
  mobile("008613900001234"),
  mobile("86 13900001234"),
  mobile("8613900001234"),
  // Full-width forms, ideographic and no-break spaces, other dashes.
  mobile("１３９００００１２３４"),
  mobile("１３９－００００－１２３４"),
  mobile("＋８６　１３９　００００　１２３４"),
  mobile("139　0000　1234"),
  mobile("139\u00a00000\u00a01234"),
  mobile("139—0000—1234"),
  mobile("139–0000–1234"),
  mobile("139‐0000‐1234"),
  mobile("（１３９）００００１２３４"),
  // In a sentence, next to Chinese, letters and punctuation.
  mobile("电话13900001234谢谢"),
  mobile("手机：139 0000 1234，晚上打"),
  mobile("联系人王女士13900001234"),
  mobile("Tel:13900001234"),
  mobile("tel:+86-139-0000-1234"),
  mobile("楼道灯坏了，请回电 139.0000.1234。"),
  mobile("第13900001234号"),
  mobile("房号1503，电话1390000 1234"),
  mobile("13900001234x"),
  // Other prefixes, new and old.
  mobile("19212345678", "19212345678", "192****5678"),
  mobile("16612345678", "16612345678", "166****5678"),
  mobile("14712345678", "14712345678", "147****5678"),
  mobile("17712345678", "17712345678", "177****5678"),
  mobile("18605910000", "18605910000", "186****0000"),
  // Landlines with their area codes.
  landline("0594-2345678"),
  landline("0594 2345678"),
  landline("0594.2345678"),
  landline("05942345678"),
  landline("(0594)2345678"),
  landline("（0594）2345678"),
  landline("０５９４－２３４５６７８"),
  landline("0594-234-5678"),
  landline("0594 - 234 5678"),
  landline("+86 594 2345678"),
  landline("+86-594-2345678"),
  landline("+86(594)2345678"),
  landline("0086 594 2345678"),
  landline("座机0594-2345678转801"),
  landline("010-62345678", "01062345678", "010-*****678"),
  landline("021 6234 5678", "02162345678", "021-*****678"),
  landline("0591-87654321", "059187654321", "0591-*****321"),
  // ID numbers: spaced, dashed, full-width, a lower-case x.
  idNumber("350322199001011234"),
  idNumber("35032219900101123X", ID_X),
  idNumber("35032219900101123x", ID_X),
  idNumber("350322 19900101 1234"),
  idNumber("350322 1990 0101 123x", ID_X),
  idNumber("350322-19900101-1234"),
  idNumber("350322.19900101.1234"),
  idNumber("3503 2219 9001 0112 34"),
  idNumber("350322　19900101　1234"),
  idNumber("３５０３２２１９９００１０１１２３４"),
  idNumber("３５０３２２１９９００１０１１２３ｘ", ID_X),
  idNumber("身份证号:350322199001011234。"),
  idNumber("身份证 350322-1990-0101-123X 请核对", ID_X),
  // A first-generation card: 15 digits, the year in two.
  idNumber("350322900101123", "350322900101123", "350322*****1123"),
  idNumber("老身份证 350322 900101 123", "350322900101123", "350322*****1123"),
  // Several in one text.
  {
    text: "ID 35032219900101123x, phone 13900001234",
    secrets: [ID_X, MOBILE],
    shows: ["350322********123X", "139****1234"],
  },
  {
    text: "13900001234/15900001111",
    secrets: [MOBILE, "15900001111"],
    shows: ["139****1234", "159****1111"],
  },
  {
    text: "手机 139 0000 1234，座机 0594-2345678，身份证 350322 19900101 1234",
    secrets: [MOBILE, LANDLINE, ID],
    shows: ["139****1234", "0594-****678", "350322********1234"],
  },
];

/** Not personal: dates, amounts, house numbers, booking times, codes. Must stay exactly as typed. */
const NEAR_MISSES = [
  "2023-11-05",
  "2023.11.05",
  "2023/11/05",
  "2023年11月5日",
  "20231105",
  "2023-11-05 09:00-11:30",
  "预约 2023-11-05 13:00 至 15:00",
  "2023-11-05T09:00:00Z",
  "2023-11-05T09:00:00.000+08:00",
  "2023.11.05-2023.11.06",
  "2023-05-06~2023-05-07",
  "12:30-13:30",
  "8:00—9:30",
  "13:00-14:00，共 20 人",
  "3号楼1503室",
  "2幢1503室",
  "3栋2单元1503室",
  "1号楼3-2",
  "10-1503",
  "门牌 12 号",
  "1503 房 2 人",
  "第3期 共12户",
  "金额13800元",
  "¥13,900.00",
  "总价 1,380,000 元",
  "1 380 000 元",
  "物业费 1.38 元/平方米",
  "2023年第4季度收支 12,580.50 元",
  "面积 89.5 平方米",
  "50%",
  "邮编 351200",
  "订单号 202311051234",
  "1700000000000",
  "192.168.1.10",
  "v1.39.0",
  "热线 12345",
  "95598",
  "物业服务热线 400-123-4567",
  "800-820-8820",
  "0594-12345",
  "身份证后四位 1234",
  "手机尾号1234",
  "编号 A-1390",
  "IMEI 860123456789012",
  "快递单号 773245678901234",
  "5b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c11",
];

/** Digits only, after NFKC: how a number is compared whatever form it was typed in. */
const digitsOf = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[^0-9Xx]/g, "")
    .toUpperCase();

/** Every line a logger writes, parsed. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ name: "corpus", destination }), lines };
}

describe("the masking corpus", () => {
  it("holds at least 60 ways of typing a phone or an ID number and 30 near-misses", () => {
    expect(TYPED.length).toBeGreaterThanOrEqual(60);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(TYPED)("typed as $text", ({ text, secrets, shows }) => {
    it("is masked on output, showing only the masked form", () => {
      const masked = scrubText(text);
      for (const secret of secrets) expect(digitsOf(masked)).not.toContain(secret);
      for (const shown of shows) expect(masked).toContain(shown);
    });

    it("is masked in a log line, as the message and as a field", () => {
      const { logger, lines } = capturingLogger();
      logger.warn({ note: text, nested: [{ text }] }, text);
      const written = JSON.stringify(lines);
      for (const secret of secrets) expect(digitsOf(written)).not.toContain(secret);
      for (const shown of shows) expect(lines[0]?.msg).toContain(shown);
    });

    it("is masked once: masking the masked text changes nothing", () => {
      expect(scrubText(scrubText(text))).toBe(scrubText(text));
    });
  });

  it.each(NEAR_MISSES)("leaves %j as written, on output and in a log line", (text) => {
    expect(scrubText(text)).toBe(text);
    expect(scrubLogText(text)).toBe(text);
    const { logger, lines } = capturingLogger();
    logger.info({ note: text }, text);
    expect(lines[0]).toMatchObject({ msg: text, note: text });
  });

  it("keeps the words around a masked number as they were typed", () => {
    expect(scrubText("３号楼 电话１３９－００００－１２３４，请回电")).toBe("３号楼 电话139****1234，请回电");
  });
});

describe("addresses in logs", () => {
  it.each([
    ["仙游县鲤城街道木兰滨河路 9 号 2 幢 1503 室", "仙游县鲤城街道木兰滨河路****"],
    ["住在东门路10号", "住在东门路****"],
    ["木兰滨河小区3号楼2单元1503室楼道灯坏了", "木兰滨河小区****楼道灯坏了"],
    ["八二一街 77 号", "八二一街****"],
    ["仙安石鼓山村 12 组 3 号", "仙安石鼓山村****"],
    ["南桥路２号", "南桥路****"],
  ])("masks the numbers of %j", (text, masked) => {
    expect(scrubAddresses(text)).toBe(masked);
    const { logger, lines } = capturingLogger();
    logger.info({ address: text, note: text }, text);
    expect(lines[0]).toMatchObject({ msg: masked, note: masked });
    expect(String(lines[0]?.address)).not.toMatch(/\d/);
  });

  it("does not mask addresses on output: the problem wall shows where a problem is", () => {
    expect(scrubText("木兰滨河小区3号楼2单元楼道灯坏了")).toBe("木兰滨河小区3号楼2单元楼道灯坏了");
  });
});
