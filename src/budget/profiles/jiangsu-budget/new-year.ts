/** How next year's Jiangsu folder is scaffolded from this year's (npm run new-year). */
import { isMap } from "yaml";
import { bi, type Bilingual } from "../../i18n-text";
import {
  carryChangeFacts,
  editAt,
  explanationHeader,
  placeholderParagraphs,
  textYear,
  type NewYearPlan,
} from "../../new-year-yaml";
import { figureLabel } from "./explanation-checks";
import { JIANGSU_FIGURE_KEYS, type JiangsuFigureKey } from "./schema";

/** The stated figures in English, for the scaffold's list of prior-year figures. */
const ENGLISH: Readonly<Record<JiangsuFigureKey, string>> = {
  total: "revenue and expenditure total",
  fiscal_income: "fiscal appropriation income",
  general_budget_income: "general public budget income",
  gov_fund_income: "government fund income",
  special_account_income: "funds in special fiscal accounts",
  other_income: "other funds",
  basic: "basic expenditure",
  project: "project expenditure",
  reserve: "unit contingency reserve",
  fiscal: "fiscal appropriations, revenue and expenditure",
  fiscal_expenditure: "fiscal appropriation expenditure",
  general_budget_expenditure: "general public budget expenditure",
  gov_fund_expenditure: "government fund expenditure",
  abroad: "official travel abroad",
  vehicles: "official vehicles, purchase and operation",
  vehicle_purchase: "vehicle purchase",
  vehicle_operation: "vehicle operation and maintenance",
  reception: "official receptions",
  meetings: "meetings",
  training: "training",
  admin_costs: "administrative operating costs",
};

const LABELS: Readonly<Record<string, Bilingual>> = Object.fromEntries(
  JIANGSU_FIGURE_KEYS.map((key) => [key, bi(figureLabel(key), ENGLISH[key])]),
);

export const JIANGSU_NEW_YEAR: NewYearPlan = {
  // The cover, the 目录, the table titles and the 概况's headings name the year ("2018 年度…").
  departmentYears: [
    ["title"],
    ["contents", "*", "part"],
    ["contents", "*", "entries", "*"],
    ["tables", "*", "title"],
    ["overview", "sections", "*", "heading"],
  ],
  // The cover's date is the day this year's document was published: next year's is not known.
  departmentDrop: [["date"]],
  englishYears: [],
  englishDrop: [],
  englishEmpty: [],
  explanation: (doc, from, to) => {
    // Headings (with the new year) stay; every paragraph is the new year's own, and the schema
    // wants at least one: a placeholder the text checks find no figure in.
    editAt(doc, ["heading"], textYear(from, to));
    editAt(doc, ["sections", "*", "heading"], textYear(from, to));
    placeholderParagraphs(doc, to);
    const facts = doc.get("facts", true);
    if (!isMap(facts)) return [];
    // Every figure stated with its change on last year carries over as next year's 上年 figure;
    // the classes, items, splits and procurement are the new text's own.
    const prior = carryChangeFacts(facts, LABELS, () => true, "others");
    explanationHeader(doc, from, to);
    return prior;
  },
};
