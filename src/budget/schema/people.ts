/**
 * How many people a department-year's spending serves, where staff give it (department.yaml, every
 * profile): the residents of the area the department serves (a 街道, a district) and the staff it
 * employs, each with the date the count is of and where it is published. Budget documents rarely
 * print either, so both are optional and a count without its source is refused: the site then
 * states spending per resident and per staff member beside the total, never from a guess.
 */
import { z } from "zod";
import { requiredText } from "./fields";

const headcount = z.strictObject({
  /** How many: a whole number of people. */
  count: z.number().refine((n) => Number.isSafeInteger(n) && n > 0, {
    params: { zh: "应为大于 0 的整数（人数），如 52000", en: "should be a whole number of people above 0, e.g. 52000" },
  }),
  /** The date the count is of, as the source gives it ("2024年末", "2025-01-01"). */
  asOf: requiredText,
  /** Where the count is published ("普陀区统计年鉴2024", "2025年部门预算·部门概况"). */
  source: requiredText,
});

export const peopleSchema = z.strictObject({
  /** 常住人口 of the area the department serves. */
  residents: headcount.optional(),
  /** 编制人数 or 在职人数, as the source counts them. */
  staff: headcount.optional(),
});
