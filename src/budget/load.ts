/**
 * Loading department-years from a data root laid out as data/<year>/<department>/.
 * One call gives typed data plus every finding; nothing here throws on bad content.
 *
 * The profile named in department.yaml says which files the folder holds: its YAML files and
 * its tables, each required or optional. A table that fails to load is left out of the
 * department-year (and its checks are reported as not run), but does not cancel the others.
 *
 * Files are read defensively: a symbolic link (a loop, a dangling one, or any other) is reported
 * and skipped, a file that is there but cannot be read is reported as unreadable (not missing),
 * and any exception while reading a file becomes a finding naming the file, never a stack trace.
 */
import type { Dirent } from "node:fs";
import { lstat, open, readdir, readFile, readlink, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { z } from "zod";
import { readCsv, withoutDecimalCommaEchoes } from "./csv-file";
import { finding, RULES } from "./data-rules";
import { applyErrata, correctionsOf, loadErrata, type Erratum } from "./errata";
import { isError, type Finding } from "./findings";
import { bi, type Bilingual } from "./i18n-text";
import type { AmountUnit } from "./money";
import { PROFILES, profileById, type AnyProfile } from "./profiles";
import type { DocumentKind, MetaHead, TableSpec } from "./profiles/types";
import type { BudgetTable, DepartmentYear, LoadResult } from "./model";
import { loadTable } from "./table-loader";
import { closest } from "./text-similarity";
import { loadYaml } from "./yaml-file";

const ERRATA_FILE = "errata.yaml";
const ERRATA_WHAT = bi("已确认的公开文本差错", "acknowledged errors of the published document");

const tableWhat = (spec: TableSpec): Bilingual =>
  spec.number !== undefined
    ? bi(`表${spec.number} ${spec.title.zh}`, `Table ${spec.number}, ${spec.title.en}`)
    : spec.title;

const YEAR_FOLDER = /^\d{4}$/;
const DEPARTMENT_FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A department folder's name becomes part of web addresses: lowercase letters, digits, hyphens. */
export const isDepartmentFolderName = (name: string): boolean => DEPARTMENT_FOLDER.test(name);

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

const rel = (...parts: string[]): string => parts.join("/");

const errorCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;

const errorDetail = (error: unknown): string =>
  ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").slice(0, 200);

/** Why the operating system would not let a file be read, in words staff can act on. */
const unreadableReason = (error: unknown): Bilingual => {
  switch (errorCode(error)) {
    case "EACCES":
    case "EPERM":
      return bi("没有读取权限", "permission denied");
    case "EISDIR":
      return bi("这是一个文件夹，不是文件", "it is a folder, not a file");
    case "EBUSY":
      return bi("文件正被其他程序占用", "another program holds it");
    default:
      return bi(
        `系统错误 ${errorCode(error) ?? errorDetail(error)}`,
        `system error ${errorCode(error) ?? errorDetail(error)}`,
      );
  }
};

/** Any exception while reading `file`, as the finding that names it. */
const unexpectedFinding = (file: string, error: unknown): Finding =>
  finding(RULES.unexpected, { file }, { detail: errorDetail(error) });

/** A symbolic link at `path`: where it points, and whether that is a loop, nothing, or something. */
const symlinkFinding = async (path: string, file: string): Promise<Finding> => {
  const target = await readlink(path).catch(() => "?");
  let kind: "loop" | "dangling" | "link" = "link";
  try {
    await stat(path);
  } catch (error) {
    kind = errorCode(error) === "ELOOP" ? "loop" : "dangling";
  }
  return finding(RULES.symlink, { file, value: target }, { kind, target });
};

/** A file's bytes; "absent" when there is no such file; "failed" when its finding is in `findings`. */
type Read = Uint8Array | "absent" | "failed";

/**
 * `listed`: the folder's entries as listed, by name. A regular file the listing holds is read
 * straight away (its kind is known without another look at the disk); anything else is looked at.
 */
const readDataFile = async (
  path: string,
  file: string,
  findings: Finding[],
  listed?: ReadonlyMap<string, Dirent>,
): Promise<Read> => {
  if (listed?.get(basename(path))?.isFile()) {
    try {
      return await readFile(path);
    } catch {
      // Changed since it was listed, or unreadable: the full look below says which.
    }
  }
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return "absent";
    findings.push(finding(RULES.unreadable, { file }, { reason: unreadableReason(error) }));
    return "failed";
  }
  if (info.isSymbolicLink()) {
    findings.push(await symlinkFinding(path, file));
    return "failed";
  }
  try {
    return await readFile(path);
  } catch (error) {
    findings.push(finding(RULES.unreadable, { file }, { reason: unreadableReason(error) }));
    return "failed";
  }
};

/** A folder's entries; undefined (with the finding) when it cannot be listed. */
const listFolder = async (path: string, file: string, findings: Finding[]): Promise<Dirent[] | undefined> => {
  try {
    return (await readdir(path, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    findings.push(finding(RULES.unreadable, { file }, { reason: unreadableReason(error) }));
    return undefined;
  }
};

/** Only the profile line, read before the rest so the right schema can be chosen. */
const profileHead = z.looseObject({ profile: z.string().trim().min(1) });

/**
 * The published document department.yaml names (source.document) is in the folder and is a PDF:
 * the site serves it as the original, so a missing or mistaken file is an error, not a dead link.
 */
const sourceDocumentFindings = async (
  absolute: string,
  dir: string,
  departmentFile: string,
  name: string,
): Promise<Finding[]> => {
  const where = { file: rel(dir, departmentFile), column: "source.document", value: name };
  let head: Uint8Array;
  try {
    const handle = await open(join(absolute, name), "r");
    try {
      head = new Uint8Array(5);
      await handle.read(head, 0, 5, 0);
    } finally {
      await handle.close();
    }
  } catch {
    return [finding(RULES.sourceDocumentMissing, where, {})];
  }
  return new TextDecoder().decode(head) === "%PDF-" ? [] : [finding(RULES.sourceDocumentNotPdf, where, {})];
};

const knownProfiles = (): Bilingual => {
  const ids = PROFILES.map((p) => p.id);
  return { zh: ids.join("、"), en: ids.join(", ") };
};

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
const loadDepartmentYear = async (root: string, dir: string): Promise<FolderLoad> => {
  const absolute = join(root, ...dir.split("/"));
  const departmentFile = rel(dir, "department.yaml");
  const readFindings: Finding[] = [];
  const departmentBytes = await readDataFile(join(absolute, "department.yaml"), departmentFile, readFindings);
  if (departmentBytes === "failed") return { findings: readFindings, files: 0, rows: 0 };
  if (departmentBytes === "absent") {
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
  const entries = await listFolder(absolute, dir, findings);
  if (!entries) return { findings, files: 0, rows: 0 };
  const listed = new Map(entries.map((entry) => [entry.name, entry]));
  const names = entries.map((e) => e.name).filter((n) => !isIgnoredFile(n));
  for (const entry of entries) {
    // A link to a file the profile knows is reported when that file is read.
    if (entry.isSymbolicLink() && !isIgnoredFile(entry.name) && !knownFiles.has(entry.name)) {
      findings.push(await symlinkFinding(join(absolute, entry.name), rel(dir, entry.name)));
    }
  }
  // Unknown files are reported once department.yaml is read: the document it names is known.
  const unknownNames = names.filter(
    (name) => !knownFiles.has(name) && !entries.some((e) => e.name === name && e.isSymbolicLink()),
  );
  const reportUnknown = (document: string | undefined): void => {
    for (const name of unknownNames.filter((found) => found !== document)) {
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
  };
  let files = 1;
  let rows = 0;

  const yamlOf = async (spec: (typeof yamlFiles)[number], bytes?: Uint8Array): Promise<unknown> => {
    const file = rel(dir, spec.file);
    const data = bytes ?? (await readDataFile(join(absolute, spec.file), file, findings, listed));
    if (data === "failed") return undefined;
    if (data === "absent") {
      if (!spec.optional) findings.push(finding(RULES.missingFile, { file }, { what: spec.what }));
      return undefined;
    }
    if (!bytes) files++;
    try {
      const loaded = loadYaml(data, file, spec.schema);
      findings.push(...loaded.findings);
      return loaded.data;
    } catch (error) {
      findings.push(unexpectedFinding(file, error));
      return undefined;
    }
  };

  const meta = (await yamlOf(profile.yaml.department, departmentBytes)) as MetaHead | undefined;
  reportUnknown(meta?.source?.document);
  if (meta?.source?.document) {
    findings.push(...(await sourceDocumentFindings(absolute, dir, profile.yaml.department.file, meta.source.document)));
  }
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

  const errataBytes = await readDataFile(join(absolute, ERRATA_FILE), rel(dir, ERRATA_FILE), findings, listed);
  let errata: Erratum[] = [];
  if (errataBytes instanceof Uint8Array) {
    files++;
    try {
      const loaded = loadErrata(errataBytes, rel(dir, ERRATA_FILE), ERRATA_WHAT);
      findings.push(...loaded.findings);
      errata = loaded.errata;
    } catch (error) {
      findings.push(unexpectedFinding(rel(dir, ERRATA_FILE), error));
    }
  }

  const tables: Record<string, BudgetTable> = {};
  const failedTables: string[] = [];
  const missingTables: string[] = [];
  const absentTables: string[] = [];
  for (const spec of profile.tables) {
    const file = rel(dir, spec.file);
    const bytes = await readDataFile(join(absolute, spec.file), file, findings, listed);
    if (bytes === "failed") {
      // There but unreadable (its finding says why): not "missing", yet not loaded either.
      failedTables.push(spec.id);
      continue;
    }
    if (bytes === "absent") {
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
    let loaded: ReturnType<typeof loadTable>;
    try {
      const csv = readCsv(bytes, file, { columns: spec.columns });
      loaded = loadTable(spec, csv, file, spec.unit ?? unit, correctionsOf(errata, file));
      loaded = { ...loaded, findings: withoutDecimalCommaEchoes(loaded.findings) };
    } catch (error) {
      findings.push(unexpectedFinding(file, error));
      failedTables.push(spec.id);
      continue;
    }
    findings.push(...loaded.findings);
    // Errors the errata acknowledge as the document's own do not keep the table from the checks;
    // a row the loader could not read (and no erratum corrects) does, or its sums would be wrong.
    applyErrata(loaded.findings, errata);
    if (loaded.dropped > 0 && !loaded.findings.some(isError)) {
      // Every error is acknowledged, yet rows could not be read: the table must not drop out quietly.
      findings.push(finding(RULES.rowsUnread, { file }, { count: loaded.dropped, what: tableWhat(spec) }));
    }
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

  // Last year's English carried over names last year: the title says which year it is about.
  const englishTitle = (english as { title?: unknown } | undefined)?.title;
  const stated = typeof englishTitle === "string" ? /\b((?:19|20)\d{2})\b/.exec(englishTitle)?.[1] : undefined;
  // Where department.yaml's own year disagrees with its folder, that is the finding to fix first.
  const yearAgrees = String(meta.year) === yearFolder;
  if (stated !== undefined && yearAgrees && Number(stated) !== meta.year && profile.yaml.english) {
    findings.push(
      finding(
        RULES.englishStaleYear,
        { file: rel(dir, profile.yaml.english.file), column: "title", value: String(englishTitle) },
        { stated, year: meta.year },
      ),
    );
  }

  // Pair the English only with Chinese that loaded cleanly: a table lost to an error would
  // otherwise make every English name of its rows look unused.
  const checkEnglish = (profile as { checkEnglish?: (parts: unknown, file: string) => Finding[] }).checkEnglish;
  if (english !== undefined && checkEnglish && profile.yaml.english && !findings.some((f) => f.severity === "error")) {
    const parts = { meta, explanation, glossary, english, tables: Object.values(tables) };
    try {
      findings.push(...checkEnglish(parts, rel(dir, profile.yaml.english.file)));
    } catch (error) {
      findings.push(unexpectedFinding(rel(dir, profile.yaml.english.file), error));
    }
  }
  return { departmentYear, findings, files, rows };
};

/**
 * The folders and files of a folder, by name; symbolic links are reported and skipped (a link may
 * loop back on itself or point nowhere, and a linked folder is not part of the data root).
 */
const subfolders = async (
  root: string,
  dir: string,
  findings: Finding[],
): Promise<{ folders: string[]; files: string[] } | undefined> => {
  const entries = await listFolder(dir === "" ? root : join(root, ...dir.split("/")), dir || ".", findings);
  if (!entries) return undefined;
  const folders: string[] = [];
  const files: string[] = [];
  for (const entry of entries) {
    if (isIgnoredFile(entry.name)) continue;
    const file = dir === "" ? entry.name : rel(dir, entry.name);
    if (entry.isSymbolicLink()) findings.push(await symlinkFinding(join(root, ...file.split("/")), file));
    else (entry.isDirectory() ? folders : files).push(entry.name);
  }
  return { folders, files };
};

/** The department-year folders of one year folder ("2025"). */
const yearFolders = async (root: string, year: string, findings: Finding[]): Promise<string[]> => {
  if (!YEAR_FOLDER.test(year)) {
    findings.push(finding(RULES.badFolderName, { file: year, value: year }));
    return [];
  }
  const inside = await subfolders(root, year, findings);
  if (!inside) return [];
  const found: string[] = [];
  for (const file of inside.files) findings.push(finding(RULES.unknownFile, { file: rel(year, file) }, {}));
  for (const department of inside.folders) {
    if (!DEPARTMENT_FOLDER.test(department)) {
      findings.push(finding(RULES.badFolderName, { file: rel(year, department), value: department }));
      continue;
    }
    found.push(rel(year, department));
  }
  return found;
};

/** Every department-year folder of a data root (data/<year>/<department>/). */
const departmentFolders = async (root: string, findings: Finding[]): Promise<string[]> => {
  const top = await subfolders(root, "", findings);
  if (!top) return [];
  const found: string[] = [];
  for (const file of top.files) findings.push(finding(RULES.unknownFile, { file }, {}));
  for (const year of top.folders) found.push(...(await yearFolders(root, year, findings)));
  return found;
};

/**
 * The department-year folders to load: under the whole data root, under one year folder
 * (`only` = "2025"), or one department-year (`only` = "2025/huadu-zwfw"). A target that is not a
 * folder, and one holding no department-year at all, are error findings.
 */
const targetFolders = async (root: string, only: string | undefined, findings: Finding[]): Promise<string[]> => {
  const label = only || ".";
  const path = only ? join(root, ...only.split("/")) : root;
  try {
    if (!(await stat(path)).isDirectory()) {
      findings.push(finding(RULES.notAFolder, { file: label }, { missing: false }));
      return [];
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR")
      findings.push(finding(RULES.notAFolder, { file: label }, { missing: true }));
    else findings.push(finding(RULES.unreadable, { file: label }, { reason: unreadableReason(error) }));
    return [];
  }
  if (only && only.split("/").length >= 2) return [only];
  const walked: Finding[] = [];
  const found = only ? await yearFolders(root, only, walked) : await departmentFolders(root, walked);
  findings.push(...walked);
  // Nothing at all to load, and no finding saying why (a bad folder name, a link): say so.
  if (found.length === 0 && !walked.some((f) => f.severity === "error")) {
    findings.push(finding(RULES.noData, { file: label }));
  }
  return found;
};

/**
 * Load every department-year under a data root, or only those of `only`: a year ("2025") or one
 * department-year ("2025/huadu-zwfw"). Never throws: whatever goes wrong becomes a finding.
 */
/** Department-year folders read at the same time. */
const FOLDERS_AT_ONCE = 8;

export const loadData = async (root: string, only?: string): Promise<LoadResult> => {
  const findings: Finding[] = [];
  let folders: string[] = [];
  try {
    folders = await targetFolders(root, only, findings);
  } catch (error) {
    findings.push(unexpectedFinding(only || ".", error));
  }
  const loadOne = async (dir: string): Promise<FolderLoad> => {
    try {
      return await loadDepartmentYear(root, dir);
    } catch (error) {
      // The last resort: whatever the checks above did not foresee is reported against the folder.
      return { findings: [unexpectedFinding(dir, error)], files: 0, rows: 0 };
    }
  };
  // Several folders at a time, so that one folder's parsing overlaps the next ones' file reads (one
  // at a time, a district's validation spent a quarter of its time waiting for the disk); the results
  // are taken in folder order, as before.
  const loads: FolderLoad[] = new Array<FolderLoad>(folders.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < folders.length) {
      const i = next++;
      loads[i] = await loadOne(folders[i] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FOLDERS_AT_ONCE, folders.length) }, worker));
  const departmentYears: DepartmentYear[] = [];
  let files = 0;
  let rows = 0;
  for (const loaded of loads) {
    findings.push(...loaded.findings);
    files += loaded.files;
    rows += loaded.rows;
    if (loaded.departmentYear) departmentYears.push(loaded.departmentYear);
  }
  return { departmentYears, findings, stats: { departmentYears: folders.length, files, rows } };
};
