/**
 * The comparison of `npm run bench -- --scale N`: the project's build beside a bare Astro site with
 * the same pages (bench/bare-astro: one simple table page per route, the repository's own astro),
 * both built by their own command in the same run and measured the same way — wall-clock seconds,
 * CPU seconds (user + sys of the command and every process it waited for) and peak memory (the max
 * RSS of its largest process). GNU time (/usr/bin/time) measures CPU and memory where it is
 * installed; elsewhere each Node process of the command reports its own (bench/rusage-reporter.mjs),
 * which leaves non-Node children (Pagefind, esbuild) out, and the report says so. It reports; it
 * never fails on a number.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { textTable } from "./text-table";

const GNU_TIME = "/usr/bin/time";
const BARE_SOURCE = resolve("bench/bare-astro");
const REPORTER = resolve("bench/rusage-reporter.mjs");

export interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** User + sys CPU seconds, when they could be measured. */
  cpuSeconds?: number;
  /** Max RSS of the command's largest process, in bytes, when it could be measured. */
  maxRssBytes?: number;
}

/** How CPU and memory are measured on this machine, for the report. */
export const measuredBy = (): string =>
  gnuTime() ? "GNU time: the command and its children" : "Node processes only (no GNU time here)";

let hasGnuTime: boolean | undefined;
const gnuTime = (): boolean => {
  if (hasGnuTime === undefined)
    hasGnuTime =
      existsSync(GNU_TIME) &&
      spawnSync(GNU_TIME, ["-f", "%U", "-o", "/dev/null", "true"], { stdio: "ignore" }).status === 0;
  return hasGnuTime;
};

/** GNU time's -o file: a "Command exited with non-zero status" line may come before the figures. */
const parseGnuTime = (report: string): Pick<Measured, "cpuSeconds" | "maxRssBytes"> => {
  const figures = report.trim().split("\n").pop()?.trim().split(/\s+/).map(Number) ?? [];
  const [user, sys, maxRssKb] = figures;
  if (figures.length !== 3 || user === undefined || sys === undefined || maxRssKb === undefined) return {};
  if (![user, sys, maxRssKb].every(Number.isFinite)) return {};
  return { cpuSeconds: user + sys, maxRssBytes: maxRssKb * 1024 };
};

/** The reports the Node processes of a command left (bench/rusage-reporter.mjs). */
const sumNodeReports = (dir: string): Pick<Measured, "cpuSeconds" | "maxRssBytes"> => {
  const reports = readdirSync(dir).map(
    (file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as { cpuSeconds: number; maxRssBytes: number },
  );
  if (reports.length === 0) return {};
  return {
    cpuSeconds: reports.reduce((total, r) => total + r.cpuSeconds, 0),
    maxRssBytes: Math.max(...reports.map((r) => r.maxRssBytes)),
  };
};

/** Runs a command to its end, output captured, with its time, CPU and peak memory. */
export const measuredRun = (
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string },
): Measured => {
  const scratch = mkdtempSync(join(resolve(".build-tmp"), "rusage-"));
  try {
    const viaTime = gnuTime();
    const report = join(scratch, "time.txt");
    const env = viaTime
      ? options.env
      : {
          ...options.env,
          BENCH_RUSAGE_DIR: scratch,
          NODE_OPTIONS: `${options.env["NODE_OPTIONS"] ?? ""} --import=${pathToFileURL(REPORTER).href}`.trim(),
        };
    const started = performance.now();
    const run = viaTime
      ? spawnSync(GNU_TIME, ["-f", "%U %S %M", "-o", report, command, ...args], spawnOptions(env, options.cwd))
      : spawnSync(command, args, spawnOptions(env, options.cwd));
    const seconds = (performance.now() - started) / 1000;
    const usage = viaTime
      ? existsSync(report)
        ? parseGnuTime(readFileSync(report, "utf8"))
        : {}
      : sumNodeReports(scratch);
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, seconds, ...usage };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

const spawnOptions = (env: NodeJS.ProcessEnv, cwd: string | undefined) => ({
  env,
  ...(cwd ? { cwd } : {}),
  encoding: "utf8" as const,
  maxBuffer: 256 * 1024 * 1024,
  stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"],
});

/** A page's address (/2025/huadu-zwfw/table-01/, /404.html) as the bare site's route parameter. */
export const bareRoute = (url: string): string => url.replace(/^\/+/, "").replace(/(\/|\.html)$/, "");

/**
 * Builds the bare site with one page per address, in a copy of bench/bare-astro under `scratch`
 * (Astro writes .astro/ and its cache into the project folder, and wants its output inside the
 * working directory). Returns the measured build and the pages it wrote.
 */
export const buildBareSite = (urls: readonly string[], scratch: string): Measured & { pages: number } => {
  const root = resolve(scratch, "bare-astro");
  rmSync(root, { recursive: true, force: true });
  cpSync(BARE_SOURCE, root, { recursive: true });
  const routes = join(root, "routes.json");
  writeFileSync(routes, JSON.stringify(urls.map(bareRoute)));
  const env: NodeJS.ProcessEnv = { ...process.env, BARE_ASTRO_ROUTES: routes };
  const run = measuredRun(process.execPath, ["build.mjs"], { env, cwd: root });
  const out = join(root, "dist");
  return { ...run, pages: existsSync(out) ? countHtml(out) : 0 };
};

const countHtml = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, entry) =>
      n +
      (entry.isDirectory() ? countHtml(join(dir, entry.name)) : entry.isFile() && entry.name.endsWith(".html") ? 1 : 0),
    0,
  );

const gb = (bytes: number | undefined): string =>
  bytes === undefined
    ? "n/a"
    : bytes >= 1024 ** 3
      ? `${(bytes / 1024 ** 3).toFixed(2)} GB`
      : `${Math.round(bytes / 1024 ** 2)} MB`;

const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}×`;

export interface SiteRun extends Measured {
  label: string;
  what: string;
  pages: number;
}

/** The two builds side by side, with the project/bare ratios. */
export const formatComparison = (project: SiteRun, bare: SiteRun): string => {
  const rate = (run: SiteRun): number => run.pages / run.seconds;
  const row = (run: SiteRun): string[] => [
    run.label,
    String(run.pages),
    run.seconds.toFixed(1),
    rate(run).toFixed(0),
    run.cpuSeconds === undefined ? "n/a" : run.cpuSeconds.toFixed(1),
    gb(run.maxRssBytes),
    run.what,
  ];
  return [
    `Build comparison (same run; CPU = user + sys, peak memory = max RSS; measured by ${measuredBy()}):`,
    textTable([
      ["site", "pages", "seconds", "pages/s", "CPU s", "peak memory", ""],
      row(project),
      row(bare),
      [
        `${project.label} / ${bare.label}`,
        ratio(project.pages, bare.pages),
        ratio(project.seconds, bare.seconds),
        ratio(rate(project), rate(bare)),
        ratio(project.cpuSeconds, bare.cpuSeconds),
        ratio(project.maxRssBytes, bare.maxRssBytes),
        "",
      ],
    ]),
  ].join("\n");
};
