/**
 * Reading a CSV file as staff save it: UTF-8 with or without BOM, CRLF, LF or CR line ends (even
 * mixed in one file), or GBK from Excel on Chinese Windows. Returns raw string rows with their
 * physical line numbers, and findings for anything that could not be read cleanly; it never throws
 * on bad content. Files saved the wrong way (UTF-16 "Unicode 文本", semicolon- or tab-delimited,
 * a `sep=` line, decimal commas) get one finding that says how to save them, not a cascade of
 * header errors; invisible characters and formula-looking cells are reported where they are.
 */
import Papa from "papaparse";
import type { Finding } from "./findings";
import { finding, RULES } from "./data-rules";
import type { Bilingual } from "./i18n-text";

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

/**
 * UTF-16, as Excel's “Unicode 文本” writes it: a byte-order mark FF FE or FE FF, or (without one)
 * NUL bytes (at least one byte in twenty) nearly all on the same side of their pairs, as every
 * ASCII character of a UTF-16 text has and no UTF-8 or GBK text does.
 */
const isUtf16 = (bytes: Uint8Array): boolean => {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  if (bytes.length % 2 !== 0) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const zeros = even + odd;
  // A CJK character of a code point ending 00 puts a NUL on the other side: one in 256 of them.
  return zeros >= Math.max(2, 0.05 * bytes.length) && Math.min(even, odd) <= 0.1 * zeros;
};

/** Decode bytes: BOM-marked or valid UTF-8 as is; otherwise GBK, with a warning; UTF-16 is refused. */
export const decodeText = (bytes: Uint8Array, file: string): DecodedText => {
  if (isUtf16(bytes)) return { text: "", findings: [finding(RULES.utf16Encoding, { file })] };
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

/**
 * Characters a reader cannot see that change how text compares, sorts or reads: C0 and C1 control
 * characters other than tab and line breaks, zero-width characters, bidirectional controls, and
 * U+FEFF anywhere but as the byte-order mark the decoder has already removed.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

const INVISIBLE_NAMES: ReadonlyArray<[from: number, to: number, name: Bilingual]> = [
  [0x0000, 0x0000, { zh: "空字符 NUL", en: "NUL" }],
  [0x200b, 0x200b, { zh: "零宽空格", en: "zero width space" }],
  [0x200c, 0x200c, { zh: "零宽非连接符", en: "zero width non-joiner" }],
  [0x200d, 0x200d, { zh: "零宽连接符", en: "zero width joiner" }],
  [0x200e, 0x200f, { zh: "文字方向标记", en: "directional mark" }],
  [0x061c, 0x061c, { zh: "文字方向标记", en: "directional mark" }],
  [0x2028, 0x2029, { zh: "行或段落分隔符", en: "line or paragraph separator" }],
  [0x202a, 0x202e, { zh: "文字方向控制符", en: "bidirectional control" }],
  [0x2060, 0x2060, { zh: "零宽词连接符", en: "word joiner" }],
  [0x2061, 0x2064, { zh: "不可见运算符", en: "invisible operator" }],
  [0x2066, 0x2069, { zh: "文字方向隔离符", en: "bidirectional isolate" }],
  [0xfeff, 0xfeff, { zh: "零宽不换行空格（字节顺序标记）", en: "zero width no-break space (byte order mark)" }],
];
const CONTROL_NAME: Bilingual = { zh: "控制字符", en: "control character" };

const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The invisible characters of a text, as a finding's parameters ("U+200B", "零宽空格"), if any. */
export const invisibleIn = (text: string): { characters: string; names: Bilingual } | undefined => {
  const found = [...new Set(text.match(INVISIBLE) ?? [])];
  if (found.length === 0) return undefined;
  const names = [
    ...new Set(
      found.map((c) => {
        const n = c.codePointAt(0) ?? 0;
        return INVISIBLE_NAMES.find(([from, to]) => n >= from && n <= to)?.[2] ?? CONTROL_NAME;
      }),
    ),
  ];
  return {
    characters: found.map(codePoint).join(found.length > 1 ? "、" : ""),
    names: { zh: names.map((n) => n.zh).join("、"), en: names.map((n) => n.en).join(", ") },
  };
};

/** Offsets of invisible characters in a text, for locating them by line. */
export const invisibleOffsets = (text: string): number[] => [...text.matchAll(INVISIBLE)].map((m) => m.index);

/** A number as a spreadsheet reads it ("-1,234.56", "+5"): signed, but not a formula. */
const PLAIN_NUMBER = /^[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell Excel or WPS would run as a formula when it opens a CSV: one starting with = + - @ (or a
 * tab or carriage return), unless it is a plain number or only dashes (a printed “-” for nothing).
 */
const looksLikeFormula = (cell: string): boolean =>
  FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) && !/^-+$/.test(cell);

/** The cell as a spreadsheet shows it, never runs it: a formula-looking cell gets a leading '. */
export const neutraliseFormula = (cell: string): string => (looksLikeFormula(cell) ? `'${cell}` : cell);

/** "1234,56", "0,5", "1.234,56": a comma as the decimal mark (never valid thousands grouping). */
const DECIMAL_COMMA = /^-?(?:\d+|\d{1,3}(?:\.\d{3})+),\d{1,2}$/;

/** Line number (1-based) of a character offset in text whose line breaks are all "\n". */
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

/** Excel's `sep=,` first line, which declares the delimiter for Excel and is not the header. */
const SEP_LINE = /^sep=.?[ \t]*$/i;

const DELIMITERS: ReadonlyArray<[string, Bilingual]> = [
  [";", { zh: "分号（;）", en: "semicolons (;)" }],
  ["\t", { zh: "制表符（Tab）", en: "tabs" }],
  ["|", { zh: "竖线（|）", en: "vertical bars (|)" }],
];

/**
 * The delimiter a file uses instead of commas, told from its header: column names never hold a
 * comma, so a header read as one cell that holds semicolons or tabs was split with another one.
 */
const wrongDelimiter = (header: RawRow): Bilingual | undefined => {
  const filled = header.cells.filter((c) => c !== "");
  if (filled.length !== 1) return undefined;
  const cell = filled[0] ?? "";
  const counted = DELIMITERS.map(([d, name]) => [cell.split(d).length - 1, name] as const).sort((a, b) => b[0] - a[0]);
  const [count, name] = counted[0] ?? [0, undefined];
  return count > 0 ? name : undefined;
};

const parseCsvText = (raw: string, file: string): RawCsv => {
  const findings: Finding[] = [];
  // One kind of line break, so papaparse (which guesses the line break once, from the first
  // one) splits every line, and lines are counted alike whether a file ends them CRLF, LF or CR.
  let text = raw.replace(/\r\n?/g, "\n");
  const firstBreak = text.indexOf("\n");
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  if (SEP_LINE.test(firstLine.trim())) {
    findings.push(finding(RULES.sepLine, { file, line: 1, value: firstLine.trim() }));
    // Blank it rather than cut it, so every other line keeps its number.
    text = text.slice(firstLine.length);
  }
  const lineStarts = lineStartsOf(text);
  const rows: RawRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\n",
    step: (result) => {
      const cells = result.data;
      // Skip the leading line breaks papaparse leaves at the start offset of a row.
      let start = rowStart;
      while (text[start] === "\n") start++;
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
  if (header) {
    const delimiter = wrongDelimiter(header);
    if (delimiter) {
      // Every line is one cell: nothing further can be read, and header errors would only mislead.
      findings.push(finding(RULES.wrongDelimiter, { file, line: header.line }, { delimiter }));
      return { header: undefined, rows: [], findings };
    }
  }
  return { header, rows: dataRows, findings };
};

/** What the reader knows of the table's columns, by header: which are amounts, which free text. */
export interface CsvColumns {
  columns?: readonly { header: string; type: string }[];
}

/** Invisible characters in any cell; formulas in text cells; decimal commas in amount cells. */
const cellFindings = (csv: RawCsv, file: string, known: CsvColumns["columns"]): Finding[] => {
  const header = csv.header;
  if (!header) return [];
  const typeOf = (index: number): string | undefined =>
    known?.find((c) => c.header === header.cells[index])?.type ?? (known ? "unknown" : undefined);
  const findings: Finding[] = [];
  for (const row of [header, ...csv.rows]) {
    row.cells.forEach((cell, index) => {
      if (cell === "") return;
      const column = row === header ? cell : header.cells[index];
      const where = { file, line: row.line, ...(column ? { column } : {}), value: cell };
      const invisible = invisibleIn(cell);
      if (invisible) findings.push(finding(RULES.invisibleCharacter, where, invisible));
      if (row === header) return;
      const type = typeOf(index);
      if (type === "money") {
        if (DECIMAL_COMMA.test(cell)) findings.push(finding(RULES.amountDecimalComma, where));
      } else if ((type === undefined || type === "text") && looksLikeFormula(cell)) {
        findings.push(finding(RULES.cellFormula, where));
      }
    });
  }
  return findings;
};

/**
 * Read a CSV file. With the table's `columns`, amounts are checked for decimal commas and only
 * text columns for formulas; without them, every cell that is not a number is checked for formulas.
 */
export const readCsv = (bytes: Uint8Array, file: string, { columns }: CsvColumns = {}): RawCsv => {
  const decoded = decodeText(bytes, file);
  if (decoded.findings.some((f) => f.severity === "error")) {
    return { header: undefined, rows: [], findings: decoded.findings };
  }
  const parsed = parseCsvText(decoded.text, file);
  if (!parsed.header && !parsed.findings.some((f) => f.rule === RULES.wrongDelimiter.id)) {
    parsed.findings.push(finding(RULES.emptyFile, { file }));
  }
  return { ...parsed, findings: [...decoded.findings, ...parsed.findings, ...cellFindings(parsed, file, columns)] };
};

/** Findings about an amount that a decimal comma explains: the same cell's finding says it better. */
const EXPLAINED_BY_DECIMAL_COMMA = new Set(["amount.bad-grouping", "amount.not-a-number", "amount.too-many-decimals"]);

/** Drop the table loader's reading of a cell a decimal-comma finding already reports (one mistake, one finding). */
export const withoutDecimalCommaEchoes = (findings: readonly Finding[]): Finding[] => {
  const cells = new Set(
    findings.filter((f) => f.rule === RULES.amountDecimalComma.id).map((f) => `${f.file}|${f.line}|${f.column}`),
  );
  return cells.size === 0
    ? [...findings]
    : findings.filter((f) => !(EXPLAINED_BY_DECIMAL_COMMA.has(f.rule) && cells.has(`${f.file}|${f.line}|${f.column}`)));
};
