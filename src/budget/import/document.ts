/**
 * Importing a document: decide its profile from the table titles it prints (or take the one
 * asked for), read every table, hand the rest of the text to the profile for its YAML files, and
 * report everything that could not be placed. Pure: it returns the files' contents; writing them
 * is the CLI's business.
 */
import Papa from "papaparse";
import { stringify } from "yaml";
import type { Bilingual } from "../i18n-text";
import { PROFILES, profileById, type AnyProfile } from "../profiles";
import type { DocumentKind, TableSpec } from "../profiles/types";
import { noteAt, type ImportNote } from "./report";
import type { SourceDocument, SourceLine } from "./source";
import { normalise } from "./printed-text";
import { withoutRunningHeads } from "./running-heads";
import { findTableSections, readTableSection, titleLinesAt, type ImportedTable } from "./tables";
import { readTextTables, type TextTable } from "./text-tables";

/** What a profile is given to write its YAML files from. */
export interface ImportInput {
  doc: SourceDocument;
  /** Lines outside the numbered tables, in printed order, text tables taken out. */
  text: SourceLine[];
  tables: ImportedTable[];
  textTables: TextTable[];
  year: number | undefined;
  department: string | undefined;
}

/** A profile's part of the import: its YAML files from the text. */
export interface ProfileImporter {
  texts: (input: ImportInput) => {
    files: Record<string, { comment: string; value: unknown }>;
    notes: ImportNote[];
    /** The department as the text names it, where no table prints a 单位名称 or 部门. */
    department?: string;
  };
}

/** The name a department-year folder keeps its published PDF under (department.yaml source.document). */
export const ORIGINAL_PDF = "original.pdf";

export interface ImportResult {
  profile: AnyProfile | undefined;
  year: number | undefined;
  /** 部门预算 or 单位预算, as the cover says (the profile's first kind where it says neither). */
  kind: DocumentKind | undefined;
  department: string | undefined;
  /** File name → content, in the folder's layout. */
  files: Map<string, string>;
  /**
   * Where the document read was a PDF: the name the folder keeps it under, which department.yaml
   * names as its source.document. The caller copies the file there.
   */
  original?: string;
  notes: ImportNote[];
}

const titleCount = (doc: SourceDocument, tables: readonly TableSpec[]): number =>
  tables.filter(
    (spec) => spec.number !== undefined && doc.lines.some((_, index) => titleLinesAt(doc.lines, index, spec) > 0),
  ).length;

/** The profile whose table titles the document prints most of; ties go to the first. */
export const detectProfile = (doc: SourceDocument): { profile: AnyProfile; found: number } | undefined => {
  let best: { profile: AnyProfile; found: number } | undefined;
  for (const profile of PROFILES) {
    const found = titleCount(doc, profile.tables);
    if (found > 0 && (!best || found > best.found)) best = { profile, found };
  }
  return best;
};

/** The year printed in the document's first lines (its cover and title). */
const yearOf = (doc: SourceDocument): number | undefined => {
  for (const line of doc.lines.slice(0, 40)) {
    const match = /(20\d{2})\s*年/.exec(line.text);
    if (match) return Number(match[1]);
  }
  return undefined;
};

/** The kind the cover and title name first: "…2025年区级单位预算" is a 单位预算. */
const kindOf = (doc: SourceDocument, profile: AnyProfile): DocumentKind => {
  for (const line of doc.lines.slice(0, 40)) {
    const named = profile.kinds.find((kind) => normalise(line.text).includes(kind));
    if (named) return named;
  }
  return profile.kinds[0]!;
};

/** CSV as the data folders keep it: header row, LF line ends, quotes only where needed. */
export const toCsv = (spec: TableSpec, rows: readonly string[][], columns = spec.columns): string => {
  const keys = new Set(columns.map((column) => column.key));
  const kept = spec.columns.map((column, index) => ({ column, index })).filter(({ column }) => keys.has(column.key));
  return `${Papa.unparse([kept.map(({ column }) => column.header), ...rows.map((row) => kept.map(({ index }) => row[index] ?? ""))], { newline: "\n" })}\n`;
};

const toYaml = (comment: string, value: unknown): string =>
  `# ${comment}\n${stringify(value, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" })}`;

const DOCUMENT_NOTE = (message: Bilingual): ImportNote => noteAt("document", undefined, message);

export const importDocument = (printed: SourceDocument, options: { profile?: string } = {}): ImportResult => {
  const doc = withoutRunningHeads(printed);
  const notes: ImportNote[] = [];
  const asked = options.profile === undefined ? undefined : profileById(options.profile);
  if (options.profile !== undefined && !asked) {
    return {
      profile: undefined,
      year: undefined,
      kind: undefined,
      department: undefined,
      files: new Map(),
      notes: [
        DOCUMENT_NOTE({
          zh: `没有名为“${options.profile}”的模板（profile）；可用的有：${PROFILES.map((p) => p.id).join("、")}`,
          en: `no profile “${options.profile}”; known: ${PROFILES.map((p) => p.id).join(", ")}`,
        }),
      ],
    };
  }
  const detected = asked ? { profile: asked, found: titleCount(doc, asked.tables) } : detectProfile(doc);
  const year = yearOf(doc);
  if (!detected || detected.found === 0) {
    return {
      profile: asked,
      year,
      kind: undefined,
      department: undefined,
      files: new Map(),
      notes: [
        DOCUMENT_NOTE({
          zh: "在这份文件中没有找到任何已知的部门预算表标题（如“收支总体情况表”“部门财务收支预算总表”），它可能不是部门预算公开文件，或者是扫描件",
          en: "no known budget table title was found in this file; it may not be a budget disclosure, or it is a scan",
        }),
      ],
    };
  }
  const { profile } = detected;
  const { sections, rest } = findTableSections(doc, profile.tables);
  // The first table's 单位名称 / 编制部门 names the department.
  const department = sections[0] ? readTableSection(sections[0], doc, undefined).table.text.unitName : undefined;

  const tables: ImportedTable[] = [];
  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.spec.id)) {
      notes.push(
        noteAt("unsure", section.title, {
          zh: `${section.spec.title.zh}的标题出现了两次，第二次的内容未读入，请核对`,
          en: `the title of ${section.spec.title.en} appears twice; the second was not read, please check`,
        }),
      );
      notes.push(
        ...section.lines.map((line) =>
          noteAt("unplaced", line, { zh: "重复的表格中的行", en: "line of a repeated table" }),
        ),
      );
      continue;
    }
    seen.add(section.spec.id);
    const { table, notes: tableNotes } = readTableSection(section, doc, department);
    tables.push(table);
    notes.push(...tableNotes);
  }
  const {
    found: textTables,
    rest: text,
    notes: textTableNotes,
  } = readTextTables(rest, profile.tables, doc, department);
  notes.push(...textTableNotes);

  const missing = profile.tables.filter(
    (spec) =>
      !tables.some((table) => table.spec.id === spec.id) &&
      !textTables.some((found) => found.table.spec.id === spec.id),
  );
  for (const spec of missing) {
    notes.push(
      noteAt("missing-table", undefined, {
        zh: `没有找到${spec.number ? `表${spec.number}` : ""}“${spec.title.zh}”${spec.presence === "optional" ? "（该表可以不公开）" : ""}`,
        en: `${spec.title.en}${spec.number ? ` (table ${spec.number})` : ""} was not found${spec.presence === "optional" ? " (the table may be left out)" : ""}`,
      }),
    );
  }

  const amounts = [...tables, ...textTables.map((found) => found.table)].reduce(
    (count, table) =>
      count +
      table.rows.reduce(
        (inRow, row) =>
          inRow + table.spec.columns.filter((column, index) => column.type === "money" && row[index] !== "").length,
        0,
      ),
    0,
  );
  if (amounts === 0) {
    const found = tables.map((table) => table.spec.title.zh).join("、");
    return {
      profile,
      year,
      kind: kindOf(doc, profile),
      department,
      files: new Map(),
      notes: [
        ...notes,
        DOCUMENT_NOTE({
          zh: `找到了表格（${found}），但其中没有任何金额：这是一份空白模板，还没有填写数据，所以没有写入文件夹。请填好预算数后再导入，或导入公开的 PDF`,
          en: `the tables were found (${tables.length}) but hold no amount at all: this is a blank template, so no folder was written. Fill in the figures and import again, or import the published PDF`,
        }),
      ],
    };
  }

  const files = new Map<string, string>();
  for (const { spec, rows, columns } of [...tables, ...textTables.map((found) => found.table)]) {
    files.set(spec.file, toCsv(spec, rows, columns));
  }
  const { importer } = profile;
  let named = department;
  // The published PDF goes into the folder with the data read from it: the site serves it as the original.
  const pdf = /\.pdf$/i.test(doc.file) && importer !== undefined;
  if (importer) {
    const texts = importer.texts({ doc, text, tables, textTables, year, department });
    for (const [file, { comment, value }] of Object.entries(texts.files)) {
      const keepsPdf = pdf && file === profile.yaml.department.file && typeof value === "object" && value !== null;
      files.set(file, toYaml(comment, keepsPdf ? { ...value, source: { document: ORIGINAL_PDF } } : value));
    }
    notes.push(...texts.notes);
    named ??= texts.department;
  } else {
    notes.push(
      DOCUMENT_NOTE({
        zh: `模板“${profile.name.zh}”还不能从文字部分生成 YAML 文件；表格已导入，概况、情况说明和名词解释需要手工填写`,
        en: `profile “${profile.name.en}” cannot yet write its YAML files from the text; tables were imported, the texts must be typed`,
      }),
    );
  }
  return {
    profile,
    year,
    kind: kindOf(doc, profile),
    department: named,
    files,
    notes,
    ...(pdf ? { original: ORIGINAL_PDF } : {}),
  };
};
