/** The per-year comparison of departments as CSV (UTF-8 with BOM, for Excel) and JSON. */
import Papa from "papaparse";
import type { DepartmentYear } from "../budget";
import { departmentName } from "./localize";
import { COMPARED_FIGURES, yearOverview, yuanDecimal } from "./year-overview";

const HEADERS: Record<(typeof COMPARED_FIGURES)[number], string> = {
  income: "收入预算（元）",
  expenditure: "支出预算（元）",
  basic: "基本支出（元）",
  project: "项目支出（元）",
  threePublic: "“三公”经费（元）",
  adminCosts: "机关运行经费（元）",
};

export const yearCsv = (dys: readonly DepartmentYear[], year: number): string => {
  const rows = yearOverview(dys, year).map(({ dy, fen }) => [
    dy.slug,
    dy.meta.department,
    dy.kind,
    dy.profile.id,
    ...COMPARED_FIGURES.map((id) => (fen[id] === undefined ? "" : yuanDecimal(fen[id]))),
  ]);
  const header = ["部门代号", "部门", "类型", "格式", ...COMPARED_FIGURES.map((id) => HEADERS[id])];
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: "\r\n", escapeFormulae: true })}\r\n`;
};

export const yearJson = (dys: readonly DepartmentYear[], year: number) => ({
  year,
  unit: "元",
  departments: yearOverview(dys, year).map(({ dy, fen }) => {
    const en = departmentName(dy, "en");
    return {
      slug: dy.slug,
      department: { zh: dy.meta.department, ...(en.fallback ? {} : { en: en.text }) },
      kind: dy.kind,
      profile: dy.profile.id,
      figures: Object.fromEntries(
        COMPARED_FIGURES.filter((id) => fen[id] !== undefined).map((id) => [id, yuanDecimal(fen[id] ?? 0)]),
      ),
    };
  }),
});
