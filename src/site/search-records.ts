/**
 * What the site's search finds, one record per thing a reader looks for, each pointing at the
 * exact place it is printed: every named row of every table (project names, classification
 * names and codes, 绩效目标 words) links to its row's anchor on the table page, every glossary
 * term to its entry. The text parts (情况说明, 编制说明, …) are indexed from their pages, which
 * mark their content with data-pagefind-body (pages without it are not indexed). Records exist
 * in both languages; an English record falls back to the printed Chinese where no translation
 * exists, as the pages do.
 */
import type { BudgetRow, DepartmentYear } from "../budget";
import { LOCALES, type Locale } from "../i18n";
import { publishedTables, tableTitle } from "./contents";
import { tableOf } from "./downloads";
import { termAnchors } from "./glossary";
import { departmentName, glossaryTexts, rowLongText, rowName } from "./localize";
import { departmentYearRoute, localizePath, tableRoute } from "./paths";
import { rowAnchor } from "./table-view";

export interface SearchRecord {
  url: string;
  /** Pagefind's index name: the page's lang in lower case, as Pagefind files the HTML pages. */
  language: string;
  content: string;
  meta: { title: string; context: string };
}

/**
 * Rows a reader would search for. Totals ("合计") and one-line records have nothing to find, and a
 * unit-group heading repeats the unit's name, which every page of the department carries.
 */
const SEARCHABLE_ROLES = new Set(["item", "detail"]);
/** A list's rows are all items: its 合计 line is told by its name. */
const isListTotal = (row: BudgetRow): boolean => row.name.replace(/\s/g, "") === "合计";

const tableRecords = (dy: DepartmentYear, locale: Locale, whose: string): SearchRecord[] =>
  publishedTables(dy)
    .filter((spec) => spec.model !== "record")
    .flatMap((spec) => {
      const table = tableOf(dy, spec);
      const context = `${whose} · ${tableTitle(dy, spec, locale).text}`;
      return table.rows
        .filter((row) => SEARCHABLE_ROLES.has(row.role) && row.name.trim() !== "" && !isListTotal(row))
        .map((row): SearchRecord => {
          const name = rowName(dy, spec, row, locale).text;
          const texts = Object.keys(row.texts).map((key) => rowLongText(dy, row, key, locale).text);
          return {
            url: `${localizePath(tableRoute(dy, spec), locale)}#${rowAnchor(spec, row.line)}`,
            language: locale.toLowerCase(),
            // The printed name is searchable in both editions: readers copy it from the PDF.
            content: [row.code, name, locale === "en" ? row.name : undefined, ...texts]
              .filter((s): s is string => s !== undefined && s !== "")
              .join(" "),
            meta: { title: row.code !== undefined ? `${row.code} ${name}` : name, context },
          };
        });
    });

const glossaryRecords = (dy: DepartmentYear, locale: Locale, whose: string): SearchRecord[] => {
  const anchors = termAnchors(dy.glossary.terms);
  const page = localizePath(departmentYearRoute(dy, "glossary"), locale);
  return glossaryTexts(dy, locale).map((entry, i) => ({
    url: `${page}#${anchors[i]?.anchor ?? ""}`,
    language: locale.toLowerCase(),
    content: `${entry.term.text} ${entry.zh} ${entry.definition.text}`,
    meta: { title: entry.term.text, context: whose },
  }));
};

export const searchRecords = (dys: readonly DepartmentYear[]): SearchRecord[] =>
  dys.flatMap((dy) =>
    LOCALES.flatMap((locale) => {
      const context = searchContext(dy, locale);
      return [...tableRecords(dy, locale, context), ...glossaryRecords(dy, locale, context)];
    }),
  );

/** "广州市花都区政务服务和数据管理局 · 2025": under each result, so a reader knows whose figures it is. */
export const searchContext = (dy: DepartmentYear, locale: Locale): string =>
  `${departmentName(dy, locale).text} · ${dy.year}`;
