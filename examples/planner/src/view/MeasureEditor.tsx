import { type DecimalString, type Plan, isDecimalString, toDec } from "cobenefits";
import type { ControlPoint } from "../model/controlPoints.js";
import { formatNumber, formatPercent } from "../model/format.js";
import type { Labels } from "../model/labels.js";

interface Props {
  readonly plan: Plan;
  /** The measure's index in `plan.measures`. */
  readonly index: number;
  readonly points: readonly ControlPoint[];
  readonly edited: boolean;
  /** False for a measure whose penetration the library does not let a schedule state (a measured reduction per unit of stock). */
  readonly editable: boolean;
  /** Why the library refused the last change of this measure, or null. */
  readonly refused: string | null;
  readonly labels: Labels;
  readonly onChange: (points: ControlPoint[]) => void;
  readonly onReset: () => void;
}

/** A value typed or slid, as exact decimal text of a fraction 0..1 (at most 4 decimals), or null when it is not one. */
function fraction(text: string, scale: 1 | 100): DecimalString | null {
  const t = text.trim();
  if (!isDecimalString(t)) return null;
  const x = toDec(t).div(scale).toDecimalPlaces(4);
  return x.gte(0) && x.lte(1) ? (x.toString() as DecimalString) : null;
}

/**
 * One measure: its label, kind and target, and a slider (with a number field in percent) for each
 * control point of its penetration. A measure stated in units of stock also shows the units the
 * share stands for (share x the stock it targets in that year).
 */
export function MeasureEditor({ plan, index, points, edited, editable, refused, labels, onChange, onReset }: Props) {
  const m = plan.measures[index]!;
  const { id, kind } = m.measure;
  const name = m.measure.label ?? id;
  const set = (i: number, value: DecimalString | null) => {
    if (value === null || value === points[i]!.value) return;
    onChange(points.map((p, k) => (k === i ? { year: p.year, value } : p)));
  };
  const unitsAt = (year: number, value: string) => {
    if (m.units === undefined) return "";
    const stock = m.units.stock[plan.years.indexOf(year)]!;
    return ` (${labels.unitsEquivalent} ${formatNumber(stock.times(value).toNumber())} ${m.units.unit})`;
  };
  return (
    <section class={`measure${edited ? " edited" : ""}`} aria-labelledby={`m-${id}`} data-testid={`measure-${id}`}>
      <header>
        <h3 id={`m-${id}`}>{name}</h3>
        <p class="measure-kind"><code>{id}</code> · {kind}{edited ? <strong class="badge"> · {labels.edited}</strong> : null}</p>
        <button type="button" class="small" onClick={onReset} disabled={!edited} aria-label={`${labels.reset}: ${name}`}>{labels.reset}</button>
      </header>
      {editable ? null : <p class="help" data-testid={`fixed-${id}`}>{labels.notEditable}</p>}
      {refused === null ? null : <p class="refused" role="alert" data-testid="refused">{labels.editRefused} {refused}</p>}
      <div class="points">
        {points.map((p, i) => {
          const key = `${id}-${p.year}`;
          const text = `${formatPercent(Number(p.value))}${unitsAt(p.year, p.value)}`;
          return (
            <div class="point" key={key}>
              <label for={`r-${key}`}>{points.length === 1 ? labels.years : p.year}</label>
              <input id={`r-${key}`} type="range" disabled={!editable} min="0" max="1" step="0.01" value={p.value} aria-valuetext={text}
                aria-label={`${name}: ${labels.penetrationIn} ${points.length === 1 ? labels.years : p.year}`} data-testid={`slider-${key}`}
                onInput={(e) => set(i, fraction(e.currentTarget.value, 1))} />
              <input type="number" disabled={!editable} min="0" max="100" step="any" value={toDec(p.value).times(100).toDecimalPlaces(2).toString()} class="pct" data-testid={`number-${key}`}
                aria-label={`${name}: ${labels.penetrationIn} ${points.length === 1 ? labels.years : p.year} [%]`}
                onChange={(e) => set(i, fraction(e.currentTarget.value, 100))} />
              <output for={`r-${key}`} data-testid={`value-${key}`}>{text}</output>
            </div>
          );
        })}
      </div>
    </section>
  );
}
