/**
 * Reads a published budget PDF into the import source model: every text item of every page,
 * grouped into lines by baseline and into cells by the gaps between them (`cells: "layout"`).
 *
 * pdfjs-dist (Mozilla's, pure JavaScript) does the PDF parsing, so this works the same on a staff
 * member's Windows PC as here. Nothing is dropped: every non-blank text item ends up in exactly one
 * cell. Whitespace-only items are not text but gaps (pdfjs emits them between runs, often with a
 * meaningless width), so they only separate. Whatever goes wrong — a missing file, a scan without
 * a text layer, a password, a cut-off download, a file that is not a PDF — comes back as a problem
 * with a Chinese and an English message naming the file and what to do, never as a thrown error.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { bi, type Bilingual, type SourceCell, type SourceDocument, type SourceLine } from "../budget";

export type PdfProblemCode =
  "file-missing" | "file-unreadable" | "empty" | "not-pdf" | "truncated" | "encrypted" | "corrupt" | "no-text";

export interface PdfProblem {
  code: PdfProblemCode;
  message: Bilingual;
}

export type PdfReadResult =
  | {
      ok: true;
      document: SourceDocument;
      /** Number of pages in the PDF. */
      pages: number;
      /** Pages (1-based) with no text at all, e.g. a scanned cover inside an exported document. */
      pagesWithoutText: number[];
    }
  | { ok: false; problem: PdfProblem };

export interface PdfReadOptions {
  /** Called after each page is read, for a progress line on long documents. */
  onPage?: (page: number, pages: number) => void;
}

/** One text run as placed on the page: PDF points, x to the right, baseline y downwards from the top. */
export interface PlacedText {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  /** Font height in points (the em). */
  size: number;
}

/**
 * Two runs are on one line when their baselines are closer than this share of the smaller font
 * height. Table rows and the two lines of a wrapped cell are a whole line height apart (≥ 1 em);
 * runs of one row in different sizes or a slightly shifted baseline differ by a fraction of that.
 */
export const BASELINE_TOLERANCE = 0.4;
/**
 * A gap wider than this share of the em starts a new cell. The narrowest column gaps in the corpus
 * are about 0.75 em (numbers in the Shanghai unit budgets, right-aligned against the next column);
 * gaps inside text are at most about 0.5 em (the space a word processor puts between 中文 and 2018,
 * "1. 一般公共预算资金"). A digit is half an em wide and a Chinese character one em, so this is
 * "about one character".
 */
export const CELL_GAP = 0.6;
/** Between two figures ("1,733.00" and "10,823,800") a gap of a space already separates columns. */
export const NUMBER_GAP = 0.3;
/** Inside a cell, a gap wider than this share of the em is written as one space… */
export const SPACE_GAP = 0.15;
/** …but between two Chinese characters only a gap this wide (justified text stretches less). */
export const CJK_SPACE_GAP = 0.45;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/u;
const ENDS_WITH_FIGURE = /[\d%]$/u;
const STARTS_WITH_FIGURE = /^[-−(（]?\d/u;

interface OpenCell {
  text: string;
  x0: number;
  x1: number;
  /** Font height of the last run, the em the next gap is measured in. */
  size: number;
}

const joinRuns = (cell: OpenCell, run: PlacedText): "split" | "space" | "touch" => {
  const gap = run.x0 - cell.x1;
  const em = Math.min(cell.size, run.size) || 1;
  if (gap > CELL_GAP * em) return "split";
  if (gap > NUMBER_GAP * em) {
    // Two figures a space apart are two columns; so are an amount and a numbered label after it.
    if (ENDS_WITH_FIGURE.test(cell.text) && STARTS_WITH_FIGURE.test(run.text)) return "split";
    if (AMOUNT.test(cell.text) && HEADING.test(run.text)) return "split";
  }
  const bothCjk = CJK.test(cell.text.slice(-1)) && CJK.test(run.text.slice(0, 1));
  return gap > (bothCjk ? CJK_SPACE_GAP : SPACE_GAP) * em ? "space" : "touch";
};

/** The cells of one line: runs sorted across the page, merged where they touch, split at wide gaps. */
export const cellsOf = (runs: readonly PlacedText[]): SourceCell[] => {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  const cells: OpenCell[] = [];
  for (const run of sorted) {
    const cell = cells[cells.length - 1];
    const join = cell ? joinRuns(cell, run) : "split";
    if (!cell || join === "split") {
      cells.push({ text: run.text, x0: run.x0, x1: run.x1, size: run.size });
      continue;
    }
    cell.text += (join === "space" ? " " : "") + run.text;
    cell.x1 = Math.max(cell.x1, run.x1);
    cell.size = run.size;
  }
  return cells.map(({ text, x0, x1 }) => ({ text, x0: round(x0), x1: round(x1) }));
};

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * The lines of one page, top to bottom, numbered from 1: runs whose baselines are within
 * BASELINE_TOLERANCE of the font height of the line's first run form one line.
 */
export const linesOfPage = (runs: readonly PlacedText[], page: number): SourceLine[] => {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: { y: number; size: number; runs: PlacedText[] }[] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(run.y - last.y) < BASELINE_TOLERANCE * Math.min(last.size, run.size)) last.runs.push(run);
    else groups.push({ y: run.y, size: run.size, runs: [run] });
  }
  return groups.map((group, index) => {
    const cells = cellsOf(group.runs);
    return { page, line: index + 1, text: cells.map((c) => c.text).join(" "), cells, y: group.y };
  });
};

/**
 * CJK radicals as the ideographs they stand for. A font draws 门 and the radical ⻔ with one glyph,
 * and PDF generators that map each glyph back to the lowest code point using it (Chromium's, for
 * one) write "部⻔预算⽀出" for 部门预算支出: the page looks right, its text does not. Budget
 * documents never print a radical as such, so every radical is read as its ideograph: the Kangxi
 * radicals by their compatibility mapping (NFKC), but the two whose mapping is the traditional
 * form (⼾ 戶, ⾭ 靑) as the simplified form the glyph shows; the simplified radicals of the
 * supplement, which Unicode maps to nothing, by the ideograph each is named for; and the
 * compatibility ideographs (U+F900–FAFF) by their canonical mapping.
 */
const RADICALS: Readonly<Record<string, string>> = {
  "⼾": "户",
  "⾭": "青",
  "⺟": "母",
  "⺠": "民",
  "⻄": "西",
  "⻅": "见",
  "⻆": "角",
  "⻈": "讠",
  "⻉": "贝",
  "⻋": "车",
  "⻏": "阝",
  "⻓": "长",
  "⻔": "门",
  "⻖": "阝",
  "⻘": "青",
  "⻚": "页",
  "⻛": "风",
  "⻜": "飞",
  "⻝": "食",
  "⻠": "饣",
  "⻢": "马",
  "⻣": "骨",
  "⻤": "鬼",
  "⻥": "鱼",
  "⻦": "鸟",
  "⻨": "麦",
  "⻩": "黄",
  "⻪": "黾",
  "⻬": "齐",
  "⻮": "齿",
  "⻰": "龙",
  "⻳": "龟",
};

export const ideographsForRadicals = (text: string): string =>
  text.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/gu, (ch) => {
    const mapped = RADICALS[ch];
    if (mapped) return mapped;
    const code = ch.codePointAt(0) ?? 0;
    const normal = code >= 0xf900 ? ch.normalize("NFC") : ch.normalize("NFKC");
    // Only a one-character ideograph replaces it, so positions within the item stay as they were.
    return normal.length === 1 && /\p{Script=Han}/u.test(normal) ? normal : ch;
  });

/** An amount as printed in a table: with thousands separators, or with two decimals. */
const AMOUNT = /^[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})$/u;
/** The start of a numbered row label: 一、 （一） 1、 1. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．])/u;

/**
 * Where one piece of an item's text ends and the next begins. pdfjs already joins glyphs into one
 * item, with a single space, where a PDF generator set two columns only a space apart (the Shanghai
 * unit budgets print "371,514,655.00 一、一般公共服务支出" and "10,823,891.00 1,467,842.00" so). A
 * space after an amount, before another figure or a numbered label, is such a column boundary: an
 * amount is never followed by those in running text ("184.96 万元" stays whole).
 */
const columnBoundaries = (text: string): RegExpMatchArray[] =>
  [...text.matchAll(/\s/gu)].filter((space) => {
    const before = text.slice(0, space.index).split(/\s/u).pop() ?? "";
    const after = text.slice((space.index ?? 0) + 1);
    return AMOUNT.test(before) && (STARTS_WITH_FIGURE.test(after) || HEADING.test(after));
  });

/**
 * Where each character of an item starts, from the item's width alone: a CJK character is taken
 * to be one em and any other half an em (true of the fonts budget PDFs use), and the spaces get
 * what is left over. Where that does not add up (a proportional Latin font), every character gets
 * its share of the width by the same weights.
 */
const characterEdges = (chars: readonly string[], x0: number, width: number, size: number): number[] => {
  const weight = (ch: string): number => (CJK.test(ch) ? 1 : 0.5);
  const spaces = chars.filter((ch) => /\s/u.test(ch)).length;
  const solid = chars.reduce((sum, ch) => sum + (/\s/u.test(ch) ? 0 : weight(ch)), 0) * size;
  const left = width - solid;
  const exact = spaces > 0 && left >= 0 && left <= spaces * size && Math.abs(left) < width;
  const total = chars.reduce((sum, ch) => sum + weight(ch), 0);
  const scale = total > 0 ? width / total : 0;
  const edges = [x0];
  let x = x0;
  for (const ch of chars) {
    x += exact ? (/\s/u.test(ch) ? left / spaces : weight(ch) * size) : weight(ch) * scale;
    edges.push(x);
  }
  return edges;
};

/**
 * A text item's string without its surrounding whitespace, its edges moved in by the share of the
 * width the whitespace took. An item is cut where it holds a gap rather than text: at a run of two
 * or more spaces (a PDF that pads columns with spaces), and at a single space between an amount and
 * the next column (see columnBoundaries). Pieces are placed by display width inside the item.
 */
export const splitItem = (str: string, x0: number, width: number, y: number, size: number): PlacedText[] => {
  const chars = [...str];
  if (chars.length === 0) return [];
  const edges = characterEdges(chars, x0, width, size);
  // From a UTF-16 index (what matchAll gives) to the x of that character's left edge.
  const edge = new Map<number, number>();
  let index = 0;
  chars.forEach((ch, i) => {
    edge.set(index, edges[i] ?? x0);
    index += ch.length;
  });
  edge.set(index, edges[chars.length] ?? x0 + width);
  const at = (i: number): number => edge.get(i) ?? x0;

  const out: PlacedText[] = [];
  const piece = (from: number, to: number): void => {
    const text = str.slice(from, to);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed === "") return;
    const start = from + lead;
    out.push({ text: trimmed, x0: at(start), x1: at(start + trimmed.length), y, size });
  };
  for (const match of str.matchAll(/\S+(?:\s\S+)*/gu)) {
    const start = match.index ?? 0;
    let from = start;
    for (const space of columnBoundaries(match[0])) {
      const cut = start + (space.index ?? 0);
      piece(from, cut);
      from = cut + 1;
    }
    piece(from, start + match[0].length);
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Problems
// ---------------------------------------------------------------------------------------------

const problem = (code: PdfProblemCode, zh: string, en: string): { ok: false; problem: PdfProblem } => ({
  ok: false,
  problem: { code, message: bi(zh, en) },
});

const PROBLEMS = {
  missing: (file: string) =>
    problem(
      "file-missing",
      `${file}：找不到这个文件。请检查路径和文件名。`,
      `${file}: no such file. Check the path and the file name.`,
    ),
  unreadable: (file: string, reason: string) =>
    problem(
      "file-unreadable",
      `${file}：无法读取这个文件（${reason}）。请确认它是文件而不是文件夹，并且有读取权限。`,
      `${file}: the file cannot be read (${reason}). Check that it is a file, not a folder, and that you may read it.`,
    ),
  empty: (file: string) =>
    problem(
      "empty",
      `${file}：文件是空的（0 字节）。请重新下载或导出原 PDF。`,
      `${file}: the file is empty (0 bytes). Download or export the PDF again.`,
    ),
  notPdf: (file: string) =>
    problem(
      "not-pdf",
      `${file}：这不是 PDF 文件（文件开头没有 PDF 标记）。如果是复制出来的文字或 Excel 工作簿，请改用 .txt 或 .xlsx 扩展名再导入。`,
      `${file}: this is not a PDF (it does not start with a PDF header). If it is copied text or an Excel workbook, give it a .txt or .xlsx extension and import that.`,
    ),
  truncated: (file: string) =>
    problem(
      "truncated",
      `${file}：此 PDF 不完整（文件末尾缺失，可能是下载或复制没有完成）。请重新下载或复制原文件后再导入。`,
      `${file}: this PDF is incomplete (its end is missing; the download or copy may not have finished). Download or copy the original again and import that.`,
    ),
  encrypted: (file: string) =>
    problem(
      "encrypted",
      `${file}：此 PDF 已加密，需要密码才能打开。请使用预算系统导出的未加密文件，或在 PDF 阅读器中输入密码后另存为不加密的 PDF 再导入。`,
      `${file}: this PDF is encrypted and needs a password to open. Use the unencrypted file the budget system exports, or open it with the password in a PDF viewer, save it without encryption and import that.`,
    ),
  corrupt: (file: string, reason: string) =>
    problem(
      "corrupt",
      `${file}：此 PDF 已损坏，无法读取（${reason}）。请重新下载或从预算系统重新导出后再导入。`,
      `${file}: this PDF is damaged and cannot be read (${reason}). Download it again or export it again from the budget system.`,
    ),
  noText: (file: string, pages: number) =>
    problem(
      "no-text",
      `${file}：此 PDF 没有文字层（可能是扫描件），${pages} 页中读不到任何文字，无法从中读取表格。请使用预算系统导出的 PDF，或复制 PDF 中的文字保存为 .txt 文件后导入。`,
      `${file}: this PDF has no text layer (it may be a scan): none of its ${pages} page(s) has any text, so no table can be read from it. Use the PDF the budget system exports, or copy the text out of the PDF into a .txt file and import that.`,
    ),
};

const ascii = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

/** "%PDF-" within the first KiB, as readers accept it. */
const hasPdfHeader = (bytes: Uint8Array): boolean => ascii(bytes.subarray(0, 1024)).includes("%PDF-");

/** "%%EOF" within the last KiB, trailing whitespace and NULs aside: a cut-off file has none there. */
const hasPdfEnd = (bytes: Uint8Array): boolean => {
  let end = bytes.length;
  while (end > 0 && [0, 9, 10, 12, 13, 32].includes(bytes[end - 1] ?? 0)) end -= 1;
  return ascii(bytes.subarray(Math.max(0, end - 1024), end)).includes("%%EOF");
};

const errorName = (error: unknown): string =>
  error && typeof error === "object" && "name" in error ? String((error as { name: unknown }).name) : "";

const errorMessage = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]?.slice(0, 200) ?? "";
};

/** What pdfjs throws; its worker runs in this thread under Node, so its errors surface here. */
const PDFJS_ERRORS = new Set([
  "AbortException",
  "FormatError",
  "InvalidPDFException",
  "MissingDataException",
  "PasswordException",
  "ResponseException",
  "UnknownErrorException",
  "XRefEntryException",
  "XRefParseException",
]);

const strays = new Set<(reason: unknown) => void>();
const onStrayRejection = (reason: unknown): void => {
  if (PDFJS_ERRORS.has(errorName(reason))) {
    for (const collect of strays) collect(reason);
    return;
  }
  // Not ours: behave as Node would without this listener.
  if (process.listenerCount("unhandledRejection") === 1) throw reason;
};

/**
 * Runs `work` while collecting the rejections pdfjs leaves unhandled. On a damaged page tree it
 * caches page lookups whose promises reject with nobody listening (pdfjs 5.6, Catalog.getPageDict);
 * Node would end the process for that. Here they are collected, and mean the file is damaged.
 */
const collectingStrays = async <T>(work: (strayErrors: unknown[]) => Promise<T>): Promise<T> => {
  const found: unknown[] = [];
  const collect = (reason: unknown): void => void found.push(reason);
  if (strays.size === 0) process.on("unhandledRejection", onStrayRejection);
  strays.add(collect);
  try {
    return await work(found);
  } finally {
    // Rejections are reported after the microtasks that made them: wait one turn before leaving.
    await new Promise((resolve) => setImmediate(resolve));
    strays.delete(collect);
    if (strays.size === 0) process.off("unhandledRejection", onStrayRejection);
  }
};

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsModule: Promise<Pdfjs> | undefined;
/** The legacy build is pdfjs-dist's Node build; loaded on first use so importing this file costs nothing. */
const loadPdfjs = (): Promise<Pdfjs> => (pdfjsModule ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

/** The package's CMaps (CJK encodings not embedded in the PDF) and standard fonts, as folders. */
const pdfjsAssets = (): { cMapUrl: string; standardFontDataUrl: string } => {
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + sep, standardFontDataUrl: join(root, "standard_fonts") + sep };
};

const readBytes = async (file: string): Promise<Uint8Array | { ok: false; problem: PdfProblem }> => {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = error && typeof error === "object" && "code" in error ? String(error.code) : "";
    if (code === "ENOENT" || code === "ENOTDIR") return PROBLEMS.missing(file);
    return PROBLEMS.unreadable(file, code || errorMessage(error));
  }
};

/** Reads a PDF into lines of positioned cells, or says in both languages why it cannot. */
export const readPdf = async (file: string, options: PdfReadOptions = {}): Promise<PdfReadResult> => {
  const bytes = await readBytes(file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (bytes.length === 0) return PROBLEMS.empty(file);
  if (!hasPdfHeader(bytes)) return PROBLEMS.notPdf(file);
  if (!hasPdfEnd(bytes)) return PROBLEMS.truncated(file);

  const pdfjs = await loadPdfjs();
  return collectingStrays(async (strayErrors) => {
    const task = pdfjs.getDocument({
      data: bytes,
      ...pdfjsAssets(),
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
    try {
      const pdf = await task.promise;
      const pages = pdf.numPages;
      const lines: SourceLine[] = [];
      const pagesWithoutText: number[] = [];
      for (let number = 1; number <= pages; number += 1) {
        const page = await pdf.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const runs: PlacedText[] = [];
        for (const item of content.items) {
          if (!("str" in item) || item.str.trim() === "") continue;
          // Into the page as seen (rotation and crop box applied): x right, y down from the top.
          const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
          const size = Math.hypot(c ?? 0, d ?? 0) || item.height || 1;
          const along = Math.hypot(a ?? 0, b ?? 0);
          const width = along > 0 ? item.width * (Math.abs(a ?? 0) / along) : item.width;
          runs.push(...splitItem(ideographsForRadicals(item.str), e ?? 0, width, f ?? 0, size));
        }
        if (runs.length === 0) pagesWithoutText.push(number);
        lines.push(...linesOfPage(runs, number));
        page.cleanup();
        options.onPage?.(number, pages);
      }
      const stray = strayErrors[0];
      if (stray !== undefined) return PROBLEMS.corrupt(file, errorMessage(stray) || errorName(stray));
      if (lines.length === 0) return PROBLEMS.noText(file, pages);
      return { ok: true as const, document: { file, cells: "layout" as const, lines }, pages, pagesWithoutText };
    } catch (error) {
      if (errorName(error) === "PasswordException") return PROBLEMS.encrypted(file);
      return PROBLEMS.corrupt(file, errorMessage(error) || errorName(error));
    } finally {
      await task.destroy();
    }
  });
};
