/**
 * The Shanghai district table set (上海市区级 部门预算 / 单位预算, as in 普陀区's template
 * workbooks): nine tables, numbered in the 目录 only. Tables 1–8 print amounts in the document's
 * unit (元, integers or two decimals); the “三公” table prints 万元. Zero cells may be blank, the
 * 合计 row is printed last, and codes are printed in separate 类 / 款 / 项 cells.
 */
import { bi, type Bilingual } from "../../i18n-text";
import { WANYUAN_2 } from "../../money";
import type { ColumnSpec, RowSum, TableSpec } from "../types";

export const SHANGHAI_TABLE_IDS = [
  "table01",
  "table02",
  "table03",
  "table04",
  "table05",
  "table06",
  "table07",
  "table08",
  "table09",
] as const;

const money = (
  key: string,
  header: string,
  en: string,
  group?: Bilingual,
  extra?: Partial<ColumnSpec>,
): ColumnSpec => ({
  key,
  header,
  label: bi(header, en),
  ...(group ? { group } : {}),
  type: "money",
  required: false,
  ...extra,
});

const G_CODE = bi("功能分类科目编码", "Functional classification code");
const G_ECONOMIC_CODE = bi("部门预算经济分类科目编码", "Economic classification code");

const functionParts: readonly ColumnSpec[] = [
  {
    key: "class",
    header: "类",
    label: bi("类", "Class"),
    group: G_CODE,
    type: "functionCodePart",
    part: 0,
    required: false,
  },
  {
    key: "category",
    header: "款",
    label: bi("款", "Category"),
    group: G_CODE,
    type: "functionCodePart",
    part: 1,
    required: false,
  },
  {
    key: "item",
    header: "项",
    label: bi("项", "Item"),
    group: G_CODE,
    type: "functionCodePart",
    part: 2,
    required: false,
  },
  {
    key: "name",
    header: "功能分类科目名称",
    label: bi("功能分类科目名称", "Functional classification"),
    type: "text",
    required: true,
    maxLength: 100,
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

const BASIC_PLUS_PROJECT = rowSum(
  "row-total",
  "total",
  ["basic", "project"],
  { zh: "每行合计等于基本支出加项目支出", en: "each row's total equals basic plus project expenditure" },
  { zh: "合计 = 基本支出 + 项目支出，逐行核对", en: "合计 = basic + project expenditure, row by row" },
);

/** 合计 / 基本支出 / 项目支出 by function code: 支出预算总表 and the three 功能分类预算表. */
const byFunction = (group: Bilingual): readonly ColumnSpec[] => [
  ...functionParts,
  money("total", "合计", "Total", group),
  money("basic", "基本支出", "Basic expenditure", group),
  money("project", "项目支出", "Project expenditure", group),
];

const SIDES = {
  income: { grandTotal: "收入总计" },
  expenditure: { grandTotal: "支出总计" },
} as const;

const twoSidedHead: readonly ColumnSpec[] = [
  { key: "side", header: "收支", label: bi("收支", "Side"), type: "side", required: true },
  { key: "name", header: "项目", label: bi("项目", "Item"), type: "text", required: true, maxLength: 100 },
];

const common = { presence: "required", blankAmounts: true } as const;

export const SHANGHAI_TABLES: readonly TableSpec[] = [
  {
    id: "table01",
    number: 1,
    file: "table01.csv",
    title: bi("财务收支预算总表", "Budget revenue and expenditure summary"),
    model: "twoSided",
    columns: [
      ...twoSidedHead,
      money("amount", "预算数", "Budget", undefined, { expenditureLabel: bi("合计", "Total") }),
      money("personnel", "人员经费", "Personnel", bi("基本支出", "Basic expenditure"), {
        optional: true,
        side: "expenditure",
      }),
      money("publicUse", "公用经费", "Public use", bi("基本支出", "Basic expenditure"), {
        optional: true,
        side: "expenditure",
      }),
      money("project", "项目支出", "Project expenditure", undefined, { optional: true, side: "expenditure" }),
    ],
    sides: SIDES,
    subLines: true,
    rowSums: [
      rowSum(
        "row-total",
        "amount",
        ["personnel", "publicUse", "project"],
        {
          zh: "支出各行合计等于人员经费、公用经费、项目支出之和",
          en: "each expenditure line's total equals its parts",
        },
        {
          zh: "合计 = 人员经费 + 公用经费 + 项目支出（只在印有这三栏的表中核对）",
          en: "合计 = personnel + public use + project expenditure (where those columns are printed)",
        },
      ),
    ],
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table02",
    number: 2,
    file: "table02.csv",
    title: bi("收入预算总表", "Revenue budget summary"),
    model: "functional",
    columns: [
      ...functionParts,
      money("total", "合计", "Total", bi("收入预算", "Revenue budget")),
      money("fiscal", "财政拨款收入", "Fiscal appropriations", bi("收入预算", "Revenue budget")),
      money("operating", "事业收入", "Public institution revenue", bi("收入预算", "Revenue budget")),
      money(
        "business",
        "事业单位经营收入",
        "Business revenue of public institutions",
        bi("收入预算", "Revenue budget"),
      ),
      money("other", "其他收入", "Other revenue", bi("收入预算", "Revenue budget")),
    ],
    totalRow: "last",
    rowSums: [
      rowSum(
        "row-total",
        "total",
        ["fiscal", "operating", "business", "other"],
        { zh: "每行合计等于各收入来源之和", en: "each row's total equals its revenue sources" },
        {
          zh: "合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入，逐行核对",
          en: "合计 = fiscal appropriations + institution revenue + business revenue + other revenue, row by row",
        },
      ),
    ],
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table03",
    number: 3,
    file: "table03.csv",
    title: bi("支出预算总表", "Expenditure budget summary"),
    model: "functional",
    columns: byFunction(bi("支出预算", "Expenditure budget")),
    totalRow: "last",
    rowSums: [BASIC_PLUS_PROJECT],
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table04",
    number: 4,
    file: "table04.csv",
    title: bi("财政拨款收支预算总表", "Fiscal appropriation revenue and expenditure summary"),
    model: "twoSided",
    columns: [
      ...twoSidedHead,
      money("amount", "预算数", "Budget", undefined, { expenditureLabel: bi("合计", "Total") }),
      money("generalBudget", "一般公共预算", "General public budget", undefined, { side: "expenditure" }),
      money("govFund", "政府性基金预算", "Government fund budget", undefined, { side: "expenditure" }),
      money("stateCapital", "国有资本经营预算", "State capital operation budget", undefined, { side: "expenditure" }),
    ],
    sides: SIDES,
    subLines: true,
    rowSums: [
      rowSum(
        "row-total",
        "amount",
        ["generalBudget", "govFund", "stateCapital"],
        { zh: "支出各行合计等于三本预算之和", en: "each expenditure line's total equals the three budgets" },
        {
          zh: "合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算，逐行核对",
          en: "合计 = general public budget + government funds + state capital operation, line by line",
        },
      ),
    ],
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table05",
    number: 5,
    file: "table05.csv",
    title: bi("一般公共预算支出功能分类预算表", "General public budget expenditure by function"),
    model: "functional",
    columns: byFunction(bi("一般公共预算支出", "General public budget expenditure")),
    totalRow: "last",
    rowSums: [BASIC_PLUS_PROJECT],
    mayBeEmpty: true,
    ...common,
  },
  {
    id: "table06",
    number: 6,
    file: "table06.csv",
    title: bi("政府性基金预算支出功能分类预算表", "Government fund budget expenditure by function"),
    model: "functional",
    columns: byFunction(bi("政府性基金预算支出", "Government fund budget expenditure")),
    totalRow: "last",
    rowSums: [BASIC_PLUS_PROJECT],
    mayBeEmpty: true,
    ...common,
  },
  {
    id: "table07",
    number: 7,
    file: "table07.csv",
    title: bi("国有资本经营预算支出功能分类预算表", "State capital operation budget expenditure by function"),
    model: "functional",
    columns: byFunction(bi("国有资本经营预算支出", "State capital operation budget expenditure")),
    totalRow: "last",
    rowSums: [BASIC_PLUS_PROJECT],
    mayBeEmpty: true,
    ...common,
  },
  {
    id: "table08",
    number: 8,
    file: "table08.csv",
    title: bi(
      "一般公共预算基本支出部门预算经济分类预算表",
      "General public budget basic expenditure by economic classification",
    ),
    model: "economic",
    columns: [
      {
        key: "class",
        header: "类",
        label: bi("类", "Class"),
        group: G_ECONOMIC_CODE,
        type: "economicCodePart",
        part: 0,
        required: false,
      },
      {
        key: "category",
        header: "款",
        label: bi("款", "Item"),
        group: G_ECONOMIC_CODE,
        type: "economicCodePart",
        part: 1,
        required: false,
      },
      {
        key: "name",
        header: "经济分类科目名称",
        label: bi("经济分类科目名称", "Economic classification"),
        type: "text",
        required: true,
        maxLength: 100,
      },
      money("total", "合计", "Total", bi("一般公共预算基本支出", "General public budget basic expenditure")),
      money(
        "personnel",
        "人员经费",
        "Personnel",
        bi("一般公共预算基本支出", "General public budget basic expenditure"),
      ),
      money(
        "publicUse",
        "公用经费",
        "Public use",
        bi("一般公共预算基本支出", "General public budget basic expenditure"),
      ),
    ],
    totalRow: "last",
    rowSums: [
      rowSum(
        "row-total",
        "total",
        ["personnel", "publicUse"],
        { zh: "每行合计等于人员经费加公用经费", en: "each row's total equals personnel plus public use" },
        { zh: "合计 = 人员经费 + 公用经费，逐行核对", en: "合计 = personnel + public use, row by row" },
      ),
    ],
    mayBeEmpty: true,
    ...common,
  },
  {
    id: "table09",
    number: 9,
    file: "table09.csv",
    title: bi("“三公”经费和机关运行经费预算表", "“Three public” expenses and administrative operating costs"),
    model: "record",
    unit: WANYUAN_2,
    columns: [
      money("threePublic", "合计", "Total", bi("“三公”经费预算数", "“Three public” expenses")),
      money("abroad", "因公出国(境)费", "Official travel abroad", bi("“三公”经费预算数", "“Three public” expenses")),
      money("reception", "公务接待费", "Official receptions", bi("“三公”经费预算数", "“Three public” expenses")),
      money(
        "vehicles",
        "公务用车购置及运行费小计",
        "Official vehicles: subtotal",
        bi("公务用车购置及运行费", "Official vehicles"),
        {
          label: bi("小计", "Subtotal"),
        },
      ),
      money("vehiclePurchase", "购置费", "Official vehicle purchase", bi("公务用车购置及运行费", "Official vehicles")),
      money(
        "vehicleOperation",
        "运行费",
        "Official vehicle operation",
        bi("公务用车购置及运行费", "Official vehicles"),
      ),
      money("adminCosts", "机关运行经费", "Administrative operating costs", undefined, {
        label: bi("机关运行经费预算数", "Administrative operating costs"),
      }),
    ],
    rowSums: [
      rowSum(
        "three-public",
        "threePublic",
        ["abroad", "reception", "vehicles"],
        { zh: "“三公”经费合计等于三个分项之和", en: "the “three public” total equals its three parts" },
        {
          zh: "合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
          en: "Total = travel abroad + receptions + official vehicles",
        },
      ),
      rowSum(
        "vehicles",
        "vehicles",
        ["vehiclePurchase", "vehicleOperation"],
        { zh: "公务用车购置及运行费等于购置费加运行费", en: "official vehicles equal purchase plus operation" },
        { zh: "小计 = 购置费 + 运行费", en: "Subtotal = purchase + operation" },
      ),
    ],
    mayBeEmpty: true,
    ...common,
  },
];
