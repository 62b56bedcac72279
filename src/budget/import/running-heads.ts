/**
 * Running heads: the line a printed document repeats at the top of its pages — the document's
 * title, the department's name — as it repeats page numbers at their foot. Both are furniture;
 * left in, a running head would cut a table that runs over a page break in two.
 */
import { normalise } from "./printed-text";
import type { SourceDocument, SourceLine } from "./source";

/** A text heads at least this many pages, and at least half of them, to count as a running head. */
const MIN_PAGES = 3;

const firstLines = (doc: SourceDocument): SourceLine[] => {
  const first = new Map<number, SourceLine>();
  for (const line of doc.lines) if (line.page > 0 && !first.has(line.page)) first.set(line.page, line);
  return [...first.values()];
};

/** Of the pages' first lines, the texts that head most pages (see runningHeads). */
const headsAmong = (firsts: readonly SourceLine[]): Set<string> => {
  const counts = new Map<string, number>();
  for (const line of firsts) {
    if (line.cells.length !== 1) continue;
    const text = normalise(line.text);
    if (text !== "") counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const needed = Math.max(MIN_PAGES, Math.ceil(firsts.length / 2));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([text]) => text));
};

/**
 * The texts that head most pages. Only a line of one cell counts: a table's header row repeated
 * at the top of the pages it runs over is a line of many cells, and the table reader needs it.
 */
export const runningHeads = (doc: SourceDocument): Set<string> => headsAmong(firstLines(doc));

/** The document without its running heads: each page's first line where it is one, nothing else. */
export const withoutRunningHeads = (doc: SourceDocument): SourceDocument => {
  const firsts = firstLines(doc);
  const heads = headsAmong(firsts);
  if (heads.size === 0) return doc;
  const dropped = new Set(firsts.filter((line) => heads.has(normalise(line.text))));
  return { ...doc, lines: doc.lines.filter((line) => !dropped.has(line)) };
};
