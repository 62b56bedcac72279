/**
 * english.yaml (optional) of a Shanghai department-year: the English edition's own texts,
 * paired with the Chinese by position (paragraphs, terms, sections) or by the printed Chinese
 * (names). Table titles and columns, classification names and the generated sentences come
 * from the profile and the classification lists; whatever is missing shows in Chinese, marked.
 */
import { z } from "zod";
import { finding, RULES } from "../../data-rules";
import type { Finding } from "../../findings";
import { requiredText } from "../../schema/fields";
import type { BudgetTable } from "../../model";
import type { ShanghaiExplanation, ShanghaiGlossary, ShanghaiMeta } from "./schema";
import { SHANGHAI_TABLE_IDS } from "./tables";

const paragraphs = z.array(requiredText);

export const shanghaiEnglishSchema = z.strictObject({
  department: requiredText.optional(),
  title: requiredText.optional(),
  cover: requiredText.optional(),
  /** The 目录's top-level lines, in the same order. */
  contents: z.array(requiredText).optional(),
  /** Each table's printed title and note in English. */
  tables: z
    .strictObject(
      Object.fromEntries(
        SHANGHAI_TABLE_IDS.map((id) => [
          id,
          z.strictObject({ title: requiredText, note: requiredText.optional() }).optional(),
        ]),
      ) as Record<
        (typeof SHANGHAI_TABLE_IDS)[number],
        z.ZodOptional<z.ZodObject<{ title: typeof requiredText; note: z.ZodOptional<typeof requiredText> }>>
      >,
    )
    .optional(),
  /** 主要职能 and 机构设置, in the same order as department.yaml's overview. */
  overview: z.array(z.strictObject({ heading: requiredText, paragraphs })).optional(),
  glossary: z
    .strictObject({
      heading: requiredText,
      terms: z.array(z.strictObject({ term: requiredText, definition: requiredText })),
    })
    .optional(),
  /** The explanation's parts and sections, in the same order as explanation.yaml's. */
  explanation: z
    .array(
      z.strictObject({
        heading: requiredText,
        sections: z.array(z.strictObject({ heading: requiredText.optional(), paragraphs })),
      }),
    )
    .optional(),
  /** Names printed in the tables that are not classification names, keyed by the Chinese as printed. */
  names: z.record(z.string(), requiredText).optional(),
});

export type ShanghaiEnglish = z.output<typeof shanghaiEnglishSchema>;

/** Findings where the English no longer pairs with the Chinese (after the Chinese changed). */
export const checkShanghaiEnglish = (
  chinese: {
    meta: ShanghaiMeta;
    explanation: ShanghaiExplanation;
    glossary: ShanghaiGlossary;
    english: ShanghaiEnglish;
    tables: readonly BudgetTable[];
  },
  file: string,
): Finding[] => {
  const { english, meta, explanation, glossary } = chinese;
  const findings: Finding[] = [];
  const sameCount = (column: string, zh: number, en: number | undefined): void => {
    if (en !== undefined && en !== zh) findings.push(finding(RULES.englishCountMismatch, { file, column }, { zh, en }));
  };
  sameCount("contents", meta.contents.length, english.contents?.length);
  sameCount("overview", meta.overview.length, english.overview?.length);
  english.overview?.forEach((part, i) => {
    const zh = meta.overview[i];
    if (zh) sameCount(`overview.${i}.paragraphs`, zh.paragraphs.length, part.paragraphs.length);
  });
  sameCount("glossary.terms", glossary.terms.length, english.glossary?.terms.length);
  sameCount("explanation", explanation.parts.length, english.explanation?.length);
  english.explanation?.forEach((part, i) => {
    const zh = explanation.parts[i];
    if (!zh) return;
    sameCount(`explanation.${i}.sections`, zh.sections.length, part.sections.length);
    part.sections.forEach((section, j) => {
      const zhSection = zh.sections[j];
      if (zhSection)
        sameCount(`explanation.${i}.sections.${j}.paragraphs`, zhSection.paragraphs.length, section.paragraphs.length);
    });
  });
  for (const id of Object.keys(english.tables ?? {})) {
    if (!(id in meta.tables)) findings.push(finding(RULES.englishUnused, { file, column: "tables", value: id }));
  }
  const printedNames = new Set(chinese.tables.flatMap((t) => t.rows.map((r) => r.name)));
  for (const key of Object.keys(english.names ?? {})) {
    if (!printedNames.has(key)) findings.push(finding(RULES.englishUnused, { file, column: "names", value: key }));
  }
  return findings;
};
