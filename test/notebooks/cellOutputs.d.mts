// Types of cellOutputs.mjs, for the TypeScript tests (tsconfig has no allowJs).
export type NotebookOutput =
  | { output_type: "stream"; name: string; text: string[] }
  | { output_type: "display_data"; data: Record<string, unknown>; metadata: Record<string, unknown> }
  | { output_type: "execute_result"; execution_count: number | null; data: Record<string, unknown>; metadata: Record<string, unknown> }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };
export declare function toLines(text: string): string[];
export declare function createCellOutputs(): {
  add(msgType: string, content: Record<string, unknown>): void;
  readonly outputs: NotebookOutput[];
};
