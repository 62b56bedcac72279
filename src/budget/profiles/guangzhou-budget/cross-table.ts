/**
 * Identities across tables. The same quantity printed in two tables must be identical; a figure
 * in one table against a sum of figures in others is a sum (with its rounding tolerance).
 *
 * Choices the document's format leaves open, decided here:
 * - 表1's income lines map to 表2's columns by name (预算拨款 → the three budgets, 财政专户拨款 →
 *   the two special-account columns, 其他资金 → 事业/经营/其他收入, and the three lines after
 *   本年收入合计 to their same-named columns). A line with no 表2 column (上年结转) is part of
 *   收入总计 but not of 表2.
 * - 表1's expenditure by class is 表3's 基本 + 项目 + 事业单位经营支出 of that class; 对附属单位补助支出
 *   and 上缴上级支出 are compared with 表3's columns. 表1's 结转下年 is not compared with 表3's
 *   结转下年 column: departments print it either way, and 表1's own totals still check it.
 * - 表1/表4's 债务还本付息支出 has no code of its own: it is classes 231 + 232 + 233.
 */
import { dyOf, tablesOf } from "./context";
import { economicClassByName } from "../../classification";
import { looseName } from "../../text-similarity";
import type { TableId } from "./tables";
import type { BudgetRow, BudgetTable } from "../../model";
import { adminCostItems } from "./admin-costs";
import { RULES } from "./rules";
import { cellOf, headerOf, rowLabel, sourceLabel } from "../../reconcile/cells";
import { amountCheck, type CheckGroup, type Ctx } from "../../reconcile/checks";
import { runCellRows, runCodeRows, type CellPick, type CellRow } from "../../reconcile/rows";
import type { CellRef } from "../../reconcile/types";

const ORDINAL = /^[一二三四五六七八九十百]+、/;
const lineName = (row: BudgetRow): string => looseName(row.name.replace(ORDINAL, ""));

const totalOf = (table: BudgetTable): BudgetRow | undefined => table.rows.find((r) => r.role === "total");
const byCode = (table: BudgetTable, code: string): BudgetRow | undefined =>
  table.rows.find((r) => r.role === "item" && r.code === code);
const classRows = (table: BudgetTable): BudgetRow[] =>
  table.rows.filter((r) => r.role === "item" && r.code?.length === 3);
const sideItems = (table: BudgetTable, side: "income" | "expenditure"): BudgetRow[] =>
  table.rows.filter((r) => r.side === side && r.role === "item");
const sideRow = (table: BudgetTable, side: "income" | "expenditure", role: BudgetRow["role"]) =>
  table.rows.find((r) => r.side === side && r.role === role);
/** Items of a side before its 本年合计 line. */
const itemsAboveYearTotal = (table: BudgetTable, side: "income" | "expenditure"): BudgetRow[] => {
  const rows = table.rows.filter((r) => r.side === side);
  const y = rows.findIndex((r) => r.role === "yearTotal");
  return rows.slice(0, y < 0 ? rows.length : y).filter((r) => r.role === "item");
};

const names = (...list: string[]): Set<string> => new Set(list.map(looseName));

/** 表1 income lines → 表2 columns of the 合计 row. */
const T01_INCOME: readonly { names: Set<string>; columns: string[] }[] = [
  {
    names: names("预算拨款", "预算拨款收入", "财政拨款", "财政拨款收入"),
    columns: ["generalBudget", "govFund", "stateCapital"],
  },
  {
    names: names("财政专户拨款", "财政专户拨款收入", "财政专户管理资金", "财政专户管理资金收入"),
    columns: ["educationFees", "otherSpecialAccount"],
  },
  { names: names("其他资金", "其他资金收入"), columns: ["operatingRevenue", "businessRevenue", "otherRevenue"] },
  { names: names("上级补助收入"), columns: ["superiorSubsidy"] },
  { names: names("附属单位上缴收入"), columns: ["affiliateRemittance"] },
  { names: names("用事业基金弥补收支差额"), columns: ["institutionFund"] },
];

/** 表4 income lines → 表2 columns of the 合计 row. */
const T04_INCOME: readonly { names: Set<string>; columns: string[] }[] = [
  { names: names("一般公共预算", "一般公共预算拨款", "一般公共预算拨款收入"), columns: ["generalBudget"] },
  { names: names("政府性基金预算", "政府性基金预算拨款", "政府性基金预算拨款收入"), columns: ["govFund"] },
  { names: names("国有资本经营预算", "国有资本经营预算拨款", "国有资本经营预算拨款收入"), columns: ["stateCapital"] },
];

const DEBT_SERVICE = names("债务还本付息支出");
const DEBT_CLASSES = ["231", "232", "233"];

/** 表1 expenditure lines without a class code that match a 表3 column of the 合计 row. */
const T01_OTHER_LINES: readonly { names: Set<string>; column: string }[] = [
  { names: names("对附属单位补助支出"), column: "affiliateSubsidy" },
  { names: names("上缴上级支出"), column: "remitToSuperior" },
];

const incomeMapping = (mapping: typeof T01_INCOME, row: BudgetRow) => mapping.find((m) => m.names.has(lineName(row)));

/** The classes an expenditure line of 表1/表4 stands for: its code, or 231–233 for debt service. */
const classesOfLine = (row: BudgetRow): string[] | undefined => {
  if (row.code !== undefined) return [row.code];
  if (DEBT_SERVICE.has(lineName(row))) return DEBT_CLASSES;
  return undefined;
};

const cellsOf = (table: BudgetTable, row: BudgetRow | undefined, keys: readonly string[]): CellRef[] =>
  row ? keys.map((k) => cellOf(table, row, k)) : [];

const counterpart = (id: TableId | "keyProjects") => sourceLabel(id);

const table01Income = (ctx: Ctx): void => {
  const t1 = tablesOf(ctx).table01;
  const t2 = tablesOf(ctx).table02;
  const total2 = totalOf(t2);
  for (const line of sideItems(t1, "income")) {
    const mapping = incomeMapping(T01_INCOME, line);
    if (!mapping) continue;
    amountCheck(ctx, RULES.t01t02IncomeLines, {
      subject: cellOf(t1, line, "amount"),
      parts: cellsOf(t2, total2, mapping.columns),
      about: { zh: "表2 合计行对应列", en: "Table 2's matching columns" },
    });
  }
  const yearTotal = sideRow(t1, "income", "yearTotal");
  const above = itemsAboveYearTotal(t1, "income");
  const mappings = above.map((r) => incomeMapping(T01_INCOME, r));
  if (yearTotal && mappings.every((m) => m !== undefined)) {
    const columns = [...new Set(mappings.flatMap((m) => m?.columns ?? []))];
    amountCheck(ctx, RULES.t01t02IncomeTotal, {
      subject: cellOf(t1, yearTotal, "amount"),
      parts: cellsOf(t2, total2, columns),
      about: { zh: "表2 合计行本年收入各列", en: "Table 2's columns for this year's income" },
    });
  }
  const grandTotal = sideRow(t1, "income", "grandTotal");
  if (grandTotal && total2) {
    const unmapped = sideItems(t1, "income").filter((r) => !incomeMapping(T01_INCOME, r));
    amountCheck(ctx, RULES.t01t02IncomeTotal, {
      subject: cellOf(t1, grandTotal, "amount"),
      parts: [cellOf(t2, total2, "total"), ...unmapped.map((r) => cellOf(t1, r, "amount"))],
      about: { zh: "表2 合计及表2 未列示的收入", en: "Table 2's total and income Table 2 does not list" },
    });
  }
};

const table01Expenditure = (ctx: Ctx): void => {
  const t1 = tablesOf(ctx).table01;
  const t3 = tablesOf(ctx).table03;
  const spent = ["basic", "project", "business"];
  const covered = new Set<string>();
  for (const line of sideItems(t1, "expenditure")) {
    const classes = classesOfLine(line);
    if (classes) {
      classes.forEach((c) => covered.add(c));
      amountCheck(ctx, RULES.t01t03Class, {
        subject: cellOf(t1, line, "amount"),
        parts: classes.flatMap((c) => cellsOf(t3, byCode(t3, c), spent)),
        about: {
          zh: "表3 该类的基本支出、项目支出、事业单位经营支出",
          en: "Table 3's basic, project and business expenditure of the class",
        },
      });
      continue;
    }
    const other = T01_OTHER_LINES.find((o) => o.names.has(lineName(line)));
    if (other) {
      amountCheck(ctx, RULES.t01t03OtherLines, {
        subject: cellOf(t1, line, "amount"),
        parts: cellsOf(t3, totalOf(t3), [other.column]),
        about: counterpart("table03"),
      });
    }
  }
  for (const row of classRows(t3)) {
    if (covered.has(row.code as string)) continue;
    amountCheck(ctx, RULES.t01t03Class, {
      subject: undefined,
      parts: cellsOf(t3, row, spent),
      row: rowLabel(row),
    });
  }
  const yearTotal = sideRow(t1, "expenditure", "yearTotal");
  if (yearTotal) {
    amountCheck(ctx, RULES.t01t03ExpenditureTotal, {
      subject: cellOf(t1, yearTotal, "amount"),
      parts: cellsOf(t3, totalOf(t3), spent),
      about: {
        zh: "表3 合计行基本支出、项目支出、事业单位经营支出",
        en: "Table 3's 合计 row: basic, project and business expenditure",
      },
    });
  }
};

const FISCAL: readonly { table: "table05" | "table09" | "table10"; column: string }[] = [
  { table: "table05", column: "generalBudget" },
  { table: "table09", column: "govFund" },
  { table: "table10", column: "stateCapital" },
];

const table04 = (ctx: Ctx): void => {
  const t4 = tablesOf(ctx).table04;
  const t2 = tablesOf(ctx).table02;
  const total2 = totalOf(t2);
  for (const line of sideItems(t4, "income")) {
    const mapping = incomeMapping(T04_INCOME, line);
    if (!mapping) continue;
    amountCheck(ctx, RULES.t04t02IncomeLines, {
      subject: cellOf(t4, line, "amount"),
      parts: cellsOf(t2, total2, mapping.columns),
      about: counterpart("table02"),
    });
  }
  const yearTotal = sideRow(t4, "income", "yearTotal");
  const mappings = itemsAboveYearTotal(t4, "income").map((r) => incomeMapping(T04_INCOME, r));
  if (yearTotal && mappings.every((m) => m !== undefined)) {
    amountCheck(ctx, RULES.t04t02IncomeTotal, {
      subject: cellOf(t4, yearTotal, "amount"),
      parts: cellsOf(t2, total2, [...new Set(mappings.flatMap((m) => m?.columns ?? []))]),
      about: { zh: "表2 合计行三本预算之和", en: "Table 2's three budget columns" },
    });
  }

  const fiscalTables = FISCAL.map((f) => tablesOf(ctx)[f.table]);
  const covered = new Set<string>();
  for (const line of sideItems(t4, "expenditure")) {
    const classes = classesOfLine(line);
    if (!classes) continue;
    classes.forEach((c) => covered.add(c));
    amountCheck(ctx, RULES.t04t05Class, {
      subject: cellOf(t4, line, "amount"),
      parts: fiscalTables.flatMap((t) => classes.flatMap((c) => cellsOf(t, byCode(t, c), ["subtotal"]))),
      about: { zh: "表5、表9、表10 该类小计", en: "the class's 小计 in Tables 5, 9 and 10" },
    });
  }
  const uncovered = new Map<string, CellRef[]>();
  for (const t of fiscalTables) {
    for (const row of classRows(t)) {
      if (covered.has(row.code as string)) continue;
      uncovered.set(row.code as string, [...(uncovered.get(row.code as string) ?? []), cellOf(t, row, "subtotal")]);
    }
  }
  for (const [, parts] of uncovered) {
    amountCheck(ctx, RULES.t04t05Class, { subject: undefined, parts, row: parts[0]?.row ?? "" });
  }
  const expenditureTotal = sideRow(t4, "expenditure", "yearTotal");
  if (expenditureTotal) {
    amountCheck(ctx, RULES.t04t05ExpenditureTotal, {
      subject: cellOf(t4, expenditureTotal, "amount"),
      parts: fiscalTables.flatMap((t) => cellsOf(t, totalOf(t), ["subtotal"])),
      about: { zh: "表5、表9、表10 合计行小计", en: "the 小计 of the 合计 rows of Tables 5, 9 and 10" },
    });
  }
};

/**
 * 表4 lines other than the three budget incomes and the class/debt lines (上年结转, 结转下年支出 …):
 * when all are 0, fiscal income by code equals fiscal expenditure by code.
 */
const hasFiscalCarryOver = (t4: BudgetTable): boolean =>
  t4.rows.some(
    (r) =>
      r.role === "item" &&
      (r.amounts["amount"] ?? 0) !== 0 &&
      (r.side === "income" ? !incomeMapping(T04_INCOME, r) : !classesOfLine(r)),
  );

const table02Fiscal = (ctx: Ctx): void => {
  if (hasFiscalCarryOver(tablesOf(ctx).table04)) return;
  const t2 = tablesOf(ctx).table02;
  for (const { table: id, column } of FISCAL) {
    const fiscal = tablesOf(ctx)[id];
    const header = headerOf(t2.spec, column);
    const about = { zh: `表2“${header}”列`, en: `Table 2's “${header}” column` };
    const total = totalOf(fiscal);
    if (total) {
      amountCheck(ctx, RULES.t02t05ByCode, {
        subject: cellOf(fiscal, total, "subtotal"),
        parts: cellsOf(t2, totalOf(t2), [column]),
        about,
      });
    }
    const seen = new Set<string>();
    for (const row of fiscal.rows) {
      if (row.role !== "item" || row.code === undefined) continue;
      seen.add(row.code);
      amountCheck(ctx, RULES.t02t05ByCode, {
        subject: cellOf(fiscal, row, "subtotal"),
        parts: cellsOf(t2, byCode(t2, row.code), [column]),
        about,
      });
    }
    for (const row of t2.rows) {
      if (row.role !== "item" || row.code === undefined || seen.has(row.code)) continue;
      if ((row.amounts[column] ?? 0) === 0) continue;
      amountCheck(ctx, RULES.t02t05ByCode, {
        subject: undefined,
        parts: [cellOf(t2, row, column)],
        row: rowLabel(row),
        tables: [id, "table02"],
      });
    }
  }
};

const total = (table: TableId, column: string): CellPick => ({ table, row: { total: true }, column });

/** 合计 cells that must agree across tables: the basic and project totals and their fund columns. */
const BASIC_AND_PROJECT: readonly CellRow[] = [
  { rule: RULES.t05t06Basic, subject: total("table06", "amount"), parts: [total("table05", "basic")] },
  { rule: RULES.t05t07Project, subject: total("table07", "amount"), parts: [total("table05", "project")] },
  { rule: RULES.t03t11Basic, subject: total("table11", "total"), parts: [total("table03", "basic")] },
  { rule: RULES.t03t12Project, subject: total("table12", "total"), parts: [total("table03", "project")] },
  ...FISCAL.flatMap(({ table, column }): CellRow[] => [
    {
      rule: RULES.t05t11Funds,
      subject: total("table11", column),
      parts: [total(table, "basic")],
      tables: ["table11", table],
    },
    {
      rule: RULES.t05t12Funds,
      subject: total("table12", column),
      parts: [total(table, "project")],
      tables: ["table12", table],
    },
  ]),
];

/** 表6's classes against 表11's categories (general public budget column, all units). */
const table06Table11 = (ctx: Ctx): void => {
  const t6 = tablesOf(ctx).table06;
  const t11 = tablesOf(ctx).table11;
  const classByName = new Map(classRows(t6).map((r) => [looseName(r.name), r.code as string]));
  const categories = new Map<string, CellRef[]>();
  const unknown = new Map<string, CellRef[]>();
  for (const row of t11.rows) {
    if (row.role !== "detail") continue;
    const code = classByName.get(looseName(row.name)) ?? economicClassCode(row.name);
    const target = code ? categories : unknown;
    const key = code ?? looseName(row.name);
    target.set(key, [...(target.get(key) ?? []), cellOf(t11, row, "generalBudget")]);
  }
  for (const row of classRows(t6)) {
    amountCheck(ctx, RULES.t06t11Class, {
      subject: cellOf(t6, row, "amount"),
      parts: categories.get(row.code as string) ?? [],
      about: {
        zh: "表11 各单位同名类别的一般公共预算",
        en: "the general-public-budget column of Table 11's same-named categories",
      },
    });
    categories.delete(row.code as string);
  }
  for (const [, parts] of [...categories, ...unknown]) {
    amountCheck(ctx, RULES.t06t11Class, {
      subject: undefined,
      parts,
      row: (parts[0]?.row ?? "").replace(/（.*）$/, ""),
    });
  }
};

const economicClassCode = (name: string): string | undefined => economicClassByName(name)?.code;

/** Rows of 表6 and 表7 with the given economic codes. */
const economicCells = (ctx: Ctx, codes: readonly string[]): CellRef[] =>
  (["table06", "table07"] as const).flatMap((id) => {
    const table = tablesOf(ctx)[id];
    return table.rows
      .filter((r) => r.code !== undefined && codes.includes(r.code))
      .map((r) => cellOf(table, r, "amount"));
  });

const T08_CODES: readonly { item: string; codes: string[] }[] = [
  { item: "abroad", codes: ["30212"] },
  { item: "vehiclePurchase", codes: ["30913", "31013"] },
  { item: "vehicleOperation", codes: ["30231"] },
  { item: "reception", codes: ["30217"] },
];

const table08 = (ctx: Ctx): void => {
  const t8 = tablesOf(ctx).table08;
  for (const { item, codes } of T08_CODES) {
    const row = t8.rows.find((r) => r.item === item);
    if (!row) continue;
    amountCheck(ctx, RULES.t08EconomicCodes, {
      subject: cellOf(t8, row, "generalBudget"),
      parts: economicCells(ctx, codes),
      about: { zh: `表6、表7 经济科目 ${codes.join("、")}`, en: `economic code ${codes.join(", ")} in Tables 6 and 7` },
    });
  }
  const admin = t8.rows.find((r) => r.item === "adminCosts");
  if (!admin) return;
  const codes = adminCostItems(dyOf(ctx).glossary).items.flatMap((i) => i.codes);
  amountCheck(ctx, RULES.t08AdminCosts, {
    subject: cellOf(t8, admin, "generalBudget"),
    parts: economicCells(ctx, codes),
    about: { zh: "名词解释所列经济科目", en: "the economic codes the glossary lists" },
  });
};

/** The cross-table checks, each with the rules it performs and the tables it reads. */
export const CROSS_TABLE_GROUPS: readonly CheckGroup[] = [
  { rules: [RULES.t01t02IncomeLines, RULES.t01t02IncomeTotal], needs: ["table01", "table02"], run: table01Income },
  {
    rules: [RULES.t01t03Class, RULES.t01t03OtherLines, RULES.t01t03ExpenditureTotal],
    needs: ["table01", "table03"],
    run: table01Expenditure,
  },
  {
    rules: [RULES.t02t03Code],
    needs: ["table02", "table03"],
    // Same code, same total, in 表2 and 表3, and the 合计 rows.
    run: (ctx) => {
      runCellRows(ctx, [
        { rule: RULES.t02t03Code, subject: total("table03", "total"), parts: [total("table02", "total")] },
      ]);
      runCodeRows(ctx, [
        {
          rule: RULES.t02t03Code,
          subject: { table: "table03", column: "total" },
          parts: [{ table: "table02", column: "total" }],
          bothWays: true,
        },
      ]);
    },
  },
  {
    rules: [RULES.t04t02IncomeLines, RULES.t04t02IncomeTotal, RULES.t04t05Class, RULES.t04t05ExpenditureTotal],
    needs: ["table04", "table02", "table05", "table09", "table10"],
    run: table04,
  },
  { rules: [RULES.t02t05ByCode], needs: ["table02", "table04", "table05", "table09", "table10"], run: table02Fiscal },
  {
    rules: [
      RULES.t05t06Basic,
      RULES.t05t07Project,
      RULES.t03t11Basic,
      RULES.t03t12Project,
      RULES.t05t11Funds,
      RULES.t05t12Funds,
    ],
    needs: ["table03", "table05", "table06", "table07", "table09", "table10", "table11", "table12"],
    run: (ctx) => runCellRows(ctx, BASIC_AND_PROJECT),
  },
  { rules: [RULES.t06t11Class], needs: ["table06", "table11"], run: table06Table11 },
  {
    rules: [RULES.t08EconomicCodes, RULES.t08AdminCosts],
    needs: ["table08", "table06", "table07", "glossary"],
    run: table08,
  },
];
