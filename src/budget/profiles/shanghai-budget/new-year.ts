/** How next year's Shanghai folder is scaffolded from this year's (npm run new-year). */
import { isMap, Scalar } from "yaml";
import { carryChangeFacts, editAt, emptyAt, explanationHeader, textYear, type NewYearPlan } from "../../new-year-yaml";
import { FACTS } from "./explanation-checks";

export const SHANGHAI_NEW_YEAR: NewYearPlan = {
  departmentYears: [["title"], ["tables", "*", "title"], ["tables", "*", "note"]],
  englishYears: [
    ["title"],
    ["tables", "*", "title"],
    ["tables", "*", "note"],
    ["explanation", "*", "heading"],
    ["explanation", "*", "sections", "*", "heading"],
  ],
  englishDrop: [],
  englishEmpty: [["explanation", "*", "sections", "*", "paragraphs"]],
  explanation: (doc, from, to) => {
    // The schema allows a section without paragraphs: headings (with the new year) stay, text goes.
    editAt(doc, ["parts", "*", "heading"], textYear(from, to));
    editAt(doc, ["parts", "*", "sections", "*", "heading"], textYear(from, to));
    emptyAt(doc, ["parts", "*", "sections", "*", "paragraphs"]);
    const facts = doc.get("facts", true);
    if (!isMap(facts)) return [];
    // Changes are stated against last year's budget (“比2025年预算增加”); a figure compared with
    // an outturn (its own compared_with, 执行数) has no budget figure to carry. The per-项 lines'
    // `prior` is last year's 执行数, not known until then, so the items go with the other facts.
    const labels = Object.fromEntries(Object.entries(FACTS).map(([key, spec]) => [key, spec.label]));
    const prior = carryChangeFacts(facts, labels, (fact) => !fact.has("compared_with"), "others");
    const basis = new Scalar(`${from}年预算`);
    basis.type = Scalar.QUOTE_DOUBLE;
    if (prior.length > 0) facts.set("compared_with", basis);
    else facts.delete("compared_with");
    explanationHeader(doc, from, to);
    return prior;
  },
};
