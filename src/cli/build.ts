/**
 * npm run build [data-folder]: validate first, then build the site into a temporary folder
 * and swap it into dist/ only on success. Bad data never produces a half-written dist/ and
 * never touches the previous one. The folder may be a data root, a year folder or one
 * department-year folder; the site publishes exactly what was validated. The search index
 * (Pagefind, src/site/search-index.ts, an Astro integration) is written into the staging folder
 * by the same Astro build, so a published site always has one.
 * `--publish`: the build to put online, which needs SITE_URL. The build prints the site's size,
 * raw and gzipped. The output folder is a link to the finished build, switched in one rename, so it
 * is never missing or half written (site-swap.ts).
 */
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { build } from "astro";
import {
  countBySeverity,
  DATA_DIR_ENV,
  formatFindings,
  shareValidation,
  takeBuildSteps,
  validate,
  type BuildStep,
} from "../budget";
import { parseArgs } from "./args";
import { lockBuild } from "./build-lock";
import { formatSiteSize, siteSize } from "./site-size";
import { swapIntoPlace } from "./site-swap";
import { checkSiteUrl } from "./site-url";

const OUT_DIR = resolve(process.env["BUDGET_OUT_DIR"] ?? "dist");
const TMP_ROOT = resolve(".build-tmp");

/** BUDGET_BUILD_TIMES=1 (npm run bench sets it): one line saying how long each phase took. */
const phases: string[] = [];
// performance.now() counts from the process's start: the first phase is the start-up.
let phaseStarted = 0;
const phaseDone = (name: string, within: readonly BuildStep[] = []): void => {
  const now = performance.now();
  const inner = within.reduce((total, step) => total + step.seconds, 0);
  phases.push(`${name} ${((now - phaseStarted) / 1000 - inner).toFixed(1)} s`);
  for (const step of within) phases.push(`${step.name} ${step.seconds.toFixed(1)} s`);
  phaseStarted = now;
};

const main = async (): Promise<number> => {
  const argv = process.argv.slice(2);
  const publish = argv.includes("--publish");
  const args = parseArgs(
    argv.filter((arg) => arg !== "--publish"),
    process.env[DATA_DIR_ENV] ?? "data",
  );
  if ("error" in args) {
    console.error(args.error);
    return 2;
  }
  const zh = args.lang === "zh";
  const siteUrl = checkSiteUrl(process.env["SITE_URL"], args.lang, publish);
  if (!siteUrl.ok) {
    console.error(siteUrl.error);
    return 2;
  }
  if (!existsSync(args.target)) {
    console.error(zh ? `找不到数据文件夹：${args.target}` : `No such data folder: ${args.target}`);
    return 2;
  }
  phaseDone("start-up");
  const result = await validate(args.target);
  phaseDone("validation");
  const { errors, warnings, notes, acknowledged } = countBySeverity(result.findings);
  if (!result.ok) {
    console.error(formatFindings(result.findings, args.lang));
    console.error(
      zh
        ? `\n✘ 数据有 ${errors} 个错误，网站未生成，原有的 dist/ 保持不变。请先修正数据（可运行 npm run validate 查看详情）。`
        : `\n✘ The data has ${errors} errors; the site was not built and the existing dist/ is untouched. Fix the data first (npm run validate shows the details).`,
    );
    return 1;
  }
  console.log(
    zh
      ? `✔ 数据校验通过（${warnings} 个警告，${notes} 个尾差提示${acknowledged > 0 ? `，${acknowledged} 处已登记的原文差错将在网站上说明` : ""}），开始生成网站…`
      : `✔ Data validated (${warnings} warnings, ${notes} rounding notes${acknowledged > 0 ? `, ${acknowledged} acknowledged errors of the published documents, explained on the site` : ""}); building the site…`,
  );

  // The pages read exactly what the validation just accepted: the same target (the data root, a
  // year folder or one department-year), not the data root it lies in — and the very result the
  // validation produced, handed over instead of read and checked a second time.
  process.env[DATA_DIR_ENV] = resolve(args.target);
  shareValidation(args.target, result);
  let waited = false;
  const release = await lockBuild(TMP_ROOT, OUT_DIR, (pid) => {
    waited = true;
    console.log(
      zh
        ? `… 另一个生成（进程 ${pid}）正在写入 ${OUT_DIR}，等它结束后再继续。`
        : `… another build (process ${pid}) is writing ${OUT_DIR}; waiting for it to finish.`,
    );
  });
  if (waited) phaseDone("waiting for another build");
  try {
    return await buildAndSwap(zh, siteUrl.warning);
  } finally {
    release();
  }
};

/** Builds into a staging folder and swaps it into the output folder; the lock is held. */
const buildAndSwap = async (zh: boolean, siteUrlWarning: string | undefined): Promise<number> => {
  await mkdir(TMP_ROOT, { recursive: true });
  const staging = resolve(TMP_ROOT, `dist-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    takeBuildSteps();
    await build({ root: process.cwd(), outDir: staging, logLevel: "warn" });
    // The steps after the pages (the search index) report their own time: the rest is Astro's.
    const steps = takeBuildSteps();
    phaseDone("Astro", steps);
    for (const step of steps) console.log(step.message[zh ? "zh" : "en"]);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    console.error(zh ? "✘ 网站生成失败，原有的 dist/ 保持不变：" : "✘ The site build failed; dist/ is untouched:");
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  // Swap: the old site stays in place until the new one is complete, and the output folder is
  // never missing (a link switched in one rename, see site-swap.ts).
  await swapIntoPlace(staging, OUT_DIR, `${new Date().toISOString().replace(/[-:.]/g, "")}-${process.pid}`);
  phaseDone("swap");
  console.log(zh ? `✔ 网站已生成：${OUT_DIR}` : `✔ Site built: ${OUT_DIR}`);
  console.log(formatSiteSize(siteSize(OUT_DIR), zh));
  phaseDone("site size");
  if (process.env["BUDGET_BUILD_TIMES"] === "1") {
    const peak = process.resourceUsage().maxRSS / 1024 / 1024;
    console.log(`Build phases: ${phases.join(", ")}; peak memory of the build's Node process ${peak.toFixed(2)} GB`);
  }
  if (siteUrlWarning) console.warn(siteUrlWarning);
  return 0;
};

process.exitCode = await main();
