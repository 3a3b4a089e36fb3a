// Types of executeNotebook.mjs, for the TypeScript tests (tsconfig has no allowJs).
export declare function executeNotebook(
  notebook: { cells: object[]; metadata?: object; [key: string]: unknown },
  options: {
    argv: string[];
    cwd: string;
    runtimeDir: string;
    env?: NodeJS.ProcessEnv;
    kernelName?: string;
    cellTimeoutMs: number;
    notebookTimeoutMs: number;
    startupTimeoutMs?: number;
  },
): Promise<{ notebook: { cells: object[]; metadata: object; [key: string]: unknown }; ok: boolean; problem: string | null }>;
