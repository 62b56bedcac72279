/**
 * Every data text shown on a page goes through here. Standard names (table titles, columns,
 * classification codes, the fixed lines of 表1/表4/表8) have English in the registry and the
 * shared lists; what is particular to a department comes from its optional english.yaml.
 * Without an English text the Chinese is shown, marked so that the page can wrap it in
 * lang="zh-CN" (screen readers then switch voice, browsers pick a Chinese font).
 */
import { classByName, economicClassByName, lookupCode } from "../budget";
import { generateExplanation, sectionKeyOf, type GeneratedSection } from "../budget";
import type { DepartmentYear } from "../budget";
import { isGuangzhou, type GuangzhouDepartmentYear } from "../budget";
import type { GuangzhouTableId as TableId } from "../budget";
import type { TableSpec } from "../budget";
import type { BudgetRow } from "../budget";
import type { Locale } from "../i18n";
import { splitOrdinal } from "./chinese-numerals";
import { STANDARD_NOTES, STANDARD_ROW_NAMES, STANDARD_TERMS } from "./standard-names";

/** A text and the language it is in; `fallback` when it is Chinese shown on an English page. */
export interface LocalText {
  text: string;
  lang: Locale;
  fallback: boolean;
}

export const localize = (zh: string, en: string | undefined, locale: Locale): LocalText => {
  if (locale === "zh-CN") return { text: zh, lang: "zh-CN", fallback: false };
  if (en !== undefined && en.trim() !== "") return { text: en, lang: "en", fallback: false };
  return { text: zh, lang: "zh-CN", fallback: true };
};

/** The Guangzhou department-year's English texts (english.yaml), when it has any. */
const englishOf = (dy: GuangzhouDepartmentYear): GuangzhouDepartmentYear["english"] => dy.english;

export const departmentName = (dy: DepartmentYear, locale: Locale): LocalText =>
  localize(dy.meta.department, dy.english?.department, locale);

/** "Departmental Budget" or "Unit Budget", for generated English titles. */
const KIND_TITLE: Readonly<Record<DepartmentYear["kind"], string>> = {
  部门预算: "Departmental Budget",
  单位预算: "Unit Budget",
};

/** The document's title, e.g. 2025年广州市花都区政务服务和数据管理局部门预算. */
export const documentTitle = (dy: DepartmentYear, locale: Locale): LocalText => {
  const english = dy.english;
  const generated = english?.department ? `${dy.year} ${KIND_TITLE[dy.kind]}: ${english.department}` : undefined;
  return localize(dy.meta.title, english?.title ?? generated, locale);
};

/** A note printed under a table: english.yaml first, then the stock phrases every disclosure uses. */
const note = (zh: string, en: string | undefined, locale: Locale): LocalText =>
  localize(zh, en ?? STANDARD_NOTES[zh.trim()], locale);

/** The 注 printed under a table, where the document prints one. */
export const tableNote = (dy: DepartmentYear, spec: TableSpec, locale: Locale): LocalText | undefined => {
  if (isGuangzhou(dy)) {
    const id = spec.id as TableId;
    return note(dy.meta.table_notes[id], dy.english?.table_notes?.[id], locale);
  }
  const id = spec.id as keyof typeof dy.meta.tables;
  const entry: { note?: string | undefined; empty?: string | undefined } | undefined = dy.meta.tables[id];
  // A table printed empty says so inside its body (此表为空), the 说明 under it says why.
  const zh = [entry?.empty, entry?.note].filter((t) => t !== undefined).join(" ") || undefined;
  return zh === undefined ? undefined : note(zh, dy.english?.tables?.[id]?.note, locale);
};

/** The set-wide note printed once with the tables (本套报表…尾数误差), where the document has one. */
export const tablesNote = (dy: DepartmentYear, locale: Locale): LocalText | undefined =>
  isGuangzhou(dy) ? note(dy.meta.notes.tables, dy.english?.notes?.tables, locale) : undefined;

/** The report's closing note on rounding, where the document has one. */
export const reportNote = (dy: DepartmentYear, locale: Locale): LocalText | undefined =>
  isGuangzhou(dy) ? note(dy.meta.notes.report, dy.english?.notes?.report, locale) : undefined;

export const keyProjectsNote = (
  dy: GuangzhouDepartmentYear,
  sectionIndex: number,
  locale: Locale,
): LocalText | undefined => {
  const zh = dy.explanation.sections[sectionIndex]?.key_projects_note;
  if (zh === undefined) return undefined;
  return note(zh, englishOf(dy)?.explanation?.sections?.[sectionIndex]?.key_projects_note, locale);
};

export interface OverviewTexts {
  duties: LocalText[];
  institutions: LocalText;
  composition: LocalText;
}

export const overviewTexts = (dy: GuangzhouDepartmentYear, locale: Locale): OverviewTexts => {
  const en = englishOf(dy)?.overview;
  const { duties, institutions, composition } = dy.meta.overview;
  // Paragraphs pair by position; a count that differs is a finding, and then no pairing is trusted.
  const dutiesEn = en?.duties?.length === duties.length ? en.duties : undefined;
  return {
    duties: duties.map((d, i) => localize(d, dutiesEn?.[i], locale)),
    institutions: localize(institutions, en?.institutions, locale),
    composition: localize(composition, en?.composition, locale),
  };
};

export interface ExplanationSectionText {
  index: number;
  heading: LocalText;
  paragraphs: LocalText[];
  keyProjects: boolean;
  keyProjectsNote?: LocalText;
}

/**
 * English paragraphs of a section: generated from the facts when the same facts reproduce the
 * published Chinese exactly (so the English says precisely what the Chinese says); otherwise
 * the translation in english.yaml, paired by position.
 */
const sectionEnglish = (
  section: GuangzhouDepartmentYear["explanation"]["sections"][number],
  generated: readonly GeneratedSection[],
  translated: readonly string[] | undefined,
): readonly string[] | undefined => {
  const twin = generated.find((g) => g.key === sectionKeyOf(section.heading));
  const faithful = twin?.en !== undefined && JSON.stringify(twin.zh) === JSON.stringify(section.paragraphs);
  if (faithful) return twin.en;
  return translated?.length === section.paragraphs.length ? translated : undefined;
};

export const explanationSections = (dy: GuangzhouDepartmentYear, locale: Locale): ExplanationSectionText[] => {
  const sectionsEn = englishOf(dy)?.explanation?.sections;
  const paired = sectionsEn?.length === dy.explanation.sections.length ? sectionsEn : undefined;
  const generated = locale === "en" ? generateExplanation(dy) : [];
  return dy.explanation.sections.map((section, index) => {
    const en = paired?.[index];
    const paragraphsEn = locale === "en" ? sectionEnglish(section, generated, en?.paragraphs) : undefined;
    const keyNote = keyProjectsNote(dy, index, locale);
    return {
      index,
      heading: localize(section.heading, en?.heading, locale),
      paragraphs: section.paragraphs.map((p, i) => localize(p, paragraphsEn?.[i], locale)),
      keyProjects: section.key_projects === true,
      ...(keyNote ? { keyProjectsNote: keyNote } : {}),
    };
  });
};

export interface GlossaryText {
  /** The term as printed in Chinese (the key for linking). */
  zh: string;
  term: LocalText;
  definition: LocalText;
}

export const glossaryTexts = (dy: DepartmentYear, locale: Locale): GlossaryText[] => {
  const en = isGuangzhou(dy) ? dy.english?.glossary : dy.english?.glossary?.terms;
  const paired = en?.length === dy.glossary.terms.length ? en : undefined;
  return dy.glossary.terms.map((entry, i) => ({
    zh: entry.term,
    term: localize(entry.term, paired?.[i]?.term ?? STANDARD_TERMS[entry.term]?.en, locale),
    definition: localize(entry.definition, paired?.[i]?.definition, locale),
  }));
};

/** English for a standard line name, keeping the printed ordinal as a number ("二十三、" → "23. "). */
const standardLine = (name: string, code: string | undefined): string | undefined => {
  const { number, rest } = splitOrdinal(name);
  // Lines printed without a code (上海 表1/表4) are classes by their name.
  const classCode = code ?? classByName(rest)?.code;
  const base =
    (classCode !== undefined ? lookupCode("function", classCode)?.en : undefined) ?? STANDARD_ROW_NAMES[rest];
  if (base === undefined) return undefined;
  return number !== undefined ? `${number}. ${base}` : base;
};

/** English of a row's printed name, from the most specific source that has one. */
const rowNameEn = (dy: DepartmentYear, spec: TableSpec, row: BudgetRow): string | undefined => {
  const own = dy.english?.names?.[row.name];
  if (own !== undefined) return own;
  if (row.role === "total") return STANDARD_ROW_NAMES["合计"];
  switch (spec.model) {
    case "functional":
      return row.code !== undefined ? lookupCode("function", row.code)?.en : undefined;
    case "economic":
      return row.code !== undefined ? lookupCode("economic", row.code)?.en : undefined;
    case "twoSided":
      return standardLine(row.name, row.code);
    case "fixedItems":
      return spec.items?.find((item) => item.key === row.item)?.label.en;
    case "unitGrouped":
      // 表11's categories are economic classes printed without their codes.
      return row.role === "detail" && spec.id === "table11" ? economicClassByName(row.name)?.en : undefined;
    case "record":
    case "list":
      return undefined;
  }
};

export const rowName = (dy: DepartmentYear, spec: TableSpec, row: BudgetRow, locale: Locale): LocalText =>
  localize(row.name, locale === "en" ? rowNameEn(dy, spec, row) : undefined, locale);

/** A long text cell (绩效目标) of a row; English keyed by the row's printed name. */
export const rowLongText = (dy: DepartmentYear, row: BudgetRow, key: string, locale: Locale): LocalText => {
  const zh = row.texts[key] ?? "";
  const en = key === "performanceGoal" && isGuangzhou(dy) ? dy.english?.performance_goals?.[row.name] : undefined;
  return localize(zh, en, locale);
};
