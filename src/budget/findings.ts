/**
 * Findings: every problem the loader or the checks find is a typed record, never a bare string
 * and never an exception. Tests compare projections such as [file, line, column, rule], so the
 * wording of messages can improve without breaking them.
 */
import type { Bilingual, Lang } from "./i18n-text";

export type Severity = "error" | "warning" | "note";

export interface Finding {
  /** Rule id from the catalogue, e.g. "amount.too-many-decimals". */
  rule: string;
  severity: Severity;
  /** Path relative to the data root, "/"-separated, e.g. "2025/huadu-zwfw/table02.csv". */
  file: string;
  /** 1-based line in the file, where the problem has one. */
  line?: number;
  /** CSV column header, or dotted field path in a YAML file. */
  column?: string;
  /** The offending value as written (shortened if very long). */
  value?: string;
  message: Bilingual;
  /** What to do about it. */
  hint: Bilingual;
  /** Reconciliation findings: the figures behind the verdict (integers of `check.scale`). */
  check?: ReconciliationDetail;
  /** Set when errata.yaml acknowledges the finding as an error of the published document. */
  acknowledged?: { printed: string; correct?: string; note: Bilingual };
}

/** Printed against computed, for findings of the reconciliation rules. */
export interface ReconciliationDetail {
  /** Tables the identity spans, e.g. ["table05", "table06"]. */
  tables: string[];
  /** The row as a reader knows it, e.g. "[201]一般公共服务支出" or "合计". */
  row: string;
  printed: number;
  computed: number;
  /** printed − computed. */
  difference: number;
  /** Largest difference that rounding of the printed parts can explain. */
  tolerance: number;
  /** "percent": the figures are hundredths of a percent (68.3% → 6830) instead of 万元. */
  quantity?: "amount" | "percent";
  /** Amounts: one unit of the figures is 10^scale 元 (2: hundredths of 万元, the default; 0: 元). */
  scale?: number;
  /** The printed figures the computed value adds up, each with its place, to locate the mistake. */
  parts?: { file: string; line?: number; column?: string; row: string; value: number }[];
}

/** An error that blocks publishing: acknowledged errors of the published document do not. */
export const isError = (f: Finding): boolean => f.severity === "error" && f.acknowledged === undefined;
export const hasErrors = (findings: readonly Finding[]): boolean => findings.some(isError);

export const SEVERITY_LABEL: Record<Severity, Bilingual> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  note: { zh: "提示", en: "note" },
};

/** Values are quoted in messages; a 10,000-character text should not flood the terminal. */
export const shorten = (value: string, max = 60): string =>
  value.length > max ? `${value.slice(0, max)}…（共${value.length}字）` : value;

/** One line of a finding in the given language, for terminals and logs. */
export const describeLocation = (f: Pick<Finding, "file" | "line" | "column">, lang: Lang): string => {
  const parts: string[] = [];
  if (f.line !== undefined) parts.push(lang === "zh" ? `第 ${f.line} 行` : `line ${f.line}`);
  // YAML files have fields, CSV files have columns.
  const isYaml = f.file.endsWith(".yaml");
  if (f.column !== undefined) {
    parts.push(
      lang === "zh" ? `“${f.column}”${isYaml ? "字段" : "列"}` : `${isYaml ? "field" : "column"} “${f.column}”`,
    );
  }
  return parts.join(lang === "zh" ? "，" : ", ");
};
