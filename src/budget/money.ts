/**
 * Exact money. Amounts are 万元 printed with two decimals; we hold them as integer
 * hundredths of 万元 ("cents" of 万元) so that every sum is exact integer arithmetic.
 */

/** Integer hundredths of 万元. */
export type Cents = number & { readonly __unit: "hundredths of 万元" };

export const cents = (n: number): Cents => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer amount of hundredths: ${n}`);
  return n as Cents;
};

export const ZERO = cents(0);

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
 * Parse a printed amount ("7,267.81", "7267.81", "0", "0.5") to integer hundredths,
 * without ever going through a floating-point value.
 */
export const parseAmount = (raw: string, { allowNegative = false } = {}): AmountResult => {
  const text = raw.trim();
  if (text === "") return { ok: false, problem: "empty" };
  if (FULLWIDTH.test(text)) return { ok: false, problem: "fullwidth" };
  const match = AMOUNT.exec(text);
  if (!match) {
    return { ok: false, problem: LOOSE_NUMBER.test(text) ? "bad-grouping" : "not-a-number" };
  }
  const [, minus, intPart = "", fraction = ""] = match;
  if (fraction.length > 2) return { ok: false, problem: "too-many-decimals" };
  const digits = intPart.replaceAll(",", "") + fraction.padEnd(2, "0");
  // 15 digits of hundredths is 10 trillion 万元: far beyond any budget, still a safe integer.
  if (digits.replace(/^0+/, "").length > 15) return { ok: false, problem: "too-large" };
  const magnitude = Number.parseInt(digits, 10);
  if (minus && magnitude !== 0 && !allowNegative) return { ok: false, problem: "negative" };
  return { ok: true, value: cents(minus && magnitude !== 0 ? -magnitude : magnitude) };
};

/** Exact decimal string of an amount, e.g. 726781 → "7267.81" (for JSON and CSV output). */
export const toDecimalString = (value: Cents): string => {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = Math.trunc(abs / 100);
  const frac = abs % 100;
  return `${sign}${whole}.${frac.toString().padStart(2, "0")}`;
};

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Format for readers: thousands separators and always two decimals, in the reader's locale.
 * Intl receives the exact decimal string, so no binary rounding can creep in.
 */
export const formatAmount = (value: Cents, locale = "zh-CN"): string => {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(locale, formatter);
  }
  // Intl.NumberFormat accepts decimal strings exactly (ECMA-402 NumberFormat v3).
  return formatter.format(toDecimalString(value) as unknown as number);
};
