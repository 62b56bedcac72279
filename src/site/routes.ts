/**
 * The pages the site generates, for getStaticPaths and the sitemap: one route table. Every page
 * exists in both languages: the zh-CN page files and their /en/ twins call the same functions.
 */
import type { DepartmentYear } from "../budget";
import type { TableSpec } from "../budget";
import { useTranslations } from "../i18n";
import { priorYearOf } from "./compare";
import { publishedTables, readingOrder } from "./contents";
import { departmentYears } from "./data";
import { publishedSpecs } from "./downloads";
import {
  departmentRoute,
  departmentYearRoute,
  homeRoute,
  searchRoute,
  tableSlug,
  yearRoute,
  type PartSlug,
} from "./paths";
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

export const allRoutes = (dys: readonly DepartmentYear[]): string[] => [
  homeRoute(),
  searchRoute(),
  ...yearsOf(dys).map(yearRoute),
  ...departments(dys).map((d) => departmentRoute(d.slug)),
  ...dys.flatMap((dy) => [
    departmentYearRoute(dy),
    ...departmentParts(dy, dys).map((part) => departmentYearRoute(dy, part)),
  ]),
];

export interface DepartmentYearProps {
  dy: DepartmentYear;
}

/** getStaticPaths for a page per department-year. */
export const departmentYearPaths = async () =>
  (await departmentYears()).map((dy) => ({
    params: { year: String(dy.year), slug: dy.slug },
    props: { dy } satisfies DepartmentYearProps,
  }));

/** Props of a table's download: the department-year and the table. */
export interface TableDownloadProps {
  dy: DepartmentYear;
  spec: TableSpec;
}

/** One download per published table of every department-year (its CSV, English CSV, JSON). */
export const tableDownloadPaths = async () =>
  (await departmentYears()).flatMap((dy) =>
    publishedSpecs(dy).map((spec) => ({
      params: { year: String(dy.year), slug: dy.slug, table: tableSlug(spec) },
      props: { dy, spec } satisfies TableDownloadProps,
    })),
  );

export interface DepartmentProps {
  slug: string;
  years: DepartmentYear[];
}

/** getStaticPaths for a page per department, across its years. */
export const departmentPaths = async () =>
  departments(await departmentYears()).map((d) => ({
    params: { slug: d.slug },
    props: { slug: d.slug, years: d.years } satisfies DepartmentProps,
  }));

export interface LatestProps {
  latest: DepartmentYear;
}

/** getStaticPaths for each department's "latest" address (its years come newest first). */
export const latestPaths = async () =>
  departments(await departmentYears()).flatMap((d) =>
    d.years[0] ? [{ params: { slug: d.slug }, props: { latest: d.years[0] } satisfies LatestProps }] : [],
  );

/** getStaticPaths for a page per year, comparing its departments. */
export const yearPaths = async () => {
  const all = await departmentYears();
  return yearsOf(all).map((year) => ({ params: { year: String(year) }, props: { year } }));
};

export interface PartPageProps {
  dy: DepartmentYear;
  part: PartSlug;
  /** Set on table pages. */
  spec?: TableSpec;
}

/** getStaticPaths for every part page of every department-year (overview, table-01 …, checks, compare). */
export const partPaths = async () => {
  const all = await departmentYears();
  return all.flatMap((dy) => {
    const tables = new Map(publishedTables(dy).map((spec) => [tableSlug(spec), spec]));
    return departmentParts(dy, all).map((part) => {
      const spec = tables.get(part);
      return {
        params: { year: String(dy.year), slug: dy.slug, part },
        props: { dy, part, ...(spec ? { spec } : {}) } satisfies PartPageProps,
      };
    });
  });
};
