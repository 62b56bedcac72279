/**
 * Putting the cells of a laid-out line (PDF, `pdftotext -layout`) into the table's columns. Such
 * a line has only its non-blank cells, so a blank amount leaves no gap to count; the position of
 * each cell under the printed column headers tells where it belongs. Each column is anchored at
 * the centre of its header (a header wrapped over two lines is found stacked; one not found at
 * all sits between its neighbours), and each cell goes to the nearest free column of its kind —
 * amounts to amount columns, short numbers left of the amounts to code columns, text to text
 * columns — keeping the printed left-to-right order.
 */
import type { ColumnSpec, TableSpec } from "../profiles/types";
import { isMoneyText, normalise } from "./printed-text";
import type { SourceCell, SourceLine } from "./source";

export interface ColumnLayout {
  slots: Slot[];
  /**
   * What placing a cell under a column whose header was not found costs: half the table's width,
   * so a cell goes there only when no column with a header fits it.
   */
  unanchoredCost: number;
  /** Centre of the first anchored amount column: short numbers left of it are codes. */
  firstMoney: number | undefined;
  /**
   * How far right of its header's centre an amount's right edge sits: amounts are printed
   * right-aligned in their column, headers centred, so the two differ by about half a column.
   */
  moneyOffset: number;
}

const CODE = /^\d{1,7}$/;

type SlotKind = "money" | "code" | "text";

export interface Slot {
  kind: SlotKind;
  /** Words its header may be printed as. */
  words: string[];
  centre?: number;
}

/** Header text compared as the table finder compares it, and without a "其中：" prefix. */
const plain = (text: string): string => normalise(text).replace(/^其中：/, "");

const kindOf = (column: ColumnSpec): SlotKind =>
  column.type === "money"
    ? "money"
    : column.type.endsWith("Code") || column.type.endsWith("CodePart")
      ? "code"
      : "text";

const slotOf = (column: ColumnSpec, expenditureSide = false): Slot => ({
  kind: kindOf(column),
  words: [
    ...(expenditureSide && column.expenditureLabel ? [column.expenditureLabel.zh] : []),
    column.label.zh,
    column.header,
  ].map(plain),
});

/** The printed slots of a line, left to right: for a two-sided table both sides. */
const slotsOf = (spec: TableSpec, columns: readonly ColumnSpec[]): Slot[] => {
  const printed = columns.filter((column) => column.type !== "rowKind" && column.type !== "side");
  if (spec.model !== "twoSided") return printed.map((column) => slotOf(column));
  const side = (which: "income" | "expenditure"): Slot[] => [
    { kind: "text", words: ["项目"] },
    ...printed
      .filter((column) => column.type === "money" && (column.side === undefined || column.side === which))
      .map((column) => slotOf(column, which === "expenditure")),
  ];
  return [...side("income"), ...side("expenditure")];
};

const overlaps = (a: SourceCell, b: SourceCell): boolean => a.x0 < b.x1 && b.x0 < a.x1;

/**
 * Header cells and the stacks a wrapped header makes ("事业单位" over "经营收入"), each with its
 * text and horizontal extent, left to right.
 */
const headerCandidates = (headers: readonly SourceLine[]): SourceCell[] => {
  const single = headers.flatMap((line) => line.cells);
  const stacked: SourceCell[] = [];
  // A wrapped header's second part may sit a line or two lower, with other headers between.
  headers.forEach((line, index) => {
    for (const below of headers.slice(index + 1, index + 4)) {
      for (const top of line.cells) {
        for (const bottom of below.cells) {
          if (!overlaps(top, bottom)) continue;
          stacked.push({
            text: top.text + bottom.text,
            x0: Math.min(top.x0, bottom.x0),
            x1: Math.max(top.x1, bottom.x1),
          });
        }
      }
    }
  });
  return [...single, ...stacked].sort((a, b) => a.x0 - b.x0);
};

const anchoredBefore = (slots: readonly Slot[], index: number, kind?: SlotKind): number =>
  slots.findLastIndex(
    (slot, i) => i < index && slot.centre !== undefined && (kind === undefined || slot.kind === kind),
  );

/**
 * Anchors each slot at its header. A slot whose header is not found sits between its anchored
 * neighbours, or past the last one at the spacing of the amount columns before it.
 */
const anchor = (slots: Slot[], headers: readonly SourceLine[]): void => {
  const candidates = headerCandidates(headers);
  const used = new Set<SourceCell>();
  let leftmost = -Infinity;
  for (const slot of slots) {
    const cell = candidates.find(
      (candidate) => !used.has(candidate) && candidate.x0 >= leftmost - 1 && slot.words.includes(plain(candidate.text)),
    );
    if (!cell) continue;
    used.add(cell);
    slot.centre = (cell.x0 + cell.x1) / 2;
    leftmost = cell.x0;
  }
  slots.forEach((slot, index) => {
    if (slot.centre !== undefined) return;
    const beforeIndex = anchoredBefore(slots, index);
    const afterIndex = slots.findIndex((s, i) => i > index && s.centre !== undefined);
    const before = slots[beforeIndex]?.centre;
    const after = slots[afterIndex]?.centre;
    if (before !== undefined && after !== undefined) {
      slot.centre = before + ((after - before) * (index - beforeIndex)) / (afterIndex - beforeIndex);
      return;
    }
    const earlierIndex = anchoredBefore(slots, beforeIndex, "money");
    const earlier = slots[earlierIndex]?.centre;
    if (slot.kind === "money" && before !== undefined && earlier !== undefined) {
      slot.centre = before + ((before - earlier) / (beforeIndex - earlierIndex)) * (index - beforeIndex);
    }
  });
};

/** The kind a cell can fill: an amount, a code (a short number left of every amount), or text. */
const cellKinds = (cell: SourceCell, firstMoney: number | undefined): SlotKind[] => {
  const isCode = CODE.test(cell.text) && (firstMoney === undefined || cell.x1 < firstMoney);
  if (isCode) return isMoneyText(cell.text) ? ["code", "money"] : ["code"];
  return isMoneyText(cell.text) ? ["money"] : ["text"];
};

/**
 * The offset that best lines the right edges of the table's amounts up with the centres of the
 * amount headers: each distinct edge is a column's edge, and the offset is the one that puts
 * every edge nearest some header.
 */
const moneyOffsetOf = (slots: readonly Slot[], lines: readonly SourceLine[]): number => {
  const centres = slots
    .filter((slot) => slot.kind === "money" && slot.centre !== undefined)
    .map((slot) => slot.centre!);
  const edges: number[] = [];
  for (const cell of lines.flatMap((line) => line.cells)) {
    if (!isMoneyText(cell.text) || CODE.test(cell.text)) continue;
    if (!edges.some((edge) => Math.abs(edge - cell.x1) < 1.5)) edges.push(cell.x1);
  }
  if (centres.length === 0 || edges.length === 0) return 0;
  const score = (offset: number): number =>
    edges.reduce((sum, edge) => sum + Math.min(...centres.map((centre) => Math.abs(edge - offset - centre))), 0);
  let best = { offset: 0, score: score(0) };
  for (const edge of edges) {
    for (const centre of centres) {
      const offset = edge - centre;
      // Right-aligned amounts end right of their header's centre, never well left of it.
      if (offset < -1) continue;
      const candidate = score(offset);
      if (
        candidate < best.score - 1e-9 ||
        (Math.abs(candidate - best.score) < 1e-9 && Math.abs(offset) < Math.abs(best.offset))
      ) {
        best = { offset, score: candidate };
      }
    }
  }
  return best.offset;
};

/** Works out a table's column positions once, from its header lines and its data lines. */
export const prepareLayout = (
  spec: TableSpec,
  columns: readonly ColumnSpec[],
  headers: readonly SourceLine[],
  lines: readonly SourceLine[],
): ColumnLayout => {
  const slots = slotsOf(spec, columns);
  anchor(slots, headers);
  const centres = slots.flatMap((slot) => (slot.centre === undefined ? [] : [slot.centre]));
  return {
    slots,
    unanchoredCost: centres.length > 1 ? (Math.max(...centres) - Math.min(...centres)) / 2 : 0,
    firstMoney: slots.find((slot) => slot.kind === "money" && slot.centre !== undefined)?.centre,
    moneyOffset: moneyOffsetOf(slots, lines),
  };
};

/** How far a cell sits from a slot's header (a slot without one costs the layout's fixed amount). */
const distance = (cell: SourceCell, slot: Slot, moneyOffset: number, unanchoredCost: number): number => {
  if (slot.centre === undefined) return unanchoredCost;
  const at = slot.kind === "money" ? cell.x1 - moneyOffset : (cell.x0 + cell.x1) / 2;
  return Math.abs(at - slot.centre);
};

/** Cost of leaving a cell out: more than any placement, so every cell that fits is placed. */
const LEFT_OUT = 1e6;

type Step = "skipSlot" | "place" | "leave";

/** The least-cost placement of a line's cells into the slots, for one amount offset. */
const place = (
  cells: readonly SourceCell[],
  layout: ColumnLayout,
  moneyOffset: number,
): { cost: number; values: string[] } => {
  const { slots, firstMoney, unanchoredCost } = layout;
  const n = cells.length;
  const m = slots.length;
  // best[i][j]: least cost of placing cells i.. into slots j..; choice says what was done.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const choice: Step[][] = Array.from({ length: n + 1 }, () => new Array<Step>(m + 1).fill("leave"));
  for (let i = n - 1; i >= 0; i--) best[i]![m] = LEFT_OUT * (n - i);
  for (let i = n - 1; i >= 0; i--) {
    const cell = cells[i]!;
    const kinds = cellKinds(cell, firstMoney);
    for (let j = m - 1; j >= 0; j--) {
      const slot = slots[j]!;
      let cost = best[i]![j + 1]!;
      let how: Step = "skipSlot";
      if (kinds.includes(slot.kind)) {
        // A short number is a code before it is an amount.
        const placed =
          distance(cell, slot, moneyOffset, unanchoredCost) + (kinds[0] === slot.kind ? 0 : 50) + best[i + 1]![j + 1]!;
        if (placed < cost) [cost, how] = [placed, "place"];
      }
      const left = LEFT_OUT + best[i + 1]![j]!;
      if (left < cost) [cost, how] = [left, "leave"];
      best[i]![j] = cost;
      choice[i]![j] = how;
    }
  }
  const values: string[] = slots.map(() => "");
  const extra: string[] = [];
  for (let i = 0, j = 0; i < n;) {
    const how = j < m ? choice[i]![j]! : "leave";
    if (how === "place") values[j++] = cells[i++]!.text;
    else if (how === "skipSlot") j++;
    else extra.push(cells[i++]!.text);
  }
  return { cost: best[0]![0]!, values: [...values, ...extra] };
};

/** What moving a line's amounts away from the table's usual offset costs, per unit moved. */
const SHIFT_COST = 0.5;

/**
 * The line's cells as a grid row (the n-th value is the n-th printed slot), like a tab-separated
 * line. Cells keep their left-to-right order; each goes to a slot of its kind, the placement as a
 * whole as close to the headers as it can be (a small dynamic programme over cells × slots).
 * pdftotext sometimes lays a page's rows out narrower than the header's page, so a line may sit
 * at its own offset: every offset that puts one of its amounts exactly under a header is tried,
 * at a cost for straying from the table's usual one. Cells that fit no slot are appended after
 * the last, so the caller reports them.
 */
export const cellColumns = (line: SourceLine, layout: ColumnLayout): string[] => {
  const { slots, firstMoney, moneyOffset } = layout;
  const cells = [...line.cells].sort((a, b) => a.x0 - b.x0);
  const offsets = new Set([moneyOffset]);
  for (const cell of cells) {
    if (!cellKinds(cell, firstMoney).includes("money")) continue;
    for (const slot of slots)
      if (slot.kind === "money" && slot.centre !== undefined) offsets.add(cell.x1 - slot.centre);
  }
  let best: { cost: number; values: string[] } | undefined;
  for (const offset of offsets) {
    const placed = place(cells, layout, offset);
    const cost = placed.cost + SHIFT_COST * Math.abs(offset - moneyOffset);
    if (!best || cost < best.cost) best = { cost, values: placed.values };
  }
  return best!.values;
};
