/** The published PDF a department-year's folder keeps (department.yaml source.document), served from this site. */
import { readFileSync } from "node:fs";
import type { APIRoute } from "astro";
import { originalPdfFile } from "../../../../site/provenance";
import { departmentYearPaths, type DepartmentYearProps } from "../../../../site/routes";

export const getStaticPaths = async () =>
  (await departmentYearPaths()).filter(({ props }) => props.dy.meta.source?.document !== undefined);

export const GET: APIRoute = ({ props }) => {
  const { dy } = props as DepartmentYearProps;
  const file = originalPdfFile(dy)!;
  return new Response(readFileSync(file), { headers: { "Content-Type": "application/pdf" } });
};
