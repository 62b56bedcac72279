/** Each table as CSV: the data CSV's header, exact decimals, UTF-8 with BOM for Excel. */
import type { APIRoute } from "astro";
import { departmentYears } from "../../../../site/data";
import { PUBLISHED_SPECS, tableCsv, tableOf } from "../../../../site/downloads";
import type { TablePageProps } from "../../../../site/routes";
import { tableSlug } from "../../../../site/paths";

export const getStaticPaths = async () =>
  (await departmentYears()).flatMap((dy) =>
    PUBLISHED_SPECS.map((spec) => ({
      params: { year: String(dy.year), slug: dy.slug, table: tableSlug(spec) },
      props: { dy, spec } satisfies TablePageProps,
    })),
  );

export const GET: APIRoute = ({ props }) => {
  const { dy, spec } = props as TablePageProps;
  return new Response(tableCsv(tableOf(dy, spec)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
