// Public API of the Spatius browser client (docs/direct-mode.md).
export { SpatiusSession, fetchDemoToken, sessionUrl, HANDSHAKE_TIMEOUT_MS } from "./client.js";
export { SpatiusError, fromClose, fromHttp, RETRYABLE_CLOSE_CODES } from "./errors.js";
export { KeyframePlayer } from "./player.js";
export { Resampler, Chunker, floatToInt16, int16ToFloat, parseWav, CHUNK_MS } from "./audio.js";
export { KEYFRAME_RATE_HZ, ARKIT_NAMES, arkitByName, decodeServer, encodeAudio, encodeConfigure, newReqId } from "./protocol.js";
export { flameRow, pose, morphWeights, nodeRotations } from "./rig.js";
