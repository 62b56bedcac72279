/**
 * explanation.yaml: 第三部分 情况说明. The text is kept as printed (sections and paragraphs);
 * the figures it states are kept as facts, so the checks can compare them with the tables.
 */
import { z } from "zod";
import { percentage, proseAmount, requiredText } from "../../schema/fields";

const section = z.strictObject({
  heading: requiredText,
  paragraphs: z.array(requiredText).min(1),
  /** The 重点项目 table (key-projects.csv) is printed after this section's paragraphs. */
  key_projects: z.boolean().optional(),
  /** The 注： under the key-projects table. */
  key_projects_note: requiredText.optional(),
});

/** A stated figure with its change on the previous year. */
const changeFact = z.strictObject({
  amount: proseAmount(false),
  /** Signed: negative where the text says 减少. */
  change: proseAmount(true),
  percent: percentage.optional(),
  /** The text after 主要原因是. */
  reason: requiredText.optional(),
});

export const explanationSchema = z.strictObject({
  sections: z.array(section).min(1),
  facts: z.strictObject({
    income: changeFact,
    expenditure: changeFact,
    three_public: changeFact,
    abroad: changeFact,
    vehicles: changeFact,
    vehicle_purchase: changeFact,
    vehicle_operation: changeFact,
    reception: changeFact,
    admin_costs: changeFact,
    procurement: z.strictObject({
      total: proseAmount(false),
      goods: proseAmount(false),
      works: proseAmount(false),
      services: proseAmount(false),
    }),
    assets: z.strictObject({
      /** Date of the asset figures, YYYY-MM-DD. YAML may read an unquoted date as a Date. */
      as_of: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
      value: proseAmount(false),
      building_area_m2: proseAmount(false),
      vehicles: z.number().int().min(0),
      equipment_over_1m: z.number().int().min(0),
      planned_purchase: proseAmount(false),
      planned_purchase_reason: requiredText,
    }),
  }),
});

export type Explanation = z.output<typeof explanationSchema>;
export type ChangeFact = z.output<typeof changeFact>;
