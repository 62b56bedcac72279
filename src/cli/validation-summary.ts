/** The closing lines of a validation run, shared by npm run validate and npm run import. */
import { countBySeverity, type ValidationResult } from "../budget";

/** "共 N 条规则、M 项校验：通过 X 项，尾差提示 Y 项，错误 Z 项". */
export const checkSummary = (result: ValidationResult, lang: "zh" | "en"): string => {
  const { rules, checks, passed, notes, warnings, errors, acknowledged } = result.reconciliationSummary;
  const ackZh = acknowledged > 0 ? `（其中 ${acknowledged} 项为已登记的原文差错）` : "";
  const ackEn = acknowledged > 0 ? ` (${acknowledged} of them acknowledged errors of the published document)` : "";
  return lang === "zh"
    ? `共 ${rules} 条规则、${checks} 项校验：通过 ${passed} 项，尾差提示 ${notes} 项，${warnings > 0 ? `警告 ${warnings} 项，` : ""}错误 ${errors} 项${ackZh}。`
    : `${rules} rules, ${checks} checks: ${passed} passed, ${notes} rounding notes, ${warnings > 0 ? `${warnings} warnings, ` : ""}${errors} errors${ackEn}.`;
};

export const summary = (result: ValidationResult, lang: "zh" | "en"): string => {
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
