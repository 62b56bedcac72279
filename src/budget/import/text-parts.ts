/**
 * The text of a document outside its tables, in the shapes every profile's YAML needs: parts by
 * their 第N部分 heading (the 目录 skipped), sections by their 一、二、 headings, paragraphs with
 * lines that wrapped mid-sentence joined. Profiles use these to write their YAML files.
 */
import { normalise } from "./printed-text";
import { PAGE_NUMBER, PART_HEADING, TABLE_NUMBER } from "./tables";
import type { SourceLine } from "./source";

export interface TextPart {
  heading: SourceLine;
  lines: SourceLine[];
}

const isFurniture = (line: SourceLine): boolean =>
  TABLE_NUMBER.test(normalise(line.text)) || PAGE_NUMBER.test(line.text);

/**
 * Parts of the document: the cover (lines before the 目录 or the first part), and each part from
 * its heading in the body. A 目录 lists the part headings once before the body prints them again;
 * the last time a heading is printed starts its part.
 */
export const splitParts = (lines: readonly SourceLine[]): { cover: SourceLine[]; parts: TextPart[] } => {
  const body = lines.filter((line) => !isFurniture(line));
  const headings = body
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => PART_HEADING.test(normalise(line.text)));
  const lastByText = new Map<string, number>();
  for (const { line, index } of headings) lastByText.set(normalise(line.text), index);
  const starts = [...lastByText.values()].sort((a, b) => a - b);
  const firstHeading = headings[0]?.index ?? body.length;
  const contents = body.findIndex((line) => normalise(line.text) === "目录");
  const cover = body.slice(0, contents >= 0 && contents < firstHeading ? contents : firstHeading);
  const parts = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : body.length;
    return { heading: body[start]!, lines: body.slice(start + 1, end) };
  });
  return { cover, parts };
};

/** A paragraph wraps onto the next line when its line does not end a sentence or a heading. */
const ENDS_PARAGRAPH = /[。；！？：:]$/;

/**
 * Joins wrapped lines into paragraphs; a line that starts a new item (an ordinal) starts a paragraph.
 * `endsParagraph` says which line ends close a paragraph (a template whose paragraphs never end in
 * "；" may leave it out, so a line that wraps right after one is joined).
 */
export const paragraphs = (
  lines: readonly SourceLine[],
  startsItem: RegExp = ITEM_START,
  endsParagraph: RegExp = ENDS_PARAGRAPH,
): string[] => {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const text = line.text.trim();
    if (open && !startsItem.test(text)) out[out.length - 1] += text;
    else out.push(text);
    open = !endsParagraph.test(text);
  }
  return out;
};

/** Items begin with an ordinal: 一、 (一) （一） 1. 1、 */
export const ITEM_START = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])/;

/** A section heading: 一、 followed by a short title with no sentence punctuation. */
export const SECTION_HEADING = /^[一二三四五六七八九十]+、[^。；，：]{1,40}$/;

export interface TextSection {
  heading: string;
  lines: SourceLine[];
}

/** Sections of a part by their 一、二、 headings; lines before the first heading have an empty heading. */
export const splitSections = (lines: readonly SourceLine[], heading: RegExp = SECTION_HEADING): TextSection[] => {
  const sections: TextSection[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (heading.test(text)) sections.push({ heading: text, lines: [] });
    else if (sections.length === 0) sections.push({ heading: "", lines: [line] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  return sections;
};

/**
 * Some exported PDFs reprint the last lines of a page at the top of the next one in their text
 * layer (a paragraph cut by the page break is laid out again whole). A page that opens with the
 * previous page's last two or more lines, in order, starts after them; the reprint is furniture.
 */
export const dropReprintedPageStarts = (lines: readonly SourceLine[]): SourceLine[] => {
  const pages: SourceLine[][] = [];
  for (const line of lines) {
    const last = pages[pages.length - 1];
    if (last && last[0]!.page === line.page) last.push(line);
    else pages.push([line]);
  }
  const same = (a: SourceLine, b: SourceLine): boolean => normalise(a.text) === normalise(b.text);
  return pages.flatMap((page, index) => {
    const before = pages[index - 1];
    if (!before || page[0]!.page === 0) return page;
    for (let n = Math.min(before.length, page.length); n >= 2; n--) {
      const tail = before.slice(before.length - n);
      if (tail.every((line, i) => same(line, page[i]!))) return page.slice(n);
    }
    return page;
  });
};
