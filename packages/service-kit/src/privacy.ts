/**
 * Masks and scrubs for personal data (phones, ID numbers, addresses): shown in full only to roles
 * that need it, never in a log.
 *
 * Residents type a number every way a keyboard allows: `+86 139 0000 1234`, `139-0000-1234`,
 * full-width `１３９００００１２３４`, a landline `(0594)234-5678`, an ID number in three spaced groups
 * with a lower-case `x`. Text is therefore normalised first (NFKC, so full-width forms become ASCII;
 * every dash and space becomes one of each), matched on the normalised form, and the match is
 * masked where it stands in the original text, so the rest of a resident's words stay as written.
 *
 * Phone numbers are found by libphonenumber-js (Google's numbering plan: country codes, area
 * codes, which lengths and prefixes are real, and its guards against dates and timestamps). ID
 * numbers and addresses are ours: no library knows the resident ID number's shape or a Chinese
 * address's tail.
 */
import { findPhoneNumbersInText, type PhoneNumber } from "libphonenumber-js/max";

/** A normalised copy of a text, with where each of its characters came from. */
interface Normalised {
  text: string;
  /** For each character of `text`, the index in the original where its source character starts. */
  from: number[];
  /** For each character of `text`, the index in the original just after its source character. */
  to: number[];
}

// Dashes and spaces NFKC leaves as they are (en and em dashes, minus signs, no-break spaces …).
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/g;

/** NFKC, one source character at a time, so that each normalised character can be traced back. */
function normalise(text: string): Normalised {
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = character.normalize("NFKC").replace(DASHES, "-").replace(SPACES, " ");
    for (let k = 0; k < piece.length; k += 1) {
      from.push(index);
      to.push(index + character.length);
    }
    out += piece;
    index += character.length;
  }
  return { text: out, from, to };
}

/** A stretch of the normalised text to be replaced. */
interface Span {
  start: number;
  end: number;
  replacement: string;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isAlphanumeric = (c: string | undefined) => c !== undefined && /[0-9A-Za-z]/.test(c);
// Between the digits of one number a resident may type up to three of these: `139 - 0000`, `(0594) 234`.
const isSeparator = (c: string | undefined) => c !== undefined && /[ \-.()]/.test(c);

// 6-digit region, birth date (YYYYMMDD), 3-digit sequence, check character.
const ID_SHAPE = /^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;
// The first-generation card (issued until 2013, still on old records): region, birth date
// as YYMMDD, 3-digit sequence, 15 digits and no check character.
const OLD_ID_SHAPE = /^[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}$/;

/**
 * Resident ID numbers (居民身份证号码, 18 characters, or 15 digits on a first-generation card) in
 * the normalised text, with any spaces, dashes, dots or brackets between their characters and
 * the check character in either case. The check digit is not required to be right: a mistyped
 * number is still someone's.
 */
function findIdNumbers(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i]) || isAlphanumeric(text[i - 1])) {
      i += 1;
      continue;
    }
    let j = i;
    let compact = "";
    while (j < text.length && compact.length < 18) {
      const c = text[j] as string;
      if (isDigit(c) || (compact.length === 17 && (c === "X" || c === "x"))) {
        compact += c.toUpperCase();
        j += 1;
        continue;
      }
      let run = 0;
      while (isSeparator(text[j + run]) && run < 3) run += 1;
      const next = text[j + run];
      if (run === 0 || !(isDigit(next) || (compact.length === 17 && (next === "X" || next === "x")))) break;
      j += run;
    }
    const shaped =
      (compact.length === 18 && ID_SHAPE.test(compact)) || (compact.length === 15 && OLD_ID_SHAPE.test(compact));
    if (shaped && !isAlphanumeric(text[j])) {
      spans.push({ start: i, end: j, replacement: maskCompactIdNumber(compact) });
      i = j;
    } else {
      i += 1;
    }
  }
  return spans;
}

// Business lines (400/800 hotlines, premium numbers) are published by companies, not personal.
const BUSINESS_LINES = new Set(["TOLL_FREE", "SHARED_COST", "PREMIUM_RATE", "UAN", "VOICEMAIL"]);

/** A phone number as its national significant number, masked: `139****1234`, `0594-****678`. */
function maskNationalNumber(number: Pick<PhoneNumber, "countryCallingCode" | "nationalNumber">): string {
  const nsn = String(number.nationalNumber);
  if (number.countryCallingCode !== "86") return `+${number.countryCallingCode} ${hideAllButLast(nsn, 3)}`;
  if (/^1[3-9]\d{9}$/.test(nsn)) return maskMobile(nsn);
  // Beijing (10) and the 2X cities have two-digit area codes, everywhere else three.
  const area = /^(?:10|2\d)/.test(nsn) ? nsn.slice(0, 2) : nsn.slice(0, 3);
  return `0${area}-${hideAllButLast(nsn.slice(area.length), 3)}`;
}

/** At least four stars, then the last `keep` digits. */
const hideAllButLast = (digits: string, keep: number) =>
  `${"*".repeat(Math.max(4, digits.length - keep))}${digits.slice(-keep)}`;

const maskMobile = (digits: string) => `${digits.slice(0, 3)}****${digits.slice(-4)}`;

// A bare mainland mobile number: a net under libphonenumber for prefixes its plan does not list yet.
const BARE_MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9])/g;

/** Phone numbers in the normalised text, outside the stretches already taken. */
function findPhones(text: string, taken: Span[]): Span[] {
  // Taken stretches are blanked so that no phone is found across or inside an ID number.
  let blanked = text;
  for (const span of taken) {
    blanked = `${blanked.slice(0, span.start)}${"*".repeat(span.end - span.start)}${blanked.slice(span.end)}`;
  }
  const spans: Span[] = [];
  for (const found of findPhoneNumbersInText(blanked, { defaultCountry: "CN" })) {
    if (BUSINESS_LINES.has(found.number.getType() ?? "")) continue;
    spans.push({ start: found.startsAt, end: found.endsAt, replacement: maskNationalNumber(found.number) });
  }
  for (const match of blanked.matchAll(BARE_MOBILE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (spans.some((span) => span.start < end && start < span.end)) continue;
    spans.push({ start, end, replacement: maskMobile(match[0]) });
  }
  return spans;
}

/** Replaces each span (normalised positions) in the original text. */
function replaceSpans(original: string, normalised: Normalised, spans: Span[]): string {
  if (spans.length === 0) return original;
  let out = "";
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = normalised.from[span.start] as number;
    const end = normalised.to[span.end - 1] as number;
    if (start < cursor) continue;
    out += original.slice(cursor, start) + span.replacement;
    cursor = end;
  }
  return out + original.slice(cursor);
}

/** Fewer than seven digits cannot be a phone or an ID number: most texts leave here at once. */
function tooFewDigits(text: string): boolean {
  let digits = 0;
  for (const c of text.normalize("NFKC")) if (isDigit(c) && ++digits >= 7) return false;
  return true;
}

/**
 * Masks every phone number (mobile or landline, any country, typed any way) and every ID number
 * inside a text, and nothing else: dates, amounts, house numbers and times stay as written.
 * For text shown to people who may not see personal data (the problem wall, the echo wall).
 */
export function scrubText(text: string): string {
  if (tooFewDigits(text)) return text;
  const normalised = normalise(text);
  const ids = findIdNumbers(normalised.text);
  return replaceSpans(text, normalised, [...ids, ...findPhones(normalised.text, ids)]);
}

/** Already masked (by a mask of this module): masking it again must not change it. */
const isMasked = (value: string) => value.includes("****") && scrubText(value) === value;

/** 13812341234 → 138****1234; a landline 0594-2345678 → 0594-****678; typed any way. */
export function maskPhone(phone: string): string {
  if (isMasked(phone)) return phone;
  const masked = scrubText(phone);
  if (masked !== phone) return masked;
  const digits = phone.normalize("NFKC").replace(/\D/g, "");
  return digits.length >= 7 ? `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}` : "****";
}

const maskCompactIdNumber = (compact: string) =>
  compact.length > 10 ? `${compact.slice(0, 6)}${"*".repeat(compact.length - 10)}${compact.slice(-4)}` : "****";

/** 350322199001011234 → 350322********1234 (350322900101123 → 350322*****0123): region code and last four only, typed any way. */
export function maskIdNumber(idNumber: string): string {
  if (isMasked(idNumber)) return idNumber;
  return maskCompactIdNumber(
    idNumber
      .normalize("NFKC")
      .replace(/[^0-9Xx]/g, "")
      .toUpperCase(),
  );
}

/**
 * 仙游县鲤城街道木兰滨河路 9 号 2 幢 1503 室 → 仙游县鲤城街道木兰滨河路****: the road or area is
 * kept, every number (house, building, flat) and whatever follows it is hidden. An address
 * without a digit cannot be cut safely and is hidden whole.
 */
export function maskAddress(address: string): string {
  if (isMasked(address)) return address;
  const firstDigit = address.normalize("NFKC").search(/\d/);
  if (firstDigit < 0) return "****";
  const normalised = normalise(address);
  return `${address.slice(0, normalised.from[firstDigit]).trimEnd()}****`;
}

// A road, street, lane, village or estate name followed by the numbers of a home: 东门路 10 号,
// 木兰滨河小区 3 号楼 2 单元 1503 室. A house number alone (3号楼, 1503室) names no home and stays.
const ADDRESS_TAIL =
  /(?<=\p{Script=Han}(?:路|街|巷|弄|道|村|里|组|区|园|苑|府|城|庄|大厦|公寓|广场|新村|社区)) *\d+ *(?:号楼|号院|号|幢|栋|座|单元|室|层|楼|户|弄|组)(?: *[-#]? *\d+ *(?:号楼|号院|号|幢|栋|座|单元|室|层|楼|户|组)?)*/gu;

/** Addresses inside a text, masked like `maskAddress`: for logs, which never need a home's numbers. */
export function scrubAddresses(text: string): string {
  if (!/\d/.test(text.normalize("NFKC"))) return text;
  const normalised = normalise(text);
  const spans: Span[] = [];
  for (const match of normalised.text.matchAll(ADDRESS_TAIL)) {
    spans.push({ start: match.index, end: match.index + match[0].length, replacement: "****" });
  }
  return replaceSpans(text, normalised, spans);
}

/** Phones, ID numbers and addresses inside a text masked: what a log line may hold. */
export function scrubLogText(text: string): string {
  return scrubAddresses(scrubText(text));
}

// Fields whose whole value is personal, whatever it looks like.
const ADDRESS_KEY = /address|地址|住址/i;
const PHONE_KEY = /phone|mobile|手机|电话/i;
const ID_KEY = /^id_?number$|idcard|身份证/i;
// A failing statement's bound values: a row's personal data in the order of its columns.
const PARAMETERS_KEY = /^(?:params|parameters|values|bindings)$/i;

/** A value under a key: masked whole when the key says what it is. */
function scrubField(key: string, value: unknown, forLog: boolean): unknown {
  if (forLog && PARAMETERS_KEY.test(key) && Array.isArray(value)) return withheld(value.length);
  if (typeof value === "string") {
    if (forLog && ADDRESS_KEY.test(key)) return maskAddress(value);
    if (PHONE_KEY.test(key) && !tooFewDigits(value)) return maskPhone(value);
    if (ID_KEY.test(key) && !tooFewDigits(value)) return maskIdNumber(value);
  }
  return scrub(value, forLog);
}

const withheld = (count: number) => `[${count} parameter${count === 1 ? "" : "s"} withheld]`;

function scrub<T>(value: T, forLog: boolean): T {
  if (typeof value === "string") return (forLog ? scrubLogText(value) : scrubText(value)) as T;
  if (Array.isArray(value)) return value.map((item) => scrub(item, forLog)) as T;
  if (value instanceof Error) return serializeError(value) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubField(k, v, forLog)])) as T;
  }
  return value;
}

/**
 * A deep copy with every phone and ID number masked: for audit snapshots, which keep a record's
 * other fields as they were (a company's address is public; a member's is masked by its service).
 */
export function scrubPersonalData<T>(value: T): T {
  return scrub(value, false);
}

/** A deep copy with phones, ID numbers and addresses masked and a statement's parameters withheld: for logs. */
export function scrubLogData<T>(value: T): T {
  return scrub(value, true);
}

/** What a log line holds of an error. */
export interface SerializedError {
  type: string;
  message: string;
  stack?: string | undefined;
  cause?: SerializedError | undefined;
  [field: string]: unknown;
}

// drizzle's DrizzleQueryError puts the statement's parameters into its message (`params: a,b,c`).
const PARAMS_IN_MESSAGE = /\nparams: [\s\S]*$/;
// PostgreSQL's DETAIL repeats the offending values: `Key (phone)=(139…) already exists.`,
// `Failing row contains (…).`: the column names stay, the values do not.
const DETAIL_VALUES = /(Key \(([^)]*)\)=)\(.*?\)( already exists| is not present| conflicts)/g;
const FAILING_ROW = /Failing row contains \(.*\)\.?/g;

function withheldDetail(detail: string): string {
  return detail.replace(DETAIL_VALUES, "$1([withheld])$3").replace(FAILING_ROW, "Failing row contains ([withheld]).");
}

/** Its message without the parameters drizzle appended, whatever the error says besides. */
function withheldMessage(error: Error & { params?: unknown }): string {
  const message = withheldDetail(error.message ?? "");
  if (!Array.isArray(error.params) || !PARAMS_IN_MESSAGE.test(message)) return message;
  return `${message.replace(PARAMS_IN_MESSAGE, "")}\nparams: ${withheld(error.params.length)}`;
}

/**
 * An error for a log line: type, message, stack, its own fields and its causes, with a failing
 * statement's parameters withheld (count only), PostgreSQL's DETAIL and WHERE stripped of the
 * values they repeat, and every phone, ID number and address left in it masked. Written by hand
 * because pino's standard serializer copies `params` and appends every cause's message as is.
 */
export function serializeError(error: Error, seen = new Set<Error>()): SerializedError {
  seen.add(error);
  const original = error.message ?? "";
  const message = withheldMessage(error);
  const stack = error.stack?.includes(original) ? error.stack.replace(original, message) : error.stack;
  // A minified class (PGlite's is called `O`) says less than the error's own name.
  const constructorName = error.constructor?.name ?? "";
  const out: SerializedError = {
    type: constructorName.length > 2 && constructorName !== "Object" ? constructorName : error.name,
    message: scrubLogText(message),
    stack: stack === undefined ? undefined : scrubLogText(withheldDetail(stack)),
  };
  for (const [key, value] of Object.entries(error)) {
    if (key === "cause" || key === "message" || key === "stack") continue;
    if (key === "detail" && typeof value === "string") out.detail = scrubLogText(withheldDetail(value));
    else if (key === "where" && typeof value === "string") out.where = scrubLogText(value.replace(/\n.*$/s, ""));
    else if (value instanceof Error) {
      if (!seen.has(value)) out[key] = serializeError(value, seen);
    } else out[key] = scrubField(key, value, true);
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && !seen.has(cause)) out.cause = serializeError(cause, seen);
  return out;
}
