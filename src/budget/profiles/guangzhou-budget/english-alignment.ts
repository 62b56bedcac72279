/**
 * The English edition pairs its texts with the Chinese by position (paragraphs) or by the
 * Chinese text itself (names). Check that the pairing still holds after the Chinese changed.
 */
import { finding, RULES } from "../../data-rules";
import type { Finding } from "../../findings";
import type { DepartmentMeta } from "./department";
import type { English } from "./english";
import type { Explanation } from "./explanation";
import type { Glossary } from "../../schema/glossary";
import type { BudgetTable } from "../../model";

interface Chinese {
  meta: DepartmentMeta;
  explanation: Explanation;
  glossary: Glossary;
  tables: readonly BudgetTable[];
}

export const checkEnglishAlignment = (chinese: Chinese & { english: English }, file: string): Finding[] => {
  const { english } = chinese;
  const findings: Finding[] = [];
  const sameCount = (column: string, zh: number, en: number | undefined): void => {
    if (en !== undefined && en !== zh) findings.push(finding(RULES.englishCountMismatch, { file, column }, { zh, en }));
  };
  sameCount("overview.duties", chinese.meta.overview.duties.length, english.overview?.duties?.length);
  sameCount("glossary", chinese.glossary.terms.length, english.glossary?.length);
  const sections = english.explanation?.sections;
  sameCount("explanation.sections", chinese.explanation.sections.length, sections?.length);
  if (sections && sections.length === chinese.explanation.sections.length) {
    sections.forEach((section, i) => {
      const zh = chinese.explanation.sections[i];
      if (zh) sameCount(`explanation.sections.${i}.paragraphs`, zh.paragraphs.length, section.paragraphs.length);
    });
  }
  const printedNames = new Set(chinese.tables.flatMap((t) => t.rows.map((r) => r.name)));
  for (const [column, map] of [
    ["names", english.names],
    ["performance_goals", english.performance_goals],
  ] as const) {
    for (const key of Object.keys(map ?? {})) {
      if (!printedNames.has(key)) findings.push(finding(RULES.englishUnused, { file, column, value: key }));
    }
  }
  return findings;
};
