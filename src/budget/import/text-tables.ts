/**
 * Tables printed inside the text (the 情况说明's key-projects table): found by their header line,
 * read until the first line that is neither a header nor a row. The lines they take are removed
 * from the text, and the place they were printed is kept, so the profile can say where.
 */
import type { TableSpec } from "../profiles/types";
import type { ImportNote } from "./report";
import { isMoneyText, normalise, readTableSection, type ImportedTable } from "./tables";
import type { SourceDocument, SourceLine } from "./source";

const headerOf = (spec: TableSpec): string[] => spec.columns.map((column) => normalise(column.label.zh));

const isHeader = (line: SourceLine, header: readonly string[]): boolean => {
  const cells = line.cells.map((cell) => normalise(cell.text)).filter(Boolean);
  return cells.length === header.length && cells.every((cell, index) => cell === header[index]);
};

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
    const header = headerOf(spec);
    const start = rest.findIndex((line) => isHeader(line, header));
    if (start < 0) continue;
    let end = start;
    while (end < rest.length) {
      const line = rest[end]!;
      if (!isHeader(line, header) && !line.cells.some((cell) => isMoneyText(cell.text))) break;
      end++;
    }
    const noteMatch = rest[end] ? /^注[：:](.*)$/.exec(rest[end]!.text.trim()) : null;
    const taken = rest.slice(start, end + (noteMatch ? 1 : 0));
    const { table, notes: sectionNotes } = readTableSection(
      { spec, title: rest[start]!, lines: taken },
      doc,
      department,
    );
    found.push({ table, after: rest[start - 1], ...(table.text.note !== undefined ? { note: table.text.note } : {}) });
    notes.push(...sectionNotes);
    rest = [...rest.slice(0, start), ...rest.slice(start + taken.length)];
  }
  return { found, rest, notes };
};
