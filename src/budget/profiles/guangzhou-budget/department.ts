/** department.yaml: who, which year, the 概况 and the notes printed with the tables. */
import { z } from "zod";
import { TABLES } from "./tables";
import type { TableId } from "./tables";
import { requiredText } from "../../schema/fields";
import { peopleSchema } from "../../schema/people";
import { sourceSchema } from "../../schema/source";

const tableNotes = z.strictObject(
  Object.fromEntries(TABLES.filter((t) => t.number !== undefined).map((t) => [t.id, requiredText])) as Record<
    TableId,
    typeof requiredText
  >,
);

export const departmentSchema = z.strictObject({
  /** The profile this folder follows. */
  profile: z.literal("guangzhou-budget"),
  /** 部门名称, as printed after 单位名称：. */
  department: requiredText,
  year: z.number().int().min(2000).max(2100),
  /** Only 万元 is supported: every amount column is read as hundredths of 万元. */
  unit: z.literal("万元", {
    error: () => ({ message: "unit", params: { zh: "目前只支持“万元”", en: "must be 万元" } }),
  }),
  /** Document title, e.g. 2025年…部门预算. */
  title: requiredText,
  /** Publication date, official page, the PDF itself, contact (schema/source.ts). */
  source: sourceSchema.optional(),
  people: peopleSchema.optional(),
  overview: z.strictObject({
    /** 一、主要职责: one item per printed paragraph. */
    duties: z.array(requiredText).min(1),
    /** 二、部门机构设置. */
    institutions: requiredText,
    /** 三、部门预算构成. */
    composition: requiredText,
  }),
  /** The text after 注： under each table ("无。" when the document says so). */
  table_notes: tableNotes,
  notes: z.strictObject({
    /** Printed once with the tables, e.g. 本套报表金额单位转换时可能存在尾数误差。 */
    tables: requiredText,
    /** The report's closing note on rounding. */
    report: requiredText,
  }),
});

export type DepartmentMeta = z.output<typeof departmentSchema>;
