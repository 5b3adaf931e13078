"""The gateway<->worker contract: the motion rate, the keyframe layout, the keyframe count
rule, and the typed messages between the gateway and a shard actor (msgspec msgpack).

Both sides import their shared constants from here (or from ``flame``/``vocabulary``, the
layouts this module re-exports), never their own copies. One ``StepRequest`` per shard per
gateway tick carries every pending audio chunk of every
session the gateway has on that shard; one ``StepReply`` returns every keyframe the shard
produced for them. Audio travels as s16le mono PCM at the model's sample rate; keyframes
travel as little-endian float32 matrices (row-major, one row per keyframe).
"""

from __future__ import annotations

import msgspec
import numpy as np

from spatius_motion.workers.flame import EXPRESSION_SIZE, FLAME_FLOATS
from spatius_motion.workers.vocabulary import ARKIT_NAMES

__all__ = [
    "ARKIT_FLOATS",
    "EXPRESSION_MAP_SHAPE",
    "FLAME_FLOATS",
    "KEYFRAME_RATE_HZ",
    "keyframe_count",
    "keyframes_ready",
]

KEYFRAME_RATE_HZ = 25
"""Keyframes per second of audio, whatever the audio's rate (the protocol's motion rate)."""
ARKIT_FLOATS = len(ARKIT_NAMES)
"""ARKit blendshape weights per keyframe, in ``vocabulary.ARKIT_NAMES`` order."""
FLAME_BYTES = FLAME_FLOATS * 4
"""Bytes of one keyframe's FLAME row in ``Keyframes.flame`` (float32)."""
ARKIT_BYTES = ARKIT_FLOATS * 4
"""Bytes of one keyframe's ARKit row in ``Keyframes.arkit`` (float32)."""
EXPRESSION_MAP_SHAPE = (ARKIT_FLOATS, EXPRESSION_SIZE)
"""An avatar's ARKit -> FLAME expression matrix: one row per blendshape, one column per FLAME
expression coefficient (``flame_expression = arkit_weights @ expression_map``)."""


class SessionOpen(msgspec.Struct, array_like=True, gc=False):
    """A session's per-stream settings, sent once before its first audio."""

    session: str
    seed: int
    """Seeds the procedural eye/head generator so a session's motion is reproducible."""
    expression_map: bytes = b""
    """Optional float32 [52, 100] ARKit->FLAME-expression matrix from the avatar's settings."""


class AudioChunk(msgspec.Struct, array_like=True, gc=False):
    """New audio of one req_id; ``end`` marks its last audio (the shard then flushes)."""

    session: str
    req_id: str
    pcm: bytes
    end: bool = False
    first_keyframe: int = 0
    """On a req_id's first chunk to a shard: the keyframe index its first sample starts (a replay
    of the req_id's last seconds after its shard was lost; 0 from the req_id's start)."""


class Interrupt(msgspec.Struct, array_like=True, gc=False):
    """Drop a req_id's queued audio and streaming state; it yields no further keyframes."""

    session: str
    req_id: str


class StepRequest(msgspec.Struct, array_like=True, gc=False):
    opened: list[SessionOpen] = []
    chunks: list[AudioChunk] = []
    interrupts: list[Interrupt] = []
    closed: list[str] = []
    """Sessions that ended: the shard frees all their state."""


class Keyframes(msgspec.Struct, array_like=True, gc=False):
    """Consecutive keyframes of one req_id, starting at keyframe ``first_index``."""

    session: str
    req_id: str
    first_index: int
    count: int
    flame: bytes
    """float32 [count, 120]."""
    arkit: bytes
    """float32 [count, 52], ARKit's standard order."""
    end: bool = False
    """True on the req_id's last Keyframes: its inference has drained."""

    def flame_rows(self) -> np.ndarray:
        """The FLAME rows as a float32 [count, 120] view of ``flame``."""
        return np.frombuffer(self.flame, dtype="<f4").reshape(self.count, FLAME_FLOATS)

    def arkit_rows(self) -> np.ndarray:
        """The ARKit rows as a float32 [count, 52] view of ``arkit``."""
        return np.frombuffer(self.arkit, dtype="<f4").reshape(self.count, ARKIT_FLOATS)


def keyframe_count(samples: int, samples_per_keyframe: int) -> int:
    """Keyframes a req_id of ``samples`` samples (at the model's rate) yields in all.

    One per whole ``samples_per_keyframe`` samples, floor(samples / samples_per_keyframe): the
    hosted service's count, floor(duration x 25) (20.3 s of audio -> 507 keyframes). At ``end``
    the shard drops a trailing fraction of a keyframe; a req_id shorter than one keyframe yields
    0 (its ``end=true`` carries none). The load generator checks every drained req_id against
    this rule.
    """
    return samples // samples_per_keyframe


def keyframes_ready(samples: int, samples_per_keyframe: int, lookahead_keyframes: int) -> int:
    """Keyframes a stream can have output once ``samples`` of its audio (at the model's rate)
    have arrived: each whole keyframe of audio is one model step, and a model with lookahead L
    answers step t with keyframe t - L, so the first L steps only fill the lookahead. The
    gateway times each chunk to the last keyframe it completes by this rule; the engine drops
    each stream's first L outputs by it."""
    return max(0, samples // samples_per_keyframe - lookahead_keyframes)


class RequestFailure(msgspec.Struct, array_like=True, gc=False):
    session: str
    req_id: str
    message: str


class StepReply(msgspec.Struct, array_like=True, gc=False):
    keyframes: list[Keyframes] = []
    failures: list[RequestFailure] = []
    batch_sizes: list[int] = []
    """Sessions per onnxruntime call made in this step, for the batch-size metric."""


_encoder = msgspec.msgpack.Encoder()
_request_decoder = msgspec.msgpack.Decoder(StepRequest)
_reply_decoder = msgspec.msgpack.Decoder(StepReply)


def encode(message: StepRequest | StepReply) -> bytes:
    return _encoder.encode(message)


def decode_request(data: bytes) -> StepRequest:
    return _request_decoder.decode(data)


def decode_reply(data: bytes) -> StepReply:
    return _reply_decoder.decode(data)
