/**
 * Identities inside one table: row totals across columns, parent codes against their children,
 * the 合计 row against the classes, the two-sided totals and balance of 表1/表4, 表8's
 * "三公" structure and the unit rows of 表11/表12.
 */
import { lookupCode, parentCode, type Classification } from "../classification";
import type { TableId, TableSpec } from "../registry/tables";
import type { BudgetRow, BudgetTable } from "../table-loader";
import { RULES, type ReconciliationRule } from "./catalogue";
import { cellOf } from "./cells";
import { amountCheck, type Ctx } from "./checks";

export const amountKeys = (spec: TableSpec): string[] =>
  spec.columns.filter((c) => c.type === "money").map((c) => c.key);

/** A total column and the columns it adds up, checked on every row of the table. */
const ROW_IDENTITIES: readonly { table: TableId; rule: ReconciliationRule; total: string; parts: string[] }[] = [
  {
    table: "table02",
    rule: RULES.t02RowTotal,
    total: "total",
    parts: [
      "generalBudget",
      "govFund",
      "stateCapital",
      "educationFees",
      "otherSpecialAccount",
      "operatingRevenue",
      "businessRevenue",
      "otherRevenue",
      "superiorSubsidy",
      "affiliateRemittance",
      "institutionFund",
    ],
  },
  {
    table: "table03",
    rule: RULES.t03RowTotal,
    total: "total",
    parts: ["basic", "project", "business", "affiliateSubsidy", "remitToSuperior", "carryForward"],
  },
  { table: "table05", rule: RULES.t05Subtotal, total: "subtotal", parts: ["basic", "project"] },
  { table: "table08", rule: RULES.t08RowTotal, total: "total", parts: ["generalBudget", "govFund", "stateCapital"] },
  { table: "table09", rule: RULES.t09Subtotal, total: "subtotal", parts: ["basic", "project"] },
  { table: "table10", rule: RULES.t10Subtotal, total: "subtotal", parts: ["basic", "project"] },
  {
    table: "table11",
    rule: RULES.t11RowTotal,
    total: "total",
    parts: ["fiscalTotal", "specialAccount", "otherFunds"],
  },
  {
    table: "table11",
    rule: RULES.t11FiscalTotal,
    total: "fiscalTotal",
    parts: ["generalBudget", "govFund", "stateCapital"],
  },
  {
    table: "table12",
    rule: RULES.t12RowTotal,
    total: "total",
    parts: ["fiscalTotal", "specialAccount", "otherFunds"],
  },
  {
    table: "table12",
    rule: RULES.t12FiscalTotal,
    total: "fiscalTotal",
    parts: ["generalBudget", "govFund", "stateCapital"],
  },
];

const HIERARCHY: readonly { table: TableId; parentSum: ReconciliationRule; totalRow: ReconciliationRule }[] = [
  { table: "table02", parentSum: RULES.t02ParentSum, totalRow: RULES.t02TotalRow },
  { table: "table03", parentSum: RULES.t03ParentSum, totalRow: RULES.t03TotalRow },
  { table: "table05", parentSum: RULES.t05ParentSum, totalRow: RULES.t05TotalRow },
  { table: "table06", parentSum: RULES.t06ParentSum, totalRow: RULES.t06TotalRow },
  { table: "table07", parentSum: RULES.t07ParentSum, totalRow: RULES.t07TotalRow },
  { table: "table09", parentSum: RULES.t09ParentSum, totalRow: RULES.t09TotalRow },
  { table: "table10", parentSum: RULES.t10ParentSum, totalRow: RULES.t10TotalRow },
];

const rowChecks = (ctx: Ctx): void => {
  for (const identity of ROW_IDENTITIES) {
    const table = ctx.dy.tables[identity.table];
    for (const row of table.rows) {
      amountCheck(ctx, identity.rule, {
        subject: cellOf(table, row, identity.total),
        parts: identity.parts.map((key) => cellOf(table, row, key)),
      });
    }
  }
};

const classificationOf = (table: BudgetTable): Classification =>
  table.spec.model === "economic" ? "economic" : "function";

/** Parent code = sum of its children, per column; a parent row that is missing reads as absent. */
const parentSums = (ctx: Ctx, table: BudgetTable, rule: ReconciliationRule): void => {
  const items = table.rows.filter((r) => r.role === "item" && r.code !== undefined);
  const byCode = new Map(items.map((r) => [r.code as string, r]));
  const children = new Map<string, BudgetRow[]>();
  for (const row of items) {
    const parent = parentCode(row.code as string);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const kind = classificationOf(table);
  for (const [code, kids] of children) {
    const parent = byCode.get(code);
    for (const key of amountKeys(table.spec)) {
      amountCheck(ctx, rule, {
        subject: parent ? cellOf(table, parent, key) : undefined,
        parts: kids.map((k) => cellOf(table, k, key)),
        ...(parent ? {} : { row: `[${code}]${lookupCode(kind, code)?.zh ?? ""}` }),
        about: { zh: "下级科目", en: "its sub-codes" },
      });
    }
  }
};

/** 合计 = the class rows (3-digit codes), per column. */
const totalRow = (ctx: Ctx, table: BudgetTable, rule: ReconciliationRule): void => {
  const total = table.rows.find((r) => r.role === "total");
  if (!total) return;
  const classes = table.rows.filter((r) => r.role === "item" && r.code?.length === 3);
  for (const key of amountKeys(table.spec)) {
    amountCheck(ctx, rule, {
      subject: cellOf(table, total, key),
      parts: classes.map((r) => cellOf(table, r, key)),
      about: { zh: "各类", en: "the classes" },
    });
  }
};

const twoSided = (
  ctx: Ctx,
  table: BudgetTable,
  rules: { yearTotal: ReconciliationRule; grandTotal: ReconciliationRule; balance: ReconciliationRule },
): void => {
  const grand: Partial<Record<"income" | "expenditure", BudgetRow>> = {};
  for (const side of ["income", "expenditure"] as const) {
    const rows = table.rows.filter((r) => r.side === side);
    const y = rows.findIndex((r) => r.role === "yearTotal");
    const g = rows.findIndex((r) => r.role === "grandTotal");
    const yearTotal = rows[y];
    const grandTotal = rows[g];
    if (!yearTotal || !grandTotal) continue;
    grand[side] = grandTotal;
    const before = rows.slice(0, y).filter((r) => r.role === "item");
    const between = rows.slice(y + 1, g).filter((r) => r.role === "item");
    amountCheck(ctx, rules.yearTotal, {
      subject: cellOf(table, yearTotal, "amount"),
      parts: before.map((r) => cellOf(table, r, "amount")),
      about: { zh: "其上各项", en: "the lines above it" },
    });
    amountCheck(ctx, rules.grandTotal, {
      subject: cellOf(table, grandTotal, "amount"),
      parts: [yearTotal, ...between].map((r) => cellOf(table, r, "amount")),
      about: { zh: "本年合计及其后各项", en: "the year's total and the lines after it" },
    });
  }
  if (grand.income && grand.expenditure) {
    amountCheck(ctx, rules.balance, {
      subject: cellOf(table, grand.expenditure, "amount"),
      parts: [cellOf(table, grand.income, "amount")],
    });
  }
};

const table08 = (ctx: Ctx): void => {
  const table = ctx.dy.tables.table08;
  const item = (key: string) => table.rows.find((r) => r.item === key);
  const structure: readonly [ReconciliationRule, string, string[]][] = [
    [RULES.t08ThreePublic, "threePublic", ["abroad", "vehicles", "reception"]],
    [RULES.t08Vehicles, "vehicles", ["vehiclePurchase", "vehicleOperation"]],
  ];
  for (const [rule, whole, partKeys] of structure) {
    const wholeRow = item(whole);
    const partRows = partKeys.map(item).filter((r): r is BudgetRow => r !== undefined);
    if (!wholeRow) continue;
    for (const key of amountKeys(table.spec)) {
      amountCheck(ctx, rule, {
        subject: cellOf(table, wholeRow, key),
        parts: partRows.map((r) => cellOf(table, r, key)),
      });
    }
  }
};

const unitGrouped = (ctx: Ctx, table: BudgetTable, unitSum: ReconciliationRule, total: ReconciliationRule): void => {
  const units: { row: BudgetRow; details: BudgetRow[] }[] = [];
  for (const row of table.rows) {
    if (row.role === "unit") units.push({ row, details: [] });
    else if (row.role === "detail") units.at(-1)?.details.push(row);
  }
  const keys = amountKeys(table.spec);
  for (const unit of units) {
    for (const key of keys) {
      amountCheck(ctx, unitSum, {
        subject: cellOf(table, unit.row, key),
        parts: unit.details.map((d) => cellOf(table, d, key)),
        about: {
          zh: `其下各${table.spec.detailKind?.zh ?? "明细"}`,
          en: `its ${table.spec.detailKind?.en ?? "detail"} rows`,
        },
      });
    }
  }
  const totalRow = table.rows.find((r) => r.role === "total");
  if (!totalRow) return;
  for (const key of keys) {
    amountCheck(ctx, total, {
      subject: cellOf(table, totalRow, key),
      parts: units.map((u) => cellOf(table, u.row, key)),
      about: { zh: "各单位", en: "the units" },
    });
  }
};

export const withinTables = (ctx: Ctx): void => {
  const { tables } = ctx.dy;
  twoSided(ctx, tables.table01, {
    yearTotal: RULES.t01YearTotal,
    grandTotal: RULES.t01GrandTotal,
    balance: RULES.t01Balance,
  });
  twoSided(ctx, tables.table04, {
    yearTotal: RULES.t04YearTotal,
    grandTotal: RULES.t04GrandTotal,
    balance: RULES.t04Balance,
  });
  rowChecks(ctx);
  for (const h of HIERARCHY) {
    parentSums(ctx, tables[h.table], h.parentSum);
    totalRow(ctx, tables[h.table], h.totalRow);
  }
  table08(ctx);
  unitGrouped(ctx, tables.table11, RULES.t11UnitSum, RULES.t11TotalRow);
  unitGrouped(ctx, tables.table12, RULES.t12UnitSum, RULES.t12TotalRow);
};
