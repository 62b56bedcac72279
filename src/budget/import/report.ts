/**
 * The import report: everything the importer could not place or is unsure of, with page and
 * line, in both languages. Nothing read from the source is dropped without an entry here, except
 * what is known to be furniture (repeated headers, page numbers, running heads, the 目录).
 */
import type { Bilingual } from "../i18n-text";
import type { SourceLine } from "./source";

export type ImportNoteKind =
  /** A line that is not part of any table or text part the profile knows. */
  | "unplaced"
  /** A row written to its table but with a reason to look at it. */
  | "unsure"
  /** A table of the profile the document does not contain. */
  | "missing-table"
  /** Something about the document as a whole (profile, year, department). */
  | "document";

export interface ImportNote {
  kind: ImportNoteKind;
  /** Where in the source; absent for notes about the whole document. */
  page?: number;
  line?: number;
  /** The printed text concerned, shown as is. */
  text?: string;
  message: Bilingual;
}

export const noteAt = (kind: ImportNoteKind, at: SourceLine | undefined, message: Bilingual): ImportNote => ({
  kind,
  ...(at ? { page: at.page, line: at.line, text: at.text } : {}),
  message,
});

/** A note that something was read but wants checking (the profiles' importers write these). */
export const unsure = (at: SourceLine | undefined, zh: string, en: string): ImportNote =>
  noteAt("unsure", at, { zh, en });
/** A note that a printed line was placed nowhere. */
export const unplaced = (line: SourceLine, zh: string, en: string): ImportNote => noteAt("unplaced", line, { zh, en });

/** A stated figure a profile's importer found no standard sentence for: the report names its field. */
export const missingFact = (key: string, label: string, at: SourceLine | undefined): ImportNote =>
  unsure(
    at,
    `没有找到“${label}”的标准表述，请在 explanation.yaml 的 facts.${key} 中填写`,
    `the standard sentence for “${label}” was not found; fill in facts.${key} in explanation.yaml`,
  );

const KIND_LABEL: Record<ImportNoteKind, Bilingual> = {
  unplaced: { zh: "未能归位", en: "not placed" },
  unsure: { zh: "请核对", en: "check" },
  "missing-table": { zh: "缺少表格", en: "table not found" },
  document: { zh: "文档", en: "document" },
};

/** One line per note: "第3页 第120行 [未能归位] message：「text」". */
export const formatImportNote = (note: ImportNote, lang: keyof Bilingual): string => {
  const where =
    note.line === undefined
      ? ""
      : lang === "zh"
        ? `${note.page ? `第${note.page}页 ` : ""}第${note.line}行 `
        : `${note.page ? `page ${note.page}, ` : ""}line ${note.line} `;
  const text = note.text === undefined ? "" : lang === "zh" ? `：「${note.text}」` : `: “${note.text}”`;
  return `${where}[${KIND_LABEL[note.kind][lang]}] ${note.message[lang]}${text}`;
};
