import text from "../../beijing/scenario.yaml";

/**
 * The Beijing worked example, bundled into the page at build time so that the planner works
 * offline, opened from a folder (a page opened from disk cannot fetch a file beside it).
 */
export const BEIJING_EXAMPLE = { fileName: "beijing/scenario.yaml", text } as const;
