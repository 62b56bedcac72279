/**
 * The Guangzhou table set (广州市 部门预算, the seed's): 表1–表12 and the key-projects table
 * printed in the 情况说明, each described once, as data.
 */
import { bi, type Bilingual } from "../../i18n-text";
import type { ColumnSpec, RowSum, SideTotals, TableSpec } from "../types";

const money = (key: string, header: string, en: string, group?: Bilingual, label?: string): ColumnSpec => ({
  key,
  header,
  label: bi(label ?? header, en),
  ...(group ? { group } : {}),
  type: "money",
  required: true,
});

const G_FUNCTION = bi("功能分类科目", "Functional classification");
const G_FISCAL_INCOME = bi("财政拨款收入", "Fiscal appropriation income");
const G_SPECIAL_ACCOUNT_INCOME = bi("财政专户拨款收入", "Appropriations from special fiscal accounts");
const G_OTHER_FUNDS = bi("其他资金收入", "Other fund income");
const G_FISCAL = bi("财政拨款", "Fiscal appropriations");

const functionCode: ColumnSpec = {
  key: "code",
  header: "科目编码",
  label: bi("科目编码", "Code"),
  group: G_FUNCTION,
  type: "functionCode",
  required: false,
};
const functionName: ColumnSpec = {
  key: "name",
  header: "科目名称",
  label: bi("科目名称", "Item"),
  group: G_FUNCTION,
  type: "text",
  required: true,
  maxLength: 100,
};

/** Columns of the two-sided tables (表1, 表4): one CSV row per printed list entry. */
const twoSidedColumns: readonly ColumnSpec[] = [
  { key: "side", header: "收支", label: bi("收支", "Side"), type: "side", required: true },
  { key: "name", header: "项目", label: bi("项目", "Item"), type: "text", required: true, maxLength: 100 },
  {
    key: "code",
    header: "科目编码",
    label: bi("科目编码", "Code"),
    type: "functionCode",
    required: false,
  },
  money("amount", "预算", "Budget"),
];

/** 小计 = 基本支出 + 项目支出 tables by function class (表5, 表9, 表10). */
const withoutGroup = ({ group: _group, ...column }: ColumnSpec): ColumnSpec => column;

/** 表5 prints one "[201]一般公共服务支出" column; 表9 and 表10 print code and name under 功能分类科目. */
const splitByFunction = (group: Bilingual, withCodeColumn: boolean): readonly ColumnSpec[] => [
  withCodeColumn ? functionCode : withoutGroup(functionCode),
  withCodeColumn
    ? functionName
    : { ...withoutGroup(functionName), label: bi("功能科目名称", "Functional classification item") },
  money("subtotal", "小计", "Subtotal", group),
  money("basic", "基本支出", "Of which: basic expenditure", group, "其中：基本支出"),
  money("project", "项目支出", "Project expenditure", group),
];

const economicColumns: readonly ColumnSpec[] = [
  { key: "code", header: "科目编码", label: bi("科目编码", "Code"), type: "economicCode", required: false },
  {
    key: "name",
    header: "科目名称",
    label: bi("部门预算支出经济科目", "Economic classification item"),
    type: "text",
    required: true,
    maxLength: 100,
  },
  money("amount", "预算", "Budget"),
];

/** 表11 and 表12 share their amount columns. */
const unitGroupedAmounts: readonly ColumnSpec[] = [
  money("total", "总计", "Total"),
  money("fiscalTotal", "财政拨款合计", "Subtotal", G_FISCAL, "合计"),
  money("generalBudget", "一般公共预算", "General public budget", G_FISCAL),
  money("govFund", "政府性基金预算", "Government fund budget", G_FISCAL),
  money("stateCapital", "国有资本经营预算", "State capital operation budget", G_FISCAL),
  money("specialAccount", "财政专户拨款", "Special fiscal account appropriations"),
  money("otherFunds", "其他资金", "Other funds"),
];

const unitGroupedHead = (nameLabel: string): readonly ColumnSpec[] => [
  { key: "kind", header: "行类型", label: bi("行类型", "Row type"), type: "rowKind", required: true },
  {
    key: "name",
    header: "名称",
    label: bi(nameLabel, "Expenditure category (spending unit)"),
    type: "text",
    required: true,
    maxLength: 200,
  },
];

const rowSum = (
  rule: string,
  total: string,
  parts: readonly string[],
  title: Bilingual,
  identity: Bilingual,
): RowSum => ({
  rule,
  total,
  parts,
  title,
  identity,
});

const SUBTOTAL = (): RowSum =>
  rowSum(
    "subtotal",
    "subtotal",
    ["basic", "project"],
    { zh: "小计等于基本支出加项目支出", en: "小计 equals basic plus project expenditure" },
    { zh: "小计 = 基本支出 + 项目支出，逐行核对", en: "小计 = basic + project expenditure, row by row" },
  );

const UNIT_SUMS: readonly RowSum[] = [
  rowSum(
    "row-total",
    "total",
    ["fiscalTotal", "specialAccount", "otherFunds"],
    { zh: "每行总计等于各资金来源之和", en: "each row's total equals its fund sources" },
    {
      zh: "总计 = 财政拨款合计 + 财政专户拨款 + 其他资金，逐行核对",
      en: "总计 = fiscal appropriations subtotal + special accounts + other funds, row by row",
    },
  ),
  rowSum(
    "fiscal-total",
    "fiscalTotal",
    ["generalBudget", "govFund", "stateCapital"],
    { zh: "每行财政拨款合计等于三本预算之和", en: "each row's fiscal subtotal equals the three budgets" },
    {
      zh: "财政拨款合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算，逐行核对",
      en: "Fiscal subtotal = general public budget + government funds + state capital operation, row by row",
    },
  ),
];

const SIDES: { income: SideTotals; expenditure: SideTotals } = {
  income: { yearTotal: "本年收入合计", grandTotal: "收入总计" },
  expenditure: { yearTotal: "本年支出合计", grandTotal: "支出总计" },
};

export const TABLES: readonly TableSpec[] = [
  {
    id: "table01",
    number: 1,
    file: "table01.csv",
    title: bi("收支总体情况表", "Overview of revenue and expenditure"),
    model: "twoSided",
    columns: twoSidedColumns,
    mayBeEmpty: false,
    presence: "required",
    sides: SIDES,
  },
  {
    id: "table02",
    number: 2,
    file: "table02.csv",
    title: bi("收入总体情况表", "Overview of revenue"),
    model: "functional",
    columns: [
      functionCode,
      functionName,
      money("total", "合计", "Total"),
      money("generalBudget", "一般公共预算", "General public budget", G_FISCAL_INCOME),
      money("govFund", "政府性基金预算", "Government fund budget", G_FISCAL_INCOME),
      money("stateCapital", "国有资本经营预算", "State capital operation budget", G_FISCAL_INCOME),
      money("educationFees", "教育收费", "Education fees", G_SPECIAL_ACCOUNT_INCOME),
      money(
        "otherSpecialAccount",
        "其他专户收入拨款",
        "Other special account appropriations",
        G_SPECIAL_ACCOUNT_INCOME,
      ),
      money("operatingRevenue", "事业收入", "Public institution revenue", G_OTHER_FUNDS),
      money("businessRevenue", "经营收入", "Business revenue", G_OTHER_FUNDS),
      money("otherRevenue", "其他收入", "Other revenue", G_OTHER_FUNDS),
      money("superiorSubsidy", "上级补助收入", "Subsidies from higher-level units"),
      money("affiliateRemittance", "附属单位上缴收入", "Remittances from affiliated units"),
      money("institutionFund", "用事业基金弥补收支差额", "Institution fund used to cover the gap"),
    ],
    mayBeEmpty: false,
    presence: "required",
    totalRow: "first",
    rowSums: [
      rowSum(
        "row-total",
        "total",
        [
          "generalBudget",
          "govFund",
          "stateCapital",
          "educationFees",
          "otherSpecialAccount",
          "operatingRevenue",
          "businessRevenue",
          "otherRevenue",
          "superiorSubsidy",
          "affiliateRemittance",
          "institutionFund",
        ],
        { zh: "每行合计等于各收入来源之和", en: "each row's total equals its income sources" },
        {
          zh: "合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 + 教育收费 + 其他专户收入拨款 + 事业收入 + 经营收入 + 其他收入 + 上级补助收入 + 附属单位上缴收入 + 用事业基金弥补收支差额，逐行核对",
          en: "合计 = the eleven income-source columns, row by row",
        },
      ),
    ],
  },
  {
    id: "table03",
    number: 3,
    file: "table03.csv",
    title: bi("支出总体情况表", "Overview of expenditure"),
    model: "functional",
    columns: [
      functionCode,
      functionName,
      money("total", "合计", "Total"),
      money("basic", "基本支出", "Basic expenditure"),
      money("project", "项目支出", "Project expenditure"),
      money("business", "事业单位经营支出", "Business expenditure of public institutions"),
      money("affiliateSubsidy", "对附属单位补助支出", "Subsidies to affiliated units"),
      money("remitToSuperior", "上缴上级支出", "Remittances to higher-level units"),
      money("carryForward", "结转下年", "Carried forward to next year"),
    ],
    mayBeEmpty: false,
    presence: "required",
    totalRow: "first",
    rowSums: [
      rowSum(
        "row-total",
        "total",
        ["basic", "project", "business", "affiliateSubsidy", "remitToSuperior", "carryForward"],
        { zh: "每行合计等于各支出性质之和", en: "each row's total equals its kinds of expenditure" },
        {
          zh: "合计 = 基本支出 + 项目支出 + 事业单位经营支出 + 对附属单位补助支出 + 上缴上级支出 + 结转下年，逐行核对",
          en: "合计 = basic + project + business expenditure + subsidies to affiliates + remittances + carried forward, row by row",
        },
      ),
    ],
  },
  {
    id: "table04",
    number: 4,
    file: "table04.csv",
    title: bi("财政拨款收支总体情况表", "Overview of fiscal appropriation revenue and expenditure"),
    model: "twoSided",
    columns: twoSidedColumns,
    mayBeEmpty: false,
    presence: "required",
    sides: SIDES,
  },
  {
    id: "table05",
    number: 5,
    file: "table05.csv",
    title: bi(
      "一般公共预算支出情况表（按功能分类科目）",
      "General public budget expenditure (by functional classification)",
    ),
    model: "functional",
    columns: splitByFunction(bi("一般公共预算支出", "General public budget expenditure"), false),
    mayBeEmpty: false,
    presence: "required",
    totalRow: "first",
    rowSums: [SUBTOTAL()],
  },
  {
    id: "table06",
    number: 6,
    file: "table06.csv",
    title: bi(
      "一般公共预算基本支出情况表（按经济分类科目）",
      "General public budget basic expenditure (by economic classification)",
    ),
    model: "economic",
    columns: economicColumns,
    mayBeEmpty: false,
    presence: "required",
    totalRow: "first",
  },
  {
    id: "table07",
    number: 7,
    file: "table07.csv",
    title: bi(
      "一般公共预算项目支出情况表（按经济分类科目）",
      "General public budget project expenditure (by economic classification)",
    ),
    model: "economic",
    columns: economicColumns,
    mayBeEmpty: true,
    presence: "required",
    totalRow: "first",
  },
  {
    id: "table08",
    number: 8,
    file: "table08.csv",
    title: bi(
      "财政拨款安排的行政经费及“三公”经费预算表",
      "Administrative costs and “three public” expenses funded by fiscal appropriations",
    ),
    model: "fixedItems",
    columns: [
      { key: "name", header: "项目", label: bi("项目", "Item"), type: "text", required: true, maxLength: 100 },
      money("total", "合计", "Total"),
      money("generalBudget", "一般公共预算", "General public budget"),
      money("govFund", "政府性基金预算", "Government fund budget"),
      money("stateCapital", "国有资本经营预算", "State capital operation budget"),
    ],
    items: [
      { key: "adminCosts", label: bi("行政经费", "Administrative costs") },
      {
        key: "threePublic",
        label: bi("“三公”经费", "“Three public” expenses"),
        sumRule: "three-public",
        sumTitle: { zh: "“三公”经费等于三个分项之和", en: "the “three public” expenses equal their three parts" },
        sumIdentity: {
          zh: "“三公”经费 =（一）因公出国（境）支出 +（二）公务用车购置及运行维护支出 +（三）公务接待费支出，逐列核对",
          en: "“Three public” = (1) travel abroad + (2) official vehicles + (3) receptions, column by column",
        },
      },
      {
        key: "abroad",
        label: bi("其中：（一）因公出国（境）支出", "Of which: (1) Official travel abroad"),
        parent: "threePublic",
      },
      {
        key: "vehicles",
        label: bi("（二）公务用车购置及运行维护支出", "(2) Official vehicle purchase and operation"),
        parent: "threePublic",
        sumRule: "vehicles",
        sumTitle: { zh: "公务用车支出等于购置费加运行维护费", en: "official vehicles equal purchase plus operation" },
        sumIdentity: {
          zh: "（二）公务用车购置及运行维护支出 = 1. 公务用车购置费 + 2. 公务用车运行维护费，逐列核对",
          en: "(2) Official vehicles = 1. purchase + 2. operation and maintenance, column by column",
        },
      },
      {
        key: "vehiclePurchase",
        label: bi("1. 公务用车购置费", "1. Official vehicle purchase"),
        parent: "vehicles",
      },
      {
        key: "vehicleOperation",
        label: bi("2. 公务用车运行维护费", "2. Official vehicle operation and maintenance"),
        parent: "vehicles",
      },
      {
        key: "reception",
        label: bi("（三）公务接待费支出", "(3) Official receptions"),
        parent: "threePublic",
      },
    ],
    mayBeEmpty: false,
    presence: "required",
    rowSums: [
      rowSum(
        "row-total",
        "total",
        ["generalBudget", "govFund", "stateCapital"],
        { zh: "每行合计等于三本预算之和", en: "each row's total equals the three budgets" },
        {
          zh: "合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算，逐行核对",
          en: "合计 = general public budget + government funds + state capital operation, row by row",
        },
      ),
    ],
  },
  {
    id: "table09",
    number: 9,
    file: "table09.csv",
    title: bi("政府性基金预算支出情况表", "Government fund budget expenditure"),
    model: "functional",
    columns: splitByFunction(bi("政府性基金预算支出", "Government fund budget expenditure"), true),
    mayBeEmpty: true,
    presence: "required",
    totalRow: "first",
    rowSums: [SUBTOTAL()],
  },
  {
    id: "table10",
    number: 10,
    file: "table10.csv",
    title: bi("国有资本经营预算支出情况表", "State capital operation budget expenditure"),
    model: "functional",
    columns: splitByFunction(bi("国有资本经营预算支出", "State capital operation budget expenditure"), true),
    mayBeEmpty: true,
    presence: "required",
    totalRow: "first",
    rowSums: [SUBTOTAL()],
  },
  {
    id: "table11",
    number: 11,
    file: "table11.csv",
    title: bi("部门预算基本支出预算表", "Departmental basic expenditure budget"),
    model: "unitGrouped",
    columns: [...unitGroupedHead("支出项目类别（资金使用单位）"), ...unitGroupedAmounts],
    detailKind: bi("类别", "category"),
    mayBeEmpty: false,
    presence: "required",
    totalRow: "first",
    rowSums: UNIT_SUMS,
  },
  {
    id: "table12",
    number: 12,
    file: "table12.csv",
    title: bi("部门预算项目支出及其他支出预算表", "Departmental project and other expenditure budget"),
    model: "unitGrouped",
    columns: [
      ...unitGroupedHead("支出项目类别（资金使用单位）"),
      ...unitGroupedAmounts,
      {
        key: "performanceGoal",
        header: "绩效目标",
        label: bi("绩效目标", "Performance goal"),
        type: "text",
        required: false,
        maxLength: 2000,
      },
    ],
    detailKind: bi("项目", "project"),
    mayBeEmpty: true,
    presence: "required",
    totalRow: "first",
    rowSums: UNIT_SUMS,
  },
];

/** The 重点项目 table printed in the 情况说明 (part 六), with its own file. */
export const KEY_PROJECTS: TableSpec = {
  id: "keyProjects",
  file: "key-projects.csv",
  title: bi("重点项目预算绩效目标情况", "Performance goals of key projects"),
  model: "list",
  columns: [
    { key: "name", header: "项目", label: bi("项目", "Project"), type: "text", required: true, maxLength: 200 },
    money("amount", "预算数", "Budget (10,000 yuan)", undefined, "预算数（单位：万元）"),
    {
      key: "performanceGoal",
      header: "绩效目标",
      label: bi("绩效目标", "Performance goal"),
      type: "text",
      required: true,
      maxLength: 2000,
    },
  ],
  mayBeEmpty: true,
  presence: "required",
};

/** The ids of the Guangzhou tables 表1–表12. */
export type TableId =
  | "table01"
  | "table02"
  | "table03"
  | "table04"
  | "table05"
  | "table06"
  | "table07"
  | "table08"
  | "table09"
  | "table10"
  | "table11"
  | "table12";

export const tableById = (id: TableId): TableSpec => {
  const spec = TABLES.find((t) => t.id === id);
  if (!spec) throw new Error(`unknown table ${id}`);
  return spec;
};
