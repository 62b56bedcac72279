/** The published PDF a department-year's folder keeps (department.yaml source.document), served from this site. */
import type { APIRoute } from "astro";
import { originalPdfBytes } from "../../../../site/provenance";
import { departmentYearPaths, type DepartmentYearProps } from "../../../../site/routes";

export const getStaticPaths = async () =>
  (await departmentYearPaths()).filter(({ props }) => props.dy.meta.source?.document !== undefined);

export const GET: APIRoute = ({ props }) => {
  const { dy } = props as DepartmentYearProps;
  return new Response(originalPdfBytes(dy), { headers: { "Content-Type": "application/pdf" } });
};
