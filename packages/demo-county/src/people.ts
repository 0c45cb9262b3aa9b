/** Synthetic people for the demo county: well-formed but invented names, phones and ID numbers. */

/** Appends the check digit of an 18-character resident ID number (GB 11643, ISO 7064 MOD 11-2). */
export function residentIdNumber(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`not the first 17 digits of an ID number: ${first17}`);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  return `${first17}${"10X98765432"[sum % 11]}`;
}

/** A small deterministic generator (mulberry32): the same seed gives the same county. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick };
}

export type Random = ReturnType<typeof seededRandom>;

const SURNAMES = [..."陈林黄郑吴李王张刘蔡徐何朱杨郭潘方周许谢余傅卢翁游魏叶苏曾罗肖"];
const GIVEN = [..."志国建秀英金水丽华明文辉美玲振东德春生秋月永福瑞芳晓燕阿娇海峰宏伟婷丽淑珍清泉少雄惠玉荣坤桂兰"];
const MOBILE_PREFIXES = ["135", "136", "138", "139", "150", "152", "159", "177", "180", "188", "189"];

/** A synthetic resident of Xianyou (region code 350322): name, mobile phone and a valid-looking ID number. */
export function syntheticPerson(random: Random) {
  const name = `${random.pick(SURNAMES)}${random.pick(GIVEN)}${random.next() < 0.7 ? random.pick(GIVEN) : ""}`;
  const phone = `${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 99_999_999)).padStart(8, "0")}`;
  const birth = `${random.int(1950, 1998)}${String(random.int(1, 12)).padStart(2, "0")}${String(random.int(1, 28)).padStart(2, "0")}`;
  const idNumber = residentIdNumber(`350322${birth}${String(random.int(1, 999)).padStart(3, "0")}`);
  return { name, phone, idNumber };
}
