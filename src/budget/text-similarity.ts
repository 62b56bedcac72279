/** Edit distance, used to suggest the intended name for a misspelled header or file. */
export const editDistance = (a: string, b: string): number => {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
};

/** The closest candidate, if it is close enough to be a plausible typo (about a third of it). */
export const closest = (word: string, candidates: Iterable<string>): string | undefined => {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor([...best].length / 3)) ? best : undefined;
};

/**
 * Compare printed names loosely: full- and half-width brackets and spaces are the same to a
 * reader, and staff type either.
 */
export const looseName = (name: string): string =>
  name.replace(/\s+/g, "").replaceAll("（", "(").replaceAll("）", ")").replaceAll("“", '"').replaceAll("”", '"');

/**
 * Dice coefficient of two names' character pairs (0–1): "一般行政事务管理" against "一般行政管理事务"
 * is 0.71, a name missing a 的 or 费 stays above 0.8.
 */
export const bigramSimilarity = (a: string, b: string): number => {
  const pairs = (s: string) => Array.from({ length: Math.max(s.length - 1, 0) }, (_, i) => s.slice(i, i + 2));
  const x = pairs(a);
  const y = pairs(b);
  if (x.length + y.length === 0) return 1;
  const rest = [...y];
  let common = 0;
  for (const p of x) {
    const at = rest.indexOf(p);
    if (at >= 0) {
      common++;
      rest.splice(at, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
};
