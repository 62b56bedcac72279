/** Each table as JSON: typed rows, amounts as exact decimals and integer counts of the table's smallest printed unit. */
import type { APIRoute } from "astro";
import { departmentYears } from "../../../../site/data";
import { publishedSpecs, tableJson, tableOf } from "../../../../site/downloads";
import { tableSlug } from "../../../../site/paths";
import type { DepartmentYear } from "../../../../budget";
import type { TableSpec } from "../../../../budget";

interface DownloadProps {
  dy: DepartmentYear;
  spec: TableSpec;
}

export const getStaticPaths = async () =>
  (await departmentYears()).flatMap((dy) =>
    publishedSpecs(dy).map((spec) => ({
      params: { year: String(dy.year), slug: dy.slug, table: tableSlug(spec) },
      props: { dy, spec } satisfies DownloadProps,
    })),
  );

export const GET: APIRoute = ({ props }) => {
  const { dy, spec } = props as DownloadProps;
  return new Response(`${JSON.stringify(tableJson(dy, tableOf(dy, spec)), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
