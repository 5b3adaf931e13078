"""MotionEngine and MotionShard: stream bookkeeping, batching, lookahead alignment, bounds."""

from __future__ import annotations

import json

import msgspec
import numpy as np
import onnx
import pytest
import threadpoolctl
from onnx import TensorProto, helper, numpy_helper

from spatius_motion.errors import PendingAudioLimit, RequestsInFlightLimit
from spatius_motion.loadtest.session import synthetic_speech
from spatius_motion.settings import BASELINE_MODEL_PATH, Settings
from spatius_motion.workers import flame
from spatius_motion.workers.engine import MotionEngine
from spatius_motion.workers.features import FEATURE_METADATA_KEY, FeatureConfig
from spatius_motion.workers.messages import (
    AudioChunk,
    Interrupt,
    Keyframes,
    SessionOpen,
    StepReply,
    StepRequest,
    decode_reply,
    encode,
    keyframe_count,
)
from spatius_motion.workers.model import MotionModel
from spatius_motion.workers.shard import MotionShard
from spatius_motion.workers.vocabulary import ARKIT_INDEX, ARKIT_NAMES, VISEME_NAMES

SPK = 640
JAW = ARKIT_INDEX["jawOpen"]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def baseline() -> MotionModel:
    return MotionModel(BASELINE_MODEL_PATH)


def pcm(samples: int, seed: int = 0, amplitude: float = 3000.0) -> bytes:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(samples) * amplitude).astype("<i2").tobytes()


def split(data: bytes, sizes: list[int]) -> list[bytes]:
    """``data`` cut into pieces of the given byte sizes, cycling; the rest as the last piece."""
    pieces, position, i = [], 0, 0
    while position < len(data):
        size = sizes[i % len(sizes)]
        pieces.append(data[position : position + size])
        position += size
        i += 1
    return pieces or [b""]


def collect(replies: list[StepReply]) -> dict[tuple[str, str], list[Keyframes]]:
    found: dict[tuple[str, str], list[Keyframes]] = {}
    for reply in replies:
        for message in reply.keyframes:
            found.setdefault((message.session, message.req_id), []).append(message)
    return found


def check_stream(messages: list[Keyframes], expected: int) -> tuple[np.ndarray, np.ndarray]:
    """Asserts contiguous indices, one final end=True, and ``expected`` keyframes; returns rows."""
    assert [m.end for m in messages] == [False] * (len(messages) - 1) + [True]
    index = 0
    for message in messages:
        assert message.first_index == index
        assert len(message.flame) == message.count * flame.FLAME_FLOATS * 4
        assert len(message.arkit) == message.count * len(ARKIT_NAMES) * 4
        index += message.count
    assert index == expected
    rows = np.frombuffer(b"".join(m.flame for m in messages), "<f4").reshape(-1, flame.FLAME_FLOATS)
    weights = np.frombuffer(b"".join(m.arkit for m in messages), "<f4").reshape(-1, len(ARKIT_NAMES))
    return rows, weights


def stream_through(
    engine: MotionEngine, session: str, req_id: str, data: bytes, sizes: list[int], per_step: int = 1
) -> list[StepReply]:
    pieces = split(data, sizes)
    replies = []
    for first in range(0, len(pieces), per_step):
        group = pieces[first : first + per_step]
        last = first + per_step >= len(pieces)
        chunks = [AudioChunk(session, req_id, p, end=last and i == len(group) - 1) for i, p in enumerate(group)]
        replies.append(engine.step(StepRequest(chunks=chunks)))
    return replies


def test_keyframe_count_is_whole_keyframes_as_the_hosted_service_counts():
    counts = [keyframe_count(n, SPK) for n in (0, 1, 639, 640, 641, 1279, 1280, 16001)]
    assert counts == [0, 0, 0, 1, 1, 1, 2, 25]
    assert keyframe_count(int(20.3 * 16000), SPK) == 507  # the recorded hosted reply to 20.3 s


@pytest.mark.parametrize("samples", [0, 1, 639, 640, 641, 1280, 16000, 16001, 40000])
@pytest.mark.parametrize("sizes", [[2], [1280], [1000, 2562, 77 * 2], [10**7]])
def test_the_engine_gives_keyframe_count_keyframes(baseline, samples, sizes):
    engine = MotionEngine(baseline, max_batch=8)
    data = pcm(samples)
    per_step = 50 if sizes == [2] else 1
    found = collect(stream_through(engine, "s", "r", data, sizes, per_step=per_step))
    check_stream(found[("s", "r")], keyframe_count(samples, SPK))
    assert engine.stats()["streams"] == 0


def test_odd_byte_chunk_boundaries_are_reassembled(baseline):
    data = pcm(5000, seed=3)
    whole = collect(
        [MotionEngine(baseline, max_batch=4).step(StepRequest(chunks=[AudioChunk("s", "r", data, end=True)]))]
    )
    pieces = collect(stream_through(MotionEngine(baseline, max_batch=4), "s", "r", data, [333, 1001]))
    rows_whole, _ = check_stream(whole[("s", "r")], 7)  # 5000 samples: 7 whole keyframes
    rows_pieces, _ = check_stream(pieces[("s", "r")], 7)
    np.testing.assert_allclose(rows_pieces, rows_whole, atol=1e-4)


def test_several_req_ids_in_flight_in_one_session(baseline):
    engine = MotionEngine(baseline, max_batch=8)
    a, b, c = pcm(9000, 1), pcm(4000, 2), pcm(640 * 3, 3)
    replies = [
        engine.step(
            StepRequest(
                opened=[SessionOpen("s", 1)],
                chunks=[
                    AudioChunk("s", "a", a[:6000]),
                    AudioChunk("s", "b", b[:3000]),
                    AudioChunk("s", "c", c, end=True),
                ],
            )
        )
    ]
    assert engine.stats()["streams"] == 2
    replies.append(
        engine.step(StepRequest(chunks=[AudioChunk("s", "b", b[3000:], end=True), AudioChunk("s", "a", a[6000:12000])]))
    )
    replies.append(engine.step(StepRequest(chunks=[AudioChunk("s", "a", a[12000:], end=True)])))
    found = collect(replies)
    check_stream(found[("s", "a")], 9000 // SPK)
    check_stream(found[("s", "b")], 4000 // SPK)
    check_stream(found[("s", "c")], 3)
    assert engine.stats()["streams"] == 0 and engine.stats()["sessions"] == 1


def test_interrupt_stops_output_and_late_audio_is_ignored(baseline):
    engine = MotionEngine(baseline, max_batch=8)
    engine.step(StepRequest(chunks=[AudioChunk("s", "a", pcm(3000)), AudioChunk("s", "b", pcm(3000))]))
    reply = engine.step(
        StepRequest(
            chunks=[AudioChunk("s", "a", pcm(3000)), AudioChunk("s", "b", pcm(3000))], interrupts=[Interrupt("s", "a")]
        )
    )
    assert {m.req_id for m in reply.keyframes} == {"b"}
    reply = engine.step(
        StepRequest(chunks=[AudioChunk("s", "a", pcm(6400), end=True), AudioChunk("s", "b", b"", end=True)])
    )
    assert [(m.req_id, m.end) for m in reply.keyframes] == [("b", True)]
    assert engine.stats()["streams"] == 0


def test_unknown_session_gets_default_state(baseline):
    engine = MotionEngine(baseline, max_batch=8)
    reply = engine.step(StepRequest(chunks=[AudioChunk("never-opened", "r", pcm(2000), end=True)]))
    check_stream(reply.keyframes, 3)  # 2000 samples: 3 whole keyframes
    engine.step(StepRequest(interrupts=[Interrupt("ghost", "x")], closed=["ghost"]))


def test_pending_audio_bound_fails_the_req_id_only(baseline):
    engine = MotionEngine(baseline, max_batch=8, max_pending_audio_s=0.1)
    reply = engine.step(StepRequest(chunks=[AudioChunk("s", "big", pcm(1601)), AudioChunk("s", "ok", pcm(1600))]))
    assert [(f.req_id, f.message) for f in reply.failures] == [("big", PendingAudioLimit.text)]
    assert {m.req_id for m in reply.keyframes} == {"ok"}
    reply = engine.step(StepRequest(chunks=[AudioChunk("s", "big", pcm(100), end=True)]))
    assert reply.keyframes == [] and reply.failures == []


def test_requests_in_flight_bound(baseline):
    engine = MotionEngine(baseline, max_batch=8, max_requests_in_flight=2)
    reply = engine.step(StepRequest(chunks=[AudioChunk("s", r, pcm(100)) for r in ("a", "b", "c")]))
    assert [(f.req_id, f.message) for f in reply.failures] == [("c", RequestsInFlightLimit.text)]
    assert engine.stats()["streams"] == 2


def test_close_frees_the_session(baseline):
    engine = MotionEngine(baseline, max_batch=8)
    engine.step(StepRequest(opened=[SessionOpen("s", 3)], chunks=[AudioChunk("s", "a", pcm(1000))]))
    assert engine.stats()["sessions"] == 1 and engine.stats()["buffered_audio_s"] > 0
    reply = engine.step(StepRequest(chunks=[AudioChunk("s", "a", pcm(5000))], closed=["s"]))
    assert reply.keyframes == []
    assert engine.stats()["sessions"] == 0
    assert engine.stats()["buffered_audio_s"] == 0


def test_idle_sessions_are_freed_by_the_clock(baseline):
    clock = FakeClock()
    engine = MotionEngine(baseline, max_batch=8, clock=clock, session_idle_s=60)
    engine.step(StepRequest(chunks=[AudioChunk("s", "a", pcm(100))]))
    clock.now += 30
    engine.step(StepRequest(chunks=[AudioChunk("t", "a", pcm(100))]))
    assert engine.stats()["sessions"] == 2
    clock.now += 45
    engine.step(StepRequest())
    assert engine.stats()["sessions"] == 1


def test_state_rows_grow_are_freed_and_reused_from_zero_state(baseline, monkeypatch):
    monkeypatch.setattr("spatius_motion.workers.engine.INITIAL_ROWS", 2)
    t = np.arange(SPK * 4 + 100) / 16000
    # voiced audio of different pitch per stream: stale pitch means would tilt the head differently
    data = {r: (8000 * np.sin(2 * np.pi * (110 + 60 * i) * t)).astype("<i2").tobytes() for i, r in enumerate("abcde")}
    fresh = {r: stream_through(MotionEngine(baseline, max_batch=8), "s", r, data[r], [len(data[r])]) for r in "abcde"}
    engine = MotionEngine(baseline, max_batch=8, max_requests_in_flight=8)
    engine.step(
        StepRequest(chunks=[AudioChunk("s", r, data[r][: SPK * 2]) for r in "abc"] + [AudioChunk("t", "x", data["c"])])
    )
    assert engine._fed.shape[0] == 4 and not engine._free_rows
    # a row freed by an interrupt and one freed by a close are handed to new streams from zero state
    engine.step(StepRequest(interrupts=[Interrupt("s", "c")], closed=["t"]))
    assert sorted(engine._free_rows) == [2, 3]
    reply = engine.step(
        StepRequest(
            chunks=[AudioChunk("s", r, data[r], end=True) for r in "de"]
            + [AudioChunk("s", r, data[r][SPK * 2 :], end=True) for r in "ab"],
        )
    )
    got = collect([reply])
    assert engine._fed.shape[0] == 4 and sorted(engine._free_rows) == [0, 1, 2, 3]
    for r in "de":
        assert got[("s", r)] == collect(fresh[r])[("s", r)]
    assert ("s", "c") not in got


def test_batch_sizes_are_reported_and_bounded(baseline):
    engine = MotionEngine(baseline, max_batch=2)
    reply = engine.step(StepRequest(chunks=[AudioChunk("s", str(i), pcm(SPK)) for i in range(5)]))
    assert reply.batch_sizes == [2, 2, 1]
    reply = engine.step(StepRequest(chunks=[AudioChunk("s", "0", pcm(SPK * 5))]))
    assert reply.batch_sizes == [1, 1]
    assert [m.count for m in reply.keyframes] == [5]


def test_a_100_ms_chunk_runs_as_one_call_and_matches_one_keyframe_per_call(baseline):
    """Chunks of 2.5 keyframes alternate one k=2 and one k=3 call, with the same keyframes as k=1 calls."""
    data = pcm(16000, seed=5)
    grouped = MotionEngine(baseline, max_batch=8)
    single = MotionEngine(baseline, max_batch=8, max_keyframes_per_call=1)
    replies = stream_through(grouped, "s", "r", data, [3200])
    assert [r.batch_sizes for r in replies[:-1]] == [[1]] * (len(replies) - 1)
    assert [m.count for r in replies[:4] for m in r.keyframes] == [2, 3, 2, 3]
    rows, weights = check_stream(collect(replies)[("s", "r")], 25)
    rows_single, weights_single = check_stream(collect(stream_through(single, "s", "r", data, [3200]))[("s", "r")], 25)
    np.testing.assert_allclose(rows, rows_single, atol=1e-5)
    np.testing.assert_allclose(weights, weights_single, atol=1e-5)


def test_expression_map_from_session_open(baseline):
    engine = MotionEngine(baseline, max_batch=8)
    expression_map = np.zeros((52, 100), np.float32)
    expression_map[JAW, 7] = 2.0
    reply = engine.step(
        StepRequest(
            opened=[SessionOpen("m", 1, expression_map.tobytes()), SessionOpen("n", 1, b"short")],
            chunks=[AudioChunk(s, "r", pcm(SPK * 10, amplitude=8000), end=True) for s in ("m", "n", "o")],
        )
    )
    found = collect([reply])
    rows, weights = check_stream(found[("m", "r")], 10)
    np.testing.assert_allclose(rows[:, flame.EXPRESSION.start + 7], 2.0 * weights[:, JAW], atol=1e-6)
    assert weights[:, JAW].max() > 0.1
    for other in ("n", "o"):
        rows, _ = check_stream(found[(other, "r")], 10)
        assert np.all(rows[:, flame.EXPRESSION] == 0)


def test_louder_audio_opens_the_jaw_wider_through_the_engine(baseline):
    engine = MotionEngine(baseline, max_batch=8)
    chunks = [AudioChunk("s", str(a), pcm(16000, amplitude=a), end=True) for a in (100, 1000, 10000)]
    found = collect([engine.step(StepRequest(chunks=chunks))])
    jaws = [check_stream(found[("s", c.req_id)], 25)[0][:, flame.JAW_POSE.start].mean() for c in chunks]
    assert jaws[0] < jaws[1] < jaws[2]


# --- lookahead: a synthetic delay-line model with L = 2 ------------------------------------------


def delay_model(path, lookahead: int = 2) -> MotionModel:
    """jawOpen of output keyframe t = sigmoid(loudest frame of input keyframe t - L + 5)."""
    feature = FeatureConfig()
    n_mels = feature.n_mels
    jaw = np.zeros(52, np.float32)
    jaw[JAW] = 1.0
    sil = np.zeros(15, np.float32)
    sil[0] = 1.0

    def const(name, value, dtype=np.float32):
        return helper.make_node("Constant", [], [name], value=numpy_helper.from_array(np.asarray(value, dtype), name))

    body = helper.make_graph(
        [
            const("first", [0], np.int64),
            const("one", [1], np.int64),
            const("end", [lookahead], np.int64),
            const("axes", [1], np.int64),
            helper.make_node("Slice", ["line", "first", "one", "axes"], ["oldest"]),
            helper.make_node("Slice", ["line", "one", "end", "axes"], ["rest"]),
            helper.make_node("Unsqueeze", ["x", "axes"], ["x_col"]),
            helper.make_node("Concat", ["rest", "x_col"], ["line_out"], axis=1),
            helper.make_node("Squeeze", ["oldest", "axes"], ["y"]),
        ],
        "delay",
        [
            helper.make_tensor_value_info("line", TensorProto.FLOAT, ["B", lookahead]),
            helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B"]),
        ],
        [
            helper.make_tensor_value_info("line_out", TensorProto.FLOAT, ["B", lookahead]),
            helper.make_tensor_value_info("y", TensorProto.FLOAT, ["B"]),
        ],
    )
    graph = helper.make_graph(
        [
            const("shape", [0, -1, 4], np.int64),
            const("axis2", [2], np.int64),
            const("bias", 5.0),
            const("jaw", jaw),
            const("sil", sil),
            const("zero", 0.0),
            helper.make_node("ReduceMean", ["features"], ["frame_level"], axes=[2], keepdims=0),
            helper.make_node("Reshape", ["frame_level", "shape"], ["framed"]),
            helper.make_node("ReduceMax", ["framed"], ["level"], axes=[2], keepdims=0),
            helper.make_node(
                "Scan",
                ["state", "level"],
                ["state_out", "delayed"],
                num_scan_inputs=1,
                scan_input_axes=[1],
                scan_output_axes=[1],
                body=body,
            ),
            helper.make_node("Add", ["delayed", "bias"], ["logit"]),
            helper.make_node("Sigmoid", ["logit"], ["open"]),
            helper.make_node("Unsqueeze", ["open", "axis2"], ["open_col"]),
            helper.make_node("Mul", ["open_col", "jaw"], ["arkit"]),
            helper.make_node("Mul", ["open_col", "zero"], ["nothing"]),
            helper.make_node("Add", ["nothing", "sil"], ["visemes"]),
        ],
        "delay-line",
        [
            helper.make_tensor_value_info("features", TensorProto.FLOAT, ["B", "T", n_mels]),
            helper.make_tensor_value_info("state", TensorProto.FLOAT, ["B", lookahead]),
        ],
        [
            helper.make_tensor_value_info("arkit", TensorProto.FLOAT, ["B", "K", 52]),
            helper.make_tensor_value_info("visemes", TensorProto.FLOAT, ["B", "K", 15]),
            helper.make_tensor_value_info("state_out", TensorProto.FLOAT, ["B", lookahead]),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    helper.set_model_props(
        model,
        {
            "spatius.contract": "1",
            "spatius.name": "delay",
            "spatius.version": "0",
            "spatius.sample_rate_hz": "16000",
            "spatius.keyframe_rate_hz": "25",
            FEATURE_METADATA_KEY: feature.to_json(),
            "spatius.lookahead_keyframes": str(lookahead),
            "spatius.state_size": str(lookahead),
            "spatius.arkit_names": json.dumps(list(ARKIT_NAMES)),
            "spatius.viseme_names": json.dumps(list(VISEME_NAMES)),
        },
    )
    onnx.checker.check_model(model, full_check=True)
    path.write_bytes(model.SerializeToString())
    return MotionModel(path)


def bursts(keyframes: int, marked: list[int], tail_samples: int = 0) -> bytes:
    """Silence with a loud burst in samples [0, 300) of each marked keyframe (only its frames see it)."""
    audio = np.zeros(keyframes * SPK + tail_samples, np.int16)
    for index in marked:
        audio[index * SPK : index * SPK + 300] = 20000
    return audio.astype("<i2").tobytes()


@pytest.mark.parametrize("sizes", [[2 * SPK], [SPK * 2 * 7], [3 * SPK * 2 + 2, 2], [10**7]])
def test_lookahead_outputs_align_with_input_keyframes(tmp_path, sizes):
    model = delay_model(tmp_path / "delay.onnx")
    assert model.lookahead_keyframes == 2 and not model.is_baseline
    engine = MotionEngine(model, max_batch=4)
    marked = [0, 3, 4, 9, 11]
    data = bursts(12, marked, tail_samples=100)
    found = collect(stream_through(engine, "s", "r", data, sizes))
    _, weights = check_stream(found[("s", "r")], 12)  # the 100-sample tail is no whole keyframe
    opened = np.flatnonzero(weights[:, JAW] > 0.5).tolist()
    assert opened == marked


def test_lookahead_flush_of_an_empty_req_id(tmp_path):
    engine = MotionEngine(delay_model(tmp_path / "delay.onnx"), max_batch=4)
    reply = engine.step(StepRequest(chunks=[AudioChunk("s", "r", b"", end=True)]))
    assert [(m.first_index, m.count, m.end) for m in reply.keyframes] == [(0, 0, True)]


def test_lookahead_streams_batched_together_stay_aligned(tmp_path):
    engine = MotionEngine(delay_model(tmp_path / "delay.onnx"), max_batch=3)
    marks = {str(i): [i, i + 4] for i in range(5)}
    streams = {r: split(bursts(10, m), [SPK * 2 * (1 if r < "4" else 3)]) for r, m in marks.items()}
    replies = []
    for step in range(10):
        chunks = [
            AudioChunk("s", r, p[step] if step < len(p) else b"", end=step == len(p) - 1)
            for r, p in streams.items()
            if step < len(p)
        ]
        replies.append(engine.step(StepRequest(chunks=chunks)))
    found = collect(replies)
    for r, m in marks.items():
        _, weights = check_stream(found[("s", r)], 10)
        assert np.flatnonzero(weights[:, JAW] > 0.5).tolist() == m
    assert max(size for reply in replies for size in reply.batch_sizes) == 3


# --- the Ray actor class, without Ray ----------------------------------------------------------


def test_shard_step_round_trips_bytes_and_reports():
    shard = MotionShard(msgspec.to_builtins(Settings(shard_max_batch=4, model_path=str(BASELINE_MODEL_PATH))))
    request = StepRequest(opened=[SessionOpen("s", 9)], chunks=[AudioChunk("s", "r", pcm(3200), end=True)])
    reply = decode_reply(shard.step(encode(request)))
    check_stream(reply.keyframes, 5)
    assert reply.batch_sizes == [1, 1]
    ping = shard.ping()
    assert ping["model"] == "loudness-baseline" and ping["sessions"] == 1 and ping["streams"] == 0
    stats = shard.stats()
    assert stats["steps"] == 1 and stats["keyframes"] == 5 and stats["calls"] == 2


def _blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpoolctl.threadpool_info() if pool["user_api"] == "blas"]


def test_shard_caps_blas_threads_for_its_life():
    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):
        assert _blas_threads() and set(_blas_threads()) == {2}
        shard = MotionShard(msgspec.to_builtins(Settings(onnx_threads=1, model_path=str(BASELINE_MODEL_PATH))))
        assert set(_blas_threads()) == {1}
        shard.step(encode(StepRequest(chunks=[AudioChunk("s", "r", pcm(SPK * 3))])))
        assert set(_blas_threads()) == {1}
        shard.blas_limits.restore_original_limits()
        assert set(_blas_threads()) == {2}


def test_keyframes_ready_is_whole_keyframes_past_the_lookahead():
    from spatius_motion.workers.messages import keyframes_ready

    assert [keyframes_ready(n, SPK, 2) for n in (0, 1279, 1280, 1920, 3200)] == [0, 0, 0, 1, 3]
    assert keyframes_ready(3200, SPK, 0) == 5


def test_a_stream_replayed_from_a_later_keyframe_converges_to_the_whole_stream():
    """A lost shard's req_id past the gateway's keep bound is replayed from its last seconds
    (``first_keyframe``): indices continue, the count is the whole req_id's, and 3 s of audio
    bring the recurrent model's motion back to that of the stream run from its start."""
    settings = Settings.load(env={})
    model = MotionModel.from_settings(settings)
    audio = synthetic_speech(8.0, 16000, seed=3)
    seam, start = 125, 125 - 75  # the client has 125 keyframes; the gateway kept the last 3 s

    def run(first_keyframe: int) -> tuple[int, np.ndarray, np.ndarray]:
        engine = MotionEngine.from_settings(model, settings)
        chunk = AudioChunk("s", "r", audio[first_keyframe * 1280 :], True, first_keyframe)
        messages = engine.step(StepRequest(opened=[SessionOpen("s", 5)], chunks=[chunk])).keyframes
        rows = np.frombuffer(b"".join(m.flame for m in messages), "<f4").reshape(-1, flame.FLAME_FLOATS)
        weights = np.frombuffer(b"".join(m.arkit for m in messages), "<f4").reshape(-1, len(ARKIT_NAMES))
        assert [m.end for m in messages][-1] and messages[0].first_index + len(rows) == 200
        return messages[0].first_index, rows, weights

    whole_first, whole_rows, whole_weights = run(0)
    first, rows, weights = run(start)
    assert whole_first == 0 and first == start - model.lookahead_keyframes
    after = seam - first
    jaw = ARKIT_INDEX["jawOpen"]
    assert np.abs(weights[after:, jaw] - whole_weights[seam:, jaw]).max() < 0.05
    assert np.abs(rows[after:] - whole_rows[seam:]).max() < 0.05  # procedural motion by index too
