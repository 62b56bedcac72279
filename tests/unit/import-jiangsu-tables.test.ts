/**
 * The two Jiangsu PDFs (江苏省人民检察院 and 江苏省高级人民法院, 2018), read with pdfjs-dist and
 * imported: all twelve tables byte-identical to the hand-checked folders, the three list tables
 * included — 表1's three lists side by side with cells wrapped over lines and pages, 表2's
 * income sources merged and centred over their rows, 表12's 大类/专项/经济科目 printed once for
 * their rows and a 采购物品名称 merged over two rows. From their pdftotext -layout text, which
 * keeps no line positions and shifts each page by its own margin, the nine tables of one line per
 * row are exact; the lists are not, and the report says so for each of them (the validation of the
 * imported folder then names their sums).
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importDocument, readTextSource, validate, type Finding, type ImportResult } from "../../src/budget";
import type { SourceDocument } from "../../src/budget/import/source";
import { findTableSections } from "../../src/budget/import/tables";
import { JIANGSU_BUDGET } from "../../src/budget/profiles/jiangsu-budget";
import { readSource } from "../../src/import/read-source";
import { REPO_ROOT } from "../helpers/seed-copy";
import { publishedPdf, type PublishedName } from "../helpers/published-pdfs";

const DOCUMENTS = [
  ["js-jcy-2018", "2018/js-jcy", "江苏省人民检察院"],
  ["js-fy-2018", "2018/js-fy", "江苏省高级人民法院"],
] as const;

const ALL = Array.from({ length: 12 }, (_, i) => `table${String(i + 1).padStart(2, "0")}.csv`);
const LISTS = new Set(["table01.csv", "table02.csv", "table12.csv"]);

const readPdf = async (name: PublishedName): Promise<SourceDocument> => {
  const source = await readSource(publishedPdf(name));
  if (!source.ok) throw new Error(source.message.en);
  return source.document;
};

const importPdf = async (name: PublishedName): Promise<ImportResult> => importDocument(await readPdf(name));

const handChecked = (folder: string, table: string): Promise<string> =>
  readFile(join(REPO_ROOT, "data", folder, table), "utf8");

describe.each(DOCUMENTS)("importing %s.pdf", async (name, folder, department) => {
  const document = await readPdf(name);
  const result = importDocument(document);

  it("finds the Jiangsu profile, the year, the kind and the department (js-fy's from its cover)", () => {
    expect([result.profile?.id, result.year, result.kind, result.department]).toEqual([
      "jiangsu-budget",
      2018,
      "部门预算",
      department,
    ]);
  });

  it.each(ALL)("%s is byte-identical to the hand-checked folder", async (table) => {
    expect(result.files.get(table)).toBe(await handChecked(folder, table));
  });

  it("reports nothing about any line of any table", () => {
    const source = result.notes.filter((note) => note.kind !== "document");
    const tableLines = new Set(
      findTableSections(document, JIANGSU_BUDGET.tables).sections.flatMap((section) =>
        [section.title, ...section.lines].map((line) => `${line.page}:${line.line}`),
      ),
    );
    expect(source.filter((note) => tableLines.has(`${note.page}:${note.line}`))).toEqual([]);
  });
});

describe("the list tables as printed", async () => {
  const jcy = await importPdf("js-jcy-2018");
  const rows = (table: string): string[] => jcy.files.get(table)!.trim().split("\n");

  it("表1: a class name wrapped onto the next page is one cell, and the totals sit in their lists", () => {
    expect(rows("table01.csv")).toContain(",,十七、国土海洋气象等支出,,,");
    expect(rows("table01.csv")).toContain('当年收入小计,"21,955.35",当年支出小计,"21,955.35",,');
    expect(rows("table01.csv")[3]).toBe('2.政府性基金预算,,三、国防支出,,三、单位预留机动经费,"2,388.04"');
  });

  it("表2: an income source centred over its rows names each of them", () => {
    expect(rows("table02.csv").filter((row) => row.startsWith("其他资金,"))).toEqual([
      "其他资金,小计,14.39",
      "其他资金,事业收入,",
      "其他资金,经营收入,",
      "其他资金,其他收入,14.39",
      "其他资金,债务资金(银行贷款),",
    ]);
  });

  it("表12: an item merged over two rows is printed on both", () => {
    expect(rows("table12.csv").filter((row) => row.includes("物业管理服务"))).toEqual([
      "三、服务 C,物业管理费,物业管理费,物业管理服务,部门集中采购,330.00",
      "三、服务 C,物业管理费,物业管理费,物业管理服务,分散自行组织,20.00",
    ]);
  });
});

describe.each(DOCUMENTS)("importing %s.layout.txt", async (name, folder) => {
  const file = join(REPO_ROOT, "tests", "fixtures", "source", "jiangsu", `${name}.layout.txt`);
  const result = importDocument(readTextSource(file, await readFile(file, "utf8")));

  it("finds the Jiangsu profile", () => {
    expect(result.profile?.id).toBe("jiangsu-budget");
  });

  it("says that the list tables may be misread, and to import the PDF", () => {
    const warned = result.notes
      .map((note) => note.message.zh)
      .filter((message) => message.includes("文字文件不记录每行在页面上的位置"));
    expect(warned.map((message) => message.slice(0, message.indexOf("的单元格")))).toEqual([
      "收支预算总表",
      "收入预算总表",
      "政府采购支出预算表",
    ]);
  });

  it.each(ALL.filter((table) => !LISTS.has(table)))(
    "%s is byte-identical to the hand-checked folder",
    async (table) => {
      expect(result.files.get(table)).toBe(await handChecked(folder, table));
    },
  );
});

describe("a list table whose rows cannot be found", async () => {
  const source = await readSource(publishedPdf("js-jcy-2018"));
  if (!source.ok) throw new Error(source.message.en);
  // 表12's rows start at their amounts: with the amount column gone, no cell has a row.
  const start = source.document.lines.findIndex((line) => line.text.includes("政府采购支出预算表") && line.page > 2);
  const lines = source.document.lines.map((line, index) =>
    index > start ? { ...line, cells: line.cells.filter((cell) => !/^[\d,]+\.\d\d$/.test(cell.text)) } : line,
  );
  const result = importDocument({ ...source.document, lines });
  const messages = result.notes.map((note) => note.message.zh);

  it("reports every cell it could not place, by name", () => {
    expect(messages).toContain("政府采购支出预算表中找不到「PC 服务器」所在的行，未写入表格，请核对");
    expect(messages).toContain("政府采购支出预算表中找不到「一、货物 A」所在的行，未写入表格，请核对");
    expect(result.files.get("table12.csv")).toBe("采购品目大类,专项名称,经济科目,采购物品名称,采购组织形式,总计\n");
  });
});

describe.each(DOCUMENTS)("%s.pdf imported into a folder", async (name, folder) => {
  const result = await importPdf(name);
  const root = await mkdtemp(join(tmpdir(), "jiangsu-import-"));
  const target = join(root, folder);
  await mkdir(target, { recursive: true });
  for (const [file, content] of result.files) await writeFile(join(target, file), content);
  // As npm run import does: the PDF itself goes into the folder, under the name department.yaml gives it.
  if (result.original) await copyFile(publishedPdf(name), join(target, result.original));

  it("validates with the document's own errors only: each is one the hand-checked folder's errata.yaml acknowledges", async () => {
    const blocking = (findings: readonly Finding[]) =>
      findings.filter((finding) => finding.severity === "error" && finding.acknowledged === undefined);
    const before = await validate(root);
    expect(before.ok).toBe(false);
    await copyFile(join(REPO_ROOT, "data", folder, "errata.yaml"), join(target, "errata.yaml"));
    const after = await validate(root);
    expect(blocking(after.findings)).toEqual([]);
    expect(after.ok).toBe(true);
    // Every error before was one of the document's own, now acknowledged.
    expect(after.findings.filter((finding) => finding.acknowledged).length).toBe(blocking(before.findings).length);
    await rm(root, { recursive: true, force: true });
  });
});
