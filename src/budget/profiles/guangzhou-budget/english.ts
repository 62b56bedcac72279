/**
 * english.yaml (optional): the English edition's texts for what is particular to one
 * department-year. Standard names (table titles, columns, classification codes) come from the
 * registry and the classification lists instead. Whatever is missing here is shown in Chinese,
 * marked lang="zh-CN".
 */
import { z } from "zod";
import { TABLES } from "./tables";
import type { TableId } from "./tables";
import { requiredText } from "../../schema/fields";

const tableNotes = z
  .strictObject(
    Object.fromEntries(
      TABLES.filter((t) => t.number !== undefined).map((t) => [t.id, requiredText.optional()]),
    ) as Record<TableId, z.ZodOptional<typeof requiredText>>,
  )
  .optional();

export const englishSchema = z.strictObject({
  department: requiredText.optional(),
  title: requiredText.optional(),
  overview: z
    .strictObject({
      duties: z.array(requiredText).optional(),
      institutions: requiredText.optional(),
      composition: requiredText.optional(),
    })
    .optional(),
  table_notes: tableNotes,
  notes: z.strictObject({ tables: requiredText.optional(), report: requiredText.optional() }).optional(),
  explanation: z
    .strictObject({
      sections: z
        .array(
          z.strictObject({
            heading: requiredText,
            paragraphs: z.array(requiredText),
            key_projects_note: requiredText.optional(),
          }),
        )
        .optional(),
      /** English for each fact's reason, keyed like explanation.yaml facts. */
      reasons: z.record(z.string(), requiredText).optional(),
    })
    .optional(),
  glossary: z.array(z.strictObject({ term: requiredText, definition: requiredText })).optional(),
  /** Names printed in the tables that are not classification names, keyed by the Chinese as printed. */
  names: z.record(z.string(), requiredText).optional(),
  /** 绩效目标 in English, keyed by the project name as printed. */
  performance_goals: z.record(z.string(), requiredText).optional(),
});

export type English = z.output<typeof englishSchema>;
