import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import { View, parse } from "vega";
import { compile } from "vega-lite";
import type { VegaLiteSpec } from "cobenefits/charts";
import type { ChartRow } from "../model/rowChanges.js";
import { DATA, type HeldRows, pushRows } from "./pushRows.js";

/**
 * vega's renderer: SVG by default (the charts are text a screen reader and the browser test can
 * read), canvas with `?renderer=canvas` in the page's address; the browser test measures both.
 */
const RENDERER: "svg" | "canvas" = typeof location !== "undefined" && new URLSearchParams(location.search).get("renderer") === "canvas" ? "canvas" : "svg";


interface Props {
  /** A Vega-Lite specification from `cobenefits/charts`, its rows inline in `data.values`. */
  readonly spec: VegaLiteSpec;
  /** What the chart shows, for screen readers (the SVG's aria-label) and as the figure's caption. */
  readonly caption: string;
  readonly testId: string;
  /** Which update the chart shows; set on the figure as `data-generation` once drawn. */
  readonly generation: number;
  readonly onDrawn: (generation: number) => void;
}

/** The specification without its rows: when it is unchanged, only the rows are replaced. */
function shape(spec: VegaLiteSpec): string {
  const { data: _data, ...rest } = spec;
  return JSON.stringify(rest);
}

/**
 * A chart of `cobenefits/charts`, drawn by vega as SVG (or canvas, see {@link RENDERER}). The Vega-Lite specification is compiled
 * once per shape (species, measures, metric); each new result only changes the values of the rows
 * that changed ({@link pushRows}) and re-runs vega's dataflow, which keeps the charts in step with
 * the sliders. The rows go to vega as the page is updated (a layout effect, not after the next
 * paint), so that the frame which shows the new numbers shows the new charts too. Results that
 * arrive while vega draws wait, and only the newest is drawn next.
 */
export function VegaChart({ spec, caption, testId, generation, onDrawn }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  const view = useRef<{ shape: string; view: View } | null>(null);
  /** The rows the View holds (see {@link pushRows}). */
  const held = useRef<HeldRows | null>(null);

  /** The newest rows not drawn yet, and whether vega is drawing: while it draws, newer rows wait and only the newest is drawn next (a slider dragged fast skips the rows in between). */
  const pending = useRef<{ rows: readonly ChartRow[]; generation: number } | null>(null);
  const drawing = useRef(false);
  const draw = () => {
    const next = pending.current;
    const v = view.current?.view;
    if (drawing.current || next === null || v === undefined) return;
    pending.current = null;
    drawing.current = true;
    pushRows(v, held.current, next.rows).then((h) => {
      if (view.current?.view === v) held.current = h;
      drawing.current = false;
      figure.current?.setAttribute("data-generation", String(next.generation));
      onDrawn(next.generation);
      draw();
    }, (e: unknown) => {
      drawing.current = false;
      console.error(e);
    });
  };

  useLayoutEffect(() => {
    const s = shape(spec);
    if (view.current === null || view.current.shape !== s) {
      view.current?.view.finalize();
      drawing.current = false;
      held.current = null;
      const vl = { ...spec, data: { name: DATA }, description: caption } as unknown as Parameters<typeof compile>[0];
      view.current = { shape: s, view: new View(parse(compile(vl).spec), { renderer: RENDERER, container: container.current!, hover: true }) };
    }
    pending.current = { rows: (spec.data as { values: readonly ChartRow[] }).values, generation };
    draw();
  }, [spec, generation]);

  useEffect(() => () => view.current?.view.finalize(), []);

  return (
    <figure ref={figure} class="chart" data-testid={testId}>
      <div ref={container} class="chart-canvas" />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
