/** Masks and scrubs for personal data (phones, ID numbers): shown in full only to roles that need it. */

/** 13812341234 → 138****1234 */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}${"*".repeat(phone.length - 7)}${phone.slice(-4)}` : "****";
}

/** 350322199001011234 → 350322********1234: region code and last four only. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length > 10
    ? `${idNumber.slice(0, 6)}${"*".repeat(idNumber.length - 10)}${idNumber.slice(-4)}`
    : "****";
}

/**
 * 仙游县鲤城街道木兰滨河路 9 号 2 幢 1503 室 → 仙游县鲤城街道木兰滨河路****: the road or area is
 * kept, every number (house, building, flat) and whatever follows it is hidden. An address
 * without a digit cannot be cut safely and is hidden whole.
 */
export function maskAddress(address: string): string {
  const firstDigit = address.search(/\d/);
  return firstDigit < 0 ? "****" : `${address.slice(0, firstDigit).trimEnd()}****`;
}

// Mainland mobile numbers and resident ID numbers, wherever they appear in text.
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const ID_NUMBER = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;

/** Masks every phone or ID number inside a string. */
export function scrubText(text: string): string {
  return text.replace(ID_NUMBER, maskIdNumber).replace(MOBILE, maskPhone);
}

/** A deep copy with every phone and ID number masked: for logs and audit snapshots. */
export function scrubPersonalData<T>(value: T): T {
  if (typeof value === "string") return scrubText(value) as T;
  if (Array.isArray(value)) return value.map(scrubPersonalData) as T;
  if (value instanceof Error) {
    return { type: value.name, message: scrubText(value.message), stack: value.stack && scrubText(value.stack) } as T;
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubPersonalData(v)])) as T;
  }
  return value;
}
