import type { SourceRef } from "../../citations/sourceRef.js";

/**
 * A national vehicle emission standard that a publication states to be equivalent (or analogous,
 * similar, based on) a Euro class, with the publication's own words.
 * @category Factors
 */
export interface NationalStandardRow {
  /** The standard's name as analysts write it, e.g. `China V` (heavy-duty) or `China 5` (light-duty). */
  readonly standard: string;
  readonly country: "CN";
  /** Heavy-duty engines (Roman numerals) or light-duty vehicles (Arabic numerals), as the names go. */
  readonly vehicleClass: "heavyDuty" | "lightDuty";
  /** The Euro class as the EMEP/EEA Tier 2 technologies write it: `Euro V` (heavy-duty), `Euro 5` (light-duty). */
  readonly euroClass: string;
  /** What the publication says, in its words (shortened). */
  readonly statement: string;
  /** The publication (a key of the citation registry) and its section. */
  readonly sources: readonly SourceRef[];
}

/**
 * A national standard that is deliberately not mapped to a Euro class, and why.
 * @category Factors
 */
export interface UnmappedNationalStandard {
  readonly standard: string;
  readonly reason: string;
}

const TP_HD = "TransportPolicy-China-HD-Emissions";
const HISTORY: SourceRef = { id: TP_HD, table: "History" };
const PRECEDENT = "follow the European precedent, and are known as China I, II, III, etc. China has historically implemented equivalent Euro emission standards";
const BASED_ON: SourceRef = { id: "DieselNet-China-HD", table: "China III-V Emission Standards" };

/**
 * Chinese national emission standards mapped to Euro classes, only where a publication states the
 * equivalence; each row quotes it and cites it. Heavy-duty: China I to V (TransportPolicy.net,
 * ICCT and DieselNet: they "follow the European precedent" as "equivalent Euro emission
 * standards"; DieselNet: China III-V "based on Euro III-V, respectively"), and China VI-a
 * ("equivalent to Euro VI"; ICCT 2018: "largely equivalent"). Light-duty: China 5 ("analogous to
 * Euro 5"). Not mapped, with the reason: see {@link UNMAPPED_NATIONAL_STANDARDS}.
 * @category Factors
 */
export const NATIONAL_STANDARDS: readonly NationalStandardRow[] = [
  { standard: "China I", country: "CN", vehicleClass: "heavyDuty", euroClass: "Euro I", statement: `Heavy-duty engine standards "${PRECEDENT}".`, sources: [HISTORY] },
  { standard: "China II", country: "CN", vehicleClass: "heavyDuty", euroClass: "Euro II", statement: `Heavy-duty engine standards "${PRECEDENT}".`, sources: [HISTORY] },
  { standard: "China III", country: "CN", vehicleClass: "heavyDuty", euroClass: "Euro III", statement: `Heavy-duty engine standards "${PRECEDENT}"; "China III-V stages—which were based on Euro III-V, respectively".`, sources: [HISTORY, BASED_ON] },
  { standard: "China IV", country: "CN", vehicleClass: "heavyDuty", euroClass: "Euro IV", statement: `Heavy-duty engine standards "${PRECEDENT}"; "China III-V stages—which were based on Euro III-V, respectively".`, sources: [HISTORY, BASED_ON] },
  {
    standard: "China V", country: "CN", vehicleClass: "heavyDuty", euroClass: "Euro V",
    statement: `"China V (similar to Euro V)"; "China 5 and China V standards analogous to Euro 5 and V for light-duty vehicles and heavy-duty vehicles, respectively"; "China III-V stages—which were based on Euro III-V, respectively".`,
    sources: [{ id: TP_HD, table: "Overview" }, { id: "TransportPolicy-China", table: "Introduction" }, BASED_ON],
  },
  {
    standard: "China VI-a", country: "CN", vehicleClass: "heavyDuty", euroClass: "Euro VI",
    statement: `"China VI-a is equivalent to Euro VI" (TransportPolicy.net); "China VI-a is largely equivalent to Euro VI" (ICCT 2018).`,
    sources: [{ id: TP_HD, table: "Overview" }, { id: "ICCT-2018-ChinaVI-HDV", table: "Introduction" }],
  },
  {
    standard: "China 5", country: "CN", vehicleClass: "lightDuty", euroClass: "Euro 5",
    statement: `"China 5 and China V standards analogous to Euro 5 and V for light-duty vehicles and heavy-duty vehicles, respectively".`,
    sources: [{ id: "TransportPolicy-China", table: "Introduction" }],
  },
];

/**
 * National standard names that are known but not mapped to a Euro class, with the reason; a lookup
 * of one of them fails with that reason instead of a guess.
 * @category Factors
 */
export const UNMAPPED_NATIONAL_STANDARDS: readonly UnmappedNationalStandard[] = [
  { standard: "China 6", reason: "TransportPolicy.net (ICCT and DieselNet) states that China 6 light-duty standards are more stringent than Euro 6, not equivalent" },
  { standard: "China 6a", reason: "TransportPolicy.net (ICCT and DieselNet) states that China 6 light-duty standards are more stringent than Euro 6, not equivalent" },
  { standard: "China 6b", reason: "TransportPolicy.net (ICCT and DieselNet) states that China 6 light-duty standards are more stringent than Euro 6, not equivalent" },
  { standard: "China VI", reason: "China VI has two stages: name China VI-a (stated equivalent to Euro VI) or China VI-b" },
  { standard: "China VI-b", reason: "no publication read states an equivalence: DieselNet gives China VI-b the limits of China VI-a with more stringent in-use testing and monitoring; the step to Euro VI would be an assumption" },
  ...["China 1", "China 2", "China 3", "China 4"].map((standard) => ({
    standard,
    reason: "no ICCT, DieselNet, UNEP or standard text stating the light-duty equivalence was read (only question-and-answer and news pages); name the Euro class yourself, citing your source",
  })),
];
