/**
 * The document's 目录, as data: four parts, each with the entries the printed contents lists.
 * The department home renders it as links to pages; the full document as links to anchors.
 * Each entry's `anchor` is the same id on its own page and in the full document.
 */
import type { DepartmentYear } from "../budget/load";
import { TABLES, type TableSpec } from "../budget/registry/tables";
import { dataLang, type Locale, type Translate } from "../i18n";
import { chineseNumeral } from "./chinese-numerals";
import { explanationSections, type LocalText } from "./localize";
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

export interface ContentsPart {
  /** Element id of the part in the full document ("part-1"). */
  anchor: string;
  part: PartSlug;
  label: LocalText;
  entries: ContentsEntry[];
}

const ui = (text: string, locale: Locale): LocalText => ({ text, lang: locale, fallback: false });

/** "表1" / "Table 1". */
export const tableBadge = (spec: TableSpec, t: Translate): string =>
  spec.number !== undefined ? t("table.number", { number: spec.number }) : "";

/** The title as printed in the 目录: "一、收支总体情况表" in Chinese, the registry's English otherwise. */
export const tableContentsLabel = (spec: TableSpec, locale: Locale): string =>
  locale === "zh-CN" && spec.number !== undefined
    ? `${chineseNumeral(spec.number)}、${spec.title.zh}`
    : spec.title[dataLang(locale)];

export const OVERVIEW_ANCHORS = ["duties", "institutions", "composition"] as const;

export const sectionAnchor = (index: number): string => `section-${index + 1}`;

export const documentContents = (dy: DepartmentYear, locale: Locale, t: Translate): ContentsPart[] => {
  // Only the Chinese title names the department ("第一部分 …概况"); the English one does not.
  const department = dy.meta.department;
  return [
    {
      anchor: "part-1",
      part: "overview",
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
      label: ui(t("part.tables", { year: dy.year }), locale),
      entries: TABLES.map((spec) => ({
        part: tableSlug(spec) as PartSlug,
        anchor: tableSlug(spec),
        badge: tableBadge(spec, t),
        label: ui(tableContentsLabel(spec, locale), locale),
      })),
    },
    {
      anchor: "part-3",
      part: "explanation",
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
      label: ui(t("part.glossary"), locale),
      entries: [],
    },
  ];
};

/** Pages of a department-year in reading order, for the previous/next links. */
export const readingOrder = (): PartSlug[] => [
  "overview",
  ...TABLES.map((spec) => tableSlug(spec) as PartSlug),
  "explanation",
  "glossary",
];

export const neighbours = (part: PartSlug): { previous?: PartSlug; next?: PartSlug } => {
  const order = readingOrder();
  const i = order.indexOf(part);
  if (i < 0) return {};
  const previous = order[i - 1];
  const next = order[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
};

/** A page's short name, for breadcrumbs, <title> and previous/next links. */
export const partLabel = (part: PartSlug, locale: Locale, t: Translate): LocalText => {
  const spec = TABLES.find((s) => tableSlug(s) === part);
  const text = spec
    ? `${tableBadge(spec, t)} ${spec.title[dataLang(locale)]}`
    : t(
        (
          {
            overview: "overview.title",
            explanation: "explanation.title",
            glossary: "glossary.title",
            document: "document.title",
            checks: "checks.title",
          } as const
        )[part as "overview" | "explanation" | "glossary" | "document" | "checks"],
      );
  return ui(text, locale);
};
