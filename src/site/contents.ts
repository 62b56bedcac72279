/**
 * The document's 目录, as data, in the document's own order: the parts each profile prints, with
 * the entries the printed contents lists. The department home renders it as links to pages; the
 * full document as links to anchors. Each entry's `anchor` is the same id on its own page and in
 * the full document. The pages of a department-year, in reading order, follow from it.
 */
import type { DepartmentYear } from "../budget";
import { isGuangzhou, printedPartsOf, type GuangzhouDepartmentYear, type ShanghaiDepartmentYear } from "../budget";
import type { TableSpec } from "../budget";
import { dataLang, type Locale, type Translate } from "../i18n";
import { chineseNumeral } from "./chinese-numerals";
import { textPart } from "./document-texts";
import { explanationSections, localize, type LocalText } from "./localize";
import { tableSlug, type PartSlug } from "./paths";

export interface ContentsEntry {
  /** Page the entry lives on. */
  part: PartSlug;
  /** Element id on that page and in the full document; undefined for the page's top. */
  anchor?: string;
  /** Short marker before the label ("表1"). */
  badge?: string;
  label: LocalText;
}

/** What a part holds, and so which component renders it. */
export type PartKind = "overview" | "tables" | "explanation" | "glossary" | "text";

export interface ContentsPart {
  /** Element id of the part in the full document ("part-1"). */
  anchor: string;
  /** Its page (the first table's, for the tables). */
  part: PartSlug;
  kind: PartKind;
  label: LocalText;
  entries: ContentsEntry[];
}

const ui = (text: string, locale: Locale): LocalText => ({ text, lang: locale, fallback: false });

/** The tables the document publishes (and that loaded), in printed order. */
export const publishedTables = (dy: DepartmentYear): TableSpec[] =>
  dy.profile.tables.filter(
    (spec) => spec.number !== undefined && (dy.tables as Record<string, unknown>)[spec.id] !== undefined,
  );

/** "表1" / "Table 1". */
export const tableBadge = (spec: TableSpec, t: Translate): string =>
  spec.number !== undefined ? t("table.number", { number: spec.number }) : "";

/** The table's title as the document prints it above the table (with its year, where it has one). */
export const tableTitle = (dy: DepartmentYear, spec: TableSpec, locale: Locale): LocalText => {
  if (isGuangzhou(dy)) return ui(spec.title[dataLang(locale)], locale);
  const printed = dy.meta.tables[spec.id as keyof ShanghaiDepartmentYear["meta"]["tables"]]?.title ?? spec.title.zh;
  const english = dy.english?.tables?.[spec.id as keyof ShanghaiDepartmentYear["meta"]["tables"]]?.title;
  return localize(printed, english ?? `${spec.title.en}, ${dy.year}`, locale);
};

/** The title as printed in the 目录: "一、收支总体情况表" in Guangzhou's, the printed title in Shanghai's. */
export const tableContentsLabel = (dy: DepartmentYear, spec: TableSpec, locale: Locale): LocalText =>
  isGuangzhou(dy) && locale === "zh-CN" && spec.number !== undefined
    ? ui(`${chineseNumeral(spec.number)}、${spec.title.zh}`, locale)
    : tableTitle(dy, spec, locale);

export const sectionAnchor = (index: number): string => `section-${index + 1}`;

const tablesEntries = (dy: DepartmentYear, locale: Locale, t: Translate): ContentsEntry[] =>
  publishedTables(dy).map((spec) => ({
    part: tableSlug(spec) as PartSlug,
    anchor: tableSlug(spec),
    badge: tableBadge(spec, t),
    label: tableContentsLabel(dy, spec, locale),
  }));

const guangzhouContents = (dy: GuangzhouDepartmentYear, locale: Locale, t: Translate): ContentsPart[] => {
  // Only the Chinese title names the department ("第一部分 …概况"); the English one does not.
  const department = dy.meta.department;
  return [
    {
      anchor: "part-1",
      part: "overview",
      kind: "overview",
      label: ui(t("part.overview", { department, year: dy.year }), locale),
      entries: [
        { part: "overview", anchor: "duties", label: ui(t("overview.duties"), locale) },
        { part: "overview", anchor: "institutions", label: ui(t("overview.institutions"), locale) },
        { part: "overview", anchor: "composition", label: ui(t("overview.composition"), locale) },
      ],
    },
    {
      anchor: "part-2",
      part: "table-01",
      kind: "tables",
      label: ui(t("part.tables", { year: dy.year }), locale),
      entries: tablesEntries(dy, locale, t),
    },
    {
      anchor: "part-3",
      part: "explanation",
      kind: "explanation",
      label: ui(t("part.explanation", { year: dy.year }), locale),
      entries: explanationSections(dy, locale).map((s) => ({
        part: "explanation" as const,
        anchor: sectionAnchor(s.index),
        label: s.heading,
      })),
    },
    {
      anchor: "part-4",
      part: "glossary",
      kind: "glossary",
      label: ui(t("part.glossary"), locale),
      entries: [],
    },
  ];
};

/** Standard names of Shanghai's printed parts, where the 目录 does not pair with them and the profile names none. */
const PART_LABEL_KEYS = {
  duties: "part.duties",
  institutions: "part.institutions",
  glossary: "part.glossaryShort",
  compilation: "part.compilation",
  tables: "part.tablesShort",
  other: "part.other",
  projects: "part.projects",
} as const;

/** The parts of a document the profile describes as printed texts, the tables and the glossary. */
const printedContents = (dy: DepartmentYear, locale: Locale, t: Translate): ContentsPart[] => {
  const printedParts = printedPartsOf(dy);
  if (!printedParts) return [];
  const present = printedParts.parts.map((p) => (p.kind === "text" ? p.text.key : p.kind));
  const own = printedParts.parts.map((p) => (p.kind === "text" ? p.text.label : p.label));
  // The printed 目录 names the parts; its lines pair with the parts by position.
  const printed = printedParts.contents.length === present.length ? printedParts.contents : undefined;
  const printedEn = printedParts.contentsEn?.length === present.length ? printedParts.contentsEn : undefined;
  return present.map((key, i): ContentsPart => {
    const labelKey = PART_LABEL_KEYS[key as keyof typeof PART_LABEL_KEYS];
    const name = own[i]?.[dataLang(locale)] ?? (labelKey ? t(labelKey, { year: dy.year }) : key);
    const standard = `${locale === "zh-CN" ? `${chineseNumeral(i + 1)}、` : `${i + 1}. `}${name}`;
    const label = printed ? localize(printed[i] ?? standard, printedEn?.[i] ?? standard, locale) : ui(standard, locale);
    const anchor = `part-${i + 1}`;
    if (key === "tables") {
      return {
        anchor,
        part: tablesEntries(dy, locale, t)[0]?.part ?? "glossary",
        kind: "tables",
        label,
        entries: tablesEntries(dy, locale, t),
      };
    }
    if (key === "glossary") return { anchor, part: "glossary", kind: "glossary", label, entries: [] };
    const text = textPart(dy, key, locale);
    const entries = (text?.sections ?? []).flatMap((s) =>
      s.heading ? [{ part: key as PartSlug, anchor: s.anchor, label: s.heading } satisfies ContentsEntry] : [],
    );
    return { anchor, part: key as PartSlug, kind: "text", label, entries };
  });
};

export const documentContents = (dy: DepartmentYear, locale: Locale, t: Translate): ContentsPart[] =>
  isGuangzhou(dy) ? guangzhouContents(dy, locale, t) : printedContents(dy, locale, t);

/** Pages of a department-year in reading order, for the route table (and so the previous/next links). */
export const readingOrder = (dy: DepartmentYear, t: Translate): PartSlug[] =>
  documentContents(dy, "zh-CN", t).flatMap((part) =>
    part.kind === "tables" ? part.entries.map((e) => e.part) : [part.part],
  );

/** A page's short name, for breadcrumbs, <title> and previous/next links. */
export const partLabel = (dy: DepartmentYear, part: PartSlug, locale: Locale, t: Translate): LocalText => {
  const spec = publishedTables(dy).find((s) => tableSlug(s) === part);
  if (spec) {
    const title = tableTitle(dy, spec, locale);
    return { ...title, text: `${tableBadge(spec, t)} ${title.text}` };
  }
  const own = printedPartsOf(dy)?.parts.find((p) => p.kind === "text" && p.text.key === part);
  if (own?.kind === "text" && own.text.label) return ui(own.text.label[dataLang(locale)], locale);
  switch (part) {
    case "overview":
      return ui(t("overview.title"), locale);
    case "explanation":
      return ui(t("explanation.title"), locale);
    case "glossary":
      return ui(t("glossary.title"), locale);
    case "document":
      return ui(t("document.title"), locale);
    case "checks":
      return ui(t("checks.title"), locale);
    case "compare":
      return ui(t("compare.title", { year: dy.year, prior: dy.year - 1 }), locale);
    default: {
      const label = documentContents(dy, locale, t).find((p) => p.part === part)?.label;
      return label ?? ui(part, locale);
    }
  }
};
