/**
 * Reads a workbook (.xlsx, the Shanghai template staff fill in) into the import source model:
 * one SourceLine per non-empty row of every sheet, `cells: "grid"` (the n-th cell is the n-th
 * column, A = 0; blank cells kept between, trailing blanks dropped), `sheet` the sheet's name,
 * `page` its position in the workbook (1-based), `line` the row number.
 *
 * exceljs (maintained, pure JavaScript) parses the file, so this works on a staff member's Windows
 * PC as here. Each cell gives the text a reader of the sheet sees:
 * - a merged range's value sits in its top-left cell; the other cells of the range are blank, as
 *   a grid position that prints nothing (exceljs repeats the value in every cell of the range);
 * - rich text is its runs' text joined; a hyperlink its text; a formula its cached result (what
 *   Excel last displayed; a workbook saved by Excel or WPS always has one), an error its code;
 * - a number is formatted with the cell's number format as Excel displays it ("#,##0.00" gives
 *   1,234.00, "00" gives 02, "0.0%" gives 12.5%), because the table reader parses printed amounts
 *   and codes exactly as a PDF prints them; "General" gives the shortest decimal up to 15
 *   significant digits (Excel's own precision), so 0.1 + 0.2 reads 0.3;
 * - a date is YYYY-MM-DD.
 * Whatever cannot be read — not a workbook, a damaged one, a password-protected one, an old .xls,
 * one with nothing in it — comes back as a problem with a Chinese and an English message naming the
 * file and what to do, never as a thrown error.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { bi, type Bilingual, type SourceCell, type SourceDocument, type SourceLine } from "../budget";

export type XlsxProblemCode =
  | "file-missing"
  | "file-unreadable"
  | "empty-file"
  | "not-xlsx"
  | "old-xls"
  | "encrypted"
  | "corrupt"
  | "empty-workbook";

export interface XlsxProblem {
  code: XlsxProblemCode;
  message: Bilingual;
}

export type XlsxReadResult =
  | {
      ok: true;
      document: SourceDocument;
      /** Every sheet's name, in workbook order (a sheet's page number is its index + 1). */
      sheets: string[];
    }
  | { ok: false; problem: XlsxProblem };

const fail = (code: XlsxProblemCode, zh: string, en: string): XlsxReadResult => ({
  ok: false,
  problem: { code, message: bi(zh, en) },
});

/** A zip archive (every .xlsx is one) starts with a local file header, "PK\x03\x04". */
const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** An OLE compound file: an old .xls, or (holding an EncryptedPackage) a password-protected .xlsx. */
const isCompoundFile = (bytes: Uint8Array): boolean =>
  bytes.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);

/** Office stores an encrypted workbook as a compound file with a stream named EncryptedPackage. */
const ENCRYPTED_PACKAGE = new Uint8Array([..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]));

const contains = (bytes: Uint8Array, needle: Uint8Array): boolean => {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/**
 * Half-up rounding of a decimal string to `decimals` places. Works on the digits, since
 * Number.toFixed rounds the binary value (1.005 → "1.00") where Excel displays 1.01.
 */
const roundDecimal = (text: string, decimals: number): string => {
  const [whole = "0", fraction = ""] = text.split(".");
  const digits = `${whole}${fraction.padEnd(decimals + 1, "0")}`.slice(0, whole.length + decimals + 1);
  let kept = BigInt(digits.slice(0, -1) || "0");
  if (Number(digits.slice(-1)) >= 5) kept += 1n;
  const all = kept.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? all : `${all.slice(0, -decimals)}.${all.slice(-decimals)}`;
};

/** The plain decimal form of a number's absolute value to 15 significant digits, no exponent. */
const plainDecimal = (value: number): string => {
  const precise = Math.abs(Number(value.toPrecision(15)));
  if (!/e/i.test(String(precise))) return String(precise);
  // Exponent forms (1e-7, 1.5e21): toFixed gives the plain digits for the range Excel shows.
  return precise < 1 ? precise.toFixed(20).replace(/0+$/, "").replace(/\.$/, "") : precise.toFixed(0);
};

const groupThousands = (whole: string): string => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * One section of a number format ("#,##0.00", "0.0%", "00", "[Red]-#,##0.00", "0.00\"元\""): its
 * literal text around one numeric placeholder run. Colours, conditions, padding (_x) and fill (*x)
 * print nothing; quoted text and \x escapes print as they are.
 */
const formatWith = (section: string, value: number): string | undefined => {
  const cleaned = section
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  const literal = (s: string): string =>
    s.replace(/"([^"]*)"|\\(.)/g, (_, quoted?: string, escaped?: string) => quoted ?? escaped ?? "");
  const m = /[0#?][0#?,]*(?:\.[0#?]*)?|\.[0#?]+/.exec(cleaned.replace(/"[^"]*"|\\./g, (s) => " ".repeat(s.length)));
  if (!m) return undefined;
  const prefix = literal(cleaned.slice(0, m.index));
  const suffix = literal(cleaned.slice(m.index + m[0].length));
  const [intPart = "", fracPart = ""] = m[0].split(".");
  const percent = suffix.includes("%") || prefix.includes("%");
  // Commas after the last digit placeholder scale by 1,000 each; commas inside group thousands.
  const scaleCommas = /,+$/.exec(intPart)?.[0].length ?? 0;
  const grouped = intPart.slice(0, intPart.length - scaleCommas).includes(",");
  const decimals = fracPart.replace(/[^0#?]/g, "").length;
  const minDecimals = fracPart.replace(/[^0]/g, "").length;
  const minWhole = intPart.replace(/[^0]/g, "").length;
  let scaled = Math.abs(value) * (percent ? 100 : 1);
  if (scaleCommas > 0) scaled /= 1000 ** scaleCommas;
  const rounded = roundDecimal(plainDecimal(scaled), decimals);
  let [whole = "0", fraction = ""] = rounded.split(".");
  // Optional decimal places (#) drop trailing zeros down to the required (0) ones.
  while (fraction.length > minDecimals && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  whole = whole.replace(/^0+/, "").padStart(minWhole, "0");
  if (grouped) whole = groupThousands(whole);
  const number = fraction ? `${whole}.${fraction}` : whole;
  return `${prefix}${number}${suffix}`;
};

/** A number as Excel displays it with `format` (see the module comment). */
export const formatNumber = (value: number, format: string | undefined): string => {
  const sections = (format ?? "").split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const general = (): string => `${value < 0 ? "-" : ""}${plainDecimal(value)}`;
  const first = sections[0] ?? "";
  if (first === "" || /^general$/i.test(first) || first === "@") return general();
  // A second section is the negative format and prints its own sign (or brackets).
  const negative = value < 0 && sections[1] !== undefined && sections[1] !== "";
  const shown = formatWith(negative ? (sections[1] ?? "") : first, value);
  if (shown === undefined) return general();
  return value < 0 && !negative && /[1-9]/.test(shown) ? `-${shown}` : shown;
};

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The text a cell shows, as the module comment says. */
const cellText = (cell: ExcelJS.Cell): string => {
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  const show = (value: unknown): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return formatNumber(value, cell.numFmt);
    if (typeof value === "string") return value;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (value instanceof Date) return isoDate(value);
    if (typeof value === "object") {
      const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
      if (v.richText) return v.richText.map((run) => run.text).join("");
      if ("formula" in v || "sharedFormula" in v) return show(v.result);
      if (v.error !== undefined) return v.error;
      if (v.text !== undefined) return show(v.text);
    }
    return String(value);
  };
  return show(cell.value);
};

const linesOfSheet = (sheet: ExcelJS.Worksheet, page: number): SourceLine[] => {
  const lines: SourceLine[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const texts: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      texts[column - 1] = cellText(cell);
    });
    const filled = Array.from(texts, (t) => t ?? "");
    while (filled.length > 0 && filled[filled.length - 1] === "") filled.pop();
    // A row with only the blank parts of merged ranges, or only styled empty cells, prints nothing.
    if (filled.length === 0) return;
    const cells: SourceCell[] = filled.map((text, index) => ({ text, x0: index, x1: index }));
    lines.push({
      page,
      line: rowNumber,
      text: filled.filter((t) => t !== "").join(" "),
      cells,
      sheet: sheet.name,
    });
  });
  return lines;
};

export const readXlsx = async (file: string): Promise<XlsxReadResult> => {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? fail("file-missing", `找不到文件：${file}`, `No such file: ${file}`)
      : fail(
          "file-unreadable",
          `无法读取文件 ${file}（${code ?? "未知原因"}）：如果它正在 Excel/WPS 中打开，请先关闭。`,
          `Cannot read ${file} (${code ?? "unknown"}); close it in Excel/WPS if it is open.`,
        );
  }
  if (bytes.length === 0) {
    return fail(
      "empty-file",
      `${file}：文件是空的（0 字节）。请重新下载或从预算系统重新导出工作簿。`,
      `${file}: the file is empty (0 bytes). Download or export the workbook again.`,
    );
  }
  if (isCompoundFile(bytes)) {
    return contains(bytes, ENCRYPTED_PACKAGE)
      ? fail(
          "encrypted",
          `${file}：工作簿设有打开密码，无法读取。请在 Excel/WPS 中用密码打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码后另存，再导入。`,
          `${file}: the workbook has a password to open it and cannot be read. Open it in Excel/WPS with the password, remove it (File → Info → Protect Workbook → Encrypt with Password), save, and import that.`,
        )
      : fail(
          "old-xls",
          `${file}：这是旧版 Excel 97-2003 工作簿（.xls），不能直接读取。请在 Excel/WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后再导入。`,
          `${file}: this is an old Excel 97-2003 workbook (.xls). Open it in Excel/WPS, save it as “Excel Workbook (*.xlsx)” and import that.`,
        );
  }
  if (!isZip(bytes)) {
    return fail(
      "not-xlsx",
      `${file}：不是 Excel 工作簿（.xlsx）。请导入预算系统导出的 .xlsx 文件、PDF 或复制出的文本。`,
      `${file}: this is not an Excel workbook (.xlsx). Import the .xlsx the budget system exports, the PDF or its copied text.`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; Node's Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").slice(0, 120);
    return fail(
      "corrupt",
      `${file}：工作簿已损坏，无法读取（${reason}）。请重新下载，或在 Excel/WPS 中打开后另存为 .xlsx 再导入。`,
      `${file}: the workbook is damaged and cannot be read (${reason}). Download it again, or open it in Excel/WPS, save it as .xlsx and import that.`,
    );
  }
  const sheets = workbook.worksheets;
  const lines = sheets.flatMap((sheet, index) => linesOfSheet(sheet, index + 1));
  if (lines.length === 0) {
    return fail(
      "empty-workbook",
      `${file}：工作簿中没有任何内容（${sheets.length} 张工作表都是空的）。请确认选对了文件。`,
      `${file}: the workbook has nothing in it (all ${sheets.length} sheet(s) are empty). Check that this is the right file.`,
    );
  }
  return { ok: true, document: { file, cells: "grid", lines }, sheets: sheets.map((s) => s.name) };
};
