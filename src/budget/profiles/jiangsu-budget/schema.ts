/**
 * The YAML files of a Jiangsu department-year: department.yaml (cover, 目录, the printed table
 * titles and notes, 第一部分 部门概况), explanation.yaml (第三部分 情况说明 as printed, and the figures
 * it states) and glossary.yaml (第四部分 名词解释).
 */
import { z } from "zod";
import { peopleSchema } from "../../schema/people";
import { sourceSchema } from "../../schema/source";
import { percentage, proseAmount, requiredText } from "../../schema/fields";
import { headedGlossarySchema } from "../../schema/glossary";
import { JIANGSU_TABLE_IDS, type JiangsuTableId } from "./tables";

const section = z.strictObject({
  heading: requiredText.optional(),
  paragraphs: z.array(requiredText).min(1),
});

const textPart = z.strictObject({
  /** The part's heading as printed: 第一部分 部门概况. */
  heading: requiredText,
  sections: z.array(section).min(1),
});

const tableEntry = z.strictObject({
  /** The title as printed above the table (公开 01 表：收支预算总表, 一、2018 年度…收支预算总表). */
  title: requiredText,
  /** Text printed inside an empty table's body: 此表为空. */
  empty: requiredText.optional(),
  /** The 说明 printed under the table: 说明：本部门无相关收支项目。 */
  note: requiredText.optional(),
});

const contentsPart = z.strictObject({
  /** 第一部分 部门概况 */
  part: requiredText,
  /** The lines under it, as printed. */
  entries: z.array(requiredText).default([]),
});

export const jiangsuMetaSchema = z.strictObject({
  profile: z.literal("jiangsu-budget"),
  kind: z.literal("部门预算"),
  department: requiredText,
  year: z.number().int().min(2000).max(2100),
  /** The cover title as printed: 江苏省人民检察院2018年部门预算. */
  title: requiredText,
  /** The date on the cover, where printed. */
  date: requiredText.optional(),
  /** Publication date, official page, the PDF itself, contact (schema/source.ts). */
  source: sourceSchema.optional(),
  people: peopleSchema.optional(),
  contents: z.array(contentsPart).min(1),
  tables: z.strictObject(
    Object.fromEntries(JIANGSU_TABLE_IDS.map((id) => [id, tableEntry])) as Record<JiangsuTableId, typeof tableEntry>,
  ),
  /** 第一部分 部门概况: 主要职能, 机构设置, 主要工作任务 (and, where printed, 编制依据). */
  overview: textPart,
});

export type JiangsuMeta = z.output<typeof jiangsuMetaSchema>;

export const jiangsuGlossarySchema = headedGlossarySchema;

export type JiangsuGlossary = z.output<typeof jiangsuGlossarySchema>;

/**
 * A figure the text states: its amount, and where printed its change on last year (signed:
 * 减少 → negative), the growth rate (percent, without %; "增长 16 倍" is `times`) and its share of
 * a whole (percent).
 */
const stated = z.strictObject({
  amount: proseAmount(false),
  change: proseAmount(true).optional(),
  rate: percentage.optional(),
  times: z.number().int().positive().optional(),
  share: percentage.optional(),
});

/** A function class, 款 or 项 line of the text: its code (3, 5 or 7 digits) and its name as printed. */
const codeLine = stated.extend({
  code: z
    .union([z.string(), z.number()])
    .transform(String)
    .refine((code) => /^(\d{3}|\d{5}|\d{7})$/.test(code), {
      params: { zh: "应为 3、5 或 7 位功能分类科目编码", en: "should be a 3-, 5- or 7-digit functional code" },
    }),
  name: requiredText,
});

const basicSplit = z.strictObject({
  amount: proseAmount(false),
  personnel: proseAmount(false),
  public: proseAmount(false),
});

export const JIANGSU_FIGURE_KEYS = [
  /** 收入、支出预算总计 */
  "total",
  /** 财政拨款收入预算总计 */
  "fiscal_income",
  /** 一般公共预算收入 */
  "general_budget_income",
  /** 政府性基金收入 */
  "gov_fund_income",
  /** 财政专户管理资金收入 */
  "special_account_income",
  /** 其他资金收入 */
  "other_income",
  /** 基本支出 (all funds, 表1/表3) */
  "basic",
  /** 项目支出 */
  "project",
  /** 单位预留机动经费 */
  "reserve",
  /** 财政拨款收、支总预算 (四) */
  "fiscal",
  /** 财政拨款支出 (五) */
  "fiscal_expenditure",
  /** 一般公共预算财政拨款支出 (七) */
  "general_budget_expenditure",
  /** 政府性基金支出 (十) */
  "gov_fund_expenditure",
  /** 因公出国（境）费 */
  "abroad",
  /** 公务用车购置及运行费 */
  "vehicles",
  /** 公务用车购置费 */
  "vehicle_purchase",
  /** 公务用车运行维护费 */
  "vehicle_operation",
  /** 公务接待费 */
  "reception",
  /** 会议费 */
  "meetings",
  /** 培训费 */
  "training",
  /** 机关运行经费 */
  "admin_costs",
] as const;

export type JiangsuFigureKey = (typeof JIANGSU_FIGURE_KEYS)[number];

export const jiangsuExplanationSchema = z.strictObject({
  /** 第三部分 …情况说明 as printed. */
  heading: requiredText,
  sections: z.array(section).min(1),
  facts: z.strictObject({
    ...(Object.fromEntries(JIANGSU_FIGURE_KEYS.map((k) => [k, stated.optional()])) as Record<
      JiangsuFigureKey,
      z.ZodOptional<typeof stated>
    >),
    /** (二) 支出预算总计: each function class, all funds (表1). */
    classes: z.array(codeLine).optional(),
    /** 五: the 款 and 项 lines of 财政拨款支出 (表5). */
    items: z.array(codeLine).optional(),
    /** 六: 财政拨款基本支出 = 人员经费 + 公用经费. */
    fiscal_basic: basicSplit.optional(),
    /** 八: 一般公共预算基本支出 = 人员经费 + 公用经费. */
    general_basic: basicSplit.optional(),
    procurement: z
      .strictObject({
        total: proseAmount(false),
        goods: proseAmount(false).optional(),
        works: proseAmount(false).optional(),
        services: proseAmount(false).optional(),
      })
      .optional(),
    performance: z.strictObject({ projects: z.number().int().min(0), amount: proseAmount(false) }).optional(),
  }),
});

export type JiangsuExplanation = z.output<typeof jiangsuExplanationSchema>;
export type JiangsuStated = z.output<typeof stated>;
