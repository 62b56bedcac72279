/**
 * Errata: acknowledged errors of the published document. Staff cannot change what was published,
 * so errata.yaml lists the findings that are real errors of the document, each with where it is,
 * what the document prints, the likely correct value and a note. An acknowledged finding no
 * longer blocks the build and is shown to readers as a known discrepancy of the published
 * document. An erratum that matches no finding is itself an error: it is out of date.
 */
import { z } from "zod";
import { finding, RULES } from "./data-rules";
import type { Finding } from "./findings";
import type { Bilingual } from "./i18n-text";
import { requiredText } from "./schema/fields";
import type { Corrections } from "./table-loader";
import { loadYaml } from "./yaml-file";

const erratumSchema = z.strictObject({
  /** The finding's rule id, e.g. "t03.parent-sum" or "code.malformed". */
  rule: requiredText,
  /** The file within the department-year folder, e.g. "table03.csv". */
  file: requiredText,
  /** The CSV line, where the finding has one. */
  line: z.number().int().min(1).optional(),
  /** The column (CSV header or YAML field path), where the finding has one. */
  column: requiredText.optional(),
  /** What the document prints there, exactly as the finding reports it. */
  printed: z.union([z.string(), z.number()]).transform(String),
  /** The value the document most likely meant, where it can be told. */
  correct: z.union([z.string(), z.number()]).transform(String).optional(),
  /** Why this is an error of the document, for readers. */
  note: requiredText,
  /** The note in English, for the English site. */
  note_en: requiredText.optional(),
});

export const errataSchema = z.strictObject({ errata: z.array(erratumSchema).min(1) });

export interface Erratum {
  rule: string;
  /** Path relative to the data root, like a finding's. */
  file: string;
  line?: number;
  column?: string;
  printed: string;
  correct?: string;
  note: Bilingual;
  /** Where it is written: errata.yaml and the entry's line, for findings about the entry. */
  source: { file: string; index: number };
}

export const loadErrata = (
  bytes: Uint8Array,
  file: string,
  _what: Bilingual,
): { errata: Erratum[]; findings: Finding[] } => {
  const loaded = loadYaml(bytes, file, errataSchema);
  const folder = file.slice(0, file.lastIndexOf("/"));
  const errata = (loaded.data?.errata ?? []).map((e, index): Erratum => ({
    rule: e.rule,
    file: `${folder}/${e.file}`,
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
    printed: e.printed,
    ...(e.correct !== undefined ? { correct: e.correct } : {}),
    note: { zh: e.note, en: e.note_en ?? e.note },
    source: { file, index },
  }));
  return { errata, findings: loaded.findings };
};

/** The misprinted cells of one file the errata give a correct value for, keyed "line|column". */
export const correctionsOf = (errata: readonly Erratum[], file: string): Corrections =>
  new Map(
    errata
      .filter((e) => e.file === file && e.line !== undefined && e.column !== undefined && e.correct !== undefined)
      .map((e) => [`${e.line}|${e.column}`, { printed: e.printed, correct: e.correct as string }]),
  );

/** Printed values compare without grouping commas, spaces or unit words: "94,995,790 元" = "94995790". */
const normalize = (value: string): string => value.replace(/[,\s，]|万元|元/g, "");

const matches = (e: Erratum, f: Finding): boolean =>
  e.rule === f.rule &&
  e.file === f.file &&
  (e.line === undefined || e.line === f.line) &&
  (e.column === undefined || e.column === f.column) &&
  normalize(e.printed) === normalize(f.value ?? "");

/**
 * Mark the findings the errata acknowledge (in place, so every list holding them agrees), and
 * return a finding for each erratum that acknowledges nothing. Rounding notes need no erratum.
 */
export const applyErrata = (
  findings: readonly Finding[],
  errata: readonly Erratum[],
  /** Rules that could not run: an erratum of theirs is unchecked, not out of date. */
  unchecked: ReadonlySet<string> = new Set(),
): Finding[] => {
  const used = new Set<Erratum>();
  for (const f of findings) {
    if (f.severity === "note") continue;
    const erratum = errata.find((e) => matches(e, f));
    if (!erratum) continue;
    used.add(erratum);
    f.acknowledged = {
      printed: erratum.printed,
      ...(erratum.correct !== undefined ? { correct: erratum.correct } : {}),
      note: erratum.note,
    };
  }
  // The locator's "this cell is likely wrong" follows the findings at that cell.
  for (const f of findings) {
    if (f.rule !== "locate.likely-cell" || f.acknowledged) continue;
    const same = findings.find(
      (g) => g.acknowledged && g.file === f.file && g.line === f.line && g.column === f.column,
    );
    if (same?.acknowledged) f.acknowledged = same.acknowledged;
  }
  return errata
    .filter((e) => !used.has(e))
    .map((e) =>
      finding(
        unchecked.has(e.rule) ? RULES.erratumUnchecked : RULES.erratumUnmatched,
        { file: e.source.file, column: `errata.${e.source.index}`, value: e.printed },
        {
          rule: e.rule,
          where: `${e.file}${e.line !== undefined ? `:${e.line}` : ""}${e.column ? ` “${e.column}”` : ""}`,
        },
      ),
    );
};
