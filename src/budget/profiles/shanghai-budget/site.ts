/** The Shanghai department-year's charts: the home page's four and those beside tables 3, 5, 8 and 9. */
import type { ChartSpec } from "../types";

const byFunction = (table: string): ChartSpec => ({
  kind: "classes",
  table,
  column: "total",
  classification: "function",
});
const threePublic: ChartSpec = {
  kind: "columns",
  table: "table09",
  id: "three-public",
  title: "chart.threePublic",
  columns: ["abroad", "reception", "vehiclePurchase", "vehicleOperation"],
};

export const SHANGHAI_CHARTS = {
  home: [
    byFunction("table03"),
    {
      kind: "columns",
      table: "table03",
      id: "basic-vs-project",
      title: "chart.basicVsProject",
      columns: ["basic", "project"],
    },
    {
      kind: "columns",
      table: "table02",
      id: "income-by-source",
      title: "chart.incomeBySource",
      columns: ["fiscal", "operating", "business", "other"],
    },
    threePublic,
  ],
  tables: {
    table03: [byFunction("table03")],
    table05: [byFunction("table05")],
    table08: [{ kind: "classes", table: "table08", column: "total", classification: "economic" }],
    table09: [threePublic],
  },
} as const satisfies { home: readonly ChartSpec[]; tables: Record<string, readonly ChartSpec[]> };
