import { CobenefitsError } from "cobenefits";

/** A library call's result, or the library's reason for refusing it (its message, with the path into the scenario). */
export type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * Runs a library call for a results panel, so that a scenario the panel's step refuses (e.g. an
 * `impacts` section naming a source no citation defines, or missing a year's input) shows the
 * library's message in that panel instead of stopping the page. Only the library's errors
 * (`CobenefitsError`) are caught; anything else is a bug and is thrown.
 *
 * @param f - the call
 */
export function attempt<T>(f: () => T): Attempt<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (!(e instanceof CobenefitsError)) throw e;
    return { ok: false, message: e.message };
  }
}
