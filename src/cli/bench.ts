/**
 * npm run bench [data-folder] [--dir built-site]: build the site into a temporary folder with the
 * same build CLI as `npm run build`, then report the build time, the number of pages, and per page
 * type the HTML, CSS and JS bytes (raw and gzip) that a page costs a reader, plus the total size of
 * the site and its largest page. It reports; it never fails on a number.
 *
 *   npm run bench                  build data/ into .build-tmp/bench-site and measure it
 *   npm run bench -- --dir dist    measure an existing build without building
 *   npm run bench -- --scale 300   build 300 synthetic department-years (copies of data/'s), then a
 *                                  bare Astro site with as many pages, and compare the two builds
 *   npm run bench -- --import      time npm run import on the test documents (PDFs and texts)
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { formatBytes } from "../budget";
import { benchImport } from "./bench-import";
import { buildBareSite, formatComparison, measuredRun, type Measured, type SiteRun } from "./bench-scale";
import { writeScaleData } from "./scale-data";
import { textTable } from "./text-table";

const BENCH_OUT = ".build-tmp/bench-site";
const TSX = resolve("node_modules/.bin/tsx");
const SCALE_DATA = ".build-tmp/bench-scale-data";

interface Options {
  data: string;
  dir?: string;
  scale?: number;
  import?: true;
}

const parseOptions = (argv: readonly string[]): Options | { error: string } => {
  const options: Options = { data: process.env["BUDGET_DATA_DIR"] ?? "data" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--import") options.import = true;
    else if (arg === "--dir" || arg.startsWith("--dir=")) {
      const value = arg.includes("=") ? arg.slice("--dir=".length) : argv[++i];
      if (!value) return { error: "--dir needs a folder" };
      options.dir = value;
    } else if (arg === "--scale" || arg.startsWith("--scale=")) {
      const value = Number(arg.includes("=") ? arg.slice("--scale=".length) : argv[++i]);
      if (!Number.isInteger(value) || value < 1) return { error: "--scale needs a whole number of department-years" };
      options.scale = value;
    } else if (arg.startsWith("-")) return { error: `unknown option: ${arg}` };
    else options.data = arg;
  }
  return options;
};

const walk = (dir: string, out: string[] = []): string[] => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
};

const htmlPages = (root: string): string[] => walk(root).filter((file) => file.endsWith(".html"));

/** ", 2.4 s CPU, 410 MB peak" where they were measured. */
const usageOf = (run: Measured): string =>
  (run.cpuSeconds === undefined ? "" : `, ${run.cpuSeconds.toFixed(1)} s CPU`) +
  (run.maxRssBytes === undefined ? "" : `, ${Math.round(run.maxRssBytes / 1024 ** 2)} MB peak`);

const urlFor = (root: string, file: string): string => {
  const rel = relative(root, file).split(sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
};

/** The kind of page, from its URL: /en/ pages get " (en)"; unknown shapes are named by their path. */
const pageType = (url: string): string => {
  const en = url === "/en/" || url.startsWith("/en/");
  const path = en ? url.slice(3) || "/" : url;
  const suffix = en ? " (en)" : "";
  if (/(^|\/)404(\.html|\/)$/.test(path)) return `404${suffix}`;
  const segments = path.split("/").filter(Boolean);
  if (segments.length === 0) return `site home${suffix}`;
  const isYear = (segment: string | undefined): boolean => /^\d{4}$/.test(segment ?? "");
  // /<year>/<department>/… or /<department>/<year>/…
  const yearAt = isYear(segments[0]) ? 0 : isYear(segments[1]) ? 1 : -1;
  if (yearAt < 0) return `${classifyLeaf(segments) ?? `other: /${segments.join("/").replace(/\d+/g, "N")}/`}${suffix}`;
  const rest = segments.slice(2);
  if (segments.length === 1) return `year index${suffix}`;
  if (rest.length === 0) return `department home${suffix}`;
  return `${classifyLeaf(rest) ?? `other: …/${rest.join("/").replace(/\d+/g, "N")}/`}${suffix}`;
};

const classifyLeaf = (segments: readonly string[]): string | undefined => {
  const joined = segments.join("/").toLowerCase();
  const last = segments[segments.length - 1]?.toLowerCase() ?? "";
  if (/(^|\/)(tables?|t|biao|表)[-_/]?\d+$/.test(joined) || /^(table|表)\d+/.test(last)) return "table page";
  if (/^(tables?|表)$/.test(last)) return "table list";
  if (/overview|gaikuang|概况/.test(last)) return "概况 overview";
  if (/explanation|notes?|shuoming|说明/.test(last)) return "情况说明 explanation";
  if (/glossary|terms|名词/.test(last)) return "名词解释 glossary";
  if (/^(document|full|all|print|全文)/.test(last)) return "full document";
  if (/checks?|reconcil|核对|校验/.test(last)) return "核对 checks";
  if (/downloads?|data|数据/.test(last)) return "downloads";
  if (/compare|comparison|对比|比较/.test(joined)) return "comparison";
  return undefined;
};

const TYPE_ORDER = [
  "site home",
  "year index",
  "department home",
  "概况 overview",
  "table list",
  "table page",
  "full document",
  "情况说明 explanation",
  "名词解释 glossary",
  "核对 checks",
  "downloads",
  "comparison",
  "404",
];

interface Size {
  raw: number;
  gzip: number;
}

const sizeCache = new Map<string, Size>();
const sizeOf = (file: string): Size => {
  let size = sizeCache.get(file);
  if (!size) {
    const bytes = readFileSync(file);
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    sizeCache.set(file, size);
  }
  return size;
};

/** Local file a page- or script-relative URL points to, if it exists in the site. */
const localFile = (root: string, base: string, ref: string): string | undefined => {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return undefined;
  const url = new URL(ref, `http://site.invalid${base}`);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${path}`);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
};

const attr = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "").replace(/&amp;/g, "&") : undefined;
};

/** The CSS and JS files a page makes the browser load, JS with the chunks it imports. */
const assetsOf = (root: string, page: string, html: string): { css: Set<string>; js: Set<string> } => {
  const url = urlFor(root, page);
  const css = new Set<string>();
  const js = new Set<string>();
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const [tag] of withoutComments.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const isLink = /^<link/i.test(tag);
    const rel = (attr(tag, "rel") ?? "").toLowerCase();
    const href = isLink ? attr(tag, "href") : attr(tag, "src");
    if (!href) continue;
    const file = localFile(root, url, href);
    if (!file) continue;
    if (isLink && /\bstylesheet\b/.test(rel)) css.add(file);
    else if (!isLink || /\bmodulepreload\b/.test(rel) || (/\bpreload\b/.test(rel) && attr(tag, "as") === "script"))
      js.add(file);
  }
  const queue = [...js];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const source = readFileSync(file, "utf8");
    const fileUrl = urlFor(root, file);
    const imports = [
      ...source.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g),
      ...source.matchAll(/\bexport\s*[\w*${}\s,]*from\s*["']([^"']+)["']/g),
      ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ];
    for (const match of imports) {
      const dep = localFile(root, fileUrl, match[1] ?? "");
      if (dep && !js.has(dep)) {
        js.add(dep);
        queue.push(dep);
      }
    }
  }
  return { css, js };
};

interface PageStats {
  url: string;
  type: string;
  html: Size;
  css: Size;
  js: Size;
}

const sum = (files: Iterable<string>): Size => {
  const total = { raw: 0, gzip: 0 };
  for (const file of files) {
    const size = sizeOf(file);
    total.raw += size.raw;
    total.gzip += size.gzip;
  }
  return total;
};

/** Sizes to a decimal more than the site states them: "1.42 MB", "256.8 KB". */
const kb = (bytes: number): string => formatBytes(bytes, 1);

const measure = (rootDir: string): string => {
  const root = resolve(rootDir);
  const files = walk(root);
  const pages: PageStats[] = files
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const html = readFileSync(file, "utf8");
      const { css, js } = assetsOf(root, file, html);
      const url = urlFor(root, file);
      return { url, type: pageType(url), html: sizeOf(file), css: sum(css), js: sum(js) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));

  const lines: string[] = [];
  const en = pages.filter((page) => page.url.startsWith("/en/")).length;
  lines.push(`Pages: ${pages.length} HTML pages (${pages.length - en} zh-CN, ${en} en)`);
  lines.push("");

  const groups = new Map<string, PageStats[]>();
  for (const page of pages) groups.set(page.type, [...(groups.get(page.type) ?? []), page]);
  const avg = (list: readonly PageStats[], pick: (page: PageStats) => number): string =>
    kb(list.reduce((total, page) => total + pick(page), 0) / list.length);
  const max = (list: readonly PageStats[], pick: (page: PageStats) => number): string =>
    kb(Math.max(...list.map(pick)));
  const rows: string[][] = [
    ["page type", "pages", "HTML", "HTML gz", "HTML max", "CSS", "CSS gz", "with JS", "JS", "JS gz", "example"],
  ];
  const order = [...groups.keys()].sort((a, b) => {
    const base = (type: string): string => type.replace(/ \(en\)$/, "");
    const rank = (type: string): number => {
      const index = TYPE_ORDER.indexOf(base(type));
      return (type.endsWith("(en)") ? 100 : 0) + (index < 0 ? TYPE_ORDER.length : index);
    };
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  for (const type of order) {
    const list = groups.get(type) ?? [];
    rows.push([
      type,
      String(list.length),
      avg(list, (p) => p.html.raw),
      avg(list, (p) => p.html.gzip),
      max(list, (p) => p.html.raw),
      avg(list, (p) => p.css.raw),
      avg(list, (p) => p.css.gzip),
      String(list.filter((p) => p.js.raw > 0).length),
      avg(list, (p) => p.js.raw),
      avg(list, (p) => p.js.gzip),
      list[0]?.url ?? "",
    ]);
  }
  lines.push("Per page type (average bytes per page; HTML max = the type's largest page; with JS = pages");
  lines.push("that load any; CSS/JS = the files each page references, JS with the chunks it imports;");
  lines.push("gz = gzip level 6):");
  lines.push(textTable(rows));
  lines.push("");

  const weight = (page: PageStats): number => page.html.raw + page.css.raw + page.js.raw;
  const largest = [...pages].sort((a, b) => b.html.raw - a.html.raw)[0];
  const heaviest = [...pages].sort((a, b) => weight(b) - weight(a))[0];
  if (largest)
    lines.push(
      `Largest page:  ${largest.url} — HTML ${kb(largest.html.raw)} (gzip ${kb(largest.html.gzip)})` +
        `, with its CSS+JS ${kb(weight(largest))} (gzip ${kb(largest.html.gzip + largest.css.gzip + largest.js.gzip)})`,
    );
  if (heaviest && heaviest !== largest)
    lines.push(
      `Heaviest page: ${heaviest.url} — HTML+CSS+JS ${kb(weight(heaviest))}` +
        ` (gzip ${kb(heaviest.html.gzip + heaviest.css.gzip + heaviest.js.gzip)})`,
    );

  const byExt = new Map<string, { count: number; raw: number }>();
  let total = 0;
  for (const file of files) {
    const bytes = statSync(file).size;
    total += bytes;
    const ext = extname(file).toLowerCase() || "(none)";
    const entry = byExt.get(ext) ?? { count: 0, raw: 0 };
    entry.count += 1;
    entry.raw += bytes;
    byExt.set(ext, entry);
  }
  const parts = [...byExt.entries()]
    .sort((a, b) => b[1].raw - a[1].raw)
    .map(([ext, entry]) => `${ext} ${kb(entry.raw)} (${entry.count})`);
  lines.push(`Total site:    ${kb(total)} in ${files.length} files — ${parts.join(", ")}`);
  return lines.join("\n");
};

const main = async (): Promise<number> => {
  const options = parseOptions(process.argv.slice(2));
  if ("error" in options) {
    console.error(`${options.error}\nusage: npm run bench [data-folder] [-- --dir built-site | --scale N | --import]`);
    return 2;
  }
  if (options.import) {
    await benchImport();
    return 0;
  }
  if (options.scale !== undefined) {
    writeScaleData(options.data, SCALE_DATA, options.scale);
    console.log(`Scale data:    ${options.scale} department-years (copies of ${options.data}) in ${SCALE_DATA}`);
    options.data = SCALE_DATA;
  }
  let dir = options.dir;
  let project: SiteRun | undefined;
  if (dir === undefined) {
    dir = BENCH_OUT;
    // BUDGET_BUILD_TIMES: the build prints how long each of its phases took.
    const env: NodeJS.ProcessEnv = { ...process.env, BUDGET_OUT_DIR: dir, BUDGET_BUILD_TIMES: "1" };
    delete env["BUDGET_DATA_DIR"];
    // Only the verdict is printed: the report of 300 department-years runs to megabytes.
    const validation = measuredRun(TSX, ["src/cli/validate.ts", options.data], { env });
    const verdict = validation.status === 0 ? "passed" : `exit ${validation.status ?? "?"}`;
    console.log(
      `Validation:    ${validation.seconds.toFixed(1)} s (npm run validate, ${verdict}${usageOf(validation)})`,
    );
    console.log(`Building ${options.data} into ${dir} (npm run build) …`);
    const build = measuredRun(TSX, ["src/cli/build.ts", options.data], { env });
    if (build.status !== 0) {
      console.error(
        `${build.stdout}${build.stderr}\nThe build failed (exit ${build.status ?? "?"}): nothing to measure.`,
      );
      return 1;
    }
    console.log(`Build time:    ${build.seconds.toFixed(1)} s (validation + Astro build + search index + swap)`);
    const phases = /^Build phases: (.*)$/m.exec(build.stdout)?.[1];
    if (phases) console.log(`Build phases:  ${phases}`);
    const indexed = /✔ (?:搜索索引|Search index)[^\n]*/.exec(build.stdout)?.[0];
    if (indexed) console.log(`Search index:  ${indexed.replace(/^✔ /, "")}`);
    project = { ...build, label: "project", what: "npm run build", pages: htmlPages(dir).length };
  } else if (!existsSync(dir)) {
    console.error(`No such folder: ${dir}`);
    return 2;
  } else console.log(`Measuring ${dir} (no build)`);
  console.log(measure(dir));
  if (project && options.scale !== undefined) {
    // The baseline: a bare Astro site writing one simple table page for each of the project's pages.
    console.log(`\nBuilding the bare Astro site (bench/bare-astro) with the same ${project.pages} pages …`);
    const root = resolve(dir);
    const bare = buildBareSite(
      htmlPages(root).map((file) => urlFor(root, file)),
      ".build-tmp",
    );
    if (bare.status !== 0) console.log(`The bare site's build failed (exit ${bare.status ?? "?"}):\n${bare.stderr}`);
    else
      console.log(
        formatComparison(project, { ...bare, label: "bare", what: "bench/bare-astro, one table page per route" }),
      );
  }
  return 0;
};

process.exitCode = await main();
