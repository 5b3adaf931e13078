// The Direct Mode client: session token, WebSocket with query auth, ClientConfigureSession,
// audio in, keyframes out (spec sections 2-5). Works in browsers and in Node >= 22 (or 20 with
// --experimental-websocket); pass `WebSocket` to use another implementation.
import { SpatiusError, fromClose, fromHttp } from "./errors.js";
import { KEYFRAME_RATE_HZ, decodeServer, encodeAudio, encodeConfigure, encodeInterrupt, newReqId } from "./protocol.js";

/** How long the client waits for the server's first frame (ms), as the SDKs do. */
export const HANDSHAKE_TIMEOUT_MS = 10_000;
/** How long a token request may take (ms), as the SDKs allow. */
export const TOKEN_TIMEOUT_MS = 10_000;
/** req_ids whose late frames are dropped after an interrupt (most recent kept). */
const MAX_INTERRUPTED = 64;

/**
 * A session token from the development gateway's demo helper (`POST /demo/session-token`):
 * {sessionToken, appId, avatarId, expireAt}. Only `make serve` style servers answer it, and only
 * to pages they serve themselves; production pages get tokens from their own backend, which
 * calls `POST /v1/console/session-tokens` with its API key.
 */
export async function fetchDemoToken(baseUrl, { fetchImpl = globalThis.fetch, timeoutMs = TOKEN_TIMEOUT_MS } = {}) {
  let response;
  try {
    response = await fetchImpl(new URL("/demo/session-token", baseUrl), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new SpatiusError("connectionFailed", `token request failed: ${error.message}`, { retryable: true });
  }
  const text = await response.text();
  if (!response.ok) throw fromHttp(response.status, text);
  return JSON.parse(text);
}

/** The WebSocket URL of a session: ingress base + /websocket?id=..&appId=..&sessionKey=.. (query auth). */
export function sessionUrl(ingressUrl, { avatarId, appId, sessionToken }) {
  const url = new URL(ingressUrl.replace(/\/+$/, "") + "/websocket");
  url.protocol = url.protocol.replace(/^http/, "ws");
  url.searchParams.set("id", avatarId);
  url.searchParams.set("appId", appId);
  url.searchParams.set("sessionKey", sessionToken);
  return url.toString();
}

/**
 * One motion session. Events (EventTarget, `event.detail`):
 * - "animation": {reqId, end, keyframes: [{index, time, flame, arkit}]}, `time` = index / 25 s
 *   of the req_id's audio; frames of an interrupted req_id are dropped;
 * - "error": a SpatiusError the server reported (ServerError frame) once the session is open,
 *   fatal or for one req_id (during the handshake connect() rejects with it instead);
 * - "close": {code, reason, error} with `error` a SpatiusError, or null after a normal close.
 */
export class SpatiusSession extends EventTarget {
  constructor({ ingressUrl, appId, avatarId, sessionToken, sampleRate = 16000, arkit = true, extraParams = {},
    WebSocket: Socket = globalThis.WebSocket, fetchImpl = globalThis.fetch, handshakeTimeoutMs = HANDSHAKE_TIMEOUT_MS }) {
    super();
    if (!Socket) throw new SpatiusError("websocketError", "no WebSocket implementation");
    this.url = sessionUrl(ingressUrl, { avatarId, appId, sessionToken });
    this.sampleRate = sampleRate;
    this.configure = encodeConfigure({ sampleRate, arkit, extraParams });
    this.Socket = Socket;
    this.fetchImpl = fetchImpl === globalThis.fetch ? (...args) => globalThis.fetch(...args) : fetchImpl;
    this.handshakeTimeoutMs = handshakeTimeoutMs;
    this.state = "idle"; // idle | connecting | open | closed
    this.connectionId = "";
    this.reqId = null; // the req_id audio goes to; null after its end
    this.lastReqId = null; // the latest req_id (what interrupt() names)
    this.counts = new Map(); // req_id -> keyframes received
    this.interrupted = [];
    this.serverError = null; // the last fatal ServerError, explaining the close that follows
  }

  /** Open the socket, configure the session; resolves with the connection id or rejects with a SpatiusError. */
  connect() {
    if (this.state !== "idle") return Promise.reject(new SpatiusError("connectionInProgress", "connect() called twice"));
    this.state = "connecting";
    return new Promise((resolve, reject) => {
      const ws = new this.Socket(this.url);
      this.ws = ws;
      ws.binaryType = "arraybuffer";
      let opened = false;
      let settled = false;
      const settle = (error, value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(value);
      };
      const timer = setTimeout(() => {
        settle(new SpatiusError("connectionFailed", "no answer from the server within the handshake timeout", { retryable: true }));
        this.close(1000);
      }, this.handshakeTimeoutMs);
      ws.onopen = () => {
        opened = true;
        ws.send(this.configure);
      };
      ws.onmessage = (event) => {
        if (typeof event.data === "string") return; // text frames are ignored after the handshake
        let message;
        try {
          message = decodeServer(new Uint8Array(event.data));
        } catch {
          return;
        }
        if (message.kind === "confirm") {
          this.state = "open";
          this.connectionId = message.connectionId;
          settle(null, message.connectionId);
        } else if (message.kind === "error") {
          const error = fromClose(message.code || 1002, message.message);
          const rejection = error ?? new SpatiusError("serverError", message.message);
          rejection.reqId = message.reqId;
          if (message.code === 3 && message.reqId) rejection.code = "invalidRequest"; // one req_id refused
          else this.serverError = rejection;
          if (this.state === "connecting") settle(rejection); // connect() rejects with it
          else this.dispatchEvent(new CustomEvent("error", { detail: rejection }));
        } else if (message.kind === "animation") {
          this.onAnimation(message);
        }
      };
      ws.onclose = async (event) => {
        this.state = "closed";
        let error = this.serverError ?? fromClose(event.code, event.reason);
        if (!opened && !settled) error = await this.diagnose();
        settle(error ?? new SpatiusError("connectionClosed", "closed during the handshake"));
        if (opened) {
          this.dispatchEvent(new CustomEvent("close", { detail: { code: event.code, reason: event.reason, error } }));
        }
      };
      ws.onerror = async () => {
        // Before the socket opened the upgrade failed; some implementations fire no close then.
        if (opened || settled) return;
        const error = await this.diagnose();
        this.state = "closed";
        settle(error);
      };
    });
  }

  /**
   * Why the upgrade failed: browsers hide a refused upgrade's HTTP status, so ask the gateway's
   * ingress check (a GET of the same URL runs the same checks). "websocketError" when it cannot say.
   */
  async diagnose() {
    try {
      const response = await this.fetchImpl(this.url.replace(/^ws/, "http"), { signal: AbortSignal.timeout(5000) });
      if (!response.ok) return fromHttp(response.status, await response.text());
    } catch { /* unreachable: fall through */ }
    return new SpatiusError("websocketError", "the WebSocket could not be opened", { retryable: true });
  }

  onAnimation(message) {
    if (this.interrupted.includes(message.reqId)) return;
    const start = this.counts.get(message.reqId) ?? 0;
    const keyframes = message.keyframes.map((k, i) => ({ index: start + i, time: (start + i) / KEYFRAME_RATE_HZ, ...k }));
    if (message.end) this.counts.delete(message.reqId);
    else this.counts.set(message.reqId, start + keyframes.length);
    this.dispatchEvent(new CustomEvent("animation", { detail: { reqId: message.reqId, end: message.end, keyframes } }));
  }

  /** True while the session is configured and its socket can still send (not closing). */
  get isOpen() {
    return this.state === "open" && this.ws.readyState === 1;
  }

  /** Send s16le samples (Int16Array, mono at the configured rate); `end` closes the req_id. Returns its req_id. */
  sendAudio(pcm, { end = false } = {}) {
    // readyState leaves OPEN when a close starts, before "close" fires and sets the state
    if (!this.isOpen) throw new SpatiusError("connectionClosed", "the session is not open");
    if (this.reqId === null) {
      this.reqId = newReqId();
      this.lastReqId = this.reqId;
    }
    const reqId = this.reqId;
    this.ws.send(encodeAudio(reqId, pcm, end));
    if (end) this.reqId = null;
    return reqId;
  }

  /** End the current req_id (an empty final chunk); null when none is open. */
  endAudio() {
    return this.reqId === null ? null : this.sendAudio(new Int16Array(0), { end: true });
  }

  /** Interrupt the latest req_id: the server drops its pending audio, late frames are dropped here. */
  interrupt() {
    const reqId = this.lastReqId;
    if (reqId === null || !this.isOpen) return null;
    this.ws.send(encodeInterrupt(reqId));
    this.interrupted.push(reqId);
    if (this.interrupted.length > MAX_INTERRUPTED) this.interrupted.shift();
    if (this.reqId === reqId) this.reqId = null;
    return reqId;
  }

  /** Close the session (1000, normal closure). */
  close(code = 1000) {
    if (this.ws && this.ws.readyState <= 1) this.ws.close(code);
  }
}
