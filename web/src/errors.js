// Errors of the browser client, named by the SDK codes of the spec (section 5), with the
// WebSocket close code or HTTP status they came from. No I/O.

/**
 * A failure the application should act on. `code` is the SDK code (e.g. "sessionTokenExpired",
 * "concurrentLimitExceeded"); `closeCode` the WebSocket close or ServerError code (0 if none);
 * `httpStatus` the HTTP status of a refused request (0 if none); `retryable` whether
 * reconnecting (with backoff) may succeed; `serverMessage` the server's text.
 */
export class SpatiusError extends Error {
  constructor(code, message, { closeCode = 0, httpStatus = 0, serverMessage = "", retryable = false } = {}) {
    super(message || code);
    this.name = "SpatiusError";
    this.code = code;
    this.closeCode = closeCode;
    this.httpStatus = httpStatus;
    this.serverMessage = serverMessage;
    this.retryable = retryable;
  }
}

// The server texts SDKs match (spec section 5), first match wins.
const TEXT_CODES = [
  ["token is expired", "sessionTokenExpired"],
  ["session token expired", "sessionTokenExpired"],
  ["invalid session token", "sessionTokenInvalid"],
  ["empty token", "sessionTokenInvalid"],
  ["app id mismatch", "appIDMismatch"],
  ["app id unrecognized", "appIDUnrecognized"],
  ["avatar not found", "avatarIDUnrecognized"],
  ["credits exhausted", "insufficientBalance"],
  ["session denied", "insufficientBalance"],
  ["session time limit reached", "sessionTimeout"],
  ["maximum session duration", "sessionTimeout"],
  ["concurrency limit", "concurrentLimitExceeded"],
  ["unsupported sample rate", "unsupportedSampleRate"],
  ["no audio input for", "idleTimeout"],
  ["livekit silence timeout", "idleTimeout"],
  ["egress client is not configured on server", "egressUnavailable"],
  ["driven server request failed", "upstreamError"],
  ["driven server returned non-200 status code", "upstreamError"],
  ["rate limit exceeded", "rateLimited"],
  ["expected ClientConfigureSession message", "protocolError"],
  ["ClientConfigureSession message is nil", "protocolError"],
  ["unexpected message type", "protocolError"],
  ["failed to unmarshal initial message", "protocolError"],
  ["message too big", "protocolError"],
  ["client too slow", "connectionClosed"],
];

// Close / ServerError codes (spec section 5): 40xx do not retry, 45xx retry with backoff.
const CLOSE_CODES = {
  4001: "insufficientBalance",
  4002: "sessionTimeout",
  4003: "concurrentLimitExceeded",
  4010: "sessionTokenInvalid",
  4503: "upstreamError",
};
/** Close codes after which reconnecting may succeed: 4002 (a new session), 4003 (a slot frees), 45xx. */
export const RETRYABLE_CLOSE_CODES = new Set([4002, 4003, 4503]);

function byText(text) {
  const lower = (text || "").toLowerCase();
  for (const [phrase, code] of TEXT_CODES) if (lower.includes(phrase.toLowerCase())) return code;
  return null;
}

/** The error a ServerError frame or a close (code, reason text) stands for; null for a normal close. */
export function fromClose(closeCode, text = "") {
  if ((closeCode === 1000 || closeCode === 1001) && !byText(text)) return null;
  let code = byText(text) ?? CLOSE_CODES[closeCode];
  if (!code) {
    if (closeCode === 1006) code = "websocketClosedAbnormally";
    else if (closeCode === 1002 || closeCode === 1003 || closeCode === 1007 || closeCode === 1009) code = "protocolError";
    else if (closeCode === 1011) code = "serverError";
    else code = "connectionClosed";
  }
  const retryable = RETRYABLE_CLOSE_CODES.has(closeCode) || (closeCode >= 4500 && closeCode < 4600) || closeCode === 1006;
  return new SpatiusError(code, text || `connection closed (${closeCode})`, { closeCode, serverMessage: text, retryable });
}

/** The error a refused HTTP request stands for (spec section 2): status plus the body's text. */
export function fromHttp(status, bodyText = "") {
  let detail = bodyText;
  try {
    const body = JSON.parse(bodyText);
    const first = body?.errors?.[0];
    if (first) detail = [first.title, first.detail, first.message].filter(Boolean).join(": ");
  } catch { /* not JSON: keep the text */ }
  let code;
  if (status === 401) code = "sessionTokenExpired";
  else if (status === 400) code = /app id mismatch/i.test(detail) ? "appIDMismatch" : "sessionTokenInvalid";
  else if (status === 402) code = "billingRequired";
  else if (status === 404) code = /avatar not found/i.test(detail) ? "avatarIDUnrecognized" : "appIDUnrecognized";
  else if (status === 429) code = /concurrency/i.test(detail) ? "concurrentLimitExceeded" : "rateLimited";
  else if (status >= 500) code = "serverError";
  else code = "invalidRequest";
  // An invalid API key also answers 401: the text tells it from an expired token.
  if (status === 401 && /invalid api key/i.test(detail)) code = "invalidApiKey";
  const retryable = status === 429 || status >= 500;
  return new SpatiusError(code, detail || `HTTP ${status}`, { httpStatus: status, serverMessage: detail, retryable });
}
