/**
 * Exact money. Every amount is held as an integer count of the smallest unit its table prints
 * (hundredths of 万元 for "7,267.81" in 万元, whole 元 for "189,767,551", 分 for "371,514,655.00"),
 * so that every sum is exact integer arithmetic. The unit a count is in is its table's
 * `AmountUnit`; `scaleOf` turns that into a power of ten of 元, and comparisons across units
 * convert exactly to the finer of the two (see `toScale`).
 */

/** Integer count of a table's smallest printed unit (by default hundredths of 万元). */
export type Cents = number & { readonly __unit: "smallest printed unit" };

/** How a table prints its amounts: the unit word and the most decimals it prints. */
export interface AmountUnit {
  unit: "元" | "万元";
  decimals: number;
}

/** The unit of the Guangzhou tables and of every figure stated in prose: 万元, two decimals. */
export const WANYUAN_2: AmountUnit = { unit: "万元", decimals: 2 };

/** One smallest unit = 10^scale 元: 万元 with 2 decimals → 2, 元 integers → 0, 元 with 2 decimals → −2. */
export const scaleOf = (u: AmountUnit): number => (u.unit === "万元" ? 4 : 0) - u.decimals;

/** The same amount counted in a finer unit (`to` ≤ `from`): exact, an integer multiplication. */
export const toScale = (value: number, from: number, to: number): number => {
  if (to > from) throw new RangeError(`cannot convert exactly from scale ${from} to coarser ${to}`);
  return value * 10 ** (from - to);
};

/** Decimals printed for a scale in its unit word: 2 → 2 (万元), 0 → 0 (元), −2 → 2 (元). */
export const decimalsOf = (scale: number): number => (scale > 0 ? 4 - scale : -scale);

export const cents = (n: number): Cents => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer amount of hundredths: ${n}`);
  return n as Cents;
};

export const sum = (values: Iterable<Cents>): Cents => {
  let total = 0;
  for (const v of values) total += v;
  return cents(total);
};

/** Why a cell is not an amount; each reason maps to one finding rule. */
export type AmountProblem =
  "empty" | "fullwidth" | "not-a-number" | "too-many-decimals" | "negative" | "bad-grouping" | "too-large";

export type AmountResult = { ok: true; value: Cents } | { ok: false; problem: AmountProblem };

const FULLWIDTH = /[０-９．，－]/;
// Optional minus, digits (optionally grouped by commas in threes), optional 1–2 decimals.
const AMOUNT = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const LOOSE_NUMBER = /^-?[\d,]+(?:\.\d+)?$/;

/**
 * Parse a printed amount ("7,267.81", "7267.81", "0", "0.5") to an integer count of
 * 10^−decimals units (hundredths by default), without ever going through a floating-point value.
 */
export const parseAmount = (raw: string, { allowNegative = false, decimals = 2 } = {}): AmountResult => {
  const text = raw.trim();
  if (text === "") return { ok: false, problem: "empty" };
  if (FULLWIDTH.test(text)) return { ok: false, problem: "fullwidth" };
  const match = AMOUNT.exec(text);
  if (!match) {
    return { ok: false, problem: LOOSE_NUMBER.test(text) ? "bad-grouping" : "not-a-number" };
  }
  const [, minus, intPart = "", fraction = ""] = match;
  if (fraction.length > decimals) return { ok: false, problem: "too-many-decimals" };
  const digits = intPart.replaceAll(",", "") + fraction.padEnd(decimals, "0");
  // 15 digits is 10 trillion 万元 in hundredths, or 1 trillion 元 in 分: far beyond any budget,
  // and still a safe integer.
  if (digits.replace(/^0+/, "").length > 15) return { ok: false, problem: "too-large" };
  const magnitude = Number.parseInt(digits, 10);
  if (minus && magnitude !== 0 && !allowNegative) return { ok: false, problem: "negative" };
  return { ok: true, value: cents(minus && magnitude !== 0 ? -magnitude : magnitude) };
};

/**
 * Exact decimal string of an amount with `decimals` decimals, e.g. 726781 → "7267.81",
 * 189767551 with 0 decimals → "189767551" (for JSON and CSV output; for readers, see format.ts).
 */
export const toDecimalString = (value: Cents | number, decimals = 2): string => {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (decimals === 0) return `${sign}${abs}`;
  const base = 10 ** decimals;
  const whole = Math.trunc(abs / base);
  const frac = abs % base;
  return `${sign}${whole}.${frac.toString().padStart(decimals, "0")}`;
};
