/**
 * English texts that quote the Chinese document ("the 合计 row", "column “预算”") mix scripts.
 * Splitting them into runs lets the page mark each Chinese run lang="zh-CN", so screen readers
 * switch voice for it and browsers choose a Chinese font.
 */

/** Han characters with the CJK punctuation and full-width forms that belong to them. */
const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;

export interface ScriptRun {
  text: string;
  chinese: boolean;
}

export const scriptRuns = (text: string): ScriptRun[] => {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start), chinese: false });
    runs.push({ text: match[0], chinese: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), chinese: false });
  return runs;
};
