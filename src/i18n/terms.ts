/**
 * The translator's glossary: one English term for each recurring budget term, wherever it is
 * written — UI strings, the standard row names and notes, the profiles' table titles and column
 * labels. tests/unit/terms.test.ts holds every English text whose Chinese uses a term to its
 * English. (CONVENTIONS.md names the first of them.)
 */
export const TERMS: readonly { zh: string; en: string }[] = [
  { zh: "一般公共预算", en: "general public budget" },
  { zh: "政府性基金", en: "government fund" },
  { zh: "国有资本经营预算", en: "state capital operation budget" },
  { zh: "基本支出", en: "basic expenditure" },
  { zh: "项目支出", en: "project expenditure" },
  { zh: "机关运行经费", en: "administrative operating costs" },
  { zh: "“三公”经费", en: "“three public” expenses" },
  { zh: "财政拨款", en: "fiscal appropriation" },
  { zh: "政府采购", en: "government procurement" },
];
