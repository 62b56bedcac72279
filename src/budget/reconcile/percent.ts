/** Percentages as documents print them ("68.3", "-1.39"), computed exactly in integers. */
import { toDecimalString } from "../money";

/** Round num/den half away from zero (den > 0), in exact integers. */
export const roundDiv = (num: bigint, den: bigint): bigint => {
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const q = (2n * abs + den) / (2n * den);
  return negative ? -q : q;
};

/** "68.3" → { units: 683, decimals: 1 }. */
export const parsePercent = (text: string): { units: number; decimals: number } | undefined => {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const decimals = m[3]?.length ?? 0;
  const units = Number.parseInt(`${m[2]}${m[3] ?? ""}`, 10);
  return { units: m[1] ? -units : units, decimals };
};

/** 683 units of 0.1% → "68.3%". */
export const unitsText = (units: number, decimals: number): string => `${toDecimalString(units, decimals)}%`;

/** change ÷ prior × 100, in units of 10^−decimals percent, rounded half away from zero. */
export const percentUnits = (change: number, prior: number, decimals: number): number =>
  Number(roundDiv(BigInt(change) * 100n * 10n ** BigInt(decimals), BigInt(prior)));

/** Units of 10^−decimals percent as hundredths of a percent, where that is exact. */
export const toHundredthsOfPercent = (units: number, decimals: number): number | undefined =>
  decimals <= 2 ? units * 10 ** (2 - decimals) : undefined;

export const INCOMPARABLE = "不可比";
