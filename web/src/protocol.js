// The wire codec of the Spatius ingress protocol (spec sections 3-4) over the protobufjs code
// generated from this repository's spatius.proto (src/generated/spatius_pb.js). No I/O.
import { driveningress } from "./generated/spatius_pb.js";
import { ARKIT_NAMES } from "./generated/vocabulary.js";

const pb = driveningress.v2;
export const MessageType = pb.MessageType;

/** Keyframes per second of input audio: keyframe i of a req_id sits at i / 25 s of its audio. */
export const KEYFRAME_RATE_HZ = 25;
/** The ClientConfigureSession extra_params key that asks for ARKit weights (Flame.arkit). */
export const ARKIT_PARAM = "arkit";
export { ARKIT_NAMES };

const FLAME_FIELDS = ["translation", "rotation", "neckPose", "jawPose", "eyePose", "eyeLid", "expression"];

/** A ClientConfigureSession envelope: mono s16le PCM at `sampleRate`, ARKit weights when `arkit`. */
export function encodeConfigure({ sampleRate = 16000, arkit = true, extraParams = {} } = {}) {
  const params = { ...extraParams };
  if (arkit) params[ARKIT_PARAM] = "1";
  return pb.Message.encode({
    type: MessageType.MESSAGE_CLIENT_CONFIGURE_SESSION,
    clientConfigureSession: { sampleRate, bitrate: 0, audioFormat: pb.AudioFormat.AUDIO_FORMAT_PCM_S16LE, extraParams: params },
  }).finish();
}

/** A ClientAudioInput envelope; `pcm` is an Int16Array (or bytes) of s16le samples. */
export function encodeAudio(reqId, pcm, end = false) {
  const audio = pcm instanceof Uint8Array ? pcm : new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  return pb.Message.encode({
    type: MessageType.MESSAGE_CLIENT_AUDIO_INPUT,
    clientAudioInput: { reqId, end, audio },
  }).finish();
}

/** A ClientInterrupt envelope for `reqId`. */
export function encodeInterrupt(reqId) {
  return pb.Message.encode({ type: MessageType.MESSAGE_CLIENT_INTERRUPT, clientInterrupt: { reqId } }).finish();
}

/**
 * One server frame as a plain object:
 * {kind: "confirm", connectionId} | {kind: "error", code, message, reqId} |
 * {kind: "animation", reqId, end, keyframes: [{flame, arkit}]} | {kind: "other", type}.
 * `flame` holds the seven FLAME arrays by camelCase field name; `arkit` is a Float32Array(52)
 * or null when the session did not ask for it. Throws on bytes that are not an envelope.
 */
export function decodeServer(bytes) {
  const message = pb.Message.decode(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  switch (message.type) {
    case MessageType.MESSAGE_SERVER_CONFIRM_SESSION:
      return { kind: "confirm", connectionId: message.serverConfirmSession?.connectionId ?? "" };
    case MessageType.MESSAGE_SERVER_ERROR: {
      const e = message.serverError ?? {};
      return { kind: "error", code: e.code ?? 0, message: e.message ?? "", reqId: e.reqId ?? "" };
    }
    case MessageType.MESSAGE_SERVER_RESPONSE_ANIMATION: {
      const a = message.serverResponseAnimation ?? {};
      const keyframes = (a.animation?.keyframes ?? []).map((f) => ({
        flame: Object.fromEntries(FLAME_FIELDS.map((name) => [name, f[name] ?? []])),
        arkit: f.arkit && f.arkit.length ? Float32Array.from(f.arkit) : null,
      }));
      return { kind: "animation", reqId: a.reqId ?? "", end: !!a.end, keyframes };
    }
    default:
      return { kind: "other", type: message.type };
  }
}

/** ARKit weights (Float32Array in wire order) as {name: weight}. */
export function arkitByName(weights) {
  const out = {};
  if (!weights) return out;
  ARKIT_NAMES.forEach((name, i) => { out[name] = weights[i]; });
  return out;
}

const NANOID = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";

/** A req_id as the SDKs make them: YYYYMMDDHHMMSS_<12-char nanoid>, UTC. */
export function newReqId(now = new Date()) {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const random = crypto.getRandomValues(new Uint8Array(12));
  return `${stamp}_${Array.from(random, (b) => NANOID[b & 63]).join("")}`;
}
