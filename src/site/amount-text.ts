/**
 * Amounts for readers outside the tables (summary, key figures, department pages). In Chinese as
 * printed, with the printed unit (7,267.81万元); in English in yuan (72,678,100 yuan), since
 * "10,000 yuan" is no unit an English reader counts in — exact, for a figure to the hundredth of
 * 万元 is a whole number of yuan. Tables and downloads keep the printed unit in both languages.
 * Beside them, where it reads easier, the magnitude rounded: 约1.90亿元, about 72.7 million yuan.
 */
import { formatMoney, formatRounded, formatSignedMoney, toScale, unitWord } from "../budget";
import { translate, type Locale } from "../i18n";

/** The scale a figure is shown in: yuan (or fen, where the table prints them) in English, as printed in Chinese. */
const shownScale = (scale: number, locale: Locale): number => (locale === "en" ? Math.min(scale, 0) : scale);

/** The exact figure and its unit, apart: "7,267.81" and "万元"; "72,678,100" and "yuan". */
export const exactAmountParts = (value: number, scale: number, locale: Locale): { figure: string; unit: string } => {
  const to = shownScale(scale, locale);
  const figure = formatMoney(toScale(value, scale, to), locale, to);
  const unit = locale === "en" ? "yuan" : translate(locale, unitWord(scale) === "元" ? "unit.yuan" : "unit.wanYuan");
  return { figure, unit };
};

/** "7,267.81万元", "72,678,100 yuan". */
export const exactAmount = (value: number, scale: number, locale: Locale): string => {
  const { figure, unit } = exactAmountParts(value, scale, locale);
  return locale === "en" ? `${figure} ${unit}` : `${figure}${unit}`;
};

/** A change with its sign, in the unit exactAmount uses, without the unit: "+2,950.67", "+29,506,700". */
export const signedExactFigure = (value: number, scale: number, locale: Locale): string => {
  const to = shownScale(scale, locale);
  return formatSignedMoney(toScale(value, scale, to), locale, to);
};

/**
 * A figure of 10^scale 元 shared among people, rounded for reading: whole yuan, or 万元 to the
 * hundredth in Chinese from 100,000 yuan a head up ("161.51万元", "1,615,069 yuan").
 */
export const perHeadAmount = (value: number, scale: number, people: number, locale: Locale): string => {
  // Only ever displayed, rounded: a float is fine here.
  const yuan = (value * 10 ** scale) / people;
  if (locale === "en") return `${formatRounded(yuan, locale)} yuan`;
  if (yuan >= 1e5) return `${formatRounded(yuan / 1e4, locale, 2)}万元`;
  return `${formatRounded(yuan, locale)}元`;
};

/** A figure of 10^scale 元 in readable magnitude: 亿元 or 万元 in Chinese, million yuan in English. */
export const readableAmount = (value: number, scale: number, locale: Locale): string => {
  // Only ever displayed, rounded, beside the exact figure: a float is fine here.
  const yuan = value * 10 ** scale;
  if (locale === "en") {
    const millions = yuan / 1e6;
    const digits = millions >= 100 ? 0 : millions >= 1 ? 1 : 2;
    return `${formatRounded(millions, locale, digits)} million yuan`;
  }
  if (yuan >= 1e8) return `${formatRounded(yuan / 1e8, locale, 2)}亿元`;
  return `${formatRounded(yuan / 1e4, locale)}万元`;
};

/**
 * The readable magnitude, only where it reads easier than the exact figure: 亿元 (or 万元 for a
 * figure in 元) in Chinese; million yuan in English, from a million up.
 */
export const readableBeside = (value: number, scale: number, locale: Locale): string | undefined => {
  const yuan = Math.abs(value) * 10 ** scale;
  if (locale === "en") return yuan >= 1e6 ? readableAmount(value, scale, locale) : undefined;
  if (yuan < 1e8 && unitWord(scale) === "万元") return undefined;
  return readableAmount(value, scale, locale);
};
