// Types of jupyterKernelClient.mjs, for the TypeScript tests (tsconfig has no allowJs).
import type { NotebookOutput } from "./cellOutputs.mjs";
export declare class KernelError extends Error {
  timedOut?: boolean;
  outputs?: NotebookOutput[];
}
export interface ExecuteResult {
  status: "ok" | "error" | "abort" | "aborted";
  executionCount: number | null;
  outputs: NotebookOutput[];
  reply: Record<string, unknown>;
  seconds: number;
}
export declare class JupyterKernelClient {
  static start(options: {
    argv: string[];
    cwd: string;
    runtimeDir: string;
    env?: NodeJS.ProcessEnv;
    startupTimeoutMs?: number;
    attempts?: number;
    kernelName?: string;
  }): Promise<JupyterKernelClient>;
  kernelInfo: Record<string, unknown> | null;
  readonly pid: number | undefined;
  execute(code: string, options?: { timeoutMs?: number }): Promise<ExecuteResult>;
  shutdown(options?: { timeoutMs?: number }): Promise<void>;
  kill(): Promise<void>;
}
