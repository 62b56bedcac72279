/** The department-year as a Frictionless Data Package describing its CSV downloads. */
import type { APIRoute } from "astro";
import { dataPackage } from "../../../../site/downloads";
import { departmentYearRoute } from "../../../../site/paths";
import { departmentYearPaths, type DepartmentYearProps } from "../../../../site/routes";

export const getStaticPaths = departmentYearPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { dy } = props as DepartmentYearProps;
  const homepage = new URL(departmentYearRoute(dy), site ?? "https://budget.example.gov.cn").href;
  return new Response(`${JSON.stringify(dataPackage(dy, homepage), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
