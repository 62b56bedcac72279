/**
 * The only script a chart page loads up front (a few hundred bytes): it waits until a chart
 * comes near the viewport, then fetches chart.js and draws it.
 */
import type { ChartModel } from "./models";

const draw = async (figure: HTMLElement): Promise<void> => {
  const canvas = figure.querySelector("canvas");
  const json = figure.dataset["chartModel"];
  if (!canvas || !json || figure.dataset["rendered"] !== undefined) return;
  figure.dataset["rendered"] = "pending";
  const { drawChart } = await import("./draw");
  drawChart(canvas, JSON.parse(json) as ChartModel);
  // Print styles show a chart only once it is drawn, never as a blank box.
  figure.dataset["rendered"] = "true";
};

const figures = [...document.querySelectorAll<HTMLElement>("figure[data-chart-model]")];
if ("IntersectionObserver" in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: "200px 0px" },
  );
  figures.forEach((f) => observer.observe(f));
} else {
  figures.forEach((f) => void draw(f));
}
