/**
 * Every download of the site (src/site/routes.ts lists them): each table as CSV (the data CSV's
 * header, exact decimals, UTF-8 with BOM for Excel), as CSV with English headings and row names,
 * and as JSON (typed rows, amounts as exact decimals and integer counts of the table's smallest
 * printed unit); each department-year as a Frictionless Data Package describing its CSVs, and the
 * published PDF its folder keeps; each year's departments compared, as CSV and JSON.
 */
import type { APIRoute } from "astro";
import { dataPackage, tableCsv, tableCsvEnglish, tableJson, tableOf } from "../site/downloads";
import { siteData } from "../site/data";
import { departmentYearRoute } from "../site/paths";
import { originalPdfBytes } from "../site/provenance";
import { restParam, routeTable, type Download } from "../site/routes";
import { yearCsv, yearJson } from "../site/year-downloads";

export const getStaticPaths = async () =>
  (await routeTable()).downloads.map((download) => ({
    params: { download: restParam(download.path) },
    props: { download },
  }));

const CSV = { "Content-Type": "text/csv; charset=utf-8" };
const JSON_TYPE = { "Content-Type": "application/json; charset=utf-8" };
const json = (value: unknown): Response => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: JSON_TYPE });

export const GET: APIRoute = async ({ props, site }) => {
  const { download } = props as { download: Download };
  switch (download.kind) {
    case "csv":
      return new Response(tableCsv(tableOf(download.dy, download.spec)), { headers: CSV });
    case "en.csv":
      return new Response(tableCsvEnglish(download.dy, tableOf(download.dy, download.spec)), { headers: CSV });
    case "json":
      return json(tableJson(download.dy, tableOf(download.dy, download.spec)));
    case "datapackage": {
      const homepage = new URL(departmentYearRoute(download.dy), site ?? "https://budget.example.gov.cn").href;
      return json(dataPackage(download.dy, homepage));
    }
    case "original":
      return new Response(originalPdfBytes(download.dy), { headers: { "Content-Type": "application/pdf" } });
    case "year.csv":
      return new Response(yearCsv((await siteData()).departmentYears, download.year), { headers: CSV });
    case "year.json":
      return json(yearJson((await siteData()).departmentYears, download.year));
  }
};
