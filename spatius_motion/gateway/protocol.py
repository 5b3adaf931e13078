"""Sans-I/O codec of the Spatius WebSocket protocol: client frames in, server frames out.

Every WebSocket message is one protobuf ``Message`` envelope (``gateway/proto/spatius.proto``).
This module turns received frames into small frozen structs, raises the matching
``spatius_motion.errors`` error for anything a client must be told about, and encodes the
server's replies. It does no I/O; the connection handler owns the socket.

Client frames:
- ``decode_configure`` reads the first frame, which must be a ``ClientConfigureSession``.
- ``decode_client`` reads every later frame: audio chunks and interrupts. Text frames after
  the handshake are ignored (it returns ``None``); anything else a client may not send here
  raises ``UnexpectedMessage``, including frames that are not protobuf at all (text
  "unexpected message type: malformed protobuf"), because ``UnmarshalFailed``'s text names
  the initial message. The envelope's ``type`` and its ``data`` oneof must agree.

Server frames: ``encode_confirm``, ``encode_error`` and ``encode_animation``. The animation
encoder writes the protobuf wire format directly from the float32 matrices (a fixed byte
template per keyframe, filled by numpy for batches and by joining byte slices for one to
three keyframes), which is byte-identical to protobuf's own serialization and 2x (one
keyframe) to 35x (100 keyframes) faster; ``tests/unit/test_protocol.py`` checks both.

ARKit extension: a client that sets ``extra_params["arkit"]`` to ``"1"``, ``"true"`` or
``"yes"`` (any case) in its ``ClientConfigureSession`` receives, in every keyframe, the 52
ARKit blendshape weights (``workers/vocabulary.py`` order) in ``Flame.arkit`` (field 100).
Official clients skip that field as unknown; others may read it with this project's ``.proto``.

FLAME keyframe rows (float32, 120 per row) are laid out in the wire's field order; the
column slices come from ``workers/flame.py`` (re-exported here), which ``workers/motion.py``
fills rows through.

Size (over ~400 lines): the whole wire codec, decode and encode, with its bounds; the animation
encoder's precomputed byte layout is the reason the file is long and is kept beside the rules.
"""

from __future__ import annotations

from typing import Final

import msgspec
import numpy as np
from google.protobuf.message import DecodeError

from spatius_motion import errors
from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.settings import SUPPORTED_SAMPLE_RATES_HZ
from spatius_motion.workers.flame import EXPRESSION, EYE_LID, EYE_POSE, JAW_POSE, NECK_POSE, ROTATION, TRANSLATION
from spatius_motion.workers.messages import ARKIT_FLOATS, FLAME_FLOATS

__all__ = [
    "ARKIT_PARAM",
    "AudioInput",
    "Configure",
    "EXPRESSION",
    "EYE_LID",
    "EYE_POSE",
    "FLAME_FIELDS",
    "Interrupt",
    "JAW_POSE",
    "MAX_KEYFRAMES_PER_MESSAGE",
    "MAX_REQ_ID_CHARS",
    "NECK_POSE",
    "OPUS_SAMPLE_RATES_HZ",
    "ROTATION",
    "TRANSLATION",
    "decode_client",
    "decode_configure",
    "encode_animation",
    "encode_audio",
    "encode_configure",
    "encode_confirm",
    "encode_error",
    "wants_arkit",
]

# --- FLAME row layout (workers/flame.py owns the columns) -------------------------------
FLAME_FIELDS: Final[tuple[tuple[int, slice], ...]] = (
    (pb.Flame.TRANSLATION_FIELD_NUMBER, TRANSLATION),
    (pb.Flame.ROTATION_FIELD_NUMBER, ROTATION),
    (pb.Flame.NECK_POSE_FIELD_NUMBER, NECK_POSE),
    (pb.Flame.JAW_POSE_FIELD_NUMBER, JAW_POSE),
    (pb.Flame.EYE_POSE_FIELD_NUMBER, EYE_POSE),
    (pb.Flame.EYE_LID_FIELD_NUMBER, EYE_LID),
    (pb.Flame.EXPRESSION_FIELD_NUMBER, EXPRESSION),
)
"""(``Flame`` field number, FLAME row columns) in wire order; the slices tile 0..120."""

assert sum(s.stop - s.start for _, s in FLAME_FIELDS) == FLAME_FLOATS

# --- bounds and accepted values -----------------------------------------------------
OPUS_SAMPLE_RATES_HZ: Final = (8000, 12000, 16000, 24000, 48000)
"""Rates an Ogg Opus session may declare (Opus' own rates; the SDK encoder takes these)."""
MAX_REQ_ID_CHARS: Final = 128
"""Longest accepted req_id; the SDK's are 27 characters (``YYYYMMDDHHMMSS_<12-char nanoid>``)."""
MAX_KEYFRAMES_PER_MESSAGE: Final = 100
"""Most keyframes one animation message carries: the hosted service sends batches of up to 100
(recorded: 50, 100, 100, 100, 100, 57); 100 keyframes with ARKit are ~72 KB, far under the
1 MiB default message limit of the Python SDK's ``websockets`` client."""
ARKIT_PARAM: Final = "arkit"
"""``extra_params`` key that opts a session into ``Flame.arkit``."""
_ARKIT_TRUE: Final = frozenset({"1", "true", "yes"})


# --- decoded client messages --------------------------------------------------------
class Configure(msgspec.Struct, frozen=True):
    """A validated ``ClientConfigureSession``."""

    sample_rate_hz: int
    bitrate: int
    """Ogg Opus bits/s as the client declared it (0 = encoder's choice); 0 for PCM."""
    audio_format: int
    """``pb.AUDIO_FORMAT_PCM_S16LE`` or ``pb.AUDIO_FORMAT_OGG_OPUS``."""
    egress_type: int
    """Always ``pb.EGRESS_TYPE_UNSPECIFIED``: this server refuses egress sessions."""
    extra_params: dict[str, str]


class AudioInput(msgspec.Struct, frozen=True):
    """One ``ClientAudioInput`` chunk; ``end`` marks the req_id's last chunk (audio may be empty)."""

    req_id: str
    end: bool
    audio: bytes


class Interrupt(msgspec.Struct, frozen=True):
    """A ``ClientInterrupt``: drop the req_id's pending audio and keyframes."""

    req_id: str


_ONEOF: Final = "data"
_ONEOF_OF_TYPE: Final[dict[int, str]] = {
    pb.MESSAGE_CLIENT_AUDIO_INPUT: "client_audio_input",
    pb.MESSAGE_CLIENT_INTERRUPT: "client_interrupt",
}
PLAYBACK_CONTROL_TYPES: Final = frozenset({pb.MESSAGE_CLIENT_PAUSE, pb.MESSAGE_CLIENT_RESUME})
"""The SpatialReal fork's pause/resume (egress playback control). This server advertises no
``playback_control`` capability, so the fork's SDK treats them as no-ops and the server ignores
them instead of ending the session."""


def _parse(data: bytes) -> pb.Message | None:
    """The envelope in ``data``, or None when it is not a valid protobuf ``Message``."""
    message = pb.Message()
    try:
        message.ParseFromString(data)
    except DecodeError:
        return None
    return message


def decode_configure(data: bytes | str, max_bytes: int) -> Configure:
    """Validate the session's first frame and return its settings.

    Raises (all fatal): ``MessageTooBig`` past ``max_bytes``; ``ExpectedConfigure`` for a
    text frame or another message type; ``UnmarshalFailed`` for bytes that are not a
    ``Message``; ``ConfigureMissing`` when the type says configure but the oneof does not
    hold one; ``UnsupportedFormat`` for an unknown audio format or any transport
    compression; ``UnsupportedSampleRate`` for a rate the format does not allow;
    ``EgressUnavailable`` for LiveKit or Agora egress.
    """
    if len(data) > max_bytes:
        raise errors.MessageTooBig(f"{len(data)} > {max_bytes} bytes")
    if isinstance(data, str):
        raise errors.ExpectedConfigure("got a text frame")
    message = _parse(data)
    if message is None:
        raise errors.UnmarshalFailed()
    if message.type != pb.MESSAGE_CLIENT_CONFIGURE_SESSION:
        raise errors.ExpectedConfigure()
    if message.WhichOneof(_ONEOF) != "client_configure_session":
        raise errors.ConfigureMissing()
    configure = message.client_configure_session

    rates: tuple[int, ...]
    if configure.audio_format == pb.AUDIO_FORMAT_PCM_S16LE:
        rates = SUPPORTED_SAMPLE_RATES_HZ
    elif configure.audio_format == pb.AUDIO_FORMAT_OGG_OPUS:
        rates = OPUS_SAMPLE_RATES_HZ
    else:
        raise errors.UnsupportedFormat(f"audio_format {configure.audio_format}")
    if configure.transport_compression != pb.TRANSPORT_COMPRESSION_NONE:
        raise errors.UnsupportedFormat(f"transport_compression {configure.transport_compression}")
    if configure.sample_rate not in rates:
        raise errors.UnsupportedSampleRate(f"{configure.sample_rate} Hz")
    if (
        configure.egress_type != pb.EGRESS_TYPE_UNSPECIFIED
        or configure.HasField("livekit_egress")
        or configure.HasField("agora_egress")
    ):
        raise errors.EgressUnavailable()

    return Configure(
        sample_rate_hz=configure.sample_rate,
        bitrate=configure.bitrate,
        audio_format=configure.audio_format,
        egress_type=configure.egress_type,
        extra_params=dict(configure.extra_params),
    )


def _checked_req_id(req_id: str) -> str:
    if not req_id:
        raise errors.InvalidReqId("empty")
    if len(req_id) > MAX_REQ_ID_CHARS:
        raise errors.InvalidReqId(f"longer than {MAX_REQ_ID_CHARS} characters")
    return req_id


def decode_client(data: bytes | str, max_bytes: int) -> AudioInput | Interrupt | None:
    """Decode a frame received after the handshake; ``None`` for an ignored frame (text, or the
    fork's pause/resume: ``PLAYBACK_CONTROL_TYPES``).

    Raises ``MessageTooBig`` past ``max_bytes`` and ``UnexpectedMessage`` for malformed
    bytes, any type other than audio input or interrupt, or a type whose oneof is missing
    or different (all fatal); ``InvalidReqId`` (per request, the session lives) for an
    empty or overlong req_id.
    """
    if len(data) > max_bytes:
        raise errors.MessageTooBig(f"{len(data)} > {max_bytes} bytes")
    if isinstance(data, str):
        return None
    message = _parse(data)
    if message is None:
        raise errors.UnexpectedMessage("malformed protobuf")
    kind = message.type
    if kind in PLAYBACK_CONTROL_TYPES:
        return None
    expected = _ONEOF_OF_TYPE.get(kind)
    if expected is None:
        raise errors.UnexpectedMessage(f"type {kind}")
    if message.WhichOneof(_ONEOF) != expected:
        raise errors.UnexpectedMessage(f"type {kind} without its message")
    if kind == pb.MESSAGE_CLIENT_AUDIO_INPUT:
        chunk = message.client_audio_input
        return AudioInput(req_id=_checked_req_id(chunk.req_id), end=chunk.end, audio=chunk.audio)
    return Interrupt(req_id=_checked_req_id(message.client_interrupt.req_id))


def wants_arkit(extra_params: dict[str, str]) -> bool:
    """True when the client opted into ARKit weights (``extra_params["arkit"]`` is 1/true/yes)."""
    return extra_params.get(ARKIT_PARAM, "").strip().lower() in _ARKIT_TRUE


# --- client messages (for load generators, benchmarks and tests) -----------------------
def encode_configure(
    sample_rate_hz: int,
    extra_params: dict[str, str] | None = None,
    audio_format: int = pb.AUDIO_FORMAT_PCM_S16LE,
) -> bytes:
    """``ClientConfigureSession`` with animation returned on the socket (no egress)."""
    message = pb.Message(type=pb.MESSAGE_CLIENT_CONFIGURE_SESSION)
    configure = message.client_configure_session
    configure.sample_rate = sample_rate_hz
    configure.audio_format = audio_format
    configure.egress_type = pb.EGRESS_TYPE_UNSPECIFIED
    configure.extra_params.update(extra_params or {})
    return message.SerializeToString()


def encode_audio(req_id: str, audio: bytes, end: bool) -> bytes:
    """``ClientAudioInput`` carrying one chunk (possibly empty) of ``req_id``."""
    message = pb.Message(type=pb.MESSAGE_CLIENT_AUDIO_INPUT)
    message.client_audio_input.req_id = req_id
    message.client_audio_input.end = end
    message.client_audio_input.audio = audio
    return message.SerializeToString()


# --- server messages ------------------------------------------------------------------
def encode_confirm(connection_id: str) -> bytes:
    """``ServerConfirmSession``; the SDKs reject an empty connection id, so this does too."""
    if not connection_id:
        raise ValueError("connection_id must be non-empty")
    return pb.Message(
        type=pb.MESSAGE_SERVER_CONFIRM_SESSION,
        server_confirm_session=pb.ServerConfirmSession(connection_id=connection_id),
    ).SerializeToString()


def encode_error(err: errors.SpatiusError, connection_id: str = "") -> bytes:
    """``ServerError`` with the error's wire code, text and req_id."""
    return pb.Message(
        type=pb.MESSAGE_SERVER_ERROR,
        server_error=pb.ServerError(connection_id=connection_id, req_id=err.req_id, code=err.code, message=err.message),
    ).SerializeToString()


_WIRE_VARINT: Final = 0
_WIRE_LEN: Final = 2
_ONE_BYTE: Final = tuple(bytes((value,)) for value in range(0x80))


def _varint(value: int) -> bytes:
    if value < 0x80:
        return _ONE_BYTE[value]
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _key(field_number: int, wire_type: int) -> bytes:
    return _varint(field_number << 3 | wire_type)


def _len_field(field_number: int, payload_len: int) -> bytes:
    """Key and length prefix of a length-delimited field."""
    return _key(field_number, _WIRE_LEN) + _varint(payload_len)


_SMALL_BATCH_KEYFRAMES: Final = 3
"""Up to this many keyframes, joining byte slices beats numpy's per-call overhead."""


class _KeyframeLayout:
    """Encoder of ``FlameAnimation.keyframes`` entries for one choice of fields.

    A keyframe is ``key(1) len`` followed by the ``Flame`` body: per packed field its key,
    its byte length and the float32 values. Every length is fixed, so all bytes except
    the floats are the same for every keyframe: ``heads[i]`` precedes float segment ``i``,
    which is bytes ``byte_ranges[i]`` of a row of source ``sources[i]`` (0 = FLAME, 1 = ARKit).
    """

    def __init__(self, with_arkit: bool) -> None:
        segments = [(0, cols) for _, cols in FLAME_FIELDS]
        numbers = [number for number, _ in FLAME_FIELDS]
        if with_arkit:
            segments.append((1, slice(0, ARKIT_FLOATS)))
            numbers.append(pb.Flame.ARKIT_FIELD_NUMBER)
        heads = [_len_field(n, 4 * (c.stop - c.start)) for n, (_, c) in zip(numbers, segments)]
        body_len = sum(len(h) + 4 * (c.stop - c.start) for h, (_, c) in zip(heads, segments))
        heads[0] = _len_field(pb.FlameAnimation.KEYFRAMES_FIELD_NUMBER, body_len) + heads[0]
        self.heads = tuple(heads)
        self.sources = tuple(source for source, _ in segments)
        self.byte_ranges = tuple((4 * c.start, 4 * c.stop) for _, c in segments)
        self.row_bytes = (4 * FLAME_FLOATS, 4 * ARKIT_FLOATS)

        template = bytearray()
        self.slots: list[tuple[int, int, int, int]] = []
        """(output byte, source, source byte start, source byte stop) per float segment."""
        for head, source, (lo, hi) in zip(self.heads, self.sources, self.byte_ranges):
            template += head
            self.slots.append((len(template), source, lo, hi))
            template += bytes(hi - lo)
        self.template = np.frombuffer(bytes(template), dtype=np.uint8)

    def encode(self, flame: np.ndarray, arkit: np.ndarray | None) -> bytes:
        """The entries for ``flame`` [k, 120] (and ``arkit`` [k, 52]) float32 rows."""
        if flame.shape[0] <= _SMALL_BATCH_KEYFRAMES:
            return self._join(flame, arkit)
        return self._fill(flame, arkit)

    def _join(self, flame: np.ndarray, arkit: np.ndarray | None) -> bytes:
        data = (flame.tobytes(), b"" if arkit is None else arkit.tobytes())
        flame_row, arkit_row = self.row_bytes
        parts: list[bytes] = []
        for row in range(flame.shape[0]):
            bases = (row * flame_row, row * arkit_row)
            for head, source, (lo, hi) in zip(self.heads, self.sources, self.byte_ranges):
                base = bases[source]
                parts += (head, data[source][base + lo : base + hi])
        return b"".join(parts)

    def _fill(self, flame: np.ndarray, arkit: np.ndarray | None) -> bytes:
        out = np.empty((flame.shape[0], self.template.size), dtype=np.uint8)
        out[:] = self.template
        data = (flame.view(np.uint8), None if arkit is None else arkit.view(np.uint8))
        for at, source, lo, hi in self.slots:
            rows = data[source]
            assert rows is not None  # a layout has ARKit slots only when it encodes ARKit
            out[:, at : at + hi - lo] = rows[:, lo:hi]
        return out.tobytes()


_LAYOUTS: Final = {False: _KeyframeLayout(False), True: _KeyframeLayout(True)}
_ENVELOPE_TYPE: Final = _key(pb.Message.TYPE_FIELD_NUMBER, _WIRE_VARINT) + _varint(pb.MESSAGE_SERVER_RESPONSE_ANIMATION)
_END_TRUE: Final = _key(pb.ServerResponseAnimation.END_FIELD_NUMBER, _WIRE_VARINT) + b"\x01"


def _as_rows(name: str, matrix: np.ndarray, width: int) -> np.ndarray:
    rows = np.ascontiguousarray(matrix, dtype="<f4")
    if rows.ndim != 2 or rows.shape[1] != width:
        raise ValueError(f"{name} must be [k, {width}], got {list(np.shape(matrix))}")
    return rows


def encode_animation(
    connection_id: str,
    req_id: str,
    end: bool,
    flame: np.ndarray,
    arkit: np.ndarray | None,
) -> bytes:
    """``ServerResponseAnimation`` carrying ``flame`` float32 [k, 120] keyframes in order.

    ``arkit`` float32 [k, 52] adds ``Flame.arkit`` to each keyframe; None leaves it out.
    ``k`` may be 0 (an ``end`` with no new keyframes); the ``animation`` field is always
    present. Raises ``ValueError`` for wrong shapes or more than ``MAX_KEYFRAMES_PER_MESSAGE``
    keyframes (callers split longer runs).
    """
    flame = _as_rows("flame", flame, FLAME_FLOATS)
    count = flame.shape[0]
    if count > MAX_KEYFRAMES_PER_MESSAGE:
        raise ValueError(f"{count} keyframes > {MAX_KEYFRAMES_PER_MESSAGE} per message")
    if arkit is not None:
        arkit = _as_rows("arkit", arkit, ARKIT_FLOATS)
        if arkit.shape[0] != count:
            raise ValueError(f"arkit has {arkit.shape[0]} rows, flame {count}")
    keyframes = _LAYOUTS[arkit is not None].encode(flame, arkit) if count else b""

    parts: list[bytes] = []
    if connection_id:
        encoded = connection_id.encode()
        parts += (_len_field(pb.ServerResponseAnimation.CONNECTION_ID_FIELD_NUMBER, len(encoded)), encoded)
    if req_id:
        encoded = req_id.encode()
        parts += (_len_field(pb.ServerResponseAnimation.REQ_ID_FIELD_NUMBER, len(encoded)), encoded)
    if end:
        parts.append(_END_TRUE)
    parts += (_len_field(pb.ServerResponseAnimation.ANIMATION_FIELD_NUMBER, len(keyframes)), keyframes)
    body_len = sum(map(len, parts))
    return b"".join(
        (
            _ENVELOPE_TYPE,
            _len_field(pb.Message.SERVER_RESPONSE_ANIMATION_FIELD_NUMBER, body_len),
            *parts,
        )
    )
