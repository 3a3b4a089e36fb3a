// Types of jupyterMessage.mjs, for the TypeScript tests (tsconfig has no allowJs).
export declare const DELIMITER: "<IDS|MSG>";
export declare const PROTOCOL_VERSION: "5.3";
export declare class JupyterProtocolError extends Error {}
export interface JupyterHeader {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
  [key: string]: unknown;
}
export interface JupyterMessage {
  header: JupyterHeader | Record<string, unknown>;
  parent_header: Record<string, unknown>;
  metadata: Record<string, unknown>;
  content: Record<string, unknown>;
  buffers?: Uint8Array[];
}
export interface ParsedJupyterMessage extends JupyterMessage {
  identities: Buffer[];
  header: JupyterHeader;
  buffers: Buffer[];
}
export declare function signFrames(key: string, frames: ReadonlyArray<string | Uint8Array>): string;
export declare function createMessage(
  msgType: string,
  content: Record<string, unknown>,
  options: { session: string; username?: string; parent?: Record<string, unknown>; metadata?: Record<string, unknown>; date?: Date },
): JupyterMessage & { header: JupyterHeader; buffers: Buffer[] };
export declare function serializeMessage(message: JupyterMessage, key: string, identities?: ReadonlyArray<string | Uint8Array>): Buffer[];
export declare function parseMessage(frames: ReadonlyArray<Uint8Array>, key: string): ParsedJupyterMessage;
