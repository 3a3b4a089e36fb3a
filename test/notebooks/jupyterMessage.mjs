/**
 * Jupyter kernel messages on the wire: creating, signing, framing and parsing them, as the Jupyter
 * messaging protocol (version 5.3) specifies:
 * https://jupyter-client.readthedocs.io/en/latest/messaging.html#the-wire-protocol
 *
 * A message travels as ZeroMQ frames
 *
 *   [identity..., "<IDS|MSG>", signature, header, parent_header, metadata, content, buffer...]
 *
 * where header, parent_header, metadata and content are JSON texts and the signature is the
 * hex-encoded HMAC-SHA256, with the connection file's key, of those four frames in that order.
 * With an empty key, the signature is the empty string (authentication disabled). Pure functions;
 * used by jupyterKernelClient.mjs, tested by jupyterMessage.test.ts.
 */
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/** The frame between the routing identities and the signed message. */
export const DELIMITER = "<IDS|MSG>";

/** The messaging protocol version this client speaks. */
export const PROTOCOL_VERSION = "5.3";

/** A frame that is not a well-formed, correctly signed Jupyter message. */
export class JupyterProtocolError extends Error {
  constructor(message) {
    super(message);
    this.name = "JupyterProtocolError";
  }
}

/**
 * The signature of a message: hex HMAC-SHA256 with `key` of the given frames (header,
 * parent_header, metadata, content, in that order), or "" when the key is empty.
 */
export function signFrames(key, frames) {
  if (key === "") return "";
  const hmac = createHmac("sha256", key);
  for (const f of frames) hmac.update(f);
  return hmac.digest("hex");
}

/**
 * A new message of type `msgType` with a fresh msg_id; `parent` is the header of the message it
 * answers ({} for a request).
 */
export function createMessage(msgType, content, { session, username = "cobenefits", parent = {}, metadata = {}, date = new Date() }) {
  return {
    header: { msg_id: randomUUID(), session, username, date: date.toISOString(), msg_type: msgType, version: PROTOCOL_VERSION },
    parent_header: parent,
    metadata,
    content,
    buffers: [],
  };
}

/** The ZeroMQ frames of a message, signed with `key`, after the routing `identities` (if any). */
export function serializeMessage(message, key, identities = []) {
  const parts = [message.header, message.parent_header, message.metadata, message.content].map((p) => Buffer.from(JSON.stringify(p), "utf8"));
  return [...identities.map((i) => Buffer.from(i)), Buffer.from(DELIMITER), Buffer.from(signFrames(key, parts)), ...parts, ...(message.buffers ?? []).map((b) => Buffer.from(b))];
}

/**
 * The message in `frames` (as received from a socket), after checking its signature with `key`.
 * @throws {JupyterProtocolError} without the delimiter, with too few frames, a wrong signature or
 *   a part that is not a JSON object.
 */
export function parseMessage(frames, key) {
  const buffers = frames.map((f) => Buffer.from(f));
  const at = buffers.findIndex((b) => b.equals(Buffer.from(DELIMITER)));
  if (at < 0) throw new JupyterProtocolError(`message has no ${DELIMITER} delimiter (${buffers.length} frames)`);
  if (buffers.length < at + 6) throw new JupyterProtocolError(`message has ${buffers.length - at - 1} frames after the delimiter; a message needs a signature and 4 parts`);
  const signature = buffers[at + 1].toString("ascii");
  const parts = buffers.slice(at + 2, at + 6);
  const expected = signFrames(key, parts);
  const same = signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  if (!same) throw new JupyterProtocolError(`message signature ${JSON.stringify(signature.slice(0, 16))}... does not match the connection key`);
  const [header, parent_header, metadata, content] = parts.map((p, i) => {
    let value;
    try {
      value = JSON.parse(p.toString("utf8"));
    } catch (e) {
      throw new JupyterProtocolError(`message part ${["header", "parent_header", "metadata", "content"][i]} is not JSON (${e.message})`);
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new JupyterProtocolError(`message part ${["header", "parent_header", "metadata", "content"][i]} is not a JSON object`);
    }
    return value;
  });
  if (typeof header.msg_type !== "string" || typeof header.msg_id !== "string") throw new JupyterProtocolError("message header lacks msg_type or msg_id");
  return { identities: buffers.slice(0, at), header, parent_header, metadata, content, buffers: buffers.slice(at + 6) };
}
