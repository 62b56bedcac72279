/**
 * Loading department-years from a data root laid out as data/<year>/<department>/.
 * One call gives typed data plus every finding; nothing here throws on bad content.
 *
 * The profile named in department.yaml says which files the folder holds: its YAML files and
 * its tables, each required or optional. A table that fails to load is left out of the
 * department-year (and its checks are reported as not run), but does not cancel the others.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { readCsv } from "./csv-file";
import { finding, RULES } from "./data-rules";
import { applyErrata, correctionsOf, loadErrata, type Erratum } from "./errata";
import { isError, type Finding } from "./findings";
import { bi, type Bilingual } from "./i18n-text";
import type { AmountUnit } from "./money";
import { PROFILES, profileById, type AnyProfile, type DepartmentYearOf, type KnownDepartmentYear } from "./profiles";
import type { DocumentKind, MetaHead, TableSpec } from "./profiles/types";
import { loadTable, type BudgetTable } from "./table-loader";
import { closest } from "./text-similarity";
import { loadYaml } from "./yaml-file";

/** What every department-year has, whatever its profile. */
export interface DepartmentYearBase {
  /** "2025/huadu-zwfw": the folder, relative to the data root. */
  path: string;
  year: number;
  /** Department folder name; also its URL segment. */
  slug: string;
  /** 部门预算 or 单位预算, as the document says. */
  kind: DocumentKind;
  /** The unit of the tables without a unit of their own. */
  unit: AmountUnit;
  /** The tables that loaded, by their profile id. */
  tables: Readonly<Record<string, BudgetTable>>;
  /** Tables of the profile that did not load (their findings say why), missing files included. */
  failedTables: readonly string[];
  /** Required tables whose file is not in the folder at all. */
  missingTables: readonly string[];
  /** Tables of the profile the document does not publish. */
  absentTables: readonly string[];
  /** Acknowledged discrepancies of the published document (errata.yaml). */
  errata: readonly Erratum[];
}

export type DepartmentYear = KnownDepartmentYear;

export interface LoadResult {
  departmentYears: DepartmentYear[];
  findings: Finding[];
  /** What was read, for the "checked N files, M rows" summary. */
  stats: { departmentYears: number; files: number; rows: number };
}

const ERRATA_FILE = "errata.yaml";
const ERRATA_WHAT = bi("已确认的公开文本差错", "acknowledged errors of the published document");

const tableWhat = (spec: TableSpec): Bilingual =>
  spec.number !== undefined
    ? bi(`表${spec.number} ${spec.title.zh}`, `Table ${spec.number}, ${spec.title.en}`)
    : spec.title;

const YEAR_FOLDER = /^\d{4}$/;
const DEPARTMENT_FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Files the operating system or Excel leave behind, and notes staff keep beside the data
 * (README.md, 说明.txt): never worth a warning.
 */
const isIgnoredFile = (name: string): boolean =>
  name.startsWith(".") ||
  name.startsWith("~$") ||
  name === "Thumbs.db" ||
  name === "desktop.ini" ||
  /^readme(\.[a-z]+)?$/i.test(name) ||
  /^说明(\.[a-z]+)?$/.test(name);

const readBytes = async (path: string): Promise<Uint8Array | undefined> => {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
};

const rel = (...parts: string[]): string => parts.join("/");

/** Only the profile line, read before the rest so the right schema can be chosen. */
const profileHead = z.looseObject({ profile: z.string().trim().min(1) });

const knownProfiles = (): string => PROFILES.map((p) => p.id).join("、");

/** Which profile the folder's department.yaml names; a finding when it names none or an unknown one. */
const readProfile = (bytes: Uint8Array, file: string): { profile?: AnyProfile; findings: Finding[] } => {
  const head = loadYaml(bytes, file, profileHead);
  if (!head.data) {
    // A syntax error is reported by the full read below; a missing line is reported here.
    const syntax = head.findings.some((f) => f.rule !== "yaml.field");
    return syntax
      ? { findings: [] }
      : { findings: [finding(RULES.profileMissing, { file, column: "profile" }, { known: knownProfiles() })] };
  }
  const profile = profileById(head.data.profile);
  if (!profile) {
    const suggestion = closest(
      head.data.profile,
      PROFILES.map((p) => p.id),
    );
    return {
      findings: [
        finding(
          RULES.profileUnknown,
          { file, column: "profile", value: head.data.profile },
          { known: knownProfiles(), ...(suggestion ? { suggestion } : {}) },
        ),
      ],
    };
  }
  return { profile, findings: [] };
};

interface FolderLoad {
  departmentYear?: DepartmentYear;
  findings: Finding[];
  files: number;
  rows: number;
}

/** Load one department-year folder. `dir` is relative to `root`, "/"-separated. */
export const loadDepartmentYear = async (root: string, dir: string): Promise<FolderLoad> => {
  const absolute = join(root, ...dir.split("/"));
  const departmentFile = rel(dir, "department.yaml");
  const departmentBytes = await readBytes(join(absolute, "department.yaml"));
  if (!departmentBytes) {
    const what = bi("部门信息与概况（其中写明所用的格式 profile）", "department metadata (naming its profile)");
    return { findings: [finding(RULES.missingFile, { file: departmentFile }, { what })], files: 0, rows: 0 };
  }
  const head = readProfile(departmentBytes, departmentFile);
  if (!head.profile) {
    // Without a profile the folder's files cannot be told apart; still report YAML syntax errors.
    const syntax = loadYaml(departmentBytes, departmentFile, profileHead).findings.filter(
      (f) => f.rule !== "yaml.field",
    );
    return { findings: [...head.findings, ...syntax], files: 1, rows: 0 };
  }
  return loadWithProfile(head.profile, absolute, dir, departmentBytes);
};

const loadWithProfile = async (
  profile: AnyProfile,
  absolute: string,
  dir: string,
  departmentBytes: Uint8Array,
): Promise<FolderLoad> => {
  const findings: Finding[] = [];
  const yamlFiles = [
    profile.yaml.department,
    profile.yaml.explanation,
    profile.yaml.glossary,
    profile.yaml.english,
  ].filter((y) => y !== undefined);
  const knownFiles = new Set([...yamlFiles.map((y) => y.file), ...profile.tables.map((t) => t.file), ERRATA_FILE]);
  const names = (await readdir(absolute)).filter((n) => !isIgnoredFile(n));
  for (const name of names) {
    if (!knownFiles.has(name)) {
      const missing = [...knownFiles].filter((k) => !names.includes(k));
      const suggestion = closest(name, missing);
      findings.push(
        finding(
          RULES.unknownFile,
          { file: rel(dir, name) },
          { profile: profile.id, ...(suggestion ? { suggestion } : {}) },
        ),
      );
    }
  }
  let files = 1;
  let rows = 0;

  const yamlOf = async (spec: (typeof yamlFiles)[number], bytes?: Uint8Array): Promise<unknown> => {
    const data = bytes ?? (await readBytes(join(absolute, spec.file)));
    if (!data) {
      if (!spec.optional) findings.push(finding(RULES.missingFile, { file: rel(dir, spec.file) }, { what: spec.what }));
      return undefined;
    }
    if (!bytes) files++;
    const loaded = loadYaml(data, rel(dir, spec.file), spec.schema);
    findings.push(...loaded.findings);
    return loaded.data;
  };

  const meta = (await yamlOf(profile.yaml.department, departmentBytes)) as MetaHead | undefined;
  const explanation = await yamlOf(profile.yaml.explanation);
  const glossary = await yamlOf(profile.yaml.glossary);
  const english = profile.yaml.english ? await yamlOf(profile.yaml.english) : undefined;

  const narrowed = profile as unknown as {
    unitOf: (m: MetaHead) => AmountUnit;
    kindOf: (m: MetaHead) => DocumentKind;
    absentTables?: (m: MetaHead) => readonly string[];
  };
  const unit = meta ? narrowed.unitOf(meta) : undefined;
  const declaredAbsent = new Set(meta && narrowed.absentTables ? narrowed.absentTables(meta) : []);

  const errataBytes = await readBytes(join(absolute, ERRATA_FILE));
  let errata: Erratum[] = [];
  if (errataBytes) {
    files++;
    const loaded = loadErrata(errataBytes, rel(dir, ERRATA_FILE), ERRATA_WHAT);
    findings.push(...loaded.findings);
    errata = loaded.errata;
  }

  const tables: Record<string, BudgetTable> = {};
  const failedTables: string[] = [];
  const missingTables: string[] = [];
  const absentTables: string[] = [];
  for (const spec of profile.tables) {
    const file = rel(dir, spec.file);
    const bytes = await readBytes(join(absolute, spec.file));
    if (!bytes) {
      if (declaredAbsent.has(spec.id) || spec.presence === "optional") absentTables.push(spec.id);
      else {
        findings.push(finding(RULES.missingFile, { file }, { what: tableWhat(spec) }));
        failedTables.push(spec.id);
        missingTables.push(spec.id);
      }
      continue;
    }
    files++;
    if (declaredAbsent.has(spec.id)) {
      findings.push(finding(RULES.absentTablePresent, { file }, { what: tableWhat(spec) }));
    }
    if (!unit) {
      // The unit comes from department.yaml; without it amounts cannot be read.
      failedTables.push(spec.id);
      continue;
    }
    const loaded = loadTable(spec, readCsv(bytes, file), file, spec.unit ?? unit, correctionsOf(errata, file));
    findings.push(...loaded.findings);
    // Errors the errata acknowledge as the document's own do not keep the table from the checks;
    // a row the loader could not read (and no erratum corrects) does, or its sums would be wrong.
    applyErrata(loaded.findings, errata);
    if (loaded.table && !loaded.findings.some(isError) && loaded.dropped === 0) {
      rows += loaded.table.rows.length;
      tables[spec.id] = loaded.table;
    } else {
      if (loaded.table) rows += loaded.table.rows.length;
      failedTables.push(spec.id);
    }
  }

  const [yearFolder = "", slug = ""] = dir.split("/");
  if (meta && String(meta.year) !== yearFolder) {
    findings.push(
      finding(
        RULES.yearMismatch,
        { file: rel(dir, profile.yaml.department.file), column: "year", value: String(meta.year) },
        { folderYear: yearFolder },
      ),
    );
  }
  if (!meta || !unit || explanation === undefined || glossary === undefined) return { findings, files, rows };

  const departmentYear = {
    path: dir,
    year: meta.year,
    slug,
    profile,
    kind: narrowed.kindOf(meta),
    unit,
    meta,
    explanation,
    glossary,
    ...(english !== undefined ? { english } : {}),
    tables,
    failedTables,
    missingTables,
    absentTables,
    errata,
  } as unknown as DepartmentYear;

  // Pair the English only with Chinese that loaded cleanly: a table lost to an error would
  // otherwise make every English name of its rows look unused.
  const checkEnglish = (profile as { checkEnglish?: (parts: unknown, file: string) => Finding[] }).checkEnglish;
  if (english !== undefined && checkEnglish && profile.yaml.english && !findings.some((f) => f.severity === "error")) {
    const parts = { meta, explanation, glossary, english, tables: Object.values(tables) };
    findings.push(...checkEnglish(parts, rel(dir, profile.yaml.english.file)));
  }
  return { departmentYear, findings, files, rows };
};

const subfolders = async (path: string): Promise<{ folders: string[]; files: string[] }> => {
  const folders: string[] = [];
  const files: string[] = [];
  for (const name of (await readdir(path)).sort()) {
    if (isIgnoredFile(name)) continue;
    ((await stat(join(path, name))).isDirectory() ? folders : files).push(name);
  }
  return { folders, files };
};

/**
 * Find the department-year folders to load: `target` may be the data root (data/), a year
 * folder (data/2025) or one department-year folder (data/2025/huadu-zwfw).
 */
const departmentFolders = async (root: string, findings: Finding[]): Promise<string[]> => {
  const top = await subfolders(root);
  const found: string[] = [];
  for (const file of top.files) findings.push(finding(RULES.unknownFile, { file }, {}));
  for (const year of top.folders) {
    if (!YEAR_FOLDER.test(year)) {
      findings.push(finding(RULES.badFolderName, { file: year, value: year }));
      continue;
    }
    const inside = await subfolders(join(root, year));
    for (const file of inside.files) findings.push(finding(RULES.unknownFile, { file: rel(year, file) }, {}));
    for (const department of inside.folders) {
      if (!DEPARTMENT_FOLDER.test(department)) {
        findings.push(finding(RULES.badFolderName, { file: rel(year, department), value: department }));
        continue;
      }
      found.push(rel(year, department));
    }
  }
  return found;
};

/** Load every department-year under a data root (or only `only`, a "year/department" path). */
export const loadData = async (root: string, only?: string): Promise<LoadResult> => {
  const findings: Finding[] = [];
  const folders = only ? [only] : await departmentFolders(root, findings);
  const departmentYears: DepartmentYear[] = [];
  let files = 0;
  let rows = 0;
  for (const dir of folders) {
    const loaded = await loadDepartmentYear(root, dir);
    findings.push(...loaded.findings);
    files += loaded.files;
    rows += loaded.rows;
    if (loaded.departmentYear) departmentYears.push(loaded.departmentYear);
  }
  return { departmentYears, findings, stats: { departmentYears: folders.length, files, rows } };
};

export type { DepartmentYearOf };
