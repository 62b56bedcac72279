/**
 * What each chart shows, shaped from the same loaded department-year the tables render (no
 * second copy of the data). A model is plain data: the page embeds it as JSON and the chart
 * script draws it; its summary sentence is also the canvas's accessible name.
 */
import type { DepartmentYear } from "../budget";
import { cents, decimalsOf, formatMoney, formatTenths, sum, unitWord, type Cents } from "../budget";
import { isGuangzhou, type GuangzhouDepartmentYear } from "../budget";
import type { ChartSpec } from "../budget";
import { yearChange } from "../budget";
import type { ColumnSpec, TableSpec } from "../budget";
import type { BudgetRow, BudgetTable } from "../budget";
import type { Locale } from "../i18n";
import { translate } from "../i18n";
import { departmentName, rowName } from "../site/localize";
import { FEN, type DepartmentFigures } from "../site/year-overview";
import { sharesInTenths } from "../site/shares";

export type ChartKind = "doughnut" | "bar" | "rankedBar" | "groupedBar";

export interface ChartSeries {
  label: string;
  /** Bar lengths in the chart's unit; only ever drawn, never summed or printed. */
  values: number[];
  /** The exact figures as printed, for tooltips and data labels. */
  formatted: string[];
}

export interface ChartModel {
  /** Unique on its page; also the element id. */
  id: string;
  kind: ChartKind;
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** Shares in tenths of a percent, adding to 1000 (share charts only). */
  shares?: number[];
  /** The same as the page writes them ("22.7%"), for the legend and tooltips. */
  shareTexts?: string[];
  /** One sentence stating the main message; shown under the chart and read by screen readers. */
  summary: string;
  /** Table this chart pictures (the chart never replaces it): its id in the profile. */
  table: string;
  /** The unit the figures are printed in (the table's), and the decimals printed. */
  unit: "万元" | "元";
  decimals: number;
  /** The table column the chart draws, where it draws one column of several rows. */
  column?: string;
  locale: Locale;
}

interface Part {
  label: string;
  value: Cents;
}

/** A figure of the table's smallest unit (10^scale 元) as a bar length in the table's own unit. */
const drawn = (value: Cents, scale: number): number => (value * 10 ** scale) / 10 ** (scale > 0 ? 4 : 0);

const tableIn = (dy: DepartmentYear, id: string): BudgetTable | undefined =>
  (dy.tables as Record<string, BudgetTable | undefined>)[id];

const listFormatter = (locale: Locale) =>
  new Intl.ListFormat(locale === "en" ? "en" : "zh-CN", { style: "long", type: "conjunction" });

/** "一般公共服务支出6,339.07万元，占87.2%" joined into one sentence, largest first. */
const shareSummary = (intro: string, parts: Part[], shares: number[], scale: number, locale: Locale): string => {
  const items = parts.map((p, i) =>
    translate(locale, unitWord(scale) === "元" ? "chart.shareItemYuan" : "chart.shareItem", {
      label: p.label,
      amount: formatMoney(p.value, locale, scale),
      share: formatTenths(shares[i] ?? 0, locale),
    }),
  );
  return `${intro}${listFormatter(locale).format(items)}${translate(locale, "chart.sentenceEnd")}`;
};

/** A share chart (doughnut, or bars when there are many parts); undefined when nothing is spent. */
const shareChart = (
  id: string,
  title: string,
  table: BudgetTable,
  parts: Part[],
  locale: Locale,
  column?: string,
): ChartModel | undefined => {
  const shown = parts.filter((p) => p.value > 0).sort((a, b) => b.value - a.value);
  if (shown.length < 2) return undefined;
  const shares = sharesInTenths(shown.map((p) => p.value));
  const unit = unitWord(table.scale);
  return {
    id,
    kind: shown.length <= 6 ? "doughnut" : "bar",
    title,
    labels: shown.map((p) => p.label),
    series: [
      {
        label: translate(locale, unit === "元" ? "chart.amountYuan" : "chart.amount"),
        values: shown.map((p) => drawn(p.value, table.scale)),
        formatted: shown.map((p) => formatMoney(p.value, locale, table.scale)),
      },
    ],
    shares,
    shareTexts: shares.map((share) => formatTenths(share, locale)),
    summary: shareSummary(translate(locale, "chart.summaryIntro", { title }), shown, shares, table.scale, locale),
    table: table.spec.id,
    unit,
    decimals: decimalsOf(table.scale),
    ...(column !== undefined ? { column } : {}),
    locale,
  };
};

const totalRow = (rows: readonly BudgetRow[]): BudgetRow | undefined => rows.find((r) => r.role === "total");

const amountOf = (row: BudgetRow | undefined, key: string): Cents => row?.amounts[key] ?? cents(0);

const label = (column: ColumnSpec, locale: Locale): string => (locale === "en" ? column.label.en : column.label.zh);

/** Top-level rows (function or economic classes) of a classified table. */
const classParts = (dy: DepartmentYear, table: BudgetTable, column: string, locale: Locale): Part[] =>
  table.rows
    .filter((r) => r.role === "item" && r.depth === 1)
    .map((r) => ({ label: rowName(dy, table.spec, r, locale).text, value: amountOf(r, column) }));

/** Amount columns of a row (the 合计 row, or a record table's one row) as parts. */
const columnParts = (table: BudgetTable, row: BudgetRow | undefined, keys: readonly string[], locale: Locale): Part[] =>
  table.columns
    .filter((c) => keys.includes(c.key))
    .map((c) => ({ label: label(c, locale), value: amountOf(row, c.key) }));

const T = (locale: Locale, key: Parameters<typeof translate>[1]): string => translate(locale, key);

/** A share chart of a classified table's classes, e.g. 表3 by function class. */
const classChart = (dy: DepartmentYear, id: string, column: string, kind: "function" | "economic", locale: Locale) => {
  const table = tableIn(dy, id);
  if (!table) return undefined;
  const suffix = kind === "function" ? "by-function" : "by-economic";
  const title = T(locale, kind === "function" ? "chart.byFunction" : "chart.byEconomic");
  return shareChart(`${id}-${suffix}`, title, table, classParts(dy, table, column, locale), locale, column);
};

/** A share chart of a row's columns, e.g. 表3's 基本支出 and 项目支出 on its 合计 row. */
const columnChart = (
  dy: DepartmentYear,
  id: string,
  chartId: string,
  titleKey: Parameters<typeof translate>[1],
  keys: readonly string[],
  locale: Locale,
) => {
  const table = tableIn(dy, id);
  if (!table) return undefined;
  const row = table.spec.model === "record" ? table.rows[0] : totalRow(table.rows);
  return shareChart(chartId, T(locale, titleKey), table, columnParts(table, row, keys, locale), locale);
};

/** The "three public" expenses by their leaf items (广州 表8). */
const guangzhouThreePublicChart = (dy: GuangzhouDepartmentYear, locale: Locale) => {
  const table = dy.tables.table08;
  if (!table) return undefined;
  const leaves = ["abroad", "vehiclePurchase", "vehicleOperation", "reception"];
  const parts = table.rows
    .filter((r) => r.item !== undefined && leaves.includes(r.item))
    .map((r) => ({
      label: (locale === "en" ? table.spec.items?.find((i) => i.key === r.item)?.label.en : undefined) ?? r.name,
      value: amountOf(r, "total"),
    }));
  return shareChart("three-public", T(locale, "chart.threePublic"), table, parts, locale, "total");
};

/** 表12's projects ranked by amount, as horizontal bars (long names stay readable on a phone). */
export const projectRankingChart = (dy: GuangzhouDepartmentYear, locale: Locale): ChartModel | undefined => {
  const table = dy.tables.table12;
  if (!table) return undefined;
  const spec: TableSpec = table.spec;
  const projects = table.rows
    .filter((r) => r.role === "detail" && amountOf(r, "total") > 0)
    .sort((a, b) => amountOf(b, "total") - amountOf(a, "total"));
  if (projects.length < 2) return undefined;
  const total = sum(projects.map((p) => amountOf(p, "total")));
  const top = projects[0];
  const topName = top ? rowName(dy, spec, top, locale) : undefined;
  const title = T(locale, "chart.projects");
  return {
    id: "projects-ranked",
    kind: "rankedBar",
    title,
    labels: projects.map((p) => rowName(dy, spec, p, locale).text),
    series: [
      {
        label: translate(locale, "chart.amount"),
        values: projects.map((p) => drawn(amountOf(p, "total"), table.scale)),
        formatted: projects.map((p) => formatMoney(amountOf(p, "total"), locale)),
      },
    ],
    // A name without English stays out of the English sentence: the sentence is also the canvas's
    // aria-label, where Chinese cannot be marked lang="zh-CN".
    summary: translate(locale, topName?.fallback ? "chart.projectsSummaryUnnamed" : "chart.projectsSummary", {
      count: projects.length,
      total: formatMoney(total, locale),
      top: topName?.text ?? "",
      topAmount: formatMoney(amountOf(top, "total"), locale),
    }),
    table: "table12",
    unit: "万元",
    decimals: 2,
    column: "total",
    locale,
  };
};

type ComparedFact = "income" | "expenditure" | "three_public" | "abroad" | "vehicles" | "reception" | "admin_costs";

const FACT_LABELS: Record<ComparedFact, Parameters<typeof translate>[1]> = {
  income: "chart.fact.income",
  expenditure: "chart.fact.expenditure",
  three_public: "chart.fact.threePublic",
  abroad: "chart.fact.abroad",
  vehicles: "chart.fact.vehicles",
  reception: "chart.fact.reception",
  admin_costs: "chart.fact.adminCosts",
};

/** This year against the previous year, for the figures the 情况说明 states both of. */
export const yearOverYearChart = (
  dy: GuangzhouDepartmentYear,
  keys: readonly ComparedFact[],
  id: string,
  table: string,
  locale: Locale,
): ChartModel | undefined => {
  const facts = dy.explanation.facts;
  const rows = keys.map((key) => {
    const fact = facts[key];
    const prior = cents(fact.amount.value - fact.change.value);
    return { key, label: T(locale, FACT_LABELS[key]), change: yearChange(fact.amount.value, prior) };
  });
  if (rows.every((r) => r.change.current === 0 && r.change.prior === 0)) return undefined;
  const year = dy.year;
  const series = (which: "prior" | "current", y: number): ChartSeries => ({
    label: translate(locale, "chart.yearLabel", { year: y }),
    values: rows.map((r) => drawn(r.change[which], 2)),
    formatted: rows.map((r) => formatMoney(r.change[which], locale)),
  });
  const changes = rows.map((r) =>
    translate(locale, r.change.change === 0 ? "chart.yoySame" : r.change.change > 0 ? "chart.yoyUp" : "chart.yoyDown", {
      label: r.label,
      amount: formatMoney(cents(Math.abs(r.change.change)), locale),
    }),
  );
  return {
    id,
    kind: "groupedBar",
    title: translate(locale, "chart.yoyTitle", { year, prior: year - 1 }),
    labels: rows.map((r) => r.label),
    series: [series("prior", year - 1), series("current", year)],
    summary: `${translate(locale, "chart.yoyIntro", { year, prior: year - 1 })}${changes.join(translate(locale, "chart.clauseSeparator"))}${translate(locale, "chart.sentenceEnd")}`,
    table,
    unit: "万元",
    decimals: 2,
    column: "total",
    locale,
  };
};

const present = (models: (ChartModel | undefined)[]): ChartModel[] =>
  models.filter((m): m is ChartModel => m !== undefined);

const GUANGZHOU_BASIC_PROJECT = ["basic", "project", "business", "affiliateSubsidy", "remitToSuperior", "carryForward"];

/** Income by source: every 表2 column of its 合计 row except the total itself. */
const incomeSourceKeys = (dy: DepartmentYear, id: string): string[] =>
  (tableIn(dy, id)?.columns ?? []).filter((c) => c.type === "money" && c.key !== "total").map((c) => c.key);

/** Charts a profile describes as data (every profile but Guangzhou's, whose charts read its facts). */
const chartsOf = (dy: DepartmentYear, specs: readonly ChartSpec[], locale: Locale): ChartModel[] =>
  present(
    specs.map((s) =>
      s.kind === "classes"
        ? classChart(dy, s.table, s.column, s.classification, locale)
        : columnChart(dy, s.table, s.id, s.title as Parameters<typeof translate>[1], s.columns, locale),
    ),
  );

/** Charts on the department-year home page. */
export const homeCharts = (dy: DepartmentYear, locale: Locale): ChartModel[] =>
  isGuangzhou(dy)
    ? present([
        classChart(dy, "table03", "total", "function", locale),
        columnChart(dy, "table03", "basic-vs-project", "chart.basicVsProject", GUANGZHOU_BASIC_PROJECT, locale),
        columnChart(dy, "table02", "income-by-source", "chart.incomeBySource", incomeSourceKeys(dy, "table02"), locale),
        guangzhouThreePublicChart(dy, locale),
        yearOverYearChart(dy, ["income", "expenditure"], "year-over-year", "table01", locale),
      ])
    : chartsOf(dy, dy.profile.charts?.home ?? [], locale);

/** Charts beside a table on its own page. */
export const tableCharts = (dy: DepartmentYear, id: string, locale: Locale): ChartModel[] => {
  if (!isGuangzhou(dy)) return chartsOf(dy, dy.profile.charts?.tables[id] ?? [], locale);
  switch (id) {
    case "table03":
      return present([classChart(dy, id, "total", "function", locale)]);
    case "table05":
      return present([classChart(dy, id, "subtotal", "function", locale)]);
    case "table06":
    case "table07":
      return present([classChart(dy, id, "amount", "economic", locale)]);
    case "table08":
      return present([
        guangzhouThreePublicChart(dy, locale),
        yearOverYearChart(
          dy,
          ["three_public", "abroad", "vehicles", "reception"],
          "three-public-yoy",
          "table08",
          locale,
        ),
      ]);
    case "table12":
      return present([projectRankingChart(dy, locale)]);
    default:
      return [];
  }
};

/** How many departments the per-year ranking draws: a long tail is in the table right below. */
export const RANKED_DEPARTMENTS = 10;

/** A year's departments by planned expenditure, largest first (the year page; figures in 元). */
export const departmentRankingChart = (rows: readonly DepartmentFigures[], locale: Locale): ChartModel | undefined => {
  const ranked = rows
    .flatMap((row) =>
      row.fen.expenditure !== undefined && row.fen.expenditure > 0 ? [{ ...row, fen: row.fen.expenditure }] : [],
    )
    .sort((a, b) => b.fen - a.fen)
    .slice(0, RANKED_DEPARTMENTS);
  const top = ranked[0];
  if (!top || ranked.length < 2) return undefined;
  const names = ranked.map((row) => departmentName(row.dy, locale));
  const topName = names[0];
  // A bureau's 单位预算 can carry the bureau's own name: say which bar is the unit's.
  const labels = names.map((name, i) =>
    ranked[i]?.dy.kind === "单位预算" && names.some((other, j) => j !== i && other.text === name.text)
      ? translate(locale, "chart.unitBudgetLabel", { name: name.text })
      : name.text,
  );
  return {
    id: "departments-ranked",
    kind: "rankedBar",
    title: T(locale, "chart.departments"),
    labels,
    series: [
      {
        label: T(locale, "chart.fact.expenditure"),
        values: ranked.map((row) => row.fen / 100),
        formatted: ranked.map((row) => formatMoney(row.fen, locale, FEN)),
      },
    ],
    // As for projects: a name without English stays out of the English sentence (the canvas's name).
    summary: translate(locale, topName?.fallback ? "chart.departmentsSummaryUnnamed" : "chart.departmentsSummary", {
      count: ranked.length,
      top: topName?.text ?? "",
      topAmount: formatMoney(top.fen, locale, FEN),
    }),
    table: "departments",
    unit: "元",
    decimals: 2,
    column: "expenditure",
    locale,
  };
};
