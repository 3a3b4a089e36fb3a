/**
 * The outputs of one notebook cell, in nbformat 4 shape
 * (https://nbformat.readthedocs.io/en/latest/format_description.html#code-cell-outputs), built
 * from the iopub messages a kernel publishes while it runs the cell, as a Jupyter front end does:
 *
 *   stream           -> { output_type: "stream", name, text }   (consecutive same-name streams merged)
 *   display_data     -> { output_type: "display_data", data, metadata }
 *   execute_result   -> { output_type: "execute_result", execution_count, data, metadata }
 *   error            -> { output_type: "error", ename, evalue, traceback }
 *   clear_output     -> removes the outputs so far (with wait: true, at the next output)
 *   update_display_data -> replaces data and metadata of this cell's output with that display_id
 *
 * Other message types (status, execute_input, comm_*) are not outputs and are ignored. Text is
 * stored as a list of lines, as nbformat writes it. Used by executeNotebook.mjs.
 */

/** Text as nbformat's multi-line string: a list of lines, each but the last ending in "\n". */
export function toLines(text) {
  return text === "" ? [] : text.split(/(?<=\n)/);
}

/** A mime bundle with its text values as lists of lines (JSON values are kept as they are). */
function mimeBundle(data = {}) {
  const out = {};
  for (const [mime, value] of Object.entries(data)) {
    out[mime] = typeof value === "string" && !/json$/.test(mime) ? toLines(value) : value;
  }
  return out;
}

/**
 * An empty output list for one cell. `add(msgType, content)` records one iopub message;
 * `outputs` is the nbformat list so far.
 */
export function createCellOutputs() {
  let outputs = [];
  let clearOnNext = false;
  const displays = new Map();

  function push(output) {
    if (clearOnNext) {
      outputs = [];
      displays.clear();
      clearOnNext = false;
    }
    const last = outputs.at(-1);
    if (output.output_type === "stream" && last?.output_type === "stream" && last.name === output.name) {
      last.text = toLines(last.text.join("") + output.text.join(""));
      return;
    }
    outputs.push(output);
  }

  function add(msgType, content) {
    switch (msgType) {
      case "stream":
        return push({ output_type: "stream", name: content.name, text: toLines(String(content.text ?? "")) });
      case "display_data":
      case "execute_result": {
        const output =
          msgType === "display_data"
            ? { output_type: "display_data", data: mimeBundle(content.data), metadata: content.metadata ?? {} }
            : { output_type: "execute_result", execution_count: content.execution_count ?? null, data: mimeBundle(content.data), metadata: content.metadata ?? {} };
        push(output);
        const id = content.transient?.display_id;
        if (typeof id === "string") displays.set(id, [...(displays.get(id) ?? []), output]);
        return;
      }
      case "update_display_data":
        for (const output of displays.get(content.transient?.display_id) ?? []) {
          output.data = mimeBundle(content.data);
          output.metadata = content.metadata ?? {};
        }
        return;
      case "error":
        return push({ output_type: "error", ename: String(content.ename ?? ""), evalue: String(content.evalue ?? ""), traceback: (content.traceback ?? []).map(String) });
      case "clear_output":
        if (content.wait === true) clearOnNext = true;
        else {
          outputs = [];
          displays.clear();
        }
        return;
      default:
        return;
    }
  }

  return {
    add,
    get outputs() {
      return outputs;
    },
  };
}
