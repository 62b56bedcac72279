/** The year's departments compared, as CSV (UTF-8 with BOM for Excel). */
import type { APIRoute } from "astro";
import { siteData } from "../../../site/data";
import { yearPaths } from "../../../site/routes";
import { yearCsv } from "../../../site/year-downloads";

export const getStaticPaths = yearPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(yearCsv((await siteData()).departmentYears, (props as { year: number }).year), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
