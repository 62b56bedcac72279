/**
 * How a finding names the cells it is about (src/budget/reconcile/cells.ts): rows as the printed
 * table shows them, the CSV header of a column, the amount in its unit, and the cells a computed
 * value is made of, on the seed's own tables (data/2025/huadu-zwfw).
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  cellKey,
  cellOf,
  describeCells,
  headerOf,
  money,
  rowLabel,
  signedMoney,
  sourceLabel,
} from "../../src/budget/reconcile/cells";
import type { BudgetRow, BudgetTable } from "../../src/budget/model";
import { loadSeed, type CompleteGuangzhou } from "../helpers/seed";

let seed: CompleteGuangzhou;
beforeAll(async () => {
  seed = await loadSeed();
});

const rowAt = (table: BudgetTable, line: number): BudgetRow => {
  const row = table.rows.find((r) => r.line === line);
  if (!row) throw new Error(`${table.file} has no line ${line}`);
  return row;
};

describe("rowLabel", () => {
  it("names a row as the printed table does", () => {
    const t5 = seed.tables.table05;
    expect(rowLabel(rowAt(t5, 2))).toBe("合计");
    expect(rowLabel(rowAt(t5, 3))).toBe("[201]一般公共服务支出");
    expect(rowLabel(rowAt(t5, 5))).toBe("[2010301]行政运行");
    // 表1's lines have a 科目编码 column too, but a two-sided table prints them without it.
    const t1 = seed.tables.table01;
    expect(rowLabel(rowAt(t1, 2))).toBe("一、预算拨款");
    // 表11's 类别 lines repeat under each unit: the unit tells them apart.
    const t11 = seed.tables.table11;
    expect(rowLabel(rowAt(t11, 3))).toBe("广州市花都区政务服务和数据管理局");
    expect(rowLabel(rowAt(t11, 4))).toBe("工资福利支出（广州市花都区政务服务和数据管理局）");
  });
});

describe("cellOf and headerOf", () => {
  it("point at the file, line and CSV column of a figure, with its value in hundredths of 万元", () => {
    const t5 = seed.tables.table05;
    expect(cellOf(t5, rowAt(t5, 2), "subtotal")).toEqual({
      file: "2025/huadu-zwfw/table05.csv",
      source: "table05",
      line: 2,
      column: "小计",
      row: "合计",
      value: 726_781,
    });
    expect(cellOf(t5, rowAt(t5, 5), "basic")).toMatchObject({ line: 5, column: "基本支出", value: 58_939 });
    expect(headerOf(t5.spec, "project")).toBe("项目支出");
    // A key the table does not have is shown as it is rather than lost.
    expect(headerOf(t5.spec, "notAColumn")).toBe("notAColumn");
  });

  it("cellKey tells cells apart by file, line and column", () => {
    const t5 = seed.tables.table05;
    const keys = [
      cellOf(t5, rowAt(t5, 2), "subtotal"),
      cellOf(t5, rowAt(t5, 2), "basic"),
      cellOf(t5, rowAt(t5, 3), "basic"),
    ];
    expect(keys.map(cellKey)).toEqual([
      "2025/huadu-zwfw/table05.csv#2#小计",
      "2025/huadu-zwfw/table05.csv#2#基本支出",
      "2025/huadu-zwfw/table05.csv#3#基本支出",
    ]);
    expect(cellKey({ file: "2025/huadu-zwfw/explanation.yaml" })).toBe("2025/huadu-zwfw/explanation.yaml##");
  });
});

describe("money and signedMoney", () => {
  it("print 万元 figures bare and other units with their word", () => {
    expect(money(726_781, "zh")).toBe("7,267.81");
    expect(money(726_781, "en")).toBe("7,267.81");
    expect(money(18_976_755_100, "zh", 0)).toBe("18,976,755,100 元");
    expect(signedMoney(-100, "zh")).toBe("−1.00");
    expect(signedMoney(1, "en")).toBe("+0.01");
    expect(signedMoney(0, "zh")).toBe("0.00");
    expect(signedMoney(1, "zh", 0)).toBe("+1 元");
  });
});

describe("sourceLabel", () => {
  it("names a table by its number and the other sources by name", () => {
    expect(sourceLabel("table05")).toEqual({ zh: "表5", en: "Table 5" });
    expect(sourceLabel("table12")).toEqual({ zh: "表12", en: "Table 12" });
    expect(sourceLabel("keyProjects")).toEqual({ zh: "重点项目表", en: "the key-projects table" });
    expect(sourceLabel("explanation")).toEqual({ zh: "情况说明", en: "the explanation" });
    expect(sourceLabel("people")).toEqual({ zh: "people", en: "people" });
    expect(sourceLabel("table5")).toEqual({ zh: "table5", en: "table5" });
  });
});

describe("describeCells", () => {
  const t5 = () => seed.tables.table05;
  const totalLine = { file: "2025/huadu-zwfw/table05.csv", line: 2 };

  it("says 本行 for the checked row's own columns", () => {
    const total = rowAt(t5(), 2);
    expect(describeCells([cellOf(t5(), total, "basic"), cellOf(t5(), total, "project")], totalLine)).toEqual({
      zh: "本行“基本支出”“项目支出”",
      en: "this row's “基本支出”, “项目支出”",
    });
  });

  it("folds consecutive lines of one column into a range: 表5's 款 20103's three 项 (lines 5–7)", () => {
    // 2010301, 2010302, 2010350 (lines 5–7), then 20605 and 2060503 (lines 9–10).
    const items = [5, 6, 7, 9, 10].map((line) => cellOf(t5(), rowAt(t5(), line), "subtotal"));
    expect(describeCells(items, totalLine)).toEqual({ zh: "第 5–7、9–10 行“小计”", en: "lines 5–7, 9–10, “小计”" });
    const classes = [3, 8, 11, 17].map((line) => cellOf(t5(), rowAt(t5(), line), "subtotal"));
    expect(describeCells(classes, totalLine)).toEqual({
      zh: "第 3、8、11、17 行“小计”",
      en: "lines 3, 8, 11, 17, “小计”",
    });
  });

  it("names another table by its number, a single other line by its number", () => {
    const t3 = seed.tables.table03;
    expect(describeCells([cellOf(t3, rowAt(t3, 2), "basic")], totalLine)).toEqual({
      zh: "表3第 2 行“基本支出”",
      en: "Table 3 line 2, “基本支出”",
    });
    expect(describeCells([cellOf(t5(), rowAt(t5(), 3), "basic")], totalLine)).toEqual({
      zh: "第 3 行“基本支出”",
      en: "line 3, “基本支出”",
    });
  });

  it("lists cells of different lines and columns one by one", () => {
    expect(describeCells([cellOf(t5(), rowAt(t5(), 3), "basic"), cellOf(t5(), rowAt(t5(), 5), "project")])).toEqual({
      zh: "表5第 3 行“基本支出”、第 5 行“项目支出”",
      en: "Table 5 line 3 “基本支出”, line 5 “项目支出”",
    });
  });

  it("shortens more than four columns: 表11's 合计 line", () => {
    const t11 = seed.tables.table11;
    const total = rowAt(t11, 2);
    const cells = t11.spec.columns.filter((c) => c.type === "money").map((c) => cellOf(t11, total, c.key));
    expect(cells).toHaveLength(7);
    expect(describeCells(cells, { file: t11.file, line: 2 })).toEqual({
      zh: "本行“总计”“财政拨款合计”“一般公共预算”等 7 列",
      en: "this row's “总计”, “财政拨款合计”, “一般公共预算” and 4 more columns",
    });
    expect(describeCells(cells.slice(0, 4), { file: t11.file, line: 2 }).zh).toBe(
      "本行“总计”“财政拨款合计”“一般公共预算”“政府性基金预算”",
    );
  });

  it("names YAML fields by path, and groups the cells of several files", () => {
    const explanation = {
      file: "2025/huadu-zwfw/explanation.yaml",
      source: "explanation",
      row: "收入",
      value: 726_781,
    };
    const figures = [
      { ...explanation, column: "facts.income.amount" },
      { ...explanation, column: "facts.income.change" },
    ];
    expect(describeCells(figures, totalLine)).toEqual({
      zh: "情况说明“facts.income.amount”、“facts.income.change”",
      en: "the explanation “facts.income.amount”, “facts.income.change”",
    });
    const both = [...figures.slice(0, 1), cellOf(t5(), rowAt(t5(), 2), "subtotal")];
    expect(describeCells(both, { file: explanation.file })).toEqual({
      zh: "“facts.income.amount”，表5第 2 行“小计”",
      en: "“facts.income.amount”; Table 5 line 2, “小计”",
    });
  });

  it("says so when there is nothing to add up", () => {
    expect(describeCells([], totalLine)).toEqual({ zh: "（没有对应的数字）", en: "(no corresponding figures)" });
  });
});
