/**
 * The table registry: each of the 12 standard tables described once, as data.
 *
 * Everything else is derived from these specs: the CSV header check, the row schema,
 * the rendered multi-level header, the downloads and which reconciliation rules apply.
 * Adding a column is one edit here; a different regional table set would be a second
 * profile of the same shape.
 */
import { bi, type Bilingual } from "../i18n-text";

/** How a CSV cell is read. */
export type ColumnType =
  /** 万元 with at most two decimals, parsed to integer hundredths. */
  | "money"
  /** Free text. */
  | "text"
  /** 支出功能分类 code: 3, 5 or 7 digits. */
  | "functionCode"
  /** 部门预算支出经济分类 code: 3 or 5 digits. */
  | "economicCode"
  /** 收入 or 支出, the side of a two-sided table (表1, 表4). */
  | "side"
  /** 合计 / 单位 / 类别 / 项目: the row kind of a unit-grouped table (表11, 表12). */
  | "rowKind";

export interface ColumnSpec {
  /** Stable key used in code, JSON downloads and tests. */
  key: string;
  /** The exact header staff write in the CSV's first row. */
  header: string;
  /** Heading as printed in the document (may differ from the CSV header, e.g. "其中：基本支出"). */
  label: Bilingual;
  /** Upper header cell this column sits under in the printed multi-level header. */
  group?: Bilingual;
  type: ColumnType;
  /** A required cell may not be blank. Codes are optional because 合计 rows have none. */
  required: boolean;
  /** Longest text accepted without a warning (characters). */
  maxLength?: number;
}

/**
 * Row models, from DESIGN.md:
 * - twoSided: income and expenditure lists side by side (表1, 表4);
 * - functional: rows keyed by function code, hierarchy 3 → 5 → 7 digits (表2, 表3, 表5, 表9, 表10);
 * - economic: rows keyed by economic code, hierarchy 3 → 5 digits (表6, 表7);
 * - fixedItems: a fixed list of printed items with their own hierarchy (表8);
 * - unitGrouped: 合计, then per spending unit its rows (表11 categories, 表12 projects);
 * - list: plain rows with no totals (the 情况说明's key-projects table).
 */
export type RowModel = "twoSided" | "functional" | "economic" | "fixedItems" | "unitGrouped" | "list";

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

export interface TableSpec {
  id: TableId | "keyProjects";
  /** 表N; absent for tables printed inside the text. */
  number?: number;
  /** CSV file name inside a department-year folder. */
  file: string;
  title: Bilingual;
  model: RowModel;
  columns: readonly ColumnSpec[];
  /** The 表8 item list, in printed order (fixedItems tables only). */
  items?: readonly FixedItemSpec[];
  /** Child row kind of a unitGrouped table: 类别 in 表11, 项目 in 表12. */
  detailKind?: Bilingual;
  /** May hold nothing but a zero 合计 row; the note then says "本表本年无发生额". */
  mayBeEmpty: boolean;
}

export interface FixedItemSpec {
  key: string;
  /** Printed text; matched after removing spaces so "1.公务用车购置费" also matches. */
  label: Bilingual;
  /** Key of the item this one is a part of (its printed prefix shows the level). */
  parent?: string;
}

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

export const TABLES: readonly TableSpec[] = [
  {
    id: "table01",
    number: 1,
    file: "table01.csv",
    title: bi("收支总体情况表", "Overview of revenue and expenditure"),
    model: "twoSided",
    columns: twoSidedColumns,
    mayBeEmpty: false,
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
  },
  {
    id: "table04",
    number: 4,
    file: "table04.csv",
    title: bi("财政拨款收支总体情况表", "Overview of fiscal appropriation revenue and expenditure"),
    model: "twoSided",
    columns: twoSidedColumns,
    mayBeEmpty: false,
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
      { key: "threePublic", label: bi("“三公”经费", "“Three public” expenses") },
      {
        key: "abroad",
        label: bi("其中：（一）因公出国（境）支出", "Of which: (1) Official travel abroad"),
        parent: "threePublic",
      },
      {
        key: "vehicles",
        label: bi("（二）公务用车购置及运行维护支出", "(2) Official vehicle purchase and operation"),
        parent: "threePublic",
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
  },
  {
    id: "table09",
    number: 9,
    file: "table09.csv",
    title: bi("政府性基金预算支出情况表", "Government fund budget expenditure"),
    model: "functional",
    columns: splitByFunction(bi("政府性基金预算支出", "Government fund budget expenditure"), true),
    mayBeEmpty: true,
  },
  {
    id: "table10",
    number: 10,
    file: "table10.csv",
    title: bi("国有资本经营预算支出情况表", "State capital operation budget expenditure"),
    model: "functional",
    columns: splitByFunction(bi("国有资本经营预算支出", "State capital operation budget expenditure"), true),
    mayBeEmpty: true,
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
};

export const tableById = (id: TableId): TableSpec => {
  const spec = TABLES.find((t) => t.id === id);
  if (!spec) throw new Error(`unknown table ${id}`);
  return spec;
};
