/**
 * Columns that are zero in every row (10 of the 12 amount columns of 花都's 表2) are folded on
 * screen into one note that names them, with a control that shows them again; print and the
 * downloads keep every column. This module only marks what folds: BudgetTable.astro renders the
 * marks as classes, and CSS hides them while the note's checkbox is unticked.
 *
 * A group heading over both folded and kept columns gets the colspan it has when folded, for a
 * twin heading shown in the folded state only: CSS cannot change a colspan, and a heading that
 * spans hidden columns would push the headings after it out of line.
 */
import type { Cell, HeaderCell, RowView } from "./table-view";

/** Grid columns [start, end) of every header cell, row by row; a rowspan occupies the rows below it. */
export const headerRanges = (head: readonly (readonly HeaderCell[])[]): [number, number][][] => {
  const taken = new Set<string>();
  return head.map((row, r) => {
    let c = 0;
    return row.map((cell) => {
      while (taken.has(`${r}:${c}`)) c++;
      const range: [number, number] = [c, c + cell.colspan];
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) taken.add(`${r + dr}:${c + dc}`);
      c += cell.colspan;
      return range;
    });
  });
};

/** A body column folds when each of its cells is a printed zero or a two-sided table's padding, and one is a zero. */
const foldableColumns = (rows: readonly RowView[], columnCount: number): Set<number> => {
  const folds = new Set<number>();
  for (let c = 0; c < columnCount; c++) {
    const cells = rows.map((row) => row.cells[c]);
    const zero = (cell: Cell | undefined) => cell?.kind === "amount" && cell.value === 0 && cell.decimal !== "";
    if (cells.some(zero) && cells.every((cell) => zero(cell) || cell?.kind === "empty")) folds.add(c);
  }
  return folds;
};

export interface Folding {
  /** Body and leaf-heading columns that fold, by grid position. */
  columns: ReadonlySet<number>;
  /** The folded columns' names, under their group heading where they have one, in table order. */
  names: FoldedNames[];
}

export interface FoldedNames {
  /** The group heading over them (财政拨款收入), if any. */
  group?: string;
  columns: string[];
}

/**
 * What folds in a table with these headings and rows, if anything; never every amount column.
 * A full-width text row (绩效目标) keeps its colspan: columns that no shown cell starts in take
 * no width, so it stays as wide as the shown columns.
 */
export const folding = (head: readonly (readonly HeaderCell[])[], rows: readonly RowView[]): Folding | undefined => {
  const columnCount = Math.max(0, ...rows.map((row) => row.cells.length));
  const columns = foldableColumns(rows, columnCount);
  const amountColumns = new Set(rows.flatMap((row) => row.cells.flatMap((c, i) => (c.kind === "amount" ? [i] : []))));
  if (columns.size === 0 || columns.size >= amountColumns.size) return undefined;
  const ranges = headerRanges(head);
  const covering = (c: number) =>
    head.flatMap((row, r) => row.filter((_, i) => (ranges[r]?.[i]?.[0] ?? 0) <= c && c < (ranges[r]?.[i]?.[1] ?? 0)));
  const names: FoldedNames[] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const over = covering(c);
    const leaf = over.find((cell) => cell.colspan === 1 && cell.scope === "col")?.text ?? "";
    const group = over.find((cell) => cell.colspan > 1)?.text;
    const last = names[names.length - 1];
    if (last && group !== undefined && last.group === group) last.columns.push(leaf);
    else names.push({ ...(group !== undefined ? { group } : {}), columns: [leaf] });
  }
  return { columns, names };
};

/** The heading as it shows when folded: hidden, the same, or a twin with fewer columns. */
export const foldedHeading = (
  range: readonly [number, number],
  columns: ReadonlySet<number>,
): "hidden" | "kept" | number => {
  let folded = 0;
  for (let c = range[0]; c < range[1]; c++) if (columns.has(c)) folded++;
  if (folded === 0) return "kept";
  return folded === range[1] - range[0] ? "hidden" : range[1] - range[0] - folded;
};
