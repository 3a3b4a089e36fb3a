import { describe, expect, it } from "vitest";
import { createCellOutputs, toLines } from "./cellOutputs.mjs";

describe("cell outputs from iopub messages", () => {
  it("stores text as nbformat lines, each but the last ending in a newline", () => {
    expect(toLines("a\nb\n")).toEqual(["a\n", "b\n"]);
    expect(toLines("a\nb")).toEqual(["a\n", "b"]);
    expect(toLines("")).toEqual([]);
  });

  it("merges consecutive writes to the same stream and keeps stdout and stderr apart", () => {
    const cell = createCellOutputs();
    cell.add("stream", { name: "stdout", text: "one " });
    cell.add("stream", { name: "stdout", text: "line\ntwo\n" });
    cell.add("stream", { name: "stderr", text: "warning\n" });
    cell.add("stream", { name: "stdout", text: "three\n" });
    expect(cell.outputs).toEqual([
      { output_type: "stream", name: "stdout", text: ["one line\n", "two\n"] },
      { output_type: "stream", name: "stderr", text: ["warning\n"] },
      { output_type: "stream", name: "stdout", text: ["three\n"] },
    ]);
  });

  it("records execute_result and display_data with their mime bundles, JSON kept as JSON", () => {
    const cell = createCellOutputs();
    cell.add("execute_result", { execution_count: 3, data: { "text/plain": "2\n" }, metadata: {} });
    cell.add("display_data", { data: { "text/html": "<b>x</b>", "application/json": { a: 1 } }, metadata: { isolated: true } });
    expect(cell.outputs).toEqual([
      { output_type: "execute_result", execution_count: 3, data: { "text/plain": ["2\n"] }, metadata: {} },
      { output_type: "display_data", data: { "text/html": ["<b>x</b>"], "application/json": { a: 1 } }, metadata: { isolated: true } },
    ]);
  });

  it("records an error with its name, value and traceback", () => {
    const cell = createCellOutputs();
    cell.add("error", { ename: "TypeError", evalue: "x is not a function", traceback: ["at cell 1"] });
    expect(cell.outputs).toEqual([{ output_type: "error", ename: "TypeError", evalue: "x is not a function", traceback: ["at cell 1"] }]);
  });

  it("clears the outputs at once, or with wait at the next output", () => {
    const cell = createCellOutputs();
    cell.add("stream", { name: "stdout", text: "old\n" });
    cell.add("clear_output", { wait: false });
    expect(cell.outputs).toEqual([]);
    cell.add("stream", { name: "stdout", text: "kept until the next output\n" });
    cell.add("clear_output", { wait: true });
    expect(cell.outputs).toHaveLength(1);
    cell.add("stream", { name: "stdout", text: "new\n" });
    expect(cell.outputs).toEqual([{ output_type: "stream", name: "stdout", text: ["new\n"] }]);
  });

  it("updates a display in place through its display_id", () => {
    const cell = createCellOutputs();
    cell.add("display_data", { data: { "text/plain": "10%" }, metadata: {}, transient: { display_id: "progress" } });
    cell.add("update_display_data", { data: { "text/plain": "100%" }, metadata: {}, transient: { display_id: "progress" } });
    cell.add("update_display_data", { data: { "text/plain": "ignored" }, metadata: {}, transient: { display_id: "other" } });
    expect(cell.outputs).toEqual([{ output_type: "display_data", data: { "text/plain": ["100%"] }, metadata: {} }]);
  });

  it("ignores messages that are not outputs", () => {
    const cell = createCellOutputs();
    cell.add("status", { execution_state: "busy" });
    cell.add("execute_input", { code: "1", execution_count: 1 });
    expect(cell.outputs).toEqual([]);
  });
});
