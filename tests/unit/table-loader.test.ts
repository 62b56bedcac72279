/**
 * The table loader (src/budget/table-loader.ts) on its own: small table specs of each row model,
 * raw CSV rows in, the typed table and findings out. No data folder, no spawned process, so a
 * mutant of the loader is seen here directly. Findings are compared as
 * [file, line, column, rule, severity]; rows as the loader builds them.
 */
import { describe, expect, it } from "vitest";
import type { RawCsv } from "../../src/budget/csv-file";
import type { Finding } from "../../src/budget/findings";
import { findingAt as project } from "../helpers/finding-projection";
import { bi } from "../../src/budget/i18n-text";
import { WANYUAN_2 } from "../../src/budget/money";
import type { ColumnSpec, ColumnType, TableSpec } from "../../src/budget/profiles/types";
import { loadTable, type Correction } from "../../src/budget/table-loader";

const FILE = "t.csv";

const col = (key: string, header: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  label: bi(header, key),
  type,
  required: false,
  ...extra,
});

const table = (model: TableSpec["model"], columns: ColumnSpec[], extra: Partial<TableSpec> = {}): TableSpec => ({
  id: "t",
  file: FILE,
  title: bi("测试表", "Test table"),
  model,
  columns,
  mayBeEmpty: false,
  presence: "required",
  ...extra,
});

/** Lines of comma-separated cells (no quoting), line 1 the header; "" lines are skipped but counted. */
const raw = (...lines: string[]): RawCsv => {
  const rows = lines.map((l, i) => ({ line: i + 1, cells: l.split(",") })).filter((_, i) => lines[i] !== "");
  const [header, ...data] = rows;
  return { header, rows: data, findings: [] };
};

const load = (spec: TableSpec, csv: RawCsv, corrections?: ReadonlyMap<string, Correction>) => {
  const result = loadTable(spec, csv, FILE, WANYUAN_2, corrections);
  return { ...result, found: result.findings.map(project) };
};

const NAME = col("name", "项目", "text", { required: true });
const AMOUNT = col("amount", "金额", "money", { required: true });
const LIST = table("list", [NAME, AMOUNT, col("goal", "绩效目标", "text", { maxLength: 5 })]);

describe("the header", () => {
  it("columns in any order, trailing empty cells ignored", () => {
    const { table: t, found, dropped } = load(LIST, raw("金额,绩效目标,项目,,", "1.50,目标,甲,,", "2,,乙,,"));
    expect(found).toEqual([]);
    expect(dropped).toBe(0);
    expect(t?.columns.map((c) => c.key)).toEqual(["name", "amount", "goal"]);
    expect(t?.rows).toEqual([
      { line: 2, role: "item", name: "甲", depth: 1, amounts: { amount: 150 }, texts: { goal: "目标" } },
      { line: 3, role: "item", name: "乙", depth: 1, amounts: { amount: 200 }, texts: { goal: "" } },
    ]);
    expect(t).toMatchObject({ spec: LIST, file: FILE, unit: WANYUAN_2, scale: 2 });
  });

  it("a duplicated column: one finding at the second, no table", () => {
    const { table: t, found } = load(LIST, raw("项目,金额,绩效目标,金额", "甲,1,x,1"));
    expect(found).toEqual([[FILE, 1, "金额", "header.duplicate", "error"]]);
    expect(t).toBeUndefined();
  });

  it("a misspelled column is one finding suggesting the right one, not also a missing column", () => {
    const { table: t, findings, found } = load(LIST, raw("项目,金额,绩效木标", "甲,1,x"));
    expect(found).toEqual([[FILE, 1, "绩效木标", "header.unknown", "error"]]);
    expect(findings[0]?.hint.zh).toContain("“绩效目标”");
    expect(findings[0]?.value).toBe("绩效木标");
    expect(t).toBeUndefined();
  });

  it("an unknown column like none of them, and a missing one: both reported", () => {
    expect(load(LIST, raw("项目,金额,备注说明文字", "甲,1,x")).found).toEqual([
      [FILE, 1, "备注说明文字", "header.unknown", "error"],
      [FILE, 1, "绩效目标", "header.missing", "error"],
    ]);
    expect(load(LIST, raw("项目,绩效目标", "甲,x")).found).toEqual([[FILE, 1, "金额", "header.missing", "error"]]);
  });

  it("a column already in the header is not suggested for another", () => {
    const { findings } = load(LIST, raw("项目,金额,绩效目标,金頟", "甲,1,x,1"));
    expect(findings.map(project)).toEqual([[FILE, 1, "金頟", "header.unknown", "error"]]);
    expect(findings[0]?.hint.zh).not.toContain("金额");
  });

  it("an optional column may be left out; the table's columns are the ones present", () => {
    const spec = table("list", [
      NAME,
      AMOUNT,
      col("extra", "其他", "money", { optional: true }),
      col("note", "备注", "text", { optional: true }),
    ]);
    const { table: t, found } = load(spec, raw("项目,金额", "甲,1"));
    expect(found).toEqual([]);
    expect(t?.columns.map((c) => c.key)).toEqual(["name", "amount"]);
    // Neither a zero for the amount left out nor an empty text: the row has no such cells.
    expect(t?.rows).toStrictEqual([
      { line: 2, role: "item", name: "甲", depth: 1, amounts: { amount: 100 }, texts: {} },
    ]);
    const both = load(spec, raw("项目,金额,其他,备注", "甲,1,,", "乙,1,2,x"));
    expect(both.found).toEqual([]);
    expect(both.table?.rows.map((r) => r.amounts)).toEqual([
      { amount: 100, extra: 0 },
      { amount: 100, extra: 200 },
    ]);
    expect(both.table?.rows.map((r) => r.blanks)).toEqual([["extra"], undefined]);
  });

  it("no header: the reader's findings alone, no table", () => {
    const csv: RawCsv = { header: undefined, rows: [], findings: [] };
    const result = load(LIST, csv);
    expect(result.table).toBeUndefined();
    expect(result).toMatchObject({ findings: [], dropped: 0 });
  });

  it("the reader's findings come first", () => {
    const csv = raw("项目,金额,绩效目标", "甲,1,x");
    const f = { rule: "file.encoding-gbk", severity: "warning", file: FILE } as Finding;
    expect(load(LIST, { ...csv, findings: [f] }).findings[0]).toBe(f);
  });
});

describe("rows and cells", () => {
  it("a row with too few cells, or more non-empty cells than the header: cell-count, dropped", () => {
    const {
      table: t,
      findings,
      dropped,
    } = load(LIST, raw("项目,金额,绩效目标", "甲,1", "乙,2,x,y", "丙,3,z,,", "丁,4,w"));
    expect(findings.map(project)).toEqual([
      [FILE, 2, null, "csv.cell-count", "error"],
      [FILE, 3, null, "csv.cell-count", "error"],
    ]);
    expect(findings[0]?.message.zh).toContain("此行有 2 个单元格，表头有 3 列");
    expect(findings[1]?.message.zh).toContain("此行有 4 个单元格，表头有 3 列");
    expect(dropped).toBe(2);
    expect(t?.rows.map((r) => [r.line, r.name])).toEqual([
      [4, "丙"],
      [5, "丁"],
    ]);
  });

  it("a cell error names its column and value; the row is dropped, the others kept", () => {
    const { table: t, findings, dropped } = load(LIST, raw("项目,金额,绩效目标", ",1,x", "乙,abc,y", "丙,3,z"));
    expect(findings.map(project)).toEqual([
      [FILE, 2, "项目", "text.required", "error"],
      [FILE, 3, "金额", "amount.not-a-number", "error"],
    ]);
    expect(findings.map((f) => f.value)).toEqual(["", "abc"]);
    expect(dropped).toBe(2);
    expect(t?.rows.map((r) => r.line)).toEqual([4]);
  });

  it("text longer than its column allows, counted in characters, and markup: warnings, the row kept", () => {
    const { table: t, findings } = load(
      LIST,
      raw(
        "项目,金额,绩效目标",
        "甲,1,一二三四五",
        "乙,1,一二三四五六",
        "丙,1,𠀀𠀀𠀀𠀀𠀀",
        "丁,1,<b>x",
        "戊,1,x < 5",
        "<i>己</i>,1,",
      ),
    );
    expect(findings.map(project)).toEqual([
      [FILE, 3, "绩效目标", "text.too-long", "warning"],
      [FILE, 5, "绩效目标", "text.markup", "warning"],
      [FILE, 7, "项目", "text.markup", "warning"],
    ]);
    expect(findings[0]?.message.zh).toContain("6");
    expect(findings[0]?.value).toBe("一二三四五六");
    expect(t?.rows).toHaveLength(6);
  });

  it("markup: tags with spaces inside are tags, a < before a digit is not", () => {
    const { findings } = load(LIST, raw("项目,金额,绩效目标", "甲,1,< /p>", "乙,1,</ p>", "丙,1,<1b>", "丁,1,1<2>"));
    expect(findings.map(project)).toEqual([
      [FILE, 2, "绩效目标", "text.markup", "warning"],
      [FILE, 3, "绩效目标", "text.markup", "warning"],
    ]);
  });

  it("markup is not looked for in amount cells", () => {
    expect(load(LIST, raw("项目,金额,绩效目标", "甲,<b>1,")).found).toEqual([
      [FILE, 2, "金额", "amount.not-a-number", "error"],
    ]);
  });

  it("no rows: table.no-rows at the header, unless a list may be empty", () => {
    expect(load(LIST, raw("项目,金额,绩效目标")).table).toBeUndefined();
    expect(load(LIST, raw("项目,金额,绩效目标")).found).toEqual([[FILE, 1, null, "table.no-rows", "error"]]);
    expect(load(LIST, raw("", "项目,金额,绩效目标")).found).toEqual([[FILE, 2, null, "table.no-rows", "error"]]);
    const empty = load({ ...LIST, mayBeEmpty: true }, raw("项目,金额,绩效目标"));
    expect(empty.found).toEqual([]);
    expect(empty.table).toMatchObject({ file: FILE, unit: WANYUAN_2, scale: 2, rows: [] });
    expect(empty.table?.columns).toHaveLength(3);
    const classified = table("functional", [col("code", "科目编码", "functionCode"), NAME, AMOUNT], {
      mayBeEmpty: true,
    });
    expect(load(classified, raw("科目编码,项目,金额")).found).toEqual([[FILE, 1, null, "table.no-rows", "error"]]);
  });
});

const CODE = col("code", "科目编码", "functionCode");
const SUBJECT = col("name", "科目名称", "text", { required: true });
const FUNCTIONAL = table("functional", [CODE, SUBJECT, AMOUNT]);
const HEAD = "科目编码,科目名称,金额";

describe("classified tables", () => {
  it("合计 first, then codes 3 → 5 → 7 digits deep", () => {
    const { table: t, found } = load(
      FUNCTIONAL,
      raw(HEAD, ",合计,3", "201,一般公共服务支出,3", "20103,政府办公厅（室）及相关机构事务,3", "2010301,行政运行,3"),
    );
    expect(found).toEqual([]);
    expect(t?.rows).toEqual([
      { line: 2, role: "total", name: "合计", depth: 0, amounts: { amount: 300 }, texts: {} },
      { line: 3, role: "item", name: "一般公共服务支出", code: "201", depth: 1, amounts: { amount: 300 }, texts: {} },
      {
        line: 4,
        role: "item",
        name: "政府办公厅（室）及相关机构事务",
        code: "20103",
        depth: 2,
        amounts: { amount: 300 },
        texts: {},
      },
      { line: 5, role: "item", name: "行政运行", code: "2010301", depth: 3, amounts: { amount: 300 }, texts: {} },
    ]);
  });

  it("合计 where the profile prints it last", () => {
    const last = { ...FUNCTIONAL, totalRow: "last" as const };
    expect(load(last, raw(HEAD, "201,一般公共服务支出,3", ",合计,3")).found).toEqual([]);
    const first = load(last, raw(HEAD, ",合计,3", "201,一般公共服务支出,3"));
    expect(first.found).toEqual([[FILE, 2, "科目名称", "row.total-misplaced", "error"]]);
    expect(first.findings[0]?.message.zh).toContain("必须是最后一条数据");
    const none = load(last, raw(HEAD, "201,一般公共服务支出,3", "20103,政府办公厅（室）及相关机构事务,3"));
    expect(none.found).toEqual([[FILE, 3, null, "row.total-missing", "error"]]);
    expect(none.findings[0]?.message.zh).toContain("最后一条数据应为“合计”行");
  });

  it("合计 first by default: misplaced further down, missing at the first row", () => {
    const late = load(FUNCTIONAL, raw(HEAD, "201,一般公共服务支出,3", ",合计,3"));
    expect(late.found).toEqual([[FILE, 3, "科目名称", "row.total-misplaced", "error"]]);
    expect(late.findings[0]?.message.zh).toContain("必须是第一条数据");
    expect(late.table?.rows.map((r) => r.role)).toEqual(["item", "total"]);
    const none = load(FUNCTIONAL, raw(HEAD, "201,一般公共服务支出,3", "20103,政府办公厅（室）及相关机构事务,3"));
    expect(none.found).toEqual([[FILE, 2, null, "row.total-missing", "error"]]);
    expect(none.findings[0]?.message.zh).toContain("第一条数据应为“合计”行");
    const twice = load(FUNCTIONAL, raw(HEAD, ",合计,3", "201,一般公共服务支出,3", ",合计,3"));
    expect(twice.found).toEqual([[FILE, 4, "科目名称", "row.total-misplaced", "error"]]);
  });

  it("a 合计 row lost to a cell error is not also missing", () => {
    const { found, dropped } = load(FUNCTIONAL, raw(HEAD, ",合计,abc", "201,一般公共服务支出,3"));
    expect(found).toEqual([[FILE, 2, "金额", "amount.not-a-number", "error"]]);
    expect(dropped).toBe(1);
    // A lost row elsewhere does not excuse a missing 合计.
    expect(load(FUNCTIONAL, raw(HEAD, "201,一般公共服务支出,3", "20103,x,abc")).found).toEqual([
      [FILE, 3, "金额", "amount.not-a-number", "error"],
      [FILE, 2, null, "row.total-missing", "error"],
    ]);
  });

  it("合计 is a row without a code named 合计: neither a row without a code nor a code named 合计", () => {
    expect(load(FUNCTIONAL, raw(HEAD, ",其他支出,1", "201,一般公共服务支出,1")).found).toEqual([
      [FILE, 2, null, "row.total-missing", "error"],
      [FILE, 2, "科目编码", "code.required", "error"],
    ]);
    const named = load(FUNCTIONAL, raw(HEAD, "201,合计,1", "20103,政府办公厅（室）及相关机构事务,1"));
    expect(named.found).toEqual([
      [FILE, 2, null, "row.total-missing", "error"],
      [FILE, 2, "科目名称", "code.name-mismatch", "error"],
    ]);
    expect(named.table?.rows.map((r) => [r.role, r.code])).toEqual([
      ["item", "201"],
      ["item", "20103"],
    ]);
  });

  it("findings about the code name the table's code column, wherever it is", () => {
    const spec = table("functional", [SUBJECT, col("code", "编码", "functionCode"), AMOUNT]);
    const csv = raw("科目名称,编码,金额", "合计,,2", "其他,,1", "一般公共服务支出,201,1", "一般公共服务支出,201,1");
    expect(load(spec, csv).found).toEqual([
      [FILE, 3, "编码", "code.required", "error"],
      [FILE, 5, "编码", "code.duplicate", "error"],
    ]);
  });

  it("a row without a code that is not 合计: code.required at the code column, left out", () => {
    const { table: t, findings } = load(FUNCTIONAL, raw(HEAD, ",合计,3", ",其他支出,3"));
    expect(findings.map(project)).toEqual([[FILE, 3, "科目编码", "code.required", "error"]]);
    expect(findings[0]?.value).toBe("");
    expect(t?.rows.map((r) => r.line)).toEqual([2]);
  });

  it("a code twice: the second names the first's line and is left out", () => {
    const { table: t, findings } = load(
      FUNCTIONAL,
      raw(HEAD, ",合计,3", "201,一般公共服务支出,3", "201,一般公共服务支出,3"),
    );
    expect(findings.map(project)).toEqual([[FILE, 4, "科目编码", "code.duplicate", "error"]]);
    expect(findings[0]?.value).toBe("201");
    expect(findings[0]?.message.zh).toBe("科目编码 “201” 在第 3 行已经出现过");
    expect(t?.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("names against the classification: a wrong name, a recalled one, a former one, loose brackets and spaces", () => {
    const { table: t, findings } = load(
      FUNCTIONAL,
      raw(
        HEAD,
        ",合计,3",
        "201,一般公共服务,1",
        "20101,人大,1",
        "20805,行政事业单位离退休,1",
        "20103,政府办公厅 (室) 及相关机构事务,1",
        "99999,某某支出,1",
      ),
    );
    expect(findings.map(project)).toEqual([
      [FILE, 3, "科目名称", "code.name-mismatch", "error"],
      [FILE, 4, "科目名称", "code.name-unconfirmed", "warning"],
      [FILE, 7, "科目编码", "code.unknown", "warning"],
    ]);
    expect(findings.map((f) => f.value)).toEqual(["一般公共服务", "人大", "99999"]);
    expect(findings[0]?.message.zh).toContain("一般公共服务支出");
    expect(t?.rows.map((r) => [r.code, r.depth])).toEqual([
      [undefined, 0],
      ["201", 1],
      ["20101", 2],
      ["20805", 2],
      ["20103", 2],
      ["99999", 2],
    ]);
  });

  it("an economic table is checked against the economic classification", () => {
    const economic = table("economic", [col("code", "科目编码", "economicCode"), SUBJECT, AMOUNT]);
    const { found } = load(
      economic,
      raw(HEAD, ",合计,3", "301,工资福利支出,3", "30101,基本工资,3", "201,一般公共服务支出,1"),
    );
    expect(found).toEqual([[FILE, 5, "科目编码", "code.unknown", "warning"]]);
    expect(load(FUNCTIONAL, raw(HEAD, ",合计,3", "301,工资福利支出,3")).found).not.toEqual([]);
  });
});

describe("codes printed in parts (类, 款, 项)", () => {
  // Declared out of order: the parts join by their number, not by where they are listed.
  const PARTS = table("functional", [
    col("c2", "项", "functionCodePart", { part: 2 }),
    col("c0", "类", "functionCodePart", { part: 0 }),
    SUBJECT,
    col("c1", "款", "functionCodePart", { part: 1 }),
    AMOUNT,
  ]);
  const H = "类,款,项,科目名称,金额";

  it("joined into one code; a row without parts is 合计", () => {
    const { table: t, found } = load(
      PARTS,
      raw(
        H,
        ",,,合计,3",
        "201,,,一般公共服务支出,3",
        "201,03,,政府办公厅（室）及相关机构事务,3",
        "201,03,01,行政运行,3",
      ),
    );
    expect(found).toEqual([]);
    expect(t?.rows.map((r) => [r.role, r.code, r.depth])).toEqual([
      ["total", undefined, 0],
      ["item", "201", 1],
      ["item", "20103", 2],
      ["item", "2010301", 3],
    ]);
    expect(t?.rows[3]?.texts).toEqual({});
  });

  it("a part after a blank one: code.part-gap at the first blank part, the row dropped", () => {
    const {
      table: t,
      findings,
      dropped,
    } = load(PARTS, raw(H, ",,,合计,3", "201,,01,行政运行,3", ",,01,行政运行,3", ",03,,x,3"));
    expect(findings.map(project)).toEqual([
      [FILE, 3, "款", "code.part-gap", "error"],
      [FILE, 4, "类", "code.part-gap", "error"],
      [FILE, 5, "类", "code.part-gap", "error"],
    ]);
    expect(dropped).toBe(3);
    expect(t?.rows.map((r) => r.line)).toEqual([2]);
  });

  it("a row without a code names the 类 column", () => {
    const inOrder = table("functional", [
      col("c0", "类", "functionCodePart", { part: 0 }),
      col("c1", "款", "functionCodePart", { part: 1 }),
      SUBJECT,
      AMOUNT,
    ]);
    const found = load(inOrder, raw("类,款,科目名称,金额", ",,合计,3", ",,其他,3")).found;
    expect(found).toEqual([[FILE, 3, "类", "code.required", "error"]]);
  });

  it("economic parts are checked against the economic classification", () => {
    const economic = table("economic", [
      col("c0", "类", "economicCodePart", { part: 0 }),
      col("c1", "款", "economicCodePart", { part: 1 }),
      SUBJECT,
      AMOUNT,
    ]);
    const { table: t, found } = load(
      economic,
      raw("类,款,科目名称,金额", ",,合计,3", "301,,工资福利支出,3", "301,01,基本工资,3"),
    );
    expect(found).toEqual([]);
    expect(t?.rows.map((r) => r.code)).toEqual([undefined, "301", "30101"]);
  });
});

describe("two-sided tables", () => {
  const SIDED = table(
    "twoSided",
    [
      col("side", "收支", "side", { required: true }),
      NAME,
      col("code", "科目编码", "functionCode"),
      col("income", "收入金额", "money", { side: "income" }),
      col("spend", "支出金额", "money", { side: "expenditure" }),
    ],
    { unit: WANYUAN_2 },
  );
  const H = "收支,项目,科目编码,收入金额,支出金额";

  it("each side's lines, sub-lines under the ordinal line above, totals", () => {
    const { table: t, found } = load(
      SIDED,
      raw(
        H,
        "收入,一、财政拨款收入,,3,",
        "收入,1. 一般公共预算资金,,2,",
        "收入,2、政府性基金,,1,",
        "支出,1．其他支出,,,1",
        "支出,一、一般公共服务支出,201,,3",
        "支出,1. 行政运行,,,3",
        "收入,二、事业收入,,1,",
        "收入,收入总计,,4,",
        "收入,1. 上年结转,,0,",
        "支出,支出总计,,,4",
      ),
    );
    expect(found).toEqual([]);
    expect(t?.rows.map((r) => [r.line, r.side, r.role, r.depth, r.parentLine, r.code])).toEqual([
      [2, "income", "item", 1, undefined, undefined],
      [3, "income", "item", 2, 2, undefined],
      [4, "income", "item", 2, 2, undefined],
      [5, "expenditure", "item", 1, undefined, undefined],
      [6, "expenditure", "item", 1, undefined, "201"],
      [7, "expenditure", "item", 2, 6, undefined],
      [8, "income", "item", 1, undefined, undefined],
      [9, "income", "grandTotal", 0, undefined, undefined],
      [10, "income", "item", 1, undefined, undefined],
      [11, "expenditure", "grandTotal", 0, undefined, undefined],
    ]);
    expect(t?.rows[0]).toEqual({
      line: 2,
      role: "item",
      name: "一、财政拨款收入",
      depth: 1,
      side: "income",
      amounts: { income: 300, spend: 0 },
      blanks: ["spend"],
      texts: {},
    });
    expect(t?.rows[2]).toMatchObject({ parentLine: 2, depth: 2 });
  });

  it("year totals where the profile prints them; a missing total line is named by side", () => {
    const sides = {
      income: { yearTotal: "本年收入合计", grandTotal: "收入总计" },
      expenditure: { yearTotal: "本年支出合计", grandTotal: "支出总计" },
    };
    const spec = { ...SIDED, sides };
    const { table: t, findings } = load(
      spec,
      raw(H, "收入,本年收入合计,,4,", "收入,收入总计,,4,", "支出,本年支出合计,,,4", "支出,收入总计,,,4"),
    );
    expect(t?.rows.map((r) => r.role)).toEqual(["yearTotal", "grandTotal", "yearTotal", "item"]);
    expect(findings.map(project)).toEqual([[FILE, null, null, "row.side-total-missing", "error"]]);
    expect(findings[0]?.message.zh).toBe("支出一侧缺少“支出总计”行");
    expect(load(SIDED, raw(H, "收入,收入总计,,4,")).findings.map((f) => f.message.zh)).toEqual([
      "支出一侧缺少“支出总计”行",
    ]);
    expect(load(SIDED, raw(H, "支出,支出总计,,,4")).findings.map((f) => f.message.zh)).toEqual([
      "收入一侧缺少“收入总计”行",
    ]);
  });

  it("a code is checked against its name without the ordinal, only at its start", () => {
    const { findings } = load(
      SIDED,
      raw(
        H,
        "支出,一、一般公共服务支出,201,,3",
        "支出,二、一般公共服务,201,,3",
        "支出,十二、一般公共服务支出,201,,3",
        "支出,一般公共服务三、支出,201,,3",
        "收入,收入总计,,3,",
        "支出,支出总计,,,3",
      ),
    );
    expect(findings.map(project)).toEqual([
      [FILE, 3, "项目", "code.name-mismatch", "error"],
      [FILE, 5, "项目", "code.name-mismatch", "error"],
    ]);
    expect(findings.map((f) => f.value)).toEqual(["一般公共服务", "一般公共服务三、支出"]);
  });

  it("sub-lines: digits and a dot at the start, spaces allowed around the number", () => {
    const { table: t } = load(
      SIDED,
      raw(
        H,
        "收入,一、财政拨款收入,,3,",
        "收入,12. 其他资金,,1,",
        "收入, 3 . 其他资金,,1,",
        "收入,x1. 其他资金,,1,",
        "收入,4x. 其他资金,,1,",
        "收入,二、其他 5. 收入,,1,",
        "收入,收入总计,,3,",
        "支出,支出总计,,,3",
      ),
    );
    expect(t?.rows.map((r) => [r.line, r.depth, r.parentLine])).toEqual([
      [2, 1, undefined],
      [3, 2, 2],
      [4, 2, 2],
      [5, 1, undefined],
      [6, 1, undefined],
      [7, 1, undefined],
      [8, 0, undefined],
      [9, 0, undefined],
    ]);
    // A line without a code or a parent has neither key.
    expect(Object.keys(t?.rows[0] ?? {})).not.toContain("code");
    expect(Object.keys(t?.rows[0] ?? {})).not.toContain("parentLine");
  });

  it("a total line is never a sub-line, whatever its name", () => {
    const sides = { income: { grandTotal: "1. 收入总计" }, expenditure: { grandTotal: "支出总计" } };
    const { table: t } = load(
      { ...SIDED, sides },
      raw(H, "收入,一、财政拨款收入,,3,", "收入,1. 收入总计,,3,", "支出,支出总计,,,3"),
    );
    expect(t?.rows.map((r) => [r.role, r.depth, r.parentLine])).toEqual([
      ["item", 1, undefined],
      ["grandTotal", 0, undefined],
      ["grandTotal", 0, undefined],
    ]);
  });

  it("a side's total line on the other side does not count for it", () => {
    expect(load(SIDED, raw(H, "支出,收入总计,,,3", "支出,支出总计,,,3")).findings.map((f) => f.message.zh)).toEqual([
      "收入一侧缺少“收入总计”行",
    ]);
  });

  it("a figure in the other side's column is an error quoting the cell as printed", () => {
    const { findings } = load(
      SIDED,
      raw(
        H,
        "收入,一、财政拨款收入,,3,5.10",
        "支出,一、一般公共服务支出,201,1,3",
        "收入,收入总计,,3,0",
        "支出,支出总计,,,3",
      ),
    );
    expect(findings.map(project)).toEqual([
      [FILE, 2, "支出金额", "row.other-side-amount", "error"],
      [FILE, 3, "收入金额", "row.other-side-amount", "error"],
      [FILE, 4, "支出金额", "row.other-side-amount", "error"],
    ]);
    expect(findings.map((f) => f.value)).toEqual(["5.10", "1", "0"]);
    expect(findings[0]?.message.zh).toBe("“支出金额”栏只属于支出一侧，这一行是收入，却填了 “5.10”");
    expect(findings[1]?.message.zh).toBe("“收入金额”栏只属于收入一侧，这一行是支出，却填了 “1”");
  });
});

describe("fixed-item tables", () => {
  const FIXED = table("fixedItems", [NAME, AMOUNT], {
    items: [
      { key: "total", label: bi("合计", "Total") },
      { key: "car", label: bi("公务用车购置及运行费", "Vehicles"), parent: "total" },
      { key: "buy", label: bi("1.公务用车购置费", "Purchase"), parent: "car" },
      { key: "run", label: bi("2.公务用车运行费", "Running"), parent: "car" },
      { key: "meals", label: bi("公务接待费", "Receptions"), parent: "total" },
    ],
  });
  const H = "项目,金额";

  it("each item once, at its depth, matched without spaces", () => {
    const { table: t, found } = load(
      FIXED,
      raw(H, "合计,3", "公务用车购置及运行费,2", "1. 公务用车购置费,1", "2.公务用车运行费,1", "公务接待费,1"),
    );
    expect(found).toEqual([]);
    expect(t?.rows.map((r) => [r.item, r.depth, r.name, r.role])).toEqual([
      ["total", 1, "合计", "item"],
      ["car", 2, "公务用车购置及运行费", "item"],
      ["buy", 3, "1. 公务用车购置费", "item"],
      ["run", 3, "2.公务用车运行费", "item"],
      ["meals", 2, "公务接待费", "item"],
    ]);
    expect(t?.rows[0]).toEqual({
      line: 2,
      role: "item",
      name: "合计",
      item: "total",
      depth: 1,
      amounts: { amount: 300 },
      texts: {},
    });
  });

  it("an unknown item lists the allowed ones; a repeated one and the missing ones are named", () => {
    const { table: t, findings } = load(FIXED, raw(H, "合计,3", "会议费,1", "合计,3", "公务接待费,1"));
    expect(findings.map(project)).toEqual([
      [FILE, 3, "项目", "row.item-unknown", "error"],
      [FILE, 4, "项目", "row.item-duplicate", "error"],
      [FILE, null, null, "row.item-missing", "error"],
      [FILE, null, null, "row.item-missing", "error"],
      [FILE, null, null, "row.item-missing", "error"],
    ]);
    expect(findings[0]?.hint.zh).toBe(
      "本表的项目依次为：“合计”、“公务用车购置及运行费”、“1.公务用车购置费”、“2.公务用车运行费”、“公务接待费”。",
    );
    expect(findings.slice(2).map((f) => f.message.zh)).toEqual([
      "缺少“公务用车购置及运行费”行",
      "缺少“1.公务用车购置费”行",
      "缺少“2.公务用车运行费”行",
    ]);
    expect(t?.rows.map((r) => r.line)).toEqual([2, 5]);
  });
});

describe("unit-grouped tables", () => {
  const GROUPED = table(
    "unitGrouped",
    [col("kind", "行类型", "rowKind", { required: true }), NAME, AMOUNT, col("note", "说明", "text")],
    { detailKind: bi("类别", "category") },
  );
  const H = "行类型,项目,金额,说明";

  it("合计, then each unit and its details", () => {
    const { table: t, found } = load(
      GROUPED,
      raw(H, "合计,合计,3,", "单位,甲单位,2,", "类别,工资福利支出,2,说明", "单位,乙单位,1,", "类别,商品和服务支出,1,"),
    );
    expect(found).toEqual([]);
    expect(t?.rows).toEqual([
      { line: 2, role: "total", name: "合计", depth: 0, amounts: { amount: 300 }, texts: { note: "" } },
      {
        line: 3,
        role: "unit",
        name: "甲单位",
        unit: "甲单位",
        depth: 1,
        amounts: { amount: 200 },
        texts: { note: "" },
      },
      {
        line: 4,
        role: "detail",
        name: "工资福利支出",
        unit: "甲单位",
        depth: 2,
        amounts: { amount: 200 },
        texts: { note: "说明" },
      },
      {
        line: 5,
        role: "unit",
        name: "乙单位",
        unit: "乙单位",
        depth: 1,
        amounts: { amount: 100 },
        texts: { note: "" },
      },
      {
        line: 6,
        role: "detail",
        name: "商品和服务支出",
        unit: "乙单位",
        depth: 2,
        amounts: { amount: 100 },
        texts: { note: "" },
      },
    ]);
  });

  it("a detail before any unit, a misplaced or missing 合计, a lost one", () => {
    expect(load(GROUPED, raw(H, "合计,合计,3,", "类别,工资福利支出,2,")).found).toEqual([
      [FILE, 3, "行类型", "row.detail-before-unit", "error"],
    ]);
    expect(load(GROUPED, raw(H, "单位,甲单位,2,", "合计,合计,3,")).found).toEqual([
      [FILE, 3, "行类型", "row.total-misplaced", "error"],
    ]);
    expect(load({ ...GROUPED, totalRow: "last" }, raw(H, "单位,甲单位,2,", "合计,合计,3,")).found).toEqual([]);
    expect(load(GROUPED, raw(H, "单位,甲单位,2,", "类别,工资福利支出,2,")).found).toEqual([
      [FILE, 2, null, "row.total-missing", "error"],
    ]);
    expect(load({ ...GROUPED, totalRow: "last" }, raw(H, "单位,甲单位,2,", "类别,工资福利支出,2,")).found).toEqual([
      [FILE, 3, null, "row.total-missing", "error"],
    ]);
    expect(load(GROUPED, raw(H, "合计,合计,x,", "单位,甲单位,2,")).found).toEqual([
      [FILE, 2, "金额", "amount.not-a-number", "error"],
    ]);
    expect(load(GROUPED, raw(H, "小计,合计,3,")).found).toEqual([[FILE, 2, "行类型", "row.kind-invalid", "error"]]);
  });
});

describe("record tables: one row of figures", () => {
  const RECORD = table("record", [col("a", "甲", "money"), col("b", "乙", "money")], { blankAmounts: true });

  it("its one row, named by the headings alone", () => {
    const { table: t, found } = load(RECORD, raw("甲,乙", "1,"));
    expect(found).toEqual([]);
    expect(t?.rows).toEqual([
      { line: 2, role: "item", name: "", depth: 0, amounts: { a: 100, b: 0 }, blanks: ["b"], texts: {} },
    ]);
  });

  it("printed without a single figure: the blank line the reader skipped is its row", () => {
    const { table: t, found } = load(RECORD, raw("甲,乙"));
    expect(found).toEqual([]);
    expect(t?.rows).toEqual([
      { line: 2, role: "item", name: "", depth: 0, amounts: { a: 0, b: 0 }, blanks: ["a", "b"], texts: {} },
    ]);
    expect(load(RECORD, raw("", "甲,乙")).table?.rows[0]?.line).toBe(3);
  });

  it("more than one row: an error at the second, with the count; the first is kept", () => {
    const { table: t, findings } = load(RECORD, raw("甲,乙", "1,2", "3,4", "5,6"));
    expect(findings.map(project)).toEqual([[FILE, 3, null, "table.record-rows", "error"]]);
    expect(findings[0]?.message.zh).toBe("本表只印一行数字，这里有 3 行");
    expect(t?.rows.map((r) => r.line)).toEqual([2]);
    // The extra row lost to an error: the count still says how many lines there are.
    const lost = load(RECORD, raw("甲,乙", "1,2", "x,4"));
    expect(lost.found).toEqual([
      [FILE, 3, "甲", "amount.not-a-number", "error"],
      [FILE, null, null, "table.record-rows", "error"],
    ]);
  });
});

describe("acknowledged misprints (errata)", () => {
  const corrections = new Map([
    ["3|金额", { printed: "1.234", correct: "1.23" }],
    ["4|金额", { printed: "9", correct: "2" }],
  ]);

  it("a cell the errata correct is read with the value meant, its printed value kept", () => {
    const {
      table: t,
      findings,
      dropped,
    } = load(LIST, raw("项目,金额,绩效目标", "甲,1,", "乙,1.234,", "丙,abc,"), corrections);
    // The finding stays (the errata acknowledge it later); the row is read with the correction.
    expect(findings.map(project)).toEqual([
      [FILE, 3, "金额", "amount.too-many-decimals", "error"],
      [FILE, 4, "金额", "amount.not-a-number", "error"],
    ]);
    expect(dropped).toBe(1);
    expect(t?.rows).toEqual([
      { line: 2, role: "item", name: "甲", depth: 1, amounts: { amount: 100 }, texts: { goal: "" } },
      {
        line: 3,
        role: "item",
        name: "乙",
        depth: 1,
        amounts: { amount: 123 },
        texts: { goal: "" },
        misprints: { amount: "1.234" },
      },
    ]);
  });

  it("a correction that still does not read drops the row", () => {
    const bad = new Map([["2|金额", { printed: "abc", correct: "x" }]]);
    const { table: t, dropped, found } = load(LIST, raw("项目,金额,绩效目标", "甲,abc,", "乙,1,"), bad);
    expect(found).toEqual([[FILE, 2, "金额", "amount.not-a-number", "error"]]);
    expect(dropped).toBe(1);
    expect(t?.rows.map((r) => r.line)).toEqual([3]);
  });
});
