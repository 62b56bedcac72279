/**
 * Reading a list table out of a laid-out page (a PDF): a table whose rows are not one printed
 * line each. Narrow cells wrap over two or three lines and the row's other cells sit vertically
 * centred beside them; merged cells (a group's name over all of its rows) are printed once; and
 * one table may print several lists side by side (江苏 公开01表: income, expenditure by function,
 * expenditure by purpose), each with its own rows. The profile says, as data (TableSpec.listLayout),
 * which column's cells start the rows and which columns are merged; where a line stands on the
 * page does the rest: a cell's wrapped lines follow each other at the line pitch of the text and
 * do not start a numbered item, every other cell belongs to the row it is printed beside.
 */
import type { ColumnSpec, ListLayout, TableSpec } from "../profiles/types";
import { isMoneyText, normalise } from "./printed-text";
import { noteAt, type ImportNote } from "./report";
import { prepareLayout, type Slot } from "./layout-columns";
import type { SourceLine } from "./source";

/** One printed cell, placed: its column, where it stands down the page, its text. */
interface Fragment {
  slot: number;
  /** Down the document: the page, then the baseline (or the line number where none is known). */
  page: number;
  y: number;
  x0: number;
  x1: number;
  text: string;
  line: SourceLine;
  /** The first or last line of its page's part of the table (a cell may wrap across pages). */
  pageStart: boolean;
  pageEnd: boolean;
}

/** A cell as it was printed, maybe over several lines. */
interface Item {
  slot: number;
  fragments: Fragment[];
}

/** An item number starts a new cell: 一、 1. （一） (1). */
const ITEM_START = /^(?:[一二三四五六七八九十]+、|\d+[.、．](?!\d)|[（(][一二三四五六七八九十\d]+[)）])/;
/** A space between a figure and a Chinese character is where the PDF changed fonts, not text. */
const FONT_GAP = /(?<=\d) (?=\p{Script=Han})|(?<=\p{Script=Han}) (?=\d)/gu;

/** The label of a total row: 合计, 总计, 收入总计. */
const TOTAL = /(?:合计|总计)$/;

const ALL_HAN = /^\p{Script=Han}{2,}$/u;

/**
 * The width of one Chinese character in the table, from its cells of Chinese characters only
 * (punctuation and figures are narrower): a square character's width is the font size, the unit
 * for how far apart lines stand.
 */
const characterWidth = (lines: readonly SourceLine[]): number => {
  const widths = lines
    .flatMap((line) => line.cells)
    .filter((f) => ALL_HAN.test(f.text))
    .map((f) => (f.x1 - f.x0) / f.text.length)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 9;
};

const centreOf = (item: Item): { page: number; y: number } => {
  const first = item.fragments[0]!;
  const last = item.fragments[item.fragments.length - 1]!;
  return { page: first.page, y: first.page === last.page ? (first.y + last.y) / 2 : first.y };
};

/** How far apart two places down the document are: across a page, farther than anything on one. */
const apart = (a: { page: number; y: number }, b: { page: number; y: number }): number =>
  a.page === b.page ? Math.abs(a.y - b.y) : 1e6 * Math.abs(a.page - b.page) + Math.abs(a.y - b.y);

/**
 * Text columns are anchored at their printed header's centre; one without a header of its own
 * (江苏 表2's 明细 under a 项目名称 spanning both columns) at the left edge most of the cells
 * between its neighbours start at, as such columns print their text left-aligned.
 */
const textAnchors = (
  slots: readonly Slot[],
  headers: readonly SourceLine[],
  lines: readonly SourceLine[],
): { at: number; left: boolean }[] => {
  const printed = headers.flatMap((line) => line.cells.map((cell) => normalise(cell.text)));
  // prepareLayout places a slot without a header between its neighbours; here that is no anchor.
  // A header wrapped over lines prints part of the word on each ("采购品目大" over "类").
  const headed = slots.map(
    (slot) =>
      slot.centre !== undefined &&
      slot.words.some((word) => printed.some((text) => text.length >= 2 && word.includes(text))),
  );
  return slots.map((slot, index) => {
    if (headed[index] || slot.kind === "money") return { at: slot.centre ?? 0, left: false };
    const before = slots.slice(0, index).findLast((_, i) => headed[i])?.centre ?? -Infinity;
    const after = slots.slice(index + 1).find((_, i) => headed[index + 1 + i])?.centre ?? Infinity;
    const counts = new Map<number, number>();
    for (const cell of lines.flatMap((line) => line.cells)) {
      const centre = (cell.x0 + cell.x1) / 2;
      if (isMoneyText(cell.text) || centre <= before || centre >= after) continue;
      const edge = Math.round(cell.x0);
      counts.set(edge, (counts.get(edge) ?? 0) + 1);
    }
    const [edge] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [(before + after) / 2];
    return { at: edge, left: true };
  });
};

/** Every cell of the body as a fragment of its column. */
const fragmentsOf = (
  body: readonly SourceLine[],
  headers: readonly SourceLine[],
  slots: readonly Slot[],
  moneyOffset: number,
  width: number,
): Fragment[] => {
  const anchors = textAnchors(slots, headers, body);
  const pageEdges = new Map<number, { first: SourceLine; last: SourceLine }>();
  for (const line of body) {
    const edges = pageEdges.get(line.page);
    if (edges) edges.last = line;
    else pageEdges.set(line.page, { first: line, last: line });
  }
  const nearest = (kind: "money" | "text", distance: (index: number) => number): number => {
    let best = -1;
    slots.forEach((slot, index) => {
      if ((slot.kind === "money") !== (kind === "money")) return;
      if (best < 0 || distance(index) < distance(best)) best = index;
    });
    return best;
  };
  const placed = body.flatMap((line) =>
    line.cells.map((cell) => {
      const money = isMoneyText(cell.text);
      const slot = money
        ? nearest("money", (i) => Math.abs(cell.x1 - moneyOffset - (slots[i]!.centre ?? Infinity)))
        : nearest("text", (i) => {
            const anchor = anchors[i]!;
            return Math.abs((anchor.left ? cell.x0 : (cell.x0 + cell.x1) / 2) - anchor.at);
          });
      const edges = pageEdges.get(line.page)!;
      return {
        slot,
        page: line.page,
        y: line.y ?? line.line,
        x0: cell.x0,
        x1: cell.x1,
        text: cell.text,
        line,
        pageStart: line === edges.first,
        pageEnd: line === edges.last,
      };
    }),
  );
  return placeLeftAligned(placed, slots, width);
};

/**
 * Text columns print their cells left-aligned: the line a wrapped cell goes on with ("费" under
 * 信息网络建设维护) starts at its column's edge, however short it is and wherever its centre. So
 * each text column's edge is where most of the cells first placed in it start, and every text
 * cell goes to the column whose edge it starts at or (by less than half a character) before.
 */
const placeLeftAligned = (fragments: Fragment[], slots: readonly Slot[], width: number): Fragment[] => {
  const edges = slots.map((slot, index) => {
    if (slot.kind === "money") return undefined;
    const counts = new Map<number, number>();
    for (const f of fragments)
      if (f.slot === index) counts.set(Math.round(f.x0), (counts.get(Math.round(f.x0)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  });
  return fragments.map((fragment) => {
    if (slots[fragment.slot]?.kind === "money") return fragment;
    let slot = -1;
    edges.forEach((edge, index) => {
      if (edge !== undefined && edge <= fragment.x0 + width / 2 && (slot < 0 || edge > edges[slot]!)) slot = index;
    });
    return slot < 0 ? fragment : { ...fragment, slot };
  });
};

/**
 * A column's fragments as cells: a fragment goes on the cell above when it is the next line of
 * text (a line pitch below, or the top of the next page under the foot of the last) and starts no
 * numbered item.
 */
const itemsOf = (fragments: readonly Fragment[], slot: number, pitch: number): Item[] => {
  const items: Item[] = [];
  for (const fragment of fragments.filter((f) => f.slot === slot)) {
    const last = items[items.length - 1]?.fragments.at(-1);
    const nextLine =
      last !== undefined &&
      (last.page === fragment.page
        ? fragment.y - last.y <= pitch
        : fragment.page === last.page + 1 && last.pageEnd && fragment.pageStart);
    if (nextLine && !ITEM_START.test(fragment.text)) items[items.length - 1]!.fragments.push(fragment);
    else items.push({ slot, fragments: [fragment] });
  }
  return items;
};

const textOf = (fragments: readonly Fragment[]): string =>
  fragments
    .map((f) => f.text)
    .join("")
    .replace(FONT_GAP, "")
    .trim();

/** A row being read: its place down the page and its cells' fragments by column. */
interface Row {
  at: { page: number; y: number };
  cells: Map<number, Fragment[]>;
}

const nearestRow = (rows: readonly Row[], at: { page: number; y: number }): Row | undefined =>
  rows.reduce<Row | undefined>(
    (best, row) => (!best || apart(row.at, at) < apart(best.at, at) ? row : best),
    undefined,
  );

const put = (row: Row, slot: number, fragments: readonly Fragment[]): void => {
  row.cells.set(slot, [...(row.cells.get(slot) ?? []), ...fragments]);
};

/**
 * A merged column printed centred over its rows: each name claims the rows from the first one
 * no earlier name claimed to as far below its centre as that one is above it. Names left with no
 * row are returned, for the report.
 */
const claimCentred = (rows: readonly Row[], names: readonly Item[], slot: number, tolerance: number): Item[] => {
  let next = rows.findIndex((row) => !row.cells.has(slot));
  const unclaimed: Item[] = [];
  for (const name of names) {
    if (next < 0 || next >= rows.length) {
      unclaimed.push(name);
      continue;
    }
    const centre = centreOf(name);
    const start = rows[next]!.at;
    // A name printed above its first free row (or on another page) belongs to the row nearest it.
    const reach = start.page === centre.page && start.y <= centre.y ? 2 * centre.y - start.y + tolerance : centre.y;
    let index = next;
    while (index < rows.length) {
      const row = rows[index]!;
      if (row.at.page !== centre.page || row.at.y > reach) break;
      if (!row.cells.has(slot)) put(row, slot, name.fragments);
      index++;
    }
    if (index === next) put(nearestRow(rows.slice(next), centre) ?? rows[next]!, slot, name.fragments);
    next = Math.max(index, next + 1);
  }
  return unclaimed;
};

export interface ListRead {
  /** Values by printed column (spec order, as `columns`), one array per row. */
  rows: string[][];
  notes: ImportNote[];
}

/** A cell of a table in which no row was found: reported, as nothing is dropped silently. */
const rowless = (spec: TableSpec, fragment: Fragment): ImportNote =>
  noteAt("unplaced", fragment.line, {
    zh: `${spec.title.zh}中找不到「${fragment.text}」所在的行，未写入表格，请核对`,
    en: `no row of ${spec.title.en} was found for “${fragment.text}”; it was not written, please check`,
  });

/** Reads a list table's body lines (header, unit, name and page-number lines already taken out). */
export const readListLayout = (
  spec: TableSpec,
  layout: ListLayout,
  columns: readonly ColumnSpec[],
  headers: readonly SourceLine[],
  body: readonly SourceLine[],
): ListRead => {
  const notes: ImportNote[] = [];
  if (body.length > 0 && body.some((line) => line.y === undefined)) {
    // Laid-out text keeps no line positions: a cell's wrapped lines and a row's neighbours are
    // guessed from line counts alone, which pdftotext does not keep faithfully.
    notes.push(
      noteAt("unsure", body[0], {
        zh: `${spec.title.zh}的单元格跨行、合并，而文字文件不记录每行在页面上的位置，这张表可能读错：请导入 PDF，或逐行对照原文核对`,
        en: `${spec.title.en} has cells wrapped over lines and merged over rows, and a text file keeps no line positions: it may be misread; import the PDF, or check it row by row`,
      }),
    );
  }
  const { slots, moneyOffset } = prepareLayout(spec, columns, headers, body);
  const width = characterWidth(body);
  const fragments = fragmentsOf(body, headers, slots, moneyOffset, width);
  // Lines of one cell stand about 1.7 font sizes apart, rows (with their padding) 2 and more.
  const pitch = 1.85 * width;
  const slotOf = (key: string): number => columns.findIndex((column) => column.key === key);
  const merged = new Map(Object.entries(layout.merged ?? {}).map(([key, how]) => [slotOf(key), how]));
  const anchor = slotOf(layout.rowsBy);

  // The rows: each cell of the column that starts them (an amount is one line, text may wrap).
  const anchorItems =
    slots[anchor]?.kind === "money"
      ? fragments.filter((f) => f.slot === anchor).map((f) => ({ slot: anchor, fragments: [f] }))
      : itemsOf(fragments, anchor, pitch);
  const rows: Row[] = anchorItems.map((item) => ({
    at: centreOf(item),
    cells: new Map([[anchor, item.fragments]]),
  }));
  // A line with amounts beside no cell of that column is a row of its own, named in a merged
  // cell (收入总计 centred across 项目名称 and 明细).
  for (const fragment of fragments) {
    if (slots[fragment.slot]?.kind !== "money" || fragment.slot === anchor) continue;
    const row = nearestRow(rows, fragment);
    if (row && apart(row.at, fragment) <= pitch / 2) continue;
    rows.push({ at: { page: fragment.page, y: fragment.y }, cells: new Map() });
  }
  rows.sort((a, b) => a.at.page - b.at.page || a.at.y - b.at.y);

  // Every other unmerged cell goes to the row it stands beside. Where rows start at amounts (one
  // line each), a wrapped cell's lines are found by the row they stand nearest, one by one.
  slots.forEach((slot, index) => {
    if (index === anchor || merged.has(index)) return;
    if (slot.kind === "money" || slots[anchor]?.kind === "money") {
      for (const fragment of fragments.filter((f) => f.slot === index)) {
        const row = nearestRow(rows, fragment);
        if (!row) {
          notes.push(rowless(spec, fragment));
          continue;
        }
        if (slot.kind === "money" && row.cells.has(index)) {
          notes.push(
            noteAt("unsure", fragment.line, {
              zh: `${spec.title.zh}中的金额 ${fragment.text} 与同一行的 ${textOf(row.cells.get(index)!)} 落在同一列，已写在一格中，请核对`,
              en: `in ${spec.title.en}, the amount ${fragment.text} falls in the same row and column as ${textOf(row.cells.get(index)!)}; both were written in one cell, please check`,
            }),
          );
        }
        put(row, index, [fragment]);
      }
      return;
    }
    for (const item of itemsOf(fragments, index, pitch)) {
      const row = nearestRow(rows, centreOf(item));
      if (!row) {
        notes.push(rowless(spec, item.fragments[0]!));
        continue;
      }
      if (row.cells.has(index)) {
        notes.push(
          noteAt("unsure", item.fragments[0]!.line, {
            zh: `${spec.title.zh}中「${textOf(item.fragments)}」与同一行的「${textOf(row.cells.get(index)!)}」在同一列，已合并为一格，请核对`,
            en: `in ${spec.title.en}, “${textOf(item.fragments)}” shares its column and row with “${textOf(row.cells.get(index)!)}”; joined into one cell, please check`,
          }),
        );
      }
      put(row, index, item.fragments);
    }
  });

  if (slots[anchor]?.kind === "money") joinSplitCells(rows, slots, anchor, merged, pitch);

  // An amount under a merged heading (当年支出小计 …… 21,955.35 printed across the lists) belongs
  // to the list whose name the row prints and whose own amount it lacks.
  for (const row of rows) relocateAmounts(row, columns, slots);

  // The total row first: its name is the row's name, wherever across the row it was centred.
  const first = rows[0];
  const nameSlot = columns.findIndex((column) => column.key === "name");
  const totalFirst = (spec.totalRow ?? "first") === "first";
  if (totalFirst && first && !first.cells.has(nameSlot)) {
    const named = [...first.cells.keys()].find((slot) => slots[slot]?.kind === "text");
    if (named !== undefined && TOTAL.test(textOf(first.cells.get(named)!))) {
      first.cells.set(nameSlot, first.cells.get(named)!);
      first.cells.delete(named);
    }
  }

  // Merged columns, left to right: centred ones claim their rows; filled ones name the row they
  // stand beside and every row below until a new name in it or in a merged column left of it.
  const values = rows.map((row) => columns.map((_, slot) => textOf(row.cells.get(slot) ?? [])));
  const mergedSlots = [...merged.keys()].sort((a, b) => a - b);
  for (const slot of mergedSlots) {
    const names = itemsOf(fragments, slot, pitch);
    if (merged.get(slot) === "centred") {
      for (const name of claimCentred(rows, names, slot, width)) notes.push(rowless(spec, name.fragments[0]!));
    } else {
      for (const name of names) {
        const row = nearestRow(rows, centreOf(name));
        if (row) put(row, slot, name.fragments);
        else notes.push(rowless(spec, name.fragments[0]!));
      }
    }
    rows.forEach((row, index) => {
      values[index]![slot] = textOf(row.cells.get(slot) ?? []);
    });
  }
  for (const slot of mergedSlots) {
    if (merged.get(slot) !== "filled") continue;
    for (let index = 1; index < values.length; index++) {
      const row = values[index]!;
      const above = values[index - 1]!;
      const newHigher = mergedSlots.some((higher) => higher < slot && row[higher] !== above[higher]);
      // The total row printed first names no group: nothing is filled down from it.
      const fromTotal = index === 1 && totalFirst && TOTAL.test(values[0]![nameSlot] ?? "");
      if (row[slot] === "" && !newHigher && !fromTotal) row[slot] = above[slot]!;
    }
  }
  return { rows: values, notes };
};

/**
 * A cell merged over two rows prints its lines between them ("物业管理服" / "务" between the rows
 * of 330.00 and 20.00): its upper lines stand nearer the first row, the lower nearer the second.
 * Such a cell — all of its part in the upper row below that row's amount, all of its part in the
 * lower row above that one's, a line apart, the lower starting no item — is one cell, and both
 * rows print it.
 */
const joinSplitCells = (
  rows: readonly Row[],
  slots: readonly Slot[],
  anchor: number,
  merged: ReadonlyMap<number, string>,
  pitch: number,
): void => {
  slots.forEach((slot, index) => {
    if (slot.kind === "money" || index === anchor || merged.has(index)) return;
    for (let r = 0; r + 1 < rows.length; r++) {
      const upper = rows[r]!;
      const lower = rows[r + 1]!;
      const top = upper.cells.get(index);
      const bottom = lower.cells.get(index);
      if (!top || !bottom || upper.at.page !== lower.at.page) continue;
      const below = top.every((f) => f.y > upper.at.y + 1);
      const above = bottom.every((f) => f.y < lower.at.y - 1);
      const adjacent = bottom[0]!.y - top[top.length - 1]!.y <= pitch;
      if (!below || !above || !adjacent || ITEM_START.test(bottom[0]!.text)) continue;
      const whole = [...top, ...bottom];
      upper.cells.set(index, whole);
      lower.cells.set(index, whole);
    }
  });
};

/** Moves an amount to the list of its row that names an item and has no amount of its own. */
const relocateAmounts = (row: Row, columns: readonly ColumnSpec[], slots: readonly Slot[]): void => {
  const groupOf = (slot: number): string => columns[slot]?.group?.zh ?? "";
  const lists = [...new Set(columns.map((_, slot) => groupOf(slot)))];
  if (lists.length < 2) return;
  const textIn = (list: string): boolean =>
    [...row.cells.keys()].some((slot) => groupOf(slot) === list && slots[slot]?.kind === "text");
  for (const [slot, fragments] of [...row.cells]) {
    if (slots[slot]?.kind !== "money" || textIn(groupOf(slot))) continue;
    const target = columns.findLastIndex(
      (column, other) =>
        other < slot &&
        column.type === "money" &&
        !row.cells.has(other) &&
        textIn(groupOf(other)) &&
        groupOf(other) !== groupOf(slot),
    );
    if (target < 0) continue;
    row.cells.delete(slot);
    row.cells.set(target, fragments);
  }
};
