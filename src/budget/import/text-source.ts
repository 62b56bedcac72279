/**
 * The text a PDF viewer's copy or `pdftotext` gives, as a SourceDocument. Copied text keeps the
 * table grid as tabs (every cell position, blanks included); `pdftotext -layout` lines cells up
 * with runs of spaces, so only non-blank cells are seen and their positions tell the columns.
 * Form feeds (which pdftotext writes between pages) count pages.
 */
import { isMoneyText } from "./printed-text";
import type { SourceCell, SourceDocument, SourceLine } from "./source";

/** Cells of a tab-separated line: every position kept, trailing blanks dropped. */
const gridCells = (text: string): SourceCell[] => {
  const parts = text.split("\t").map((part) => part.trim());
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts.map((part, index) => ({ text: part, x0: index, x1: index }));
};

/**
 * Cells of a laid-out line: text separated by two or more spaces (or an ideographic space next
 * to another space) is two cells; a single space stays inside a cell ("1. 一般公共预算资金").
 */
const layoutCells = (text: string): SourceCell[] => {
  const cells: SourceCell[] = [];
  let column = 0;
  let current: { text: string; x0: number; x1: number } | undefined;
  let gap = 0;
  let gapText = "";
  // pdftotext -layout places text by character count, a CJK character counting one like any other.
  for (const ch of text) {
    const width = 1;
    if (ch === " " || ch === "\u3000") {
      gap += width;
      gapText += ch;
    } else {
      if (current && gap >= 2) {
        cells.push(current);
        current = undefined;
      }
      if (current) {
        current.text += gapText + ch;
        current.x1 = column + width;
      } else {
        current = { text: ch, x0: column, x1: column + width };
      }
      gap = 0;
      gapText = "";
    }
    column += width;
  }
  if (current) cells.push(current);
  return cells.flatMap(splitAmountFromText);
};

const CJK_START = /^[\u3400-\u9fff（“]/;
const CJK_END = /[\u3400-\u9fff）]$/;

/**
 * pdftotext leaves a single space between a long amount and the next column ("189,767,551
 * 一、一般公共服务支出", "293,810,000.00 293,810,000.00"): split where an amount meets Chinese
 * text or another amount.
 */
const splitAmountFromText = (cell: SourceCell): SourceCell[] => {
  const parts = cell.text.split(" ");
  if (parts.length < 2) return [cell];
  const groups: { words: string[]; x0: number; x1: number }[] = [];
  let x = cell.x0;
  for (const part of parts) {
    const width = [...part].length;
    const group = groups[groups.length - 1];
    const previous = group?.words[group.words.length - 1];
    const boundary =
      previous === undefined ||
      (isMoneyText(previous) && (CJK_START.test(part) || isMoneyText(part))) ||
      (isMoneyText(part) && CJK_END.test(previous));
    if (boundary || !group) groups.push({ words: [part], x0: x, x1: x + width });
    else {
      group.words.push(part);
      group.x1 = x + width;
    }
    x += width + 1;
  }
  return groups.map((group) => ({ text: group.words.join(" "), x0: group.x0, x1: group.x1 }));
};

/** Copied text is a grid when its table lines are tab-separated. */
const isGrid = (lines: readonly string[]): boolean => lines.filter((line) => line.includes("\t")).length >= 3;

export const readTextSource = (file: string, text: string): SourceDocument => {
  const rawLines = text.replace(/\r\n?/g, "\n").split("\n");
  const grid = isGrid(rawLines);
  let page = text.includes("\f") ? 1 : 0;
  const lines: SourceLine[] = [];
  rawLines.forEach((raw, index) => {
    // pdftotext starts each page after the first with a form feed.
    page += raw.split("\f").length - 1;
    const body = raw.replaceAll("\f", "");
    const cells = grid ? gridCells(body) : layoutCells(body);
    if (cells.every((cell) => cell.text === "")) return;
    lines.push({
      page,
      line: index + 1,
      text: cells
        .map((cell) => cell.text)
        .filter(Boolean)
        .join(" "),
      cells,
    });
  });
  return { file, cells: grid ? "grid" : "layout", lines };
};
