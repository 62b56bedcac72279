/**
 * The Guangzhou profile's rules beyond those derived from its tables: the identities across its
 * tables, against its 情况说明 and over the document as a whole.
 */
import { CROSS_HINT, define, equalText, sumText, textText } from "../../reconcile/catalogue";

export const RULES = {
  // ── Across tables ──────────────────────────────────────────────────────────────────
  t01t02IncomeLines: define(
    "x.t01-t02.income-lines",
    "cross",
    "sum",
    ["table01", "table02"],
    { zh: "表1各项收入等于表2合计行的对应列", en: "Table 1's income lines equal Table 2's matching columns" },
    {
      zh: "表1 预算拨款 = 表2 一般公共预算 + 政府性基金预算 + 国有资本经营预算；财政专户拨款 = 教育收费 + 其他专户收入拨款；其他资金 = 事业收入 + 经营收入 + 其他收入；上级补助收入、附属单位上缴收入、用事业基金弥补收支差额 = 表2 同名列（均取合计行）",
      en: "Table 1's appropriations = Table 2's three budget columns; special accounts = education fees + other special accounts; other funds = institution, business and other revenue; the remaining lines = the same-named columns (合计 row)",
    },
    sumText(CROSS_HINT("表1、表2")),
  ),
  t01t02IncomeTotal: define(
    "x.t01-t02.income-total",
    "cross",
    "sum",
    ["table01", "table02"],
    { zh: "表1收入合计、总计与表2合计一致", en: "Table 1's income totals agree with Table 2's total" },
    {
      zh: "表1 本年收入合计 = 表2 合计行中本年收入各列之和；表1 收入总计 = 表2 合计 + 表2 未列示的收入（如上年结转）",
      en: "Table 1's 本年收入合计 = Table 2's columns for this year's income; 收入总计 = Table 2's 合计 + income Table 2 does not list (e.g. carry-over)",
    },
    sumText(CROSS_HINT("表1、表2")),
  ),
  t01t03Class: define(
    "x.t01-t03.class",
    "cross",
    "sum",
    ["table01", "table03"],
    { zh: "表1各类支出等于表3该类", en: "Table 1's expenditure by class equals Table 3's class rows" },
    {
      zh: "表1 各功能类支出 = 表3 该类的基本支出 + 项目支出 + 事业单位经营支出；债务还本付息支出 = 231、232、233 类之和；表3 有而表1 没有的类为错",
      en: "Each class line of Table 1 = Table 3's basic + project + business expenditure for that class (debt service = classes 231–233); a class in Table 3 missing from Table 1 is an error",
    },
    sumText(CROSS_HINT("表1、表3")),
  ),
  t01t03OtherLines: define(
    "x.t01-t03.other-lines",
    "cross",
    "equal",
    ["table01", "table03"],
    {
      zh: "表1对附属单位补助、上缴上级支出等于表3",
      en: "Table 1's subsidies to affiliates and remittances equal Table 3's",
    },
    {
      zh: "表1 对附属单位补助支出、上缴上级支出 = 表3 合计行同名列",
      en: "Table 1's subsidies to affiliated units and remittances to higher-level units = the same columns of Table 3's 合计 row",
    },
    equalText(CROSS_HINT("表1、表3")),
  ),
  t01t03ExpenditureTotal: define(
    "x.t01-t03.expenditure-total",
    "cross",
    "sum",
    ["table01", "table03"],
    { zh: "表1本年支出合计与表3一致", en: "Table 1's expenditure total agrees with Table 3" },
    {
      zh: "表1 本年支出合计 = 表3 合计行 基本支出 + 项目支出 + 事业单位经营支出",
      en: "Table 1's 本年支出合计 = Table 3's 合计 row: basic + project + business expenditure",
    },
    sumText(CROSS_HINT("表1、表3")),
  ),
  t02t03Code: define(
    "x.t02-t03.code",
    "cross",
    "equal",
    ["table03", "table02"],
    { zh: "表2与表3同一科目的合计相等", en: "Tables 2 and 3 carry the same codes with the same totals" },
    {
      zh: "表3 每个科目（及合计行）的合计 = 表2 同一科目的合计；一表有而另一表没有的科目为错",
      en: "For every code (and the 合计 row), Table 3's total = Table 2's total; a code in one table but not the other is an error",
    },
    equalText(CROSS_HINT("表2、表3")),
  ),
  t04t02IncomeLines: define(
    "x.t04-t02.income-lines",
    "cross",
    "equal",
    ["table04", "table02"],
    { zh: "表4各项财政拨款收入等于表2", en: "Table 4's fiscal income lines equal Table 2's" },
    {
      zh: "表4 一般公共预算、政府性基金预算、国有资本经营预算 = 表2 合计行同名列",
      en: "Table 4's general public budget, government fund and state capital lines = the same columns of Table 2's 合计 row",
    },
    equalText(CROSS_HINT("表2、表4")),
  ),
  t04t02IncomeTotal: define(
    "x.t04-t02.income-total",
    "cross",
    "sum",
    ["table04", "table02"],
    { zh: "表4本年收入合计与表2一致", en: "Table 4's income total agrees with Table 2" },
    {
      zh: "表4 本年收入合计 = 表2 合计行 一般公共预算 + 政府性基金预算 + 国有资本经营预算",
      en: "Table 4's 本年收入合计 = Table 2's 合计 row: the three budget columns",
    },
    sumText(CROSS_HINT("表2、表4")),
  ),
  t04t05Class: define(
    "x.t04-t05.class",
    "cross",
    "sum",
    ["table04", "table05", "table09", "table10"],
    { zh: "表4各类支出等于表5、表9、表10该类之和", en: "Table 4's expenditure by class equals Tables 5, 9 and 10" },
    {
      zh: "表4 各功能类支出 = 表5 + 表9 + 表10 该类的小计（债务还本付息支出 = 231、232、233 类）；表5/9/10 有而表4 没有的类为错",
      en: "Each class line of Table 4 = the class's 小计 in Tables 5 + 9 + 10 (debt service = classes 231–233); a class missing from Table 4 is an error",
    },
    sumText(CROSS_HINT("表4、表5、表9、表10")),
  ),
  t04t05ExpenditureTotal: define(
    "x.t04-t05.expenditure-total",
    "cross",
    "sum",
    ["table04", "table05", "table09", "table10"],
    { zh: "表4本年支出合计等于表5、表9、表10合计之和", en: "Table 4's expenditure total equals Tables 5, 9 and 10" },
    {
      zh: "表4 本年支出合计 = 表5 + 表9 + 表10 合计行小计",
      en: "Table 4's 本年支出合计 = the 小计 of the 合计 rows of Tables 5, 9 and 10",
    },
    sumText(CROSS_HINT("表4、表5、表9、表10")),
  ),
  t02t05ByCode: define(
    "x.t02-t05.by-code",
    "cross",
    "equal",
    ["table05", "table09", "table10", "table02"],
    {
      zh: "表2财政拨款各列按科目等于表5、表9、表10",
      en: "Table 2's fiscal columns equal Tables 5, 9 and 10 code by code",
    },
    {
      zh: "没有财政拨款结转时（表4 除三本预算收入和各类支出外各行均为 0），每个科目：表5 小计 = 表2 一般公共预算，表9 小计 = 表2 政府性基金预算，表10 小计 = 表2 国有资本经营预算",
      en: "Without fiscal carry-over (Table 4's other lines all 0), for every code: Table 5's 小计 = Table 2's general public budget, Table 9's = government funds, Table 10's = state capital operation",
    },
    equalText(CROSS_HINT("表2、表5、表9、表10")),
  ),
  t05t06Basic: define(
    "x.t05-t06.basic",
    "cross",
    "equal",
    ["table06", "table05"],
    { zh: "表6合计等于表5基本支出", en: "Table 6's total equals Table 5's basic expenditure" },
    { zh: "表6 合计 = 表5 合计行 基本支出", en: "Table 6's 合计 = Table 5's 合计 row, basic expenditure" },
    equalText(CROSS_HINT("表5、表6")),
  ),
  t05t07Project: define(
    "x.t05-t07.project",
    "cross",
    "equal",
    ["table07", "table05"],
    { zh: "表7合计等于表5项目支出", en: "Table 7's total equals Table 5's project expenditure" },
    { zh: "表7 合计 = 表5 合计行 项目支出", en: "Table 7's 合计 = Table 5's 合计 row, project expenditure" },
    equalText(CROSS_HINT("表5、表7")),
  ),
  t03t11Basic: define(
    "x.t03-t11.basic",
    "cross",
    "equal",
    ["table11", "table03"],
    { zh: "表11合计等于表3基本支出", en: "Table 11's total equals Table 3's basic expenditure" },
    {
      zh: "表11 合计行 总计 = 表3 合计行 基本支出",
      en: "Table 11's 合计 total = Table 3's 合计 row, basic expenditure",
    },
    equalText(CROSS_HINT("表3、表11")),
  ),
  t03t12Project: define(
    "x.t03-t12.project",
    "cross",
    "equal",
    ["table12", "table03"],
    { zh: "表12合计等于表3项目支出", en: "Table 12's total equals Table 3's project expenditure" },
    {
      zh: "表12 合计行 总计 = 表3 合计行 项目支出",
      en: "Table 12's 合计 total = Table 3's 合计 row, project expenditure",
    },
    equalText(CROSS_HINT("表3、表12")),
  ),
  t05t11Funds: define(
    "x.t05-t11.funds",
    "cross",
    "equal",
    ["table11", "table05", "table09", "table10"],
    {
      zh: "表11各本预算等于表5、表9、表10基本支出",
      en: "Table 11's budget columns equal the basic expenditure of Tables 5, 9, 10",
    },
    {
      zh: "表11 合计行 一般公共预算 = 表5 基本支出；政府性基金预算 = 表9 基本支出；国有资本经营预算 = 表10 基本支出",
      en: "Table 11's 合计 row: general public budget = Table 5's basic expenditure; government funds = Table 9's; state capital = Table 10's",
    },
    equalText(CROSS_HINT("表5、表9、表10、表11")),
  ),
  t05t12Funds: define(
    "x.t05-t12.funds",
    "cross",
    "equal",
    ["table12", "table05", "table09", "table10"],
    {
      zh: "表12各本预算等于表5、表9、表10项目支出",
      en: "Table 12's budget columns equal the project expenditure of Tables 5, 9, 10",
    },
    {
      zh: "表12 合计行 一般公共预算 = 表5 项目支出；政府性基金预算 = 表9 项目支出；国有资本经营预算 = 表10 项目支出",
      en: "Table 12's 合计 row: general public budget = Table 5's project expenditure; government funds = Table 9's; state capital = Table 10's",
    },
    equalText(CROSS_HINT("表5、表9、表10、表12")),
  ),
  t06t11Class: define(
    "x.t06-t11.class",
    "cross",
    "sum",
    ["table06", "table11"],
    { zh: "表6各类等于表11各单位同类之和", en: "Table 6's classes equal Table 11's categories" },
    {
      zh: "表6 每一类 = 表11 各单位同名类别的一般公共预算之和；表11 有而表6 没有的类别为错",
      en: "Each class of Table 6 = the general-public-budget column of Table 11's same-named categories over all units; a category missing from Table 6 is an error",
    },
    sumText(CROSS_HINT("表6、表11")),
  ),
  t08EconomicCodes: define(
    "x.t08-t06.codes",
    "cross",
    "sum",
    ["table08", "table06", "table07"],
    {
      zh: "表8“三公”各项等于表6、表7对应经济科目",
      en: "Table 8's “three public” items equal their economic codes in Tables 6 and 7",
    },
    {
      zh: "表8 一般公共预算列：因公出国（境）= 30212；公务用车购置费 = 30913 + 31013；公务用车运行维护费 = 30231；公务接待费 = 30217（均为表6 + 表7）",
      en: "Table 8, general public budget: travel abroad = 30212; vehicle purchase = 30913 + 31013; vehicle operation = 30231; receptions = 30217 (Tables 6 + 7)",
    },
    sumText(CROSS_HINT("表6、表7、表8")),
  ),
  t08AdminCosts: define(
    "x.t08-t06.admin-costs",
    "cross",
    "sum",
    ["table08", "table06", "table07", "glossary"],
    {
      zh: "表8行政经费等于名词解释所列经济科目之和",
      en: "Table 8's administrative costs equal the economic codes the glossary lists",
    },
    {
      zh: "表8 行政经费（一般公共预算）= 名词解释“行政经费（机关运行经费）”所列经济科目（办公费、印刷费、水费、电费、邮电费……）在表6 + 表7 中的金额之和",
      en: "Table 8's administrative costs (general public budget) = the economic codes listed in the glossary's definition (office, printing, water, electricity, post …), summed over Tables 6 + 7",
    },
    sumText({
      zh: "请核对表8 行政经费，以及表6、表7 中名词解释所列各经济科目的金额。",
      en: "Check Table 8's administrative costs and the listed economic codes in Tables 6 and 7.",
    }),
  ),

  // ── The 情况说明 ──────────────────────────────────────────────────────────────────
  explainFigure: define(
    "explain.figure",
    "explanation",
    "equal",
    ["explanation", "table01", "table08"],
    { zh: "情况说明所述金额与表格一致", en: "The explanation's figures equal the tables" },
    {
      zh: "收入预算 = 表1 本年收入合计；支出预算 = 表1 本年支出合计；“三公”经费及各分项、机关运行经费 = 表8 合计列",
      en: "Income = Table 1's 本年收入合计; expenditure = 本年支出合计; the “three public” expenses, their parts and the administrative costs = Table 8's 合计 column",
    },
    equalText({
      zh: "请核对 explanation.yaml 的 facts 与表格；如公开文本的说明与表格不符，请联系财务部门确认。",
      en: "Check the facts in explanation.yaml against the tables; if the published text disagrees with its tables, ask the finance office.",
    }),
  ),
  explainKeyProject: define(
    "explain.key-project",
    "explanation",
    "equal",
    ["keyProjects", "table12"],
    { zh: "重点项目预算数等于表12", en: "Key projects' amounts equal Table 12" },
    {
      zh: "重点项目表每个项目的预算数 = 表12 同名项目的总计",
      en: "Each key project's amount = the total of the same-named project in Table 12",
    },
    equalText({
      zh: "请核对项目名称（须与表12 一字不差）和预算数。",
      en: "Check the project name (it must match Table 12 exactly) and the amount.",
    }),
  ),
  explainProcurement: define(
    "explain.procurement",
    "explanation",
    "sum",
    ["explanation"],
    { zh: "政府采购总额等于各类采购之和", en: "Procurement total equals its parts" },
    { zh: "政府采购预算 = 货物类 + 工程类 + 服务类", en: "Procurement = goods + works + services" },
    sumText({
      zh: "请对照公开文本核对政府采购的总额和各类金额。",
      en: "Check the procurement total and its parts against the document.",
    }),
  ),
  explainChangeParts: define(
    "explain.change-parts",
    "explanation",
    "sum",
    ["explanation"],
    {
      zh: "“三公”经费的增减额等于各分项增减额之和",
      en: "The change in “three public” expenses equals the changes of its parts",
    },
    {
      zh: "“三公”经费比上年增减额 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费的增减额；公务用车购置及运行维护费的增减额 = 购置费 + 运行维护费的增减额",
      en: "Change in “three public” = the changes in travel abroad + vehicles + receptions; change in vehicles = purchase + operation",
    },
    sumText({
      zh: "请对照公开文本核对各项“比上年增加/减少”的金额（减少写成负数）。",
      en: "Check each stated change against the document (decreases are negative).",
    }),
  ),
  explainPercent: define(
    "explain.percent",
    "explanation",
    "percent",
    ["explanation"],
    { zh: "增减百分比由本年数和增减额算得", en: "Stated percentages follow from the figures" },
    {
      zh: "百分比 = 增减额 ÷ 上年数 × 100，上年数 = 本年数 − 增减额，四舍五入到所印的小数位；上年数为 0 时写“不可比”",
      en: "Percent = change ÷ prior × 100, prior = amount − change, rounded to the printed decimals; “不可比” (not comparable) when the prior is 0",
    },
    (c) => ({
      message: {
        zh: `“${c.row}”的增减百分比写作 ${c.found ?? ""}，${c.about?.zh ?? ""}，应为 ${c.expected ?? ""}`,
        en: `“${c.row}”: the stated percentage is ${c.found ?? ""}; ${c.about?.en ?? ""}, it should be ${c.expected ?? ""}`,
      },
      hint: {
        zh: "请核对本年数、增减额和百分比；上年为 0 时百分比写“不可比”。",
        en: "Check the amount, the change and the percentage; write 不可比 when last year's figure was 0.",
      },
    }),
  ),
  explainWording: define(
    "explain.wording",
    "explanation",
    "text",
    ["explanation"],
    { zh: "增减用词与增减方向一致", en: "The wording matches the direction of the change" },
    {
      zh: "增加时写“增加……增长”，减少时写“减少……下降”",
      en: "An increase reads 增加/增长, a decrease 减少/下降",
    },
    textText(
      { zh: "增减用词与增减方向不符", en: "The wording contradicts the direction of the change" },
      {
        zh: "请核对正文的“增加/减少”“增长/下降”用词和 facts 中增减额的正负号。",
        en: "Check the words 增加/减少, 增长/下降 in the text and the sign of the change in the facts.",
      },
    ),
  ),
  explainText: define(
    "explain.text",
    "explanation",
    "text",
    ["explanation"],
    { zh: "facts 与正文所写的数字一致", en: "The facts match the figures the text states" },
    {
      zh: "explanation.yaml 的 facts（金额、增减额、百分比）与情况说明正文段落中写的数字相同",
      en: "The facts in explanation.yaml (amounts, changes, percentages) are the figures written in the explanation's paragraphs",
    },
    textText(
      { zh: "facts 与正文不一致", en: "The facts disagree with the text" },
      {
        zh: "facts 须照录正文中的数字：请对照正文改正 facts 或正文中抄错的一处。",
        en: "The facts transcribe the text's figures: correct whichever of the two was mistyped.",
      },
    ),
  ),

  // ── The document as a whole ────────────────────────────────────────────────────────
  docEmptyTableNote: define(
    "doc.empty-table-note",
    "document",
    "text",
    ["department"],
    { zh: "无发生额的表注明“本表本年无发生额”", en: "An all-zero table says 本表本年无发生额" },
    {
      zh: "金额全为 0 的表，其注释须写明“本表本年无发生额”；有金额的表不得这样注明",
      en: "A table whose amounts are all 0 carries the note 本表本年无发生额; a table with amounts does not",
    },
    textText(
      { zh: "表注与表中金额不符", en: "The table note disagrees with the table" },
      {
        zh: "请在 department.yaml 的 table_notes 中按公开文本填写该表的注释。",
        en: "Fill in the table's note in department.yaml's table_notes as published.",
      },
    ),
  ),
  docYear: define(
    "doc.year",
    "document",
    "text",
    ["department", "explanation"],
    { zh: "年度前后一致", en: "The year agrees throughout" },
    {
      zh: "文件夹年度 = department.yaml 的 year；标题和情况说明中“XXXX年本部门……”的年度与之相同",
      en: "The folder's year = department.yaml's year; the title and the explanation's “XXXX年本部门…” use the same year",
    },
    textText(
      { zh: "年度不一致", en: "The year disagrees" },
      {
        zh: "复制上年文件夹后，请把标题、year 和情况说明中的年度都改为本年。",
        en: "After copying last year's folder, update the year in the title, in year and in the explanation.",
      },
    ),
  ),
  docUnit: define(
    "doc.unit",
    "document",
    "text",
    ["department", "explanation"],
    { zh: "金额单位为万元", en: "Amounts are in 万元" },
    {
      zh: "department.yaml 的 unit 为“万元”，情况说明中所述金额也以“万元”为单位",
      en: "department.yaml's unit is 万元, and the explanation states its amounts in 万元",
    },
    textText(
      { zh: "金额单位不一致", en: "The amount unit disagrees" },
      {
        zh: "表格金额以万元为单位；情况说明中的金额也须以万元表述。",
        en: "Table amounts are in 万元; the explanation's amounts must be in 万元 too.",
      },
    ),
  ),
  docAdminDefinition: define(
    "doc.admin-costs-definition",
    "document",
    "text",
    ["glossary"],
    { zh: "机关运行经费的定义可对应到经济科目", en: "The administrative-costs definition maps to economic codes" },
    {
      zh: "名词解释“行政经费（机关运行经费）”所列的每一项都是经济分类科目名称",
      en: "Every item the glossary's definition of administrative costs lists is the name of an economic code",
    },
    textText(
      { zh: "无法对应到经济科目", en: "Cannot be mapped to an economic code" },
      {
        zh: "请核对名词解释中该项的写法（须与经济分类科目名称一致），否则表8 行政经费无法核对。",
        en: "Check how the item is written (it must be an economic code's name); otherwise Table 8's administrative costs cannot be checked.",
      },
    ),
    "warning",
  ),
} as const;
