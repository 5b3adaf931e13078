"""The shard's streaming engine: per-(session, req_id) state and dynamically batched inference.

``MotionEngine.step`` takes one gateway tick's ``StepRequest`` and returns its ``StepReply``.
Each req_id is a stream with its own audio buffer, feature tail, model state and motion state.
After applying the request, every stream holding at least one whole keyframe of audio
(``samples_per_keyframe`` samples) runs, batched: a stream with ``n`` whole keyframes takes
``k`` = m = min(n, max_keyframes_per_call) of them in a round when m <= ``EXACT_KEYFRAMES``
(so a 100 ms chunk of 2.5 keyframes runs in one call), else the largest power of two <= m; streams
with the same ``k`` share onnxruntime calls of up to ``max_batch`` streams, and rounds repeat
until no stream has a whole keyframe left. The audio conversion, log-mel features and audio
cues of all whole keyframes a step runs are computed in one pass before the rounds (they
depend only on each stream's audio); the model and the motion mapper run per call. In steady
streaming (a tick shorter than a keyframe) every stream has k = 1 and all of them share one
call; a burst of audio drains in O(log n) rounds of wide calls.

Keyframe ``i`` of a req_id is the motion for its audio ``[i, i + 1) * 40 ms``; a req_id of N
samples yields ``messages.keyframe_count(N)`` = floor(N / samples_per_keyframe) keyframes. A model
with lookahead L returns, for
input keyframe t, the estimate of keyframe t - L; the engine drops each stream's first L outputs
and, at ``end``, drops a trailing partial keyframe and feeds L keyframes of zeros to flush the rest.
A stream whose first chunk names a ``first_keyframe`` K (a replay of a req_id's last seconds on
another shard) starts from zero state at keyframe K: its first L outputs (K - L .. K - 1) are
not dropped here, the gateway drops them with every keyframe the client already has.

Bounds: audio buffered per stream (``max_pending_audio_s``, past it ``PendingAudioLimit``),
streams per session (``max_requests_in_flight``, past it ``RequestsInFlightLimit``), and idle
sessions (freed after ``session_idle_s`` without a request naming them, for gateways that died
without closing them). Session state is kept in memory only: a restarted shard starts the
streams of sessions it sees again from zero state (the gateway replays a lost shard's req_ids
elsewhere: a stream is a function of its session's seed and its audio).

Each live stream owns one row of engine-owned slabs (feature tail, model state, motion seed and
state, cue history, keyframes fed), so a call gathers its batch with one fancy index per slab and
scatters the new state back with one index assignment. Slabs grow by doubling; rows of closed,
ended, interrupted, failed or evicted streams return to a free list and are reset on reuse.

Size (over ~400 lines): the shard's hot loop and the slab bookkeeping it indexes stay in one
module, so a step's gather, call and scatter read as one piece.
"""

from __future__ import annotations

import itertools
import logging
import time
import zlib
from collections import OrderedDict
from typing import Callable

import numpy as np

from spatius_motion.errors import PendingAudioLimit, RequestsInFlightLimit, SpatiusError
from spatius_motion.settings import Settings
from spatius_motion.workers.features import LogMel
from spatius_motion.workers.messages import (
    EXPRESSION_MAP_SHAPE,
    AudioChunk,
    Keyframes,
    RequestFailure,
    SessionOpen,
    StepReply,
    StepRequest,
    keyframe_count,
)
from spatius_motion.workers.model import MotionModel
from spatius_motion.workers.motion import STATE_FLOATS, MotionMapper, initial_motion, stream_seed

log = logging.getLogger(__name__)

RETIRED_REQ_IDS = 64
"""Interrupted or failed req_ids remembered per session, so late audio for them is ignored."""
IDLE_CHECK_S = 1.0
INITIAL_ROWS = 64
"""Rows of the per-stream state slabs before the first doubling."""
EXACT_KEYFRAMES = 4
"""A stream with at most this many whole keyframes runs them in one call (a 100 ms chunk is
2 or 3 keyframes); past it, the largest power of two, so bursts share few distinct k."""


class _Session:
    __slots__ = ("name", "seed", "expression_map", "streams", "retired", "last_seen")

    def __init__(self, name: str, seed: int, expression_map: np.ndarray | None, now: float) -> None:
        self.name = name
        self.seed = seed
        self.expression_map = expression_map
        self.streams: dict[str, _Stream] = {}
        self.retired: OrderedDict[str, None] = OrderedDict()
        self.last_seen = now

    def retire(self, req_id: str) -> "_Stream | None":
        """Forgets ``req_id`` (late audio for it is then ignored); returns its stream, if live."""
        stream = self.streams.pop(req_id, None)
        self.retired[req_id] = None
        while len(self.retired) > RETIRED_REQ_IDS:
            self.retired.popitem(last=False)
        return stream


class _Stream:
    __slots__ = ("session", "req_id", "pcm", "row", "ended")

    def __init__(self, session: _Session, req_id: str, row: int) -> None:
        self.session = session
        self.req_id = req_id
        self.pcm = bytearray()
        """s16le audio not yet inferred."""
        self.row = row
        """This stream's row in the engine's state slabs."""
        self.ended = False


class _Output:
    """Keyframes one stream produced during one step, merged into one ``Keyframes``."""

    __slots__ = ("stream", "first_index", "flame", "arkit", "end")

    def __init__(self, stream: _Stream, first_index: int) -> None:
        self.stream = stream
        self.first_index = first_index
        self.flame: list[np.ndarray] = []
        self.arkit: list[np.ndarray] = []
        self.end = False

    def message(self) -> Keyframes:
        if len(self.flame) == 1:
            count, flame, arkit = self.flame[0].shape[0], self.flame[0].tobytes(), self.arkit[0].tobytes()
        else:
            count = sum(block.shape[0] for block in self.flame)
            flame = b"".join(block.tobytes() for block in self.flame)
            arkit = b"".join(block.tobytes() for block in self.arkit)
        return Keyframes(
            self.stream.session.name,
            self.stream.req_id,
            self.first_index,
            count,
            flame,
            arkit,
            self.end,
        )


def default_seed(session: str) -> int:
    """Seed of a session the shard never saw opened (e.g. after a shard restart)."""
    return zlib.crc32(session.encode())


class MotionEngine:
    """Streaming, batched motion inference for all sessions of one shard (no Ray, no I/O)."""

    def __init__(
        self,
        model: MotionModel,
        *,
        max_batch: int,
        clock: Callable[[], float] = time.monotonic,
        max_pending_audio_s: float = 30.0,
        max_requests_in_flight: int = 8,
        max_keyframes_per_call: int = 32,
        session_idle_s: float = 600.0,
    ) -> None:
        if max_batch < 1 or max_keyframes_per_call < 1:
            raise ValueError("max_batch and max_keyframes_per_call must be >= 1")
        self.model = model
        self.max_batch = max_batch
        self.clock = clock
        self.samples_per_keyframe = model.samples_per_keyframe
        self.max_pending_bytes = int(max_pending_audio_s * model.sample_rate_hz) * 2
        self.max_requests_in_flight = max_requests_in_flight
        self.max_keyframes_per_call = max_keyframes_per_call
        self.session_idle_s = session_idle_s
        self.lookahead = model.lookahead_keyframes
        self.features = LogMel(model.feature_config)
        self.mapper = MotionMapper(model.samples_per_keyframe, model.sample_rate_hz)
        self.sessions: dict[str, _Session] = {}
        self._zero_cues = self.mapper.cues(np.zeros((1, self.lookahead * self.samples_per_keyframe), np.float32))[0]
        self._tails = self.features.initial_tail(INITIAL_ROWS)
        """Feature tail of each row's stream, float32 [rows, win - hop]."""
        self._states = model.initial_state(INITIAL_ROWS)
        """Model state of each row's stream, float32 [rows, S]."""
        self._seeds = np.zeros(INITIAL_ROWS, np.uint64)
        self._motion = np.zeros((INITIAL_ROWS, STATE_FLOATS))
        """Motion seed and procedural motion state of each row's stream."""
        self._cue_history = np.zeros((INITIAL_ROWS,) + self._zero_cues.shape)
        """Audio cues of each row's last L input keyframes, aligned with the model's delayed outputs."""
        self._fed = np.zeros(INITIAL_ROWS, np.int64)
        """Input keyframes each row's stream ran through the model so far (including end padding)."""
        self._free_rows = list(range(INITIAL_ROWS - 1, -1, -1))
        self._bytes_per_keyframe = 2 * self.samples_per_keyframe
        self._next_idle_check = clock() + IDLE_CHECK_S
        self.counters = {"steps": 0, "calls": 0, "keyframes": 0, "failures": 0, "busy_s": 0.0}

    @classmethod
    def from_settings(
        cls, model: MotionModel, settings: Settings, clock: Callable[[], float] = time.monotonic
    ) -> "MotionEngine":
        return cls(
            model,
            max_batch=settings.shard_max_batch,
            clock=clock,
            max_pending_audio_s=settings.max_pending_audio_s,
            max_requests_in_flight=settings.max_requests_in_flight,
            max_keyframes_per_call=settings.shard_max_keyframes_per_call,
            session_idle_s=settings.shard_session_idle_s,
        )

    # --- request handling ---------------------------------------------------------------
    def step(self, request: StepRequest) -> StepReply:
        """Applies one tick's request and returns every keyframe it makes ready."""
        started = self.clock()
        failures: list[RequestFailure] = []
        touched: dict[int, _Stream] = {}
        for opened in request.opened:
            self._open(opened, started)
        for chunk in request.chunks:
            stream = self._append(chunk, started, failures)
            if stream is not None:
                touched[id(stream)] = stream
        for interrupt in request.interrupts:
            session = self.sessions.get(interrupt.session)
            if session is not None:
                self._release(session.retire(interrupt.req_id))
        for name in request.closed:
            self._drop_session(name)
        live = [s for s in touched.values() if self._is_live(s)]
        outputs: dict[int, _Output] = {}
        batch_sizes: list[int] = []
        self._drain(live, outputs, batch_sizes)
        for stream in live:
            if stream.ended:
                output = outputs.get(id(stream))
                if output is None:
                    output = outputs[id(stream)] = _Output(stream, int(self._fed[stream.row]) - self.lookahead)
                output.end = True
                self._release(stream.session.streams.pop(stream.req_id, None))
        keyframes = [output.message() for output in outputs.values()]
        now = self.clock()
        if now >= self._next_idle_check:
            self._evict_idle(now)
        self.counters["steps"] += 1
        self.counters["calls"] += len(batch_sizes)
        self.counters["keyframes"] += sum(message.count for message in keyframes)
        self.counters["failures"] += len(failures)
        self.counters["busy_s"] += now - started
        return StepReply(keyframes=keyframes, failures=failures, batch_sizes=batch_sizes)

    def _is_live(self, stream: _Stream) -> bool:
        """False once the stream was interrupted, failed, or its session closed."""
        session = stream.session
        return self.sessions.get(session.name) is session and session.streams.get(stream.req_id) is stream

    def _open(self, opened: SessionOpen, now: float) -> None:
        expression_map = None
        if opened.expression_map:
            expected = EXPRESSION_MAP_SHAPE[0] * EXPRESSION_MAP_SHAPE[1] * 4
            if len(opened.expression_map) == expected:
                expression_map = np.frombuffer(opened.expression_map, dtype="<f4").reshape(EXPRESSION_MAP_SHAPE)
                expression_map = expression_map.astype(np.float32)
            else:
                log.warning("expression_map of %d bytes ignored (expected %d)", len(opened.expression_map), expected)
        session = self.sessions.get(opened.session)
        if session is None:
            self.sessions[opened.session] = _Session(opened.session, opened.seed, expression_map, now)
        else:
            session.seed, session.expression_map, session.last_seen = opened.seed, expression_map, now

    def _append(self, chunk: AudioChunk, now: float, failures: list[RequestFailure]) -> _Stream | None:
        session = self.sessions.get(chunk.session)
        if session is None:
            session = self.sessions[chunk.session] = _Session(chunk.session, default_seed(chunk.session), None, now)
        session.last_seen = now
        if chunk.req_id in session.retired:
            return None
        stream = session.streams.get(chunk.req_id)
        if stream is None:
            if len(session.streams) >= self.max_requests_in_flight:
                self._fail(session, chunk.req_id, RequestsInFlightLimit(), failures)
                return None
            stream = session.streams[chunk.req_id] = _Stream(session, chunk.req_id, self._claim_row())
            self._reset_row(stream.row, stream_seed(session.seed, chunk.req_id))
            self._fed[stream.row] = chunk.first_keyframe  # a replay from later in the req_id
        elif stream.ended:
            return stream
        stream.pcm += chunk.pcm
        if len(stream.pcm) > self.max_pending_bytes:
            self._fail(session, chunk.req_id, PendingAudioLimit(), failures)
            return None
        if chunk.end:
            self._close_stream(stream)
        return stream

    def _close_stream(self, stream: _Stream) -> None:
        """Cuts the buffered audio to its ``keyframe_count`` whole keyframes (a trailing fraction
        of a keyframe yields none), then adds L keyframes of zeros, so every keyframe drains."""
        stream.ended = True
        pcm = stream.pcm
        whole_bytes = keyframe_count(len(pcm) // 2, self.samples_per_keyframe) * self._bytes_per_keyframe
        del pcm[whole_bytes:]
        pcm += bytes(whole_bytes - len(pcm) + self.lookahead * self._bytes_per_keyframe)

    def _fail(self, session: _Session, req_id: str, error: SpatiusError, failures: list[RequestFailure]) -> None:
        self._release(session.retire(req_id))
        failures.append(RequestFailure(session.name, req_id, error.message))

    def _evict_idle(self, now: float) -> None:
        self._next_idle_check = now + IDLE_CHECK_S
        stale = [name for name, s in self.sessions.items() if now - s.last_seen > self.session_idle_s]
        for name in stale:
            log.info("freeing idle session state (%d streams)", len(self.sessions[name].streams))
            self._drop_session(name)

    def _drop_session(self, name: str) -> None:
        session = self.sessions.pop(name, None)
        if session is not None:
            for stream in session.streams.values():
                self._release(stream)

    # --- state slabs --------------------------------------------------------------------
    def _claim_row(self) -> int:
        """A free slab row, doubling every slab when none is left."""
        if not self._free_rows:
            rows = self._fed.shape[0]
            self._tails, self._states, self._seeds, self._motion, self._cue_history, self._fed = (
                np.concatenate([slab, np.zeros_like(slab)])
                for slab in (self._tails, self._states, self._seeds, self._motion, self._cue_history, self._fed)
            )
            self._free_rows = list(range(2 * rows - 1, rows - 1, -1))
        return self._free_rows.pop()

    def _reset_row(self, row: int, seed: int) -> None:
        """Zero stream state in ``row``, with the motion state of ``seed``."""
        self._tails[row] = 0.0
        self._states[row] = 0.0
        self._seeds[row] = seed
        self._motion[row] = initial_motion(self._seeds[row : row + 1])[0]
        self._cue_history[row] = self._zero_cues
        self._fed[row] = 0

    def _release(self, stream: _Stream | None) -> None:
        """Returns a stream's row to the free list (None: nothing to release)."""
        if stream is not None and stream.row >= 0:
            self._free_rows.append(stream.row)
            stream.row = -1

    # --- inference ----------------------------------------------------------------------
    def _drain(self, streams: list[_Stream], outputs: dict[int, _Output], batch_sizes: list[int]) -> None:
        """Runs every whole keyframe of ``streams``: audio conversion, features and cues for
        all of them in one pass, then rounds of batched model calls and motion mapping."""
        per_keyframe = self._bytes_per_keyframe
        ready = [s for s in streams if len(s.pcm) >= per_keyframe]
        if not ready:
            return
        remaining = [len(s.pcm) // per_keyframe for s in ready]
        taken = b"".join([s.pcm[: n * per_keyframe] for s, n in zip(ready, remaining)])
        for stream, n in zip(ready, remaining):
            del stream.pcm[: n * per_keyframe]
        audio = np.frombuffer(taken, dtype="<i2").reshape(-1, self.samples_per_keyframe).astype(np.float32)
        audio *= 1.0 / 32768.0
        position = np.fromiter(itertools.accumulate(remaining, initial=0), np.int64, len(ready))
        rows = np.array([s.row for s in ready], dtype=np.intp)
        features, self._tails[rows] = self.features.segments(audio, position, self._tails[rows])
        cues = self.mapper.cues(audio)[:, 0]
        pending = list(range(len(ready)))
        while pending:
            groups: dict[int, list[int]] = {}
            for i in pending:
                whole = min(remaining[i], self.max_keyframes_per_call)
                k = whole if whole <= EXACT_KEYFRAMES else 1 << (whole.bit_length() - 1)
                groups.setdefault(k, []).append(i)
            for k, members in groups.items():
                for first in range(0, len(members), self.max_batch):
                    batch = members[first : first + self.max_batch]
                    index = position[batch][:, None] + np.arange(k)
                    self._infer([ready[i] for i in batch], rows[batch], k, features[index], cues[index], outputs)
                    batch_sizes.append(len(batch))
                    position[batch] += k
                for i in members:
                    remaining[i] -= k
            pending = [i for i in pending if remaining[i]]

    def _infer(
        self,
        streams: list[_Stream],
        rows: np.ndarray,
        k: int,
        features: np.ndarray,
        cues: np.ndarray,
        outputs: dict[int, _Output],
    ) -> None:
        """One onnxruntime call: ``k`` keyframes of every stream in ``streams`` (slab ``rows``),
        with their features [B, k, frames_per_keyframe, n_mels] and audio cues [B, k, 2]."""
        lookahead = self.lookahead
        batch = len(streams)
        arkit, _visemes, self._states[rows] = self.model.run(
            features.reshape(batch, -1, features.shape[-1]), self._states[rows]
        )
        if lookahead:
            history = np.concatenate([self._cue_history[rows], cues], axis=1)
            cues, self._cue_history[rows] = history[:, :k], history[:, k:]
        fed = self._fed[rows]
        self._fed[rows] = fed + k
        motion = self._motion[rows]
        flame, weights = self.mapper.map(
            arkit,
            cues,
            fed - lookahead,
            self._seeds[rows],
            motion,
            [s.session.expression_map for s in streams],
        )
        self._motion[rows] = motion
        for i, (stream, before) in enumerate(zip(streams, fed.tolist())):
            skip = max(0, lookahead - before)
            if skip >= k:
                continue
            output = outputs.get(id(stream))
            if output is None:
                output = outputs[id(stream)] = _Output(stream, before + skip - lookahead)
            output.flame.append(flame[i, skip:])
            output.arkit.append(weights[i, skip:])

    # --- introspection ------------------------------------------------------------------
    def stats(self) -> dict[str, float | int]:
        """Live sessions and streams, buffered audio, and cumulative counters."""
        streams = sum(len(s.streams) for s in self.sessions.values())
        buffered = sum(len(st.pcm) for s in self.sessions.values() for st in s.streams.values())
        return {
            "sessions": len(self.sessions),
            "streams": streams,
            "buffered_audio_s": buffered / 2 / self.model.sample_rate_hz,
            **self.counters,
        }
