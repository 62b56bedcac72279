/**
 * Turning findings into text for a terminal: grouped by file, in file order, each with its
 * location, the value, the message and the fix, in the chosen language.
 */
import { describeLocation, SEVERITY_LABEL, shorten, type Finding } from "./findings";
import type { Lang } from "./i18n-text";

const byFileThenLine = (a: Finding, b: Finding): number =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

export const formatFindings = (findings: readonly Finding[], lang: Lang): string => {
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const f of [...findings].sort(byFileThenLine)) {
    if (f.file !== currentFile) {
      currentFile = f.file;
      lines.push("", f.file);
    }
    const location = describeLocation(f, lang);
    const label = f.acknowledged ? ACKNOWLEDGED[lang] : SEVERITY_LABEL[f.severity][lang];
    const head = `  [${label}] ${location ? `${location}${lang === "zh" ? "：" : ": "}` : ""}${f.message[lang]}`;
    lines.push(head);
    if (f.value !== undefined && f.value !== "" && !f.message[lang].includes(shorten(f.value))) {
      lines.push(`      ${lang === "zh" ? "内容：" : "value: "}${shorten(f.value, 120)}`);
    }
    if (f.acknowledged) {
      const correct = f.acknowledged.correct;
      lines.push(
        `      ${lang === "zh" ? "勘误说明：" : "erratum: "}${f.acknowledged.note[lang]}${correct ? (lang === "zh" ? `（应为 ${correct}）` : ` (should be ${correct})`) : ""}`,
      );
    } else lines.push(`      ${lang === "zh" ? "修改建议：" : "fix: "}${f.hint[lang]}`);
    lines.push(`      (${f.rule})`);
  }
  return lines.join("\n");
};

/** An error or warning errata.yaml acknowledges as the published document's own. */
const ACKNOWLEDGED = { zh: "已登记的原文差错", en: "acknowledged erratum" } as const;

export const countBySeverity = (findings: readonly Finding[]) => ({
  errors: findings.filter((f) => f.severity === "error" && !f.acknowledged).length,
  warnings: findings.filter((f) => f.severity === "warning" && !f.acknowledged).length,
  notes: findings.filter((f) => f.severity === "note").length,
  acknowledged: findings.filter((f) => f.acknowledged).length,
});
