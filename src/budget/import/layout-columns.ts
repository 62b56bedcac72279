/**
 * Putting the cells of a laid-out line (PDF, `pdftotext -layout`) into the table's columns. Such
 * a line has only its non-blank cells, so a blank amount leaves no gap to count; the position of
 * each cell under the printed column headers tells where it belongs. Amounts go to the amount
 * column whose header they sit under (nearest by centre), codes and names to the text columns in
 * printed order.
 */
import type { ColumnSpec, TableSpec } from "../profiles/types";
import type { SourceCell, SourceLine } from "./source";

export interface ColumnLayout {
  spec: TableSpec;
  /** The section's header lines, as printed. */
  headers: readonly SourceLine[];
  /** The columns this document prints. */
  columns: readonly ColumnSpec[];
}

const MONEY = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const CODE_PART = /^\d{2,3}$/;

const plain = (text: string): string =>
  text
    .replace(/[\s\u3000]+/g, "")
    .replaceAll("(", "（")
    .replaceAll(")", "）")
    .replace(/^其中[：:]/, "");

interface Slot {
  column: ColumnSpec | "name";
  money: boolean;
  /** Centre of the header cell it sits under, where one was found. */
  centre?: number;
}

/** The printed slots of a line, left to right: for a two-sided table both sides. */
const slotsOf = (layout: ColumnLayout): Slot[] => {
  const printed = layout.columns.filter((column) => column.type !== "rowKind" && column.type !== "side");
  if (layout.spec.model !== "twoSided") {
    return printed.map((column) => ({ column, money: column.type === "money" }));
  }
  const side = (which: "income" | "expenditure"): Slot[] => [
    { column: "name", money: false },
    ...printed
      .filter((column) => column.type === "money" && (column.side === undefined || column.side === which))
      .map((column) => ({ column, money: true })),
  ];
  return [...side("income"), ...side("expenditure")];
};

const wordsOf = (slot: Slot, expenditureSide: boolean): string[] => {
  if (slot.column === "name") return ["项目"];
  const column = slot.column;
  const words = [column.header, column.label.zh];
  if (expenditureSide && column.expenditureLabel) words.unshift(column.expenditureLabel.zh);
  return words.map(plain);
};

/** Finds each money slot's header cell: the n-th header cell with its words, left to right. */
const anchor = (slots: Slot[], headers: readonly SourceLine[]): void => {
  const cells: SourceCell[] = headers.flatMap((line) => line.cells).sort((a, b) => a.x0 - b.x0);
  const used = new Set<SourceCell>();
  const nameCount = { seen: 0 };
  slots.forEach((slot) => {
    const expenditureSide = slot.column === "name" ? nameCount.seen++ > 0 : nameCount.seen > 1;
    const words = wordsOf(slot, expenditureSide);
    const cell = cells.find((candidate) => !used.has(candidate) && words.includes(plain(candidate.text)));
    if (cell) {
      used.add(cell);
      slot.centre = (cell.x0 + cell.x1) / 2;
    }
  });
};

/**
 * The line's cells as a grid row (the n-th value is the n-th printed slot), like a tab-separated
 * line: amounts placed under their headers, texts in order into the text slots between them.
 */
export const cellColumns = (line: SourceLine, layout: ColumnLayout): string[] => {
  const slots = slotsOf(layout);
  anchor(slots, layout.headers);
  const values: string[] = slots.map(() => "");
  const moneySlots = slots.map((slot, index) => ({ slot, index })).filter(({ slot }) => slot.money);
  let textCursor = 0;
  for (const cell of line.cells) {
    const centre = (cell.x0 + cell.x1) / 2;
    if (
      MONEY.test(cell.text) &&
      !(CODE_PART.test(cell.text) && nextTextSlot(slots, textCursor, true) !== undefined && isLeftOfMoney(cell, slots))
    ) {
      const anchored = moneySlots.filter(
        ({ slot }) => slot.centre !== undefined && values[moneySlotIndex(slot, slots)] === "",
      );
      const target =
        anchored.length > 0
          ? anchored.reduce((best, candidate) =>
              Math.abs(candidate.slot.centre! - centre) < Math.abs(best.slot.centre! - centre) ? candidate : best,
            )
          : moneySlots.find(({ index }) => index >= textCursor && values[index] === "");
      if (target) {
        values[target.index] = cell.text;
        textCursor = Math.max(textCursor, target.index + 1);
        continue;
      }
    }
    const slot = nextTextSlot(slots, textCursor, false);
    if (slot === undefined) {
      values.push(cell.text);
      continue;
    }
    values[slot] = cell.text;
    textCursor = slot + 1;
  }
  return values;
};

const moneySlotIndex = (slot: Slot, slots: Slot[]): number => slots.indexOf(slot);

/** The next text slot at or after the cursor (code parts only when `codes`). */
const nextTextSlot = (slots: Slot[], from: number, codes: boolean): number | undefined => {
  for (let index = from; index < slots.length; index++) {
    const slot = slots[index]!;
    if (slot.money) continue;
    const isCode =
      (slot.column !== "name" && slot.column.type.startsWith("functionCode")) ||
      (slot.column !== "name" && slot.column.type.startsWith("economicCode"));
    if (codes && !isCode) return undefined;
    return index;
  }
  return undefined;
};

/** A short number left of every amount column is a code part (类 201, 款 05), not an amount. */
const isLeftOfMoney = (cell: SourceCell, slots: Slot[]): boolean => {
  const first = slots.find((slot) => slot.money && slot.centre !== undefined);
  return first?.centre === undefined || cell.x1 < first.centre - 2;
};
