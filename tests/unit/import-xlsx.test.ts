/**
 * Importing the Shanghai template workbook. Blank templates (as shipped) give no folder and say
 * why; a template filled with a real document's figures — the template's own sheets, titles and
 * header rows, data rows written as staff would (numbers as numbers with a thousands format,
 * codes as text, 合计 in the merged first cell) — imports to the hand-checked folder byte for byte.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatImportNote, importDocument, SHANGHAI_BUDGET, type TableSpec } from "../../src/budget";
import { readSource } from "../../src/import/read-source";
import { REPO_ROOT } from "../helpers/seed-copy";

const FIXTURES = join(REPO_ROOT, "tests", "fixtures", "import");

const importFile = async (file: string) => {
  const source = await readSource(file);
  if (!source.ok) throw new Error(source.message.en);
  return importDocument(source.document);
};

describe("blank template workbooks", () => {
  it.each([
    "department_budget_template.xlsx",
    "unit_budget_template.xlsx",
    "department_budget_template-renamed-sheet.xlsx",
  ])("%s: the nine tables are found, nothing is written, the report says it is blank", async (file) => {
    const result = await importFile(join(FIXTURES, file));
    expect(result.profile?.id).toBe("shanghai-budget");
    expect(result.year).toBe(2026);
    expect(result.files.size).toBe(0);
    const text = result.notes.map((note) => formatImportNote(note, "zh")).join("\n");
    expect(text).toContain("这是一份空白模板");
    expect(text).toContain("“三公”经费和机关运行经费预算表");
  });

  it("a password-protected workbook is refused with a message, not a crash", async () => {
    const source = await readSource(join(FIXTURES, "password-protected.xlsx"));
    expect(source.ok).toBe(false);
    if (!source.ok) expect(source.message.zh).toContain("密码");
  });
});

const csvRows = async (folder: string, spec: TableSpec): Promise<string[][]> =>
  Papa.parse<string[]>((await readFile(join(folder, spec.file), "utf8")).trim()).data.slice(1);

/** A printed amount as a number cell with the format that prints it the same way. */
const setAmount = (cell: ExcelJS.Cell, printed: string): void => {
  if (printed === "") return;
  cell.value = Number(printed.replaceAll(",", ""));
  const decimals = printed.split(".")[1]?.length ?? 0;
  const grouped = printed.includes(",") || Number(printed.replaceAll(",", "")) < 1000;
  const numFmt =
    grouped && (printed.includes(",") || decimals > 0)
      ? `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`
      : "General";
  // A template shares one style object among many cells: give this cell its own.
  cell.style = { ...cell.style, numFmt };
};

/** The template's header rows for a table: every row above the first one with data in it. */
const headerEnd = (sheet: ExcelJS.Worksheet, spec: TableSpec): number => {
  if (spec.model === "record") return sheet.actualRowCount;
  for (let row = 1; row <= sheet.rowCount; row++) {
    const first = String(sheet.getCell(row, 1).text ?? "");
    if (/^\d{3}$/.test(first) || /^一、/.test(first)) return row - 1;
  }
  throw new Error(`no data row in ${sheet.name}`);
};

/** Fills the department template with a hand-checked folder's tables, as staff would. */
const fillTemplate = async (folder: string, out: string): Promise<void> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(FIXTURES, "department_budget_template.xlsx"));
  // The cover and every title carry the year: staff change 2026 to the document's year.
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") cell.value = cell.value.replaceAll("2026年", "2025年");
      }),
    ),
  );
  for (const spec of SHANGHAI_BUDGET.tables.filter((table) => table.number !== undefined)) {
    const sheet = workbook.worksheets.find((candidate) =>
      String(candidate.getCell(2, 1).text).endsWith(spec.title.zh),
    )!;
    const end = headerEnd(sheet, spec);
    // Clear the template's example rows and their merged cells before writing the real ones.
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    for (const range of merges) {
      if (Number(/\d+/.exec(range)![0]) > end) sheet.unMergeCells(range);
    }
    for (let row = end + 1; row <= sheet.rowCount; row++) {
      sheet.getRow(row).eachCell({ includeEmpty: true }, (cell) => {
        cell.value = null;
      });
    }
    const rows = await csvRows(folder, spec);
    const columns = spec.columns;
    const write = (row: number, cells: readonly (string | { amount: string })[]): void => {
      cells.forEach((value, index) => {
        const cell = sheet.getCell(row, index + 1);
        if (typeof value === "string") cell.value = value === "" ? null : value;
        else setAmount(cell, value.amount);
      });
    };
    if (spec.model === "twoSided") {
      const printed = (side: string) => rows.filter((row) => row[0] === side);
      const income = printed("收入");
      const expenditure = printed("支出");
      const amountsOf = (row: string[], side: "income" | "expenditure") =>
        columns
          .map((column, index) => ({ column, value: row[index] ?? "" }))
          .filter(({ column }) => column.type === "money" && (column.side === undefined || column.side === side))
          .filter(({ column }) => !column.optional)
          .map(({ value }) => ({ amount: value }));
      const lines = Math.max(income.length, expenditure.length) - 1;
      for (let i = 0; i < lines; i++) {
        const left =
          income[i] && i < income.length - 1
            ? [income[i]![1]!, ...amountsOf(income[i]!, "income")]
            : ["", { amount: "" }];
        const right =
          expenditure[i] && i < expenditure.length - 1
            ? [expenditure[i]![1]!, ...amountsOf(expenditure[i]!, "expenditure")]
            : [];
        write(end + 1 + i, [...left, ...right]);
      }
      const lastIncome = income[income.length - 1]!;
      const lastExpenditure = expenditure[expenditure.length - 1]!;
      write(end + 1 + lines, [
        lastIncome[1]!,
        ...amountsOf(lastIncome, "income"),
        lastExpenditure[1]!,
        ...amountsOf(lastExpenditure, "expenditure"),
      ]);
    } else {
      rows.forEach((row, i) => {
        const cells = columns.map((column, index) =>
          column.type === "money" ? { amount: row[index] ?? "" } : (row[index] ?? ""),
        );
        // The template merges the 合计 row's code and name cells: 合计 is written in the first.
        const nameIndex = columns.findIndex((column) => column.type === "text");
        if (cells[nameIndex] === "合计" && cells.slice(0, nameIndex).every((cell) => cell === "")) {
          cells[0] = "合计";
          cells[nameIndex] = "";
        }
        write(end + 1 + i, cells);
      });
    }
    const nameRow = spec.model === "record" ? 3 : 4;
    sheet.getCell(nameRow, 1).value = "编制部门：上海市普陀区人民政府万里街道办事处";
  }
  await workbook.xlsx.writeFile(out);
};

describe("a template filled with putuo-wanli-2025's figures", async () => {
  const folder = join(REPO_ROOT, "data", "2025", "putuo-wanli");
  const file = join(await mkdtemp(join(tmpdir(), "import-xlsx-")), "wanli-2025.xlsx");
  await fillTemplate(folder, file);
  const result = await importFile(file);

  it("detects the profile, the year and the department from the sheets", () => {
    expect([result.profile?.id, result.year, result.department]).toEqual([
      "shanghai-budget",
      2025,
      "上海市普陀区人民政府万里街道办事处",
    ]);
  });

  it.each(SHANGHAI_BUDGET.tables.map((spec) => spec.file))("%s is byte-identical to the folder", async (table) => {
    expect(result.files.get(table)).toBe(await readFile(join(folder, table), "utf8"));
  });
});
