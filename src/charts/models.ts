/**
 * What each chart shows, shaped from the same loaded department-year the tables render (no
 * second copy of the data). A model is plain data: the page embeds it as JSON and the chart
 * script draws it; its summary sentence is also the canvas's accessible name.
 */
import type { DepartmentYear } from "../budget/load";
import { cents, sum, type Cents } from "../budget/money";
import { tableById, type ColumnSpec, type TableId } from "../budget/registry/tables";
import type { BudgetRow } from "../budget/table-loader";
import { yearChange } from "../budget/profiles/guangzhou-budget/explanation-text";
import type { Locale } from "../i18n";
import { translate } from "../i18n";
import { formatMoney } from "../site/format";
import { rowName } from "../site/localize";
import { formatTenths, sharesInTenths } from "./shares";

export type ChartKind = "doughnut" | "bar" | "rankedBar" | "groupedBar";

export interface ChartSeries {
  label: string;
  /** Bar lengths in 万元; only ever drawn, never summed or printed. */
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
  /** One sentence stating the main message; shown under the chart and read by screen readers. */
  summary: string;
  /** Table this chart pictures (the chart never replaces it). */
  table: TableId;
  locale: Locale;
}

interface Part {
  label: string;
  value: Cents;
}

const drawn = (value: Cents): number => value / 100;

const listFormatter = (locale: Locale) =>
  new Intl.ListFormat(locale === "en" ? "en" : "zh-CN", { style: "long", type: "conjunction" });

/** "一般公共服务支出6,339.07万元，占87.2%" joined into one sentence, largest first. */
const shareSummary = (intro: string, parts: Part[], shares: number[], locale: Locale): string => {
  const items = parts.map((p, i) =>
    translate(locale, "chart.shareItem", {
      label: p.label,
      amount: formatMoney(p.value, locale),
      share: formatTenths(shares[i] ?? 0, locale === "en" ? "en" : "zh-CN"),
    }),
  );
  return `${intro}${listFormatter(locale).format(items)}${translate(locale, "chart.sentenceEnd")}`;
};

/** A share chart (doughnut, or bars when there are many parts); undefined when nothing is spent. */
const shareChart = (
  id: string,
  title: string,
  table: TableId,
  parts: Part[],
  locale: Locale,
): ChartModel | undefined => {
  const shown = parts.filter((p) => p.value > 0).sort((a, b) => b.value - a.value);
  if (shown.length < 2) return undefined;
  const shares = sharesInTenths(shown.map((p) => p.value));
  return {
    id,
    kind: shown.length <= 6 ? "doughnut" : "bar",
    title,
    labels: shown.map((p) => p.label),
    series: [
      {
        label: translate(locale, "chart.amount"),
        values: shown.map((p) => drawn(p.value)),
        formatted: shown.map((p) => formatMoney(p.value, locale)),
      },
    ],
    shares,
    summary: shareSummary(translate(locale, "chart.summaryIntro", { title }), shown, shares, locale),
    table,
    locale,
  };
};

const totalRow = (rows: readonly BudgetRow[]): BudgetRow | undefined => rows.find((r) => r.role === "total");

const amountOf = (row: BudgetRow | undefined, key: string): Cents => row?.amounts[key] ?? cents(0);

const label = (column: ColumnSpec, locale: Locale): string => (locale === "en" ? column.label.en : column.label.zh);

/** Top-level rows (function or economic classes) of a classified table. */
const classParts = (dy: DepartmentYear, id: TableId, column: string, locale: Locale): Part[] => {
  const spec = tableById(id);
  return dy.tables[id].rows
    .filter((r) => r.role === "item" && r.depth === 1)
    .map((r) => ({ label: rowName(dy, spec, r, locale).text, value: amountOf(r, column) }));
};

/** Amount columns of a total row as parts, e.g. 表3's 基本支出 and 项目支出. */
const columnParts = (dy: DepartmentYear, id: TableId, keys: readonly string[], locale: Locale): Part[] => {
  const spec = tableById(id);
  const total = totalRow(dy.tables[id].rows);
  return spec.columns
    .filter((c) => keys.includes(c.key))
    .map((c) => ({ label: label(c, locale), value: amountOf(total, c.key) }));
};

const T = (locale: Locale, key: Parameters<typeof translate>[1]): string => translate(locale, key);

export const functionClassChart = (dy: DepartmentYear, id: "table03" | "table05", locale: Locale) =>
  shareChart(
    `${id}-by-function`,
    T(locale, "chart.byFunction"),
    id,
    classParts(dy, id, id === "table03" ? "total" : "subtotal", locale),
    locale,
  );

export const economicClassChart = (dy: DepartmentYear, id: "table06" | "table07", locale: Locale) =>
  shareChart(`${id}-by-economic`, T(locale, "chart.byEconomic"), id, classParts(dy, id, "amount", locale), locale);

export const basicVsProjectChart = (dy: DepartmentYear, locale: Locale) =>
  shareChart(
    "basic-vs-project",
    T(locale, "chart.basicVsProject"),
    "table03",
    columnParts(
      dy,
      "table03",
      ["basic", "project", "business", "affiliateSubsidy", "remitToSuperior", "carryForward"],
      locale,
    ),
    locale,
  );

/** Income by source: every 表2 column of its 合计 row except the total itself. */
export const incomeSourceChart = (dy: DepartmentYear, locale: Locale) => {
  const keys = tableById("table02")
    .columns.filter((c) => c.type === "money" && c.key !== "total")
    .map((c) => c.key);
  return shareChart(
    "income-by-source",
    T(locale, "chart.incomeBySource"),
    "table02",
    columnParts(dy, "table02", keys, locale),
    locale,
  );
};

/** The "three public" expenses by their leaf items (表8). */
export const threePublicChart = (dy: DepartmentYear, locale: Locale) => {
  const spec = tableById("table08");
  const leaves = ["abroad", "vehiclePurchase", "vehicleOperation", "reception"];
  const parts = dy.tables.table08.rows
    .filter((r) => r.item !== undefined && leaves.includes(r.item))
    .map((r) => ({
      label: (locale === "en" ? spec.items?.find((i) => i.key === r.item)?.label.en : undefined) ?? r.name,
      value: amountOf(r, "total"),
    }));
  return shareChart("three-public", T(locale, "chart.threePublic"), "table08", parts, locale);
};

/** 表12's projects ranked by amount, as horizontal bars (long names stay readable on a phone). */
export const projectRankingChart = (dy: DepartmentYear, locale: Locale): ChartModel | undefined => {
  const spec = tableById("table12");
  const projects = dy.tables.table12.rows
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
        values: projects.map((p) => drawn(amountOf(p, "total"))),
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
  dy: DepartmentYear,
  keys: readonly ComparedFact[],
  id: string,
  table: TableId,
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
    values: rows.map((r) => drawn(r.change[which])),
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
    locale,
  };
};

const present = (models: (ChartModel | undefined)[]): ChartModel[] =>
  models.filter((m): m is ChartModel => m !== undefined);

/** Charts on the department-year home page. */
export const homeCharts = (dy: DepartmentYear, locale: Locale): ChartModel[] =>
  present([
    functionClassChart(dy, "table03", locale),
    basicVsProjectChart(dy, locale),
    incomeSourceChart(dy, locale),
    threePublicChart(dy, locale),
    yearOverYearChart(dy, ["income", "expenditure"], "year-over-year", "table01", locale),
  ]);

/** Charts beside a table on its own page. */
export const tableCharts = (dy: DepartmentYear, id: TableId, locale: Locale): ChartModel[] => {
  switch (id) {
    case "table03":
    case "table05":
      return present([functionClassChart(dy, id, locale)]);
    case "table06":
    case "table07":
      return present([economicClassChart(dy, id, locale)]);
    case "table08":
      return present([
        threePublicChart(dy, locale),
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
