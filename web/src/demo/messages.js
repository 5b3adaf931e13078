// What the demo page says for each way a session can end or fail (spec section 5 close codes,
// the SDK codes of src/errors.js). No I/O.

/** Attempts and delays (s) of the reconnect after a 4503 (server unavailable): 0.5 s doubling, at most 8 s. */
export const RECONNECT_ATTEMPTS = 6;
export function reconnectDelayS(attempt) {
  return Math.min(8, 0.5 * 2 ** attempt);
}

const BY_CLOSE_CODE = {
  1000: "The session ended normally.",
  1001: "The server is going away; the session ended.",
  1002: "The server refused a message as a protocol error.",
  1006: "The connection dropped without a close message (network trouble, or the server stopped).",
  1008: "The server ended the session because this page read its messages too slowly.",
  1009: "The server refused a message that was too big.",
  1011: "The server hit an internal error or does not support what was asked.",
  4001: "This app has run out of credits (audio seconds). Reconnecting will not help until it is topped up.",
  4002: "The session reached its maximum duration. Press Start to open a new one.",
  4003: "This app already has as many sessions open as its plan allows. Close another session or wait, then press Start.",
  4010: "The session token was refused (expired, invalid, or for another app). Press Start to get a new one.",
  4503: "The motion server is unavailable for now.",
};

const BY_SDK_CODE = {
  idleTimeout: "The server closed the session after a stretch without audio. Press Start to reconnect.",
  sessionTokenExpired: "The session token has expired. Press Start to get a new one.",
  sessionTokenInvalid: "The session token is not valid. Press Start to get a new one.",
  appIDUnrecognized: "The server does not know this app id.",
  avatarIDUnrecognized: "The server does not know this avatar id.",
  billingRequired: "The server refused the session: the app has no credits left.",
  insufficientBalance: BY_CLOSE_CODE[4001],
  concurrentLimitExceeded: BY_CLOSE_CODE[4003],
  rateLimited: "Too many requests from this machine in a short time. Wait a moment, then press Start.",
  unsupportedSampleRate: "The server does not accept this audio sample rate.",
  websocketError: "The WebSocket could not be opened. Is the server running?",
  connectionFailed: "The server could not be reached.",
  forbidden: "The demo's token helper refused this page (it answers only pages served by a gateway on this machine).",
  microphoneUnavailable: "The microphone is unavailable or permission was denied: playing the bundled sample instead.",
};

/** A sentence for the page's alert region describing `error` (a SpatiusError or any Error). */
export function describe(error) {
  if (!error) return "";
  const text = BY_SDK_CODE[error.code] ?? BY_CLOSE_CODE[error.closeCode] ?? (error.httpStatus === 403 ? BY_SDK_CODE.forbidden : null);
  const detail = error.serverMessage ? ` (server: "${error.serverMessage}")` : "";
  return (text ?? `Error: ${error.message}`) + detail;
}

/** The close codes the spec lists; every one has its own sentence (tests check it). */
export const SPEC_CLOSE_CODES = Object.keys(BY_CLOSE_CODE).map(Number);
export { BY_CLOSE_CODE };
