/** Each table as CSV with English headings (and the rows' English names), for the English pages. */
import type { APIRoute } from "astro";
import { tableDownloadPaths, type TableDownloadProps } from "../../../../site/routes";
import { tableCsvEnglish, tableOf } from "../../../../site/downloads";

export const getStaticPaths = tableDownloadPaths;

export const GET: APIRoute = ({ props }) => {
  const { dy, spec } = props as TableDownloadProps;
  return new Response(tableCsvEnglish(dy, tableOf(dy, spec)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
