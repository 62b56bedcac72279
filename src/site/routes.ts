/**
 * The pages the site generates, for getStaticPaths and the sitemap. Every page exists in both
 * languages: the zh-CN page files and their /en/ twins call the same functions.
 */
import type { DepartmentYear } from "../budget/load";
import { TABLES, type TableSpec } from "../budget/registry/tables";
import { departmentYears } from "./data";
import { departmentYearRoute, homeRoute, tableSlug, type PartSlug } from "./paths";

/** The page parts every department-year has, besides its home. */
export const DEPARTMENT_PARTS: readonly PartSlug[] = [
  "overview",
  ...TABLES.map((spec) => tableSlug(spec) as PartSlug),
  "explanation",
  "glossary",
  "document",
  "checks",
];

export const allRoutes = (dys: readonly DepartmentYear[]): string[] => [
  homeRoute(),
  ...dys.flatMap((dy) => [departmentYearRoute(dy), ...DEPARTMENT_PARTS.map((part) => departmentYearRoute(dy, part))]),
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

export interface TablePageProps {
  dy: DepartmentYear;
  spec: TableSpec;
}

/** getStaticPaths for one page per table per department-year (table-01 … table-12). */
export const tablePaths = async () =>
  (await departmentYears()).flatMap((dy) =>
    TABLES.map((spec) => ({
      params: { year: String(dy.year), slug: dy.slug, table: tableSlug(spec) },
      props: { dy, spec } satisfies TablePageProps,
    })),
  );
