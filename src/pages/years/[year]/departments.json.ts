/** The year's departments compared, as JSON: figures in yuan as exact decimal strings. */
import type { APIRoute } from "astro";
import { siteData } from "../../../site/data";
import { yearPaths } from "../../../site/routes";
import { yearJson } from "../../../site/year-downloads";

export const getStaticPaths = yearPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(
    `${JSON.stringify(yearJson((await siteData()).departmentYears, (props as { year: number }).year), null, 2)}\n`,
    {
      headers: { "Content-Type": "application/json; charset=utf-8" },
    },
  );
