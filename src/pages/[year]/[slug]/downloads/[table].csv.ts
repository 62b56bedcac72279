/** Each table as CSV: the data CSV's header, exact decimals, UTF-8 with BOM for Excel. */
import type { APIRoute } from "astro";
import { tableDownloadPaths, type TableDownloadProps } from "../../../../site/routes";
import { tableCsv, tableOf } from "../../../../site/downloads";

export const getStaticPaths = tableDownloadPaths;

export const GET: APIRoute = ({ props }) => {
  const { dy, spec } = props as TableDownloadProps;
  return new Response(tableCsv(tableOf(dy, spec)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
