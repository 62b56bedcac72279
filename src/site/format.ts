/**
 * Figures for readers, by locale, always through Intl. Amounts stay integer hundredths of 万元
 * until the last step; shares and stated percentages are only ever displayed, never summed.
 */
import { decimalsOf, formatAmount, unitWord, type Cents } from "../budget";
import type { Locale } from "../i18n";

const intlLocale = (locale: Locale): string => (locale === "en" ? "en" : "zh-CN");

/** Hundredths of 万元, the unit of the Guangzhou tables and of every figure stated in prose. */
const WANYUAN_HUNDREDTHS = 2;

/**
 * 7,267.81 — thousands separators and the decimals the table prints (two for 万元, none for
 * whole 元, two for 元 to the 分); zero is "0.00" or "0".
 */
export const formatMoney = (value: Cents | number, locale: Locale, scale = WANYUAN_HUNDREDTHS): string =>
  formatAmount(value, intlLocale(locale), decimalsOf(scale));

/** The unit a figure of this scale is printed in: 万元 or 元. */
export const moneyUnit = (scale = WANYUAN_HUNDREDTHS): "万元" | "元" => unitWord(scale);

/** +2,950.67 / −0.15 / 0.00, for changes on the previous year. */
export const formatSignedMoney = (value: Cents, locale: Locale, scale = WANYUAN_HUNDREDTHS): string => {
  const magnitude = formatAmount(Math.abs(value) as Cents, intlLocale(locale), decimalsOf(scale));
  return value > 0 ? `+${magnitude}` : value < 0 ? `−${magnitude}` : magnitude;
};

const percentFormatters = new Map<string, Intl.NumberFormat>();
const percentFormatter = (locale: Locale, signed: boolean): Intl.NumberFormat => {
  const key = `${locale}:${signed}`;
  let formatter = percentFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale(locale), {
      style: "percent",
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: signed ? "exceptZero" : "auto",
    });
    percentFormatters.set(key, formatter);
  }
  return formatter;
};

/** `part` as a share of `whole`, e.g. 22.7%; undefined when the whole is zero. */
export const formatShare = (part: Cents, whole: Cents, locale: Locale): string | undefined => {
  if (whole === 0) return undefined;
  // Tenths of a percent, rounded half away from zero, from integers.
  const permille = Math.round((part * 1000) / whole);
  return percentFormatter(locale, false).format(permille / 1000);
};

/** A percentage as the 情况说明 states it ("68.3", "-5.2"), signed; "不可比" stays a word. */
export const formatStatedPercent = (text: string, locale: Locale, notComparable: string): string => {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return notComparable;
  // A true minus sign, like formatSignedMoney, whatever sign Intl uses for the locale.
  return percentFormatter(locale, true)
    .format(Number(text) / 100)
    .replace(/^[-\u2212]/, "\u2212");
};
