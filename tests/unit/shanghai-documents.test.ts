/**
 * The five Shanghai department-years in data/ (profile shanghai-budget), each validated on its
 * own as `npm run validate -- data/<year>/<slug>` does: no error the errata do not acknowledge,
 * and exactly these findings, as a flat projection [file, line, column, rule, severity,
 * acknowledged] — the genuine 1 元 rounding notes of the tables, the 0.01 万元 residue of the
 * 编制说明's items, and the published documents' own errors, each acknowledged by errata.yaml.
 *
 * Then a few figures as the loader reads them (exact integers of each table's printed unit), and
 * the transcription against the published text (tests/fixtures/source/shanghai/, pdftotext
 * -layout output of the PDFs): every code and amount of every table, in order, in that table's
 * part of the text, and every heading, paragraph and glossary entry.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/budget/csv-file";
import { hasErrors, isError } from "../../src/budget/findings";
import { isShanghai, type ShanghaiDepartmentYear } from "../../src/budget/profiles";
import type { BudgetRow, BudgetTable } from "../../src/budget/model";
import { validate, type ValidationResult } from "../../src/budget/validate";
import { loadData } from "../../src/budget/load";
import { dataCopyWith, removeSeedCopies, REPO_ROOT } from "../helpers/seed-copy";
import { project, type Projection } from "../helpers/finding-projection";

interface Expected {
  /** The published text the folder transcribes (tests/fixtures/source/shanghai/). */
  source: string;
  kind: "部门预算" | "单位预算";
  unit: { unit: "元"; decimals: 0 | 2 };
  findings: Projection[];
  /**
   * The check tally. x.t02-t05.fiscal adds one passing check per code of 表2 (its 财政拨款收入
   * against 表5 + 表6 + 表7, which print the same codes): 66 for 万里, 14 for 社会福利院, 30 for 商务委.
   */
  summary: { checks: number; passed: number; notes: number; errors: number; acknowledged: number };
}

const EXPECTED: Record<string, Expected> = {
  "2025/putuo-wanli": {
    source: "putuo-wanli-2025.layout.txt",
    kind: "部门预算",
    unit: { unit: "元", decimals: 0 },
    findings: [
      // [21201] prints 94,995,790 元; its four 项 add up to 94,995,789 (and 基本 + 项目 too), and
      // [212] prints 154,369,326 against its 款 adding up to 154,369,327: 1 元 residues.
      ["table03.csv", 51, "合计", "t03.row-total", "note", false],
      ["table05.csv", 51, "合计", "t05.row-total", "note", false],
      ["table02.csv", 50, "合计", "t02.parent-sum", "note", false],
      ["table02.csv", 50, "财政拨款收入", "t02.parent-sum", "note", false],
      ["table02.csv", 51, "合计", "t02.parent-sum", "note", false],
      ["table02.csv", 51, "财政拨款收入", "t02.parent-sum", "note", false],
      ["table03.csv", 50, "合计", "t03.parent-sum", "note", false],
      ["table03.csv", 51, "合计", "t03.parent-sum", "note", false],
      ["table05.csv", 50, "合计", "t05.parent-sum", "note", false],
      ["table05.csv", 51, "合计", "t05.parent-sum", "note", false],
      // The 33 items, each rounded to 0.01 万元, add up to 18,976.74 against 18,976.76.
      ["explanation.yaml", null, "facts.fiscal_expenditure.amount", "explain.item-sum", "note", false],
      // Item 21 names 2100717 one level off (errata.yaml).
      ["explanation.yaml", null, "facts.items.20.code", "explain.item-name", "error", true],
    ],
    summary: { checks: 1032, passed: 1020, notes: 11, errors: 1, acknowledged: 1 },
  },
  "2024/putuo-wanli": {
    source: "putuo-wanli-2024.layout.txt",
    kind: "部门预算",
    unit: { unit: "元", decimals: 0 },
    findings: [
      // 表8 prints the 款 of 津贴补贴 and 绩效工资 as "2" and "7" (corrected to 02 and 07 by errata).
      ["table08.csv", 4, "款", "code.malformed", "error", true],
      ["table08.csv", 5, "款", "code.malformed", "error", true],
      ["explanation.yaml", null, "facts.fiscal_expenditure.amount", "explain.item-sum", "note", false],
      // +100.00% on a prior-year outturn of 0; item 31 states two amounts; 表9's note says empty.
      ["explanation.yaml", null, "facts.items.8.percent", "explain.percent", "error", true],
      ["explanation.yaml", null, "facts.items.30.amount", "explain.restated", "error", true],
      ["department.yaml", null, "tables.table09.note", "doc.empty-table-note", "error", true],
    ],
    summary: { checks: 1163, passed: 1159, notes: 1, errors: 3, acknowledged: 3 },
  },
  "2024/putuo-fuliyuan": {
    source: "putuo-fuliyuan-2024.layout.txt",
    kind: "单位预算",
    unit: { unit: "元", decimals: 0 },
    findings: [
      // The 类 of 事业单位医疗 printed "7" in 表3 and 表5 (corrected to 210 by errata).
      ["table03.csv", 12, "类", "code.malformed", "error", true],
      ["table05.csv", 12, "类", "code.malformed", "error", true],
      // 表8 numbers the items of 302 in sequence instead of by national code, and misnames some.
      ["table08.csv", 6, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 14, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 15, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 16, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 17, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 18, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 19, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 20, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 22, "科目编码", "code.unknown", "warning", true],
      ["table08.csv", 23, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 24, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 25, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 26, "科目名称", "code.name-mismatch", "error", true],
      ["table08.csv", 27, "科目名称", "code.name-mismatch", "error", true],
      // The class 210 under its pre-2019 name 医疗卫生与计划生育支出, in 表1 and 表4.
      ["table01.csv", 12, "项目", "x.class-name", "error", true],
      ["table04.csv", 8, "项目", "x.class-name", "error", true],
      // Item 4 states 738.66 万元 where 表5 prints 6,964,796 元 (696.48), counting 42.18 万元 of
      // 退休费 twice, so the six items overshoot 950.12; item 5 uses 210's former name.
      ["explanation.yaml", null, "facts.items.3.amount", "explain.item", "error", true],
      ["explanation.yaml", null, "facts.fiscal_expenditure.amount", "explain.item-sum", "error", true],
      ["explanation.yaml", null, "facts.items.4.code", "explain.item-name", "error", true],
      ["explanation.yaml", null, "facts.items.3.amount", "locate.likely-cell", "error", true],
    ],
    summary: { checks: 416, passed: 411, notes: 0, errors: 5, acknowledged: 5 },
  },
  "2025/putuo-swj": {
    source: "putuo-swj-2025-dept.layout.txt",
    kind: "部门预算",
    unit: { unit: "元", decimals: 2 },
    findings: [["explanation.yaml", null, "facts.fiscal_expenditure.amount", "explain.item-sum", "note", false]],
    summary: { checks: 578, passed: 577, notes: 1, errors: 0, acknowledged: 0 },
  },
  "2025/putuo-swj-unit": {
    source: "putuo-swj-2025-unit.layout.txt",
    kind: "单位预算",
    unit: { unit: "元", decimals: 2 },
    findings: [["explanation.yaml", null, "facts.fiscal_expenditure.amount", "explain.item-sum", "note", false]],
    summary: { checks: 605, passed: 604, notes: 1, errors: 0, acknowledged: 0 },
  },
};

const FOLDERS = Object.keys(EXPECTED);
const SOURCE_DIR = join(REPO_ROOT, "tests", "fixtures", "source", "shanghai");

const results = new Map<string, ValidationResult>();
const years = new Map<string, ShanghaiDepartmentYear>();

beforeAll(async () => {
  for (const path of FOLDERS) {
    const result = await validate(join(REPO_ROOT, "data", path));
    results.set(path, result);
    const [dy] = result.departmentYears;
    if (!dy || !isShanghai(dy)) throw new Error(`${path} did not load as a Shanghai department-year`);
    years.set(path, dy);
  }
});

const resultOf = (path: string): ValidationResult => {
  const r = results.get(path);
  if (!r) throw new Error(`no result for ${path}`);
  return r;
};
const dyOf = (path: string): ShanghaiDepartmentYear => {
  const dy = years.get(path);
  if (!dy) throw new Error(`no department-year ${path}`);
  return dy;
};
const tableOf = (path: string, id: string): BudgetTable => {
  const t = dyOf(path).tables[id];
  if (!t) throw new Error(`${path}: no ${id}`);
  return t;
};
const rowNamed = (table: BudgetTable, name: string, side?: "income" | "expenditure"): BudgetRow => {
  const rows = table.rows.filter((r) => r.name === name && (side === undefined || r.side === side));
  expect(rows, name).toHaveLength(1);
  return rows[0] as BudgetRow;
};
const rowCoded = (table: BudgetTable, code: string): BudgetRow => {
  const rows = table.rows.filter((r) => r.code === code);
  expect(rows, code).toHaveLength(1);
  return rows[0] as BudgetRow;
};

describe.each(FOLDERS)("%s", (path) => {
  const expected = EXPECTED[path] as Expected;

  it("loads every table with the Shanghai profile", () => {
    const dy = dyOf(path);
    expect(dy.profile.id).toBe("shanghai-budget");
    expect(dy.kind).toBe(expected.kind);
    expect(dy.meta.kind).toBe(expected.kind);
    expect(dy.unit).toEqual(expected.unit);
    expect(Object.keys(dy.tables)).toEqual([
      "table01",
      "table02",
      "table03",
      "table04",
      "table05",
      "table06",
      "table07",
      "table08",
      "table09",
    ]);
    expect(dy.failedTables).toEqual([]);
    expect(dy.absentTables).toEqual([]);
    // 表1–表8 in the document's 元 (integers, or 分 where it prints two decimals); 表9 in 万元.
    const scale = expected.unit.decimals === 0 ? 0 : -2;
    for (const id of ["table01", "table02", "table03", "table04", "table05", "table06", "table07", "table08"]) {
      expect(tableOf(path, id).scale, id).toBe(scale);
    }
    expect(tableOf(path, "table09").unit).toEqual({ unit: "万元", decimals: 2 });
    expect(tableOf(path, "table09").scale).toBe(2);
  });

  it("validates with no error the errata do not acknowledge, and exactly these findings", () => {
    const result = resultOf(path);
    expect(result.ok).toBe(true);
    expect(hasErrors(result.findings)).toBe(false);
    expect(result.findings.filter(isError)).toEqual([]);
    expect(result.findings.map(project)).toEqual(expected.findings);
    // The Shanghai profile's 53 rules (as npm run validate reports them; see README.md).
    expect(result.reconciliationSummary).toEqual({ rules: 53, warnings: 0, ...expected.summary });
    // Every erratum of the folder acknowledges something (none is out of date).
    expect(result.findings.filter((f) => f.rule === "errata.unmatched")).toEqual([]);
    for (const f of result.findings) {
      expect(f.message.zh.length * f.message.en.length * f.hint.zh.length * f.hint.en.length, f.rule).toBeGreaterThan(
        0,
      );
    }
  });
});

describe("validating data/ as a whole", () => {
  it("gives each Shanghai folder the same findings as validating it alone", async () => {
    const all = await validate(join(REPO_ROOT, "data"));
    expect(all.ok).toBe(true);
    for (const path of FOLDERS) {
      const own = all.findings.filter((f) => f.file.startsWith(`${path}/`)).map(project);
      expect(own, path).toEqual(EXPECTED[path]?.findings);
    }
  });
});

describe("figures as the loader reads them", () => {
  it("万里 2025: 收入总计 189,767,551 元 in 表1, in whole 元", () => {
    const t1 = tableOf("2025/putuo-wanli", "table01");
    expect(rowNamed(t1, "收入总计").amounts["amount"]).toBe(189_767_551);
    expect(rowNamed(t1, "收入总计").role).toBe("grandTotal");
    expect(rowNamed(t1, "支出总计").amounts["amount"]).toBe(189_767_551);
    const fiscal = rowNamed(t1, "一、财政拨款收入");
    expect(fiscal.amounts["amount"]).toBe(189_767_551);
    // "1. 一般公共预算资金" is a sub-line of "一、财政拨款收入"; "2. 政府性基金" is printed blank.
    const general = rowNamed(t1, "1. 一般公共预算资金");
    expect(general.parentLine).toBe(fiscal.line);
    expect(general.depth).toBe(2);
    expect(rowNamed(t1, "2. 政府性基金").blanks).toEqual(["amount"]);
    expect(rowCoded(tableOf("2025/putuo-wanli", "table02"), "2120101").amounts).toEqual({
      total: 17_887_739,
      fiscal: 17_887_739,
      operating: 0,
      business: 0,
      other: 0,
    });
  });

  it("万里 2025: 表9 “三公” 37.91 万元 = 3791 hundredths of 万元, 机关运行经费 464.64", () => {
    const [row] = tableOf("2025/putuo-wanli", "table09").rows;
    expect(row?.amounts).toEqual({
      threePublic: 3791,
      abroad: 0,
      reception: 135,
      vehicles: 3656,
      vehiclePurchase: 1500,
      vehicleOperation: 2156,
      adminCosts: 46464,
    });
    const { facts } = dyOf("2025/putuo-wanli").explanation;
    expect(facts.three_public).toEqual({
      amount: { printed: "37.91", value: 3791 },
      change: { printed: "-10", value: -1000 },
    });
    expect(facts.admin_costs).toEqual({ amount: { printed: "464.64", value: 46464 } });
  });

  it("万里 2025: the 1 元 rounding notes at [21201] and [212]", () => {
    const notes = resultOf("2025/putuo-wanli").findings.filter((f) => f.file.endsWith("table02.csv"));
    const [p212, p212fiscal, p21201] = notes;
    expect(p21201?.check).toMatchObject({
      row: "[21201]城乡社区管理事务",
      printed: 94_995_790,
      computed: 94_995_789,
      difference: 1,
      tolerance: 2.5,
      scale: 0,
    });
    expect(p21201?.check?.parts?.map((p) => [p.line, p.value])).toEqual([
      [52, 17_887_739],
      [53, 17_464_243],
      [54, 6_522_681],
      [55, 53_121_126],
    ]);
    expect(p21201?.message.zh).toBe(
      "“[21201]城乡社区管理事务”的“合计”为 94,995,790 元，下级科目（第 52–55 行“合计”）之和为 94,995,789 元，相差 +1 元，在四舍五入尾差允许范围（±2.5 元）内",
    );
    expect(p21201?.hint.zh).toBe("这是各数四舍五入到 1 元造成的尾差，无需修改（公开文本对此未作说明）。");
    expect(p212?.check).toMatchObject({
      row: "[212]城乡社区支出",
      printed: 154_369_326,
      computed: 154_369_327,
      difference: -1,
    });
    expect(p212fiscal?.column).toBe("财政拨款收入");
    // The 编制说明's items: 33 figures rounded to 0.01 万元 against the total, in hundredths of 万元.
    const itemSum = resultOf("2025/putuo-wanli").findings.find((f) => f.rule === "explain.item-sum");
    expect(itemSum?.check).toMatchObject({ printed: 1_897_676, computed: 1_897_674, difference: 2, tolerance: 17 });
  });

  it("万里 2024: 收入总计 156,211,123 元; 表9 47.91 万元 despite its note", () => {
    expect(rowNamed(tableOf("2024/putuo-wanli", "table01"), "收入总计").amounts["amount"]).toBe(156_211_123);
    expect(tableOf("2024/putuo-wanli", "table09").rows[0]?.amounts["threePublic"]).toBe(4791);
    // The misprinted 款 "2" is read as corrected by the errata, the printed value kept.
    const allowances = rowNamed(tableOf("2024/putuo-wanli", "table08"), "津贴补贴");
    expect(allowances.code).toBe("30102");
    expect(allowances.misprints).toEqual({ category: "2" });
  });

  it("社会福利院 2024 (单位预算): 表1's expenditure side in 人员经费, 公用经费 and 项目支出", () => {
    const t1 = tableOf("2024/putuo-fuliyuan", "table01");
    expect(t1.columns.map((c) => c.key)).toEqual(["side", "name", "amount", "personnel", "publicUse", "project"]);
    expect(rowNamed(t1, "支出总计").amounts).toEqual({
      amount: 12_121_164,
      personnel: 7_380_214,
      publicUse: 2_120_950,
      project: 2_620_000,
    });
    expect(rowNamed(t1, "二、事业收入").amounts["amount"]).toBe(2_620_000);
    expect(rowNamed(t1, "1、一般公共预算资金").amounts["amount"]).toBe(9_501_164);
    expect(tableOf("2024/putuo-fuliyuan", "table09").rows[0]?.amounts["vehicleOperation"]).toBe(640);
    expect(dyOf("2024/putuo-fuliyuan").explanation.facts.admin_costs).toBe("无");
  });

  it("商务委 2025 (元 to the 分): 371,514,655.00 元 is 37,151,465,500 分", () => {
    for (const path of ["2025/putuo-swj", "2025/putuo-swj-unit"]) {
      expect(rowNamed(tableOf(path, "table01"), "收入总计").amounts["amount"], path).toBe(37_151_465_500);
    }
    const unit = rowNamed(tableOf("2025/putuo-swj-unit", "table01"), "支出总计");
    expect(unit.amounts).toEqual({
      amount: 37_151_465_500,
      personnel: 1_812_059_300,
      publicUse: 171_006_200,
      project: 35_168_400_000,
    });
    expect(tableOf("2025/putuo-swj-unit", "table09").rows[0]?.amounts).toMatchObject({
      threePublic: 100,
      reception: 100,
      adminCosts: 17_101,
    });
  });
});

// ── The published text ─────────────────────────────────────────────────────────────────

const squash = (text: string): string => text.replace(/\s+/g, "");
/** Amounts compare without thousands separators: some CSVs omit them where the PDF prints them. */
const bare = (cell: string): string => cell.replaceAll(",", "");
/** Columns holding words, not codes or amounts. */
const WORD_COLUMNS = new Set(["收支", "项目", "功能分类科目名称", "经济分类科目名称"]);

const sourceOf = async (path: string): Promise<string> =>
  readFile(join(SOURCE_DIR, (EXPECTED[path] as Expected).source), "utf8");

/** The lines of the text from each table's printed title to the next table's. */
const tableSections = (dy: ShanghaiDepartmentYear, text: string): Map<string, string[]> => {
  const lines = text.split("\n");
  const starts = Object.entries(dy.meta.tables).map(([id, t]) => {
    // The body title is a line of its own; the 目录 lists it with a number in front.
    const at = lines.findIndex((l) => squash(l) === squash(t.title));
    expect(at, `${dy.path}: title of ${id} not in the text`).toBeGreaterThan(0);
    return [id, at] as const;
  });
  return new Map(starts.map(([id, at], i) => [id, lines.slice(at, starts[i + 1]?.[1] ?? lines.length)] as const));
};

describe.each(FOLDERS)("%s against the published text", (path) => {
  it("every code and amount of every table, in order, in that table's part of the text", async () => {
    const dy = dyOf(path);
    const sections = tableSections(dy, await sourceOf(path));
    let compared = 0;
    for (const [id, lines] of sections) {
      const tokens = lines.join(" ").split(/\s+/).filter(Boolean).map(bare);
      const csv = readCsv(await readFile(join(REPO_ROOT, "data", path, `${id}.csv`)), id);
      const header = csv.header?.cells ?? [];
      const cells = csv.rows.flatMap((r) =>
        r.cells.filter((c, i) => c !== "" && !WORD_COLUMNS.has(header[i] ?? "")).map(bare),
      );
      if (header[0] === "收支") {
        // Two-sided tables print both lists side by side: each figure once, in any order.
        const pool = [...tokens];
        const missing = cells.filter((c) => {
          const at = pool.indexOf(c);
          if (at >= 0) pool.splice(at, 1);
          return at < 0;
        });
        expect(missing, `${path} ${id}`).toEqual([]);
      } else {
        // Classified tables and 表9: row by row, left to right, as printed.
        let from = 0;
        const missing = cells.filter((c) => {
          const at = tokens.indexOf(c, from);
          if (at >= 0) from = at + 1;
          return at < 0;
        });
        expect(missing, `${path} ${id}`).toEqual([]);
      }
      compared += cells.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("every heading, paragraph and glossary entry", async () => {
    const dy = dyOf(path);
    const text = squash(await sourceOf(path));
    const texts = [
      dy.meta.title,
      ...dy.meta.overview.flatMap((o) => [o.heading, ...o.paragraphs]),
      dy.glossary.heading,
      ...dy.glossary.terms.map((t) => `${t.term}：${t.definition}`),
      ...dy.explanation.parts.flatMap((p) => [
        p.heading,
        ...p.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]),
      ]),
      ...Object.values(dy.meta.tables).flatMap((t) => [t.title, ...(t.note ? [t.note] : [])]),
    ];
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.filter((t) => !text.includes(squash(t)))).toEqual([]);
  });

  it("the errata quote the document", async () => {
    const text = await sourceOf(path);
    for (const erratum of dyOf(path).errata) {
      // Figures and words the errata say are printed wrong are in the text as printed (a lone
      // misprinted code digit is checked by the table comparison above).
      if (erratum.printed.length > 2) {
        expect(squash(text).includes(squash(erratum.printed.replace(/%$/, ""))), erratum.printed).toBe(true);
      }
    }
  });
});

describe("a copy of 商务委 2025 with one edit", () => {
  afterAll(removeSeedCopies);
  const original = (file: string): Promise<string> =>
    readFile(join(REPO_ROOT, "data", "2025", "putuo-swj", file), "utf8");
  const NOTE: Projection = [
    "explanation.yaml",
    null,
    "facts.fiscal_expenditure.amount",
    "explain.item-sum",
    "note",
    false,
  ];

  it("表9 printed without a single figure (its data line all blank) is one blank row, not a table without rows", async () => {
    const text = await original("table09.csv");
    const blank = text.replace("1.00,,1.00,,,,171.01", ",,,,,,");
    expect(blank).not.toBe(text);
    const root = await dataCopyWith("2025/putuo-swj", { "table09.csv": blank });
    const loaded = await loadData(root);
    expect(loaded.findings).toEqual([]);
    const [dy] = loaded.departmentYears;
    expect(dy?.failedTables).toEqual([]);
    const keys = [
      "threePublic",
      "abroad",
      "reception",
      "vehicles",
      "vehiclePurchase",
      "vehicleOperation",
      "adminCosts",
    ];
    expect(dy?.tables["table09"]?.rows).toMatchObject([
      { line: 2, amounts: Object.fromEntries(keys.map((k) => [k, 0])), blanks: keys },
    ]);
    // The checks then read the blank row: the document's 1.00 万元 of 公务接待费 (表8 [30217]) and
    // its 机关运行经费 171.01 万元 disagree with it, and its note does not say the table is empty.
    const result = await validate(root);
    expect(result.findings.map(project)).toEqual([
      ["table09.csv", 2, "公务接待费", "x.t09-t08.economic", "error", false],
      ["explanation.yaml", null, "facts.three_public.amount", "explain.figure", "error", false],
      ["explanation.yaml", null, "facts.reception.amount", "explain.figure", "error", false],
      ["explanation.yaml", null, "facts.admin_costs.amount", "explain.figure", "error", false],
      NOTE,
      ["department.yaml", null, "tables.table09.note", "doc.empty-table-note", "error", false],
    ]);
  });

  it("a wrong year in department.yaml is the loader's one error: the titles are held to the folder's year", async () => {
    const text = await original("department.yaml");
    const edited = text.replace("year: 2025", "year: 2024");
    expect(edited).not.toBe(text);
    const result = await validate(await dataCopyWith("2025/putuo-swj", { "department.yaml": edited }));
    expect(result.findings.map(project)).toEqual([
      ["department.yaml", null, "year", "meta.year-mismatch", "error", false],
      NOTE,
    ]);
    // doc.year still checks the 11 titles and headings it checks on the folder as published,
    // against 2025, and they pass.
    const docYear = result.reconciliations[0]?.checks.filter((c) => c.rule === "doc.year") ?? [];
    expect(docYear).toHaveLength(
      resultOf("2025/putuo-swj").reconciliations[0]?.checks.filter((c) => c.rule === "doc.year").length ?? -1,
    );
    expect(docYear).toHaveLength(11);
    expect(docYear.every((c) => c.status === "pass")).toBe(true);
  });
});
