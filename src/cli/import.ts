/**
 * npm run import -- <file> [--profile <id>] [--out data/<year>/<slug>] [--force] [--lang en]
 *
 * Turns the published document (PDF, or the text copied from it) into a data folder: every
 * table and text part the profile has, exactly as printed; then lists what could not be placed
 * and validates the folder, so the reconciliation points at anything mis-read. The folder is
 * written whole or not at all; an existing folder is replaced only with --force, and files the
 * import does not produce (errata.yaml, english.yaml, …) are kept.
 */
import { cp, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join } from "node:path";
import {
  DOCUMENT_KIND_EN,
  formatFindings,
  formatImportNote,
  importDocument,
  isDepartmentFolderName,
  validate,
  type Lang,
} from "../budget";
import { readSource } from "../import/read-source";
import { checkSummary, summary } from "./validation-summary";

interface ImportArgs {
  file: string;
  profile?: string;
  out?: string;
  force: boolean;
  lang: Lang;
}

const USAGE = {
  zh: "用法：npm run import -- <PDF 或文本文件> [--profile <模板>] [--out data/<年度>/<部门简称>] [--force] [--lang en]",
  en: "Usage: npm run import -- <PDF or text file> [--profile <id>] [--out data/<year>/<slug>] [--force] [--lang en]",
};

const parse = (argv: readonly string[]): ImportArgs | { error: string } => {
  const args: Partial<ImportArgs> & { force: boolean; lang: Lang } = { force: false, lang: "zh" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === "--force") args.force = true;
    else if (flag === "--lang") {
      const lang = value();
      if (lang !== "zh" && lang !== "en") return { error: "--lang 只能是 zh 或 en / --lang must be zh or en" };
      args.lang = lang;
    } else if (flag === "--profile" || flag === "--out") {
      const given = value();
      if (!given) return { error: `${flag} 后面需要一个值 / ${flag} needs a value` };
      if (flag === "--profile") args.profile = given;
      else args.out = given;
    } else if (arg.startsWith("-")) return { error: `未知选项 / unknown option: ${arg}\n${USAGE.zh}\n${USAGE.en}` };
    else if (args.file === undefined) args.file = arg;
    else return { error: `只能导入一个文件 / one file at a time: ${arg}` };
  }
  if (args.file === undefined) return { error: `${USAGE.zh}\n${USAGE.en}` };
  return args as ImportArgs;
};

/** A folder name from the file's name ("putuo-wanli-2025.pdf" → "putuo-wanli"), if it has one. */
const slugOf = (file: string): string | undefined => {
  const slug = basename(file, extname(file))
    .toLowerCase()
    .replace(/\b(?:19|20)\d{2}\b|\b(?:budget|dept|layout)\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? undefined : slug;
};

const exists = async (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Puts the staged folder in place: rename where it can, copy across file systems. */
const place = async (staged: string, out: string): Promise<void> => {
  try {
    await rename(staged, out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(staged, out, { recursive: true });
    await rm(staged, { recursive: true, force: true });
  }
};

const main = async (): Promise<number> => {
  const args = parse(process.argv.slice(2));
  if ("error" in args) {
    console.error(args.error);
    return 2;
  }
  const { lang } = args;
  const say = (zh: string, en: string): void => console.log(lang === "zh" ? zh : en);

  const source = await readSource(args.file, {
    onPage: (page, pages) => say(`读取第 ${page}/${pages} 页`, `Reading page ${page}/${pages}`),
  });
  if (!source.ok) {
    console.error(source.message[lang]);
    return 1;
  }
  const result = importDocument(source.document, args.profile === undefined ? {} : { profile: args.profile });
  if (result.profile === undefined || result.files.size === 0) {
    for (const note of result.notes) console.error(formatImportNote(note, lang));
    console.error(lang === "zh" ? "没有写入任何文件。" : "Nothing was written.");
    return 1;
  }
  say(
    `模板：${result.profile.name.zh}；年度：${result.year ?? "未知"}；${result.kind ?? "部门预算"}；部门：${result.department ?? "未知"}`,
    `Profile: ${result.profile.name.en}; year: ${result.year ?? "unknown"}; ${result.kind ? DOCUMENT_KIND_EN[result.kind] : "budget"}; department: ${result.department ?? "unknown"}`,
  );
  for (const spec of result.profile.tables) {
    const csv = result.files.get(spec.file);
    if (csv === undefined) continue;
    const rows = csv.split("\n").length - 2;
    say(
      `  ${spec.number ? `表${spec.number} ` : ""}${spec.title.zh}：${rows} 行 → ${spec.file}`,
      `  ${spec.title.en}: ${rows} rows → ${spec.file}`,
    );
  }

  const slug = slugOf(args.file);
  const out = args.out ?? (result.year !== undefined && slug ? join("data", String(result.year), slug) : undefined);
  if (out === undefined) {
    console.error(
      lang === "zh"
        ? "无法从文件名确定部门文件夹，请用 --out 指定，例如 --out data/2025/huadu-zwfw（文件夹名只用小写字母、数字和连字符）"
        : "Cannot tell the department folder from the file name; give --out, e.g. --out data/2025/huadu-zwfw",
    );
    return 2;
  }
  if (!isDepartmentFolderName(basename(out))) {
    console.error(
      lang === "zh"
        ? `文件夹名“${basename(out)}”会成为网址的一部分，只能用小写英文字母、数字和连字符，例如 --out data/${result.year ?? 2025}/huadu-zwfw。没有写入任何文件。`
        : `The folder name “${basename(out)}” becomes part of the web address: lowercase letters, digits and hyphens only. Nothing was written.`,
    );
    return 2;
  }
  const existing = (await exists(out)) ? await readdir(out) : [];
  if (existing.length > 0 && !args.force) {
    console.error(
      lang === "zh"
        ? `文件夹 ${out} 已有内容，为免覆盖已做的修改，没有写入。确需用导入结果替换，请加 --force（导入不生成的文件，如 errata.yaml、english.yaml，会保留）。`
        : `${out} is not empty; nothing was written so no edits are lost. Add --force to replace it (files the import does not write, such as errata.yaml and english.yaml, are kept).`,
    );
    return 2;
  }

  const staged = await mkdtemp(join(tmpdir(), "budget-import-"));
  for (const [file, content] of result.files) await writeFile(join(staged, file), content, "utf8");
  const kept = existing.filter((file) => !result.files.has(file) && file !== result.original);
  for (const file of kept) await cp(join(out, file), join(staged, file), { recursive: true });
  if (result.original) await cp(args.file, join(staged, result.original));
  if (existing.length > 0) {
    const aside = join(dirname(out), `.${basename(out)}.replaced-${process.pid}`);
    await rename(out, aside);
    await place(staged, out);
    await rm(aside, { recursive: true, force: true });
  } else {
    await rm(out, { recursive: true, force: true });
    await mkdir(dirname(out), { recursive: true });
    await place(staged, out);
  }
  say(
    `已写入 ${out}：${result.files.size} 个文件${result.original ? `，另存 PDF 原文为 ${result.original}（网站上附原文下载）` : ""}${kept.length > 0 ? `，保留原有的 ${kept.join("、")}` : ""}。`,
    `Wrote ${out}: ${result.files.size} files${result.original ? `, and the PDF itself as ${result.original} (the site offers it as the original)` : ""}${kept.length > 0 ? `; kept ${kept.join(", ")}` : ""}.`,
  );

  if (result.notes.length > 0) {
    say(`\n导入报告：${result.notes.length} 处需要核对`, `\nImport report: ${result.notes.length} to look at`);
    for (const note of result.notes) console.log(`  ${formatImportNote(note, lang)}`);
  } else say("\n导入报告：全部内容已归位。", "\nImport report: everything was placed.");

  const validation = await validate(out);
  say(`\n校验 ${out}：`, `\nValidating ${out}:`);
  const findings = formatFindings(validation.findings, lang);
  if (findings) console.log(findings);
  console.log("\n" + checkSummary(validation, lang));
  console.log(summary(validation, lang));
  return validation.ok ? 0 : 1;
};

process.exitCode = await main();
