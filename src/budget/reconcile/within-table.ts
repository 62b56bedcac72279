/**
 * Identities inside one table, derived from its row model and column declarations: the totals,
 * sub-lines and balance of two-sided tables, column sums on every row, parent codes against
 * their children and the 合计 row against the classes, fixed items against their parts, and
 * unit rows against their details. Nothing here names a table: the profile's specs say it all.
 */
import { lookupCode, parentCode, type Classification } from "../classification";
import type { TableSpec } from "../profiles/types";
import type { BudgetRow, BudgetTable } from "../model";
import { tableRule } from "./catalogue";
import { cellOf } from "./cells";
import { amountCheck, type Ctx } from "./checks";

type Side = "income" | "expenditure";

/** The amount columns the table prints (optional ones only where the CSV has them). */
const amountKeys = (table: Pick<BudgetTable, "columns"> | TableSpec): string[] =>
  table.columns.filter((c) => c.type === "money").map((c) => c.key);

/** Amount columns that apply to one side of a two-sided table. */
const sideKeys = (table: BudgetTable, side: Side): string[] =>
  table.columns.filter((c) => c.type === "money" && (c.side === undefined || c.side === side)).map((c) => c.key);

const rule = (ctx: Ctx, spec: TableSpec, suffix: string) => tableRule(ctx.rules, spec, suffix);

const twoSided = (ctx: Ctx, table: BudgetTable): void => {
  const { spec } = table;
  const grand: Partial<Record<Side, BudgetRow>> = {};
  for (const side of ["income", "expenditure"] as const) {
    const rows = table.rows.filter((r) => r.side === side);
    const keys = sideKeys(table, side);
    const g = rows.findIndex((r) => r.role === "grandTotal");
    const grandTotal = rows[g];
    if (!grandTotal) continue;
    grand[side] = grandTotal;
    const topLines = (from: number, to: number) =>
      rows.slice(from, to).filter((r) => r.role === "item" && r.depth === 1);
    if (spec.sides?.[side].yearTotal !== undefined) {
      const y = rows.findIndex((r) => r.role === "yearTotal");
      const yearTotal = rows[y];
      if (!yearTotal) continue;
      const before = topLines(0, y);
      const between = topLines(y + 1, g);
      for (const key of keys) {
        amountCheck(ctx, rule(ctx, spec, "year-total"), {
          subject: cellOf(table, yearTotal, key),
          parts: before.map((r) => cellOf(table, r, key)),
          about: { zh: "其上各项", en: "the lines above it" },
        });
        amountCheck(ctx, rule(ctx, spec, "grand-total"), {
          subject: cellOf(table, grandTotal, key),
          parts: [yearTotal, ...between].map((r) => cellOf(table, r, key)),
          about: { zh: "本年合计及其后各项", en: "the year's total and the lines after it" },
        });
      }
    } else {
      const lines = topLines(0, g);
      for (const key of keys) {
        amountCheck(ctx, rule(ctx, spec, "grand-total"), {
          subject: cellOf(table, grandTotal, key),
          parts: lines.map((r) => cellOf(table, r, key)),
          about: { zh: "其上各项（不含分项）", en: "the lines above it (sub-lines not counted twice)" },
        });
      }
    }
    if (spec.subLines) {
      for (const parent of rows.filter((r) => r.role === "item" && r.depth === 1)) {
        const children = rows.filter((r) => r.parentLine === parent.line);
        if (children.length === 0) continue;
        for (const key of keys) {
          amountCheck(ctx, rule(ctx, spec, "sub-lines"), {
            subject: cellOf(table, parent, key),
            parts: children.map((r) => cellOf(table, r, key)),
            about: { zh: "其下各分项", en: "its sub-lines" },
          });
        }
      }
    }
  }
  if (grand.income && grand.expenditure) {
    amountCheck(ctx, rule(ctx, spec, "balance"), {
      subject: cellOf(table, grand.expenditure, "amount"),
      parts: [cellOf(table, grand.income, "amount")],
    });
  }
};

/** Column sums on every row the sum applies to (both sides, or the side its parts belong to). */
const rowSums = (ctx: Ctx, table: BudgetTable): void => {
  const present = new Set(amountKeys(table));
  for (const sum of table.spec.rowSums ?? []) {
    if (!present.has(sum.total) || !sum.parts.every((p) => present.has(p))) continue;
    const sides = new Set(
      table.columns.filter((c) => sum.parts.includes(c.key) && c.side !== undefined).map((c) => c.side),
    );
    for (const row of table.rows) {
      if (row.side !== undefined && sides.size > 0 && !sides.has(row.side)) continue;
      amountCheck(ctx, rule(ctx, table.spec, sum.rule), {
        subject: cellOf(table, row, sum.total),
        parts: sum.parts.map((key) => cellOf(table, row, key)),
      });
    }
  }
};

const classificationOf = (table: BudgetTable): Classification =>
  table.spec.model === "economic" ? "economic" : "function";

/** Parent code = sum of its children, per column; a parent row that is missing reads as absent. */
const parentSums = (ctx: Ctx, table: BudgetTable): void => {
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
    for (const key of amountKeys(table)) {
      amountCheck(ctx, rule(ctx, table.spec, "parent-sum"), {
        subject: parent ? cellOf(table, parent, key) : undefined,
        parts: kids.map((k) => cellOf(table, k, key)),
        ...(parent ? {} : { row: `[${code}]${lookupCode(kind, code)?.zh ?? ""}` }),
        about: { zh: "下级科目", en: "its sub-codes" },
        fallback: { file: table.file },
      });
    }
  }
};

/** 合计 = the class rows (3-digit codes), per column. */
const totalRow = (ctx: Ctx, table: BudgetTable): void => {
  const total = table.rows.find((r) => r.role === "total");
  if (!total) return;
  const classes = table.rows.filter((r) => r.role === "item" && r.code?.length === 3);
  for (const key of amountKeys(table)) {
    amountCheck(ctx, rule(ctx, table.spec, "total-row"), {
      subject: cellOf(table, total, key),
      parts: classes.map((r) => cellOf(table, r, key)),
      about: { zh: "各类", en: "the classes" },
    });
  }
};

/** A fixed item with parts (“三公”经费 = its three parts) equals their sum, per column. */
const itemSums = (ctx: Ctx, table: BudgetTable): void => {
  const items = table.spec.items ?? [];
  const rowOf = (key: string) => table.rows.find((r) => r.item === key);
  for (const item of items.filter((i) => i.sumRule !== undefined)) {
    const whole = rowOf(item.key);
    if (!whole) continue;
    const parts = items
      .filter((i) => i.parent === item.key)
      .map((i) => rowOf(i.key))
      .filter((r): r is BudgetRow => r !== undefined);
    for (const key of amountKeys(table)) {
      amountCheck(ctx, rule(ctx, table.spec, item.sumRule as string), {
        subject: cellOf(table, whole, key),
        parts: parts.map((r) => cellOf(table, r, key)),
      });
    }
  }
};

const unitGrouped = (ctx: Ctx, table: BudgetTable): void => {
  const units: { row: BudgetRow; details: BudgetRow[] }[] = [];
  for (const row of table.rows) {
    if (row.role === "unit") units.push({ row, details: [] });
    else if (row.role === "detail") units.at(-1)?.details.push(row);
  }
  const keys = amountKeys(table);
  for (const unit of units) {
    for (const key of keys) {
      amountCheck(ctx, rule(ctx, table.spec, "unit-sum"), {
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
    amountCheck(ctx, rule(ctx, table.spec, "total-row"), {
      subject: cellOf(table, totalRow, key),
      parts: units.map((u) => cellOf(table, u.row, key)),
      about: { zh: "各单位", en: "the units" },
    });
  }
};

/** Every derived identity of every table that loaded, phase by phase across the tables. */
export const withinTables = (ctx: Ctx): void => {
  const tables = ctx.dy.profile.tables
    .map((spec) => (ctx.dy.tables as Record<string, BudgetTable | undefined>)[spec.id])
    .filter((t): t is BudgetTable => t !== undefined);
  for (const t of tables) if (t.spec.model === "twoSided") twoSided(ctx, t);
  for (const t of tables) rowSums(ctx, t);
  for (const t of tables) {
    if (t.spec.model !== "functional" && t.spec.model !== "economic") continue;
    parentSums(ctx, t);
    totalRow(ctx, t);
  }
  for (const t of tables) itemSums(ctx, t);
  for (const t of tables) if (t.spec.model === "unitGrouped") unitGrouped(ctx, t);
};
