/**
 * Draws one chart model on its canvas. Loaded on demand (dynamic import) when a chart first
 * scrolls into view, so chart.js never reaches pages without charts and never delays a page.
 * Only the chart.js parts these charts use are registered (tree-shaken; no chart.js/auto).
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import type { ChartModel } from "./models";
import { SERIES_PALETTE, SINGLE_SERIES, YEAR_PAIR } from "./palette";

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip);

/**
 * Long names wrap onto short lines instead of being clipped on a narrow screen: Chinese at any
 * character, English at spaces only.
 */
const wrap = (label: string, width: number): string[] => {
  if (!label.includes(" ")) {
    const chars = [...label];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(""));
    return lines;
  }
  const lines: string[] = [];
  let current = "";
  for (const word of label.split(" ")) {
    if (current !== "" && current.length + 1 + word.length > width * 1.6) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  if (current !== "") lines.push(current);
  return lines;
};

const configFor = (model: ChartModel, narrow: boolean, reducedMotion: boolean): ChartConfiguration => {
  const style = getComputedStyle(document.documentElement);
  const ink = style.getPropertyValue("--ink").trim() || "#1b1f24";
  const line = style.getPropertyValue("--line").trim() || "#cdd5de";
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = narrow ? 13 : 14;
  Chart.defaults.color = ink;

  const tooltip = {
    callbacks: {
      label: (item: { datasetIndex: number; dataIndex: number }) => {
        const series = model.series[item.datasetIndex];
        const share = model.shareTexts?.[item.dataIndex];
        const amount = series?.formatted[item.dataIndex] ?? "";
        return `${series?.label ?? ""}: ${amount}${share === undefined ? "" : ` (${share})`}`;
      },
    },
  };
  // Chart.js defers a resize that arrives while an animation runs to the animation's next draw; in
  // its last frame no draw follows, and the canvas kept its old width (sideways scrolling on a
  // phone turned or a window narrowed then). Measure the container again whenever one ends.
  const animation = reducedMotion ? (false as const) : { onComplete: ({ chart }: { chart: Chart }) => chart.resize() };
  const labelWidth = narrow ? 9 : 16;

  if (model.kind === "doughnut") {
    return {
      type: "doughnut",
      data: {
        labels: model.labels,
        datasets: [
          {
            label: model.series[0]?.label ?? "",
            data: model.series[0]?.values ?? [],
            backgroundColor: model.labels.map((_, i) => SERIES_PALETTE[i % SERIES_PALETTE.length] ?? SINGLE_SERIES),
            // A dark outline gives every slice, even the light ones, 3:1 contrast with the page
            // (WCAG 1.4.11) and keeps neighbours apart in greyscale print.
            borderColor: ink,
            borderWidth: 1,
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        animation,
        plugins: {
          legend: {
            position: "bottom",
            labels: {
              boxWidth: 14,
              // The legend states each part's share too: nothing is left to hover.
              generateLabels: (chart) =>
                Chart.overrides.doughnut.plugins.legend.labels.generateLabels(chart).map((item, i) => ({
                  ...item,
                  text: `${model.labels[i] ?? ""} ${model.shareTexts?.[i] ?? ""}`,
                })),
            },
          },
          tooltip,
        },
      },
    };
  }

  const horizontal = model.kind === "rankedBar" || model.labels.length > (model.kind === "groupedBar" ? 2 : 4);
  const grouped = model.kind === "groupedBar";
  return {
    type: "bar",
    data: {
      labels: model.labels.map((l) => wrap(l, labelWidth)),
      datasets: model.series.map((series, i) => ({
        label: series.label,
        data: series.values,
        backgroundColor: grouped ? (YEAR_PAIR[i] ?? SINGLE_SERIES) : SINGLE_SERIES,
        borderColor: grouped ? "#0f3d6e" : SINGLE_SERIES,
        borderWidth: grouped ? 1 : 0,
      })),
    },
    options: {
      maintainAspectRatio: false,
      indexAxis: horizontal ? "y" : "x",
      animation,
      scales: {
        x: { grid: { color: line }, ticks: { autoSkip: false } },
        y: { grid: { color: line }, ticks: { autoSkip: false } },
      },
      plugins: { legend: { display: grouped, position: "bottom" }, tooltip },
    },
  };
};

export const drawChart = (canvas: HTMLCanvasElement, model: ChartModel): void => {
  const narrow = window.matchMedia("(max-width: 599px)").matches;
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  new Chart(canvas, configFor(model, narrow, reducedMotion));
};
