/**
 * The texts of profiles whose document is a sequence of printed parts, each a heading and
 * sections of paragraphs (the Shanghai 主要职能, 机构设置, 编制说明, 其他相关情况说明,
 * 项目经费情况说明), with their English from english.yaml, paired by position.
 */
import { isShanghai, printedPartsOf, type DepartmentYear } from "../budget";
import type { Locale } from "../i18n";
import { localize, type LocalText } from "./localize";
import { generatedSentences } from "./shanghai-sentences";

/** The page of a printed part: Shanghai's "duties" … "projects", Jiangsu's "overview" and "explanation". */
export type TextPartKey = string;

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
export const textPart = (dy: DepartmentYear, key: TextPartKey, locale: Locale): TextPart | undefined => {
  const found = printedPartsOf(dy)?.parts.find((p) => p.kind === "text" && p.text.key === key);
  if (found?.kind !== "text") return undefined;
  const part = found.text;
  const sectionsEn = sameLength(part.english?.sections, part.sections);
  return {
    key,
    heading: localize(part.heading, part.english?.heading, locale),
    sections: part.sections.map((section, i) => {
      const sectionEn = sectionsEn?.[i];
      const paragraphs = paragraphsOf(section.paragraphs, sectionEn?.paragraphs, locale);
      const untranslated = locale === "en" && paragraphs.some((p) => p.fallback);
      // Sentences generated from the stated figures exist for the Shanghai 编制说明 and 其他相关情况说明.
      const generated = untranslated && isShanghai(dy) ? generatedSentences(dy, key, i, section.heading) : [];
      return {
        anchor: textPartAnchor(key, i),
        ...(section.heading !== undefined ? { heading: localize(section.heading, sectionEn?.heading, locale) } : {}),
        paragraphs,
        ...(generated.length > 0 ? { generated } : {}),
      };
    }),
  };
};
