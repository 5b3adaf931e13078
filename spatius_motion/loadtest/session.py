"""Load-generator session logic without sockets: credentials, URLs, wire messages, audio, latency.

``locustfile.py`` drives real sessions with these pieces; everything here is pure (clocks are
passed in as numbers) so it is unit-tested without locust, gevent or a server.

Latency bookkeeping follows the wire contract: keyframe ``i`` of a req_id covers audio time
``[i/25, (i+1)/25)`` s, so it can exist once the client has sent ``(i+1) * rate / 25`` samples;
a trailing partial keyframe yields none (``keyframe_count``: whole keyframes only, as the hosted
service counts), so the ``end=true`` chunk completes every keyframe left. The chunk that brings
the sent sample count to that number *completes* keyframe ``i``; a chunk's latency is the time
from sending it to receiving the last keyframe it completes.

A drained req_id must carry exactly ``expected_keyframes`` keyframes: the server's rule
(``workers.messages.keyframe_count``) imported, not restated, so a change of the rule reaches
the check. It is exact when the client sends at the model's rate (16 kHz, the default); at
other rates the server counts its resampled audio, which may differ from this by one keyframe.

Size (~400 lines): the load generator's pure client logic (URLs, frames, timelines, stats) in
one place, so the locustfile stays I/O only.
"""

from __future__ import annotations

import json
import math
import re
import secrets
import string
from collections import deque
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal
from urllib.parse import quote

import msgspec
import numpy as np

from spatius_motion import errors
from spatius_motion.gateway import bootstrap, protocol
from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ, keyframe_count

BYTES_PER_SAMPLE = 2
NANOID_ALPHABET = string.ascii_letters + string.digits + "_-"
REQ_ID_SUFFIX_CHARS = 12


# --- credentials and endpoints -----------------------------------------------------------------
class Credentials(msgspec.Struct, frozen=True):
    """What a client needs; the layout of ``spatius-motion serve --dev-credentials FILE``."""

    app_id: str
    api_key: str
    avatar_id: str
    console_url: str
    """Console base URL, e.g. ``http://127.0.0.1:8080/v1/console``."""
    ingress_url: str
    """Ingress base URL, e.g. ``ws://127.0.0.1:8080/v2/driveningress``."""


def load_credentials(path: str | Path) -> Credentials:
    """Read a ``--dev-credentials`` JSON file; unknown keys are ignored, missing ones raise."""
    return msgspec.json.decode(Path(path).read_bytes(), type=Credentials)


def bootstrap_request_body(app_id: str, region: str = bootstrap.AUTO) -> bytes:
    """The SDKs' ``POST /bootstrap`` body for ``app_id``, as this load generator sends it."""
    return msgspec.json.encode(
        bootstrap.BootstrapRequest(app_id=app_id, region=region, sdk_version="loadtest", platform="python")
    )


def bootstrapped(credentials: Credentials, status: int, body: bytes) -> Credentials:
    """``credentials`` with the console and ingress URLs of a bootstrap reply.

    Raises the reply's SpatiusError-shaped failure as ``errors.SpatiusError`` for a non-200.
    """
    if status != 200:
        raise errors.SpatiusError(f"bootstrap answered HTTP {status}: {body[:200]!r}")
    region = bootstrap.parse_answer(body)
    return msgspec.structs.replace(credentials, console_url=region.console_url, ingress_url=region.ingress_url)


def token_url(console_url: str) -> str:
    """``POST`` target for session tokens: the console base plus ``/session-tokens``."""
    return console_url.rstrip("/") + "/session-tokens"


def websocket_url(ingress_url: str, avatar_id: str) -> str:
    """WebSocket URL for an avatar (header auth): ``{ingress}/websocket?id=<avatar_id>``.

    ``http``/``https`` bases become ``ws``/``wss`` as the SDKs rewrite them.
    """
    base = ingress_url.rstrip("/")
    if base.startswith("http://") or base.startswith("https://"):
        base = "ws" + base[4:]
    return f"{base}/websocket?id={quote(avatar_id, safe='')}"


def token_request_body(now_s: float, ttl_s: int) -> bytes:
    """JSON body of a token request expiring ``ttl_s`` seconds after ``now_s`` (unix seconds)."""
    return json.dumps({"expireAt": int(now_s) + int(ttl_s)}).encode()


def session_token_from_reply(status: int, body: bytes) -> str:
    """The ``sessionToken`` of a token reply; raises ``ApiKeyInvalid`` (401/403) or ``SpatiusError``.

    A reply carrying ``errors`` is a failure even with status 200 (spec section 2).
    """
    try:
        reply = json.loads(body or b"{}")
    except ValueError:
        reply = {}
    if status in (401, 403):
        raise errors.ApiKeyInvalid(f"token request answered {status}")
    if status != 200 or not isinstance(reply, dict) or reply.get("errors") or not reply.get("sessionToken"):
        raise errors.SpatiusError(f"token request answered {status}")
    return str(reply["sessionToken"])


def auth_headers(app_id: str, session_token: str) -> dict[str, str]:
    """Header-style WebSocket auth (the server-SDK default)."""
    return {"X-App-ID": app_id, "X-Session-Key": session_token}


def new_req_id(now: datetime, token: str | None = None) -> str:
    """A req_id as the SDK makes them: ``YYYYMMDDHHMMSS_<12-char nanoid>`` (UTC)."""
    suffix = token or "".join(secrets.choice(NANOID_ALPHABET) for _ in range(REQ_ID_SUFFIX_CHARS))
    return now.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S") + "_" + suffix


# --- wire messages -----------------------------------------------------------------------------
configure_message = protocol.encode_configure
"""``ClientConfigureSession`` for mono s16le PCM at a rate, animation on the socket."""
audio_message = protocol.encode_audio
"""``ClientAudioInput`` carrying one PCM chunk (possibly empty) of a req_id."""


class ServerEvent(msgspec.Struct, frozen=True):
    """The parts of a server frame the load generator acts on."""

    kind: Literal["confirm", "animation", "error", "other"]
    connection_id: str = ""
    req_id: str = ""
    end: bool = False
    keyframes: int = 0
    code: int = 0
    message: str = ""


def parse_server_message(data: bytes) -> ServerEvent:
    """Decode one binary server frame; raises ``UnmarshalFailed`` for bytes that are not a ``Message``."""
    try:
        message = pb.Message.FromString(data)
    except Exception as exc:  # protobuf raises DecodeError; anything else is equally malformed
        raise errors.UnmarshalFailed(type(exc).__name__) from exc
    which = message.WhichOneof("data")
    if message.type == pb.MESSAGE_SERVER_CONFIRM_SESSION and which == "server_confirm_session":
        return ServerEvent("confirm", connection_id=message.server_confirm_session.connection_id)
    if message.type == pb.MESSAGE_SERVER_RESPONSE_ANIMATION and which == "server_response_animation":
        animation = message.server_response_animation
        return ServerEvent(
            "animation",
            connection_id=animation.connection_id,
            req_id=animation.req_id,
            end=animation.end,
            keyframes=len(animation.animation.keyframes),
        )
    if message.type == pb.MESSAGE_SERVER_ERROR and which == "server_error":
        error = message.server_error
        return ServerEvent(
            "error", connection_id=error.connection_id, req_id=error.req_id, code=error.code, message=error.message
        )
    return ServerEvent("other")


# --- audio -----------------------------------------------------------------------------------
def synthetic_speech(seconds: float, sample_rate_hz: int, seed: int = 0) -> bytes:
    """Deterministic speech-like mono s16le PCM: a gliding voiced tone with harmonics,
    syllable-rate (~4 Hz) loudness envelope and pauses, plus breath noise.

    Loudness-driven models react to it like to speech; it needs no data files.
    """
    rng = np.random.default_rng(seed)
    n = int(round(seconds * sample_rate_hz))
    t = np.arange(n) / sample_rate_hz
    pitch_hz = 150.0 + 30.0 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 2 * np.pi))
    phase = 2 * np.pi * np.cumsum(pitch_hz) / sample_rate_hz
    voiced = sum(np.sin(k * phase) / k for k in range(1, 6))
    syllables = np.clip(np.sin(2 * np.pi * 4.0 * t + rng.uniform(0, 2 * np.pi)), 0, None) ** 0.5
    phrases = (np.sin(2 * np.pi * 0.25 * t) > -0.6).astype(np.float64)
    signal = 0.25 * voiced * syllables * phrases + 0.01 * rng.standard_normal(n)
    return (np.clip(signal, -1.0, 1.0) * 32767).astype("<i2").tobytes()


def pcm_chunks(pcm: bytes, sample_rate_hz: int, chunk_ms: int) -> list[bytes]:
    """``pcm`` cut into ``chunk_ms`` pieces (the last may be shorter)."""
    step = sample_rate_hz * chunk_ms // 1000 * BYTES_PER_SAMPLE
    if step <= 0:
        raise ValueError(f"chunk of {chunk_ms} ms at {sample_rate_hz} Hz holds no sample")
    return [pcm[i : i + step] for i in range(0, len(pcm), step)]


def segment_chunks(segment: int, chunks_per_segment: int) -> int:
    """Chunks of a session's ``segment``-th req_id: ``chunks_per_segment`` and one more, alternately.

    At 100 ms chunks (2.5 keyframes each) every other req_id then ends inside a keyframe, so the
    keyframe count check covers the server's rounding of a last partial keyframe, not only
    req_ids of whole keyframes (where any rounding rule gives the same count).
    """
    return chunks_per_segment + segment % 2


def samples_per_keyframe(sample_rate_hz: int) -> int:
    """Samples of one keyframe (1/25 s) at ``sample_rate_hz``; every supported rate divides evenly."""
    if sample_rate_hz % KEYFRAME_RATE_HZ:
        raise ValueError(f"{sample_rate_hz} Hz is not a whole number of samples per keyframe")
    return sample_rate_hz // KEYFRAME_RATE_HZ


def expected_keyframes(samples: int, sample_rate_hz: int) -> int:
    """Keyframes a req_id of ``samples`` yields in all, by the server's rule (``keyframe_count``)."""
    return keyframe_count(samples, samples_per_keyframe(sample_rate_hz))


def whole_keyframes(samples: int, sample_rate_hz: int) -> int:
    """Keyframes whose audio lies entirely within the first ``samples`` samples (before ``end``)."""
    return samples // samples_per_keyframe(sample_rate_hz)


# --- the keyframe count check ---------------------------------------------------------------------
KEYFRAME_COUNT = "keyframe count"
"""Name of the check locust records once per drained req_id: a success, or a failure whose
message is ``keyframe_count_error``'s."""
_KEYFRAME_COUNT_ERROR = re.compile(r"(\d+) keyframes (missing|extra)")


def keyframe_count_error(missing: int) -> str | None:
    """The failure message of a req_id ``missing`` keyframes short (negative: extra); None if right."""
    if missing == 0:
        return None
    return f"{abs(missing)} keyframes {'missing' if missing > 0 else 'extra'}"


def parse_keyframe_count_error(text: str) -> tuple[int, int]:
    """(missing, extra) keyframes a failure text of ``keyframe_count_error`` names; (0, 0) for others.

    Locust stores the failure as the exception's repr, which still contains the message.
    """
    found = _KEYFRAME_COUNT_ERROR.search(text)
    if found is None:
        return 0, 0
    count = int(found.group(1))
    return (count, 0) if found.group(2) == "missing" else (0, count)


# --- final statistics of a run -----------------------------------------------------------------------
class EntryStats(msgspec.Struct, frozen=True):
    """One locust entry at the end of a run: counts and response time percentiles in ms."""

    method: str
    name: str
    requests: int
    failures: int
    p50_ms: float
    p90_ms: float
    p99_ms: float


class ErrorStats(msgspec.Struct, frozen=True):
    """One kind of failure: locust's entry and the failure text (the exception's repr)."""

    method: str
    name: str
    error: str
    occurrences: int


class RunStats(msgspec.Struct, frozen=True):
    """What ``locustfile.py --stats-json FILE`` writes after the run, for the runner's verdict."""

    entries: list[EntryStats]
    errors: list[ErrorStats]
    requests: int
    failures: int


# --- latency bookkeeping ------------------------------------------------------------------------
class Sample(msgspec.Struct, frozen=True):
    """One measurement to report: ``name`` (see ``RequestTimeline``) and seconds."""

    name: str
    seconds: float


CHUNK_LATENCY = "chunk->keyframes"
FIRST_KEYFRAME = "first keyframe"
END_DRAIN = "end->drained"


class RequestTimeline:
    """Send and receive times of one req_id, turned into latency samples.

    ``chunk->keyframes``: from sending a chunk to receiving the last keyframe it completes.
    ``first keyframe``: from sending the req_id's first chunk to receiving its first keyframe.
    ``end->drained``: from sending ``end=true`` to receiving the ``end=true`` animation.
    At most ``max_pending_chunks`` chunks may wait for keyframes; one more raises
    ``PendingAudioLimit`` (the server is that far behind).
    """

    def __init__(self, sample_rate_hz: int, max_pending_chunks: int) -> None:
        self.sample_rate_hz = sample_rate_hz
        self.max_pending_chunks = max_pending_chunks
        self.samples_sent = 0
        self.keyframes_received = 0
        self.first_sent_s: float | None = None
        self.end_sent_s: float | None = None
        self.drained = False
        self._pending: deque[tuple[int, float]] = deque()
        """(keyframes complete once this chunk is in, send time) of chunks awaiting keyframes."""

    def keyframes_complete(self, samples: int, end: bool) -> int:
        """Keyframes ``samples`` sent audio completes: whole ones, or all of them at ``end``."""
        if end:
            return expected_keyframes(samples, self.sample_rate_hz)
        return whole_keyframes(samples, self.sample_rate_hz)

    def on_chunk_sent(self, n_samples: int, now_s: float, end: bool = False) -> None:
        if self.end_sent_s is not None:
            raise errors.InvalidReqId("audio after end")
        if self.first_sent_s is None and (n_samples or end):
            self.first_sent_s = now_s
        self.samples_sent += n_samples
        completes = self.keyframes_complete(self.samples_sent, end)
        last_complete = self._pending[-1][0] if self._pending else self.keyframes_received
        if completes > last_complete:
            if len(self._pending) >= self.max_pending_chunks:
                raise errors.PendingAudioLimit(f"{len(self._pending)} chunks without keyframes")
            self._pending.append((completes, now_s))
        if end:
            self.end_sent_s = now_s

    def on_animation(self, keyframes: int, end: bool, now_s: float) -> list[Sample]:
        """Account ``keyframes`` new keyframes (and ``end``) received at ``now_s``."""
        samples = []
        if keyframes and self.keyframes_received == 0 and self.first_sent_s is not None:
            samples.append(Sample(FIRST_KEYFRAME, now_s - self.first_sent_s))
        self.keyframes_received += keyframes
        while self._pending and self._pending[0][0] <= self.keyframes_received:
            _, sent_s = self._pending.popleft()
            samples.append(Sample(CHUNK_LATENCY, now_s - sent_s))
        if end and not self.drained:
            self.drained = True
            if self.end_sent_s is not None:
                samples.append(Sample(END_DRAIN, now_s - self.end_sent_s))
        return samples

    def missing_keyframes(self) -> int:
        """Keyframes the sent audio should have produced but did not (negative: extra ones)."""
        return expected_keyframes(self.samples_sent, self.sample_rate_hz) - self.keyframes_received


class SessionTimeline:
    """The ``RequestTimeline`` of every req_id of one connection still awaiting its ``end``.

    At most ``max_requests_in_flight`` req_ids may be undrained; one more raises
    ``RequestsInFlightLimit``. Drained req_ids are dropped, so memory stays bounded.
    """

    def __init__(self, sample_rate_hz: int, max_pending_chunks: int, max_requests_in_flight: int) -> None:
        self.sample_rate_hz = sample_rate_hz
        self.max_pending_chunks = max_pending_chunks
        self.max_requests_in_flight = max_requests_in_flight
        self.requests: dict[str, RequestTimeline] = {}

    def on_chunk_sent(self, req_id: str, n_samples: int, now_s: float, end: bool = False) -> None:
        timeline = self.requests.get(req_id)
        if timeline is None:
            if len(self.requests) >= self.max_requests_in_flight:
                raise errors.RequestsInFlightLimit(f"{len(self.requests)} req_ids undrained")
            timeline = self.requests[req_id] = RequestTimeline(self.sample_rate_hz, self.max_pending_chunks)
        timeline.on_chunk_sent(n_samples, now_s, end)

    def on_animation(self, req_id: str, keyframes: int, end: bool, now_s: float) -> tuple[list[Sample], int | None]:
        """Latency samples of this frame, and on ``end`` the req_id's missing keyframe count
        (negative: extra ones; None before ``end``, or when nothing is known of the req_id).

        Frames of unknown req_ids (already drained, or never sent) yield nothing.
        """
        timeline = self.requests.get(req_id)
        if timeline is None:
            return [], None
        samples = timeline.on_animation(keyframes, end, now_s)
        if not end:
            return samples, None
        del self.requests[req_id]
        return samples, timeline.missing_keyframes()

    def undrained(self) -> int:
        return len(self.requests)


def max_pending_chunks(max_pending_audio_s: float, chunk_ms: int) -> int:
    """Chunk bound matching the server's pending-audio bound (at least one chunk)."""
    return max(1, math.ceil(max_pending_audio_s * 1000 / chunk_ms))
