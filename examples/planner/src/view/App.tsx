import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { CobenefitsError, type FileIssue, type Plan, type ScenarioResult, SPECIES_INFO, type Species, evaluateScenario, evaluateScenarioFast, factorProvenance } from "cobenefits";
import { coBenefitQuadrantChart, reductionsByMeasureChart, trajectoriesChart } from "cobenefits/charts";
import { BEIJING_EXAMPLE } from "../beijingExample.js";
import { MORE_EXAMPLES } from "../examples.js";
import { chartInput } from "../model/chartInput.js";
import { type ControlPoint, controlPoints, isEditable } from "../model/controlPoints.js";
import { type Edits, editedPlan, editedScenarioYaml } from "../model/editedScenario.js";
import { EXPORT_FORMATS } from "../model/exportTables.js";
import { PLANNER_LANGUAGES, labelsFor, pickLanguage } from "../model/labels.js";
import type { Language } from "cobenefits/compare";
import { type LoadedScenario, loadScenario } from "../model/loadScenario.js";
import { yearSummary } from "../model/yearSummary.js";
import { oncePerFrame } from "../model/oncePerFrame.js";
import { download } from "./download.js";
import { EXTENSION_PANELS } from "./extensionPanels.js";
import { MeasureEditor } from "./MeasureEditor.js";
import { ProblemList } from "./ProblemList.js";
import { ProvenanceTable } from "./ProvenanceTable.js";
import { BaselineTable, ScenarioTitle } from "./ScenarioOverview.js";
import { SummaryTable } from "./SummaryTable.js";
import { TradeOffTable } from "./TradeOffTable.js";
import { VegaChart } from "./VegaChart.js";

/** How long the sliders must rest before the exact engine recomputes the trade-off flags [ms]. */
const EXACT_AFTER_MS = 250;

/** The Beijing example, shown first. */
const FIRST: LoadedScenario = (() => {
  const r = loadScenario(BEIJING_EXAMPLE.text, BEIJING_EXAMPLE.fileName);
  if (!r.ok) throw new Error(`the bundled Beijing example does not load: ${r.issues.map((i) => i.message).join("; ")}`);
  return r.scenario;
})();

/** The scenario on screen, its edits and the plan they make. */
interface Current {
  readonly loaded: LoadedScenario;
  readonly edits: Edits;
  readonly plan: Plan;
}

const pollutantsOf = (plan: Plan) => plan.species.filter((s) => SPECIES_INFO[s].role !== "greenhouseGas");
/** The air pollutant shown first: PM2.5 when computed, else the first one (none in a greenhouse-gas-only scenario). */
const firstPollutant = (plan: Plan): Species | undefined => (pollutantsOf(plan).includes("PM2.5") ? "PM2.5" : pollutantsOf(plan)[0]);

/** The planner: a scenario (the Beijing example or a dropped file), sliders for its measures, and its results. */
export function App() {
  const [current, setCurrent] = useState<Current>({ loaded: FIRST, edits: {}, plan: FIRST.plan });
  const [problems, setProblems] = useState<{ fileName: string; issues: readonly FileIssue[] } | null>(null);
  /** The last edit the library refused, and why; shown in that measure's card. */
  const [refused, setRefused] = useState<{ readonly id: string; readonly message: string } | null>(null);
  const [lang, setLang] = useState<Language>(() => pickLanguage(navigator.languages));
  const labels = useMemo(() => labelsFor(lang), [lang]);
  const { loaded, edits, plan } = current;
  const base = loaded.plan;
  const [year, setYear] = useState(base.years[base.years.length - 1]!);
  const [metric, setMetric] = useState(base.scenario.metrics[0] ?? "");
  const [pollutant, setPollutant] = useState<Species | undefined>(firstPollutant(base));
  const [provenanceSpecies, setProvenanceSpecies] = useState<Species>(pollutant ?? base.species[0]!);
  const [exact, setExact] = useState<{ plan: Plan; result: ScenarioResult } | null>(null);
  const generation = useRef(0);
  /** When the edit being drawn was made: the timeStamp of its input event [ms, performance.now() time]; 0 when no edit waits to be drawn. */
  const inputAt = useRef(0);
  /** The timeStamp of the latest input or change event on the page, taken before its handler runs. */
  const lastEventAt = useRef(0);
  /** The update time is written straight into this paragraph: a state change would render the page once more in the frame being timed. */
  const timing = useRef<HTMLParagraphElement>(null);
  const drawn = useRef(new Set<string>());
  /** The plan on screen and the edits made since, for the edits waiting for the next frame (see {@link oncePerFrame}). */
  const latest = useRef({ current, edits: current.edits });
  latest.current.current = current;
  const perFrame = useMemo(() => oncePerFrame((f) => requestAnimationFrame(f)), []);

  // Results of the edited plan, from the fast engine, every time a slider moves.
  const fast = useMemo(() => evaluateScenarioFast(plan), [plan]);
  const gen = useMemo(() => ++generation.current, [fast]);
  const readable = useMemo(() => chartInput(fast), [fast]);
  const charts = useMemo(() => [
    { id: "trajectories", caption: labels.trajectories, spec: trajectoriesChart(readable, { labels: labels.report }) },
    { id: "reductions", caption: labels.reductions, spec: reductionsByMeasureChart(readable, { labels: labels.report }) },
    ...(metric === "" || pollutant === undefined ? [] : [{ id: "quadrant", caption: `${labels.quadrant}: ${pollutant} against CO2e under ${metric}`, spec: coBenefitQuadrantChart(readable, { metric, species: pollutant, labels: labels.report }) }]),
  ], [readable, metric, pollutant, labels]);
  const summary = useMemo(() => yearSummary(fast, year), [fast, year]);
  const provenance = useMemo(() => factorProvenance(base), [base]);
  const names = useMemo(() => new Map(base.scenario.measures.map((m) => [m.id, m.label ?? m.id])), [base]);
  const points = useMemo(() => base.measures.map((_, i) => controlPoints(base, i)), [base]);
  const editable = useMemo(() => base.measures.map((_, i) => isEditable(base, i)), [base]);

  // The exact engine, once the sliders rest: trade-off flags and the exported tables.
  useEffect(() => {
    if (exact?.plan === plan) return;
    const timer = setTimeout(() => setExact({ plan, result: evaluateScenario(plan) }), EXACT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [plan]);
  const exactNow = exact?.plan === plan ? exact.result : null;

  // The time of every input event, before the measure cards handle it: an edit is timed from the event.
  useEffect(() => {
    const at = (e: Event) => (lastEventAt.current = e.timeStamp);
    window.addEventListener("input", at, true);
    window.addEventListener("change", at, true);
    return () => (window.removeEventListener("input", at, true), window.removeEventListener("change", at, true));
  }, []);

  /**
   * Once every chart has drawn an edit's result: the time from the edit's input event to every
   * chart drawn and laid out (the page's layout forced, as the browser does before it paints),
   * as the performance measure `planner:update` and in the timing line. The browser test reads it.
   */
  const onDrawn = (id: string) => (g: number) => {
    if (g !== generation.current) return;
    drawn.current.add(`${g}:${id}`);
    if (charts.every((c) => drawn.current.has(`${g}:${c.id}`)) && inputAt.current > 0) {
      document.body.getBoundingClientRect();
      const m = performance.measure("planner:update", { start: inputAt.current, end: performance.now() });
      if (timing.current !== null) timing.current.textContent = `${labels.updateMs} ${Math.round(m.duration)} ms`;
      inputAt.current = 0; // only an edit's update is timed
    }
  };

  /** Applies the edits made so far: at once, or at the start of the next frame when this frame has drawn an edit already. */
  const apply = (id: string) => {
    const { current: now, edits: nextEdits } = latest.current;
    try {
      setCurrent({ loaded: now.loaded, edits: nextEdits, plan: editedPlan(now.loaded.plan, nextEdits) });
      setRefused(null);
    } catch (e) {
      if (!(e instanceof CobenefitsError)) throw e;
      inputAt.current = 0;
      latest.current.edits = now.edits;
      setRefused({ id, message: e.message }); // e.g. measures moving more than all of an activity: the sliders stay where they were
    }
  };
  const edit = (id: string, next: readonly ControlPoint[] | undefined) => {
    if (inputAt.current === 0) inputAt.current = lastEventAt.current || performance.now();
    const { [id]: _old, ...others } = latest.current.edits;
    latest.current.edits = next === undefined ? others : { ...others, [id]: next };
    perFrame(() => apply(id));
  };

  const open = (text: string, fileName: string) => {
    const r = loadScenario(text, fileName);
    if (!r.ok) return setProblems({ fileName: r.fileName, issues: r.issues });
    const p = r.scenario.plan;
    setProblems(null);
    setRefused(null);
    setExact(null);
    if (timing.current !== null) timing.current.textContent = "";
    latest.current.edits = {};
    setCurrent({ loaded: r.scenario, edits: {}, plan: p });
    setYear(p.years[p.years.length - 1]!);
    setMetric(p.scenario.metrics[0] ?? "");
    setPollutant(firstPollutant(p));
    setProvenanceSpecies(firstPollutant(p) ?? p.species[0]!);
  };
  const openFile = (file: File | undefined) => void file?.text().then((text) => open(text, file.name));

  // A file dropped anywhere on the page.
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      openFile(e.dataTransfer?.files[0]);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => (window.removeEventListener("dragover", over), window.removeEventListener("drop", drop));
  });

  const exportYaml = () => download(loaded.fileName.replace(/^.*\//, "").replace(/\.(ya?ml|json)$/i, "") + "-edited.yaml", "application/yaml", editedScenarioYaml(loaded.text, base, edits));
  const exportResults = (formatId: string) => {
    const format = EXPORT_FORMATS.find((f) => f.id === formatId)!;
    void Promise.resolve(format.files(plan, exactNow ?? evaluateScenario(plan), labels.report)).then((files) => files.forEach((f) => download(f.name, f.mime, f.content)));
  };

  return (
    <>
      <header class="top">
        <div>
          <h1>{labels.title}</h1>
          <p class="tagline">{labels.tagline}</p>
          {labels.reviewNote === undefined ? null : <p class="review-note" lang={labels.lang} data-testid="review-note">{labels.reviewNote}</p>}
        </div>
        <div class="actions">
          <label class="button">
            {labels.openFile}
            <input type="file" accept=".yaml,.yml,.json" class="visually-hidden" data-testid="file-input" onChange={(e) => openFile(e.currentTarget.files?.[0])} />
          </label>
          <span class="hint">{labels.dropHint}</span>
          <button type="button" onClick={() => open(BEIJING_EXAMPLE.text, BEIJING_EXAMPLE.fileName)}>{labels.loadExample}</button>
          <select aria-label={labels.moreExamples} value="" data-testid="more-examples" onChange={(e) => { const x = MORE_EXAMPLES.find((m) => m.id === e.currentTarget.value); if (x !== undefined) open(x.text, x.fileName); }}>
            <option value="">{labels.moreExamples}</option>{MORE_EXAMPLES.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
          </select>
        </div>
        <div class="actions">
          <label>{labels.language}{" "}
            <select value={lang} onChange={(e) => setLang(e.currentTarget.value as Language)} data-testid="language">{PLANNER_LANGUAGES.map((l) => <option key={l} value={l}>{l}</option>)}</select>
          </label>
        </div>
        <div class="actions" role="group" aria-label={labels.exportTitle}>
          <span>{labels.exportTitle}:</span>
          <button type="button" onClick={exportYaml} data-testid="export-yaml">{labels.exportYaml}</button>
          {EXPORT_FORMATS.map((f) => <button type="button" key={f.id} onClick={() => exportResults(f.id)} data-testid={`export-${f.id}`}>{labels[f.label]}</button>)}
        </div>
      </header>
      {problems === null ? null : <ProblemList fileName={problems.fileName} issues={problems.issues} labels={labels} onDismiss={() => setProblems(null)} />}
      <main data-generation={gen} data-testid="main">
        <aside class="left">
          <ScenarioTitle plan={base} fileName={loaded.fileName} labels={labels} />
          <section aria-labelledby="measures-h" class="panel">
            <div class="panel-head">
              <h2 id="measures-h">{labels.measures}</h2>
              <button type="button" class="small" disabled={Object.keys(edits).length === 0} onClick={() => { inputAt.current = performance.now(); latest.current.edits = {}; setCurrent({ loaded, edits: {}, plan: base }); setRefused(null); }}>{labels.resetAll}</button>
            </div>
            <p class="help">{labels.measuresHelp}</p>
            {base.measures.map((m, i) => (
              <MeasureEditor key={`${loaded.fileName}:${m.measure.id}`} plan={base} index={i} points={edits[m.measure.id] ?? points[i]!} edited={edits[m.measure.id] !== undefined} editable={editable[i]!} refused={refused?.id === m.measure.id ? refused.message : null} labels={labels}
                onChange={(p) => edit(m.measure.id, p)} onReset={() => edit(m.measure.id, undefined)} />
            ))}
          </section>
        </aside>
        <div class="right">
          <SummaryTable rows={summary} year={year} years={base.years} labels={labels} onYear={setYear} />
          <p class="timing" role="status" data-testid="timing" ref={timing} />
          <section class="panel" aria-labelledby="charts-h">
            <div class="panel-head">
              <h2 id="charts-h" class="visually-hidden">Charts</h2>
              {metric === "" || pollutant === undefined ? null : (
                <>
                  <label>{labels.metric}{" "}
                    <select value={metric} onChange={(e) => setMetric(e.currentTarget.value)} data-testid="metric">{base.scenario.metrics.map((m) => <option key={m} value={m}>{m}</option>)}</select>
                  </label>
                  <label>{labels.pollutant}{" "}
                    <select value={pollutant} onChange={(e) => setPollutant(e.currentTarget.value as Species)} data-testid="pollutant">{pollutantsOf(base).map((s) => <option key={s} value={s}>{s}</option>)}</select>
                  </label>
                </>
              )}
            </div>
            {charts.map((c) => <VegaChart key={c.id} spec={c.spec} caption={c.caption} testId={`chart-${c.id}`} generation={gen} onDrawn={onDrawn(c.id)} />)}
          </section>
          {metric === "" ? null : <TradeOffTable exact={exactNow} metric={metric} names={names} labels={labels} />}
          {EXTENSION_PANELS.filter((p) => p.applies(plan)).map(({ id, heading, Panel }) => (
            <section class="panel" key={id} aria-label={labels[heading]} data-testid={`panel-${id}`}><h2>{labels[heading]}</h2><Panel plan={plan} fast={fast} exact={exactNow} labels={labels} /></section>
          ))}
          <p class="not-yet">{labels.notYet}</p>
          <BaselineTable plan={base} labels={labels} />
          {plan.missing.length === 0 ? null : (
            <details class="panel"><summary>{labels.missing} ({plan.missing.length})</summary>
              <ul>{plan.missing.map((m, i) => <li key={i}>{m.activityId} · {m.sector} · {m.fuel}{m.technology === undefined ? "" : ` (${m.technology})`} · {m.species}: {m.reason}</li>)}</ul>
            </details>
          )}
          <ProvenanceTable rows={provenance} species={base.species} shown={provenanceSpecies} labels={labels} onShown={setProvenanceSpecies} />
        </div>
      </main>
    </>
  );
}
