/**
 * The pages the site generates, for getStaticPaths and the sitemap: one route table. Every page
 * exists in both languages: the zh-CN page files and their /en/ twins call the same functions.
 */
import type { DepartmentYear } from "../budget/load";
import type { TableSpec } from "../budget/profiles/types";
import { useTranslations } from "../i18n";
import { publishedTables, readingOrder } from "./contents";
import { departmentYears } from "./data";
import { departmentYearRoute, homeRoute, tableSlug, type PartSlug } from "./paths";

/** The page parts of a department-year besides its home: its document's parts, the full document, the checks. */
export const departmentParts = (dy: DepartmentYear): PartSlug[] => [
  ...readingOrder(dy, useTranslations("zh-CN")),
  "document",
  "checks",
];

export const allRoutes = (dys: readonly DepartmentYear[]): string[] => [
  homeRoute(),
  ...dys.flatMap((dy) => [
    departmentYearRoute(dy),
    ...departmentParts(dy).map((part) => departmentYearRoute(dy, part)),
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

export interface PartPageProps {
  dy: DepartmentYear;
  part: PartSlug;
  /** Set on table pages. */
  spec?: TableSpec;
}

/** getStaticPaths for every part page of every department-year (overview, table-01 …, checks). */
export const partPaths = async () =>
  (await departmentYears()).flatMap((dy) => {
    const tables = new Map(publishedTables(dy).map((spec) => [tableSlug(spec), spec]));
    return departmentParts(dy).map((part) => {
      const spec = tables.get(part);
      return {
        params: { year: String(dy.year), slug: dy.slug, part },
        props: { dy, part, ...(spec ? { spec } : {}) } satisfies PartPageProps,
      };
    });
  });
