/**
 * The YAML files of a Shanghai department-year: department.yaml (cover, 目录, the printed table
 * titles and notes, 主要职能 and 机构设置), glossary.yaml (名词解释) and explanation.yaml (编制说明,
 * 其他相关情况说明, 项目经费情况说明, and the figures they state).
 */
import { z } from "zod";
import { peopleSchema } from "../../schema/people";
import { sourceSchema } from "../../schema/source";
import { percentage, proseAmount, requiredText } from "../../schema/fields";
import { headedGlossarySchema } from "../../schema/glossary";
import { SHANGHAI_TABLE_IDS } from "./tables";

const section = z.strictObject({
  /** Untitled sections (the 编制说明's paragraphs) have no heading. */
  heading: requiredText.optional(),
  paragraphs: z.array(requiredText),
});

const textPart = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.strictObject({
    key: z.enum(keys),
    /** The heading as printed on the page. */
    heading: requiredText,
    paragraphs: z.array(requiredText).min(1),
  });

const tableEntry = z.strictObject({
  /** The title as printed above the table. */
  title: requiredText,
  /** The 注 printed under the table, e.g. "注:本部门2025年无政府性基金预算…故本表为空表。". */
  note: requiredText.optional(),
});

export const shanghaiMetaSchema = z.strictObject({
  profile: z.literal("shanghai-budget"),
  /** 部门预算 (预算主管部门) or 单位预算 (预算单位), as the cover says. */
  kind: z.enum(["部门预算", "单位预算"]),
  department: requiredText,
  year: z.number().int().min(2000).max(2100),
  /** The cover title, e.g. 上海市普陀区2025年区级部门预算. */
  title: requiredText,
  /** The cover line, e.g. 预算主管部门：上海市普陀区人民政府万里街道办事处. */
  cover: requiredText,
  /** Publication date, official page, the PDF itself, contact (schema/source.ts). */
  source: sourceSchema.optional(),
  people: peopleSchema.optional(),
  /** How the tables without a unit of their own print amounts: 元, integers or two decimals. */
  amounts: z.strictObject({
    unit: z.enum(["元", "万元"]),
    decimals: z.union([z.literal(0), z.literal(2)]),
  }),
  /** The 目录's top-level lines as printed. */
  contents: z.array(requiredText).min(1),
  /** Every table the document prints, by the profile's id. */
  tables: z.strictObject(
    Object.fromEntries(SHANGHAI_TABLE_IDS.map((id) => [id, tableEntry])) as Record<
      (typeof SHANGHAI_TABLE_IDS)[number],
      typeof tableEntry
    >,
  ),
  /** 主要职能 and 机构设置, in printed order. */
  overview: z.array(textPart(["duties", "institutions"])).min(1),
});

export type ShanghaiMeta = z.output<typeof shanghaiMetaSchema>;

export const shanghaiGlossarySchema = headedGlossarySchema;

export type ShanghaiGlossary = z.output<typeof shanghaiGlossarySchema>;

/** A stated figure, with its stated change against the comparison year where the text gives one. */
const statedFigure = z.strictObject({
  amount: proseAmount(false),
  /** Signed: 减少 → negative; 持平 → 0. */
  change: proseAmount(true).optional(),
  /** What this figure is compared with, where it differs from the document's `compared_with`. */
  compared_with: requiredText.optional(),
});

/** "无" where the text says there is none (e.g. 无机关运行经费). */
const none = z.literal("无");

const itemLine = z.strictObject({
  /** The 7-digit function code of the 项 the line names. */
  code: z
    .union([z.string(), z.number()])
    .transform(String)
    .refine((code) => /^\d{7}$/.test(code), {
      params: { zh: "应为 7 位功能分类科目编码（项）", en: "should be a 7-digit functional code (项)" },
    }),
  amount: proseAmount(false),
  /** The prior year's 执行数 the line states. */
  prior: proseAmount(false).optional(),
  /** The stated change in percent, without %. */
  percent: percentage.optional(),
});

const FIGURE_KEYS = [
  "income",
  "fiscal_income",
  "operating_income",
  "business_income",
  "other_income",
  "expenditure",
  "fiscal_expenditure",
  "general_budget",
  "gov_fund",
  "state_capital",
  "three_public",
  "abroad",
  "vehicles",
  "vehicle_purchase",
  "vehicle_operation",
  "reception",
] as const;

export type ShanghaiFigureKey = (typeof FIGURE_KEYS)[number] | "admin_costs";

export const shanghaiExplanationSchema = z.strictObject({
  parts: z
    .array(
      z.strictObject({
        key: z.enum(["compilation", "other", "projects"]),
        heading: requiredText,
        sections: z.array(section).min(1),
      }),
    )
    .min(1),
  facts: z.strictObject({
    /** What the changes are stated against, as printed: 2024年预算. */
    compared_with: requiredText.optional(),
    ...(Object.fromEntries(FIGURE_KEYS.map((k) => [k, statedFigure.optional()])) as Record<
      (typeof FIGURE_KEYS)[number],
      z.ZodOptional<typeof statedFigure>
    >),
    admin_costs: z.union([statedFigure, none]).optional(),
    items: z.array(itemLine).optional(),
    procurement: z
      .strictObject({
        total: proseAmount(false),
        goods: proseAmount(false),
        works: proseAmount(false),
        services: proseAmount(false),
      })
      .optional(),
    sme: z.strictObject({ reserved: proseAmount(false), small_micro: proseAmount(false) }).optional(),
    performance: z.strictObject({ projects: z.number().int().min(0), amount: proseAmount(false) }).optional(),
    assets: z
      .strictObject({
        as_of: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
        vehicles: z.number().int().min(0),
        equipment_over_1m: z.number().int().min(0),
        planned_vehicles: z.number().int().min(0),
        planned_equipment: z.number().int().min(0),
      })
      .optional(),
  }),
});

export type ShanghaiExplanation = z.output<typeof shanghaiExplanationSchema>;
export type StatedFigure = z.output<typeof statedFigure>;
