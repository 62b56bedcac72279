/** Chinese ordinals as the document prints them ("一、", "二十三、"), both ways, for 1–99. */

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1–99). */
export const chineseNumeral = (n: number): string => {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n}`);
  const tens = Math.trunc(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? "";
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[ones]}`;
};

const DIGIT_VALUE = new Map<string, number>(
  DIGITS.map((d, i) => [d, i]).filter(([d]) => d !== "") as [string, number][],
);

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; undefined for anything else. */
export const parseChineseNumeral = (text: string): number | undefined => {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === "") return undefined;
  const [, first, ten, last] = match;
  if (!ten) return last === undefined && first !== undefined ? DIGIT_VALUE.get(first) : undefined;
  return (first ? (DIGIT_VALUE.get(first) ?? 0) : 1) * 10 + (last ? (DIGIT_VALUE.get(last) ?? 0) : 0);
};

const ORDINAL_PREFIX = /^([一二三四五六七八九十]+)、/;
/** A sub-line's "1. " / "1、" / "1．": the number stays a number in English. */
const NUMBER_PREFIX = /^\s*(\d+)\s*[.．、]\s*/;

/**
 * Split "二十三、债务还本付息支出" into 23 and "债务还本付息支出", or "1. 一般公共预算资金" into 1 and
 * "一般公共预算资金"; no number when there is no prefix.
 */
export const splitOrdinal = (name: string): { number?: number; rest: string } => {
  const numbered = NUMBER_PREFIX.exec(name);
  if (numbered?.[1] !== undefined) return { number: Number(numbered[1]), rest: name.slice(numbered[0].length) };
  const match = ORDINAL_PREFIX.exec(name);
  const number = match?.[1] !== undefined ? parseChineseNumeral(match[1]) : undefined;
  if (!match || number === undefined) return { rest: name };
  return { number, rest: name.slice(match[0].length) };
};
