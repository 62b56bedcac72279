/**
 * Figures for readers, in one place: money (exact, from integer counts of the smallest printed
 * unit), signed money, percentages, tolerances and byte sizes, for every reader's language. The
 * site, the charts, the CLIs and the core's messages all print figures through these functions.
 *
 * Money never passes through a binary floating-point value: Intl.NumberFormat receives the exact
 * decimal string (ECMA-402 NumberFormat v3 formats strings without converting them to a double).
 * Each Intl.NumberFormat is made once per language and option set.
 */
import type { Lang } from "./i18n-text";
import { decimalsOf, toDecimalString, type Cents } from "./money";

/** Whom a figure is for: a data language ("zh", "en") or a site locale ("zh-CN", "en"). */
export type NumberLocale = Lang | "zh-CN";

/** Hundredths of 万元, the unit of the Guangzhou tables and of every figure stated in prose. */
const WANYUAN_HUNDREDTHS = 2;

/** The true minus sign (U+2212) every signed figure is printed with, whatever Intl uses. */
const MINUS = "\u2212";

interface Digits {
  min: number;
  max: number;
  percent?: boolean;
  signed?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

const numberFormat = (locale: NumberLocale, { min, max, percent = false, signed = false }: Digits) => {
  const tag = locale === "en" ? "en" : "zh-CN";
  const key = `${tag}/${min}/${max}/${percent}/${signed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      ...(percent ? { style: "percent" } : {}),
      ...(signed ? { signDisplay: "exceptZero" } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
};

/** Intl formats a decimal string exactly; its TypeScript types know only numbers. */
const exactly = (formatter: Intl.NumberFormat, decimal: string): string =>
  formatter.format(decimal as unknown as number);

const exactDecimal = (value: Cents | number, decimals: number): string => {
  // Beyond 2^53 a number no longer holds every integer: such a count cannot be an exact amount.
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an exact integer amount: ${value}`);
  return toDecimalString(value, decimals);
};

/** The unit word a reader sees for a scale: 万元 above 元, else 元. */
export const unitWord = (scale: number): "万元" | "元" => (scale > 0 ? "万元" : "元");

/**
 * An integer count of 10^−decimals units with thousands separators and exactly `decimals`
 * decimals: 726781 with 2 → "7,267.81".
 */
const formatAmount = (value: Cents | number, locale: NumberLocale = "zh", decimals = 2): string =>
  exactly(numberFormat(locale, { min: decimals, max: decimals }), exactDecimal(value, decimals));

/**
 * An amount of 10^scale 元 as its table prints it: thousands separators and the table's decimals
 * (two for 万元, none for whole 元, two for 元 to the 分): "7,267.81", "189,767,551"; zero is
 * "0.00" or "0".
 */
export const formatMoney = (value: Cents | number, locale: NumberLocale, scale = WANYUAN_HUNDREDTHS): string =>
  formatAmount(value, locale, decimalsOf(scale));

/**
 * A change or a difference with its sign: "+2,950.67", "−0.15" (a true minus). Zero has no sign,
 * "0.00", as Intl prints it (`signDisplay: "exceptZero"`): "±" is the sign of a tolerance.
 */
export const formatSignedMoney = (value: Cents | number, locale: NumberLocale, scale = WANYUAN_HUNDREDTHS): string => {
  const magnitude = formatMoney(Math.abs(value), locale, scale);
  return value > 0 ? `+${magnitude}` : value < 0 ? `${MINUS}${magnitude}` : magnitude;
};

/**
 * An amount in running text, without its sign and without trailing zeros, as the documents'
 * prose prints it: "0.5", "20", "7,267.81" (in 万元 at the default scale).
 */
export const formatProseMoney = (value: Cents | number, locale: NumberLocale, scale = WANYUAN_HUNDREDTHS): string => {
  const decimals = decimalsOf(scale);
  return exactly(numberFormat(locale, { min: 0, max: decimals }), exactDecimal(Math.abs(value), decimals));
};

/**
 * A figure that is only ever displayed, rounded to `decimals` (a magnitude such as 1.90亿元, a
 * head count, a figure per head), with the locale's separators. Never for an exact amount.
 */
export const formatRounded = (value: number, locale: NumberLocale, decimals = 0): string =>
  numberFormat(locale, { min: decimals, max: decimals }).format(value);

/** An exact decimal without trailing zeros and without separators: 6830 with 2 → "68.3", 2000 → "20". */
export const trimmedDecimal = (value: number, decimals: number): string =>
  decimals === 0 ? toDecimalString(value, 0) : toDecimalString(value, decimals).replace(/\.?0+$/, "");

/**
 * A percentage given as decimal text ("68.3", "-5.2"), shown to one decimal: "68.3%", with
 * `signed` "+68.3%" and "−5.2%" (a true minus), zero "0.0%". Exact: the text is not read as a
 * binary number first.
 */
export const formatPercent = (text: string, locale: NumberLocale, signed = false): string =>
  exactly(numberFormat(locale, { min: 1, max: 1, percent: true, signed }), `${text}e-2`).replace(/^[-\u2212]/, MINUS);

/** A percentage as a document states it ("68.3", "-5.2"), signed: "+68.3%"; anything else ("不可比") is `otherwise`. */
export const formatStatedPercent = (text: string, locale: NumberLocale, otherwise: string): string =>
  /^-?\d+(\.\d+)?$/.test(text) ? formatPercent(text, locale, true) : otherwise;

/** A percentage held as tenths of a percent: 227 → "22.7%". */
export const formatTenths = (tenths: number, locale: NumberLocale, signed = false): string =>
  formatPercent(toDecimalString(tenths, 1), locale, signed);

/** `part` as a share of `whole`, rounded to a tenth of a percent: "22.7%"; undefined when the whole is zero. */
export const formatShare = (part: number, whole: number, locale: NumberLocale): string | undefined =>
  // Only ever displayed, rounded: the quotient may be a float.
  whole === 0 ? undefined : formatTenths(Math.round((part * 1000) / whole), locale);

/** Hundredths of a percent as the document prints it, in any language: 6830 → "68.3%", -520 → "-5.2%". */
export const percentText = (hundredths: number): string => `${trimmedDecimal(hundredths, 2)}%`;

/**
 * A tolerance in units of `scale`, possibly half a unit, in the unit the messages imply: in
 * hundredths of 万元 2.5 → "0.025", 2 → "0.02"; in 元 50.5 → "50.5 元".
 */
export const toleranceText = (tolerance: number, scale = WANYUAN_HUNDREDTHS): string => {
  const decimals = decimalsOf(scale);
  const text = Number.isInteger(tolerance)
    ? toDecimalString(tolerance, decimals)
    : toDecimalString(Math.round(tolerance * 10), decimals + 1);
  return scale === WANYUAN_HUNDREDTHS ? text : `${text} ${unitWord(scale)}`;
};

/**
 * A figure as the schema keeps a stated change: the printed magnitude, negative where the text
 * says it fell ("减少 0.15" → "-0.15"); a zero stays unsigned ("0", "0.00").
 */
export const signedDecimalText = (magnitude: string, negative: boolean): string =>
  negative && !/^0(?:\.0+)?$/.test(magnitude) ? `-${magnitude}` : magnitude;

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * A size in bytes for readers: "14.2 MB" from a mebibyte up, else "257 KB"; never "0 KB" for a
 * file that has bytes. `extra` decimals more for measurements ("14.21 MB", "256.8 KB").
 */
export const formatBytes = (bytes: number, extra = 0): string =>
  bytes >= MIB
    ? `${(bytes / MIB).toFixed(1 + extra)} MB`
    : `${Math.max(bytes > 0 ? 10 ** -extra : 0, bytes / KIB).toFixed(extra)} KB`;
