/**
 * From a typed budget table to what BudgetTable.astro renders: header rows (from the registry's
 * column groups), row groups, cells with their ids and data attributes. Pure, so the shapes of
 * every table (two-sided 表1, hierarchical 表2, unit-grouped 表12, empty 表9) are unit-testable
 * without Astro.
 */
import { bi, type Bilingual } from "../budget";
import { decimalsOf, formatMoney, toDecimalString, type Cents } from "../budget";
import type { ColumnSpec, TableSpec } from "../budget";
import type { BudgetRow, BudgetTable } from "../budget";
import { dataLang, type Locale } from "../i18n";
import type { LocalText } from "./localize";
import { folding, foldedHeading, headerRanges, type FoldedNames } from "./table-fold";

export interface TableViewOptions {
  locale: Locale;
  /** Prefix of every id in the table, unique on the page (several tables share the full document). */
  idPrefix: string;
  rowName: (row: BudgetRow) => LocalText;
  longText: (row: BudgetRow, key: string) => LocalText;
  /** Link to the 名词解释 entry a heading names (given its Chinese text), if there is one. */
  termHref: (zhLabel: string) => string | undefined;
}

export interface HeaderCell {
  id: string;
  text: string;
  /** Second line of a combined heading ("科目编码 · 科目名称"). */
  sub?: string;
  colspan: number;
  rowspan: number;
  scope: "col" | "colgroup";
  /** The column key of a leaf heading; absent on group headings and the label heading. */
  key?: string;
  numeric: boolean;
  href?: string;
  /**
   * While zero columns are folded (table-fold.ts): "hidden" where every column under the heading
   * folds; a number where some do, the colspan of the heading's twin shown meanwhile.
   */
  folded?: "hidden" | number;
}

export interface RowHeaderCell {
  kind: "rowHeader";
  id: string;
  line: number;
  name: LocalText;
  code?: string;
  depth: number;
  href?: string;
  /** Set in two-sided tables, where one row holds two row headers. */
  headers?: string;
  /** In a phone layout's twin table: the id of the printed layout's same header, which links name. */
  anchorOf?: string;
}

export interface AmountCell {
  kind: "amount";
  key: string;
  line: number;
  value: Cents;
  /** Exact decimal as in the CSV download ("7267.81", "189767551"); "" where the document prints nothing. */
  decimal: string;
  text: string;
  headers?: string;
  /** Zero in every row of its column: folded on screen (table-fold.ts). */
  folded?: true;
}

export interface EmptyCell {
  kind: "empty";
  folded?: true;
}

/** A short printed text of a list's row besides its name (表12's 专项名称, 采购组织形式). */
export interface TextCell {
  kind: "text";
  key: string;
  line: number;
  text: LocalText;
  headers: string;
}

export type Cell = RowHeaderCell | AmountCell | EmptyCell | TextCell;

/** A long text (绩效目标) shown in its own full-width row under its row. */
export interface LongTextRow {
  key: string;
  line: number;
  label: string;
  text: LocalText;
  headers: string;
}

export type RowKind = "total" | "grandTotal" | "unit" | "parent" | "item";

export interface RowView {
  kind: RowKind;
  depth: number;
  /** CSV line; absent on two-sided rows, which pair two lines (each cell carries its own). */
  line?: number;
  code?: string;
  cells: Cell[];
  longTexts: LongTextRow[];
}

export interface BodyView {
  /** A spending unit's group in 表11/表12. */
  unit?: string;
  rows: RowView[];
}

/** The columns folded into the table's note: how many, their names and the zero every row prints. */
export interface FoldNote {
  count: number;
  names: FoldedNames[];
  zero: string;
}

/**
 * A table as a phone shows it where the printed layout cannot fit: each side of 表1/表4 as a
 * list of its own, or a one-row table turned into a list of its figures.
 */
export interface NarrowTable {
  captionId: string;
  /** The side's printed heading (收入, 支出); absent on a one-row table's list. */
  side?: string;
  /** Where a link to the printed layout's caption lands instead (a one-row table's figures are linked by caption). */
  captionAnchorOf?: string;
  colgroups: number[];
  head: HeaderCell[][];
  bodies: BodyView[];
  columnCount: number;
}

export interface TableView {
  captionId: string;
  /** Spans of the <colgroup>s, so that scope="colgroup" has real column groups to refer to. */
  colgroups: number[];
  head: HeaderCell[][];
  bodies: BodyView[];
  columnCount: number;
  /** Nothing but a zero 合计 row (本表本年无发生额). */
  empty: boolean;
  /** Many columns: printed in landscape. */
  wide: boolean;
  /** Set where columns zero in every row fold on screen. */
  fold?: FoldNote;
  /** The phone layout, where the printed one is replaced on narrow screens; empty where it is not. */
  narrow: NarrowTable[];
}

/** Printed headings of the two lists of 表1 and 表4. */
export const SIDE_LABELS: Readonly<Record<"income" | "expenditure", Bilingual>> = {
  income: bi("收入", "Revenue"),
  expenditure: bi("支出", "Expenditure"),
};

const LONG_TEXT_MIN = 200;

/** Columns rendered as table columns: the amounts the document prints, in registry order. */
export const amountColumns = (table: Pick<BudgetTable, "columns"> | TableSpec): ColumnSpec[] =>
  table.columns.filter((c) => c.type === "money");

/**
 * A list whose rows print short texts besides their name (the three lists of 江苏 表1, the tree of
 * 表2, the purchases of 表12) shows every column in its declared order.
 */
const listColumns = (spec: TableSpec): ColumnSpec[] | undefined => {
  if (spec.model !== "list") return undefined;
  const shown = spec.columns.filter((c) => c.type !== "text" || (c.maxLength ?? 0) <= LONG_TEXT_MIN);
  return shown.some((c) => c.type === "text" && c.key !== "name") ? shown : undefined;
};

/** A record table (one row of figures) has no label column. */
const hasLabelColumn = (spec: TableSpec): boolean => spec.model !== "record";

/** Text columns too long for a cell (绩效目标): rendered as full-width rows under their row. */
export const longTextColumns = (spec: TableSpec): ColumnSpec[] =>
  spec.columns.filter((c) => c.type === "text" && c.key !== "name" && (c.maxLength ?? 0) > LONG_TEXT_MIN);

const isZeroRow = (row: BudgetRow): boolean => Object.values(row.amounts).every((v) => v === 0);

/** Prefix of a table's element ids: "t01" … "t12", "tkp" for the key projects. */
export const tableIdPrefix = (spec: Pick<TableSpec, "number">): string =>
  spec.number !== undefined ? `t${String(spec.number).padStart(2, "0")}` : "tkp";

/** Fragment id of a row's header cell, the target of links to one figure. */
export const rowAnchor = (spec: Pick<TableSpec, "number">, line: number): string => `${tableIdPrefix(spec)}-r-${line}`;

/** The amount columns of one side of a two-sided table. */
const sideColumns = (table: Pick<BudgetTable, "columns"> | TableSpec, side: Side): ColumnSpec[] =>
  amountColumns(table).filter((c) => c.side === undefined || c.side === side);

/** Columns as rendered: a label and its amounts per side in 表1/表4; otherwise the label column and the amounts. */
export const tableColumnCount = (table: Pick<BudgetTable, "columns" | "spec"> | TableSpec): number => {
  const spec = "spec" in table ? table.spec : table;
  if (spec.model === "twoSided")
    return 2 + sideColumns(table, "income").length + sideColumns(table, "expenditure").length;
  const list = listColumns(spec);
  if (list) return list.filter((c) => c.type !== "money").length + amountColumns(table).length;
  return (hasLabelColumn(spec) ? 1 : 0) + amountColumns(table).length;
};

/** Tables too wide for A4 portrait; printed on a landscape page. */
export const isWideTable = (table: Pick<BudgetTable, "columns" | "spec"> | TableSpec): boolean =>
  tableColumnCount(table) > 6;

export const isEmptyTable = (table: BudgetTable): boolean =>
  table.spec.mayBeEmpty && table.rows.every((r) => r.role === "total" && isZeroRow(r));

/** The rows that have children below them in the printed hierarchy. */
const parentLines = (table: BudgetTable): Set<number> => {
  const { spec, rows } = table;
  const parents = new Set<number>();
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (row.role === "unit") parents.add(row.line);
    else if (row.code !== undefined && next?.code !== undefined && next.code.startsWith(row.code))
      parents.add(row.line);
    else if (row.item !== undefined && spec.items?.some((item) => item.parent === row.item)) parents.add(row.line);
  });
  return parents;
};

const rowKind = (row: BudgetRow, parents: Set<number>): RowKind => {
  if (row.role === "total" || row.role === "yearTotal") return "total";
  if (row.role === "grandTotal") return "grandTotal";
  if (row.role === "unit") return "unit";
  return parents.has(row.line) ? "parent" : "item";
};

const amountCell = (table: BudgetTable, row: BudgetRow, key: string, locale: Locale, headers?: string): AmountCell => {
  const value = row.amounts[key] ?? (0 as Cents);
  // Where the document prints nothing, the page shows nothing too.
  const blank = row.blanks?.includes(key) === true;
  return {
    kind: "amount",
    key,
    line: row.line,
    value,
    decimal: blank ? "" : toDecimalString(value, decimalsOf(table.scale)),
    text: blank ? "" : formatMoney(value, locale, table.scale),
    ...(headers ? { headers } : {}),
  };
};

/** A code as printed: one string ("2010301"), or its 类/款/项 cells apart ("201 03 01"), misprints included. */
const printedCode = (table: BudgetTable, row: BudgetRow): string | undefined => {
  const parts = table.columns.filter((c) => c.type.endsWith("CodePart"));
  if (parts.length === 0 || row.code === undefined) return row.code;
  const bounds: Record<number, [number, number]> = { 0: [0, 3], 1: [3, 5], 2: [5, 7] };
  return parts
    .map((c) => row.misprints?.[c.key] ?? row.code?.slice(...(bounds[c.part ?? 0] ?? [0, 0])) ?? "")
    .filter((p) => p !== "")
    .join(" ");
};

const pick = (text: Bilingual, locale: Locale): string => text[dataLang(locale)];

/** The label column's heading: a code+name group (功能分类科目) or the name column's own label. */
const labelHeading = (spec: TableSpec, locale: Locale): { text: string; sub?: string } => {
  const name = spec.columns.find((c) => c.key === "name");
  const code = spec.columns.find((c) => c.key === "code");
  const codePart = spec.columns.find((c) => c.type.endsWith("CodePart"));
  if (!name) return { text: "" };
  if (name.group && code?.group && code.group.zh === name.group.zh) {
    return { text: pick(name.group, locale), sub: `${pick(code.label, locale)} · ${pick(name.label, locale)}` };
  }
  // 类 / 款 / 项 printed in cells of their own: one label column shows "code · name".
  if (codePart?.group)
    return { text: pick(name.label, locale), sub: `${pick(codePart.group, locale)} · ${pick(name.label, locale)}` };
  return { text: pick(name.label, locale) };
};

/**
 * Column headings in declared order, a run of columns under one printed group heading sharing it:
 * appends the top row's cells to `top` and the spans to `colgroups`, and returns the second row.
 */
const groupedHeadings = (
  columns: readonly ColumnSpec[],
  o: TableViewOptions,
  rowspan: number,
  top: HeaderCell[],
  colgroups: number[],
): HeaderCell[] => {
  const second: HeaderCell[] = [];
  const leaf = (c: ColumnSpec, span: number): HeaderCell => {
    const href = o.termHref(c.label.zh);
    const numeric = c.type === "money";
    return {
      id: `${o.idPrefix}-h-${c.key}`,
      text: pick(c.label, o.locale),
      colspan: 1,
      rowspan: span,
      scope: "col",
      ...(numeric ? { key: c.key } : {}),
      numeric,
      ...(href ? { href } : {}),
    };
  };
  for (let i = 0; i < columns.length;) {
    const column = columns[i] as ColumnSpec;
    const group = column.group;
    if (!group) {
      top.push(leaf(column, rowspan));
      colgroups.push(1);
      i++;
      continue;
    }
    let j = i;
    while (j < columns.length && columns[j]?.group?.zh === group.zh) second.push(leaf(columns[j++] as ColumnSpec, 1));
    const href = o.termHref(group.zh);
    top.push({
      id: `${o.idPrefix}-g-${column.key}`,
      text: pick(group, o.locale),
      colspan: j - i,
      rowspan: 1,
      scope: "colgroup",
      numeric: columns.slice(i, j).every((c) => c.type === "money"),
      ...(href ? { href } : {}),
    });
    colgroups.push(j - i);
    i = j;
  }
  return second;
};

const standardHead = (table: BudgetTable, o: TableViewOptions): { head: HeaderCell[][]; colgroups: number[] } => {
  const { spec } = table;
  const leaves = amountColumns(table);
  const twoLevels = leaves.some((c) => c.group);
  const rowspan = twoLevels ? 2 : 1;
  const label = labelHeading(spec, o.locale);
  const labelHref = o.termHref(spec.columns.find((c) => c.key === "name")?.label.zh ?? "");
  const top: HeaderCell[] = hasLabelColumn(spec)
    ? [
        {
          id: `${o.idPrefix}-h-name`,
          text: label.text,
          ...(label.sub ? { sub: label.sub } : {}),
          colspan: 1,
          rowspan,
          scope: "col",
          numeric: false,
          ...(labelHref ? { href: labelHref } : {}),
        },
      ]
    : [];
  const colgroups = hasLabelColumn(spec) ? [1] : [];
  const second = groupedHeadings(leaves, o, rowspan, top, colgroups);
  return { head: second.length > 0 ? [top, second] : [top], colgroups };
};

const rowHeader = (
  table: BudgetTable,
  row: BudgetRow,
  o: TableViewOptions,
  withTermLink: boolean,
  headers?: string,
): RowHeaderCell => {
  const href = withTermLink ? o.termHref(row.name) : undefined;
  // 表1/表4 print their expenditure classes without codes; the code stays in the downloads.
  const code = row.side === undefined ? printedCode(table, row) : undefined;
  return {
    kind: "rowHeader",
    id: `${o.idPrefix}-r-${row.line}`,
    line: row.line,
    name: o.rowName(row),
    ...(code !== undefined ? { code } : {}),
    depth: row.depth,
    ...(href ? { href } : {}),
    ...(headers ? { headers } : {}),
  };
};

const longTextRows = (row: BudgetRow, spec: TableSpec, o: TableViewOptions): LongTextRow[] =>
  longTextColumns(spec).flatMap((column) => {
    if ((row.texts[column.key] ?? "") === "") return [];
    return [
      {
        key: column.key,
        line: row.line,
        label: pick(column.label, o.locale),
        text: o.longText(row, column.key),
        headers: `${o.idPrefix}-r-${row.line}`,
      },
    ];
  });

const standardBodies = (table: BudgetTable, o: TableViewOptions): BodyView[] => {
  const { spec } = table;
  const parents = parentLines(table);
  const keys = amountColumns(table).map((c) => c.key);
  // Only the fixed items of 表8 ("“三公”经费", "行政经费") are glossary terms among row names.
  const linkRows = spec.model === "fixedItems";
  const toRow = (row: BudgetRow): RowView => ({
    kind: rowKind(row, parents),
    depth: row.depth,
    line: row.line,
    ...(row.code !== undefined ? { code: row.code } : {}),
    cells: [
      ...(hasLabelColumn(spec) ? [rowHeader(table, row, o, linkRows)] : []),
      ...keys.map((key) => amountCell(table, row, key, o.locale)),
    ],
    longTexts: longTextRows(row, spec, o),
  });
  if (spec.model !== "unitGrouped") return [{ rows: table.rows.map(toRow) }];
  // 合计 first, then one group per spending unit, as the document prints them.
  const bodies: BodyView[] = [];
  for (const row of table.rows) {
    if (row.role === "unit" || bodies.length === 0) {
      bodies.push(row.role === "unit" ? { unit: row.name, rows: [] } : { rows: [] });
    }
    bodies[bodies.length - 1]?.rows.push(toRow(row));
  }
  return bodies;
};

type Side = "income" | "expenditure";

/** A list's rows split at its totals: items, 本年…合计, items after it, …总计, anything left. */
const segments = (rows: BudgetRow[]): BudgetRow[][] => {
  const year = rows.findIndex((r) => r.role === "yearTotal");
  const grand = rows.findIndex((r) => r.role === "grandTotal");
  // Without a 本年合计 line (Shanghai), the 总计 lines still sit side by side at the foot.
  if (year < 0 && grand >= 0)
    return [rows.slice(0, grand), [], [], rows.slice(grand, grand + 1), rows.slice(grand + 1)];
  if (year < 0 || grand < year) return [rows, [], [], [], []];
  return [
    rows.slice(0, year),
    rows.slice(year, year + 1),
    rows.slice(year + 1, grand),
    rows.slice(grand, grand + 1),
    rows.slice(grand + 1),
  ];
};

/**
 * 表1/表4 as printed: income and expenditure side by side, each list padded so that
 * 本年收入合计 sits beside 本年支出合计 and 收入总计 beside 支出总计.
 */
export const pairSides = (rows: readonly BudgetRow[]): [BudgetRow | undefined, BudgetRow | undefined][] => {
  const income = segments(rows.filter((r) => r.side === "income"));
  const expenditure = segments(rows.filter((r) => r.side === "expenditure"));
  const pairs: [BudgetRow | undefined, BudgetRow | undefined][] = [];
  income.forEach((left, s) => {
    const right = expenditure[s] ?? [];
    for (let i = 0; i < Math.max(left.length, right.length); i++) pairs.push([left[i], right[i]]);
  });
  return pairs;
};

const twoSidedView = (table: BudgetTable, o: TableViewOptions): Pick<TableView, "head" | "colgroups" | "bodies"> => {
  const { spec } = table;
  const name = spec.columns.find((c) => c.key === "name");
  const p = o.idPrefix;
  const sides: Side[] = ["income", "expenditure"];
  const columnsOf = (side: Side) => sideColumns(table, side);
  const columnLabel = (c: ColumnSpec, side: Side): string =>
    pick(side === "expenditure" && c.expenditureLabel ? c.expenditureLabel : c.label, o.locale);
  const head: HeaderCell[][] = [
    sides.map((side) => ({
      id: `${p}-g-${side}`,
      text: pick(SIDE_LABELS[side], o.locale),
      colspan: 1 + columnsOf(side).length,
      rowspan: 1,
      scope: "colgroup" as const,
      numeric: false,
    })),
    sides.flatMap((side) => [
      {
        id: `${p}-h-${side}-name`,
        text: name ? pick(name.label, o.locale) : "",
        colspan: 1,
        rowspan: 1,
        scope: "col" as const,
        numeric: false,
      },
      ...columnsOf(side).map((c) => ({
        id: `${p}-h-${side}-${c.key}`,
        text: columnLabel(c, side),
        colspan: 1,
        rowspan: 1,
        scope: "col" as const,
        key: c.key,
        numeric: true,
      })),
    ]),
  ];
  const rows: RowView[] = pairSides(table.rows).map((pair) => {
    const cells: Cell[] = pair.flatMap((row, i): Cell[] => {
      const side = sides[i] as Side;
      const columns = columnsOf(side);
      if (!row) return [{ kind: "empty" }, ...columns.map((): Cell => ({ kind: "empty" }))];
      const header = rowHeader(table, row, o, true, `${p}-g-${side} ${p}-h-${side}-name`);
      return [
        header,
        ...columns.map((c) =>
          amountCell(table, row, c.key, o.locale, `${p}-g-${side} ${p}-h-${side}-${c.key} ${header.id}`),
        ),
      ];
    });
    const roles = pair.map((r) => r?.role);
    const kind: RowKind = roles.includes("grandTotal") ? "grandTotal" : roles.includes("yearTotal") ? "total" : "item";
    const depth = kind === "item" ? Math.max(...pair.map((r) => r?.depth ?? 1)) : 0;
    return { kind, depth, cells, longTexts: [] };
  });
  return { head, colgroups: sides.map((side) => 1 + columnsOf(side).length), bodies: [{ rows }] };
};

/** A list with printed text columns: each column under its heading, grouped as printed. */
const listView = (
  table: BudgetTable,
  columns: readonly ColumnSpec[],
  o: TableViewOptions,
): Pick<TableView, "head" | "colgroups" | "bodies"> => {
  const shown = columns.filter((c) => c.type !== "money" || table.columns.some((t) => t.key === c.key));
  const headingId = (c: ColumnSpec) => `${o.idPrefix}-h-${c.key}`;
  const top: HeaderCell[] = [];
  const colgroups: number[] = [];
  const second = groupedHeadings(shown, o, shown.some((c) => c.group) ? 2 : 1, top, colgroups);
  const rows = table.rows.map((row): RowView => {
    const rowHeaderId = `${o.idPrefix}-r-${row.line}`;
    const cells = shown.map((c): Cell => {
      const headers = `${headingId(c)} ${rowHeaderId}`;
      if (c.key === "name") return rowHeader(table, row, o, false);
      if (c.type === "money") return amountCell(table, row, c.key, o.locale, headers);
      return { kind: "text", key: c.key, line: row.line, text: o.longText(row, c.key), headers };
    });
    return { kind: "item", depth: 1, line: row.line, cells, longTexts: [] };
  });
  return { head: second.length > 0 ? [top, second] : [top], colgroups, bodies: [{ rows }] };
};

type Shape = Pick<TableView, "head" | "colgroups" | "bodies">;

/** The shape with its zero columns marked as folding, and the note's column names; unchanged where none fold. */
const foldZeroColumns = (shape: Shape): { shape: Shape; folded?: Omit<FoldNote, "zero"> } => {
  const found = folding(
    shape.head,
    shape.bodies.flatMap((body) => body.rows),
  );
  if (!found) return { shape };
  const ranges = headerRanges(shape.head);
  const head = shape.head.map((row, r) =>
    row.map((cell, i): HeaderCell => {
      const state = foldedHeading(ranges[r]?.[i] ?? [0, 0], found.columns);
      return state === "kept" ? cell : { ...cell, folded: state };
    }),
  );
  const bodies = shape.bodies.map((body) => ({
    ...body,
    rows: body.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, c): Cell =>
        found.columns.has(c) && (cell.kind === "amount" || cell.kind === "empty") ? { ...cell, folded: true } : cell,
      ),
    })),
  }));
  return { shape: { ...shape, head, bodies }, folded: { count: found.columns.size, names: found.names } };
};

const leafHeading = (id: string, text: string, numeric: boolean, key?: string): HeaderCell => ({
  id,
  text,
  colspan: 1,
  rowspan: 1,
  scope: "col",
  ...(key !== undefined ? { key } : {}),
  numeric,
});

/** 表1/表4 on a phone: each side a full-width list of its own, in the printed order, income first. */
const sideTables = (table: BudgetTable, o: TableViewOptions): NarrowTable[] => {
  const name = table.spec.columns.find((c) => c.key === "name");
  return (["income", "expenditure"] as const).map((side) => {
    const p = `${o.idPrefix}-n-${side}`;
    const columns = sideColumns(table, side);
    const label = (c: ColumnSpec) =>
      pick(side === "expenditure" && c.expenditureLabel ? c.expenditureLabel : c.label, o.locale);
    const head = [
      [
        leafHeading(`${p}-h-name`, name ? pick(name.label, o.locale) : "", false),
        ...columns.map((c) => leafHeading(`${p}-h-${c.key}`, label(c), true, c.key)),
      ],
    ];
    const rows = table.rows
      .filter((row) => row.side === side)
      .map((row): RowView => {
        const printed = rowHeader(table, row, o, true);
        return {
          kind: rowKind(row, new Set()),
          depth: row.depth,
          line: row.line,
          cells: [
            { ...printed, id: `${p}-r-${row.line}`, anchorOf: printed.id },
            ...columns.map((c) => amountCell(table, row, c.key, o.locale)),
          ],
          longTexts: [],
        };
      });
    const { shape } = foldZeroColumns({ head, colgroups: [1 + columns.length], bodies: [{ rows }] });
    return {
      captionId: `${p}-caption`,
      side: pick(SIDE_LABELS[side], o.locale),
      ...shape,
      columnCount: 1 + columns.length,
    };
  });
};

/**
 * Lists printed side by side in one table (江苏 表1: income, expenditure by function, by purpose):
 * every column under a group heading, each group one text column and its amounts.
 */
const sideBySideLists = (spec: TableSpec): { heading: Bilingual; columns: ColumnSpec[] }[] | undefined => {
  if (spec.model !== "list" || spec.columns.some((c) => !c.group)) return undefined;
  const lists: { heading: Bilingual; columns: ColumnSpec[] }[] = [];
  for (const column of spec.columns) {
    const last = lists[lists.length - 1];
    if (last && column.group?.zh === last.heading.zh) last.columns.push(column);
    else if (column.group) lists.push({ heading: column.group, columns: [column] });
  }
  const oneTextFirst = (columns: ColumnSpec[]) =>
    columns[0]?.type === "text" && columns.filter((c) => c.type === "text").length === 1;
  return lists.length >= 2 && lists.every((list) => oneTextFirst(list.columns)) ? lists : undefined;
};

/** Side-by-side lists on a phone: each list a table of its own, with only the lines it prints. */
const listTables = (
  table: BudgetTable,
  lists: { heading: Bilingual; columns: ColumnSpec[] }[],
  o: TableViewOptions,
): NarrowTable[] =>
  lists.map((list, n) => {
    const p = `${o.idPrefix}-n${n + 1}`;
    const [label, ...amounts] = list.columns as [ColumnSpec, ...ColumnSpec[]];
    const money = amounts.filter((c) => c.type === "money");
    const head = [
      [
        leafHeading(`${p}-h-${label.key}`, pick(label.label, o.locale), false),
        ...money.map((c) => leafHeading(`${p}-h-${c.key}`, pick(c.label, o.locale), true, c.key)),
      ],
    ];
    const printsLine = (row: BudgetRow) =>
      (row.texts[label.key] ?? (label.key === "name" ? row.name : "")) !== "" ||
      money.some((c) => (row.amounts[c.key] ?? 0) !== 0);
    const rows = table.rows.filter(printsLine).map((row): RowView => {
      const printed = rowHeader(table, row, o, false);
      const header: RowHeaderCell =
        label.key === "name"
          ? { ...printed, id: `${p}-r-${row.line}`, anchorOf: printed.id }
          : { kind: "rowHeader", id: `${p}-r-${row.line}`, line: row.line, name: o.longText(row, label.key), depth: 1 };
      return {
        kind: "item",
        depth: 1,
        line: row.line,
        cells: [header, ...money.map((c) => amountCell(table, row, c.key, o.locale))],
        longTexts: [],
      };
    });
    return {
      captionId: `${p}-caption`,
      side: pick(list.heading, o.locale),
      colgroups: [1 + money.length],
      head,
      bodies: [{ rows }],
      columnCount: 1 + money.length,
    };
  });

/**
 * A list with printed texts besides its name (江苏 表12's 专项, 经济科目, 物品, 组织形式) on a phone: the
 * same rows with the amounts right after the name, so that a row's name and amount are read
 * together; the texts follow them.
 */
const amountsFirstList = (table: BudgetTable, columns: readonly ColumnSpec[], o: TableViewOptions): NarrowTable[] => {
  const [name, ...rest] = columns;
  if (name?.key !== "name") return [];
  const ordered = [name, ...rest.filter((c) => c.type === "money"), ...rest.filter((c) => c.type !== "money")];
  const p = `${o.idPrefix}-n`;
  const shape = listView(table, ordered, { ...o, idPrefix: p });
  const bodies = shape.bodies.map((body) => ({
    ...body,
    rows: body.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell): Cell =>
        cell.kind === "rowHeader" ? { ...cell, anchorOf: `${o.idPrefix}-r-${cell.line}` } : cell,
      ),
    })),
  }));
  return [{ captionId: `${p}-caption`, ...shape, bodies, columnCount: shape.colgroups.reduce((a, b) => a + b, 0) }];
};

const ITEM = bi("项目", "Item");
const AMOUNT = bi("金额", "Amount");

/** A one-row table on a phone: its figures as a list, each under its printed heading (and group). */
const recordList = (table: BudgetTable, o: TableViewOptions): NarrowTable[] => {
  const [row] = table.rows;
  if (!row || table.rows.length > 1) return [];
  const p = `${o.idPrefix}-n`;
  const rows = amountColumns(table).map((c): RowView => {
    const text = [c.group, c.label].flatMap((t) => (t ? [pick(t, o.locale)] : [])).join(" · ");
    return {
      kind: "item",
      depth: 1,
      line: row.line,
      cells: [
        {
          kind: "rowHeader",
          id: `${p}-r-${c.key}`,
          line: row.line,
          name: { text, lang: o.locale, fallback: false },
          depth: 1,
        },
        amountCell(table, row, c.key, o.locale),
      ],
      longTexts: [],
    };
  });
  const head = [
    [
      leafHeading(`${p}-h-name`, pick(ITEM, o.locale), false),
      leafHeading(`${p}-h-amount`, pick(AMOUNT, o.locale), true),
    ],
  ];
  return [
    {
      captionId: `${p}-caption`,
      captionAnchorOf: `${o.idPrefix}-caption`,
      colgroups: [2],
      head,
      bodies: [{ rows }],
      columnCount: 2,
    },
  ];
};

export const tableView = (table: BudgetTable, o: TableViewOptions): TableView => {
  const list = listColumns(table.spec);
  const printed =
    table.spec.model === "twoSided"
      ? twoSidedView(table, o)
      : list
        ? listView(table, list, o)
        : { ...standardHead(table, o), bodies: standardBodies(table, o) };
  // A one-row table has its phone list instead; its zeros are figures of their own (因公出国(境)费 0.00).
  const { shape, folded } = table.spec.model === "record" ? { shape: printed } : foldZeroColumns(printed);
  const columnCount = shape.colgroups.reduce((a, b) => a + b, 0);
  const lists = sideBySideLists(table.spec);
  const narrow =
    table.spec.model === "twoSided"
      ? sideTables(table, o)
      : table.spec.model === "record"
        ? recordList(table, o)
        : lists
          ? listTables(table, lists, o)
          : list && list.findIndex((c) => c.type === "money") > 1
            ? amountsFirstList(table, list, o)
            : [];
  return {
    captionId: `${o.idPrefix}-caption`,
    ...shape,
    columnCount,
    empty: isEmptyTable(table),
    wide: isWideTable(table),
    ...(folded ? { fold: { ...folded, zero: formatMoney(0, o.locale, table.scale) } } : {}),
    narrow,
  };
};
