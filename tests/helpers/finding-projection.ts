/** A finding as the document tests compare it: [file inside its folder, line, column, rule, severity, acknowledged]. */
import type { Finding, Severity } from "../../src/budget/findings";

export type Projection = [
  file: string,
  line: number | null,
  column: string | null,
  rule: string,
  severity: Severity,
  acknowledged: boolean,
];

/** File names are shortened to the name inside the department-year folder. */
export const project = (f: Finding): Projection => [
  f.file.replace(/^.*\//, ""),
  f.line ?? null,
  f.column ?? null,
  f.rule,
  f.severity,
  f.acknowledged !== undefined,
];

/** A finding as the loading tests compare it: [file as the finding names it, line, column, rule, severity]. */
export type FindingAt = [file: string, line: number | null, column: string | null, rule: string, severity: Severity];

export const findingAt = (f: Finding): FindingAt => [f.file, f.line ?? null, f.column ?? null, f.rule, f.severity];
