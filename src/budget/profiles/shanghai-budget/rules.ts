/**
 * The Shanghai profile's rules beyond those derived from its tables: across its nine tables,
 * against its 编制说明 and 其他相关情况说明, and over the document as a whole.
 */
import type { Bilingual } from "../../i18n-text";
import { CROSS_HINT, define, equalText, sumText, textText, type RuleText } from "../../reconcile/catalogue";
import { money } from "../../reconcile/cells";
import type { Check } from "../../reconcile/types";

const FACT_HINT: Bilingual = {
  zh: "说明中的数字应与表中的数字一致（换算为万元后四舍五入）：请对照公开文本核对，抄错的一处请改正；公开文本本身有误的，请在 errata.yaml 中登记。",
  en: "The text's figure must agree with the table's (converted to 万元 and rounded): check both against the document and correct a slip; record an error of the document itself in errata.yaml.",
};

/** Text of an "at least" rule: the figure may exceed its parts but not fall short of them. */
const atLeastText =
  (hint: Bilingual) =>
  (c: Check): RuleText => ({
    message: {
      zh: `“${c.row}”为 ${money(c.printed ?? 0, "zh", c.scale)}，少于其中已列明的部分 ${money(c.computed ?? 0, "zh", c.scale)}`,
      en: `“${c.row}” is ${money(c.printed ?? 0, "en", c.scale)}, less than the part of it already listed, ${money(c.computed ?? 0, "en", c.scale)}`,
    },
    hint,
  });

export const RULES = {
  // ── Across tables ──────────────────────────────────────────────────────────────────
  t01t02Income: define(
    "x.t01-t02.income",
    "cross",
    "equal",
    ["table01", "table02"],
    { zh: "表1各项收入等于表2合计行的对应列", en: "Table 1's income lines equal Table 2's totals" },
    {
      zh: "表1 收入总计 = 表2 合计；财政拨款收入、事业收入、事业单位经营收入、其他收入 = 表2 合计行同名列",
      en: "Table 1's income total = Table 2's 合计; each income source = Table 2's same-named column (合计 row)",
    },
    equalText(CROSS_HINT("表1、表2")),
  ),
  t01t03Total: define(
    "x.t01-t03.total",
    "cross",
    "equal",
    ["table01", "table03"],
    { zh: "表1支出总计等于表3合计", en: "Table 1's expenditure total equals Table 3's total" },
    {
      zh: "表1 支出总计 = 表3 合计；印有基本支出、项目支出栏时，人员经费 + 公用经费 = 表3 基本支出，项目支出 = 表3 项目支出",
      en: "Table 1's expenditure total = Table 3's 合计; where printed, personnel + public use = Table 3's basic, project = Table 3's project",
    },
    equalText(CROSS_HINT("表1、表3")),
  ),
  t01t03Split: define(
    "x.t01-t03.split",
    "cross",
    "sum",
    ["table03", "table01"],
    { zh: "表1基本支出、项目支出合计与表3一致", en: "Table 1's basic and project totals agree with Table 3" },
    {
      zh: "印有基本支出、项目支出栏的表1：表3 合计行基本支出 = 表1 支出总计的人员经费 + 公用经费；表3 项目支出 = 表1 项目支出",
      en: "Where Table 1 prints basic and project columns: Table 3's basic total = Table 1's personnel + public use; project = project",
    },
    sumText(CROSS_HINT("表1、表3")),
  ),
  t02Fiscal: define(
    "x.t02-t05.fiscal",
    "cross",
    "sum",
    ["table02", "table05", "table06", "table07"],
    {
      zh: "表2各科目财政拨款收入等于表5、表6、表7该科目合计",
      en: "Table 2's fiscal income by code equals Tables 5–7 for the code",
    },
    {
      zh: "表2 每个科目的财政拨款收入 = 表5 + 表6 + 表7 同一科目的合计；只在一边出现的科目为错",
      en: "Each code's fiscal appropriations in Table 2 = the same code's totals in Tables 5, 6 and 7; a code on one side only is an error",
    },
    sumText(CROSS_HINT("表2、表5、表6、表7")),
  ),
  t01t03Class: define(
    "x.t01-t03.class",
    "cross",
    "sum",
    ["table01", "table03"],
    { zh: "表1各类支出等于表3该类", en: "Table 1's expenditure by class equals Table 3's class rows" },
    {
      zh: "表1 各功能类支出 = 表3 该类合计（印有分栏时逐栏核对）；表3 有金额而表1 没有的类为错",
      en: "Each class line of Table 1 = Table 3's class row (column by column where printed); a class in Table 3 missing from Table 1 is an error",
    },
    sumText(CROSS_HINT("表1、表3")),
  ),
  className: define(
    "x.class-name",
    "cross",
    "text",
    ["table01"],
    { zh: "收支总表的功能类名称为现行名称", en: "Class lines use the current class names" },
    {
      zh: "表1、表4 支出一侧各类的名称与现行支出功能分类科目（2019 年起）一致",
      en: "The class names on the expenditure side of Tables 1 and 4 are those of the current functional classification (since 2019)",
    },
    textText(
      { zh: "功能类名称已过时", en: "A former class name" },
      {
        zh: "这是该类的旧名称；公开文本如此，无法修改时请在 errata.yaml 中登记。",
        en: "This is the class's former name; if the document prints it so, record it in errata.yaml.",
      },
    ),
  ),
  t02t03Code: define(
    "x.t02-t03.code",
    "cross",
    "equal",
    ["table03", "table02"],
    { zh: "表2与表3各科目合计一致", en: "Tables 2 and 3 agree code by code" },
    {
      zh: "表3 每个科目的合计 = 表2 同一科目的合计；一张表有而另一张表没有的科目为错",
      en: "Each code's total in Table 3 = the same code's total in Table 2; a code in only one of them is an error",
    },
    equalText(CROSS_HINT("表2、表3")),
  ),
  t04t01Fiscal: define(
    "x.t04-t01.fiscal",
    "cross",
    "equal",
    ["table04", "table01", "table02"],
    { zh: "表4财政拨款收入与表1、表2一致", en: "Table 4's fiscal income agrees with Tables 1 and 2" },
    {
      zh: "表4 收入总计 = 表1 财政拨款收入 = 表2 财政拨款收入合计；表4 一般公共预算资金、政府性基金、国有资本经营预算 = 表1 同名分项",
      en: "Table 4's income total = Table 1's fiscal income = Table 2's fiscal column; each of Table 4's income lines = Table 1's same-named sub-line",
    },
    equalText(CROSS_HINT("表1、表2、表4")),
  ),
  t04Budgets: define(
    "x.t04-t05.budgets",
    "cross",
    "equal",
    ["table04", "table05", "table06", "table07"],
    {
      zh: "表4三本预算等于表5、表6、表7合计",
      en: "Table 4's three budgets equal the totals of Tables 5, 6 and 7",
    },
    {
      zh: "表4 一般公共预算资金、支出总计的一般公共预算栏 = 表5 合计；政府性基金 = 表6 合计；国有资本经营预算 = 表7 合计",
      en: "Table 4's general public budget (income line and expenditure total) = Table 5's total; government funds = Table 6's; state capital = Table 7's",
    },
    equalText(CROSS_HINT("表4、表5、表6、表7")),
  ),
  t04Class: define(
    "x.t04-t05.class",
    "cross",
    "sum",
    ["table04", "table05", "table06", "table07"],
    { zh: "表4各类支出等于表5、表6、表7该类", en: "Table 4's classes equal those of Tables 5–7" },
    {
      zh: "表4 各类的一般公共预算 = 表5 该类合计；政府性基金预算 = 表6 该类；国有资本经营预算 = 表7 该类",
      en: "Each class of Table 4: general public budget = Table 5's class; government funds = Table 6's; state capital = Table 7's",
    },
    sumText(CROSS_HINT("表4、表5、表6、表7")),
  ),
  t05t08Basic: define(
    "x.t05-t08.basic",
    "cross",
    "equal",
    ["table08", "table05"],
    { zh: "表8合计等于表5基本支出合计", en: "Table 8's total equals Table 5's basic expenditure" },
    {
      zh: "表8 合计 = 表5 合计行的基本支出（一般公共预算基本支出，按功能和按经济分类两种口径）",
      en: "Table 8's total = Table 5's basic expenditure total (the same spending by function and by economic code)",
    },
    equalText(CROSS_HINT("表5、表8")),
  ),
  t09t08Economic: define(
    "x.t09-t08.economic",
    "cross",
    "sum",
    ["table09", "table08"],
    {
      zh: "表9公务接待费、公务用车运行费不少于表8对应经济科目",
      en: "Table 9's receptions and vehicle operation are at least Table 8's economic codes",
    },
    {
      zh: "表9 公务接待费 ≥ 表8 [30217]公务接待费；运行费 ≥ 表8 [30231]公务用车运行维护费（表8 只含基本支出，“三公”经费还可能含项目支出）",
      en: "Table 9's receptions ≥ Table 8's [30217]; vehicle operation ≥ Table 8's [30231] (Table 8 is basic expenditure only)",
    },
    atLeastText({
      zh: "“三公”经费是财政拨款的全部相应支出，不会少于其中基本支出的部分：请核对两表。",
      en: "The “three public” figure covers all such spending from appropriations, never less than its basic-expenditure part: check both tables.",
    }),
  ),

  // ── The 编制说明 and 其他相关情况说明 ────────────────────────────────────────────────────
  explainFigure: define(
    "explain.figure",
    "explanation",
    "equal",
    ["explanation"],
    { zh: "说明中的数字与表一致", en: "The text's figures agree with the tables" },
    {
      zh: "收入、支出、财政拨款、三本预算、“三公”经费及各分项、机关运行经费 = 表中对应的数（元换算为万元，允许四舍五入的差）",
      en: "Income, expenditure, appropriations, the three budgets, the “three public” expenses and parts, administrative costs = the tables' figures (元 converted to 万元, within rounding)",
    },
    equalText(FACT_HINT),
  ),
  explainItem: define(
    "explain.item",
    "explanation",
    "equal",
    ["explanation", "table05", "table06", "table07"],
    { zh: "财政拨款支出主要内容与表一致", en: "The main items of appropriated spending agree with the tables" },
    {
      zh: "编制说明所列每个“（类）（款）（项）”科目的金额 = 表5、表6、表7 该项合计",
      en: "Each item the 编制说明 lists = that code's total in Tables 5–7",
    },
    equalText(FACT_HINT),
  ),
  explainItemSum: define(
    "explain.item-sum",
    "explanation",
    "sum",
    ["explanation"],
    { zh: "财政拨款支出主要内容之和等于财政拨款支出", en: "The main items add up to appropriated spending" },
    {
      zh: "编制说明所列各“（类）（款）（项）”科目金额之和 = 财政拨款支出预算",
      en: "The items the 编制说明 lists add up to appropriated expenditure",
    },
    sumText({
      zh: "所列各项应涵盖全部财政拨款支出：请核对是否漏列或多列了某项。",
      en: "The items should cover all appropriated spending: check for a missing or extra item.",
    }),
  ),
  explainItemName: define(
    "explain.item-name",
    "explanation",
    "text",
    ["explanation", "table05"],
    { zh: "所列科目名称与表一致", en: "The items are named as in the tables" },
    {
      zh: "编制说明中“（类）（款）（项）”的名称 = 表中该科目的名称",
      en: "The 类/款/项 names in the 编制说明 = the tables' names of that code",
    },
    textText(
      { zh: "科目名称与表不符", en: "The item's name differs from the table's" },
      {
        zh: "请核对 explanation.yaml 中该行的 code 是否填对；公开文本本身写错的，请在 errata.yaml 中登记。",
        en: "Check the line's code in explanation.yaml; an error of the document itself goes into errata.yaml.",
      },
    ),
  ),
  explainParts: define(
    "explain.parts",
    "explanation",
    "sum",
    ["explanation"],
    { zh: "说明中的分项之和等于总数", en: "The text's parts add up to its totals" },
    {
      zh: "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车购置及运行费 = 购置费 + 运行费；政府采购 = 货物 + 工程 + 服务；增减额同样",
      en: "“Three public” = travel abroad + vehicles + receptions; vehicles = purchase + operation; procurement = goods + works + services; the changes likewise",
    },
    sumText(FACT_HINT),
  ),
  explainPercent: define(
    "explain.percent",
    "explanation",
    "percent",
    ["explanation"],
    { zh: "增减百分比由所列数字算得", en: "Stated percentages follow from the stated figures" },
    {
      zh: "（本年预算 − 上年执行数）÷ 上年执行数 × 100%，按原文小数位四舍五入；上年为 0 时不可比",
      en: "(this year − last year's outturn) ÷ last year's outturn × 100%, rounded as printed; not comparable when last year is 0",
    },
    textText(
      { zh: "百分比与所列数字不符", en: "The percentage does not follow from the figures" },
      {
        zh: "请核对百分比和所列两年的数字；公开文本本身算错的，请在 errata.yaml 中登记。",
        en: "Check the percentage and both years' figures; an error of the document itself goes into errata.yaml.",
      },
    ),
  ),
  explainText: define(
    "explain.text",
    "explanation",
    "text",
    ["explanation"],
    { zh: "facts 与说明原文一致", en: "The facts match the text" },
    {
      zh: "explanation.yaml 的 facts 中每个数字、增减额和比较基准，都与说明原文所写完全相同",
      en: "Every figure, change and comparison basis in explanation.yaml's facts is exactly what the text says",
    },
    textText(
      { zh: "facts 与原文不符", en: "A fact differs from the text" },
      {
        zh: "facts 是原文数字的转录：请对照原文改正抄错的一处。",
        en: "The facts transcribe the text's figures: correct whichever of the two was mistyped.",
      },
    ),
  ),

  explainRestated: define(
    "explain.restated",
    "explanation",
    "text",
    ["explanation"],
    { zh: "同一条中两次写出的金额一致", en: "An amount stated twice in one line agrees" },
    {
      zh: "编制说明某条开头所列金额 = 同一条“××年预算安排”的金额",
      en: "The amount an item opens with = the amount its “××年预算安排” clause states",
    },
    textText(
      { zh: "同一条中前后金额不一致", en: "The line states two different amounts" },
      {
        zh: "公开文本同一条写了两个不同的金额：请对照 PDF 核对转录；原文如此的，请在 errata.yaml 中登记。",
        en: "The document states two different amounts in one line: check the transcription against the PDF; if the document says so, record it in errata.yaml.",
      },
    ),
  ),

  // ── Across years ────────────────────────────────────────────────────────────────────
  yearPrior: define(
    "year.prior-figure",
    "year",
    "sum",
    ["explanation"],
    { zh: "说明所述上年数与上年公开的表格一致", en: "Last year's figures as stated agree with last year's tables" },
    {
      zh: "本年说明的数字 − 所述“比上年预算增加（减少）”的金额 = 上年公开文本表中的同一数字（按万元四舍五入）",
      en: "This year's stated figure less its stated change on last year's budget = the same figure in last year's published tables (rounded to 10,000 yuan)",
    },
    sumText({
      zh: "请核对本年说明中的增减额，以及上年数据文件夹中的同一数字；公开文本本身有误的，请在 errata.yaml 中登记。",
      en: "Check the stated change in this year's text and the same figure in last year's folder; an error of a published document goes into errata.yaml.",
    }),
  ),

  // ── The document as a whole ────────────────────────────────────────────────────────
  docYear: define(
    "doc.year",
    "document",
    "text",
    ["department", "explanation"],
    { zh: "年度前后一致", en: "The year agrees throughout" },
    {
      zh: "封面标题、各表标题和说明标题中的年度 = department.yaml 的 year",
      en: "The year in the cover title, the table titles and the text headings = department.yaml's year",
    },
    textText(
      { zh: "年度不一致", en: "The year disagrees" },
      {
        zh: "复制上年文件夹后，请把标题和 year 都改为本年；公开文本本身写错的，请在 errata.yaml 中登记。",
        en: "After copying last year's folder, update the year in the titles and in year; an error of the document itself goes into errata.yaml.",
      },
    ),
  ),
  docKind: define(
    "doc.kind",
    "document",
    "text",
    ["department"],
    { zh: "部门预算、单位预算的称谓前后一致", en: "部门 or 单位 throughout" },
    {
      zh: "部门预算的封面写“预算主管部门：”、表名写“部门”；单位预算写“预算单位：”、表名写“预算单位”或“单位”",
      en: "A 部门预算's cover reads 预算主管部门： and its table titles 部门; a 单位预算's reads 预算单位： and 预算单位 or 单位",
    },
    textText(
      { zh: "称谓与文件类型不符", en: "The wording does not fit the document's kind" },
      {
        zh: "请核对 department.yaml 的 kind、cover 和各表标题。",
        en: "Check kind, cover and the table titles in department.yaml.",
      },
    ),
  ),
  docEmptyTableNote: define(
    "doc.empty-table-note",
    "document",
    "text",
    ["department"],
    { zh: "空表注明“本表为空表”，有数的表不这样注明", en: "Only an empty table says it is empty" },
    {
      zh: "金额全为空或 0 的表，其注须写明为空表（无发生额）；有金额的表不得这样注明",
      en: "A table with no amounts carries a note saying it is empty; a table with amounts does not",
    },
    textText(
      { zh: "表注与表中金额不符", en: "The table note disagrees with the table" },
      {
        zh: "请在 department.yaml 的 tables 中按公开文本填写该表的注；公开文本本身自相矛盾的，请在 errata.yaml 中登记。",
        en: "Fill in the table's note in department.yaml as published; a contradiction in the document itself goes into errata.yaml.",
      },
    ),
  ),
  docAdminCostsNone: define(
    "doc.admin-costs-none",
    "document",
    "text",
    ["explanation", "table09"],
    { zh: "“无机关运行经费”与表9一致", en: "“No administrative costs” agrees with Table 9" },
    {
      zh: "说明写“无机关运行经费”时，表9 的机关运行经费为空或 0",
      en: "Where the text says there are no administrative costs, Table 9's figure is blank or 0",
    },
    textText(
      { zh: "说明与表9不符", en: "The text disagrees with Table 9" },
      { zh: "请核对说明和表9 的机关运行经费。", en: "Check the text and Table 9's administrative costs." },
    ),
  ),
} as const;
