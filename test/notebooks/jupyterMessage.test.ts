import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DELIMITER, JupyterProtocolError, createMessage, parseMessage, serializeMessage, signFrames } from "./jupyterMessage.mjs";

// A fixed message whose signature was computed outside Node, with OpenSSL:
//   printf '%s' '{"msg_id":"1","msg_type":"kernel_info_request"}{}{}{}' | openssl dgst -sha256 -hmac secret-key
const KEY = "secret-key";
const HEADER = { msg_id: "1", msg_type: "kernel_info_request" };
const SIGNATURE = "d24613c901272087168eb7a17b371d2f54d14044dca08737846f4baf86191b6a";
const message = (content: Record<string, unknown> = {}) => ({ header: HEADER, parent_header: {}, metadata: {}, content });
const text = (frames: Buffer[]) => frames.map((f) => f.toString("utf8"));

describe("Jupyter wire messages", () => {
  it("signs header, parent header, metadata and content with HMAC-SHA256 of the four in order", () => {
    expect(signFrames(KEY, ['{"msg_id":"1","msg_type":"kernel_info_request"}', "{}", "{}", "{}"])).toBe(SIGNATURE);
  });

  it("frames a message as delimiter, signature, header, parent header, metadata, content", () => {
    expect(text(serializeMessage(message(), KEY))).toEqual([DELIMITER, SIGNATURE, JSON.stringify(HEADER), "{}", "{}", "{}"]);
  });

  it("signs the content too: another content gives another signature", () => {
    // printf '%s' '{"msg_id":"1","msg_type":"kernel_info_request"}{}{}{"x":1}' | openssl dgst -sha256 -hmac secret-key
    expect(serializeMessage(message({ x: 1 }), KEY)[1]?.toString()).toBe("e308fff9c703a598ea3e1d067c2bb54c4c2fbdb5a53003f39ec938bbfdeff6c4");
  });

  it("leaves the signature empty when the connection key is empty", () => {
    expect(serializeMessage(message(), "")[1]?.toString()).toBe("");
    expect(parseMessage(serializeMessage(message(), ""), "").header).toEqual(HEADER);
  });

  it("puts routing identities before the delimiter and reads them back", () => {
    const frames = serializeMessage(message(), KEY, ["peer-1", "peer-2"]);
    expect(text(frames).slice(0, 3)).toEqual(["peer-1", "peer-2", DELIMITER]);
    const parsed = parseMessage(frames, KEY);
    expect(parsed.identities.map((i) => i.toString())).toEqual(["peer-1", "peer-2"]);
    expect(parsed.header).toEqual(HEADER);
  });

  it("keeps binary buffers after the content, outside the signature", () => {
    const frames = serializeMessage({ ...message(), buffers: [Buffer.from([1, 2, 3])] }, KEY);
    expect(frames[1]?.toString()).toBe(SIGNATURE);
    expect([...(parseMessage(frames, KEY).buffers[0] ?? [])]).toEqual([1, 2, 3]);
  });

  it("refuses a message whose content was changed after signing", () => {
    const frames = serializeMessage(message({ code: "1" }), KEY);
    frames[5] = Buffer.from('{"code":"2"}');
    expect(() => parseMessage(frames, KEY)).toThrow(JupyterProtocolError);
  });

  it("refuses a message signed with another key", () => {
    expect(() => parseMessage(serializeMessage(message(), "other-key"), KEY)).toThrow(/does not match the connection key/);
  });

  it("refuses frames without the <IDS|MSG> delimiter", () => {
    expect(() => parseMessage(serializeMessage(message(), KEY).slice(1), KEY)).toThrow(/no <IDS\|MSG> delimiter/);
  });

  it("refuses a message with a missing part", () => {
    expect(() => parseMessage(serializeMessage(message(), KEY).slice(0, 5), KEY)).toThrow(/needs a signature and 4 parts/);
  });

  it("refuses a part that is not a JSON object, even when correctly signed", () => {
    const parts = [JSON.stringify(HEADER), "{}", "{}", "[1]"];
    const frames = [DELIMITER, signFrames(KEY, parts), ...parts].map((f) => Buffer.from(f));
    expect(() => parseMessage(frames, KEY)).toThrow(/content is not a JSON object/);
  });

  it("creates requests with a fresh msg_id, the session, protocol version 5.3 and an empty parent", () => {
    const a = createMessage("execute_request", { code: "1" }, { session: "s1", date: new Date("2026-01-02T03:04:05Z") });
    const b = createMessage("execute_request", { code: "1" }, { session: "s1" });
    expect(a.header).toMatchObject({ msg_type: "execute_request", session: "s1", version: "5.3", date: "2026-01-02T03:04:05.000Z" });
    expect(a.header.msg_id).not.toBe(b.header.msg_id);
    expect(a.parent_header).toEqual({});
  });

  it("reads back every message it writes, with any key and content", () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 4 }), (key, content) => {
        const m = createMessage("comm_msg", content, { session: "s" });
        const parsed = parseMessage(serializeMessage(m, key), key);
        expect(parsed.header).toEqual(m.header);
        expect(parsed.content).toEqual(JSON.parse(JSON.stringify(content)));
      }),
      { numRuns: 100 },
    );
  });
});
