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
    const head = `  [${SEVERITY_LABEL[f.severity][lang]}] ${location ? `${location}${lang === "zh" ? "：" : ": "}` : ""}${f.message[lang]}`;
    lines.push(head);
    if (f.value !== undefined && f.value !== "" && !f.message[lang].includes(shorten(f.value))) {
      lines.push(`      ${lang === "zh" ? "内容：" : "value: "}${shorten(f.value, 120)}`);
    }
    lines.push(`      ${lang === "zh" ? "修改建议：" : "fix: "}${f.hint[lang]}`);
    lines.push(`      (${f.rule})`);
  }
  return lines.join("\n");
};

export const countBySeverity = (findings: readonly Finding[]) => ({
  errors: findings.filter((f) => f.severity === "error").length,
  warnings: findings.filter((f) => f.severity === "warning").length,
  notes: findings.filter((f) => f.severity === "note").length,
});
