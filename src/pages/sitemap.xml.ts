/** sitemap.xml: every page in both languages, each naming its alternate. */
import type { APIRoute } from "astro";
import { routeTable, sitemapRoutes } from "../site/routes";
import { sitemapXml } from "../site/sitemap";

export const GET: APIRoute = async ({ site }) =>
  new Response(
    sitemapXml(site ?? new URL("https://budget.example.gov.cn"), sitemapRoutes((await routeTable()).pages)),
    {
      headers: { "Content-Type": "application/xml; charset=utf-8" },
    },
  );
