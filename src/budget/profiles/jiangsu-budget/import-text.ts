/**
 * Reading a Jiangsu document's printed lines: the cover, 目录 and parts by their 第N部分 headings,
 * the printed lines of a part grouped into paragraphs (a layout's split lines joined again),
 * sections by their 一、二、 headings, a chart's labels found, and the 名词解释 entries.
 */
import { normalise } from "../../import/printed-text";
import { unplaced, type ImportNote } from "../../import/report";
import type { SourceLine } from "../../import/source";
import { PART_HEADING } from "../../import/tables";
import { SECTION_HEADING } from "../../import/text-parts";

/** Items begin with an ordinal: 一、 （一） （1） 1. 1、 1．; "2,247.84 万元" or "140.2 万元" at a line's start is none. */
const ITEM = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．](?!\d))/;
/** A line that is an ordinal only ("八、"): the layout put the rest of its printed line on the next. */
const ORDINAL_ONLY = new RegExp(`${ITEM.source}$`);
/** A line ending a sentence ends its paragraph. */
const ENDS = /[。！？：:；;]$/;
/** A printed line never starts with these: where one does, the layout split a printed line there. */
const CONTINUING = /^[、，。；：:,，）)」』]/;
/** The parts of the template end so; a part heading that does not, wrapped onto the next line. */
const PART_END = /(?:部门概况|预算表|情况说明|名词解释)$/;
/** A chart's caption below it (支出预算图): its labels above it are no text of the document. */
const CHART_CAPTION = /^[^，。；：、\s]{2,15}图$/;
/**
 * Paragraphs and headings are indented by two characters (a laid-out text may shift a justified
 * line by three more); a line further in than this is a piece of the printed line before it.
 */
const FAR_INDENT = 8;

export const textOf = (line: SourceLine): string => line.text.trim();
const x0Of = (line: SourceLine): number => line.cells[0]?.x0 ?? 0;
const x1Of = (line: SourceLine): number => line.cells[line.cells.length - 1]?.x1 ?? 0;

/** A heading as printed: its lines joined, each run of spaces one space (第一部分       部门概况). */
export const headingText = (lines: readonly SourceLine[]): string =>
  lines
    .map(textOf)
    .join("")
    .replace(/[\s\u3000]+/g, " ")
    .trim();

/**
 * A paragraph's text: the spaces a word processor sets between Chinese and figures and the gaps
 * of justified lines are no characters and go; the one space typed after a leading "23." stays.
 */
const paragraphText = (lines: readonly SourceLine[]): string => {
  const joined = lines.map(textOf).join("");
  const lead = /^(\d+[.．])(\s+)/.exec(joined);
  const rest = (lead ? joined.slice(lead[0].length) : joined).replace(/[\s\u3000]+/g, "");
  return lead ? `${lead[1]} ${rest}` : rest;
};

/**
 * The width of one Chinese character in the document's unit (PDF points, or 1 for laid-out text):
 * the median over cells of running text, which an indent is measured in.
 */
export const emOf = (lines: readonly SourceLine[]): number => {
  const widths = lines
    .flatMap((line) => line.cells)
    .filter((cell) => /^[\p{Script=Han}，。、；：“”（）]{8,}$/u.test(cell.text))
    .map((cell) => (cell.x1 - cell.x0) / cell.text.length)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 1;
};

/**
 * Each page's left margin: where its leftmost line starts. A laid-out text counts columns from a
 * page's leftmost text, so a page is its own measure in both sources.
 */
const marginsOf = (lines: readonly SourceLine[]): Map<number, number> => {
  const margins = new Map<number, number>();
  for (const line of lines) margins.set(line.page, Math.min(margins.get(line.page) ?? Infinity, x0Of(line)));
  return margins;
};

/**
 * Printed lines grouped into paragraphs. Where a page indents its paragraphs, a line at the margin
 * continues the one before (even after a "。" that ended a line) and an indented line starts one;
 * where every line of a page starts alike (a page of list items, or one the layout shifted), a
 * line continues unless the one before ended a sentence. A line that starts an item starts a
 * paragraph; a piece of a printed line the layout set apart (it starts with "、", or where the
 * piece before it ended, or further in than any paragraph is indented) continues it.
 */
export const paragraphLines = (lines: readonly SourceLine[], em: number): SourceLine[][] => {
  const margins = marginsOf(lines);
  const indented = (line: SourceLine) => x0Of(line) > (margins.get(line.page) ?? 0) + em / 2;
  const indents = new Set(lines.filter(indented).map((line) => line.page));
  const out: SourceLine[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const text = textOf(line);
    const open = prev !== undefined && !ENDS.test(textOf(prev));
    const piece =
      prev !== undefined &&
      (ORDINAL_ONLY.test(textOf(prev)) ||
        (open && CONTINUING.test(text)) ||
        (open && !ITEM.test(text) && prev.page === line.page && x0Of(line) >= x1Of(prev) - em / 2) ||
        (open && !ITEM.test(text) && x0Of(line) > (margins.get(line.page) ?? 0) + FAR_INDENT * em));
    const wraps = !ITEM.test(text) && !indented(line) && (open || indents.has(line.page));
    if (last && (piece || wraps)) last.push(line);
    else out.push([line]);
  }
  return out;
};

export interface Section {
  heading?: string;
  paragraphs: string[];
}

export interface ReadSection extends Section {
  /** The first printed line of each paragraph, for the report. */
  starts: SourceLine[];
  headingAt?: SourceLine;
}

/** Sections by their 一、二、 headings (a heading wrapped onto a second line joined first). */
export const sectionsOf = (blocks: readonly SourceLine[][]): ReadSection[] => {
  const sections: ReadSection[] = [];
  for (const block of blocks) {
    const heading = headingText(block);
    if (SECTION_HEADING.test(heading)) sections.push({ heading, paragraphs: [], starts: [], headingAt: block[0]! });
    else {
      if (sections.length === 0) sections.push({ paragraphs: [], starts: [] });
      sections[sections.length - 1]!.paragraphs.push(paragraphText(block));
      sections[sections.length - 1]!.starts.push(block[0]!);
    }
  }
  return sections;
};

/** Sections as the YAML keeps them: heading and paragraphs. */
export const printedSections = (sections: readonly ReadSection[]): Section[] =>
  sections.map(({ heading, paragraphs }) => ({ ...(heading !== undefined ? { heading } : {}), paragraphs }));

interface Part {
  heading: string;
  at: SourceLine;
  lines: SourceLine[];
}

/**
 * Cover, 目录 and the body's parts. The 目录 runs from its heading to where a part it listed is
 * printed again; a part heading that does not end as the template's parts end wrapped onto the
 * next line (第三部分 江苏省高级人民法院 2018 / 年度预算情况说明).
 */
export const splitDocument = (lines: readonly SourceLine[]) => {
  const contentsAt = lines.findIndex((line) => normalise(line.text) === "目录");
  const cover = lines.slice(0, Math.max(contentsAt, 0));
  const contents: SourceLine[] = [];
  const listed = new Set<string>();
  let index = contentsAt + 1;
  for (; contentsAt >= 0 && index < lines.length; index++) {
    const text = normalise(lines[index]!.text);
    if (PART_HEADING.test(text) && listed.has(text)) break;
    if (PART_HEADING.test(text)) listed.add(text);
    contents.push(lines[index]!);
  }
  const before: SourceLine[] = [];
  const parts: Part[] = [];
  for (let i = index; i < lines.length; i++) {
    const line = lines[i]!;
    if (!PART_HEADING.test(normalise(line.text))) {
      (parts[parts.length - 1]?.lines ?? before).push(line);
      continue;
    }
    const heading = [line];
    while (!PART_END.test(normalise(headingText(heading))) && heading.length < 3 && lines[i + 1])
      heading.push(lines[++i]!);
    parts.push({ heading: headingText(heading), at: line, lines: [] });
  }
  return { cover, contents, parts, before };
};

/** 目录: each part with its entries, an entry wrapped onto the next line joined. */
export const contentsOf = (lines: readonly SourceLine[]) => {
  const out: { part: string; entries: string[] }[] = [];
  for (const line of lines) {
    const text = headingText([line]);
    const part = out[out.length - 1];
    if (PART_HEADING.test(normalise(text)) || !part) out.push({ part: text, entries: [] });
    else if (ITEM.test(text) || part.entries.length === 0) part.entries.push(text);
    else part.entries[part.entries.length - 1] += text;
  }
  return out;
};

/**
 * The labels of a chart (a pie's "项目支出, 34.20%", its legend, its caption): the lines from the
 * last sentence before a caption down to it, on its page.
 */
export const chartLines = (lines: readonly SourceLine[]): Set<SourceLine> => {
  const found = new Set<SourceLine>();
  lines.forEach((line, index) => {
    if (!CHART_CAPTION.test(normalise(line.text))) return;
    for (let i = index; i >= 0; i--) {
      const above = lines[i]!;
      if (above.page !== line.page || ENDS.test(textOf(above)) || (i < index && ITEM.test(textOf(above)))) break;
      found.add(above);
    }
  });
  return found;
};

/** 名词解释: "一、财政拨款：指…" entries. */
export const glossaryTerms = (blocks: readonly SourceLine[][], notes: ImportNote[]) =>
  blocks.flatMap((block) => {
    const entry = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])([^：:]+)[：:](.*)$/.exec(
      paragraphText(block),
    );
    if (entry) return [{ term: entry[1]!, definition: entry[2]! }];
    notes.push(unplaced(block[0]!, "名词解释中的这一段不是词条，未写入", "this glossary paragraph is no entry"));
    return [];
  });
