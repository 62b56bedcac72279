/** Each table as CSV: the data CSV's header, exact decimals, UTF-8 with BOM for Excel. */
import type { APIRoute } from "astro";
import { departmentYears } from "../../../../site/data";
import { publishedSpecs, tableCsv, tableOf } from "../../../../site/downloads";
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
  return new Response(tableCsv(tableOf(dy, spec)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
