import { useEffect, useRef } from "preact/hooks";
import { View, parse } from "vega";
import { compile } from "vega-lite";
import type { VegaLiteSpec } from "cobenefits/charts";

/**
 * vega's renderer: SVG by default (the charts are text a screen reader and the browser test can
 * read), canvas with `?renderer=canvas` in the page's address; the browser test measures both.
 */
const RENDERER: "svg" | "canvas" = typeof location !== "undefined" && new URLSearchParams(location.search).get("renderer") === "canvas" ? "canvas" : "svg";

/** The name of the data set the charts' rows go to, so that a new result changes the data, not the chart. */
const DATA = "rows";

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
 * once per shape (species, measures, metric); each new result only replaces the rows of the data
 * set and re-runs vega's dataflow, which keeps the charts in step with the sliders. Results that
 * arrive while vega draws wait, and only the newest is drawn next.
 */
export function VegaChart({ spec, caption, testId, generation, onDrawn }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  const view = useRef<{ shape: string; view: View } | null>(null);

  /** The newest rows not drawn yet, and whether vega is drawing: while it draws, newer rows wait and only the newest is drawn next (a slider dragged fast skips the rows in between). */
  const pending = useRef<{ rows: object[]; generation: number } | null>(null);
  const drawing = useRef(false);
  const draw = () => {
    const next = pending.current;
    const v = view.current?.view;
    if (drawing.current || next === null || v === undefined) return;
    pending.current = null;
    drawing.current = true;
    v.data(DATA, next.rows).runAsync().then(() => {
      drawing.current = false;
      figure.current?.setAttribute("data-generation", String(next.generation));
      onDrawn(next.generation);
      draw();
    }, (e: unknown) => {
      drawing.current = false;
      console.error(e);
    });
  };

  useEffect(() => {
    const s = shape(spec);
    if (view.current === null || view.current.shape !== s) {
      view.current?.view.finalize();
      drawing.current = false;
      const vl = { ...spec, data: { name: DATA }, description: caption } as unknown as Parameters<typeof compile>[0];
      view.current = { shape: s, view: new View(parse(compile(vl).spec), { renderer: RENDERER, container: container.current!, hover: true }) };
    }
    pending.current = { rows: [...(spec.data as { values: readonly object[] }).values], generation };
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
