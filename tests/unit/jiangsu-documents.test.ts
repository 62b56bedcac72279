/**
 * The two Jiangsu department-years in data/ (profile jiangsu-budget), each validated on its own as
 * `npm run validate -- data/<year>/<slug>` does: no error the errata do not acknowledge, and exactly
 * these findings [file, line, column, rule, severity, acknowledged] — the published documents' own
 * errors, each acknowledged by errata.yaml, and one 0.02 万元 rounding residue.
 *
 * Then figures as the loader reads them, the transcription against the published text
 * (tests/fixtures/source/jiangsu/, pdftotext -layout output of the PDFs: every amount of every
 * table, every paragraph and glossary entry), and broken copies rejected with the right finding.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/budget/csv-file";
import { hasErrors, isError } from "../../src/budget/findings";
import { isJiangsu, type JiangsuDepartmentYear } from "../../src/budget/profiles";
import type { BudgetRow, BudgetTable } from "../../src/budget/model";
import { validate, type ValidationResult } from "../../src/budget/validate";
import { dataCopyWith, removeSeedCopies, REPO_ROOT } from "../helpers/seed-copy";
import { project, type Projection } from "../helpers/finding-projection";

const ack = (column: string, rule: string): Projection => ["explanation.yaml", null, column, rule, "error", true];

interface Expected {
  source: string;
  findings: Projection[];
  summary: { checks: number; passed: number; notes: number; errors: number; acknowledged: number };
}

const EXPECTED: Record<string, Expected> = {
  "2018/js-jcy": {
    source: "js-jcy-2018.layout.txt",
    findings: [
      // 21.95% for a rise of 3,958.67 on 17,996.68 (22.00%); shares forced to add up to 100%.
      ack("facts.total.rate", "explain.rate"),
      ack("facts.general_budget_income.share", "explain.share"),
      ack("facts.other_income.share", "explain.share"),
      ack("facts.basic.share", "explain.share"),
      ack("facts.reserve.share", "explain.share"),
      ack("facts.fiscal_expenditure.share", "explain.share"),
      // 9.1% for 9.15%; 36.58% for 36.59%; 0.06% for 0.60%; 0.66% for 6.60%.
      ack("facts.classes.1.rate", "explain.rate"),
      ack("facts.items.1.rate", "explain.rate"),
      ack("facts.items.2.rate", "explain.rate"),
      ack("facts.items.3.rate", "explain.rate"),
      // basic + project + reserve changes: 3,958.69 against the total's 3,958.67.
      ["explanation.yaml", null, "facts.total.change", "explain.parts", "note", false],
      // Appropriations "up 3,958.98" three times, against 3,959.28 for the general budget.
      ack("facts.fiscal.change", "explain.parts"),
      ack("facts.fiscal_expenditure.change", "explain.parts"),
      ack("facts.general_budget_expenditure.change", "explain.parts"),
      ack("facts.total.rate", "locate.likely-cell"),
      ack("facts.general_budget_income.share", "locate.likely-cell"),
      ack("facts.other_income.share", "locate.likely-cell"),
      ack("facts.basic.share", "locate.likely-cell"),
      ack("facts.reserve.share", "locate.likely-cell"),
      ack("facts.fiscal_expenditure.share", "locate.likely-cell"),
      ack("facts.classes.1.rate", "locate.likely-cell"),
    ],
    summary: { checks: 296, passed: 282, notes: 1, errors: 13, acknowledged: 13 },
  },
  "2018/js-fy": {
    source: "js-fy-2018.layout.txt",
    findings: [
      // 一般行政管理事务 "down 392.92, 5.95%": the decrease is 382.92 (the rate and the class say so).
      ack("facts.items.1.rate", "explain.rate"),
      ack("facts.classes.0.change", "explain.parts"),
      ack("facts.items.1.name", "explain.item-name"),
      ack("facts.items.1.change", "locate.likely-cell"),
    ],
    summary: { checks: 328, passed: 325, notes: 0, errors: 3, acknowledged: 3 },
  },
};

const FOLDERS = Object.keys(EXPECTED);
const SOURCE_DIR = join(REPO_ROOT, "tests", "fixtures", "source", "jiangsu");
const TABLE_IDS = Array.from({ length: 12 }, (_, i) => `table${String(i + 1).padStart(2, "0")}`);

const results = new Map<string, ValidationResult>();
const years = new Map<string, JiangsuDepartmentYear>();

beforeAll(async () => {
  for (const path of FOLDERS) {
    const result = await validate(join(REPO_ROOT, "data", path));
    results.set(path, result);
    const [dy] = result.departmentYears;
    if (!dy || !isJiangsu(dy)) throw new Error(`${path} did not load as a Jiangsu department-year`);
    years.set(path, dy);
  }
});

afterAll(removeSeedCopies);

const dyOf = (path: string): JiangsuDepartmentYear => years.get(path) as JiangsuDepartmentYear;
const tableOf = (path: string, id: string): BudgetTable => {
  const t = (dyOf(path).tables as Record<string, BudgetTable | undefined>)[id];
  if (!t) throw new Error(`${path}: no ${id}`);
  return t;
};
const rowNamed = (table: BudgetTable, name: string): BudgetRow => {
  const rows = table.rows.filter((r) => r.name === name);
  expect(rows, name).toHaveLength(1);
  return rows[0] as BudgetRow;
};

describe.each(FOLDERS)("%s", (path) => {
  const expected = EXPECTED[path] as Expected;

  it("loads all twelve tables with the Jiangsu profile, in 万元 to two decimals", () => {
    const dy = dyOf(path);
    expect(dy.profile.id).toBe("jiangsu-budget");
    expect(dy.kind).toBe("部门预算");
    expect(Object.keys(dy.tables)).toEqual(TABLE_IDS);
    expect(dy.failedTables).toEqual([]);
    for (const id of TABLE_IDS) expect(tableOf(path, id).scale, id).toBe(2);
  });

  it("validates with no error the errata do not acknowledge, and exactly these findings", () => {
    const result = results.get(path) as ValidationResult;
    expect(result.ok).toBe(true);
    expect(hasErrors(result.findings)).toBe(false);
    expect(result.findings.filter(isError)).toEqual([]);
    expect(result.findings.map(project)).toEqual(expected.findings);
    expect(result.reconciliationSummary).toEqual({ rules: 39, warnings: 0, ...expected.summary });
  });

  it("transcribes every amount of every table as the document prints it", async () => {
    const text = await readFile(join(SOURCE_DIR, expected.source), "utf8");
    for (const id of TABLE_IDS) {
      const csv = readCsv(await readFile(join(REPO_ROOT, "data", path, `${id}.csv`)), `${id}.csv`);
      for (const row of csv.rows) {
        for (const cell of row.cells) {
          if (!/^[\d,]+\.\d\d$/.test(cell)) continue;
          expect(text.includes(cell), `${id} line ${row.line}: ${cell}`).toBe(true);
        }
      }
    }
  });

  it("transcribes every paragraph, heading and glossary entry as printed", async () => {
    const raw = await readFile(join(SOURCE_DIR, expected.source), "utf8");
    // Page numbers sit between the lines of a paragraph broken across pages.
    const squeeze = (s: string) => s.replace(/\s+/g, "");
    const text = squeeze(
      raw
        .split("\n")
        .filter((l) => !/^\s*\d+\s*$/.test(l))
        .join(""),
    );
    const dy = dyOf(path);
    const paragraphs = [
      ...dy.meta.overview.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]),
      ...dy.explanation.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]),
      ...dy.glossary.terms.map((t) => `${t.term}：${t.definition}`),
    ].filter((p) => p !== "");
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const p of paragraphs) expect(text.includes(squeeze(p)), p).toBe(true);
  });
});

describe("figures as the loader reads them", () => {
  it("江苏省人民检察院: 收入合计 21,955.35 万元 in 表1, its three lists, 表12's 3,096.24", () => {
    const t1 = tableOf("2018/js-jcy", "table01");
    const total = rowNamed(t1, "支出合计");
    expect(total.amounts["incomeAmount"]).toBe(2_195_535);
    expect(total.amounts["functionAmount"]).toBe(2_195_535);
    expect(rowNamed(t1, "四、公共安全支出").amounts["functionAmount"]).toBe(1_645_875);
    expect(rowNamed(t1, "一、一般公共服务支出").texts["purposeName"]).toBe("一、基本支出");
    expect(rowNamed(t1, "一、一般公共服务支出").amounts["purposeAmount"]).toBe(1_399_431);
    // 2040405 prints 1895.00 without a thousands separator.
    expect(tableOf("2018/js-jcy", "table05").rows.find((r) => r.code === "2040405")?.amounts["amount"]).toBe(189_500);
    const t12 = tableOf("2018/js-jcy", "table12");
    expect(t12.rows[0]?.name).toBe("合计");
    expect(t12.rows[0]?.amounts["amount"]).toBe(309_624);
    expect(t12.rows.filter((r) => r.texts["form"] === "部门集中采购")).toHaveLength(3);
  });

  it("江苏省高级人民法院: 表9's 2,558.26 = 620.75 + 271.26 + 1,666.25, no 公务用车购置费 printed", () => {
    const [row] = tableOf("2018/js-fy", "table09").rows;
    expect(row?.amounts).toMatchObject({ total: 255_826, threePublic: 62_075, meetings: 27_126, training: 166_625 });
    expect(row?.blanks).toEqual(["vehiclePurchase"]);
    expect(tableOf("2018/js-fy", "table10").rows.map((r) => r.name)).toEqual(["合计"]);
  });
});

describe("broken copies are rejected with the right finding", () => {
  const findingsOf = async (path: string, file: string, edit: (s: string) => string) => {
    const original = await readFile(join(REPO_ROOT, "data", path, file), "utf8");
    const edited = edit(original);
    expect(edited).not.toBe(original);
    const result = await validate(await dataCopyWith(path, { [file]: edited }));
    return result.findings.filter((f) => isError(f) && f.acknowledged === undefined).map((f) => [f.rule, f.column]);
  };

  it("a purchase line of 表12 that no longer adds up to its 经济科目 line", async () => {
    const found = await findingsOf("2018/js-jcy", "table12.csv", (s) =>
      s.replace("交换设备,分散自行组织,20.00", "交换设备,分散自行组织,21.00"),
    );
    expect(found).toContainEqual(["t12.sums", "总计"]);
  });

  it("a 表2 subtotal that is not its parts, and 表1 against it", async () => {
    const found = await findingsOf("2018/js-jcy", "table02.csv", (s) =>
      s.replace("其他资金,小计,14.39", "其他资金,小计,14.93"),
    );
    expect(found).toContainEqual(["t02.sources", "金额"]);
    expect(found).toContainEqual(["x.t01-t02.income", "收入金额"]);
  });

  it("a growth rate that does not follow from the stated change", async () => {
    const found = await findingsOf("2018/js-fy", "explanation.yaml", (s) =>
      s.replace('rate: "57.79"', 'rate: "57.97"'),
    );
    expect(found).toContainEqual(["explain.rate", "facts.classes.2.rate"]);
  });

  it("a stated figure that is not the table's, and not in the text", async () => {
    const found = await findingsOf("2018/js-fy", "explanation.yaml", (s) =>
      s.replace('meetings: { amount: "271.26"', 'meetings: { amount: "272.26"'),
    );
    expect(found).toContainEqual(["explain.figure", "facts.meetings.amount"]);
    expect(found).toContainEqual(["explain.text", "facts.meetings.amount"]);
  });
});
