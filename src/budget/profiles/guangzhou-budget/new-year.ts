/** How next year's Guangzhou folder is scaffolded from this year's (npm run new-year). */
import { isMap, isScalar } from "yaml";
import {
  blankOut,
  carryChangeFacts,
  explanationHeader,
  placeholderParagraphs,
  type NewYearPlan,
} from "../../new-year-yaml";
import { FACT_LABEL } from "./explanation-checks";

export const GUANGZHOU_NEW_YEAR: NewYearPlan = {
  departmentYears: [["title"]],
  englishYears: [["title"]],
  // The Chinese 情况说明 is reset and the key-projects table emptied: last year's English of them
  // paired by position would silently publish last year's text.
  englishDrop: [["explanation"], ["performance_goals"]],
  englishEmpty: [],
  explanation: (doc, from, to) => {
    // Headings are the document's standard sections; every paragraph is the new year's own, and
    // the schema wants at least one: a placeholder the text checks will not find figures in.
    for (const section of placeholderParagraphs(doc, to)) section.delete("key_projects_note");
    const facts = doc.get("facts", true);
    if (!isMap(facts)) return [];
    const prior = carryChangeFacts(facts, FACT_LABEL, () => true, "none");
    // The schema requires the procurement and asset figures (and their date), which have no
    // prior-year meaning: placeholders, which the text checks will not find in the new text.
    for (const pair of facts.items) {
      if (!prior.some((p) => isScalar(pair.key) && p.key === pair.key.value)) blankOut(pair.value);
    }
    explanationHeader(doc, from, to);
    return prior;
  },
};
