import { useMemo, useRef } from "preact/hooks";
import type { VegaLiteSpec } from "cobenefits/charts";
import { VegaChart } from "./VegaChart.js";

/**
 * A chart of a results panel (abatement cost curve, avoided deaths, temperature, ranges): a
 * {@link VegaChart} that counts its own updates (the panels' charts follow the exact engine or a
 * button, not the slider timing of the main charts). The figure's `data-generation` says which
 * specification is drawn.
 */
export function PanelChart({ spec, caption, testId }: { readonly spec: VegaLiteSpec; readonly caption: string; readonly testId: string }) {
  const count = useRef(0);
  const generation = useMemo(() => ++count.current, [spec]);
  return <VegaChart spec={spec} caption={caption} testId={testId} generation={generation} onDrawn={() => undefined} />;
}
