/**
 * Tables printed inside the text (the 情况说明's key-projects table): found by their header line,
 * read until the first line that is neither a header nor a row. The lines they take are removed
 * from the text, and the place they were printed is kept, so the profile can say where.
 */
import type { TableSpec } from "../profiles/types";
import type { ImportNote } from "./report";
import { isMoneyText, normalise } from "./printed-text";
import { PAGE_NUMBER, PART_HEADING, readTableSection, TABLE_NUMBER, type ImportedTable } from "./tables";
import { SECTION_HEADING } from "./text-parts";
import type { SourceDocument, SourceLine } from "./source";

const labelsOf = (spec: TableSpec): string[] => spec.columns.map((column) => normalise(column.label.zh));

/**
 * A header line: two or more of the table's column labels, in order, and nothing else (a web page
 * may print a long text column under each row instead of in the header).
 */
const isHeader = (line: SourceLine, labels: readonly string[]): boolean => {
  const cells = line.cells.map((cell) => normalise(cell.text)).filter(Boolean);
  let at = 0;
  for (const cell of cells) {
    at = labels.indexOf(cell, at) + 1;
    if (at === 0) return false;
  }
  return cells.length >= 2;
};

/** Lines a table may print just above its header: its own title, 单位名称, 单位. */
const isTableHead = (line: SourceLine, spec: TableSpec): boolean =>
  normalise(line.text) === normalise(spec.title.zh) ||
  line.cells.every((cell) => /^(?:单位名称|编制部门|编制单位|单位)[：:]/.test(normalise(cell.text)));

export interface TextTable {
  table: ImportedTable;
  /** The text line just before the table's first header, to say where it was printed. */
  after: SourceLine | undefined;
  /** The 注： under it, if any. */
  note?: string;
}

/** Reads the unnumbered tables out of the text lines; returns the lines left over. */
export const readTextTables = (
  lines: readonly SourceLine[],
  tables: readonly TableSpec[],
  doc: SourceDocument,
  department: string | undefined,
): { found: TextTable[]; rest: SourceLine[]; notes: ImportNote[] } => {
  const found: TextTable[] = [];
  const notes: ImportNote[] = [];
  let rest = [...lines];
  for (const spec of tables.filter((candidate) => candidate.number === undefined)) {
    const labels = labelsOf(spec);
    let start = rest.findIndex((line) => isHeader(line, labels));
    if (start < 0) continue;
    // Back over the table's title and 单位 lines, and a page number where a page ended between them.
    const furniture = (line: SourceLine): boolean =>
      PAGE_NUMBER.test(line.text) || TABLE_NUMBER.test(normalise(line.text));
    while (
      start > 0 &&
      (isTableHead(rest[start - 1]!, spec) ||
        (furniture(rest[start - 1]!) && start > 1 && isTableHead(rest[start - 2]!, spec)))
    )
      start--;
    // The table runs to its 注 (inclusive), or to the next heading; copied text also ends it at
    // the first line that is neither a header nor a row.
    let end = start;
    while (end < rest.length) {
      const line = rest[end]!;
      const text = line.text.trim();
      if (/^注[：:]/.test(text)) {
        end++;
        break;
      }
      if (end > start && (SECTION_HEADING.test(text) || PART_HEADING.test(normalise(text)))) break;
      const isRow = line.cells.some((cell) => isMoneyText(cell.text));
      if (doc.cells === "grid" && !isRow && !isHeader(line, labels) && !isTableHead(line, spec)) break;
      end++;
    }
    const taken = rest.slice(start, end);
    const { table, notes: sectionNotes } = readTableSection(
      { spec, title: rest[start]!, lines: taken },
      doc,
      department,
    );
    found.push({ table, after: rest[start - 1], ...(table.text.note !== undefined ? { note: table.text.note } : {}) });
    notes.push(...sectionNotes);
    rest = [...rest.slice(0, start), ...rest.slice(end)];
  }
  return { found, rest, notes };
};
