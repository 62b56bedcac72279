/**
 * npm run validate [folder] [--lang en] [--json]
 * Checks every department-year under data/ (or one folder) and exits 0 only when there is no error.
 */
import { existsSync } from "node:fs";
import { formatFindings, validate } from "../budget";
import { parseArgs } from "./args";
import { checkSummary, summary } from "./validation-summary";

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
