"""Load generator: pure helpers of ``loadtest.session`` and an import check of the locustfile.

The helpers are tested in-process. ``locustfile.py`` is imported in a subprocess because
importing locust monkeypatches the whole interpreter with gevent, which must not leak into the
rest of the test session.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import msgspec
import numpy as np
import pytest

if importlib.util.find_spec("locust") is None:
    pytest.skip("locust is not installed (pip install locust)", allow_module_level=True)

from spatius_motion import errors  # noqa: E402
from spatius_motion.gateway import protocol  # noqa: E402
from spatius_motion.loadtest import session as ls  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
RATE = 16000
CHUNK = RATE // 10  # 100 ms of samples


def test_credentials_file_round_trip(tmp_path: Path) -> None:
    fields = dict(
        app_id="a",
        api_key="k",
        avatar_id="v",
        console_url="http://h:1/v1/console",
        ingress_url="ws://h:1/v2/driveningress",
    )
    path = tmp_path / "dev.json"
    path.write_text(json.dumps({**fields, "unrelated": 1}))
    assert ls.load_credentials(path) == ls.Credentials(**fields)
    path.write_text(json.dumps({k: v for k, v in fields.items() if k != "api_key"}))
    with pytest.raises(msgspec.ValidationError, match="api_key"):
        ls.load_credentials(path)


def test_urls_follow_the_sdk() -> None:
    assert ls.token_url("http://h:8080/v1/console/") == "http://h:8080/v1/console/session-tokens"
    assert ls.websocket_url("ws://h/v2/driveningress", "av 1") == "ws://h/v2/driveningress/websocket?id=av%201"
    assert ls.websocket_url("https://api.us-west.spatius.ai/v2/driveningress", "a").startswith("wss://api.us-west")
    assert ls.auth_headers("app", "tok") == {"X-App-ID": "app", "X-Session-Key": "tok"}


def test_token_request_and_reply() -> None:
    assert json.loads(ls.token_request_body(1000.7, 3600)) == {"expireAt": 4600}
    assert ls.session_token_from_reply(200, b'{"sessionToken": "t"}') == "t"
    with pytest.raises(errors.ApiKeyInvalid):
        ls.session_token_from_reply(401, b"{}")
    with pytest.raises(errors.SpatiusError):
        ls.session_token_from_reply(200, b'{"errors": [{"status": 400}], "sessionToken": "t"}')
    with pytest.raises(errors.SpatiusError):
        ls.session_token_from_reply(500, b"not json")


def test_req_id_shape() -> None:
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert ls.new_req_id(when, "abcdefghijkl") == "20260102030405_abcdefghijkl"
    generated = ls.new_req_id(when)
    stamp, suffix = generated.split("_", 1)
    assert stamp == "20260102030405" and len(suffix) == 12 and set(suffix) <= set(ls.NANOID_ALPHABET)


def test_client_messages_decode_on_the_server_side() -> None:
    configure = protocol.decode_configure(ls.configure_message(RATE, {"arkit": "1"}), 1 << 20)
    assert configure.sample_rate_hz == RATE and configure.extra_params == {"arkit": "1"}
    pcm = bytes(range(200))
    decoded = protocol.decode_client(ls.audio_message("r1", pcm, True), 1 << 20)
    assert decoded == protocol.AudioInput(req_id="r1", end=True, audio=pcm)


def test_server_messages_parse() -> None:
    assert ls.parse_server_message(protocol.encode_confirm("c1")) == ls.ServerEvent("confirm", connection_id="c1")
    animation = protocol.encode_animation(
        "c1", "r1", True, np.zeros((7, 120), np.float32), np.zeros((7, 52), np.float32)
    )
    assert ls.parse_server_message(animation) == ls.ServerEvent(
        "animation", connection_id="c1", req_id="r1", end=True, keyframes=7
    )
    empty_end = protocol.encode_animation("c1", "r1", True, np.zeros((0, 120), np.float32), None)
    assert ls.parse_server_message(empty_end).keyframes == 0
    error = ls.parse_server_message(protocol.encode_error(errors.CreditsExhausted(), "c1"))
    assert (error.kind, error.code, error.message) == ("error", 4001, "credits exhausted")
    with pytest.raises(errors.UnmarshalFailed):
        ls.parse_server_message(b"\xff\xff\xff")


def test_synthetic_speech_and_chunks() -> None:
    pcm = ls.synthetic_speech(1.05, RATE, seed=3)
    assert len(pcm) == int(1.05 * RATE) * 2 and pcm == ls.synthetic_speech(1.05, RATE, seed=3)
    samples = np.frombuffer(pcm, "<i2").astype(np.float64)
    rms = [np.sqrt(np.mean(samples[i : i + 1600] ** 2)) for i in range(0, 16000, 1600)]
    assert max(rms) > 1000 and min(rms) < max(rms) / 2, "loudness must vary like speech"
    chunks = ls.pcm_chunks(pcm, RATE, 100)
    assert [len(c) for c in chunks] == [3200] * 10 + [1600]  # 50 ms tail
    with pytest.raises(ValueError):
        ls.pcm_chunks(pcm, 8000, 0)


def test_keyframe_rule_is_the_servers() -> None:
    # 640 samples per keyframe at 16 kHz; only whole keyframes count, as the hosted service counts.
    assert [ls.expected_keyframes(n, RATE) for n in (0, 1, 639, 640, 641, 4800)] == [0, 0, 0, 1, 1, 7]
    assert [ls.whole_keyframes(n, RATE) for n in (0, 639, 640, 4800)] == [0, 0, 1, 7]
    assert ls.samples_per_keyframe(48000) == 1920
    with pytest.raises(ValueError):
        ls.samples_per_keyframe(16001)


def test_segments_alternate_so_every_other_req_id_ends_inside_a_keyframe() -> None:
    lengths = [ls.segment_chunks(i, 20) for i in range(4)]
    assert lengths == [20, 21, 20, 21]
    fractional = [n * CHUNK % ls.samples_per_keyframe(RATE) != 0 for n in lengths]
    assert fractional == [False, True, False, True]


def test_keyframe_count_errors_round_trip_through_locusts_repr() -> None:
    assert ls.keyframe_count_error(0) is None
    missing, extra = ls.keyframe_count_error(3), ls.keyframe_count_error(-2)
    assert (missing, extra) == ("3 keyframes missing", "2 keyframes extra")
    # Locust keeps a failure as the exception's repr; the count is read back from it.
    assert ls.parse_keyframe_count_error(repr(errors.SpatiusError(missing))) == (3, 0)
    assert ls.parse_keyframe_count_error(repr(errors.SpatiusError(extra))) == (0, 2)
    assert ls.parse_keyframe_count_error("ConnectionClosed()") == (0, 0)


def test_chunk_completes_the_keyframes_its_audio_finishes() -> None:
    timeline = ls.RequestTimeline(RATE, max_pending_chunks=10)
    # 100 ms chunks finish keyframes ending at 0.04, 0.08 | 0.12, 0.16, 0.20 | 0.24, 0.28; the
    # half keyframe after 0.28 yields none.
    timeline.on_chunk_sent(CHUNK, 1.00)
    timeline.on_chunk_sent(CHUNK, 1.10)
    timeline.on_chunk_sent(CHUNK, 1.20, end=True)
    assert timeline.on_animation(1, False, 1.05) == [ls.Sample(ls.FIRST_KEYFRAME, pytest.approx(0.05))]
    assert timeline.on_animation(1, False, 1.07) == [ls.Sample(ls.CHUNK_LATENCY, pytest.approx(0.07))]
    assert timeline.on_animation(2, False, 1.15) == []  # keyframes 2, 3 of chunk 1 (needs 4)
    assert timeline.on_animation(1, False, 1.16) == [ls.Sample(ls.CHUNK_LATENCY, pytest.approx(0.06))]
    assert timeline.on_animation(1, False, 1.22) == []  # keyframe 5 of the end chunk (needs 6)
    assert timeline.on_animation(1, False, 1.25) == [ls.Sample(ls.CHUNK_LATENCY, pytest.approx(0.05))]
    assert timeline.on_animation(0, True, 1.30) == [ls.Sample(ls.END_DRAIN, pytest.approx(0.10))]
    assert timeline.missing_keyframes() == 0  # 0.3 s -> 7 whole keyframes


def test_missing_keyframes_and_bounds() -> None:
    timeline = ls.RequestTimeline(RATE, max_pending_chunks=2)
    timeline.on_chunk_sent(CHUNK, 0.0)
    timeline.on_chunk_sent(CHUNK, 0.1)
    with pytest.raises(errors.PendingAudioLimit):
        timeline.on_chunk_sent(CHUNK, 0.2)
    timeline = ls.RequestTimeline(RATE, max_pending_chunks=5)
    timeline.on_chunk_sent(CHUNK, 0.0, end=True)
    with pytest.raises(errors.InvalidReqId):
        timeline.on_chunk_sent(CHUNK, 0.1)
    timeline.on_animation(1, True, 0.2)
    assert timeline.missing_keyframes() == 1  # 2.5 keyframes of audio -> 2
    timeline = ls.RequestTimeline(RATE, max_pending_chunks=5)
    timeline.on_chunk_sent(CHUNK, 0.0, end=True)
    timeline.on_animation(3, True, 0.2)
    assert timeline.missing_keyframes() == -1  # one extra


def test_session_timeline_tracks_req_ids_and_bounds_them() -> None:
    session = ls.SessionTimeline(RATE, max_pending_chunks=10, max_requests_in_flight=2)
    session.on_chunk_sent("a", CHUNK, 0.0, end=True)
    session.on_chunk_sent("b", CHUNK, 0.1)
    with pytest.raises(errors.RequestsInFlightLimit):
        session.on_chunk_sent("c", CHUNK, 0.2)
    assert session.on_animation("b", 1, False, 0.1) == ([ls.Sample(ls.FIRST_KEYFRAME, 0.0)], None)
    samples, missing = session.on_animation("a", 2, True, 0.05)
    assert [s.name for s in samples] == [ls.FIRST_KEYFRAME, ls.CHUNK_LATENCY, ls.END_DRAIN] and missing == 0
    assert session.undrained() == 1
    assert session.on_animation("a", 3, False, 0.3) == ([], None)  # drained req_ids are forgotten
    session.on_chunk_sent("c", 0, 0.3, end=True)
    assert session.on_animation("b", 0, True, 0.4) == ([], 1)  # 1 of 2 (2.5 of audio) received


def test_pending_chunk_bound_matches_server_audio_bound() -> None:
    assert ls.max_pending_chunks(30.0, 100) == 300
    assert ls.max_pending_chunks(0.01, 100) == 1


def test_locustfile_imports_and_defines_a_user() -> None:
    probe = (
        "import locust, spatius_motion.loadtest.locustfile as lf\n"
        "assert issubclass(lf.SpatiusSessionUser, locust.User)\n"
        "import types\n"
        "opts = types.SimpleNamespace(dev_credentials='', api_key='k', app_id='a', avatar_id='v',\n"
        "    console_url='http://h/v1/console', ingress_url='ws://h/v2/driveningress')\n"
        "print(lf.credentials_from_options(opts).avatar_id)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "v"


def test_bootstrap_body_and_reply_give_the_regions_urls() -> None:
    from spatius_motion import errors
    from spatius_motion.gateway import bootstrap
    from spatius_motion.gateway.store.records import Region

    body = json.loads(ls.bootstrap_request_body("app-1"))
    assert bootstrap.parse_request(ls.bootstrap_request_body("app-1")).app_id == "app-1"
    assert body["region"] == "auto" and body["platform"] == "python"
    region = Region(
        name="b", console_url="http://127.0.0.2:9/v1/console", ingress_url="ws://127.0.0.2:9/v2/driveningress"
    )
    reply = json.dumps(bootstrap.answer(region, 1.0)).encode()
    base = ls.Credentials("app-1", "sk", "av", "http://127.0.0.1:1/v1/console", "ws://127.0.0.1:1/v2/driveningress")
    moved = ls.bootstrapped(base, 200, reply)
    assert (moved.console_url, moved.ingress_url) == (region.console_url, region.ingress_url)
    assert moved.api_key == "sk"
    with pytest.raises(errors.SpatiusError, match="HTTP 404"):
        ls.bootstrapped(base, 404, b'{"errors": []}')
