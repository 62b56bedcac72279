/**
 * Filling a UI string: `{name}` from the values, and `{name|one|other}` as the form of a word
 * that agrees with the number `name` by the language's plural rules (1 error, 2 errors). Shared
 * by the pages and the search page's script, which fills its strings in the browser.
 */
const PLACEHOLDER = /\{(\w+)\}/g;
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

export type FillValues = Readonly<Record<string, string | number>>;

/** One set of plural rules per language: most strings have no plural, and pages fill thousands. */
const rulesByLang = new Map<string, Intl.PluralRules>();
const pluralRules = (lang: string): Intl.PluralRules => {
  let rules = rulesByLang.get(lang);
  if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
};

export const fillTemplate = (template: string, lang: string, values?: FillValues): string =>
  template
    .replace(PLURAL, (whole, name: string, one: string, other: string) => {
      const count = values?.[name];
      if (count === undefined || !Number.isFinite(Number(count))) return whole;
      return pluralRules(lang).select(Number(count)) === "one" ? one : other;
    })
    .replace(PLACEHOLDER, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
