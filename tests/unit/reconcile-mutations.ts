/**
 * One mutation of the seed (or the synthetic fixture) per reconciliation rule: the smallest
 * edit that breaks the rule's identity. Shared by the rule tests; see reconcile-rules.test.ts.
 */
import { cents } from "../../src/budget/money";
import type { TableId } from "../../src/budget/profiles/guangzhou-budget/tables";
import type { CompleteGuangzhou } from "../helpers/seed";

export type Edit = (dy: CompleteGuangzhou) => void;

/** Add `delta` hundredths to the cell at (table, CSV line, column header). */
export const bump =
  (table: TableId | "keyProjects", line: number, header: string, delta = 100): Edit =>
  (dy) => {
    const t = dy.tables[table];
    const row = t.rows.find((r) => r.line === line);
    const column = t.spec.columns.find((c) => c.header === header);
    if (!row || !column) throw new Error(`no cell ${table}:${line}:${header}`);
    const amounts = row.amounts as Record<string, number>;
    amounts[column.key] = (amounts[column.key] ?? 0) + delta;
  };

const prose = (printed: string) => {
  const value = Number(printed.replaceAll(",", "")) * 100;
  return { printed, value: cents(Math.round(value)) };
};

/** Replace text in every paragraph of the explanation. */
const rewrite =
  (from: string, to: string): Edit =>
  (dy) => {
    let hits = 0;
    for (const s of dy.explanation.sections) {
      s.paragraphs = s.paragraphs.map((p) => {
        if (p.includes(from)) hits++;
        return p.replace(from, to);
      });
    }
    if (hits === 0) throw new Error(`text not found: ${from}`);
  };

export interface Mutation {
  rule: string;
  /** What is changed, in words. */
  what: string;
  fixture: "seed" | "synthetic";
  edit: Edit;
}

export const MUTATIONS: readonly Mutation[] = [
  { rule: "t01.year-total", what: "表1 一、预算拨款 +1.00", fixture: "seed", edit: bump("table01", 2, "预算") },
  { rule: "t01.grand-total", what: "表1 收入总计 +1.00", fixture: "seed", edit: bump("table01", 9, "预算") },
  { rule: "t01.balance", what: "表1 支出总计 +1.00", fixture: "seed", edit: bump("table01", 39, "预算") },
  {
    rule: "t02.row-total",
    what: "表2 [2010301] 一般公共预算 +1.00",
    fixture: "seed",
    edit: bump("table02", 4, "一般公共预算"),
  },
  { rule: "t02.parent-sum", what: "表2 [2010301] 合计 +1.00", fixture: "seed", edit: bump("table02", 4, "合计") },
  { rule: "t02.total-row", what: "表2 合计行 教育收费 +1.00", fixture: "seed", edit: bump("table02", 2, "教育收费") },
  {
    rule: "t03.row-total",
    what: "表3 [2010301] 项目支出 +1.00",
    fixture: "seed",
    edit: bump("table03", 4, "项目支出"),
  },
  { rule: "t03.parent-sum", what: "表3 [2010302] 合计 +1.00", fixture: "seed", edit: bump("table03", 5, "合计") },
  {
    rule: "t03.total-row",
    what: "表3 合计行 事业单位经营支出 +1.00",
    fixture: "seed",
    edit: bump("table03", 2, "事业单位经营支出"),
  },
  { rule: "t04.year-total", what: "表4 一、一般公共预算 +1.00", fixture: "seed", edit: bump("table04", 2, "预算") },
  { rule: "t04.grand-total", what: "表4 收入总计 +1.00", fixture: "seed", edit: bump("table04", 6, "预算") },
  { rule: "t04.balance", what: "表4 支出总计 +1.00", fixture: "seed", edit: bump("table04", 33, "预算") },
  {
    rule: "t05.subtotal",
    what: "表5 [2080502] 基本支出 +1.00",
    fixture: "seed",
    edit: bump("table05", 14, "基本支出"),
  },
  {
    rule: "t05.parent-sum",
    what: "表5 [2080502] 小计 and 基本支出 +1.00",
    fixture: "seed",
    edit: (dy) => {
      bump("table05", 14, "小计")(dy);
      bump("table05", 14, "基本支出")(dy);
    },
  },
  { rule: "t05.total-row", what: "表5 合计行 项目支出 +1.00", fixture: "seed", edit: bump("table05", 2, "项目支出") },
  { rule: "t06.parent-sum", what: "表6 [30101] 基本工资 +1.00", fixture: "seed", edit: bump("table06", 4, "预算") },
  { rule: "t06.total-row", what: "表6 合计 +1.00", fixture: "seed", edit: bump("table06", 2, "预算") },
  { rule: "t07.parent-sum", what: "表7 [30199] +1.00", fixture: "seed", edit: bump("table07", 4, "预算") },
  { rule: "t07.total-row", what: "表7 合计 +1.00", fixture: "seed", edit: bump("table07", 2, "预算") },
  {
    rule: "t08.row-total",
    what: "表8 行政经费 政府性基金预算 +1.00",
    fixture: "seed",
    edit: bump("table08", 2, "政府性基金预算"),
  },
  { rule: "t08.three-public", what: "表8 “三公”经费 合计 +1.00", fixture: "seed", edit: bump("table08", 3, "合计") },
  {
    rule: "t08.vehicles",
    what: "表8 （二）公务用车 国有资本经营预算 and 合计 +1.00",
    fixture: "seed",
    edit: (dy) => {
      bump("table08", 5, "国有资本经营预算")(dy);
      bump("table08", 5, "合计")(dy);
    },
  },
  { rule: "t09.subtotal", what: "表9 合计 小计 +1.00", fixture: "seed", edit: bump("table09", 2, "小计") },
  {
    rule: "t09.parent-sum",
    what: "synthetic 表9 [2120501] 项目支出 and 小计 +1.00",
    fixture: "synthetic",
    edit: (dy) => {
      bump("table09", 5, "项目支出")(dy);
      bump("table09", 5, "小计")(dy);
    },
  },
  {
    rule: "t09.total-row",
    what: "表9 合计 基本支出 and 小计 +1.00",
    fixture: "seed",
    edit: (dy) => {
      bump("table09", 2, "基本支出")(dy);
      bump("table09", 2, "小计")(dy);
    },
  },
  { rule: "t10.subtotal", what: "表10 合计 项目支出 +1.00", fixture: "seed", edit: bump("table10", 2, "项目支出") },
  {
    rule: "t10.parent-sum",
    what: "表10 gains rows [223] [22301] of 0.00, then [22301] 小计 and 基本支出 +1.00",
    fixture: "seed",
    edit: (dy) => {
      const t = dy.tables.table10;
      const zero = { subtotal: cents(0), basic: cents(0), project: cents(0) };
      t.rows.push(
        { line: 3, role: "item", name: "国有资本经营预算支出", code: "223", depth: 1, amounts: { ...zero }, texts: {} },
        {
          line: 4,
          role: "item",
          name: "解决历史遗留问题及改革成本支出",
          code: "22301",
          depth: 2,
          amounts: { ...zero },
          texts: {},
        },
      );
      bump("table10", 4, "小计")(dy);
      bump("table10", 4, "基本支出")(dy);
    },
  },
  {
    rule: "t10.total-row",
    what: "表10 合计 基本支出 and 小计 +1.00",
    fixture: "seed",
    edit: (dy) => {
      bump("table10", 2, "基本支出")(dy);
      bump("table10", 2, "小计")(dy);
    },
  },
  {
    rule: "t11.row-total",
    what: "表11 工资福利支出 其他资金 +1.00",
    fixture: "seed",
    edit: bump("table11", 4, "其他资金"),
  },
  {
    rule: "t11.fiscal-total",
    what: "表11 工资福利支出 政府性基金预算 +1.00",
    fixture: "seed",
    edit: bump("table11", 4, "政府性基金预算"),
  },
  {
    rule: "t11.unit-sum",
    what: "表11 商品和服务支出 财政专户拨款 and 总计 +1.00",
    fixture: "seed",
    edit: (dy) => {
      bump("table11", 5, "财政专户拨款")(dy);
      bump("table11", 5, "总计")(dy);
    },
  },
  {
    rule: "t11.total-row",
    what: "表11 合计 其他资金 and 总计 +1.00",
    fixture: "seed",
    edit: (dy) => {
      bump("table11", 2, "其他资金")(dy);
      bump("table11", 2, "总计")(dy);
    },
  },
  {
    rule: "t12.row-total",
    what: "表12 办证大厅窗口服务经费 其他资金 +1.00",
    fixture: "seed",
    edit: bump("table12", 4, "其他资金"),
  },
  {
    rule: "t12.fiscal-total",
    what: "表12 办证大厅窗口服务经费 政府性基金预算 +1.00",
    fixture: "seed",
    edit: bump("table12", 4, "政府性基金预算"),
  },
  {
    rule: "t12.unit-sum",
    what: "表12 区长专线日常经费 总计 and 财政拨款合计 and 一般公共预算 +1.00",
    fixture: "seed",
    edit: (dy) => {
      bump("table12", 8, "总计")(dy);
      bump("table12", 8, "财政拨款合计")(dy);
      bump("table12", 8, "一般公共预算")(dy);
    },
  },
  {
    rule: "t12.total-row",
    what: "表12 合计 财政专户拨款 and 总计 +1.00",
    fixture: "seed",
    edit: (dy) => {
      bump("table12", 2, "财政专户拨款")(dy);
      bump("table12", 2, "总计")(dy);
    },
  },
  {
    rule: "x.t01-t02.income-lines",
    what: "表1 二、财政专户拨款 +1.00",
    fixture: "seed",
    edit: bump("table01", 3, "预算"),
  },
  { rule: "x.t01-t02.income-total", what: "表1 本年收入合计 +1.00", fixture: "seed", edit: bump("table01", 5, "预算") },
  {
    rule: "x.t01-t03.class",
    what: "表1 一、一般公共服务支出 +1.00",
    fixture: "seed",
    edit: bump("table01", 10, "预算"),
  },
  {
    rule: "x.t01-t03.other-lines",
    what: "表1 二十六、对附属单位补助支出 +1.00",
    fixture: "seed",
    edit: bump("table01", 36, "预算"),
  },
  {
    rule: "x.t01-t03.expenditure-total",
    what: "表1 本年支出合计 +1.00",
    fixture: "seed",
    edit: bump("table01", 35, "预算"),
  },
  { rule: "x.t02-t03.code", what: "表3 [201] 合计 +1.00", fixture: "seed", edit: bump("table03", 3, "合计") },
  {
    rule: "x.t04-t02.income-lines",
    what: "表4 二、政府性基金预算 +1.00",
    fixture: "seed",
    edit: bump("table04", 3, "预算"),
  },
  { rule: "x.t04-t02.income-total", what: "表4 本年收入合计 +1.00", fixture: "seed", edit: bump("table04", 5, "预算") },
  {
    rule: "x.t04-t05.class",
    what: "表4 一、一般公共服务支出 +1.00",
    fixture: "seed",
    edit: bump("table04", 7, "预算"),
  },
  {
    rule: "x.t04-t05.expenditure-total",
    what: "表4 本年支出合计 +1.00",
    fixture: "seed",
    edit: bump("table04", 31, "预算"),
  },
  { rule: "x.t02-t05.by-code", what: "表5 [2010301] 小计 +1.00", fixture: "seed", edit: bump("table05", 4, "小计") },
  { rule: "x.t05-t06.basic", what: "表6 合计 +1.00", fixture: "seed", edit: bump("table06", 2, "预算") },
  { rule: "x.t05-t07.project", what: "表7 合计 +1.00", fixture: "seed", edit: bump("table07", 2, "预算") },
  { rule: "x.t03-t11.basic", what: "表11 合计 总计 +1.00", fixture: "seed", edit: bump("table11", 2, "总计") },
  { rule: "x.t03-t12.project", what: "表12 合计 总计 +1.00", fixture: "seed", edit: bump("table12", 2, "总计") },
  {
    rule: "x.t05-t11.funds",
    what: "表11 合计 一般公共预算 +1.00",
    fixture: "seed",
    edit: bump("table11", 2, "一般公共预算"),
  },
  {
    rule: "x.t05-t12.funds",
    what: "表12 合计 国有资本经营预算 +1.00",
    fixture: "seed",
    edit: bump("table12", 2, "国有资本经营预算"),
  },
  { rule: "x.t06-t11.class", what: "表6 [301] 工资福利支出 +1.00", fixture: "seed", edit: bump("table06", 3, "预算") },
  { rule: "x.t08-t06.codes", what: "表6 [30217] 公务接待费 +1.00", fixture: "seed", edit: bump("table06", 19, "预算") },
  {
    rule: "x.t08-t06.admin-costs",
    what: "表8 行政经费 一般公共预算 +1.00",
    fixture: "seed",
    edit: bump("table08", 2, "一般公共预算"),
  },
  {
    rule: "explain.figure",
    what: "facts.income.amount 7,267.81 → 7,268.81",
    fixture: "seed",
    edit: (dy) => {
      dy.explanation.facts.income.amount = prose("7,268.81");
    },
  },
  {
    rule: "explain.key-project",
    what: "重点项目 基层服务平台示范点建设经费 +1.00",
    fixture: "seed",
    edit: bump("keyProjects", 2, "预算数"),
  },
  {
    rule: "explain.procurement",
    what: "facts.procurement.goods 60.5 → 61.5 (and the text)",
    fixture: "seed",
    edit: (dy) => {
      dy.explanation.facts.procurement.goods = prose("61.5");
      rewrite("货物类采购预算60.5万元", "货物类采购预算61.5万元")(dy);
    },
  },
  {
    rule: "explain.change-parts",
    what: "“三公”经费 change −0.15 → −0.25 (facts, text and percent)",
    fixture: "seed",
    edit: (dy) => {
      dy.explanation.facts.three_public.change = prose("-0.25");
      dy.explanation.facts.three_public.percent = "-8.3";
      rewrite("比上年减少0.15万元，下降5.2%", "比上年减少0.25万元，下降8.3%")(dy);
    },
  },
  {
    rule: "explain.percent",
    what: "机关运行经费 4.9% → 4.8% (facts and text)",
    fixture: "seed",
    edit: (dy) => {
      dy.explanation.facts.admin_costs.percent = "4.8";
      rewrite("增长4.9%", "增长4.8%")(dy);
    },
  },
  {
    rule: "explain.wording",
    what: "“三公”经费 下降5.2% → 增长5.2%",
    fixture: "seed",
    edit: rewrite("下降5.2%", "增长5.2%"),
  },
  {
    rule: "explain.text",
    what: "text 政府采购安排1,136.49万元 → 1,136.48万元",
    fixture: "seed",
    edit: rewrite("政府采购安排1,136.49万元", "政府采购安排1,136.48万元"),
  },
  {
    rule: "doc.empty-table-note",
    what: "表9's note 本表本年无发生额。 → 无。",
    fixture: "seed",
    edit: (dy) => {
      dy.meta.table_notes.table09 = "无。";
    },
  },
  {
    rule: "doc.year",
    what: "title 2025年… → 2024年…",
    fixture: "seed",
    edit: (dy) => {
      dy.meta.title = dy.meta.title.replace("2025年", "2024年");
    },
  },
  {
    rule: "doc.unit",
    what: "text 支出预算7,267.81万元 → 7,267.81元",
    fixture: "seed",
    edit: rewrite("支出预算7,267.81万元", "支出预算7,267.81元"),
  },
  {
    rule: "doc.admin-costs-definition",
    what: "glossary 办公费 → 办公用品费",
    fixture: "seed",
    edit: (dy) => {
      for (const t of dy.glossary.terms) t.definition = t.definition.replace("办公费", "办公用品费");
    },
  },
];
