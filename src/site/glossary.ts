/**
 * Linking headings to the 名词解释: each term gets a stable anchor, and a heading that names a
 * term ("其中：基本支出", "行政经费", "事业单位经营支出") finds it.
 */

import { STANDARD_TERMS } from "./standard-names";

/** Straight, curly and full-width quotes are all the same quote to a reader. */
const normalize = (text: string): string => text.replace(/[“”＂"]/g, '"').replace(/\s+/g, "");

/** The standard terms' anchor slugs, by the term as `normalize` writes it. */
const TERM_SLUGS: ReadonlyMap<string, string> = new Map(
  Object.entries(STANDARD_TERMS).flatMap(([term, { slug }]) => (slug === undefined ? [] : [[normalize(term), slug]])),
);

export interface TermAnchor {
  term: string;
  /** Fragment id on the glossary page, e.g. "term-basic-expenditure". */
  anchor: string;
}

export const termAnchors = (terms: readonly { term: string }[]): TermAnchor[] =>
  terms.map(({ term }, i) => ({ term, anchor: `term-${TERM_SLUGS.get(normalize(term)) ?? String(i + 1)}` }));

const PREFIX = /^其中[:：]/;

/**
 * The term a printed heading names: the same text, the term's short form before a bracket
 * (行政经费 → 行政经费（机关运行经费）), or the longest term the heading contains.
 */
export const findTerm = (label: string, anchors: readonly TermAnchor[]): TermAnchor | undefined => {
  const text = normalize(label).replace(PREFIX, "");
  if (text === "") return undefined;
  const normalized = anchors.map((a) => ({ anchor: a, term: normalize(a.term) }));
  const exact = normalized.find((a) => a.term === text || a.term.startsWith(`${text}（`));
  if (exact) return exact.anchor;
  const contained = normalized.filter((a) => text.includes(a.term)).sort((a, b) => b.term.length - a.term.length);
  return contained[0]?.anchor;
};
