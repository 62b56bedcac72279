/**
 * zod schemas derived from the table registry: one cell schema per column type, one row
 * schema per table. Every failure carries the catalogue rule it stands for in `params`, so
 * the loader turns zod issues into findings without parsing zod's own messages.
 */
import { z } from "zod";
import type { RuleKey } from "./data-rules";
import { parseAmount, type AmountProblem } from "./money";
import type { ColumnSpec, TableSpec } from "./registry/tables";

export interface IssueParams {
  rule: RuleKey;
  params?: Record<string, unknown>;
}

const AMOUNT_RULE: Record<AmountProblem, RuleKey> = {
  empty: "amountEmpty",
  fullwidth: "amountFullwidth",
  "not-a-number": "amountNotANumber",
  "too-many-decimals": "amountDecimals",
  negative: "amountNegative",
  "bad-grouping": "amountGrouping",
  "too-large": "amountTooLarge",
};

const fail = (ctx: z.RefinementCtx, issue: IssueParams): never => {
  ctx.addIssue({ code: "custom", message: issue.rule, params: issue });
  return z.NEVER;
};

const moneyCell = z.string().transform((raw, ctx) => {
  const parsed = parseAmount(raw);
  return parsed.ok ? parsed.value : fail(ctx, { rule: AMOUNT_RULE[parsed.problem] });
});

const CODE_FORMATS = {
  functionCode: {
    pattern: /^(\d{3}|\d{5}|\d{7})$/,
    expected: {
      zh: "功能分类科目编码应为 3 位（类）、5 位（款）或 7 位（项）数字，如 201、20103、2010301",
      en: "A functional code has 3 (class), 5 (category) or 7 (item) digits, e.g. 201, 20103, 2010301",
    },
  },
  economicCode: {
    pattern: /^(\d{3}|\d{5})$/,
    expected: {
      zh: "经济分类科目编码应为 3 位（类）或 5 位（款）数字，如 301、30101",
      en: "An economic code has 3 (class) or 5 (item) digits, e.g. 301, 30101",
    },
  },
} as const;

/** Codes are optional (合计 rows have none); a present code must be well formed. */
const codeCell = (type: keyof typeof CODE_FORMATS) =>
  z.string().transform((raw, ctx): string | undefined => {
    if (raw === "") return undefined;
    const format = CODE_FORMATS[type];
    return format.pattern.test(raw) ? raw : fail(ctx, { rule: "codeMalformed", params: { expected: format.expected } });
  });

const textCell = (required: boolean) =>
  z.string().transform((raw, ctx) => (required && raw === "" ? fail(ctx, { rule: "textRequired" }) : raw));

const SIDES = { 收入: "income", 支出: "expenditure" } as const;
export type Side = (typeof SIDES)[keyof typeof SIDES];

const sideCell = z.string().transform((raw, ctx): Side => {
  const side = SIDES[raw as keyof typeof SIDES];
  return side ?? fail(ctx, { rule: "sideInvalid" });
});

export type UnitRowKind = "total" | "unit" | "detail";

/** 行类型 words: 合计, 单位, and the table's own detail word (类别 in 表11, 项目 in 表12). */
export const rowKindWords = (spec: TableSpec): Record<string, UnitRowKind> => ({
  合计: "total",
  单位: "unit",
  ...(spec.detailKind ? { [spec.detailKind.zh]: "detail" as const } : {}),
});

const rowKindCell = (spec: TableSpec) => {
  const words = rowKindWords(spec);
  const allowed = Object.keys(words)
    .map((w) => `“${w}”`)
    .join("、");
  return z.string().transform((raw, ctx): UnitRowKind => {
    const kind = words[raw];
    return kind ?? fail(ctx, { rule: "kindInvalid", params: { allowed } });
  });
};

export const cellSchema = (column: ColumnSpec, spec: TableSpec) => {
  switch (column.type) {
    case "money":
      return moneyCell;
    case "text":
      return textCell(column.required);
    case "functionCode":
    case "economicCode":
      return codeCell(column.type);
    case "side":
      return sideCell;
    case "rowKind":
      return rowKindCell(spec);
  }
};

/** One row of a table as an object keyed by column key, all values still strings. */
export const rowSchema = (spec: TableSpec) =>
  z.object(Object.fromEntries(spec.columns.map((c) => [c.key, cellSchema(c, spec)])));
