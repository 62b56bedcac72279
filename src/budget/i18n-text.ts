/** A piece of text in both languages the project ships. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = keyof Bilingual;

export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

/** A value filled into a text: the same in both languages, or one per language. */
export type TextValue = string | number | boolean | Bilingual;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Each language's template with every `{name}` replaced by the value of that name, in that
 * language where the value is bilingual. A name without a value stays as it is, visibly.
 */
export const fillText = (template: Bilingual, values: Readonly<Record<string, TextValue | undefined>>): Bilingual => {
  const fill = (lang: Lang): string =>
    template[lang].replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === "object" ? value[lang] : String(value);
    });
  return { zh: fill("zh"), en: fill("en") };
};
