/** Each table as JSON: typed rows, amounts as exact decimals and integer counts of the table's smallest printed unit. */
import type { APIRoute } from "astro";
import { tableDownloadPaths, type TableDownloadProps } from "../../../../site/routes";
import { tableJson, tableOf } from "../../../../site/downloads";

export const getStaticPaths = tableDownloadPaths;

export const GET: APIRoute = ({ props }) => {
  const { dy, spec } = props as TableDownloadProps;
  return new Response(`${JSON.stringify(tableJson(dy, tableOf(dy, spec)), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
