/**
 * UI strings and locales. Pages and components ask `useTranslations(locale)` for a `t` function;
 * data texts (names, notes, paragraphs) do not come from here but from src/site/localize.ts.
 */
import type { Lang } from "../budget";
import en from "./en";
import type { UiKey, UiStrings } from "./keys";
import zhCN from "./zh-CN";
import { fillTemplate } from "./fill";

export type { UiKey, UiStrings } from "./keys";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const DICTIONARIES: Readonly<Record<Locale, UiStrings>> = { "zh-CN": zhCN, en };

/** Each language named in itself, for the language switch. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { "zh-CN": "中文", en: "English" };

/** The data layer's language key (Bilingual.zh / Bilingual.en) for a locale. */
export const dataLang = (locale: Locale): Lang => (locale === "en" ? "en" : "zh");

export const otherLocale = (locale: Locale): Locale => (locale === "en" ? "zh-CN" : "en");

export type Params = Readonly<Record<string, string | number>>;

/**
 * The string for `key`, with `{name}` placeholders filled from `params`, and each
 * `{name|one|other}` the form that agrees with the number `name` (1 error, 2 errors).
 */
export const translate = (locale: Locale, key: UiKey, params?: Params): string =>
  fillTemplate(DICTIONARIES[locale][key], locale, params);

export type Translate = (key: UiKey, params?: Params) => string;

export const useTranslations =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);
