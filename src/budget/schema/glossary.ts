/** glossary.yaml: 第四部分 名词解释, one entry per term in printed order. */
import { z } from "zod";
import { requiredText } from "./fields";

export const glossarySchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        term: requiredText,
        definition: requiredText,
      }),
    )
    .min(1),
});

export type Glossary = z.output<typeof glossarySchema>;

/** The same with the part's heading as printed (第四部分 名词解释, 三、名词解释): Shanghai's and Jiangsu's. */
export const headedGlossarySchema = glossarySchema.extend({ heading: requiredText });
