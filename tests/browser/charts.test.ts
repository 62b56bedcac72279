/**
 * The charts in Chromium, on every page with a `figure.chart` (both languages, seed site and
 * synthetic fixture site):
 *  • scrolled into view, each chart is drawn (data-rendered="true") and its canvas really holds a
 *    picture (getImageData): over 2 % of its pixels neither transparent nor the figure's
 *    background, and over 1 % clearly coloured — the data, not only text and grid lines — so a
 *    blank, failed or all-zero chart fails;
 *  • the canvas is role="img" named by aria-label = the visible `.chart-summary` sentence;
 *  • every amount in the summary is one of the model's printed values (or their total, or a
 *    year-on-year change computed from them), and each drawn bar equals its printed value;
 *  • where the chart pictures a table on the same page, it shows that table's figures: the
 *    function/economic class charts exactly the top-level classes with an amount, the project
 *    ranking exactly the 表12 projects with an amount (the largest = the max of 表12's 总计
 *    column, the stated total = their sum), the “三公” chart each part as its 表8 row;
 *  • at 360 px the chart stays inside the viewport (and is redrawn, not blank);
 *  • pages without a chart request no .js file at all (every request recorded);
 *  • the JavaScript a chart page requests is under 60 KB gzip in total (bodies gzipped here);
 *  • with prefers-reduced-motion: reduce emulated (context option) the chart is drawn, fully, at
 *    the very moment it sets data-rendered="true" (read by a MutationObserver installed before the
 *    page's scripts): no animation.
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Page, Request, Response } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { parseAmount } from "../../src/budget/money";
import type { ChartModel } from "../../src/charts/models";
import { describeInChromium } from "./in-chromium";
import { expectNoProblems, type Problem, type SitePage } from "../build/site-check";
import { builtSites } from "./sites";
import { printedAmount, readTables, slugOfTableId, type DomTable } from "./table-dom";
import { CSS_PATH_FUNCTION, inTabs, Problems, resultFor, squash } from "./tab-pool";

const VIEWPORT = { viewport: { width: 1280, height: 800 } };
const sites = builtSites();

/** A drawn chart covers more than this share of its canvas with non-background pixels. */
const MIN_INK_SHARE = 0.02;
/**
 * …and more than this share with clearly coloured pixels: the data itself (bars, slices), not only
 * grey text and grid lines. A doughnut of zeros still draws its legend's colour boxes (~0.4 %).
 */
const MIN_COLOUR_SHARE = 0.01;
/** All JavaScript a chart page requests, gzipped. */
const MAX_CHART_JS_GZIP = 60 * 1024;
const PHONE_WIDTH = 360;
/**
 * Chart pages one at a time: drawing, animating and resizing charts keeps Chromium's renderer and
 * compositor busy, and on a 2-core machine a second tab made the pass slower, not faster.
 */
const CHART_TABS = 1;

interface CanvasState {
  path: string;
  rendered: string | null;
  role: string | null;
  ariaLabel: string | null;
  summary: string;
  model: string | null;
  width: number;
  height: number;
  /** pixels neither transparent nor the figure's background */
  ink: number;
  /** of which clearly coloured (the data, not grey text or grid lines) */
  colour: number;
  /** bounding boxes at the current viewport */
  figureLeft: number;
  figureRight: number;
  canvasLeft: number;
  canvasRight: number;
  clientWidth: number;
  scrollWidth: number;
}

/**
 * In-page function: the pixels of a chart's canvas that are neither transparent nor the figure's
 * background (or the page's, when the figure has none), and how many of those are clearly
 * coloured. Plain JavaScript in a string (see CSS_PATH_FUNCTION).
 */
const INK_FUNCTION = `(figure) => {
  const canvas = figure.querySelector("canvas");
  if (!canvas || canvas.width === 0 || canvas.height === 0) return { width: 0, height: 0, ink: 0, colour: 0 };
  const rgb = (text) => (text.match(/[\\d.]+/g) || ["0", "0", "0", "0"]).map(Number);
  let background = rgb(getComputedStyle(figure).backgroundColor);
  if (background[3] === 0) background = rgb(getComputedStyle(document.body).backgroundColor);
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  let colour = 0;
  for (let p = 0; p < data.length; p += 4) {
    if (data[p + 3] < 16) continue;
    const r = data[p], g = data[p + 1], b = data[p + 2];
    if (Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) < 24) continue;
    ink++;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 48) colour++;
  }
  return { width: canvas.width, height: canvas.height, ink, colour };
}`;

/** The state of every chart on the page. */
const READ_CHARTS = `(() => {
  const cssPath = ${CSS_PATH_FUNCTION};
  const inkOf = ${INK_FUNCTION};
  const root = document.scrollingElement || document.documentElement;
  return [...document.querySelectorAll("figure.chart")].map((figure) => {
    const canvas = figure.querySelector("canvas");
    const summary = figure.querySelector(".chart-summary");
    return {
      path: cssPath(figure),
      rendered: figure.getAttribute("data-rendered"),
      role: canvas ? canvas.getAttribute("role") : null,
      ariaLabel: canvas ? canvas.getAttribute("aria-label") : null,
      summary: summary ? summary.innerText.replace(/\\s+/g, " ").trim() : "",
      model: figure.getAttribute("data-chart-model"),
      figureLeft: figure.getBoundingClientRect().left,
      figureRight: figure.getBoundingClientRect().right,
      canvasLeft: canvas ? canvas.getBoundingClientRect().left : 0,
      canvasRight: canvas ? canvas.getBoundingClientRect().right : 0,
      clientWidth: root.clientWidth,
      scrollWidth: root.scrollWidth,
      ...inkOf(figure),
    };
  });
})()`;

/**
 * Installed before any page script: the moment a chart sets data-rendered="true" (a microtask
 * after the chart script drew it), record what its canvas holds, by figure id.
 */
const INK_AT_RENDER = `(() => {
  const inkOf = ${INK_FUNCTION};
  window.__inkAtRender = {};
  new MutationObserver((records) => {
    for (const record of records) {
      const figure = record.target;
      if (figure.getAttribute("data-rendered") === "true" && !(figure.id in window.__inkAtRender))
        window.__inkAtRender[figure.id] = inkOf(figure);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-rendered"] });
})()`;

const readCharts = (tab: Page): Promise<CanvasState[]> => tab.evaluate(READ_CHARTS);

const FRAMES = "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))";

/**
 * Scroll each chart into view in turn (two frames each, so the page's IntersectionObserver sees
 * it), then wait until the chart script says every one is drawn.
 */
const scrollAndWait = async (tab: Page, out: Problems): Promise<number> => {
  const count = await tab.evaluate(`(async () => {
    const figures = [...document.querySelectorAll("figure.chart")];
    for (const figure of figures) {
      figure.scrollIntoView({ block: "center" });
      await ${FRAMES};
    }
    return figures.length;
  })()`);
  const all = `[...document.querySelectorAll("figure.chart")].every((f) => f.getAttribute("data-rendered") === "true")`;
  const drawn = await tab
    .waitForFunction(all, undefined, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!drawn) {
    const states: (string | null)[] = await tab.evaluate(
      `[...document.querySelectorAll("figure.chart")].map((f) => f.getAttribute("data-rendered"))`,
    );
    states.forEach((state, i) => {
      if (state !== "true")
        out.add(
          "chart-not-drawn",
          `chart #${i + 1} was scrolled into view but did not set data-rendered="true" within 10 s (it is "${state ?? "unset"}")`,
        );
    });
  }
  return count as number;
};

/**
 * Chart.js animates its first drawing for about a second: read until every chart holds its picture
 * (over MIN_INK_SHARE, some of it coloured), at most 4 s; the last reading is judged.
 */
const drawnCharts = async (tab: Page): Promise<CanvasState[]> => {
  let states = await readCharts(tab);
  for (let waited = 0; waited < 4000 && !states.every(pictured); waited += 100) {
    await tab.waitForTimeout(100);
    states = await readCharts(tab);
  }
  return states;
};

const fits = (state: CanvasState): boolean =>
  state.scrollWidth <= state.clientWidth &&
  state.figureLeft >= -0.5 &&
  state.canvasLeft >= -0.5 &&
  state.figureRight <= state.clientWidth + 0.5 &&
  state.canvasRight <= state.clientWidth + 0.5;

/**
 * After the window narrows, Chart.js resizes its canvas on a ResizeObserver callback, a frame or
 * more later: read until every chart fits and holds its picture (at most 3 s), then judge.
 */
const narrowedCharts = async (tab: Page): Promise<CanvasState[]> => {
  await tab.evaluate(FRAMES);
  let states = await readCharts(tab);
  for (let waited = 0; waited < 3000 && !states.every((state) => fits(state) && pictured(state)); waited += 100) {
    await tab.waitForTimeout(100);
    states = await readCharts(tab);
  }
  return states;
};

const inkShare = (state: CanvasState): number =>
  state.width * state.height === 0 ? 0 : state.ink / (state.width * state.height);
const colourShare = (state: { width: number; height: number; colour: number }): number =>
  state.width * state.height === 0 ? 0 : state.colour / (state.width * state.height);
const pictured = (state: CanvasState): boolean =>
  inkShare(state) > MIN_INK_SHARE && colourShare(state) > MIN_COLOUR_SHARE;
const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

const isJavaScript = (url: string, resourceType?: string): boolean =>
  resourceType === "script" || /\.m?js$/i.test(new URL(url).pathname);

/** A printed amount as an integer of its smallest unit (hundredths by default; whole 元 with 0 decimals). */
const hundredths = (printed: string, decimals = 2): number | undefined => {
  const result = parseAmount(printed, { decimals });
  return result.ok ? result.value : undefined;
};

/** The decimals a data-value is written with: "7267.81" → 2, "189767551" → 0. */
const decimalsOf = (value: string): number => value.split(".")[1]?.length ?? 0;

/** The figures of a table as rows: name, kind, code and amounts by column key. */
interface TableRow {
  line: string;
  name: string;
  kind: string | null;
  code: string | null;
  amounts: Map<string, { value: number | undefined; text: string }>;
}

const rowsOf = (table: DomTable): TableRow[] => {
  const rows = new Map<string, TableRow>();
  for (const header of table.headers) {
    const line = header.line ?? "";
    rows.set(line, { line, name: header.name, kind: header.rowKind, code: header.rowCode, amounts: new Map() });
  }
  for (const amount of table.amounts) {
    const value = parseAmount(amount.value ?? "", { decimals: decimalsOf(amount.value ?? "") });
    rows
      .get(amount.line ?? "")
      ?.amounts.set(amount.key ?? "", { value: value.ok ? value.value : undefined, text: amount.text });
  }
  return [...rows.values()];
};

const multisetDiff = (expected: string[], actual: string[]): { missing: string[]; extra: string[] } => {
  const left = [...actual];
  const missing: string[] = [];
  for (const item of expected) {
    const at = left.indexOf(item);
    if (at < 0) missing.push(item);
    else left.splice(at, 1);
  }
  return { missing, extra: left };
};

/** The model on its own: bars equal printed values, the summary's amounts come from the model. */
const checkModel = (out: Problems, where: string, model: ChartModel, summary: string, locale: string): void => {
  if (model.locale !== locale) out.add("chart-locale", `${where}: the model is in ${model.locale} on a ${locale} page`);
  const allowed = new Set<number>();
  for (const series of model.series) {
    if (series.values.length !== model.labels.length || series.formatted.length !== model.labels.length)
      out.add(
        "chart-model",
        `${where}: series "${series.label}" has ${series.values.length} values for ${model.labels.length} labels`,
      );
    series.formatted.forEach((printed, i) => {
      const exact = hundredths(printed, model.decimals);
      if (exact === undefined) return out.add("chart-model", `${where}: printed value "${printed}" is not an amount`);
      allowed.add(exact);
      const drawn = series.values[i] ?? Number.NaN;
      if (Math.round(drawn * 10 ** model.decimals) !== exact)
        out.add("chart-bar", `${where}: "${model.labels[i] ?? i}" is drawn as ${drawn} but printed as ${printed}`);
      if (printedAmount(exact, model.decimals) !== printed)
        out.add(
          "chart-model",
          `${where}: "${model.labels[i] ?? i}" is printed "${printed}", expected "${printedAmount(exact, model.decimals)}"`,
        );
    });
  }
  const first = model.series[0];
  const last = model.series[model.series.length - 1];
  const exacts = (values: string[] | undefined): number[] =>
    (values ?? []).map((v) => hundredths(v, model.decimals) ?? 0);
  allowed.add(exacts(first?.formatted).reduce((a, b) => a + b, 0));
  if (model.kind === "groupedBar" && first && last)
    exacts(last.formatted).forEach((value, i) => allowed.add(Math.abs(value - (exacts(first.formatted)[i] ?? 0))));
  if (model.kind !== "groupedBar") {
    const values = exacts(first?.formatted);
    if (values.some((value, i) => i > 0 && value > (values[i - 1] ?? 0)))
      out.add("chart-order", `${where}: the parts are not largest first: ${first?.formatted.join(", ") ?? ""}`);
  }
  if (model.shares && model.shares.reduce((a, b) => a + b, 0) !== 1000)
    out.add(
      "chart-shares",
      `${where}: the shares add up to ${model.shares.reduce((a, b) => a + b, 0) / 10} %, not 100 %`,
    );
  // Amounts in the summary: with two decimals, or (whole 元) the figures the unit follows.
  const amounts =
    model.decimals === 2
      ? (summary.match(/\d{1,3}(?:,\d{3})*\.\d{2}(?!\d)/g) ?? [])
      : [...summary.matchAll(/(\d{1,3}(?:,\d{3})*)(?=\s?(?:元|yuan))/g)].map((m) => m[1] ?? "");
  if (amounts.length === 0) out.add("chart-summary", `${where}: the summary states no amount: "${summary}"`);
  for (const amount of amounts) {
    const exact = hundredths(amount, model.decimals);
    if (exact === undefined || !allowed.has(exact))
      out.add(
        "chart-summary",
        `${where}: the summary's amount ${amount} is none of the chart's printed values, their total or a change between them: "${summary}"`,
      );
  }
};

/** The chart against the table it pictures, when that table is on the same page. */
const checkAgainstTable = (
  out: Problems,
  where: string,
  model: ChartModel,
  summary: string,
  table: DomTable,
): number => {
  const rows = rowsOf(table);
  const series = model.series[model.series.length - 1];
  if (!series) return 0;
  const parse = (printed: string) => hundredths(printed, model.decimals);
  // A one-row table (Shanghai's “三公” table): every part the chart draws is one of its figures.
  if (table.headers.length === 0) {
    const figures = table.amounts.map((a) => parseAmount(a.value ?? "", { decimals: model.decimals }));
    series.formatted.forEach((printed, i) => {
      if (!figures.some((f) => f.ok && f.value === parse(printed)))
        out.add(
          "chart-vs-table",
          `${where}: "${model.labels[i] ?? i}" = ${printed} is no figure of table[data-table="${table.slug ?? ""}"]`,
        );
    });
    return 1;
  }
  const key = model.column;
  if (key === undefined) return 0;
  const pairs = model.labels.map((label, i) => `${label} = ${series.formatted[i] ?? "?"}`);
  const tableName = `table[data-table="${table.slug ?? ""}"]`;
  const positive = (row: TableRow): boolean => (row.amounts.get(key)?.value ?? 0) > 0;
  const pair = (row: TableRow): string =>
    `${row.name} = ${printedAmount(row.amounts.get(key)?.value ?? 0, model.decimals)}`;
  const compareSets = (what: string, expected: TableRow[]): void => {
    const { missing, extra } = multisetDiff(expected.map(pair), pairs);
    if (missing.length > 0 || extra.length > 0)
      out.add(
        "chart-vs-table",
        `${where}: the chart should show ${what} of ${tableName} (column ${key}); ` +
          `missing from the chart: ${JSON.stringify(missing)}; in the chart but not in the table: ${JSON.stringify(extra)}`,
      );
  };
  if (/-by-(function|economic)$/.test(model.id)) {
    compareSets(
      "every top-level class with an amount",
      rows.filter((r) => r.kind !== "total" && r.code?.length === 3 && positive(r)),
    );
  } else if (model.id === "projects-ranked") {
    const projects = rows.filter((r) => r.kind === "item" && positive(r));
    compareSets("every project (表12 row) with an amount", projects);
    const values = projects.map((r) => r.amounts.get(key)?.value ?? 0);
    const max = Math.max(...values);
    const total = values.reduce((a, b) => a + b, 0);
    if (parse(series.formatted[0] ?? "") !== max)
      out.add(
        "chart-vs-table",
        `${where}: the largest project is ${series.formatted[0] ?? "?"}, the max of ${tableName}'s ${key} column is ${printedAmount(max)}`,
      );
    for (const [what, value] of [
      ["largest project", max],
      ["total", total],
    ] as const)
      if (!summary.includes(printedAmount(value)))
        out.add(
          "chart-summary",
          `${where}: the summary does not state the ${what} ${printedAmount(value)} of ${tableName}: "${summary}"`,
        );
    if (!summary.includes(String(projects.length)))
      out.add(
        "chart-summary",
        `${where}: the summary does not state the number of projects (${projects.length}): "${summary}"`,
      );
  } else {
    // Parts named like table rows (表8's “三公” items): each must be that row's figure.
    model.labels.forEach((label, i) => {
      const named = rows.filter((r) => r.name === label);
      const printed = series.formatted[i] ?? "";
      if (named.length === 0) {
        if (model.id === "three-public")
          out.add("chart-vs-table", `${where}: no row of ${tableName} is named "${label}"`);
        return;
      }
      if (!named.some((r) => r.amounts.get(key)?.value === parse(printed)))
        out.add(
          "chart-vs-table",
          `${where}: "${label}" is ${printed} in the chart but ${named.map((r) => r.amounts.get(key)?.text ?? "?").join(" / ")} in ${tableName} (column ${key})`,
        );
    });
  }
  return 1;
};

interface ChartPageReport {
  problems: Problem[];
  charts: number;
  comparedWithTable: number;
  jsGzip: number;
  jsFiles: string[];
}

/** Normal motion, 1280 px: draw every chart, check it, then narrow the window to 360 px. */
const checkChartPage = async (tab: Page, origin: string, url: string): Promise<ChartPageReport> => {
  const out = new Problems(url);
  const locale = url.startsWith("/en/") ? "en" : "zh-CN";
  const scripts: Response[] = [];
  const onResponse = (response: Response): void => {
    if (isJavaScript(response.url(), response.request().resourceType())) scripts.push(response);
  };
  tab.on("response", onResponse);
  try {
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(origin + url, { waitUntil: "load", timeout: 30_000 });
    const count = await scrollAndWait(tab, out);
    if (count === 0) out.add("no-chart", "the built page has a chart but the browser shows no figure.chart");
    const states = await drawnCharts(tab);
    const tables = await readTables(tab);
    let comparedWithTable = 0;
    states.forEach((state, i) => {
      const where = `chart #${i + 1} (${state.path})`;
      const share = inkShare(state);
      if (share <= MIN_INK_SHARE)
        out.add(
          "chart-blank",
          `${where}: only ${percent(share)} of the ${state.width}×${state.height} canvas is drawn (needs > ${percent(MIN_INK_SHARE)}); ${state.colour} coloured pixels`,
        );
      if (colourShare(state) <= MIN_COLOUR_SHARE)
        out.add(
          "chart-blank",
          `${where}: only ${percent(colourShare(state))} of the canvas is coloured (needs > ${percent(MIN_COLOUR_SHARE)}): the data is not drawn`,
        );
      if (state.role !== "img")
        out.add("chart-a11y", `${where}: the canvas has role="${state.role ?? ""}", expected "img"`);
      const label = squash(state.ariaLabel ?? "");
      if (label === "" || label !== state.summary)
        out.add(
          "chart-a11y",
          `${where}: the canvas's aria-label "${label}" is not the visible summary "${state.summary}"`,
        );
      let model: ChartModel;
      try {
        model = JSON.parse(state.model ?? "") as ChartModel;
      } catch {
        out.add("chart-model", `${where}: data-chart-model is not JSON`);
        return;
      }
      const modelWhere = `${where} "${model.id}"`;
      if (squash(model.summary) !== state.summary)
        out.add(
          "chart-summary",
          `${modelWhere}: the visible summary "${state.summary}" is not the model's "${model.summary}"`,
        );
      checkModel(out, modelWhere, model, state.summary, locale);
      const table = tables.find((t) => t.slug === slugOfTableId(model.table));
      if (table) comparedWithTable += checkAgainstTable(out, modelWhere, model, state.summary, table);
    });

    // All chart JavaScript is in by now (a chart says it is drawn once its modules ran): weigh it.
    let jsGzip = 0;
    const jsFiles: string[] = [];
    for (const response of scripts) {
      const body = await response.body().catch(() => undefined);
      if (body === undefined) {
        out.add("chart-js", `could not read ${response.url()}`);
        continue;
      }
      const gzip = gzipSync(body).length;
      jsGzip += gzip;
      jsFiles.push(`${new URL(response.url()).pathname} (${body.length} B, ${gzip} B gzip)`);
    }
    if (jsGzip >= MAX_CHART_JS_GZIP)
      out.add(
        "chart-js-size",
        `the page's JavaScript is ${(jsGzip / 1024).toFixed(1)} KB gzip, over ${MAX_CHART_JS_GZIP / 1024} KB: ${jsFiles.join(", ")}`,
      );

    // A phone: the charts fit, and are redrawn for the narrow width.
    await tab.setViewportSize({ width: PHONE_WIDTH, height: 800 });
    const narrow = await narrowedCharts(tab);
    narrow.forEach((state, i) => {
      const where = `chart #${i + 1} (${state.path}) at ${PHONE_WIDTH} px`;
      if (state.figureLeft < -0.5 || state.figureRight > state.clientWidth + 0.5)
        out.add(
          "chart-overflow",
          `${where}: the figure spans ${state.figureLeft.toFixed(0)}–${state.figureRight.toFixed(0)} px, the viewport is ${state.clientWidth} px wide`,
        );
      if (state.canvasLeft < -0.5 || state.canvasRight > state.clientWidth + 0.5)
        out.add(
          "chart-overflow",
          `${where}: the canvas spans ${state.canvasLeft.toFixed(0)}–${state.canvasRight.toFixed(0)} px, the viewport is ${state.clientWidth} px wide`,
        );
      if (inkShare(state) <= MIN_INK_SHARE)
        out.add(
          "chart-blank",
          `${where}: only ${percent(inkShare(state))} of the canvas is drawn after narrowing the window`,
        );
    });
    const page = narrow[0];
    if (page && page.scrollWidth > page.clientWidth)
      out.add(
        "chart-overflow",
        `at ${PHONE_WIDTH} px the page scrolls sideways: scrollWidth ${page.scrollWidth} > clientWidth ${page.clientWidth}`,
      );
    return {
      problems: out.list,
      charts: count,
      comparedWithTable,
      jsGzip,
      jsFiles,
    };
  } finally {
    tab.off("response", onResponse);
  }
};

/**
 * In a context emulating prefers-reduced-motion: reduce (with INK_AT_RENDER installed): each chart
 * is drawn, completely, at the very moment it says it is — no animation.
 */
interface ReducedReport {
  problems: Problem[];
  /** the smallest drawn share of a canvas on the page, fully drawn */
  minInk: number;
  /** the smallest coloured (data) share of a canvas on the page, fully drawn */
  minColour: number;
}

const checkReducedMotion = async (tab: Page, origin: string, url: string): Promise<ReducedReport> => {
  const out = new Problems(url);
  await tab.goto(origin + url, { waitUntil: "load", timeout: 30_000 });
  if (!(await tab.evaluate(`matchMedia("(prefers-reduced-motion: reduce)").matches`)))
    out.add("reduced-motion", "the emulation did not take: prefers-reduced-motion: reduce does not match");
  await scrollAndWait(tab, out);
  const atRender: Record<string, { width: number; height: number; ink: number; colour: number }> =
    await tab.evaluate("window.__inkAtRender");
  const ids: string[] = await tab.evaluate(`[...document.querySelectorAll("figure.chart")].map((f) => f.id)`);
  let minInk = 1;
  let minColour = 1;
  ids.forEach((id, i) => {
    const state = atRender[id];
    if (state === undefined) return;
    const share = state.width * state.height === 0 ? 0 : state.ink / (state.width * state.height);
    minInk = Math.min(minInk, share);
    minColour = Math.min(minColour, colourShare(state));
    if (share <= MIN_INK_SHARE || colourShare(state) <= MIN_COLOUR_SHARE)
      out.add(
        "chart-blank",
        `chart #${i + 1} (figure#${id}) with reduced motion: only ${percent(share)} of the ${state.width}×${state.height} canvas ` +
          `(${percent(colourShare(state))} coloured) is drawn when it sets data-rendered="true"`,
      );
  });
  return { problems: out.list, minInk, minColour };
};

/** A page without a chart: load it and record every request; none may be JavaScript. */
const checkNoChartPage = async (tab: Page, origin: string, url: string): Promise<Problem[]> => {
  const out = new Problems(url);
  const requests: Request[] = [];
  const onRequest = (request: Request): void => {
    requests.push(request);
  };
  tab.on("request", onRequest);
  try {
    // By "load" the parser has requested every script the page names.
    await tab.goto(origin + url, { waitUntil: "load", timeout: 30_000 });
    const figures: number = await tab.evaluate(`document.querySelectorAll("figure.chart").length`);
    if (figures > 0)
      out.add("chart-unexpected", `the page shows ${figures} figure.chart though its built file has no chart model`);
    for (const request of requests)
      if (isJavaScript(request.url(), request.resourceType()))
        out.add(
          "no-chart-js",
          `a page without a chart requested JavaScript: ${request.method()} ${request.url()} (${request.resourceType()})`,
        );
    return out.list;
  } finally {
    tab.off("request", onRequest);
  }
};

const hasChart = (page: SitePage): boolean => /<figure\b[^>]*\bdata-chart-model=/.test(readFileSync(page.file, "utf8"));

describeInChromium((launched) => {
  for (const site of sites) {
    describe.skipIf(site.skipped !== undefined)(site.label, () => {
      const chartPages = site.error === undefined ? site.pages.filter(hasChart) : [];
      const otherPages = site.error === undefined ? site.pages.filter((page) => !hasChart(page)) : [];
      let drawn = new Map<SitePage, ChartPageReport | Error>();
      let reduced = new Map<SitePage, ReducedReport | Error>();
      let plain = new Map<SitePage, Problem[] | Error>();

      beforeAll(async () => {
        if (site.error !== undefined) throw new Error(site.error);
        const browser = launched();
        const origin = site.origin ?? "";
        const started = performance.now();
        drawn = await inTabs(
          browser,
          VIEWPORT,
          chartPages,
          (tab, page) => checkChartPage(tab, origin, page.url),
          CHART_TABS,
        );
        reduced = await inTabs(
          browser,
          { ...VIEWPORT, reducedMotion: "reduce" },
          chartPages,
          (tab, page) => checkReducedMotion(tab, origin, page.url),
          CHART_TABS,
          (context) => context.addInitScript(INK_AT_RENDER),
        );
        plain = await inTabs(browser, VIEWPORT, otherPages, (tab, page) => checkNoChartPage(tab, origin, page.url));
        const reports = [...drawn.values()].filter((r): r is ChartPageReport => !(r instanceof Error));
        const charts = reports.reduce((n, r) => n + r.charts, 0);
        const compared = reports.reduce((n, r) => n + r.comparedWithTable, 0);
        const heaviest = Math.max(0, ...reports.map((r) => r.jsGzip));
        const minInk = Math.min(...[...reduced.values()].map((r) => (r instanceof Error ? 1 : r.minInk)));
        const minColour = Math.min(...[...reduced.values()].map((r) => (r instanceof Error ? 1 : r.minColour)));
        process.stderr.write(
          `[browser tests] charts, ${site.label}: ${chartPages.length} chart pages, ${charts} charts drawn and checked ` +
            `(${compared} against the table on the same page; again with reduced motion; least drawn canvas ${percent(minInk)} of its pixels, ${percent(minColour)} coloured), ` +
            `${otherPages.length} pages without a chart loaded with no JavaScript; ` +
            `chart JavaScript at most ${(heaviest / 1024).toFixed(1)} KB gzip per page; ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s\n`,
        );
      });
      test("there are chart pages in both languages", () => {
        if (site.error !== undefined) throw new Error(site.error);
        expect(
          chartPages.filter((page) => !page.url.startsWith("/en/")).length,
          "zh pages with a chart",
        ).toBeGreaterThan(0);
        expect(
          chartPages.filter((page) => page.url.startsWith("/en/")).length,
          "en pages with a chart",
        ).toBeGreaterThan(0);
      });

      for (const page of chartPages) {
        describe(page.url, () => {
          test("every chart draws, is named by its summary, matches the model and the table, fits 360 px", () => {
            expectNoProblems(
              `${site.id} ${page.url}: charts`,
              resultFor(drawn, page, `${site.id} ${page.url}`).problems,
            );
          });
          test(`the chart JavaScript is under ${MAX_CHART_JS_GZIP / 1024} KB gzip`, () => {
            const report = resultFor(drawn, page, `${site.id} ${page.url}`);
            expect(report.jsFiles.length, `${page.url}: a chart page loads its chart script`).toBeGreaterThan(0);
            expect(report.jsGzip, `${page.url}: ${report.jsFiles.join(", ")}`).toBeLessThan(MAX_CHART_JS_GZIP);
          });
          test("with prefers-reduced-motion: reduce every chart still draws, at once", () => {
            expectNoProblems(
              `${site.id} ${page.url}: reduced motion`,
              resultFor(reduced, page, `${site.id} ${page.url}`).problems,
            );
          });
        });
      }

      for (const page of otherPages) {
        test(`${page.url}: no chart, no JavaScript requested`, () => {
          expectNoProblems(`${site.id} ${page.url}: no chart`, resultFor(plain, page, `${site.id} ${page.url}`));
        });
      }
    });
  }
});
