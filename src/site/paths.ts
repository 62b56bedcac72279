/**
 * Every URL of the site, built in one place. A "route" is the language-independent path
 * ("/2025/huadu-zwfw/table-01/"); `localizePath` puts it under /en/ for English. Downloads
 * are shared by both languages and live only at the root.
 */
import type { TableSpec } from "../budget";
import type { Locale } from "../i18n";

/** What identifies a department-year in URLs. */
export interface DepartmentYearRef {
  year: number;
  slug: string;
}

/**
 * The parts of a department-year that have their own page. The Guangzhou document has an
 * overview and an explanation; the Shanghai one prints duties, institutions, its 编制说明, other
 * information and project statements as parts of their own.
 */
export type PartSlug =
  | "overview"
  | `table-${string}`
  | "explanation"
  | "glossary"
  | "document"
  | "checks"
  | "duties"
  | "institutions"
  | "compilation"
  | "other"
  | "projects"
  | "compare";

export const localizePath = (route: string, locale: Locale): string => (locale === "en" ? `/en${route}` : route);

/** Strip the /en prefix from a path, giving back its route. */
export const routeOf = (path: string): string =>
  path === "/en" || path.startsWith("/en/") ? path.slice(3) || "/" : path;

export const homeRoute = (): string => "/";

/** The search page: the only page that loads the search index, and only when asked. */
export const searchRoute = (): string => "/search/";

/** A year's page comparing its departments (a prefix of its own: year folders are four digits). */
export const yearRoute = (year: number): string => `/years/${year}/`;

/** A year's departments compared, as a file to download. */
export const yearDownloadPath = (year: number, format: "csv" | "json"): string =>
  `${yearRoute(year)}departments.${format}`;

/** A department's page across its years. */
export const departmentRoute = (slug: string): string => `/departments/${slug}/`;

/** Always the department's newest budget: a stable address for links made once. */
export const latestRoute = (slug: string): string => `${departmentRoute(slug)}latest/`;

export const departmentYearRoute = (ref: DepartmentYearRef, part?: PartSlug): string =>
  `/${ref.year}/${ref.slug}/${part ? `${part}/` : ""}`;

/** "table-01" for 表1; "key-projects" for the 情况说明's table. Used in page URLs and file names. */
export const tableSlug = (spec: Pick<TableSpec, "id" | "number">): string =>
  spec.number !== undefined ? `table-${String(spec.number).padStart(2, "0")}` : "key-projects";

export const tableRoute = (ref: DepartmentYearRef, spec: Pick<TableSpec, "id" | "number">): string =>
  departmentYearRoute(ref, tableSlug(spec) as PartSlug);

export const downloadsRoute = (ref: DepartmentYearRef): string => `/${ref.year}/${ref.slug}/downloads/`;

/** "en.csv": the CSV with English headings. */
export type DownloadFormat = "csv" | "en.csv" | "json";

export const tableDownloadPath = (
  ref: DepartmentYearRef,
  spec: Pick<TableSpec, "id" | "number">,
  format: DownloadFormat,
): string => `${downloadsRoute(ref)}${tableSlug(spec)}.${format}`;

export const dataPackagePath = (ref: DepartmentYearRef): string => `${downloadsRoute(ref)}datapackage.json`;

/**
 * Whether a path is a download's: a file in a department-year's downloads/ folder or a year's
 * departments compared (the shapes downloadsRoute and yearDownloadPath make).
 */
export const isDownloadPath = (path: string): boolean =>
  /^\/\d{4}\/[^/]+\/downloads\/[^/]+\.\w+$/.test(path) || /^\/years\/\d{4}\/departments\.\w+$/.test(path);

/** The name a browser saves a download under: the year and department make it unambiguous. */
export const downloadFileName = (ref: DepartmentYearRef, file: string): string => `${ref.year}-${ref.slug}-${file}`;
