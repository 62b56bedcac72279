/**
 * The texts of profiles whose document is a sequence of printed parts, each a heading and
 * sections of paragraphs (the Shanghai 主要职能, 机构设置, 编制说明, 其他相关情况说明,
 * 项目经费情况说明), with their English from english.yaml, paired by position.
 */
import type { ShanghaiDepartmentYear } from "../budget";
import type { Locale } from "../i18n";
import { localize, type LocalText } from "./localize";
import { generatedSentences } from "./shanghai-sentences";

export type TextPartKey = "duties" | "institutions" | "compilation" | "other" | "projects";

export interface TextSection {
  /** Element id, the same on the part's page and in the full document. */
  anchor: string;
  heading?: LocalText;
  paragraphs: LocalText[];
  /**
   * English pages, where the section has no translation: sentences generated from the figures it
   * states (checked against the tables), shown with the Chinese.
   */
  generated?: string[];
}

export interface TextPart {
  key: TextPartKey;
  /** The heading printed at the top of the part's page. */
  heading: LocalText;
  sections: TextSection[];
}

const sameLength = <T>(en: readonly T[] | undefined, zh: readonly unknown[]): readonly T[] | undefined =>
  en?.length === zh.length ? en : undefined;

const paragraphsOf = (zh: readonly string[], en: readonly string[] | undefined, locale: Locale): LocalText[] => {
  const paired = sameLength(en, zh);
  return zh.map((p, i) => localize(p, paired?.[i], locale));
};

export const textPartAnchor = (key: TextPartKey, index: number): string => `${key}-${index + 1}`;

/** One printed part, or undefined when the document does not have it (no 项目经费情况说明). */
export const textPart = (dy: ShanghaiDepartmentYear, key: TextPartKey, locale: Locale): TextPart | undefined => {
  const english = dy.english;
  if (key === "duties" || key === "institutions") {
    const index = dy.meta.overview.findIndex((p) => p.key === key);
    const part = dy.meta.overview[index];
    if (!part) return undefined;
    const en = sameLength(english?.overview, dy.meta.overview)?.[index];
    return {
      key,
      heading: localize(part.heading, en?.heading, locale),
      sections: [{ anchor: textPartAnchor(key, 0), paragraphs: paragraphsOf(part.paragraphs, en?.paragraphs, locale) }],
    };
  }
  const index = dy.explanation.parts.findIndex((p) => p.key === key);
  const part = dy.explanation.parts[index];
  if (!part) return undefined;
  const en = sameLength(english?.explanation, dy.explanation.parts)?.[index];
  const sectionsEn = sameLength(en?.sections, part.sections);
  return {
    key,
    heading: localize(part.heading, en?.heading, locale),
    sections: part.sections.map((section, i) => {
      const sectionEn = sectionsEn?.[i];
      const paragraphs = paragraphsOf(section.paragraphs, sectionEn?.paragraphs, locale);
      const untranslated = locale === "en" && paragraphs.some((p) => p.fallback);
      const generated = untranslated ? generatedSentences(dy, key, i, section.heading) : [];
      return {
        anchor: textPartAnchor(key, i),
        ...(section.heading !== undefined ? { heading: localize(section.heading, sectionEn?.heading, locale) } : {}),
        paragraphs,
        ...(generated.length > 0 ? { generated } : {}),
      };
    }),
  };
};
