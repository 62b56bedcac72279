/**
 * The route table: every page of the site in every language and every download, built once from
 * the loaded data. Two catch-all routes read it (src/pages/[...slug].astro for the pages,
 * src/pages/[...download].ts for the downloads), and the sitemap lists its pages. A page's entry
 * says what the page is (its kind and what it shows), where it lives, its title and, in a
 * department-year's reading order, its neighbours: the views take what they need from it.
 */
import type { DepartmentYear, GuangzhouDepartmentYear, TableSpec, ValidationResult } from "../budget";
import { isGuangzhou } from "../budget";
import { LOCALES, useTranslations, type Locale, type Translate } from "../i18n";
import { priorYearOf } from "./compare";
import { documentContents, partLabel, publishedTables, readingOrder, type ContentsPart } from "./contents";
import { byYearThenSlug, siteData } from "./data";
import { publishedSpecs } from "./downloads";
import { departmentName, type LocalText } from "./localize";
import {
  dataPackagePath,
  departmentRoute,
  departmentYearRoute,
  homeRoute,
  latestRoute,
  localizePath,
  searchRoute,
  tableDownloadPath,
  tableSlug,
  yearDownloadPath,
  yearRoute,
  type PartSlug,
} from "./paths";
import { originalPdfHref } from "./provenance";
import { departmentYearTitle } from "./titles";
import { yearsOf } from "./year-overview";

/**
 * The page parts of a department-year besides its home: its document's parts, the full document,
 * the checks, and the comparison with last year where the data has last year in the same profile.
 */
export const departmentParts = (dy: DepartmentYear, all: readonly DepartmentYear[]): PartSlug[] => {
  const prior = priorYearOf(dy, all);
  return [
    ...readingOrder(dy, useTranslations("zh-CN")),
    "document",
    "checks",
    ...(prior && prior.profile.id === dy.profile.id ? (["compare"] as const) : []),
  ];
};

/** Each department once, by its folder name, with its department-years newest first. */
export const departments = (dys: readonly DepartmentYear[]): { slug: string; years: DepartmentYear[] }[] => {
  const bySlug = new Map<string, DepartmentYear[]>();
  for (const dy of dys) bySlug.set(dy.slug, [...(bySlug.get(dy.slug) ?? []), dy]);
  return [...bySlug]
    .map(([slug, years]) => ({ slug, years: [...years].sort((a, b) => b.year - a.year) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
};

/** Another page, as a link names it. */
export interface PageLink {
  path: string;
  title: LocalText;
}

interface PageBase {
  /** Where the page is served, with the language prefix ("/en/2025/huadu-zwfw/"): its key in the table. */
  path: string;
  /** The same page's language-independent path ("/2025/huadu-zwfw/"). */
  route: string;
  locale: Locale;
  /** The page's own name: breadcrumbs, <title>, and the previous/next links that lead to it. */
  title: LocalText;
}

/** One member per kind, so that a page's kind narrows it: `Kinds<"a" | "b", T>` is `T & { kind: "a" } | T & { kind: "b" }`. */
type Kinds<K extends string, T> = K extends string ? T & { kind: K } : never;

export type SitePage =
  | Kinds<"home" | "search", PageBase>
  | Kinds<"year", PageBase & { year: number }>
  | Kinds<"department", PageBase & { slug: string; years: DepartmentYear[] }>
  /** A department-year's home; "latest" is the department's newest one under its lasting address. */
  | Kinds<"department-year" | "latest", PageBase & { dy: DepartmentYear }>
  | PartPage;

interface PartBase extends PageBase {
  dy: DepartmentYear;
  part: PartSlug;
  /** The pages before and after this one in the document's reading order. */
  previous?: PageLink;
  next?: PageLink;
}

/** A page of a department-year besides its home, by what it shows. */
export type PartPage =
  | Kinds<"table", PartBase & { spec: TableSpec }>
  | Kinds<"document" | "checks" | "text", PartBase>
  | Kinds<"compare", PartBase & { prior: DepartmentYear }>
  /** The part's heading is the one its 目录 prints. */
  | Kinds<"glossary", PartBase & { heading: LocalText }>
  | Kinds<"overview" | "explanation", PartBase & { dy: GuangzhouDepartmentYear; heading: LocalText }>;

/** The entries of one kind: `PageOf<"table">` has its `spec`. */
export type PageOf<K extends SitePage["kind"]> = Extract<SitePage, { kind: K }>;

const ui = (text: string, locale: Locale): LocalText => ({ text, lang: locale, fallback: false });

/** The 目录's heading of the part that is a page of its own, by its kind. */
const headingOf = (contents: readonly ContentsPart[], kind: ContentsPart["kind"], dy: DepartmentYear): LocalText => {
  const heading = contents.find((p) => p.kind === kind)?.label;
  // The parts come from these very contents: a part without its heading is a bug, not bad data.
  if (!heading) throw new Error(`${dy.path}: the contents have no ${kind} part`);
  return heading;
};

type PartFields = Omit<PartBase, "previous" | "next" | "title">;

/** What a part page shows: the same choice for every language. */
const partPage = (
  base: PartFields,
  title: LocalText,
  contents: readonly ContentsPart[],
  tables: ReadonlyMap<string, TableSpec>,
  all: readonly DepartmentYear[],
): PartPage => {
  const { dy, part } = base;
  const spec = tables.get(part);
  if (spec) return { ...base, title, kind: "table", spec };
  const prior = part === "compare" ? priorYearOf(dy, all) : undefined;
  if (prior) return { ...base, title, kind: "compare", prior };
  if (part === "document" || part === "checks") return { ...base, title, kind: part };
  if (part === "glossary") return { ...base, title, kind: "glossary", heading: headingOf(contents, "glossary", dy) };
  if (isGuangzhou(dy) && (part === "overview" || part === "explanation"))
    return { ...base, dy, title, kind: part, heading: headingOf(contents, part, dy) };
  return { ...base, title, kind: "text" };
};

/** A department-year's home and its part pages in one language, each part knowing its neighbours. */
const departmentYearPages = (
  dy: DepartmentYear,
  all: readonly DepartmentYear[],
  locale: Locale,
  t: Translate,
): SitePage[] => {
  const contents = documentContents(dy, locale, t);
  const tables = new Map(publishedTables(dy).map((spec) => [tableSlug(spec), spec]));
  const order = readingOrder(dy, useTranslations("zh-CN"));
  const page = (part: PartSlug) => {
    const route = departmentYearRoute(dy, part);
    return { path: localizePath(route, locale), route, locale, dy, part };
  };
  const titles = new Map(departmentParts(dy, all).map((part) => [part, partLabel(dy, part, locale, t)]));
  /** The neighbour `step` pages away in the reading order, if the part is in it and has one there. */
  const neighbour = (part: PartSlug, step: -1 | 1): PageLink | undefined => {
    const i = order.indexOf(part);
    const other = i < 0 ? undefined : order[i + step];
    const title = other && titles.get(other);
    return other && title ? { path: page(other).path, title } : undefined;
  };
  const home = departmentYearRoute(dy);
  return [
    {
      kind: "department-year",
      path: localizePath(home, locale),
      route: home,
      locale,
      title: departmentYearTitle(dy, locale, t),
      dy,
    },
    ...[...titles].map(([part, title]) => {
      const previous = neighbour(part, -1);
      const next = neighbour(part, 1);
      return {
        ...partPage(page(part), title, contents, tables, all),
        ...(previous ? { previous } : {}),
        ...(next ? { next } : {}),
      };
    }),
  ];
};

/** Every page in one language: the home, search, years, departments, then each department-year's. */
const localePages = (dys: readonly DepartmentYear[], locale: Locale): SitePage[] => {
  const t = useTranslations(locale);
  const at = (route: string) => ({ path: localizePath(route, locale), route, locale });
  return [
    { ...at(homeRoute()), kind: "home", title: ui(t("site.name"), locale) },
    { ...at(searchRoute()), kind: "search", title: ui(t("search.title"), locale) },
    ...yearsOf(dys).map((year): SitePage => ({
      ...at(yearRoute(year)),
      kind: "year",
      year,
      title: ui(t("years.title", { year }), locale),
    })),
    // Each department's page across its years, and its newest year's home under its lasting address.
    ...departments(dys).flatMap(({ slug, years }): SitePage[] => {
      const [latest] = years;
      if (!latest) return [];
      return [
        { ...at(departmentRoute(slug)), kind: "department", slug, years, title: departmentName(latest, locale) },
        { ...at(latestRoute(slug)), kind: "latest", dy: latest, title: departmentYearTitle(latest, locale, t) },
      ];
    }),
    ...dys.flatMap((dy) => departmentYearPages(dy, dys, locale, t)),
  ];
};

/** Every page of the site, in every language (each language's pages in the same order). */
export const sitePages = (dys: readonly DepartmentYear[]): SitePage[] => {
  const sorted = [...dys].sort(byYearThenSlug);
  return LOCALES.flatMap((locale) => localePages(sorted, locale));
};

/**
 * The sitemap's pages, by their language-independent path (it names both languages of each). The
 * "latest" addresses are left out: each is a department-year's home, listed under its own address.
 */
export const sitemapRoutes = (pages: readonly SitePage[]): string[] =>
  pages.filter((p) => p.locale === LOCALES[0] && p.kind !== "latest").map((p) => p.route);

/** A file to download: a table (CSV, CSV with English headings, JSON), a data package, a PDF, a year's comparison. */
export type Download =
  | { kind: "csv" | "en.csv" | "json"; path: string; dy: DepartmentYear; spec: TableSpec }
  | { kind: "datapackage" | "original"; path: string; dy: DepartmentYear }
  | { kind: "year.csv" | "year.json"; path: string; year: number };

/** Every download of the site (shared by both languages). */
export const siteDownloads = (dys: readonly DepartmentYear[]): Download[] => {
  const sorted = [...dys].sort(byYearThenSlug);
  return [
    ...sorted.flatMap((dy): Download[] => [
      ...publishedSpecs(dy).flatMap((spec) =>
        (["csv", "en.csv", "json"] as const).map((kind) => ({
          kind,
          path: tableDownloadPath(dy, spec, kind),
          dy,
          spec,
        })),
      ),
      { kind: "datapackage", path: dataPackagePath(dy), dy },
      ...(dy.meta.source?.document !== undefined ? [{ kind: "original" as const, path: originalPdfHref(dy), dy }] : []),
    ]),
    ...yearsOf(sorted).flatMap((year): Download[] => [
      { kind: "year.csv", path: yearDownloadPath(year, "csv"), year },
      { kind: "year.json", path: yearDownloadPath(year, "json"), year },
    ]),
  ];
};

const cache = new WeakMap<ValidationResult, { pages: SitePage[]; downloads: Download[] }>();

/** The route table of the loaded data, built once per load (again in `npm run dev` after a data edit). */
export const routeTable = async (): Promise<{ pages: SitePage[]; downloads: Download[] }> => {
  const result = await siteData();
  let table = cache.get(result);
  if (!table) {
    table = { pages: sitePages(result.departmentYears), downloads: siteDownloads(result.departmentYears) };
    cache.set(result, table);
  }
  return table;
};

/** A catch-all route's rest parameter for a path: "/2025/huadu-zwfw/" → "2025/huadu-zwfw", "/" → undefined. */
export const restParam = (path: string): string | undefined => path.replace(/^\/|\/$/g, "") || undefined;
