/**
 * Every rule bites: for each rule of the catalogue, one mutation of the seed (or the synthetic
 * fixture) makes it fail, and the findings that appear are exactly these — rule, file, line,
 * column, severity — including the knock-on failures of the other identities the cell takes part
 * in and, where the evidence singles it out, the locator's "likely cell".
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/budget/findings";
import { GUANGZHOU_BUDGET } from "../../src/budget/profiles/guangzhou-budget";
import { reconcile, rulesOf } from "../../src/budget/reconcile";
import { cloneDepartmentYear, loadSeed, loadSynthetic, type CompleteGuangzhou } from "../helpers/seed";
import { MUTATIONS } from "./reconcile-mutations";

/** The Guangzhou profile's rules: one mutation each. */
const RULE_LIST = rulesOf(GUANGZHOU_BUDGET);

type Projection = [rule: string, file: string, line: number | null, column: string | null, severity: string];

/** File names are shortened to the name inside the department-year folder. */
const project = (f: Finding): Projection => [
  f.rule,
  f.file.replace(/^.*\//, ""),
  f.line ?? null,
  f.column ?? null,
  f.severity,
];

const EXPECTED: Record<string, Projection[]> = {
  "t01.year-total": [
    ["t01.year-total", "table01.csv", 5, "预算", "error"],
    ["x.t01-t02.income-lines", "table01.csv", 2, "预算", "error"],
    ["locate.likely-cell", "table01.csv", 2, "预算", "error"],
  ],
  "t01.grand-total": [
    ["t01.grand-total", "table01.csv", 9, "预算", "error"],
    ["t01.balance", "table01.csv", 39, "预算", "error"],
    ["x.t01-t02.income-total", "table01.csv", 9, "预算", "error"],
    ["locate.likely-cell", "table01.csv", 9, "预算", "error"],
  ],
  "t01.balance": [
    ["t01.grand-total", "table01.csv", 39, "预算", "error"],
    ["t01.balance", "table01.csv", 39, "预算", "error"],
    ["locate.likely-cell", "table01.csv", 39, "预算", "error"],
  ],
  "t02.row-total": [
    ["t02.row-total", "table02.csv", 4, "合计", "error"],
    ["t02.parent-sum", "table02.csv", 3, "一般公共预算", "error"],
    ["t02.parent-sum", "table02.csv", 4, "一般公共预算", "error"],
    ["x.t02-t05.by-code", "table05.csv", 4, "小计", "error"],
    ["locate.likely-cell", "table02.csv", 4, "一般公共预算", "error"],
  ],
  "t02.parent-sum": [
    ["t02.row-total", "table02.csv", 4, "合计", "error"],
    ["t02.parent-sum", "table02.csv", 3, "合计", "error"],
    ["t02.parent-sum", "table02.csv", 4, "合计", "error"],
    ["x.t02-t03.code", "table03.csv", 4, "合计", "error"],
    ["locate.likely-cell", "table02.csv", 4, "合计", "error"],
  ],
  "t02.total-row": [
    ["t02.row-total", "table02.csv", 2, "合计", "error"],
    ["t02.total-row", "table02.csv", 2, "教育收费", "error"],
    ["x.t01-t02.income-lines", "table01.csv", 3, "预算", "error"],
    ["x.t01-t02.income-total", "table01.csv", 5, "预算", "error"],
    ["locate.likely-cell", "table02.csv", 2, "教育收费", "error"],
  ],
  "t03.row-total": [
    ["t03.row-total", "table03.csv", 4, "合计", "error"],
    ["t03.parent-sum", "table03.csv", 3, "项目支出", "error"],
    ["t03.parent-sum", "table03.csv", 4, "项目支出", "error"],
    ["locate.likely-cell", "table03.csv", 4, "项目支出", "error"],
  ],
  "t03.parent-sum": [
    ["t03.row-total", "table03.csv", 5, "合计", "error"],
    ["t03.parent-sum", "table03.csv", 4, "合计", "error"],
    ["x.t02-t03.code", "table03.csv", 5, "合计", "error"],
    ["locate.likely-cell", "table03.csv", 5, "合计", "error"],
  ],
  "t03.total-row": [
    ["t03.row-total", "table03.csv", 2, "合计", "error"],
    ["t03.total-row", "table03.csv", 2, "事业单位经营支出", "error"],
    ["x.t01-t03.expenditure-total", "table01.csv", 35, "预算", "error"],
    ["locate.likely-cell", "table03.csv", 2, "事业单位经营支出", "error"],
  ],
  "t04.year-total": [
    ["t04.year-total", "table04.csv", 5, "预算", "error"],
    ["x.t04-t02.income-lines", "table04.csv", 2, "预算", "error"],
    ["locate.likely-cell", "table04.csv", 2, "预算", "error"],
  ],
  "t04.grand-total": [
    ["t04.grand-total", "table04.csv", 6, "预算", "error"],
    ["t04.balance", "table04.csv", 33, "预算", "error"],
    ["locate.likely-cell", "table04.csv", 6, "预算", "error"],
  ],
  "t04.balance": [
    ["t04.grand-total", "table04.csv", 33, "预算", "error"],
    ["t04.balance", "table04.csv", 33, "预算", "error"],
    ["locate.likely-cell", "table04.csv", 33, "预算", "error"],
  ],
  "t05.subtotal": [
    ["t05.subtotal", "table05.csv", 14, "小计", "error"],
    ["t05.parent-sum", "table05.csv", 12, "基本支出", "error"],
    ["locate.likely-cell", "table05.csv", 14, "基本支出", "error"],
  ],
  "t05.parent-sum": [
    ["t05.parent-sum", "table05.csv", 12, "小计", "error"],
    ["t05.parent-sum", "table05.csv", 12, "基本支出", "error"],
    ["x.t02-t05.by-code", "table05.csv", 14, "小计", "error"],
  ],
  "t05.total-row": [
    ["t05.subtotal", "table05.csv", 2, "小计", "error"],
    ["t05.total-row", "table05.csv", 2, "项目支出", "error"],
    ["x.t05-t07.project", "table07.csv", 2, "预算", "error"],
    ["x.t05-t12.funds", "table12.csv", 2, "一般公共预算", "error"],
    ["locate.likely-cell", "table05.csv", 2, "项目支出", "error"],
  ],
  "t06.parent-sum": [["t06.parent-sum", "table06.csv", 3, "预算", "error"]],
  "t06.total-row": [
    ["t06.total-row", "table06.csv", 2, "预算", "error"],
    ["x.t05-t06.basic", "table06.csv", 2, "预算", "error"],
    ["locate.likely-cell", "table06.csv", 2, "预算", "error"],
  ],
  "t07.parent-sum": [
    ["t07.parent-sum", "table07.csv", 3, "预算", "error"],
    ["locate.likely-cell", "table07.csv", 4, "预算", "error"],
  ],
  "t07.total-row": [
    ["t07.total-row", "table07.csv", 2, "预算", "error"],
    ["x.t05-t07.project", "table07.csv", 2, "预算", "error"],
    ["locate.likely-cell", "table07.csv", 2, "预算", "error"],
  ],
  "t08.row-total": [["t08.row-total", "table08.csv", 2, "合计", "error"]],
  "t08.three-public": [
    ["t08.row-total", "table08.csv", 3, "合计", "error"],
    ["t08.three-public", "table08.csv", 3, "合计", "error"],
    ["explain.figure", "explanation.yaml", null, "facts.three_public.amount", "error"],
    ["locate.likely-cell", "table08.csv", 3, "合计", "error"],
  ],
  "t08.vehicles": [
    ["t08.three-public", "table08.csv", 3, "合计", "error"],
    ["t08.three-public", "table08.csv", 3, "国有资本经营预算", "error"],
    ["t08.vehicles", "table08.csv", 5, "合计", "error"],
    ["t08.vehicles", "table08.csv", 5, "国有资本经营预算", "error"],
    ["explain.figure", "explanation.yaml", null, "facts.vehicles.amount", "error"],
  ],
  "t09.subtotal": [
    ["t09.subtotal", "table09.csv", 2, "小计", "error"],
    ["t09.total-row", "table09.csv", 2, "小计", "error"],
    ["x.t04-t05.expenditure-total", "table04.csv", 31, "预算", "error"],
    ["x.t02-t05.by-code", "table09.csv", 2, "小计", "error"],
    ["doc.empty-table-note", "department.yaml", null, "table_notes.table09", "error"],
    ["locate.likely-cell", "table09.csv", 2, "小计", "error"],
  ],
  "t09.parent-sum": [
    ["t09.parent-sum", "table09.csv", 4, "小计", "error"],
    ["t09.parent-sum", "table09.csv", 4, "项目支出", "error"],
    ["x.t02-t05.by-code", "table09.csv", 5, "小计", "error"],
  ],
  "t09.total-row": [
    ["t09.total-row", "table09.csv", 2, "小计", "error"],
    ["t09.total-row", "table09.csv", 2, "基本支出", "error"],
    ["x.t04-t05.expenditure-total", "table04.csv", 31, "预算", "error"],
    ["x.t02-t05.by-code", "table09.csv", 2, "小计", "error"],
    ["x.t05-t11.funds", "table11.csv", 2, "政府性基金预算", "error"],
    ["doc.empty-table-note", "department.yaml", null, "table_notes.table09", "error"],
  ],
  "t10.subtotal": [
    ["t10.subtotal", "table10.csv", 2, "小计", "error"],
    ["t10.total-row", "table10.csv", 2, "项目支出", "error"],
    ["x.t05-t12.funds", "table12.csv", 2, "国有资本经营预算", "error"],
    ["doc.empty-table-note", "department.yaml", null, "table_notes.table10", "error"],
    ["locate.likely-cell", "table10.csv", 2, "项目支出", "error"],
  ],
  "t10.parent-sum": [
    ["t10.parent-sum", "table10.csv", 3, "小计", "error"],
    ["t10.parent-sum", "table10.csv", 3, "基本支出", "error"],
    ["x.t02-t05.by-code", "table10.csv", 4, "小计", "error"],
    ["doc.empty-table-note", "department.yaml", null, "table_notes.table10", "error"],
  ],
  "t10.total-row": [
    ["t10.total-row", "table10.csv", 2, "小计", "error"],
    ["t10.total-row", "table10.csv", 2, "基本支出", "error"],
    ["x.t04-t05.expenditure-total", "table04.csv", 31, "预算", "error"],
    ["x.t02-t05.by-code", "table10.csv", 2, "小计", "error"],
    ["x.t05-t11.funds", "table11.csv", 2, "国有资本经营预算", "error"],
    ["doc.empty-table-note", "department.yaml", null, "table_notes.table10", "error"],
  ],
  "t11.row-total": [
    ["t11.row-total", "table11.csv", 4, "总计", "error"],
    ["t11.unit-sum", "table11.csv", 3, "其他资金", "error"],
    ["locate.likely-cell", "table11.csv", 4, "其他资金", "error"],
  ],
  "t11.fiscal-total": [
    ["t11.fiscal-total", "table11.csv", 4, "财政拨款合计", "error"],
    ["t11.unit-sum", "table11.csv", 3, "政府性基金预算", "error"],
    ["locate.likely-cell", "table11.csv", 4, "政府性基金预算", "error"],
  ],
  "t11.unit-sum": [
    ["t11.unit-sum", "table11.csv", 3, "总计", "error"],
    ["t11.unit-sum", "table11.csv", 3, "财政专户拨款", "error"],
  ],
  "t11.total-row": [
    ["t11.total-row", "table11.csv", 2, "总计", "error"],
    ["t11.total-row", "table11.csv", 2, "其他资金", "error"],
    ["x.t03-t11.basic", "table11.csv", 2, "总计", "error"],
  ],
  "t12.row-total": [
    ["t12.row-total", "table12.csv", 4, "总计", "error"],
    ["t12.unit-sum", "table12.csv", 3, "其他资金", "error"],
    ["locate.likely-cell", "table12.csv", 4, "其他资金", "error"],
  ],
  "t12.fiscal-total": [
    ["t12.fiscal-total", "table12.csv", 4, "财政拨款合计", "error"],
    ["t12.unit-sum", "table12.csv", 3, "政府性基金预算", "error"],
    ["locate.likely-cell", "table12.csv", 4, "政府性基金预算", "error"],
  ],
  "t12.unit-sum": [
    ["t12.unit-sum", "table12.csv", 3, "总计", "error"],
    ["t12.unit-sum", "table12.csv", 3, "财政拨款合计", "error"],
    ["t12.unit-sum", "table12.csv", 3, "一般公共预算", "error"],
  ],
  "t12.total-row": [
    ["t12.total-row", "table12.csv", 2, "总计", "error"],
    ["t12.total-row", "table12.csv", 2, "财政专户拨款", "error"],
    ["x.t03-t12.project", "table12.csv", 2, "总计", "error"],
  ],
  "x.t01-t02.income-lines": [
    ["t01.year-total", "table01.csv", 5, "预算", "error"],
    ["x.t01-t02.income-lines", "table01.csv", 3, "预算", "error"],
    ["locate.likely-cell", "table01.csv", 3, "预算", "error"],
  ],
  "x.t01-t02.income-total": [
    ["t01.year-total", "table01.csv", 5, "预算", "error"],
    ["t01.grand-total", "table01.csv", 9, "预算", "error"],
    ["x.t01-t02.income-total", "table01.csv", 5, "预算", "error"],
    ["explain.figure", "explanation.yaml", null, "facts.income.amount", "error"],
    ["locate.likely-cell", "table01.csv", 5, "预算", "error"],
  ],
  "x.t01-t03.class": [
    ["t01.year-total", "table01.csv", 35, "预算", "error"],
    ["x.t01-t03.class", "table01.csv", 10, "预算", "error"],
    ["locate.likely-cell", "table01.csv", 10, "预算", "error"],
  ],
  "x.t01-t03.other-lines": [
    ["t01.grand-total", "table01.csv", 39, "预算", "error"],
    ["x.t01-t03.other-lines", "table01.csv", 36, "预算", "error"],
    ["locate.likely-cell", "table01.csv", 36, "预算", "error"],
  ],
  "x.t01-t03.expenditure-total": [
    ["t01.year-total", "table01.csv", 35, "预算", "error"],
    ["t01.grand-total", "table01.csv", 39, "预算", "error"],
    ["x.t01-t03.expenditure-total", "table01.csv", 35, "预算", "error"],
    ["explain.figure", "explanation.yaml", null, "facts.expenditure.amount", "error"],
    ["locate.likely-cell", "table01.csv", 35, "预算", "error"],
  ],
  "x.t02-t03.code": [
    ["t03.row-total", "table03.csv", 3, "合计", "error"],
    ["t03.parent-sum", "table03.csv", 3, "合计", "error"],
    ["t03.total-row", "table03.csv", 2, "合计", "error"],
    ["x.t02-t03.code", "table03.csv", 3, "合计", "error"],
    ["locate.likely-cell", "table03.csv", 3, "合计", "error"],
  ],
  "x.t04-t02.income-lines": [
    ["t04.year-total", "table04.csv", 5, "预算", "error"],
    ["x.t04-t02.income-lines", "table04.csv", 3, "预算", "error"],
    ["locate.likely-cell", "table04.csv", 3, "预算", "error"],
  ],
  "x.t04-t02.income-total": [
    ["t04.year-total", "table04.csv", 5, "预算", "error"],
    ["t04.grand-total", "table04.csv", 6, "预算", "error"],
    ["x.t04-t02.income-total", "table04.csv", 5, "预算", "error"],
    ["locate.likely-cell", "table04.csv", 5, "预算", "error"],
  ],
  "x.t04-t05.class": [
    ["t04.year-total", "table04.csv", 31, "预算", "error"],
    ["x.t04-t05.class", "table04.csv", 7, "预算", "error"],
    ["locate.likely-cell", "table04.csv", 7, "预算", "error"],
  ],
  "x.t04-t05.expenditure-total": [
    ["t04.year-total", "table04.csv", 31, "预算", "error"],
    ["t04.grand-total", "table04.csv", 33, "预算", "error"],
    ["x.t04-t05.expenditure-total", "table04.csv", 31, "预算", "error"],
    ["locate.likely-cell", "table04.csv", 31, "预算", "error"],
  ],
  "x.t02-t05.by-code": [
    ["t05.subtotal", "table05.csv", 4, "小计", "error"],
    ["t05.parent-sum", "table05.csv", 3, "小计", "error"],
    ["t05.parent-sum", "table05.csv", 4, "小计", "error"],
    ["x.t02-t05.by-code", "table05.csv", 4, "小计", "error"],
    ["locate.likely-cell", "table05.csv", 4, "小计", "error"],
  ],
  "x.t05-t06.basic": [
    ["t06.total-row", "table06.csv", 2, "预算", "error"],
    ["x.t05-t06.basic", "table06.csv", 2, "预算", "error"],
    ["locate.likely-cell", "table06.csv", 2, "预算", "error"],
  ],
  "x.t05-t07.project": [
    ["t07.total-row", "table07.csv", 2, "预算", "error"],
    ["x.t05-t07.project", "table07.csv", 2, "预算", "error"],
    ["locate.likely-cell", "table07.csv", 2, "预算", "error"],
  ],
  "x.t03-t11.basic": [
    ["t11.row-total", "table11.csv", 2, "总计", "error"],
    ["t11.total-row", "table11.csv", 2, "总计", "error"],
    ["x.t03-t11.basic", "table11.csv", 2, "总计", "error"],
    ["locate.likely-cell", "table11.csv", 2, "总计", "error"],
  ],
  "x.t03-t12.project": [
    ["t12.row-total", "table12.csv", 2, "总计", "error"],
    ["t12.total-row", "table12.csv", 2, "总计", "error"],
    ["x.t03-t12.project", "table12.csv", 2, "总计", "error"],
    ["locate.likely-cell", "table12.csv", 2, "总计", "error"],
  ],
  "x.t05-t11.funds": [
    ["t11.fiscal-total", "table11.csv", 2, "财政拨款合计", "error"],
    ["t11.total-row", "table11.csv", 2, "一般公共预算", "error"],
    ["x.t05-t11.funds", "table11.csv", 2, "一般公共预算", "error"],
    ["locate.likely-cell", "table11.csv", 2, "一般公共预算", "error"],
  ],
  "x.t05-t12.funds": [
    ["t12.fiscal-total", "table12.csv", 2, "财政拨款合计", "error"],
    ["t12.total-row", "table12.csv", 2, "国有资本经营预算", "error"],
    ["x.t05-t12.funds", "table12.csv", 2, "国有资本经营预算", "error"],
    ["locate.likely-cell", "table12.csv", 2, "国有资本经营预算", "error"],
  ],
  "x.t06-t11.class": [
    ["t06.parent-sum", "table06.csv", 3, "预算", "error"],
    ["t06.total-row", "table06.csv", 2, "预算", "error"],
    ["x.t06-t11.class", "table06.csv", 3, "预算", "error"],
    ["locate.likely-cell", "table06.csv", 3, "预算", "error"],
  ],
  "x.t08-t06.codes": [
    ["t06.parent-sum", "table06.csv", 12, "预算", "error"],
    ["x.t08-t06.codes", "table08.csv", 8, "一般公共预算", "error"],
    ["x.t08-t06.admin-costs", "table08.csv", 2, "一般公共预算", "error"],
    ["locate.likely-cell", "table06.csv", 19, "预算", "error"],
  ],
  "x.t08-t06.admin-costs": [
    ["t08.row-total", "table08.csv", 2, "合计", "error"],
    ["x.t08-t06.admin-costs", "table08.csv", 2, "一般公共预算", "error"],
    ["locate.likely-cell", "table08.csv", 2, "一般公共预算", "error"],
  ],
  "explain.figure": [
    ["explain.figure", "explanation.yaml", null, "facts.income.amount", "error"],
    ["explain.text", "explanation.yaml", null, "facts.income.amount", "error"],
    ["locate.likely-cell", "explanation.yaml", null, "facts.income.amount", "error"],
  ],
  "explain.key-project": [
    ["explain.key-project", "key-projects.csv", 2, "预算数", "error"],
    ["locate.likely-cell", "key-projects.csv", 2, "预算数", "error"],
  ],
  "explain.procurement": [["explain.procurement", "explanation.yaml", null, "facts.procurement.total", "error"]],
  "explain.change-parts": [["explain.change-parts", "explanation.yaml", null, "facts.three_public.change", "error"]],
  "explain.percent": [["explain.percent", "explanation.yaml", null, "facts.admin_costs.percent", "error"]],
  "explain.wording": [
    ["explain.text", "explanation.yaml", null, "facts.three_public.percent", "error"],
    ["explain.wording", "explanation.yaml", null, "facts.three_public.change", "error"],
  ],
  "explain.text": [["explain.text", "explanation.yaml", null, "facts.procurement.total", "error"]],
  "doc.empty-table-note": [["doc.empty-table-note", "department.yaml", null, "table_notes.table09", "error"]],
  "doc.year": [["doc.year", "department.yaml", null, "title", "error"]],
  "doc.unit": [["doc.unit", "explanation.yaml", null, "sections[0].paragraphs[0]", "error"]],
  "doc.admin-costs-definition": [
    ["x.t08-t06.admin-costs", "table08.csv", 2, "一般公共预算", "error"],
    ["doc.admin-costs-definition", "glossary.yaml", null, "terms[8].definition", "warning"],
  ],
};

let seed: CompleteGuangzhou;
let synthetic: CompleteGuangzhou;
beforeAll(async () => {
  [seed, synthetic] = await Promise.all([loadSeed(), loadSynthetic()]);
});

describe("each reconciliation rule catches a mutation", () => {
  it("has one mutation per rule of the catalogue", () => {
    expect(MUTATIONS.map((m) => m.rule).sort()).toEqual(RULE_LIST.map((r) => r.id).sort());
  });

  for (const mutation of MUTATIONS) {
    it(`${mutation.rule}: ${mutation.what}`, () => {
      const base = mutation.fixture === "seed" ? seed : synthetic;
      const baseline = new Set(reconcile(base).findings.map((f) => JSON.stringify(project(f))));
      const dy = cloneDepartmentYear(base);
      mutation.edit(dy);
      const result = reconcile(dy);
      const fresh = result.findings.filter((f) => !baseline.has(JSON.stringify(project(f))));
      expect(fresh.map(project)).toEqual(EXPECTED[mutation.rule]);
      // Every new finding says what is wrong in both languages and what to do about it.
      for (const f of fresh) {
        expect(f.message.zh.length * f.message.en.length * f.hint.zh.length * f.hint.en.length).toBeGreaterThan(0);
      }
    });
  }
});
