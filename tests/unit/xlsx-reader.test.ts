import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { formatNumber, readXlsx } from "../../src/import/xlsx-reader";
import { publishedPdf } from "../helpers/published-pdfs";

const FIXTURES = resolve(__dirname, "../fixtures/import");
const temp = mkdtempSync(join(tmpdir(), "xlsx-reader-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * The dumps beside the templates (openpyxl): a "===== sheet: <name> (dims …" line per sheet, then
 * "R<row>" and the row's cells from column A, tab-separated, with a line break inside a cell as \n.
 */
const dumpRows = (name: string): { sheets: string[]; rows: { sheet: string; row: number; cells: string[] }[] } => {
  const sheets: string[] = [];
  const rows: { sheet: string; row: number; cells: string[] }[] = [];
  for (const line of readFileSync(join(FIXTURES, `${name}.txt`), "utf8").split("\n")) {
    const sheet = /^===== sheet: (.*) \(dims [^)]*\) =====$/.exec(line);
    if (sheet) sheets.push(sheet[1] ?? "");
    const row = /^R(\d+)\t(.*)$/.exec(line);
    if (row) {
      rows.push({
        sheet: sheets[sheets.length - 1] ?? "",
        row: Number(row[1]),
        cells: (row[2] ?? "").split("\t").map((cell) => cell.replace(/\\n/g, "\n")),
      });
    }
  }
  return { sheets, rows };
};

const read = async (file: string) => {
  const result = await readXlsx(file);
  if (!result.ok) throw new Error(result.problem.message.zh);
  return result;
};

describe("the Shanghai template workbooks, cell for cell against their dumps", () => {
  for (const [name, count] of [
    ["department_budget_template", 17],
    ["unit_budget_template", 16],
  ] as const) {
    it(`${name}: every sheet, and every non-empty row with the same cells`, async () => {
      const { document, sheets } = await read(join(FIXTURES, `${name}.xlsx`));
      const dump = dumpRows(name);
      expect(sheets).toHaveLength(count);
      expect(sheets).toEqual(dump.sheets);
      expect(document.cells).toBe("grid");
      const lines = document.lines.map((l) => ({ sheet: l.sheet, row: l.line, cells: l.cells.map((c) => c.text) }));
      expect(lines).toEqual(dump.rows);
      for (const line of document.lines) {
        expect(line.page).toBe(sheets.indexOf(line.sheet ?? "") + 1);
        line.cells.forEach((cell, index) => expect([cell.x0, cell.x1]).toEqual([index, index]));
        expect(line.text).toBe(
          line.cells
            .map((c) => c.text)
            .filter((t) => t !== "")
            .join(" "),
        );
      }
    });
  }

  it("names the department workbook's sheets in order", async () => {
    const { sheets } = await read(join(FIXTURES, "department_budget_template.xlsx"));
    expect(sheets.slice(0, 6)).toEqual(["封面", "目录", "部门主要职能", "部门机构设置", "名词解释", "部门编制说明"]);
    expect(sheets.at(-1)).toBe("项目经费情况说明");
  });

  it("keeps a merged range's value in its top-left cell only", async () => {
    // 封面 A3:M3 is merged: exceljs repeats the title in all 13 cells; the sheet shows it once.
    const { document } = await read(join(FIXTURES, "department_budget_template.xlsx"));
    const title = document.lines.find((l) => l.sheet === "封面" && l.line === 3);
    expect(title?.cells.map((c) => c.text)).toEqual(["上海市普陀区2026年区级部门预算"]);
    expect(document.lines.some((l) => l.sheet === "封面" && l.line === 18)).toBe(false);
  });

  it("reads the renamed-sheet copy the table reader's tests will use", async () => {
    const original = await read(join(FIXTURES, "department_budget_template.xlsx"));
    const renamed = await read(join(FIXTURES, "department_budget_template-renamed-sheet.xlsx"));
    expect(renamed.sheets).toEqual(original.sheets.map((s) => (s === "部门收入总表" ? "收入总表" : s)));
    const cellsOf = (r: typeof original) => r.document.lines.map((l) => [l.page, l.line, l.cells.map((c) => c.text)]);
    expect(cellsOf(renamed)).toEqual(cellsOf(original));
  });
});

describe("what a cell shows", () => {
  it("formats numbers with their number format, as Excel displays them", () => {
    expect(formatNumber(1234, "#,##0.00")).toBe("1,234.00");
    expect(formatNumber(7267.805, "#,##0.00")).toBe("7,267.81");
    expect(formatNumber(1.005, "0.00")).toBe("1.01");
    expect(formatNumber(-1500.5, "#,##0.00")).toBe("-1,500.50");
    expect(formatNumber(-1500.5, "#,##0.00;[Red](#,##0.00)")).toBe("(1,500.50)");
    expect(formatNumber(2, "00")).toBe("02");
    expect(formatNumber(0.125, "0.0%")).toBe("12.5%");
    expect(formatNumber(3.5, '0.00"元"')).toBe("3.50元");
    expect(formatNumber(1234567, "#,##0,")).toBe("1,235");
    expect(formatNumber(0.1 + 0.2, "General")).toBe("0.3");
    expect(formatNumber(189767600, undefined)).toBe("189767600");
    expect(formatNumber(0, "#,##0.00")).toBe("0.00");
    expect(formatNumber(-0.001, "0.00")).toBe("0.00");
  });

  it("reads merged ranges, rich text, formulas, hyperlinks, dates and errors as displayed", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表一");
    sheet.getCell("A1").value = "2026年部门收入预算总表";
    sheet.mergeCells("A1:C1");
    sheet.getCell("A2").value = { richText: [{ text: "项目" }, { text: "（万元）", font: { bold: true } }] };
    sheet.getCell("C2").value = 1234;
    sheet.getCell("C2").numFmt = "#,##0.00";
    sheet.getCell("D2").value = { formula: "C2*2", result: 2468 };
    sheet.getCell("D2").numFmt = "#,##0.00";
    sheet.getCell("A4").value = { text: "链接", hyperlink: "https://example.invalid/" };
    sheet.getCell("B4").value = new Date(Date.UTC(2026, 1, 28));
    sheet.getCell("C4").value = { error: "#DIV/0!" };
    workbook.addWorksheet("空表");
    const file = join(temp, "cells.xlsx");
    await workbook.xlsx.writeFile(file);
    const { document, sheets } = await read(file);
    expect(sheets).toEqual(["表一", "空表"]);
    expect(document.lines.map((l) => [l.page, l.line, l.cells.map((c) => c.text)])).toEqual([
      [1, 1, ["2026年部门收入预算总表"]],
      [1, 2, ["项目（万元）", "", "1,234.00", "2,468.00"]],
      [1, 4, ["链接", "2026-02-28", "#DIV/0!"]],
    ]);
    expect(document.lines[1]?.text).toBe("项目（万元） 1,234.00 2,468.00");
  });
});

describe("workbooks that cannot be read get a message, not an exception", () => {
  const problem = async (file: string) => {
    const result = await readXlsx(file);
    if (result.ok) throw new Error("read");
    return result.problem;
  };

  it("a password-protected workbook", async () => {
    const p = await problem(join(FIXTURES, "password-protected.xlsx"));
    expect(p.code).toBe("encrypted");
    expect(p.message.zh).toMatch(/打开密码/);
    expect(p.message.en).toMatch(/password/);
  });

  it("a damaged (cut-off) workbook, and a file that is not one", async () => {
    const cut = join(temp, "cut.xlsx");
    writeFileSync(cut, readFileSync(join(FIXTURES, "unit_budget_template.xlsx")).subarray(0, 30_000));
    expect((await problem(cut)).code).toBe("corrupt");
    const pdf = await problem(publishedPdf("putuo-wanli-2025"));
    expect(pdf.code).toBe("not-xlsx");
    expect(pdf.message.zh).toMatch(/不是 Excel 工作簿/);
    const text = join(temp, "table.xlsx");
    writeFileSync(text, "收支,项目,预算\n");
    expect((await problem(text)).code).toBe("not-xlsx");
  });

  it("an old .xls, an empty file, a missing file", async () => {
    const xls = join(temp, "old.xls");
    writeFileSync(xls, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
    expect((await problem(xls)).message.zh).toMatch(/另存为“Excel 工作簿（\*\.xlsx）”/);
    const empty = join(temp, "empty.xlsx");
    writeFileSync(empty, "");
    expect((await problem(empty)).code).toBe("empty-file");
    expect((await problem(join(temp, "nowhere.xlsx"))).message.en).toMatch(/^No such file/);
  });

  it("a workbook with nothing in it", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("B2").numFmt = "0.00";
    const file = join(temp, "blank.xlsx");
    await workbook.xlsx.writeFile(file);
    const p = await problem(file);
    expect(p.code).toBe("empty-workbook");
    expect(p.message.zh).toMatch(/没有任何内容（1 张工作表都是空的）/);
  });
});
