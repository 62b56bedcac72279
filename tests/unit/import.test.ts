/**
 * Import: the seed's copied text becomes exactly data/2025/huadu-zwfw/ (every CSV byte for byte,
 * every YAML value for value), and what the importer cannot place is reported with its line,
 * never dropped or guessed.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatImportNote, importDocument, readTextSource, type ImportResult } from "../../src/budget";
import { REPO_ROOT } from "../helpers/seed-copy";

const SEED_TEXT = join(REPO_ROOT, "tests", "fixtures", "source", "huadu-zwfw-2025-budget.txt");
const SEED_FOLDER = join(REPO_ROOT, "data", "2025", "huadu-zwfw");

const importText = (text: string, file = "seed.txt"): ImportResult => importDocument(readTextSource(file, text));
const seedText = (): Promise<string> => readFile(SEED_TEXT, "utf8");

describe("importing the seed's copied text", async () => {
  const result = importText(await seedText());
  const expected = (await readdir(SEED_FOLDER)).filter((file) => file !== "english.yaml" && file !== "errata.yaml");

  it("detects the profile, the year and the department", () => {
    expect(result.profile?.id).toBe("guangzhou-budget");
    expect(result.year).toBe(2025);
    expect(result.kind).toBe("部门预算");
    expect(result.department).toBe("广州市花都区政务服务和数据管理局");
  });

  it("writes every file of the hand-checked folder, and nothing it does not have", () => {
    expect([...result.files.keys()].sort()).toEqual(expected.sort());
  });

  it.each([
    "table01.csv",
    "table02.csv",
    "table03.csv",
    "table04.csv",
    "table05.csv",
    "table06.csv",
    "table07.csv",
    "table08.csv",
    "table09.csv",
    "table10.csv",
    "table11.csv",
    "table12.csv",
    "key-projects.csv",
  ])("%s is byte-identical", async (file) => {
    expect(result.files.get(file)).toBe(await readFile(join(SEED_FOLDER, file), "utf8"));
  });

  it.each(["department.yaml", "explanation.yaml", "glossary.yaml"])("%s has the same values", async (file) => {
    expect(parse(result.files.get(file) ?? "")).toEqual(parse(await readFile(join(SEED_FOLDER, file), "utf8")));
  });

  it("places every line: the report is empty", () => {
    expect(result.notes.map((note) => formatImportNote(note, "zh"))).toEqual([]);
  });

  it("reads real values as printed", () => {
    const table01 = result.files.get("table01.csv")!;
    expect(table01).toContain('收入,一、预算拨款,,"7,267.81"');
    expect(table01).toContain("支出,十九、住房保障支出,221,493.10");
    expect(result.files.get("table05.csv")).toContain('2010302,一般行政管理事务,"4,463.91",0.00,"4,463.91"');
    expect(result.files.get("table11.csv")).toContain("类别,对个人和家庭的补助,36.43,36.43,36.43,0.00,0.00,0.00,0.00");
  });
});

/** The five Shanghai documents as pdftotext -layout gives them, against their hand-checked folders. */
const SHANGHAI = [
  ["putuo-wanli-2025", "2025/putuo-wanli", 2025, "上海市普陀区人民政府万里街道办事处"],
  ["putuo-wanli-2024", "2024/putuo-wanli", 2024, "上海市普陀区人民政府万里街道办事处"],
  ["putuo-fuliyuan-2024", "2024/putuo-fuliyuan", 2024, "上海市普陀区社会福利院"],
  ["putuo-swj-2025-dept", "2025/putuo-swj", 2025, "上海市普陀区商务委员会"],
  ["putuo-swj-2025-unit", "2025/putuo-swj-unit", 2025, "上海市普陀区商务委员会"],
] as const;

describe.each(SHANGHAI)("importing %s.layout.txt", async (name, folder, year, department) => {
  const file = join(REPO_ROOT, "tests", "fixtures", "source", "shanghai", `${name}.layout.txt`);
  const result = importText(await readFile(file, "utf8"), file);
  const tables = (await readdir(join(REPO_ROOT, "data", folder))).filter((entry) => /^table\d+\.csv$/.test(entry));

  it("detects the Shanghai profile, the year, the kind and the department", () => {
    expect([result.profile?.id, result.year, result.kind, result.department]).toEqual([
      "shanghai-budget",
      year,
      name.endsWith("-unit") || name.includes("fuliyuan") ? "单位预算" : "部门预算",
      department,
    ]);
  });

  it.each(tables)("%s is byte-identical to the hand-checked folder", async (table) => {
    expect(result.files.get(table)).toBe(await readFile(join(REPO_ROOT, "data", folder, table), "utf8"));
  });
});

describe("what the importer cannot place is reported, not dropped", () => {
  it("a document with no known table title gives no files and says so", () => {
    const result = importText("关于印发某某工作方案的通知\n\n一、总体要求\n\n二、工作任务\n");
    expect(result.files.size).toBe(0);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]!.message.zh).toContain("没有找到任何已知的部门预算表标题");
  });

  it("an unknown --profile is named with the known ones", () => {
    const result = importDocument(readTextSource("x.txt", "收支总体情况表\n"), { profile: "beijing-budget" });
    expect(result.files.size).toBe(0);
    expect(result.notes[0]!.message.zh).toContain("guangzhou-budget");
  });

  it("a table whose title is missing is listed as not found, the others still imported", async () => {
    const text = (await seedText()).replace("\n政府性基金预算支出情况表\n", "\n");
    const result = importText(text);
    expect(result.files.has("table09.csv")).toBe(false);
    expect(result.files.has("table10.csv")).toBe(true);
    const missing = result.notes.filter((note) => note.kind === "missing-table");
    expect(missing.map((note) => note.message.zh)).toEqual(["没有找到表9“政府性基金预算支出情况表”"]);
  });

  it("a line inside a table with no amount is reported with its line number", async () => {
    const text = (await seedText()).replace("[30101]基本工资\t190.45", "[30101]基本工资\n\t190.45");
    const result = importText(text);
    const note = result.notes.find((candidate) => candidate.text === "[30101]基本工资");
    expect(note?.kind).toBe("unplaced");
    expect(note?.line).toBeGreaterThan(260);
    expect(formatImportNote(note!, "zh")).toMatch(/^第\d+行 \[未能归位\]/);
    expect(formatImportNote(note!, "en")).toMatch(/^line \d+ \[not placed\]/);
  });

  it("a row with more cells than columns is written and flagged, the extra cell named", async () => {
    const text = (await seedText()).replace("[30101]基本工资\t190.45", "[30101]基本工资\t190.45\t9.99");
    const result = importText(text);
    expect(result.files.get("table06.csv")).toContain("30101,基本工资,190.45\n");
    const note = result.notes.find((candidate) => candidate.kind === "unsure");
    expect(note?.message.zh).toContain("「9.99」");
  });

  it("a standard sentence in other words is reported as the fact to fill in", async () => {
    const text = (await seedText()).replace("本部门政府采购安排", "本部门政府采购预算共");
    const result = importText(text);
    expect(parse(result.files.get("explanation.yaml")!).facts.procurement).toBeUndefined();
    expect(result.notes.map((note) => note.message.zh).join("\n")).toContain("facts.procurement");
  });
});
