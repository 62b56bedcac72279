/** robots.txt pointing crawlers to the sitemap (its address depends on SITE_URL). */
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap.xml", site ?? "https://budget.example.gov.cn").href}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
