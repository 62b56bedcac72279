/**
 * The shapes reconciliation produces: every check it performed (passed or not), a summary per
 * rule, and findings for the checks that did not pass. Amounts are integer hundredths of 万元;
 * percentages are integer hundredths of a percent (68.3% → 6830).
 */
import type { Finding, Severity } from "../findings";
import type { Bilingual } from "../i18n-text";

/**
 * Where a figure comes from: a table (its TableId), the key-projects table, or one of the YAML
 * files of the department-year.
 */
export type Source = string;

/** One printed figure that takes part in a check. */
export interface CellRef {
  /** Path relative to the data root, e.g. "2025/huadu-zwfw/table06.csv". */
  file: string;
  /** "table06", "keyProjects", "explanation", "department", "glossary". */
  source: Source;
  /** CSV line; absent for YAML fields. */
  line?: number;
  /** CSV column header, or dotted field path in a YAML file. */
  column?: string;
  /** The row as a reader knows it, e.g. "[30101]基本工资" or "合计". */
  row: string;
  /** The printed value (an integer of its table's smallest unit, or hundredths of a percent). */
  value: number;
  /** Amounts: one unit of `value` is 10^scale 元; absent for hundredths of 万元 (2). */
  scale?: number;
}

export type CheckStatus = "pass" | "note" | "warning" | "error";

/** What a check compares: amounts, percentages, or words (year, unit, wording, presence). */
export type Quantity = "amount" | "percent" | "text";

/** One identity checked at one place: the unit of the "passed N checks" counts. */
export interface Check {
  rule: string;
  /** Sources the identity spans, the printed figure's own first, e.g. ["table06", "table05"]. */
  tables: Source[];
  /** Where the printed value is: the location a finding reports. */
  file: string;
  line?: number;
  column?: string;
  row: string;
  quantity: Quantity;
  /** Amount and percent checks: the printed value, the value computed from the parts, printed − computed. */
  printed?: number;
  computed?: number;
  difference?: number;
  /** Largest difference rounding of the printed parts can explain (0.5 × (n + 1) units, or 0). */
  tolerance?: number;
  /** Amount checks: the unit printed, computed, difference and tolerance are counted in (10^scale 元). */
  scale?: number;
  /** Text checks: what the document says, and what it should say. */
  found?: string;
  expected?: string;
  status: CheckStatus;
  /** The printed figure being checked; absent when the row it belongs on is missing. */
  subject?: CellRef;
  /** The printed figures the computed value is made of. */
  parts: CellRef[];
  /** A few words on what the computed side is, for the message (e.g. "表3 基本支出 + 项目支出"). */
  about?: Bilingual;
}

/** One rule of the catalogue with what it did to this department-year. */
export interface RuleSummary {
  id: string;
  family: RuleFamily;
  title: Bilingual;
  identity: Bilingual;
  tables: readonly Source[];
  severity: Severity;
  checks: number;
  passed: number;
  notes: number;
  warnings: number;
  errors: number;
}

/** Within a table, across tables, against the text, the document as a whole, against last year's. */
export type RuleFamily = "table" | "cross" | "explanation" | "document" | "year";

export interface ReconciliationResult {
  /** "2025/huadu-zwfw". */
  path: string;
  rules: RuleSummary[];
  checks: Check[];
  /** One finding per check that did not pass, plus the likely-cell findings of the locator. */
  findings: Finding[];
  /** Rules that could not run (their tables are absent or did not load). */
  notRun: string[];
}

export interface Tally {
  checks: number;
  passed: number;
  notes: number;
  warnings: number;
  errors: number;
}
