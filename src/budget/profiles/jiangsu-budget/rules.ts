/**
 * The Jiangsu profile's rules beyond those its table specs imply: the sums inside its three list
 * tables (表1, 表2, 表12), across its twelve tables, and against its 情况说明 — figures, growth
 * rates, shares and the sums of stated changes.
 */
import type { Bilingual } from "../../i18n-text";
import { CROSS_HINT, define, equalText, sumText, textText } from "../../reconcile/catalogue";

const TABLE_HINT = (table: string): Bilingual => ({
  zh: `请对照公开文本核对${table}：抄错的请改正；公开文本本身有误的，请在 errata.yaml 中登记。`,
  en: `Check ${table} against the document: correct a slip; record an error of the document itself in errata.yaml.`,
});

const FACT_HINT: Bilingual = {
  zh: "请对照公开文本核对情况说明中的数字（explanation.yaml 的 facts）和表中的数字：抄错的请改正；公开文本本身不一致的，请在 errata.yaml 中登记。",
  en: "Check the explanation's figure (facts in explanation.yaml) and the table's against the document: correct a slip; record an inconsistency of the document itself in errata.yaml.",
};

const PERCENT_HINT: Bilingual = {
  zh: "请核对百分比和所列数字；公开文本本身算错的，请在 errata.yaml 中登记。",
  en: "Check the percentage and the figures it is computed from; an error of the document itself goes into errata.yaml.",
};

export const RULES = {
  // ── Inside the list tables ────────────────────────────────────────────────────────
  t01Income: define(
    "t01.income",
    "table",
    "sum",
    ["table01"],
    { zh: "表1收入各合计等于其上各项", en: "Table 1's income totals equal the lines above them" },
    {
      zh: "当年收入小计 = 一、二、三…各项（不含“1.”“2.”分项）；收入合计 = 当年收入小计 + 上年结转资金；一、财政拨款 = 其下分项之和",
      en: "当年收入小计 = the numbered income lines (sub-lines not counted twice); 收入合计 = 当年收入小计 + carried-over funds; 一、财政拨款 = its sub-lines",
    },
    sumText(TABLE_HINT("表1")),
  ),
  t01Expenditure: define(
    "t01.expenditure",
    "table",
    "sum",
    ["table01"],
    { zh: "表1两列支出各自等于当年支出小计", en: "Both of Table 1's expenditure lists add up to its year total" },
    {
      zh: "当年支出小计 = 功能分类各类之和 = 支出用途各项之和；支出合计 = 当年支出小计 + 结转下年资金",
      en: "当年支出小计 = the function classes = the purposes; 支出合计 = 当年支出小计 + funds carried to next year",
    },
    sumText(TABLE_HINT("表1")),
  ),
  t01Balance: define(
    "t01.balance",
    "table",
    "equal",
    ["table01"],
    { zh: "表1收支平衡", en: "Table 1 balances" },
    { zh: "收入合计 = 支出合计", en: "收入合计 = 支出合计" },
    equalText(TABLE_HINT("表1")),
  ),
  t02Sources: define(
    "t02.sources",
    "table",
    "sum",
    ["table02"],
    {
      zh: "表2各来源小计等于其明细，收入总计等于各小计",
      en: "Table 2's subtotals equal their parts; the total equals the subtotals",
    },
    {
      zh: "每个来源的小计 = 其下明细之和（“其中：”不计）；收入总计 = 各来源小计之和（上年结转和结余资金的“其中：”不计）",
      en: "each source's 小计 = its parts (“of which” lines not counted); 收入总计 = the sources' subtotals",
    },
    sumText(TABLE_HINT("表2")),
  ),
  t02OfWhich: define(
    "t02.of-which",
    "table",
    "sum",
    ["table02"],
    { zh: "表2“其中”不超过其所属小计", en: "Table 2's “of which” does not exceed its subtotal" },
    { zh: "小计 ≥ 其中：…", en: "小计 ≥ its “of which” line" },
    sumText(TABLE_HINT("表2")),
  ),
  t12Sums: define(
    "t12.sums",
    "table",
    "sum",
    ["table12"],
    { zh: "表12各级合计等于其下各行", en: "Table 12's totals equal the lines under them" },
    {
      zh: "合计 = 各大类之和；大类 = 其下各经济科目行之和；经济科目行 = 其下各采购物品行之和",
      en: "合计 = the categories; a category = its economic lines; an economic line = its purchases",
    },
    sumText(TABLE_HINT("表12")),
  ),
  // ── Across tables ─────────────────────────────────────────────────────────────────
  t01t02Income: define(
    "x.t01-t02.income",
    "cross",
    "equal",
    ["table01", "table02"],
    { zh: "表1收入各项等于表2各来源小计", en: "Table 1's income lines equal Table 2's source subtotals" },
    {
      zh: "表1 收入合计 = 表2 收入总计；1.一般公共预算、2.政府性基金预算、财政专户管理资金、其他资金、上年结转资金 = 表2 同一来源的小计",
      en: "Table 1's 收入合计 = Table 2's 收入总计; each income line = the subtotal of the same source in Table 2",
    },
    equalText(CROSS_HINT("表1、表2")),
  ),
  t01t03Purpose: define(
    "x.t01-t03.purpose",
    "cross",
    "equal",
    ["table01", "table03"],
    { zh: "表1支出用途等于表3", en: "Table 1's purposes equal Table 3" },
    {
      zh: "表1 基本支出、项目支出、单位预留机动经费、结转下年资金、支出合计 = 表3 同名各栏",
      en: "Table 1's basic, project, contingency reserve, carried over and total = Table 3's same columns",
    },
    equalText(CROSS_HINT("表1、表3")),
  ),
  t04t01Fiscal: define(
    "x.t04-t01.fiscal",
    "cross",
    "equal",
    ["table04", "table01"],
    { zh: "表4收入等于表1财政拨款", en: "Table 4's income equals Table 1's fiscal appropriations" },
    {
      zh: "表4 收入合计 = 表1 一、财政拨款；表4 一般公共预算、政府性基金预算 = 表1 同名分项",
      en: "Table 4's 收入合计 = Table 1's 一、财政拨款; its general budget and government funds = Table 1's sub-lines",
    },
    equalText(CROSS_HINT("表1、表4")),
  ),
  t04Tables: define(
    "x.t04.tables",
    "cross",
    "equal",
    ["table04", "table05", "table06", "table07", "table10"],
    { zh: "表4各数等于表5、表6、表7、表10合计", en: "Table 4's figures equal the totals of Tables 5, 6, 7 and 10" },
    {
      zh: "表4 支出合计 = 表5 合计；表4 基本支出 = 表6 合计；表4 一般公共预算 = 表7 合计；表4 政府性基金预算 = 表10 合计",
      en: "Table 4's expenditure total = Table 5's total; its basic = Table 6's; general budget = Table 7's; government funds = Table 10's",
    },
    equalText(CROSS_HINT("表4、表5、表6、表7、表10")),
  ),
  t05Codes: define(
    "x.t05-t07-t10.codes",
    "cross",
    "sum",
    ["table05", "table07", "table10"],
    { zh: "表5每个科目等于表7与表10之和", en: "Each code of Table 5 equals Tables 7 and 10 together" },
    {
      zh: "财政拨款支出 = 一般公共预算支出 + 政府性基金支出，逐个功能科目（含合计）",
      en: "fiscal expenditure = general budget + government funds, code by code (and the totals)",
    },
    sumText(CROSS_HINT("表5、表7、表10")),
  ),
  t06t08Basic: define(
    "x.t06-t08.basic",
    "cross",
    "sum",
    ["table06", "table08"],
    { zh: "表6不少于表8", en: "Table 6 is no less than Table 8" },
    {
      zh: "财政拨款基本支出（表6）合计 ≥ 一般公共预算基本支出（表8）合计",
      en: "fiscal basic expenditure (Table 6) ≥ general budget basic expenditure (Table 8)",
    },
    sumText(CROSS_HINT("表6、表8")),
  ),
  t01t05Classes: define(
    "x.t01-t05.classes",
    "cross",
    "sum",
    ["table01", "table05"],
    { zh: "表1各功能类不少于表5同类", en: "Table 1's function classes are no less than Table 5's" },
    {
      zh: "表1 功能分类各类（全部资金）≥ 表5 同一类（财政拨款）；表5 有的类表1 也须列出金额",
      en: "each class in Table 1 (all funds) ≥ the same class in Table 5 (fiscal appropriations)",
    },
    sumText(CROSS_HINT("表1、表5")),
  ),
  t11t08Admin: define(
    "x.t11-t08.admin",
    "cross",
    "equal",
    ["table11", "table08"],
    { zh: "表11机关运行经费等于表8商品和服务支出", en: "Table 11 equals Table 8's goods and services" },
    {
      zh: "机关运行经费即公用经费：表11 合计 = 表8 [302]；表11 每个科目 = 表8 同一科目",
      en: "administrative costs are the public-use funds: Table 11's total = Table 8's [302]; each code equals Table 8's",
    },
    equalText(CROSS_HINT("表8、表11")),
  ),
  t09t08Economic: define(
    "x.t09-t08.economic",
    "cross",
    "sum",
    ["table09", "table08"],
    { zh: "表9各费不少于表8基本支出中的同一科目", en: "Table 9's items are no less than Table 8's codes" },
    {
      zh: "公务用车运行维护费 ≥ 表8 [30231]；公务接待费 ≥ [30217]；会议费 ≥ [30215]；培训费 ≥ [30216]（表9 含项目支出）",
      en: "vehicle operation ≥ Table 8 [30231]; receptions ≥ [30217]; meetings ≥ [30215]; training ≥ [30216] (Table 9 includes project spending)",
    },
    sumText(CROSS_HINT("表8、表9")),
  ),
  // ── Against the 情况说明 ──────────────────────────────────────────────────────────
  explainFigure: define(
    "explain.figure",
    "explanation",
    "equal",
    ["explanation"],
    { zh: "情况说明中的数字等于表中的同一数字", en: "The explanation's figures equal the tables'" },
    {
      zh: "收支总计、各项收入、基本支出、项目支出、单位预留机动经费、财政拨款、各功能类、款、项、人员经费、公用经费、“三公”经费、会议费、培训费、机关运行经费、政府采购 = 表中同一数字",
      en: "every figure the text states = the same figure in the tables",
    },
    equalText(FACT_HINT),
  ),
  explainRate: define(
    "explain.rate",
    "explanation",
    "percent",
    ["explanation"],
    { zh: "增长率由本年数和增减额算得", en: "Growth rates follow from the figure and its change" },
    {
      zh: "增减额 ÷（本年数 − 增减额）× 100%，按原文小数位四舍五入；上年为 0 时写 100%",
      en: "change ÷ (this year − change) × 100%, rounded as printed; 100% where last year was 0",
    },
    textText({ zh: "增长率与所列数字不符", en: "The growth rate does not follow from the figures" }, PERCENT_HINT),
  ),
  explainShare: define(
    "explain.share",
    "explanation",
    "percent",
    ["explanation"],
    { zh: "占比由所列数字算得", en: "Shares follow from the figures" },
    {
      zh: "本数 ÷ 总数 × 100%，按原文小数位四舍五入（收入、支出各项占收支总计；“三公”各项占“三公”经费）",
      en: "figure ÷ whole × 100%, rounded as printed (income and expenditure lines of the total; the three public items of their subtotal)",
    },
    textText({ zh: "占比与所列数字不符", en: "The share does not follow from the figures" }, PERCENT_HINT),
  ),
  explainParts: define(
    "explain.parts",
    "explanation",
    "sum",
    ["explanation"],
    { zh: "情况说明中的分项之和等于总数", en: "The explanation's parts add up to its totals" },
    {
      zh: "收支总计的增减额 = 各收入来源增减额之和 = 各功能类增减额之和 = 基本支出、项目支出、单位预留机动经费增减额之和；财政拨款增减额 = 一般公共预算 + 政府性基金；全部资金均为财政拨款时，类的增减额 = 其下各项增减额之和；基本支出 = 人员经费 + 公用经费；政府采购 = 货物 + 工程 + 服务",
      en: "the total's change = the income sources' = the classes' = basic + project + reserve changes; fiscal change = general budget + funds; where all funds are appropriations, a class's change = its items'; basic = personnel + public use; procurement = goods + works + services",
    },
    sumText(FACT_HINT),
  ),
  explainItemName: define(
    "explain.item-name",
    "explanation",
    "text",
    ["explanation", "table05"],
    { zh: "情况说明中的科目名称与表5一致", en: "The explanation names its codes as Table 5 does" },
    {
      zh: "说明中每一款、项的名称含表5该科目的名称（或与之几乎相同）",
      en: "each 款 and 项 the text names carries Table 5's name for that code (or nearly)",
    },
    textText(
      { zh: "科目名称与表5不符", en: "The name differs from Table 5's" },
      {
        zh: "请核对说明中的科目名称和编码；公开文本本身写错的，请在 errata.yaml 中登记。",
        en: "Check the name and code in the text; an error of the document itself goes into errata.yaml.",
      },
    ),
  ),
  explainText: define(
    "explain.text",
    "explanation",
    "text",
    ["explanation"],
    { zh: "facts 中的每个数字都出现在情况说明原文中", en: "Every figure in facts appears in the explanation's text" },
    {
      zh: "facts 记下的金额、增减额和百分比，在 sections 的原文中都能找到",
      en: "each amount, change and percentage recorded in facts is found in the text of sections",
    },
    textText(
      { zh: "原文中找不到这个数字", en: "The text does not contain this figure" },
      {
        zh: "facts 应照录原文中的数字：请对照 sections 的原文改正 facts 或原文的转录。",
        en: "facts record the text's own figures: correct facts or the transcribed text against the document.",
      },
    ),
  ),
} as const;
