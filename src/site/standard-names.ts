/**
 * English for the recurring texts of the standard disclosure that are not classification names:
 * the fixed lines of 表1 and 表4, the stock notes, glossary terms. A translator's glossary in
 * code: a department's english.yaml can still override any of them.
 *
 * Terms follow the project's glossary (CONVENTIONS.md): 一般公共预算 general public budget,
 * 政府性基金预算 government fund budget, 国有资本经营预算 state capital operation budget …
 */

/** Printed row names (after any "一、" ordinal) that recur in every department's tables. */
export const STANDARD_ROW_NAMES: Readonly<Record<string, string>> = {
  合计: "Total",
  小计: "Subtotal",
  // 表1 income
  预算拨款: "Budget appropriations",
  财政拨款: "Fiscal appropriations",
  财政拨款收入: "Fiscal appropriation income",
  财政专户拨款: "Appropriations from special fiscal accounts",
  其他资金: "Other funds",
  事业收入: "Public institution revenue",
  经营收入: "Business revenue",
  其他收入: "Other revenue",
  上级补助收入: "Subsidies from higher-level units",
  附属单位上缴收入: "Remittances from affiliated units",
  用事业基金弥补收支差额: "Institution fund used to cover the gap",
  上年结转: "Carried over from the previous year",
  上年结转结余: "Balances carried over from the previous year",
  本年收入合计: "Total revenue for the year",
  收入总计: "Total revenue",
  // Shanghai 财务收支预算总表 income lines and their sub-lines
  一般公共预算资金: "General public budget funds",
  政府性基金: "Government funds",
  事业单位经营收入: "Business revenue of public institutions",
  // 表4 income
  一般公共预算: "General public budget",
  政府性基金预算: "Government fund budget",
  国有资本经营预算: "State capital operation budget",
  // 表1 / 表4 expenditure lines without a classification code
  债务还本付息支出: "Debt principal and interest payments",
  对附属单位补助支出: "Subsidies to affiliated units",
  上缴上级支出: "Remittances to higher-level units",
  事业单位经营支出: "Business expenditure of public institutions",
  结转下年: "Carried forward to next year",
  结转下年支出: "Expenditure carried forward to next year",
  本年支出合计: "Total expenditure for the year",
  支出总计: "Total expenditure",
};

/** Notes printed under tables in most disclosures. */
export const STANDARD_NOTES: Readonly<Record<string, string>> = {
  "无。": "None.",
  无: "None.",
  "本表本年无发生额。": "This table has no amounts this year.",
  "本套报表金额单位转换时可能存在尾数误差。":
    "Amounts in these tables may differ in the last digit because of unit conversion.",
  "本报告表格和文字部分的金额因四舍五入可能存在尾差。":
    "Amounts in the tables and text of this report may differ in the last digit because of rounding.",
  "财政拨款收支情况包括一般公共预算、政府性基金预算、国有资本经营预算拨款收支情况。":
    "Fiscal appropriation revenue and expenditure comprise appropriations from the general public budget, the government fund budget and the state capital operation budget.",
  "表中功能分类科目，根据部门实际预算编制情况编列。":
    "The functional classification items in this table are listed according to the department's actual budget.",
};

/**
 * The standard 名词解释 terms: each one's English and, for those the key figures and headings link
 * to, the glossary anchor's slug, so links stay the same across departments and years.
 */
export const STANDARD_TERMS: Readonly<Record<string, { en: string; slug?: string }>> = {
  财政拨款收入: { en: "Fiscal appropriation income", slug: "fiscal-appropriation-income" },
  事业收入: { en: "Public institution revenue", slug: "public-institution-revenue" },
  经营收入: { en: "Business revenue", slug: "business-revenue" },
  其他收入: { en: "Other revenue", slug: "other-revenue" },
  用事业基金弥补收支差额: { en: "Institution fund used to cover the gap", slug: "institution-fund" },
  基本支出: { en: "Basic expenditure", slug: "basic-expenditure" },
  项目支出: { en: "Project expenditure", slug: "project-expenditure" },
  经营支出: { en: "Business expenditure", slug: "business-expenditure" },
  "行政经费（机关运行经费）": {
    en: "Administrative costs (administrative operating costs)",
    slug: "administrative-costs",
  },
  "“三公”经费": { en: "“Three public” expenses", slug: "three-public-expenses" },
  上年结转: { en: "Carried over from the previous year" },
  结转下年: { en: "Carried forward to next year" },
};
