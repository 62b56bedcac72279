/**
 * What a phone is given instead of the printed layout (src/site/table-fold.ts, table-view.ts): the
 * columns zero in every row, folded into a note that names them (花都 表2: 10 of its 12 amount
 * columns), with twin group headings where a group keeps some of its columns; 表1/表4 as one list
 * per side in the printed order; a one-row table as a list of its figures. Real tables only.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import type { BudgetTable } from "../../src/budget/model";
import type { Locale } from "../../src/i18n";
import { rowLongText, rowName } from "../../src/site/localize";
import { headerRanges } from "../../src/site/table-fold";
import { tableView, type Cell, type TableView } from "../../src/site/table-view";
import { REPO_ROOT } from "../helpers/seed-copy";

const load = async (only: string): Promise<DepartmentYear> => {
  const [first] = (await loadData(join(REPO_ROOT, "data"), only)).departmentYears;
  if (!first) throw new Error(`${only} did not load`);
  return first;
};

const T = (dy: DepartmentYear, id: string): BudgetTable => {
  const table = (dy.tables as Record<string, BudgetTable | undefined>)[id];
  if (!table) throw new Error(`${dy.path}: ${id} did not load`);
  return table;
};

const view = (dy: DepartmentYear, id: string, locale: Locale = "zh-CN"): TableView => {
  const table = T(dy, id);
  return tableView(table, {
    locale,
    idPrefix: "t",
    rowName: (row) => rowName(dy, table.spec, row, locale),
    longText: (row, key) => rowLongText(dy, row, key, locale),
    termHref: () => undefined,
  });
};

const cellsOf = (v: Pick<TableView, "bodies">): Cell[] => v.bodies.flatMap((b) => b.rows.flatMap((r) => r.cells));
const shownHeadings = (v: TableView) =>
  v.head.map((row) =>
    row.flatMap((c) =>
      c.folded === "hidden"
        ? []
        : typeof c.folded === "number"
          ? [`${c.text}×${c.folded}`]
          : [`${c.text}×${c.colspan}`],
    ),
  );

let seed: DepartmentYear;
let wanli: DepartmentYear;
let jcy: DepartmentYear;
beforeAll(async () => {
  seed = await load("2025/huadu-zwfw");
  wanli = await load("2025/putuo-wanli");
  jcy = await load("2018/js-jcy");
});

describe("columns zero in every row fold into a note", () => {
  it("folds 10 of 花都 表2's 12 amount columns, named under their printed groups", () => {
    const v = view(seed, "table02");
    expect(v.fold).toEqual({
      count: 10,
      zero: "0.00",
      names: [
        { group: "财政拨款收入", columns: ["政府性基金预算", "国有资本经营预算"] },
        { group: "财政专户拨款收入", columns: ["教育收费", "其他专户收入拨款"] },
        { group: "其他资金收入", columns: ["事业收入", "经营收入", "其他收入"] },
        { columns: ["上级补助收入"] },
        { columns: ["附属单位上缴收入"] },
        { columns: ["用事业基金弥补收支差额"] },
      ],
    });
    // Folded, the table shows the label, 合计 and 一般公共预算 under a one-column 财政拨款收入.
    expect(shownHeadings(v)).toEqual([["功能分类科目×1", "合计×1", "财政拨款收入×1"], ["一般公共预算×1"]]);
    const folded = cellsOf(v).filter((c) => c.kind === "amount" && c.folded);
    expect(folded.every((c) => c.kind === "amount" && c.value === 0 && c.decimal === "0.00")).toBe(true);
    expect(new Set(folded.map((c) => (c.kind === "amount" ? c.key : "")))).toHaveProperty("size", 10);
    // Every figure is still there: folding only marks cells.
    expect(cellsOf(v).filter((c) => c.kind === "amount")).toHaveLength(T(seed, "table02").rows.length * 12);
  });

  it("names the columns in English on the English page", () => {
    const v = view(seed, "table02", "en");
    expect(v.fold?.count).toBe(10);
    expect(v.fold?.names[0]?.columns).toEqual(["Government fund budget", "State capital operation budget"]);
  });

  it("folds in a table with 绩效目标 rows (花都 表12) and keeps every long text", () => {
    const v = view(seed, "table12");
    expect(v.fold?.count).toBe(4);
    const longTexts = v.bodies.flatMap((b) => b.rows.flatMap((r) => r.longTexts));
    expect(longTexts.length).toBeGreaterThan(0);
  });

  it("leaves blank columns alone: the document printed nothing there, not 0 (万里街道 2025 表4)", () => {
    expect(view(wanli, "table04").fold).toBeUndefined();
  });

  it("folds a two-sided table's zero columns, the side heading spanning what is left of it", () => {
    // 万里街道 2025 表4 with its unprinted cells read as printed zeros: the document has no
    // two-sided table with zero columns, so this shape is made from the nearest real one.
    const table = T(wanli, "table04");
    const zeros: BudgetTable = { ...table, rows: table.rows.map(({ blanks: _blanks, ...row }) => row) };
    const v = tableView(zeros, {
      locale: "zh-CN",
      idPrefix: "t",
      rowName: (row) => rowName(wanli, table.spec, row, "zh-CN"),
      longText: (row, key) => rowLongText(wanli, row, key, "zh-CN"),
      termHref: () => undefined,
    });
    expect(v.fold?.names).toEqual([{ group: "支出", columns: ["政府性基金预算", "国有资本经营预算"] }]);
    expect(v.fold?.zero).toBe("0");
    expect(v.head[0]?.map((c) => [c.text, c.colspan, c.folded])).toEqual([
      ["收入", 2, undefined],
      ["支出", 5, 3],
    ]);
  });

  it("never folds a figure that is not zero, a blank, or every amount column", () => {
    // 表5 of 花都 has no zero column: nothing folds.
    expect(view(seed, "table05").fold).toBeUndefined();
    for (const id of ["table01", "table02", "table03", "table05", "table06", "table07", "table08"]) {
      const v = view(wanli, id);
      const cells = cellsOf(v);
      expect(cells.some((c) => c.kind === "amount" && c.folded && (c.value !== 0 || c.decimal === ""))).toBe(false);
      if (v.fold) expect(cells.some((c) => c.kind === "amount" && !c.folded)).toBe(true);
    }
  });

  it("keeps a one-row table's zeros as figures (万里街道 表9: 因公出国(境)费 0.00)", () => {
    expect(view(wanli, "table09").fold).toBeUndefined();
  });
});

describe("header grid positions", () => {
  it("places a second heading row after the first row's rowspans", () => {
    const v = view(seed, "table02");
    const ranges = headerRanges(v.head);
    // 功能分类科目 and 合计 span both rows; 一般公共预算 is the third column.
    expect(ranges[0]?.slice(0, 3)).toEqual([
      [0, 1],
      [1, 2],
      [2, 5],
    ]);
    expect(ranges[1]?.[0]).toEqual([2, 3]);
  });
});

describe("the phone layout of 表1/表4: a list per side", () => {
  it("gives 花都 表1's income and expenditure lists in printed order, every row once", () => {
    const v = view(seed, "table01");
    expect(v.narrow.map((n) => n.side)).toEqual(["收入", "支出"]);
    const [income, expenditure] = v.narrow;
    const names = (n: typeof income) =>
      (n?.bodies ?? []).flatMap((b) =>
        b.rows.map((r) => (r.cells[0]?.kind === "rowHeader" ? r.cells[0].name.text : "")),
      );
    const table = T(seed, "table01");
    expect(names(income)).toEqual(table.rows.filter((r) => r.side === "income").map((r) => r.name));
    expect(names(expenditure)).toEqual(table.rows.filter((r) => r.side === "expenditure").map((r) => r.name));
    expect(names(income)).toContain("本年收入合计");
    // The income list's figures are the printed table's, and its rows stand for the printed rows' anchors.
    const first = income?.bodies[0]?.rows[0]?.cells;
    expect(first?.[0]).toMatchObject({ kind: "rowHeader", id: "t-n-income-r-2", anchorOf: "t-r-2" });
    expect(first?.[1]).toMatchObject({ kind: "amount", decimal: "7267.81", text: "7,267.81" });
    expect(income?.head[0]?.map((c) => c.text)).toEqual(["项目", "预算"]);
  });

  it("has no phone layout for a table that fits it already (花都 表5)", () => {
    expect(view(seed, "table05").narrow).toEqual([]);
  });
});

describe("the phone layout of a one-row table: a list of its figures", () => {
  it("lists 万里街道 2025 表9's seven figures under their printed headings", () => {
    const [list] = view(wanli, "table09").narrow;
    const rows = (list?.bodies[0]?.rows ?? []).map((r) =>
      r.cells.map((c) => (c.kind === "rowHeader" ? c.name.text : c.kind === "amount" ? c.text : "")),
    );
    expect(rows).toEqual([
      ["“三公”经费预算数 · 合计", "37.91"],
      ["“三公”经费预算数 · 因公出国(境)费", "0.00"],
      ["“三公”经费预算数 · 公务接待费", "1.35"],
      ["公务用车购置及运行费 · 小计", "36.56"],
      ["公务用车购置及运行费 · 购置费", "15.00"],
      ["公务用车购置及运行费 · 运行费", "21.56"],
      ["机关运行经费预算数", "464.64"],
    ]);
    expect(list?.captionAnchorOf).toBe("t-caption");
  });

  it("lists 检察院 2018 表3 (支出预算总表) in English", () => {
    const [list] = view(jcy, "table03", "en").narrow;
    expect(list?.head[0]?.map((c) => c.text)).toEqual(["Item", "Amount"]);
    expect(list?.bodies[0]?.rows[0]?.cells[0]).toMatchObject({
      kind: "rowHeader",
      name: { text: "Total", lang: "en" },
    });
  });
});

describe("the phone layout of lists printed side by side or with texts before their amounts", () => {
  it("gives each of 检察院 2018 表1's three lists a table of its own, with only the lines it prints", () => {
    const v = view(jcy, "table01");
    expect(v.narrow.map((n) => n.side)).toEqual(["收入", "支出（功能分类）", "支出（支出用途）"]);
    const lines = v.narrow.map((n) =>
      (n.bodies[0]?.rows ?? []).map((r) =>
        r.cells.map((c) => (c.kind === "rowHeader" ? c.name.text : c.kind === "amount" ? c.text : "")).join(" "),
      ),
    );
    expect(lines[0]?.slice(0, 2)).toEqual(["一、财政拨款 21,940.96", "1.一般公共预算 21,940.96"]);
    expect(lines[2]?.slice(0, 3)).toEqual([
      "一、基本支出 13,994.31",
      "二、项目支出 5,573.00",
      "三、单位预留机动经费 2,388.04",
    ]);
    // The function list names every printed line, so its rows stand for the printed rows' anchors.
    expect(v.narrow[1]?.bodies[0]?.rows[0]?.cells[0]).toMatchObject({ anchorOf: "t-r-2" });
    // No line is in two lists, and no list has a line the printed table does not.
    const printedLines = T(jcy, "table01").rows.length;
    expect(Math.max(...v.narrow.map((n) => n.bodies[0]?.rows.length ?? 0))).toBeLessThanOrEqual(printedLines);
  });

  it("puts 检察院 2018 表12's amount right after its category, the texts after it", () => {
    const [list] = view(jcy, "table12").narrow;
    expect(list?.head[0]?.map((c) => c.text)).toEqual([
      "采购品目大类",
      "总计",
      "专项名称",
      "经济科目",
      "采购物品名称",
      "采购组织形式",
    ]);
    expect(list?.bodies[0]?.rows).toHaveLength(T(jcy, "table12").rows.length);
    expect(list?.bodies[0]?.rows[0]?.cells[1]).toMatchObject({ kind: "amount", text: "3,096.24" });
  });
});
