/**
 * A minimal Jupyter client in Node: starts a kernel from its kernelspec argv, runs code in it and
 * shuts it down, speaking the Jupyter messaging protocol over ZeroMQ (the `zeromq` package, the
 * one tslab itself uses). https://jupyter-client.readthedocs.io/en/latest/messaging.html
 *
 *   const kernel = await JupyterKernelClient.start({ argv, cwd, runtimeDir });
 *   try {
 *     const { status, executionCount, outputs } = await kernel.execute("1 + 1", { timeoutMs: 60_000 });
 *   } finally {
 *     await kernel.shutdown();
 *   }
 *
 * What it does, as jupyter_client does for a local kernel:
 * - writes a connection file (127.0.0.1, five free TCP ports, a random HMAC-SHA256 key, mode 600)
 *   into `runtimeDir`, and starts the kernel with "{connection_file}" in argv replaced by its path;
 * - connects shell and control (DEALER), stdin (DEALER; input is never allowed) and iopub (SUB);
 * - sends nothing until shell and iopub have completed their ZeroMQ handshake with the kernel;
 *   then the kernel is ready when one kernel_info_request has its kernel_info_reply on shell AND
 *   its "idle" status on iopub (so the iopub subscription is live and no output can be lost),
 *   retried with growing waits until the start-up timeout; a kernel that does not answer is
 *   killed and started again (3 attempts);
 * - execute(): one execute_request; done when both its execute_reply (shell) and its idle status
 *   (iopub) arrived; the iopub outputs in between, matched by parent msg_id, become nbformat outputs;
 * - shutdown(): shutdown_request on control, then waits for the process to exit; SIGKILL if it
 *   does not within the timeout.
 *
 * It never hangs and leaves no process behind: every wait has a timeout; the kernel is this
 * process's child, so its exit is seen directly (the heartbeat channel, which exists for kernels
 * on other machines, is not used) and fails whatever is waiting, with the tail of the kernel's own
 * output; a failed start kills the kernel; and live kernels are killed when this process exits or
 * receives SIGINT, SIGTERM or SIGHUP.
 */
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import zmq from "zeromq";
import { createCellOutputs } from "./cellOutputs.mjs";
import { createMessage, parseMessage, serializeMessage } from "./jupyterMessage.mjs";

/** A kernel that failed to start, died, or did not answer in time. */
export class KernelError extends Error {
  constructor(message) {
    super(message);
    this.name = "KernelError";
  }
}

const IP = "127.0.0.1";
const LOG_TAIL_CHARS = 4000;
/** How long to let a kernel finish binding its sockets after they accepted us [ms]. */
const SETTLE_MS = 200;

/** Kernel processes still running, killed when this process ends. */
const live = new Set();
let hooked = false;
function killLiveKernels() {
  for (const child of live) child.kill("SIGKILL");
  live.clear();
}
function hookProcessEnd() {
  if (hooked) return;
  hooked = true;
  process.on("exit", killLiveKernels);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      killLiveKernels();
      process.kill(process.pid, signal);
    });
  }
}

/** `n` distinct free TCP ports on 127.0.0.1 (held open together while they are chosen). */
async function freePorts(n) {
  const servers = [];
  try {
    for (let i = 0; i < n; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, IP, resolve);
      });
    }
    return servers.map((s) => s.address().port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(() => resolve()))));
  }
}

export class JupyterKernelClient {
  /**
   * Starts a kernel and waits until it answers. A kernel that does not answer in time is killed
   * and started again, up to `attempts` times in all: tslab's shell loop can die at start-up (its
   * zeromq receive fails with EBUSY, "Socket is blocked by a bind or unbind operation", when a
   * message arrives before its bind has finished), after which it never answers. Holding every
   * message back until the sockets are open makes that rare; the new start covers the rest.
   * @param {{ argv: string[], cwd: string, runtimeDir: string, env?: NodeJS.ProcessEnv,
   *   startupTimeoutMs?: number, attempts?: number, kernelName?: string }} options argv of the
   *   kernelspec (kernel.json), the kernel's working directory, where to write the connection
   *   file, the time limit of each attempt [ms], the number of attempts.
   * @returns {Promise<JupyterKernelClient>}
   * @throws {KernelError} when the kernel cannot be started, exits, or does not answer in any attempt.
   */
  static async start({ attempts = 3, ...options }) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await JupyterKernelClient.#startOnce(options);
      } catch (e) {
        if (!(e instanceof KernelError && e.timedOut === true && attempt < attempts)) {
          if (attempt > 1 && e instanceof KernelError) e.message += ` (start-up attempt ${attempt} of ${attempts})`;
          throw e;
        }
      }
    }
  }

  static async #startOnce({ argv, cwd, runtimeDir, env = process.env, startupTimeoutMs = 60_000, kernelName = "" }) {
    if (!Array.isArray(argv) || argv.length === 0) throw new KernelError("the kernelspec has no argv");
    const [shell_port, iopub_port, stdin_port, control_port, hb_port] = await freePorts(5);
    const connection = {
      ip: IP,
      transport: "tcp",
      shell_port,
      iopub_port,
      stdin_port,
      control_port,
      hb_port,
      key: randomBytes(32).toString("hex"),
      signature_scheme: "hmac-sha256",
      kernel_name: kernelName,
    };
    mkdirSync(runtimeDir, { recursive: true });
    const connectionFile = join(runtimeDir, `kernel-${randomUUID()}.json`);
    writeFileSync(connectionFile, `${JSON.stringify(connection, null, 2)}\n`, { mode: 0o600 });
    const args = argv.map((a) => a.replaceAll("{connection_file}", connectionFile));
    hookProcessEnd();
    const child = spawn(args[0], args.slice(1), { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    live.add(child);
    let kernel;
    try {
      kernel = new JupyterKernelClient(child, connection, connectionFile);
      await kernel.#waitUntilReady(startupTimeoutMs);
    } catch (e) {
      if (kernel !== undefined) await kernel.kill();
      else {
        child.kill("SIGKILL");
        live.delete(child);
        rmSync(connectionFile, { force: true });
      }
      throw e;
    }
    return kernel;
  }

  #child;
  #key;
  #connectionFile;
  #session = randomUUID();
  #sockets;
  #waiters = new Set();
  #failure = null;
  #closed = false;
  #log = "";
  #exited;
  #opened;
  /** The kernel's kernel_info_reply content (language_info and so on). */
  kernelInfo = null;

  /** The kernel's process id. */
  get pid() {
    return this.#child.pid;
  }

  constructor(child, connection, connectionFile) {
    this.#child = child;
    this.#key = connection.key;
    this.#connectionFile = connectionFile;
    const keep = (chunk) => {
      this.#log = (this.#log + chunk.toString("utf8")).slice(-LOG_TAIL_CHARS);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    this.#exited = new Promise((resolve) => {
      child.once("error", (e) => {
        live.delete(child);
        this.#fail(new KernelError(`could not start the kernel ${child.spawnfile}: ${e.message}`));
        resolve();
      });
      child.once("exit", (code, signal) => {
        live.delete(child);
        if (!this.#closed) this.#fail(new KernelError(`the kernel exited (${signal ?? `exit code ${code}`})${this.#logTail()}`));
        resolve();
      });
    });
    const address = (port) => `tcp://${IP}:${port}`;
    this.#sockets = {
      shell: new zmq.Dealer({ linger: 0 }),
      control: new zmq.Dealer({ linger: 0 }),
      stdin: new zmq.Dealer({ linger: 0 }),
      iopub: new zmq.Subscriber({ linger: 0 }),
    };
    this.#sockets.iopub.subscribe();
    // Nothing is sent until shell and iopub have completed their ZeroMQ handshake with the kernel
    // (a message queued earlier would arrive the moment the kernel binds; see start()).
    // The observers end when their sockets are closed.
    const unopened = new Set(["shell", "iopub"]);
    this.#opened = new Promise((resolve) => {
      for (const channel of [...unopened]) {
        this.#sockets[channel].events.on("handshake", () => {
          unopened.delete(channel);
          if (unopened.size === 0) resolve();
        });
      }
    });
    for (const [channel, socket] of Object.entries(this.#sockets)) {
      socket.connect(address(connection[`${channel}_port`]));
      this.#receive(channel, socket);
    }
  }

  /** The last lines the kernel process wrote to its own stdout and stderr, for error messages. */
  #logTail() {
    const tail = this.#log.trim();
    return tail === "" ? "" : `; the kernel's last output:\n${tail}`;
  }

  #fail(error) {
    if (this.#failure === null) this.#failure = error;
    for (const w of [...this.#waiters]) w.fail(error);
  }

  async #receive(channel, socket) {
    try {
      for await (const frames of socket) {
        let message;
        try {
          message = parseMessage(frames, this.#key);
        } catch (e) {
          this.#fail(new KernelError(`${channel}: ${e.message}`));
          continue;
        }
        for (const w of [...this.#waiters]) w.message(channel, message);
      }
    } catch (e) {
      if (!this.#closed) this.#fail(new KernelError(`${channel} socket failed: ${e.message}`));
    }
  }

  /**
   * Sends a request on `channel` and resolves with its reply once the reply and (when
   * `needIdle`) the request's idle status on iopub arrived; `onIopub` sees every other iopub
   * message the request caused, in order.
   */
  #request(channel, msgType, content, { timeoutMs, needIdle = true, onIopub = () => {} }) {
    const request = createMessage(msgType, content, { session: this.#session });
    const replyType = msgType.replace(/_request$/, "_reply");
    const started = Date.now();
    return new Promise((resolve, reject) => {
      let reply = null;
      let idle = !needIdle;
      const waiter = {
        message: (ch, m) => {
          if (m.parent_header?.msg_id !== request.header.msg_id) return;
          if (ch === "iopub") {
            if (m.header.msg_type === "status") idle ||= m.content.execution_state === "idle";
            else onIopub(m);
          } else if (ch === channel && m.header.msg_type === replyType) reply = m;
          if (reply !== null && idle) done(null);
        },
        fail: (e) => done(e),
      };
      const timer = setTimeout(() => {
        const missing = [reply === null ? replyType : null, idle ? null : 'the "idle" status on iopub'].filter(Boolean).join(" and ");
        done(Object.assign(new KernelError(`${msgType} timed out after ${(timeoutMs / 1000).toFixed(1)} s: no ${missing} yet${this.#logTail()}`), { timedOut: true }));
      }, timeoutMs);
      const done = (error) => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        if (error) reject(error);
        else resolve({ reply, seconds: (Date.now() - started) / 1000 });
      };
      if (this.#failure !== null) return done(this.#failure);
      this.#waiters.add(waiter);
      this.#sockets[channel].send(serializeMessage(request, this.#key)).catch((e) => done(new KernelError(`${msgType}: could not send (${e.message})`)));
    });
  }

  /**
   * Waits until the kernel has opened its sockets (shell and iopub handshakes), lets it settle,
   * then until one kernel_info_request has its reply and its idle status on iopub, retrying with
   * growing waits. Timeouts are KernelErrors with `timedOut`.
   */
  async #waitUntilReady(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    const notAnswering = (what) => Object.assign(new KernelError(`the kernel did not ${what} within ${(timeoutMs / 1000).toFixed(0)} s${this.#logTail()}`), { timedOut: true });
    let timer;
    const opened = await Promise.race([
      this.#opened.then(() => true),
      this.#exited.then(() => false),
      new Promise((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]).finally(() => clearTimeout(timer));
    if (this.#failure !== null) throw this.#failure;
    if (!opened) throw notAnswering("open its shell and iopub sockets");
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    let wait = 500;
    for (;;) {
      const left = deadline - Date.now();
      if (this.#failure !== null) throw this.#failure;
      if (left <= 0) throw notAnswering("answer a kernel_info_request");
      try {
        const { reply } = await this.#request("shell", "kernel_info_request", {}, { timeoutMs: Math.min(wait, left) });
        this.kernelInfo = reply.content;
        return;
      } catch (e) {
        if (this.#failure !== null) throw this.#failure;
        if (!(e instanceof KernelError)) throw e;
      }
      wait = Math.min(wait * 2, 5000);
    }
  }

  /**
   * Runs `code` as one cell.
   * @returns {Promise<{ status: "ok" | "error" | "aborted", executionCount: number | null,
   *   outputs: object[], reply: object, seconds: number }>} the execute_reply's status and
   *   execution_count, the cell's outputs in nbformat 4 shape, the reply content, the run time.
   * @throws {KernelError} when the kernel dies or the reply and idle status do not arrive in time;
   *   its `outputs` holds what the cell printed until then.
   */
  async execute(code, { timeoutMs = 120_000 } = {}) {
    const outputs = createCellOutputs();
    const content = { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true };
    let answer;
    try {
      answer = await this.#request("shell", "execute_request", content, { timeoutMs, onIopub: (m) => outputs.add(m.header.msg_type, m.content) });
    } catch (e) {
      if (e instanceof KernelError) throw Object.assign(new KernelError(e.message), { outputs: outputs.outputs, timedOut: e.timedOut === true });
      throw e;
    }
    const { reply, seconds } = answer;
    return { status: reply.content.status, executionCount: reply.content.execution_count ?? null, outputs: outputs.outputs, reply: reply.content, seconds };
  }

  /**
   * Asks the kernel to shut down (shutdown_request on control) and waits for its process to exit;
   * kills it when it has not exited within `timeoutMs` in all. Closes the sockets and removes the
   * connection file. Safe to call more than once and after a failure.
   */
  async shutdown({ timeoutMs = 5000 } = {}) {
    if (this.#closed) return;
    const deadline = Date.now() + timeoutMs;
    if (this.#failure === null && this.#child.exitCode === null) {
      await this.#request("control", "shutdown_request", { restart: false }, { timeoutMs, needIdle: false }).catch(() => {});
    }
    this.#closed = true;
    let timer;
    const exited = await Promise.race([
      this.#exited.then(() => true),
      new Promise((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())))),
    ]).finally(() => clearTimeout(timer));
    if (!exited) await this.kill();
    this.#release();
  }

  /** Kills the kernel process at once (SIGKILL) and releases everything; safe to call more than once. */
  async kill() {
    this.#closed = true;
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill("SIGKILL");
    let timer;
    await Promise.race([this.#exited, new Promise((r) => (timer = setTimeout(r, 5000)))]).finally(() => clearTimeout(timer));
    this.#release();
  }

  #release() {
    this.#closed = true;
    live.delete(this.#child);
    for (const socket of Object.values(this.#sockets)) if (!socket.closed) socket.close();
    this.#child.stdout.destroy();
    this.#child.stderr.destroy();
    rmSync(this.#connectionFile, { force: true });
    this.#fail(new KernelError("the kernel has been shut down"));
  }
}
