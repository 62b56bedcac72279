/**
 * zod schemas derived from the table registry: one cell schema per column type, one row
 * schema per table. Every failure carries the catalogue rule it stands for in `params`, so
 * the loader turns zod issues into findings without parsing zod's own messages.
 */
import { z } from "zod";
import type { Params, RuleKey } from "./data-rules";
import { parseAmount, type AmountProblem, type AmountUnit } from "./money";
import type { ColumnSpec, TableSpec } from "./profiles/types";

export interface IssueParams {
  rule: RuleKey;
  params?: Params;
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

/**
 * An amount in the table's unit. Where the document prints nothing for zero (`blankAmounts`),
 * a blank cell is kept as a printed blank (`null`), which counts as 0 in every sum.
 */
const moneyCell = (unit: AmountUnit, blankAllowed: boolean) =>
  z.string().transform((raw, ctx): number | null => {
    if (blankAllowed && raw.trim() === "") return null;
    const parsed = parseAmount(raw, { decimals: unit.decimals });
    return parsed.ok
      ? parsed.value
      : fail(ctx, {
          rule: AMOUNT_RULE[parsed.problem],
          params: { unit: unit.unit, decimals: unit.decimals },
        });
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

const CODE_PART_DIGITS: Record<number, number> = { 0: 3, 1: 2, 2: 2 };
const CODE_PART_NAME: Record<number, string> = { 0: "类", 1: "款", 2: "项" };

/** One printed part of a code (类 3 digits, 款/项 2 digits); blank where the row has no such level. */
const codePartCell = (part: number) =>
  z.string().transform((raw, ctx): string | undefined => {
    if (raw === "") return undefined;
    const digits = CODE_PART_DIGITS[part] ?? 2;
    if (new RegExp(`^\\d{${digits}}$`).test(raw)) return raw;
    return fail(ctx, {
      rule: "codeMalformed",
      params: {
        expected: {
          zh: `“${CODE_PART_NAME[part] ?? ""}”栏应为 ${digits} 位数字`,
          en: `the “${CODE_PART_NAME[part] ?? ""}” column holds ${digits} digits`,
        },
      },
    });
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

export const cellSchema = (column: ColumnSpec, spec: TableSpec, unit: AmountUnit) => {
  switch (column.type) {
    case "money":
      // A side-specific column is blank on the other side of a two-sided table.
      return moneyCell(unit, spec.blankAmounts === true || column.side !== undefined || column.optional === true);
    case "text":
      return textCell(column.required);
    case "functionCode":
    case "economicCode":
      return codeCell(column.type);
    case "functionCodePart":
    case "economicCodePart":
      return codePartCell(column.part ?? 0);
    case "side":
      return sideCell;
    case "rowKind":
      return rowKindCell(spec);
  }
};

const makeRowSchema = (spec: TableSpec, unit: AmountUnit, columns: readonly ColumnSpec[]) =>
  z.object(Object.fromEntries(columns.map((c) => [c.key, cellSchema(c, spec, unit)])));

/**
 * Row schemas made so far, by table, unit and columns present. A schema is the same for every file
 * of a table with the same unit and columns, and making one (zod compiles it on first use) cost
 * more than checking a table's rows with it: made once, not once per file.
 */
const rowSchemas = new WeakMap<TableSpec, Map<string, ReturnType<typeof makeRowSchema>>>();

/** One row of a table as an object keyed by column key, all values still strings. */
export const rowSchema = (spec: TableSpec, unit: AmountUnit, columns: readonly ColumnSpec[] = spec.columns) => {
  const key = `${unit.unit} ${unit.decimals} ${columns.map((c) => c.key).join(",")}`;
  let bySpec = rowSchemas.get(spec);
  if (!bySpec) rowSchemas.set(spec, (bySpec = new Map()));
  let schema = bySpec.get(key);
  if (!schema) bySpec.set(key, (schema = makeRowSchema(spec, unit, columns)));
  return schema;
};
