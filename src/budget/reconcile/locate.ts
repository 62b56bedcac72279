/**
 * Locating a mistake. A wrong total fails the check it is printed in; a wrong part fails the
 * check of its total, which names the total's row. To name the cell itself we reason over all
 * checks at once: a cell that takes part in a check that passed is vouched for; among the cells
 * of the failed checks that nobody vouches for, the one that takes part in every failed check
 * of a connected group explains all of them, so it is the likely mistake. When several cells
 * are equally able to explain the failures (e.g. two items of 表6 that appear nowhere else),
 * no single cell is named: the failed check lists them all.
 *
 * Under a single wrong cell whose error exceeds twice the tolerance of its checks, every check
 * containing it fails and the named cell, if any, is that cell: the locator is never wrong then.
 */
import { cellKey, DEFAULT_SCALE } from "./cells";
import type { CellRef, Check } from "./types";

export interface LikelyCell {
  cell: CellRef;
  /** The failed checks it explains. */
  failed: Check[];
  /** The value every one of those checks implies for it, when they agree. */
  suggestion?: number;
}

const cellsOf = (c: Check): CellRef[] => (c.subject ? [c.subject, ...c.parts] : c.parts);

/**
 * The cells a passing check vouches for. A percentage rounded to 0.1% passes for a range of
 * amounts, so it vouches for the stated percentage only, not for the amounts it is computed from.
 * (Checks of words only, such as the unit or the wording, carry no cells at all.)
 */
const vouchedBy = (c: Check): CellRef[] => (c.rule === "explain.percent" ? (c.subject ? [c.subject] : []) : cellsOf(c));

export const likelyCells = (checks: readonly Check[]): LikelyCell[] => {
  const failing = checks.filter((c) => c.status === "error");
  if (failing.length === 0) return [];

  // Candidate cells: those of the failed checks that no passing check vouches for.
  const candidates = new Map<string, { cell: CellRef; checks: Set<number> }>();
  failing.forEach((check, i) => {
    for (const cell of cellsOf(check)) {
      const key = cellKey(cell);
      const entry = candidates.get(key) ?? { cell, checks: new Set<number>() };
      entry.checks.add(i);
      candidates.set(key, entry);
    }
  });
  // Only cells on a candidate's line can be vouched for one: skip building keys for the rest.
  const lines = new Set([...candidates.values()].map((c) => c.cell.line));
  for (const c of checks) {
    if (c.status === "error") continue;
    for (const cell of vouchedBy(c)) if (lines.has(cell.line)) candidates.delete(cellKey(cell));
  }

  // Group failed checks that share a candidate cell (union-find).
  const parent = failing.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const { checks: set } of candidates.values()) {
    const [first, ...rest] = [...set];
    for (const other of rest) parent[find(other)] = find(first as number);
  }
  const groups = new Map<number, number[]>();
  failing.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));

  const result: LikelyCell[] = [];
  for (const members of groups.values()) {
    const explaining = [...candidates.values()].filter((c) => members.every((m) => c.checks.has(m)));
    if (explaining.length !== 1) continue;
    const { cell } = explaining[0] as { cell: CellRef };
    const failed = members.map((m) => failing[m] as Check);
    const key = cellKey(cell);
    const implied = failed
      // A check in another unit than the cell's implies a value in that unit: no suggestion from it.
      .filter((c) => c.quantity === "amount" && c.difference !== undefined && c.computed !== undefined)
      .filter((c) => (c.scale ?? DEFAULT_SCALE) === (cell.scale ?? DEFAULT_SCALE))
      .map((c) =>
        c.subject && cellKey(c.subject) === key ? (c.computed as number) : cell.value + (c.difference as number),
      );
    const agree = implied.length > 0 && implied.every((v) => v === implied[0]);
    result.push({ cell, failed, ...(agree ? { suggestion: implied[0] as number } : {}) });
  }
  return result;
};
