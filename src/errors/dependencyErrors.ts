import { CobenefitsError } from "./cobenefitsError.js";

/**
 * A feature needs packages that are not installed: optional peer dependencies of cobenefits,
 * such as vega and vega-lite, which only `cobenefits run --charts` uses to draw SVG charts, so
 * that a library user's `npm install cobenefits` does not install the chart stack. `packages`
 * names what is missing, `install` the command that installs it.
 * @category Errors
 */
export class MissingDependencyError extends CobenefitsError {
  declare readonly code: "MISSING_DEPENDENCY";
  /** What needs the packages, e.g. `cobenefits run --charts`. */
  readonly feature: string;
  /** The packages that could not be loaded, e.g. `["vega", "vega-lite"]`. */
  readonly packages: readonly string[];
  /** The command that installs them, with the versions this release is tested with. */
  readonly install: string;
  /**
   * @param feature - what needs the packages
   * @param packages - the missing packages
   * @param install - the install command
   */
  constructor(feature: string, packages: readonly string[], install: string) {
    super("MISSING_DEPENDENCY", `${feature} needs ${packages.join(" and ")}, not installed (optional packages the library itself does not need). Install with:\n  ${install}`);
    this.feature = feature;
    this.packages = packages;
    this.install = install;
  }
}
