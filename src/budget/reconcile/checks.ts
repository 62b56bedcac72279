/**
 * Recording checks: every rule family calls these, so tolerance and status are decided in one
 * place, from the rule's kind (see the catalogue's header for the tolerance of each kind).
 */
import type { Bilingual } from "../i18n-text";
import type { DepartmentYear } from "../model";
import { toScale } from "../money";
import { sumTolerance, type ReconciliationRule } from "./catalogue";
import { DEFAULT_SCALE } from "./cells";
import type { CellRef, Check, CheckStatus, Source } from "./types";

export interface Ctx {
  dy: DepartmentYear;
  /** Last year's department-year of the same department, where the data has it. */
  prior?: DepartmentYear;
  checks: Check[];
  /** The rules of the department-year's profile, by id. */
  rules: ReadonlyMap<string, ReconciliationRule>;
}

const scaleOfCell = (c: CellRef): number => c.scale ?? DEFAULT_SCALE;

/** An integer count of 10^from 元 rounded half away from zero to a count of 10^to 元 (to ≥ from). */
const roundTo = (value: number, from: number, to: number): number => {
  const factor = 10 ** (to - from);
  const whole = Math.trunc(value / factor);
  const rest = value - whole * factor;
  return Math.abs(2 * rest) >= factor ? whole + Math.sign(value) : whole;
};

/**
 * Figures printed in different units (a 万元 sentence against a 元 table) are compared in the
 * coarser unit, as the coarser printing implies: the finer figures on each side are added up
 * exactly and the sum rounded once, so a correctly rounded figure passes. The rounded sum counts
 * as one rounded part for the tolerance, like each coarse part.
 */
const inCoarseScale = (subject: CellRef | undefined, parts: readonly CellRef[]) => {
  const cells = subject ? [subject, ...parts] : [...parts];
  const scales = cells.map(scaleOfCell);
  const coarse = scales.length > 0 ? Math.max(...scales) : DEFAULT_SCALE;
  const fine = scales.length > 0 ? Math.min(...scales) : DEFAULT_SCALE;
  const side = (list: readonly CellRef[]) => {
    let coarseSum = 0;
    let fineSum = 0;
    let rounded = 0;
    for (const c of list) {
      if (scaleOfCell(c) === coarse) {
        coarseSum += c.value;
        if (c.value !== 0) rounded++;
      } else fineSum += toScale(c.value, scaleOfCell(c), fine);
    }
    if (fineSum !== 0) rounded++;
    return { value: coarseSum + roundTo(fineSum, fine, coarse), rounded };
  };
  return { mixed: coarse !== fine, scale: coarse, subject: subject ? side([subject]).value : 0, parts: side(parts) };
};

/** Where a check is reported when the cell it checks is absent (e.g. a missing row). */
export interface Fallback {
  file: string;
  line?: number;
  column?: string;
}

/** A printed figure against a sum of printed figures (or one figure printed elsewhere). */
export const amountCheck = (
  ctx: Ctx,
  rule: ReconciliationRule,
  args: {
    subject: CellRef | undefined;
    parts: readonly CellRef[];
    /** Row label; defaults to the subject's. Required when the subject is absent. */
    row?: string;
    tables?: readonly Source[];
    about?: Bilingual;
    fallback?: Fallback;
    /** "atLeast": the printed figure may exceed the parts (they are only part of it). */
    relation?: "equal" | "atLeast";
  },
): Check => {
  const { subject, parts } = args;
  let printed = subject?.value ?? 0;
  let computed = 0;
  let nonZero = 0;
  let scale = subject ? scaleOfCell(subject) : (parts[0]?.scale ?? DEFAULT_SCALE);
  const common = inCoarseScale(subject, parts);
  if (common.mixed) {
    printed = common.subject;
    computed = common.parts.value;
    nonZero = common.parts.rounded;
    scale = common.scale;
  } else {
    for (const p of parts) {
      computed += p.value;
      if (p.value !== 0) nonZero++;
    }
  }
  const difference = printed - computed;
  const tolerance = rule.kind === "sum" ? sumTolerance(nonZero) : 0;
  const atLeast = args.relation === "atLeast";
  const status: CheckStatus =
    difference === 0 || (atLeast && difference > 0)
      ? "pass"
      : Math.abs(difference) <= tolerance
        ? "note"
        : (rule.severity as CheckStatus);
  const at = subject ?? parts[0] ?? args.fallback;
  if (!at) throw new Error("a check needs a subject, a part or a fallback location");
  const check: Check = {
    rule: rule.id,
    tables: [...(args.tables ?? rule.tables)],
    file: at.file,
    row: args.row ?? subject?.row ?? parts[0]?.row ?? "",
    quantity: "amount",
    printed,
    computed,
    difference,
    tolerance,
    status,
    parts: [...parts],
  };
  if (scale !== DEFAULT_SCALE) check.scale = scale;
  if (at.line !== undefined) check.line = at.line;
  if (at.column !== undefined) check.column = at.column;
  if (subject) check.subject = subject;
  if (args.about) check.about = args.about;
  ctx.checks.push(check);
  return check;
};

/** Words, years, units, presence: the document says `found` where `expected` belongs. */
export const textCheck = (
  ctx: Ctx,
  rule: ReconciliationRule,
  args: {
    file: string;
    line?: number;
    column?: string;
    row: string;
    found: string;
    expected: string;
    ok: boolean;
    subject?: CellRef;
    parts?: readonly CellRef[];
    tables?: readonly Source[];
    about?: Bilingual;
  },
): Check => {
  const check: Check = {
    rule: rule.id,
    tables: [...(args.tables ?? rule.tables)],
    file: args.file,
    ...(args.line !== undefined ? { line: args.line } : {}),
    ...(args.column !== undefined ? { column: args.column } : {}),
    row: args.row,
    quantity: "text",
    found: args.found,
    expected: args.expected,
    status: args.ok ? "pass" : (rule.severity as CheckStatus),
    ...(args.subject ? { subject: args.subject } : {}),
    parts: [...(args.parts ?? [])],
    ...(args.about ? { about: args.about } : {}),
  };
  ctx.checks.push(check);
  return check;
};

/** A stated percentage against the computed one (both in hundredths of a percent when numeric). */
export const percentCheck = (
  ctx: Ctx,
  rule: ReconciliationRule,
  args: {
    subject: CellRef;
    parts: readonly CellRef[];
    row: string;
    found: string;
    expected: string;
    ok: boolean;
    printed?: number;
    computed?: number;
    about: Bilingual;
  },
): Check => {
  const numeric = args.printed !== undefined && args.computed !== undefined;
  const check: Check = {
    rule: rule.id,
    tables: [...rule.tables],
    file: args.subject.file,
    ...(args.subject.line !== undefined ? { line: args.subject.line } : {}),
    ...(args.subject.column !== undefined ? { column: args.subject.column } : {}),
    row: args.row,
    quantity: numeric ? "percent" : "text",
    ...(numeric
      ? {
          printed: args.printed,
          computed: args.computed,
          difference: (args.printed ?? 0) - (args.computed ?? 0),
          tolerance: 0,
        }
      : {}),
    found: args.found,
    expected: args.expected,
    status: args.ok ? "pass" : (rule.severity as CheckStatus),
    subject: args.subject,
    parts: [...args.parts],
    about: args.about,
  };
  ctx.checks.push(check);
  return check;
};

/**
 * A profile's checks beyond those derived from its tables: its rules (in the order the
 * data-checks page lists them) and the groups that perform them, each with the tables (or
 * "explanation", "glossary", "department") it needs. A group whose tables did not load is not
 * run, and that is reported, never skipped in silence.
 */
export interface CheckGroup {
  rules: readonly ReconciliationRule[];
  needs: readonly string[];
  /** Runs only with last year's department-year at hand (cross-year rules). */
  needsPrior?: boolean;
  run: (ctx: Ctx) => void;
}

export interface ProfileChecks {
  rules: readonly ReconciliationRule[];
  groups: readonly CheckGroup[];
}
