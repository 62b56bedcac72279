/**
 * The plain-language summary at the top of a department-year's home: what the department plans to
 * spend, how that compares with last year as the document states it, how it splits into basic and
 * project spending, and where most of it goes. Every figure is the tables' own; the readable
 * magnitude ("约1.90亿元", "about 189.8 million yuan") is shown beside the exact figure, never
 * instead of it.
 */
import type { DepartmentYear } from "../budget";
import { formatRounded, formatShare, formatTenths, isGuangzhou, isShanghai } from "../budget";
import type { BudgetTable } from "../budget";
import { translate, type Locale } from "../i18n";
import { exactAmount, perHeadAmount, readableBeside } from "./amount-text";
import { keyFigures } from "./key-figures";
import { rowName } from "./localize";
import { sharesInTenths } from "./shares";

/** The stated change of total spending, where the document states one against last year's budget. */
const statedChange = (dy: DepartmentYear): { change: number; year: number } | undefined => {
  if (isGuangzhou(dy)) return { change: dy.explanation.facts.expenditure.change.value, year: dy.year - 1 };
  if (!isShanghai(dy)) {
    // Profiles that describe their key figures as data say which stated change is the total's.
    const stated = keyFigures(dy).find((f) => f.id === "expenditure")?.change;
    return stated?.basis ? { change: stated.change, year: stated.basis.year } : undefined;
  }
  const facts = dy.explanation.facts;
  const fact = facts.fiscal_expenditure;
  const basis = /^(\d{4})年预算$/.exec(fact?.compared_with ?? facts.compared_with ?? "");
  // Shanghai states the change of appropriated spending; it is the total's only where the two are one.
  const total = keyFigures(dy).find((f) => f.id === "expenditure");
  if (!fact?.change || !basis || !total || total.scale > 2) return undefined;
  const factor = 10 ** (2 - total.scale);
  const totalInHundredthsOfWanyuan = Math.round(total.value / factor);
  if (totalInHundredthsOfWanyuan !== fact.amount.value) return undefined;
  return { change: fact.change.value, year: Number(basis[1]) };
};

/**
 * Where the classes of spending by function are: the profile's home chart of them, or (the
 * Guangzhou profile, which draws its own) 表3's 合计 column.
 */
const functionClasses = (dy: DepartmentYear): { table: string; column: string } => {
  const chart = dy.profile.charts?.home.find((c) => c.kind === "classes" && c.classification === "function");
  return chart?.kind === "classes"
    ? { table: chart.table, column: chart.column }
    : { table: "table03", column: "total" };
};

/**
 * The largest function class, with its share of the table's classes. Where the table covers
 * less than the whole spending (江苏 表5: fiscal appropriations only), the sentence names it.
 */
const largestClass = (dy: DepartmentYear, locale: Locale, expenditure: { value: number; scale: number }) => {
  const { table: id, column } = functionClasses(dy);
  const table = (dy.tables as Record<string, BudgetTable | undefined>)[id];
  const classes = (table?.rows ?? [])
    .filter((r) => r.role === "item" && r.code?.length === 3 && (r.amounts[column] ?? 0) > 0)
    .sort((a, b) => (b.amounts[column] ?? 0) - (a.amounts[column] ?? 0));
  const top = classes[0];
  if (!table || !top) return undefined;
  const name = rowName(dy, table.spec, top, locale);
  if (name.fallback) return undefined;
  // The same shares the chart of the classes shows (they add up to 100.0%).
  const [tenths = 0] = sharesInTenths(classes.map((r) => r.amounts[column] ?? 0));
  const share = formatTenths(tenths, locale);
  // The table's own 合计 (its classes may add up to it only within rounding).
  const tableTotal = table.rows.find((r) => r.role === "total")?.amounts[column];
  const whole = table.scale === expenditure.scale && tableTotal === expenditure.value;
  return {
    name: name.text,
    value: top.amounts[column] ?? 0,
    scale: table.scale,
    share,
    ...(whole ? {} : { of: locale === "en" ? table.spec.title.en : table.spec.title.zh }),
  };
};

export const plainSummary = (dy: DepartmentYear, locale: Locale): string[] => {
  const figures = keyFigures(dy);
  const expenditure = figures.find((f) => f.id === "expenditure");
  if (!expenditure) return [];
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number>) =>
    translate(locale, key, params);
  const easier = readableBeside(expenditure.value, expenditure.scale, locale);
  const sentences = [
    t(easier ? "summary.spending" : "summary.spendingExact", {
      year: dy.year,
      amount: exactAmount(expenditure.value, expenditure.scale, locale),
      readable: easier ?? "",
    }),
  ];
  const change = statedChange(dy);
  if (change && change.change !== 0) {
    sentences.push(
      t(change.change > 0 ? "summary.up" : "summary.down", {
        year: change.year,
        amount: exactAmount(Math.abs(change.change), 2, locale),
      }),
    );
  }
  // Per head only where department.yaml gives the count and its source (no document prints one).
  const people = dy.meta.people;
  for (const [count, key] of [
    [people?.residents, "summary.perResident"],
    [people?.staff, "summary.perStaff"],
  ] as const) {
    if (!count) continue;
    sentences.push(
      t(key, {
        amount: perHeadAmount(expenditure.value, expenditure.scale, count.count, locale),
        count: formatRounded(count.count, locale),
        asOf: count.asOf,
        source: count.source,
      }),
    );
  }
  const basic = figures.find((f) => f.id === "basic");
  const project = figures.find((f) => f.id === "project");
  if (basic && project && basic.whole) {
    sentences.push(
      t("summary.split", {
        basic: exactAmount(basic.value, basic.scale, locale),
        basicShare: formatShare(basic.value, basic.whole, locale) ?? "",
        project: exactAmount(project.value, project.scale, locale),
        projectShare: formatShare(project.value, basic.whole, locale) ?? "",
      }),
    );
  }
  const top = largestClass(dy, locale, expenditure);
  if (top) {
    const params = { name: top.name, amount: exactAmount(top.value, top.scale, locale), share: top.share };
    sentences.push(top.of ? t("summary.largestIn", { ...params, table: top.of }) : t("summary.largest", params));
  }
  return sentences;
};
