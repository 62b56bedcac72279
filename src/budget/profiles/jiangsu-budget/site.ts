/**
 * How the site shows a Jiangsu department-year: its four printed parts (部门概况, the tables, 情况说明,
 * 名词解释), the figures a reader looks for first and the charts, all read from the profile's data.
 */
import { bi } from "../../i18n-text";
import type { ChartSpec, KeyFigureSpec, PrintedParts } from "../types";
import type { JiangsuExplanation, JiangsuMeta } from "./schema";

export const jiangsuPrintedParts = ({
  meta,
  explanation,
}: {
  meta: JiangsuMeta;
  explanation: JiangsuExplanation;
}): PrintedParts => ({
  parts: [
    {
      kind: "text",
      text: {
        key: "overview",
        heading: meta.overview.heading,
        sections: meta.overview.sections,
        label: bi("部门概况", "Department overview"),
      },
    },
    { kind: "tables", label: bi("部门预算表", "Budget tables") },
    {
      kind: "text",
      text: {
        key: "explanation",
        heading: explanation.heading,
        sections: explanation.sections,
        label: bi("部门预算情况说明", "Budget explanation"),
      },
    },
    { kind: "glossary", label: bi("名词解释", "Glossary") },
  ],
  contents: meta.contents.map((c) => c.part),
});

const record = { record: true } as const;

/**
 * 表1 prints 收入合计 on the line its function list names 支出合计 (rows are named by that list),
 * so both totals are read from that line.
 */
export const JIANGSU_KEY_FIGURES: readonly KeyFigureSpec<JiangsuExplanation>[] = [
  { id: "income", table: "table01", row: { line: ["支出合计"] }, column: "incomeAmount" },
  {
    id: "expenditure",
    table: "table01",
    row: { line: ["支出合计"] },
    column: "functionAmount",
    change: (e) => e.facts.total?.change?.value,
  },
  { id: "basic", table: "table03", row: record, column: "basic", shareOf: { row: record, column: "total" } },
  { id: "project", table: "table03", row: record, column: "project", shareOf: { row: record, column: "total" } },
  { id: "threePublic", table: "table09", row: record, column: "threePublic" },
  { id: "adminCosts", table: "table11", row: { total: true }, column: "amount" },
];

const byFunction = (table: string): ChartSpec => ({
  kind: "classes",
  table,
  column: "amount",
  classification: "function",
});
const byEconomic = (table: string): ChartSpec => ({
  kind: "classes",
  table,
  column: "amount",
  classification: "economic",
});
const byPurpose: ChartSpec = {
  kind: "columns",
  table: "table03",
  id: "by-purpose",
  title: "chart.byPurpose",
  columns: ["basic", "project", "reserve"],
};
const threePublic: ChartSpec = {
  kind: "columns",
  table: "table09",
  id: "three-public",
  title: "chart.threePublic",
  columns: ["abroad", "reception", "vehiclePurchase", "vehicleOperation"],
};

export const JIANGSU_CHARTS = {
  home: [byFunction("table05"), byPurpose, threePublic],
  tables: {
    table03: [byPurpose],
    table05: [byFunction("table05")],
    table06: [byEconomic("table06")],
    table07: [byFunction("table07")],
    table08: [byEconomic("table08")],
    table09: [threePublic],
  },
} as const satisfies { home: readonly ChartSpec[]; tables: Record<string, readonly ChartSpec[]> };
