/**
 * Across departments, per year: each department-year's key figures side by side, all in yuan so
 * that figures printed in 万元 and in 元 compare exactly (万元 to the hundredth is a whole number of
 * yuan). A figure a document does not state is left empty, never shown as 0.
 */
import type { DepartmentYear } from "../budget";
import { decimalsOf, toDecimalString, toScale } from "../budget";
import { keyFigures, type KeyFigureId } from "./key-figures";

export const COMPARED_FIGURES: readonly KeyFigureId[] = [
  "income",
  "expenditure",
  "basic",
  "project",
  "threePublic",
  "adminCosts",
];

export interface DepartmentFigures {
  dy: DepartmentYear;
  /** By figure: the amount in fen (10^−2 元, exact for every printed unit) where the document prints it. */
  fen: Partial<Record<KeyFigureId, number>>;
}

/** Fen: the finest unit any document prints (元 to two decimals). */
export const FEN = -2;

export const yearOverview = (dys: readonly DepartmentYear[], year: number): DepartmentFigures[] =>
  dys
    .filter((dy) => dy.year === year)
    .map((dy) => ({
      dy,
      fen: Object.fromEntries(keyFigures(dy).map((f) => [f.id, toScale(f.value, f.scale, FEN)])) as Partial<
        Record<KeyFigureId, number>
      >,
    }))
    .sort((a, b) => (b.fen.expenditure ?? 0) - (a.fen.expenditure ?? 0));

/** Fen as yuan, exactly: "72678100", "371514655" (no decimals where there are none). */
export const yuanDecimal = (fen: number): string =>
  fen % 100 === 0 ? String(fen / 100) : toDecimalString(fen, decimalsOf(FEN));

/** The years the data has, newest first. */
export const yearsOf = (dys: readonly DepartmentYear[]): number[] =>
  [...new Set(dys.map((dy) => dy.year))].sort((a, b) => b - a);
