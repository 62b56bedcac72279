/** Each table as JSON: typed rows, amounts as exact decimals and integer hundredths of 万元. */
import type { APIRoute } from "astro";
import { departmentYears } from "../../../../site/data";
import { PUBLISHED_SPECS, tableJson, tableOf } from "../../../../site/downloads";
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
  return new Response(`${JSON.stringify(tableJson(dy, tableOf(dy, spec)), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
