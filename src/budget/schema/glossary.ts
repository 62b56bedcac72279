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
