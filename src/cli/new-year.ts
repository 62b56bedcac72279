/**
 * npm run new-year -- <from-folder> <year> [--out <folder>] [--force] [--lang en]
 * Scaffolds next year's department-year folder from this year's (src/budget/new-year.ts says what
 * carries over), then validates it and reads the result as what is left to fill in.
 */
import { formatFindings, scaffoldNewYear, scaffoldReport, type Lang, type NewYearScaffold } from "../budget";
import { parseArgs } from "./args";

const USAGE = {
  zh: "用法：npm run new-year -- <本年度文件夹> <下一年度> [--out <目标文件夹>] [--force] [--lang en]\n例如：npm run new-year -- data/2025/huadu-zwfw 2026",
  en: "Usage: npm run new-year -- <this year's folder> <next year> [--out <folder>] [--force] [--lang en]\nFor example: npm run new-year -- data/2025/huadu-zwfw 2026",
};

interface NewYearArgs {
  from: string;
  year: string;
  out?: string;
  force: boolean;
  lang: Lang;
}

/** --out and --force are this command's own; the rest (--lang, unknown options) is args.ts's. */
const parse = (argv: readonly string[]): NewYearArgs | { error: string; lang: Lang } => {
  const rest: string[] = [];
  const positional: string[] = [];
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--force") force = true;
    else if (arg === "--out" || arg.startsWith("--out="))
      out = arg.includes("=") ? arg.slice("--out=".length) : argv[++i];
    else if (arg === "--lang") rest.push(arg, argv[++i] ?? "");
    else if (arg.startsWith("-")) rest.push(arg);
    else positional.push(arg);
  }
  const common = parseArgs(rest, "");
  if ("error" in common) return { error: common.error, lang: "zh" };
  const { lang } = common;
  if (common.json)
    return { error: lang === "zh" ? "new-year 没有 --json 输出" : "new-year has no --json output", lang };
  if (out === undefined && argv.some((a) => a === "--out")) {
    return { error: lang === "zh" ? "--out 后面应写目标文件夹" : "--out needs a folder", lang };
  }
  const [from, year, ...extra] = positional;
  if (from === undefined || year === undefined || extra.length > 0) return { error: USAGE[lang], lang };
  return { from, year, force, lang, ...(out !== undefined ? { out } : {}) };
};

const print = (done: NewYearScaffold, lang: Lang): void => {
  const zh = lang === "zh";
  console.log(
    zh
      ? `已从 ${done.from.path}（${done.from.year}年）生成 ${done.year}年文件夹：${done.target}`
      : `Made the ${done.year} folder ${done.target} from ${done.from.path} (${done.from.year})`,
  );
  console.log(
    zh
      ? `  沿用：概况、名词解释${done.files.includes("english.yaml") ? "、英文版文本（标题年度已改为" + done.year + "年；情况说明等需重写的英文已去掉）" : ""}`
      : `  Carried over: the overview, the glossary${done.files.includes("english.yaml") ? `, the English texts (title now ${done.year}; English of the texts to rewrite left out)` : ""}`,
  );
  console.log(
    zh
      ? `  表格尚未填写：${done.tables.length} 张表已清空，只留表头：${done.tables.map((t) => t.what.zh).join("；")}`
      : `  Tables not yet filled in: ${done.tables.length} tables emptied to their header row: ${done.tables.map((t) => t.what.en).join("; ")}`,
  );
  if (done.prior.length > 0) {
    const list = done.prior.map((p) => `${p.label[lang]} ${p.printed}`).join(zh ? "、" : ", ");
    console.log(
      zh
        ? `  上年数（${done.from.year}年，万元）已记入 explanation.yaml 的 facts：${list}`
        : `  Prior-year figures (${done.from.year}, 10,000 yuan) recorded in explanation.yaml's facts: ${list}`,
    );
  }
  if (done.skipped.length > 0) {
    console.log(
      zh
        ? `  未沿用：${done.skipped.join("、")}（上一年度公开文本的差错，不属于新的一年）`
        : `  Not carried over: ${done.skipped.join(", ")} (errors of last year's published document)`,
    );
  }

  const report = scaffoldReport(done);
  console.log(zh ? "\n新文件夹的校验结果：" : "\nValidation of the new folder:");
  if (report.waiting > 0) {
    console.log(
      zh
        ? `  有 ${report.waiting} 条校验规则将在相关表格填写后执行。`
        : `  ${report.waiting} rules will run once the tables they read are filled in.`,
    );
  }
  if (report.unwritten.length > 0) {
    console.log(
      zh
        ? `  情况说明正文尚未填写：explanation.yaml 中 ${report.unwritten.length} 项数字待在正文中写出（${report.unwritten.join("、")}）。`
        : `  The explanation's text is still to be written: ${report.unwritten.length} figures of explanation.yaml are not in it yet (${report.unwritten.join(", ")}).`,
    );
  }
  const text = formatFindings(report.other, lang);
  if (text) {
    console.log(zh ? "\n其他校验结果：" : "\nOther findings:");
    console.log(text);
  }
  console.log(
    zh
      ? `\n下一步：按${done.year}年公开文本填写各表和 explanation.yaml，然后运行 npm run validate -- ${done.target}`
      : `\nNext: fill in the tables and explanation.yaml from the ${done.year} document, then run npm run validate -- ${done.target}`,
  );
};

const main = async (): Promise<number> => {
  const args = parse(process.argv.slice(2));
  if ("error" in args) {
    console.error(args.error);
    return 2;
  }
  const result = await scaffoldNewYear(args.from, args.year, {
    force: args.force,
    ...(args.out !== undefined ? { out: args.out } : {}),
  });
  if ("problem" in result) {
    console.error(result.problem.message[args.lang]);
    return 1;
  }
  print(result, args.lang);
  return 0;
};

process.exitCode = await main();
