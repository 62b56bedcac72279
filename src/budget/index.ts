/**
 * The domain core's public API: the only way into src/budget/ from the site, the CLIs and the
 * charts (tests may reach further in, to test the parts). Pure TypeScript, no Astro.
 *
 * - loading and validating a data root: loadData, validate, resolveTarget, and handing the
 *   build's validation to the pages it builds (build-handover.ts);
 * - what a department-year is: DepartmentYear, its profile, its tables and rows;
 * - findings and how to print them;
 * - exact money in the printed unit, and every figure for readers (format.ts);
 * - reconciliation results, for the data-checks page;
 * - the classification, for standard names.
 */
export {
  DATA_DIR_ENV,
  dataDir,
  reportBuildStep,
  shareValidation,
  sharedValidation,
  takeBuildSteps,
  type BuildStep,
} from "./build-handover";
export { classByName, economicClassByName, lookupCode } from "./classification";
export { neutraliseFormula } from "./csv-file";
export { RULES as DATA_RULES } from "./data-rules";
export { describeLocation, SEVERITY_LABEL, type Finding, type Severity } from "./findings";
export { bi, type Bilingual, type Lang } from "./i18n-text";
export type { SourceCell, SourceDocument, SourceLine } from "./import/source";
export { importDocument, type ImportResult } from "./import/document";
export { formatImportNote } from "./import/report";
export { runningHeads, withoutRunningHeads } from "./import/running-heads";
export { readTextSource } from "./import/text-source";
export { isWebAddress } from "./schema/source";
export { decodeText } from "./csv-file";
export { isDepartmentFolderName, loadData } from "./load";
export type { BudgetRow, BudgetTable, DepartmentYear } from "./model";
export { cents, decimalsOf, sum, toDecimalString, toScale, type Cents } from "./money";
export {
  formatBytes,
  formatMoney,
  formatPercent,
  formatRounded,
  formatShare,
  formatSignedMoney,
  formatStatedPercent,
  formatTenths,
  unitWord,
} from "./format";
export {
  GUANGZHOU_BUDGET,
  isGuangzhou,
  isShanghai,
  printedPartsOf,
  SHANGHAI_BUDGET,
  type GuangzhouDepartmentYear,
  type ShanghaiDepartmentYear,
} from "./profiles";
export {
  generateExplanation,
  sectionKeyOf,
  yearChange,
  type GeneratedSection,
} from "./profiles/guangzhou-budget/explanation-text";
export { KEY_PROJECTS as GUANGZHOU_KEY_PROJECTS } from "./profiles/guangzhou-budget/tables";
export type { TableId as GuangzhouTableId } from "./profiles/guangzhou-budget/tables";
export type { StatedFigure } from "./profiles/shanghai-budget/schema";
export {
  DOCUMENT_KIND_EN,
  type ChartSpec,
  type ColumnSpec,
  type KeyFigureSpec,
  type TableSpec,
} from "./profiles/types";
export { findRow } from "./reconcile/rows";
export { checksOf, tally, type ReconciliationResult, type RuleSummary, type Tally } from "./reconcile";
export { sourceLabel } from "./reconcile/cells";
export { bareName } from "./reconcile/rows";
export type { RuleFamily } from "./reconcile/types";
export { countBySeverity, formatFindings } from "./report";
export { validate, type ValidationResult } from "./validate";
export { scaffoldNewYear, scaffoldReport, type NewYearScaffold } from "./new-year";
