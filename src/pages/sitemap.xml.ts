/** sitemap.xml: every page in both languages, each naming its alternate. */
import type { APIRoute } from "astro";
import { departmentYears } from "../site/data";
import { allRoutes } from "../site/routes";
import { sitemapXml } from "../site/sitemap";

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(site ?? new URL("https://budget.example.gov.cn"), allRoutes(await departmentYears())), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
