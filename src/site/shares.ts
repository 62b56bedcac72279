/**
 * Shares of a whole in tenths of a percent that add up to exactly 100.0%, by the largest
 * remainder method: a reader who adds the printed percentages gets 100, not 99.9 or 100.1.
 */
export const sharesInTenths = (values: readonly number[]): number[] => {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v * 1000) / total);
  const floors = exact.map(Math.floor);
  let missing = 1000 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing--;
  }
  return floors;
};
