/**
 * Recording checks: every rule family calls these, so tolerance and status are decided in one
 * place, from the rule's kind (see the catalogue's header for the tolerance of each kind).
 */
import type { Bilingual } from "../i18n-text";
import type { DepartmentYear } from "../load";
import { sumTolerance, type ReconciliationRule } from "./catalogue";
import type { CellRef, Check, CheckStatus, Source } from "./types";

export interface Ctx {
  dy: DepartmentYear;
  checks: Check[];
}

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
  },
): Check => {
  const { subject, parts } = args;
  const printed = subject?.value ?? 0;
  let computed = 0;
  let nonZero = 0;
  for (const p of parts) {
    computed += p.value;
    if (p.value !== 0) nonZero++;
  }
  const difference = printed - computed;
  const tolerance = rule.kind === "sum" ? sumTolerance(nonZero) : 0;
  const status: CheckStatus =
    difference === 0 ? "pass" : Math.abs(difference) <= tolerance ? "note" : (rule.severity as CheckStatus);
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
