/**
 * npm run validate [folder] [--lang en] [--json]
 * Checks every department-year under data/ (or one folder) and exits 0 only when there is no error.
 */
import { existsSync } from "node:fs";
import { formatFindings, countBySeverity } from "../budget";
import { validate, type ValidationResult } from "../budget";
import { parseArgs } from "./args";

/** "共 N 条规则、M 项校验：通过 X 项，尾差提示 Y 项，错误 Z 项". */
const checkSummary = (result: ValidationResult, lang: "zh" | "en"): string => {
  const { rules, checks, passed, notes, warnings, errors, acknowledged } = result.reconciliationSummary;
  const ackZh = acknowledged > 0 ? `（其中 ${acknowledged} 项为已登记的原文差错）` : "";
  const ackEn = acknowledged > 0 ? ` (${acknowledged} of them acknowledged errors of the published document)` : "";
  return lang === "zh"
    ? `共 ${rules} 条规则、${checks} 项校验：通过 ${passed} 项，尾差提示 ${notes} 项，${warnings > 0 ? `警告 ${warnings} 项，` : ""}错误 ${errors} 项${ackZh}。`
    : `${rules} rules, ${checks} checks: ${passed} passed, ${notes} rounding notes, ${warnings > 0 ? `${warnings} warnings, ` : ""}${errors} errors${ackEn}.`;
};

const summary = (result: ValidationResult, lang: "zh" | "en"): string => {
  const { departmentYears, files, rows } = result.stats;
  const { errors, warnings, notes, acknowledged } = countBySeverity(result.findings);
  const errataZh = acknowledged > 0 ? `，另有 ${acknowledged} 处已登记的原文差错` : "";
  const errataEn = acknowledged > 0 ? `, and ${acknowledged} acknowledged errors of the published document` : "";
  return lang === "zh"
    ? `共检查 ${departmentYears} 个部门年度、${files} 个文件、${rows} 行数据：${errors} 个错误，${warnings} 个警告，${notes} 个提示${errataZh}。` +
        (result.ok ? "\n✔ 数据通过校验。" : "\n✘ 数据未通过校验，请按上面的提示修改后重新运行 npm run validate。")
    : `Checked ${departmentYears} department-year(s), ${files} files, ${rows} rows: ${errors} errors, ${warnings} warnings, ${notes} notes${errataEn}.` +
        (result.ok
          ? "\n✔ The data passed."
          : "\n✘ The data did not pass; fix the problems above and run npm run validate again.");
};

const main = async (): Promise<number> => {
  const args = parseArgs(process.argv.slice(2), "data");
  if ("error" in args) {
    console.error(args.error);
    return 2;
  }
  if (!existsSync(args.target)) {
    console.error(args.lang === "zh" ? `找不到文件夹：${args.target}` : `No such folder: ${args.target}`);
    return 2;
  }
  const result = await validate(args.target);
  if (args.json) {
    console.log(
      JSON.stringify(
        {
          ok: result.ok,
          root: result.root,
          stats: result.stats,
          reconciliation: result.reconciliationSummary,
          findings: result.findings,
          reconciliations: result.reconciliations.map(({ path, rules, checks }) => ({ path, rules, checks })),
        },
        null,
        2,
      ),
    );
  } else {
    console.log(args.lang === "zh" ? `校验数据：${result.root}` : `Validating data: ${result.root}`);
    const text = formatFindings(result.findings, args.lang);
    if (text) console.log(text);
    console.log("\n" + checkSummary(result, args.lang));
    console.log(summary(result, args.lang));
  }
  return result.ok ? 0 : 1;
};

process.exitCode = await main();
