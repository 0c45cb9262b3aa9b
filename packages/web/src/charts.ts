import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import { BarChart, LineChart } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { type ComposeOption, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { h } from "./dom";

// Only what the dashboard draws, rendered as SVG (sharp on phones, checkable in tests).
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

const live = new Set<ReturnType<typeof init>>();
window.addEventListener("resize", () => {
  for (const chart of live) chart.resize();
});

/** A chart box; the chart is drawn once the box is in the page, and disposed with the next page. */
export function chart(name: string, title: string, option: Option): HTMLElement {
  const box = h("div", { class: "chart", "data-chart": name, role: "img", "aria-label": title });
  requestAnimationFrame(() => {
    const instance = init(box, undefined, { renderer: "svg" });
    instance.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      // Below the plot, scrolling when the series do not fit one line: a legend above collided with
      // the axis names and, on a phone, with the bars.
      legend: { bottom: 0, type: "scroll", itemGap: 14, textStyle: { fontSize: 13 } },
      grid: { left: 8, right: 8, bottom: 36, top: 28, containLabel: true },
      ...option,
    });
    live.add(instance);
  });
  return h("figure", { class: "chart-figure" }, h("figcaption", {}, title), box);
}

/** Drops the charts of the page being left. */
export function disposeCharts(): void {
  for (const chart of live) chart.dispose();
  live.clear();
}
