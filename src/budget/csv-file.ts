/**
 * Reading a CSV file as staff save it: UTF-8 with or without BOM, CRLF or LF, or GBK from
 * Excel on Chinese Windows. Returns raw string rows with their physical line numbers, and
 * findings for anything that could not be read cleanly; it never throws on bad content.
 */
import Papa from "papaparse";
import type { Finding } from "./findings";
import { finding, RULES } from "./data-rules";

export interface RawRow {
  /** 1-based line where the row starts (a quoted cell may span lines). */
  line: number;
  cells: string[];
}

export interface RawCsv {
  header: RawRow | undefined;
  rows: RawRow[];
  findings: Finding[];
}

export interface DecodedText {
  text: string;
  findings: Finding[];
}

/** Decode bytes: BOM-marked or valid UTF-8 as is; otherwise GBK, with a warning. */
export const decodeText = (bytes: Uint8Array, file: string): DecodedText => {
  try {
    // `fatal` makes invalid UTF-8 throw instead of turning into U+FFFD, so GBK is detected.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, findings: [] };
  } catch {
    try {
      const text = new TextDecoder("gbk", { fatal: true }).decode(bytes);
      return { text, findings: [finding(RULES.gbkEncoding, { file })] };
    } catch {
      return { text: "", findings: [finding(RULES.badEncoding, { file })] };
    }
  }
};

/** Line number (1-based) of a character offset; CRLF and LF both count as one line break. */
const lineAt = (lineStarts: readonly number[], offset: number): number => {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
};

const lineStartsOf = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
};

/** Surrounding spaces are never meaningful in a cell; line breaks inside one become "\n". */
const normaliseCell = (cell: string): string => cell.replace(/\r\n?/g, "\n").trim();

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === "");

export const parseCsvText = (text: string, file: string): RawCsv => {
  const findings: Finding[] = [];
  const lineStarts = lineStartsOf(text);
  const rows: RawRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    step: (result) => {
      const cells = result.data;
      // Skip the leading line breaks papaparse leaves at the start offset of a row.
      let start = rowStart;
      while (text[start] === "\r" || text[start] === "\n") start++;
      const line = lineAt(lineStarts, start);
      rowStart = result.meta.cursor;
      // MissingQuotes: a quote is never closed. InvalidQuotes: a stray quote further down closed
      // it, so the lines in between were swallowed just the same (silently, inside a text cell).
      if (result.errors.some((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes")) {
        // The following lines have been swallowed into one cell: report it once, keep nothing.
        findings.push(finding(RULES.unclosedQuote, { file, line }));
        return;
      }
      // Excel writes lines of bare commas for rows that were touched and cleared.
      if (!isBlank(cells)) rows.push({ line, cells: cells.map(normaliseCell) });
    },
  });
  const [header, ...dataRows] = rows;
  return { header, rows: dataRows, findings };
};

export const readCsv = (bytes: Uint8Array, file: string): RawCsv => {
  const decoded = decodeText(bytes, file);
  if (decoded.findings.some((f) => f.severity === "error")) {
    return { header: undefined, rows: [], findings: decoded.findings };
  }
  const parsed = parseCsvText(decoded.text, file);
  if (!parsed.header) parsed.findings.push(finding(RULES.emptyFile, { file }));
  return { ...parsed, findings: [...decoded.findings, ...parsed.findings] };
};
