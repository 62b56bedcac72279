/**
 * The Jiangsu provincial table set (江苏省省级部门预算, 公开01–12表): amounts in 万元 with two
 * decimals. 表1 prints three lists side by side (income; expenditure by function class; expenditure
 * by purpose), 表2 a tree of income sources, 表3 one row, 表12 the planned purchases grouped by
 * 大类, 专项 and 经济科目. Codes are printed in one cell; the 合计 row comes first. Cells left blank
 * are printed blanks (zero).
 */
import { bi, type Bilingual } from "../../i18n-text";
import type { ColumnSpec, RowSum, TableSpec } from "../types";

export const JIANGSU_TABLE_IDS = [
  "table01",
  "table02",
  "table03",
  "table04",
  "table05",
  "table06",
  "table07",
  "table08",
  "table09",
  "table10",
  "table11",
  "table12",
] as const;

export type JiangsuTableId = (typeof JIANGSU_TABLE_IDS)[number];

const money = (key: string, header: string, en: string, group?: Bilingual, label?: Bilingual): ColumnSpec => ({
  key,
  header,
  label: label ?? bi(header, en),
  ...(group ? { group } : {}),
  type: "money",
  required: false,
});

const text = (key: string, header: string, en: string, required: boolean, group?: Bilingual): ColumnSpec => ({
  key,
  header,
  label: bi(header, en),
  ...(group ? { group } : {}),
  type: "text",
  required,
  maxLength: 100,
});

const rowSum = (
  rule: string,
  total: string,
  parts: readonly string[],
  title: Bilingual,
  identity: Bilingual,
): RowSum => ({ rule, total, parts, title, identity });

const G_INCOME = bi("收入", "Income");
const G_FUNCTION = bi("支出（功能分类）", "Expenditure by function");
const G_PURPOSE = bi("支出（支出用途）", "Expenditure by purpose");
const G_THREE_PUBLIC = bi("“三公”经费", "“Three public” expenses");
const G_VEHICLES = bi("公务用车购置及运行维护费", "Official vehicles, purchase and operation");

/** 功能科目代码 / 功能科目名称 / 金额: 表5, 表7, 表10. */
const byFunction: readonly ColumnSpec[] = [
  { key: "code", header: "功能科目代码", label: bi("功能科目代码", "Code"), type: "functionCode", required: false },
  text("name", "功能科目名称", "Functional classification", true),
  money("amount", "金额", "Amount"),
];

/** 科目编码 / 科目名称 / amount column: 表6, 表8, 表11 by economic code. */
const byEconomic = (amountHeader: string, amountEn: string): readonly ColumnSpec[] => [
  { key: "code", header: "科目编码", label: bi("科目编码", "Code"), type: "economicCode", required: false },
  text("name", "科目名称", "Economic classification", true),
  money("amount", amountHeader, amountEn),
];

const common = { presence: "required", blankAmounts: true } as const;
const classified = { ...common, totalRow: "first" } as const;

export const JIANGSU_TABLES: readonly TableSpec[] = [
  {
    id: "table01",
    number: 1,
    file: "table01.csv",
    title: bi("收支预算总表", "Revenue and expenditure budget summary"),
    // Three lists printed side by side; one CSV row per printed line. The function-class list
    // names every line (its total lines too), so it is the row's name.
    model: "list",
    listLayout: { rowsBy: "name" },
    columns: [
      text("incomeName", "收入项目", "Income item", false, G_INCOME),
      money("incomeAmount", "收入金额", "Income", G_INCOME, bi("金额", "Amount")),
      text("name", "功能科目名称", "Functional classification", true, G_FUNCTION),
      money("functionAmount", "功能分类金额", "Amount", G_FUNCTION, bi("金额", "Amount")),
      text("purposeName", "支出用途项目", "Purpose", false, G_PURPOSE),
      money("purposeAmount", "支出用途金额", "Amount", G_PURPOSE, bi("金额", "Amount")),
    ],
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table02",
    number: 2,
    file: "table02.csv",
    title: bi("收入预算总表", "Revenue budget summary"),
    // A tree of income sources: each source's 小计, then its parts; 收入总计 heads them all.
    model: "list",
    listLayout: { rowsBy: "part", merged: { name: "centred" } },
    columns: [
      text("name", "项目名称", "Income source", true),
      text("part", "明细", "Of which", false),
      money("amount", "金额", "Amount"),
    ],
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table03",
    number: 3,
    file: "table03.csv",
    title: bi("支出预算总表", "Expenditure budget summary"),
    model: "record",
    columns: [
      money("total", "合计", "Total"),
      money("basic", "基本支出", "Basic expenditure"),
      money("project", "项目支出", "Project expenditure"),
      money("reserve", "单位预留机动经费", "Unit contingency reserve"),
      money("carryOver", "结转下年资金", "Carried over to next year"),
    ],
    rowSums: [
      rowSum(
        "row-total",
        "total",
        ["basic", "project", "reserve", "carryOver"],
        { zh: "合计等于各项支出之和", en: "the total equals its parts" },
        {
          zh: "合计 = 基本支出 + 项目支出 + 单位预留机动经费 + 结转下年资金",
          en: "合计 = basic + project + contingency reserve + carried over",
        },
      ),
    ],
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table04",
    number: 4,
    file: "table04.csv",
    title: bi("财政拨款收支预算总表", "Fiscal appropriations revenue and expenditure summary"),
    model: "twoSided",
    columns: [
      { key: "side", header: "收支", label: bi("收支", "Side"), type: "side", required: true },
      text("name", "项目名称", "Item", true),
      money("amount", "金额", "Amount"),
    ],
    sides: { income: { grandTotal: "收入合计" }, expenditure: { grandTotal: "支出合计" } },
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table05",
    number: 5,
    file: "table05.csv",
    title: bi("财政拨款支出预算表", "Fiscal appropriations expenditure budget"),
    model: "functional",
    columns: byFunction,
    mayBeEmpty: false,
    ...classified,
  },
  {
    id: "table06",
    number: 6,
    file: "table06.csv",
    title: bi("财政拨款基本支出预算表", "Fiscal appropriations basic expenditure budget"),
    model: "economic",
    columns: byEconomic("金额", "Amount"),
    mayBeEmpty: false,
    ...classified,
  },
  {
    id: "table07",
    number: 7,
    file: "table07.csv",
    title: bi("一般公共预算支出预算表", "General public budget expenditure"),
    model: "functional",
    columns: byFunction,
    mayBeEmpty: false,
    ...classified,
  },
  {
    id: "table08",
    number: 8,
    file: "table08.csv",
    title: bi("一般公共预算基本支出预算表", "General public budget basic expenditure"),
    model: "economic",
    columns: byEconomic("金额", "Amount"),
    mayBeEmpty: false,
    ...classified,
  },
  {
    id: "table09",
    number: 9,
    file: "table09.csv",
    title: bi(
      "一般公共预算“三公”经费、会议费、培训费支出预算表",
      "General public budget: “three public” expenses, meetings and training",
    ),
    printedTitles: ["“三公”经费、会议费、培训费支出预算表"],
    model: "record",
    columns: [
      money("total", "合计", "Total"),
      money("threePublic", "“三公”经费小计", "Subtotal", G_THREE_PUBLIC, bi("小计", "Subtotal")),
      money("abroad", "因公出国（境）费", "Official travel abroad", G_THREE_PUBLIC),
      money("vehicles", "公务用车购置及运行维护费小计", "Subtotal", G_VEHICLES, bi("小计", "Subtotal")),
      money("vehiclePurchase", "公务用车购置费", "Vehicle purchase", G_VEHICLES),
      money("vehicleOperation", "公务用车运行维护费", "Vehicle operation and maintenance", G_VEHICLES),
      money("reception", "公务接待费", "Official receptions", G_THREE_PUBLIC),
      money("meetings", "会议费", "Meetings"),
      money("training", "培训费", "Training"),
    ],
    rowSums: [
      rowSum(
        "total",
        "total",
        ["threePublic", "meetings", "training"],
        {
          zh: "合计等于“三公”经费、会议费、培训费之和",
          en: "the total equals the three public expenses, meetings and training",
        },
        { zh: "合计 = “三公”经费小计 + 会议费 + 培训费", en: "合计 = three public subtotal + meetings + training" },
      ),
      rowSum(
        "three-public",
        "threePublic",
        ["abroad", "vehicles", "reception"],
        { zh: "“三公”经费小计等于三项之和", en: "the three public subtotal equals its three parts" },
        {
          zh: "“三公”经费小计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费",
          en: "three public subtotal = travel abroad + vehicles + receptions",
        },
      ),
      rowSum(
        "vehicles",
        "vehicles",
        ["vehiclePurchase", "vehicleOperation"],
        { zh: "公务用车小计等于购置费加运行维护费", en: "the vehicle subtotal equals purchase plus operation" },
        {
          zh: "公务用车购置及运行维护费小计 = 公务用车购置费 + 公务用车运行维护费",
          en: "vehicle subtotal = purchase + operation and maintenance",
        },
      ),
    ],
    mayBeEmpty: false,
    ...common,
  },
  {
    id: "table10",
    number: 10,
    file: "table10.csv",
    title: bi("政府性基金支出预算表", "Government fund expenditure budget"),
    printedTitles: ["政府性基金预算财政拨款支出预算表", "政府性基金财政拨款支出预算表"],
    model: "functional",
    columns: byFunction,
    mayBeEmpty: true,
    ...classified,
  },
  {
    id: "table11",
    number: 11,
    file: "table11.csv",
    title: bi("一般公共预算机关运行经费支出预算表", "General public budget: administrative operating costs"),
    model: "economic",
    columns: byEconomic("机关运行经费支出", "Administrative operating costs"),
    mayBeEmpty: true,
    ...classified,
  },
  {
    id: "table12",
    number: 12,
    file: "table12.csv",
    title: bi("政府采购支出预算表", "Government procurement budget"),
    printedTitles: ["政府采购预算表"],
    // One CSV row per printed line: a 大类 line (合计 first), a line of one 专项's 经济科目, or a
    // purchase line with its 采购组织形式. A merged cell is written on every line it spans, so
    // each row names its 大类, 专项 and 经济科目.
    model: "list",
    listLayout: { rowsBy: "amount", merged: { name: "filled", project: "filled", economic: "filled" } },
    columns: [
      text("name", "采购品目大类", "Procurement category", true),
      text("project", "专项名称", "Special project", false),
      text("economic", "经济科目", "Economic classification", false),
      text("item", "采购物品名称", "Item purchased", false),
      text("form", "采购组织形式", "Procurement method", false),
      money("amount", "总计", "Total"),
    ],
    mayBeEmpty: true,
    ...common,
  },
];
