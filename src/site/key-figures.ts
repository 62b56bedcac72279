/**
 * The figures a citizen looks for first, each taken from the table row that prints it (so the
 * home page can link straight to that row), in that table's unit, and, where the document states
 * it, its change on the previous year.
 */
import type { DepartmentYear } from "../budget";
import type { Cents } from "../budget";
import {
  findRow,
  isGuangzhou,
  isShanghai,
  type GuangzhouDepartmentYear,
  type KeyFigureSpec,
  type ShanghaiDepartmentYear,
} from "../budget";
import type { BudgetRow, BudgetTable } from "../budget";
import type { UiKey } from "../i18n";

export type KeyFigureId = "income" | "expenditure" | "basic" | "project" | "threePublic" | "adminCosts";

/** The figure's name in the UI dictionary, the same wherever it is shown (home, year, department pages). */
export const figureLabel = (id: KeyFigureId): UiKey => `figure.${id}`;

/** A change as the document states it: in hundredths of 万元 (the unit of every stated figure). */
export interface StatedChange {
  change: Cents;
  /** The stated percentage, where the document gives one ("68.3", "不可比"). */
  percent?: string;
  /** What the change is against, where the document names it ("2024年预算"): its year and kind. */
  basis?: { year: number; kind: "budget" | "outturn" };
}

/** "2024年预算" → the 2024 budget; "2024年预算执行数" → the 2024 outturn. */
const basisOf = (text: string | undefined): StatedChange["basis"] | undefined => {
  const m = text === undefined ? null : /^(\d{4})年(?:当年)?预算(执行数)?$/.exec(text);
  return m ? { year: Number(m[1]), kind: m[2] ? "outturn" : "budget" } : undefined;
};

export interface KeyFigure {
  id: KeyFigureId;
  value: Cents;
  /** The unit of `value` (10^scale 元): the printing table's. */
  scale: number;
  /** Where the figure is printed: the table's id in its profile. */
  table: string;
  line: number;
  /** For shares: the total this figure is a part of. */
  whole?: Cents;
  change?: StatedChange;
}

type Add = (figure: Omit<KeyFigure, "value" | "line" | "scale">, row: BudgetRow | undefined, key: string) => void;

const collector = (dy: DepartmentYear): { figures: KeyFigure[]; add: Add } => {
  const figures: KeyFigure[] = [];
  const add: Add = (figure, row, key) => {
    const table = (dy.tables as Record<string, BudgetTable | undefined>)[figure.table];
    const value = row?.amounts[key];
    if (row && table && value !== undefined) figures.push({ ...figure, value, scale: table.scale, line: row.line });
  };
  return { figures, add };
};

const stated = (
  fact: { change: { value: Cents }; percent?: string | undefined } | undefined,
): { change?: StatedChange } =>
  fact
    ? { change: { change: fact.change.value, ...(fact.percent !== undefined ? { percent: fact.percent } : {}) } }
    : {};

const guangzhouFigures = (dy: GuangzhouDepartmentYear): KeyFigure[] => {
  const { tables, explanation } = dy;
  const facts = explanation.facts;
  const { figures, add } = collector(dy);
  // The 情况说明's 收入预算 / 支出预算 are the year's own totals (本年收入合计 / 本年支出合计), without
  // 上年结转 or 结转下年, so the stated changes apply to these rows.
  const yearTotal = (side: "income" | "expenditure") =>
    tables.table01?.rows.find((r) => r.side === side && r.role === "yearTotal");
  add({ id: "income", table: "table01", ...stated(facts.income) }, yearTotal("income"), "amount");
  add({ id: "expenditure", table: "table01", ...stated(facts.expenditure) }, yearTotal("expenditure"), "amount");
  const total = tables.table03?.rows.find((r) => r.role === "total");
  const whole = total?.amounts["total"];
  const share = whole !== undefined ? { whole } : {};
  add({ id: "basic", table: "table03", ...share }, total, "basic");
  add({ id: "project", table: "table03", ...share }, total, "project");
  const item = (key: string) => tables.table08?.rows.find((r) => r.item === key);
  add({ id: "threePublic", table: "table08", ...stated(facts.three_public) }, item("threePublic"), "total");
  add({ id: "adminCosts", table: "table08", ...stated(facts.admin_costs) }, item("adminCosts"), "total");
  return figures;
};

const shanghaiFigures = (dy: ShanghaiDepartmentYear): KeyFigure[] => {
  const tables = dy.tables as Record<string, BudgetTable | undefined>;
  const facts = dy.explanation.facts;
  const { figures, add } = collector(dy);
  const grand = (side: "income" | "expenditure") =>
    tables["table01"]?.rows.find((r) => r.side === side && r.role === "grandTotal");
  add({ id: "income", table: "table01" }, grand("income"), "amount");
  add({ id: "expenditure", table: "table01" }, grand("expenditure"), "amount");
  const total = tables["table03"]?.rows.find((r) => r.role === "total");
  const whole = total?.amounts["total"];
  const share = whole !== undefined ? { whole } : {};
  add({ id: "basic", table: "table03", ...share }, total, "basic");
  add({ id: "project", table: "table03", ...share }, total, "project");
  const record = tables["table09"]?.rows[0];
  const threePublic = facts.three_public;
  const basis = basisOf(threePublic?.compared_with ?? facts.compared_with);
  const change: { change?: StatedChange } =
    threePublic?.change && basis ? { change: { change: threePublic.change.value, basis } } : {};
  add({ id: "threePublic", table: "table09", ...change }, record, "threePublic");
  // "无机关运行经费": the document states there are none, so no figure is shown as if it were one.
  if (facts.admin_costs !== "无") add({ id: "adminCosts", table: "table09" }, record, "adminCosts");
  return figures;
};

/** Figures the profile describes as data: each a table cell, its share of another, the stated change. */
const describedFigures = (dy: DepartmentYear, specs: readonly KeyFigureSpec[]): KeyFigure[] => {
  const { figures, add } = collector(dy);
  for (const spec of specs) {
    const table = (dy.tables as Record<string, BudgetTable | undefined>)[spec.table];
    const whole = spec.shareOf && table ? findRow(table, spec.shareOf.row)?.amounts[spec.shareOf.column] : undefined;
    const change = spec.change?.(dy.explanation);
    add(
      {
        id: spec.id,
        table: spec.table,
        ...(whole !== undefined ? { whole } : {}),
        ...(change !== undefined
          ? { change: { change: change as Cents, basis: { year: dy.year - 1, kind: "budget" } } }
          : {}),
      },
      table ? findRow(table, spec.row) : undefined,
      spec.column,
    );
  }
  return figures;
};

/**
 * A profile that describes its key figures as data gets those; Guangzhou's and Shanghai's, older,
 * are written above. The described ones are asked for first, not left to whatever profile is not
 * Guangzhou or Shanghai, so this reads the same whichever profiles are registered.
 */
export const keyFigures = (dy: DepartmentYear): KeyFigure[] => {
  const described = dy.profile.keyFigures as readonly KeyFigureSpec[] | undefined;
  if (described) return describedFigures(dy, described);
  return isGuangzhou(dy) ? guangzhouFigures(dy) : isShanghai(dy) ? shanghaiFigures(dy) : [];
};
