"""spatius_motion.gateway.session: the session's rules, driven by events, without sockets.

Every session here is real (real protocol codec, real audio decoder, real metrics registry);
keyframes come as the shard would send them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from spatius_motion import errors
from spatius_motion.gateway import protocol
from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.gateway.session import (
    FORGOTTEN_REQUESTS,
    Bill,
    End,
    Heartbeat,
    SendAudio,
    SendInterrupt,
    Session,
)
from spatius_motion.metrics import Metrics
from spatius_motion.settings import Settings
from spatius_motion.workers.messages import ARKIT_FLOATS, FLAME_FLOATS, Keyframes

RATE_HZ = 16000
SAMPLES_PER_KEYFRAME = 640
CID = "conn_test"


def new_session(
    *,
    audio_format: int = pb.AUDIO_FORMAT_PCM_S16LE,
    extra_params: dict[str, str] | None = None,
    max_session_duration_s: float = 3600.0,
    idle_timeout_s: float = 0.0,
    lookahead_keyframes: int = 0,
    now: float = 0.0,
    **settings: Any,
) -> Session:
    return Session(
        CID,
        protocol.Configure(
            sample_rate_hz=RATE_HZ,
            bitrate=0,
            audio_format=audio_format,
            egress_type=pb.EGRESS_TYPE_UNSPECIFIED,
            extra_params=extra_params or {},
        ),
        settings=Settings.load(env={}, **settings),
        metrics=Metrics(),
        max_session_duration_s=max_session_duration_s,
        idle_timeout_s=idle_timeout_s,
        model_rate_hz=RATE_HZ,
        samples_per_keyframe=SAMPLES_PER_KEYFRAME,
        lookahead_keyframes=lookahead_keyframes,
        now=now,
    )


def pcm(seconds: float) -> bytes:
    return np.full(round(seconds * RATE_HZ), 1000, dtype="<i2").tobytes()


def audio(req_id: str, seconds: float = 0.1, end: bool = False) -> bytes:
    return protocol.encode_audio(req_id, pcm(seconds), end)


def keyframes(req_id: str, count: int, first_index: int = 0, end: bool = False) -> Keyframes:
    flame = np.arange(count * FLAME_FLOATS, dtype="<f4").reshape(count, FLAME_FLOATS)
    arkit = np.full((count, ARKIT_FLOATS), 0.5, dtype="<f4")
    return Keyframes(CID, req_id, first_index, count, flame.tobytes(), arkit.tobytes(), end)


def sent(session: Session) -> list[pb.Message]:
    """The frames the session queued for the client (taken from its outbox)."""
    frames = [pb.Message.FromString(frame) for frame in session.outbox]
    session.outbox.clear()
    return frames


def sent_errors(session: Session) -> list[pb.ServerError]:
    return [m.server_error for m in sent(session) if m.type == pb.MESSAGE_SERVER_ERROR]


def ended_with(session: Session) -> errors.SpatiusError:
    actions = session.take_actions()
    ends = [a for a in actions if isinstance(a, End)]
    assert len(ends) == 1, actions
    assert session.closing is ends[0].error
    return ends[0].error


def sample(session: Session, name: str) -> float:
    return session._metrics.registry.get_sample_value(name) or 0.0


# --- audio and keyframes ----------------------------------------------------------------------
def test_audio_goes_to_the_shard_and_counts_for_billing():
    session = new_session()
    session.receive(audio("r1", 0.1), now=1.0)
    (action,) = session.take_actions()
    assert isinstance(action, SendAudio)
    assert action.chunk.session == CID and action.chunk.req_id == "r1" and not action.chunk.end
    assert action.chunk.pcm == pcm(0.1)
    assert session.in_flight == 1
    assert session.unbilled_s == pytest.approx(0.1)
    assert sample(session, "spatius_audio_seconds_total") == pytest.approx(0.1)
    assert not session.outbox and session.closing is None


def test_a_req_id_ends_with_exactly_one_end_message_and_is_forgotten():
    session = new_session()
    session.receive(audio("r1", 0.2, end=True), now=0.0)
    session.take_actions()
    session.keyframes(keyframes("r1", 3), now=0.05)
    session.keyframes(keyframes("r1", 2, first_index=3, end=True), now=0.06)
    messages = sent(session)
    assert [m.type for m in messages] == [pb.MESSAGE_SERVER_RESPONSE_ANIMATION] * 2
    animations = [m.server_response_animation for m in messages]
    assert [a.end for a in animations] == [False, True]
    assert [len(a.animation.keyframes) for a in animations] == [3, 2]
    assert all(a.connection_id == CID and a.req_id == "r1" for a in animations)
    assert session.in_flight == 0
    # Late keyframes and late audio of the ended req_id are ignored.
    session.keyframes(keyframes("r1", 1, first_index=5, end=True), now=0.07)
    session.receive(audio("r1", 0.1), now=0.08)
    assert not session.outbox and not session.take_actions()
    assert sample(session, "spatius_keyframes_total") == 5


def test_end_with_zero_keyframes_sends_one_empty_end_message():
    session = new_session()
    session.receive(protocol.encode_audio("r1", b"", True), now=0.0)
    (action,) = session.take_actions()
    assert isinstance(action, SendAudio) and action.chunk.end and action.chunk.pcm == b""
    session.keyframes(keyframes("r1", 0, end=True), now=0.01)
    (message,) = sent(session)
    assert message.server_response_animation.end
    assert len(message.server_response_animation.animation.keyframes) == 0
    assert session.in_flight == 0


def test_large_batches_are_split_into_messages_of_at_most_the_limit():
    session = new_session()
    session.receive(audio("r1", 10.0, end=True), now=0.0)
    count = 2 * protocol.MAX_KEYFRAMES_PER_MESSAGE + 7
    session.keyframes(keyframes("r1", count, end=True), now=0.1)
    animations = [m.server_response_animation for m in sent(session)]
    assert [len(a.animation.keyframes) for a in animations] == [100, 100, 7]
    assert [a.end for a in animations] == [False, False, True]
    flame = animations[2].animation.keyframes[-1]
    assert flame.translation[0] == (count - 1) * FLAME_FLOATS  # rows stay in order


def test_arkit_weights_only_when_asked_for():
    plain, with_arkit = new_session(), new_session(extra_params={"arkit": "yes"})
    for session in (plain, with_arkit):
        session.receive(audio("r1", 0.1, end=True), now=0.0)
        session.keyframes(keyframes("r1", 2, end=True), now=0.1)
    assert all(len(k.arkit) == 0 for k in sent(plain)[0].server_response_animation.animation.keyframes)
    assert all(len(k.arkit) == 52 for k in sent(with_arkit)[0].server_response_animation.animation.keyframes)


def test_latency_marks_are_observed_when_their_keyframes_are_sent():
    session = new_session(lookahead_keyframes=2)
    session.receive(audio("r1", 0.2), now=1.0)  # 5 keyframes of audio: keyframes 0..2 complete
    session.receive(audio("r1", 0.2, end=True), now=1.2)
    session.keyframes(keyframes("r1", 3), now=1.25)
    assert sample(session, "spatius_first_keyframe_latency_seconds_count") == 1
    assert sample(session, "spatius_first_keyframe_latency_seconds_sum") == pytest.approx(0.25)
    assert sample(session, "spatius_chunk_latency_seconds_count") == 1
    session.keyframes(keyframes("r1", 7, first_index=3, end=True), now=1.3)
    assert sample(session, "spatius_chunk_latency_seconds_count") == 2
    assert sample(session, "spatius_chunk_latency_seconds_sum") == pytest.approx(0.25 + 0.1)
    assert sample(session, "spatius_first_keyframe_latency_seconds_count") == 1


def test_text_frames_are_ignored():
    session = new_session()
    session.receive("hello", now=0.0)
    assert not session.take_actions() and not session.outbox and session.closing is None


# --- fatal errors ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "frame, detail",
    [
        (pb.Message(type=pb.MESSAGE_SERVER_CONFIRM_SESSION).SerializeToString(), "type"),
        (protocol.encode_configure(RATE_HZ), "type"),  # configure again: audio-only after the handshake
        (b"\xff\xff\xff", "malformed protobuf"),
        (pb.Message(type=pb.MESSAGE_CLIENT_AUDIO_INPUT).SerializeToString(), "without its message"),
    ],
    ids=["unknown-type", "second-configure", "malformed", "missing-oneof"],
)
def test_unexpected_messages_end_the_session(frame, detail):
    session = new_session()
    session.receive(frame, now=0.0)
    error = ended_with(session)
    assert isinstance(error, errors.UnexpectedMessage)
    assert error.message.startswith("unexpected message type") and detail in error.message
    assert error.close_code == 1002
    # Once ended, the session ignores every event.
    session.receive(audio("r1"), now=0.1)
    session.tick(now=10_000.0)
    assert not session.take_actions()


def test_oversize_message_ends_the_session_with_1009():
    session = new_session(max_message_bytes=1000)
    session.receive(audio("r1", 0.1), now=0.0)  # 3200 bytes of PCM
    error = ended_with(session)
    assert isinstance(error, errors.MessageTooBig) and error.close_code == 1009


def test_the_first_error_wins():
    session = new_session()
    session.close(errors.UpstreamUnavailable("shard queue full"))
    session.close(errors.ClientTooSlow())
    assert isinstance(ended_with(session), errors.UpstreamUnavailable)


def test_farewell_sends_queued_frames_then_the_error():
    session = new_session()
    session.receive(audio("r1", 0.1, end=True), now=0.0)
    session.keyframes(keyframes("r1", 2, end=True), now=0.1)
    error = errors.SessionDurationExceeded("1 s")
    frames = [pb.Message.FromString(f) for f in session.farewell(error)]
    assert [f.type for f in frames] == [pb.MESSAGE_SERVER_RESPONSE_ANIMATION, pb.MESSAGE_SERVER_ERROR]
    assert frames[1].server_error.code == 4002 and not session.outbox


def test_outbox_limit_ends_a_slow_client_without_its_backlog():
    session = new_session(max_send_queue_messages=3)
    session.receive(audio("r1", 1.0), now=0.0)
    for i in range(4):
        session.keyframes(keyframes("r1", 1, first_index=i), now=0.1)
    session.take_actions()
    assert len(session.outbox) == 3
    session.keyframes(keyframes("r1", 1, first_index=4), now=0.2)  # one more than the bound
    error = session.closing
    assert isinstance(error, errors.ClientTooSlow) and error.close_code == 1008
    frames = [pb.Message.FromString(f) for f in session.farewell(error)]
    assert [f.type for f in frames] == [pb.MESSAGE_SERVER_ERROR]
    assert frames[0].server_error.message.startswith("client too slow")


# --- per-request errors (the session lives) ----------------------------------------------------
def test_pending_audio_limit_rejects_the_request_and_ignores_its_late_audio():
    session = new_session(max_pending_audio_s=1.0)
    session.receive(audio("big", 0.6), now=0.0)
    session.take_actions()
    session.receive(audio("big", 0.6), now=0.1)  # 1.2 s queued > 1 s
    assert session.take_actions() == [SendInterrupt("big")]
    (error,) = sent_errors(session)
    assert error.code == 3 and error.req_id == "big"
    assert error.message.startswith("pending audio limit exceeded")
    assert session.closing is None and session.in_flight == 0
    session.receive(audio("big", 0.1, end=True), now=0.2)
    assert not session.take_actions() and not session.outbox
    session.receive(audio("next", 0.5), now=0.3)  # the rejected audio no longer counts
    assert isinstance(session.take_actions()[0], SendAudio)
    assert session._metrics.registry.get_sample_value("spatius_errors_total", {"code": "3"}) == 1


def test_keyframes_returned_free_pending_audio():
    session = new_session(max_pending_audio_s=1.0)
    session.receive(audio("r1", 0.8), now=0.0)
    session.keyframes(keyframes("r1", 20), now=0.1)  # 0.8 s inferred
    session.receive(audio("r1", 0.8), now=0.2)
    assert isinstance(session.take_actions()[-1], SendAudio)
    assert not sent_errors(session)


def test_requests_in_flight_limit():
    session = new_session(max_requests_in_flight=2)
    for req_id in ("a", "b", "c"):
        session.receive(audio(req_id, 0.01), now=0.0)
    actions = session.take_actions()
    assert [a.chunk.req_id for a in actions if isinstance(a, SendAudio)] == ["a", "b"]
    assert not any(isinstance(a, SendInterrupt) for a in actions)  # "c" never reached the shard
    (error,) = sent_errors(session)
    assert error.req_id == "c" and error.message.startswith("too many requests in flight: at most 2")
    assert session.closing is None
    session.receive(audio("a", 0.0, end=True), now=0.1)
    session.keyframes(keyframes("a", 1, end=True), now=0.2)
    session.receive(audio("d", 0.01), now=0.3)  # a slot is free again
    assert any(isinstance(a, SendAudio) and a.chunk.req_id == "d" for a in session.take_actions())


def test_undecodable_audio_fails_the_request():
    session = new_session(audio_format=pb.AUDIO_FORMAT_OGG_OPUS)
    session.receive(protocol.encode_audio("r1", b"definitely not an ogg page" * 4, False), now=0.0)
    assert session.take_actions() == [SendInterrupt("r1")]
    (error,) = sent_errors(session)
    assert error.code == 3 and error.req_id == "r1"
    assert error.message.startswith("failed to decode audio")
    assert session.closing is None and session.in_flight == 0


def test_empty_req_id_is_rejected():
    session = new_session()
    session.receive(protocol.encode_audio("", pcm(0.1), False), now=0.0)
    (error,) = sent_errors(session)
    assert error.message.startswith("invalid req_id") and error.code == 3
    assert session.closing is None and not session.take_actions()


def test_interrupt_drops_the_request():
    session = new_session()
    session.receive(audio("r1", 0.5), now=0.0)
    session.take_actions()
    interrupt = pb.Message(type=pb.MESSAGE_CLIENT_INTERRUPT)
    interrupt.client_interrupt.req_id = "r1"
    session.receive(interrupt.SerializeToString(), now=0.1)
    assert session.take_actions() == [SendInterrupt("r1")]
    assert session.in_flight == 0
    session.keyframes(keyframes("r1", 5, end=True), now=0.2)  # already on its way
    session.receive(interrupt.SerializeToString(), now=0.3)  # a second interrupt: nothing to do
    assert not session.outbox and not session.take_actions()


def test_request_failed_reports_the_req_id():
    session = new_session()
    session.receive(audio("r1"), now=0.0)
    session.request_failed("r1", errors.RequestRejected("model refused"))
    session.request_failed("unknown", errors.RequestRejected("model refused"))
    (error,) = sent_errors(session)
    assert error.req_id == "r1" and error.code == 3 and error.message == "invalid request: model refused"
    assert session.in_flight == 0 and session.closing is None


def test_a_lost_shard_fails_its_requests_and_the_session_goes_on():
    """The dispatcher reports each req_id the lost shard held (``request_failed``, 4503)."""
    session = new_session()
    for req_id in ("a", "b"):
        session.receive(audio(req_id), now=0.0)
    for req_id in ("a", "b"):
        session.request_failed(req_id, errors.UpstreamUnavailable(req_id=req_id))
    reported = sent_errors(session)
    assert sorted(e.req_id for e in reported) == ["a", "b"]
    assert all(e.code == 4503 and e.message == "driven server request failed" for e in reported)
    assert session.in_flight == 0 and session.closing is None
    session.receive(audio("c"), now=0.1)  # the session goes on (on another shard)
    assert isinstance(session.take_actions()[-1], SendAudio)


def test_forgotten_req_ids_are_bounded():
    session = new_session()
    for i in range(FORGOTTEN_REQUESTS + 1):
        session.receive(audio(f"r{i}", 0.0, end=True), now=0.0)
        session.keyframes(keyframes(f"r{i}", 0, end=True), now=0.0)
    session.take_actions()
    session.receive(audio("r1", 0.01), now=1.0)  # still remembered: ignored
    assert not session.take_actions()
    session.receive(audio("r0", 0.01), now=1.0)  # the oldest was evicted: a new request
    assert isinstance(session.take_actions()[0], SendAudio)


# --- drain --------------------------------------------------------------------------------------
def test_drain_waits_for_requests_in_flight_and_refuses_new_ones():
    session = new_session()
    session.receive(audio("r1", 0.1), now=0.0)
    session.take_actions()
    session.drain()
    assert session.closing is None
    session.receive(audio("r1", 0.1, end=True), now=0.1)  # an open request may finish
    assert isinstance(session.take_actions()[0], SendAudio)
    session.keyframes(keyframes("r1", 5, end=True), now=0.2)
    error = ended_with(session)
    assert error.code == 4503 and error.message == "driven server request failed: gateway shutting down"
    assert sent(session)[-1].server_response_animation.end  # the end went out before the close


def test_drain_refuses_a_new_req_id():
    session = new_session()
    session.receive(audio("r1"), now=0.0)
    session.take_actions()
    session.drain()
    session.receive(audio("r2"), now=0.1)
    assert ended_with(session).code == 4503


def test_drain_of_an_idle_session_or_immediately_ends_it():
    idle = new_session()
    idle.drain()
    assert ended_with(idle).code == 4503
    busy = new_session()
    busy.receive(audio("r1"), now=0.0)
    busy.take_actions()
    busy.drain(immediately=True)
    assert ended_with(busy).code == 4503


# --- quotas ------------------------------------------------------------------------------------
def test_billing_and_heartbeat_are_scheduled_by_the_clock():
    session = new_session(credits_flush_s=2.0, session_heartbeat_s=15.0, now=100.0)
    session.receive(audio("r1", 0.5), now=100.5)
    session.take_actions()
    session.tick(now=101.0)
    assert not session.take_actions()
    session.tick(now=102.0)
    (bill,) = session.take_actions()
    assert bill == Bill(pytest.approx(0.5)) and session.unbilled_s == 0
    session.tick(now=104.0)
    assert not session.take_actions()  # nothing new to bill
    session.tick(now=115.0)
    assert session.take_actions() == [Heartbeat()]


def test_a_failed_bill_is_charged_later():
    session = new_session(credits_flush_s=1.0)
    session.receive(audio("r1", 0.5), now=0.0)
    session.tick(now=1.0)
    (bill,) = [a for a in session.take_actions() if isinstance(a, Bill)]
    session.bill_failed(bill.seconds)
    session.receive(audio("r1", 0.25), now=1.5)
    assert session.take_unbilled() == pytest.approx(0.75)


def test_credits_exhausted_ends_the_session():
    session = new_session()
    session.billed(12.5)
    assert session.closing is None
    session.billed(0.0)
    error = ended_with(session)
    assert error.code == 4001 and error.close_code == 4001 and error.message == "credits exhausted"


def test_session_duration_limit():
    session = new_session(max_session_duration_s=2.0, now=10.0)
    session.tick(now=11.9)
    assert session.closing is None
    session.tick(now=12.0)
    error = ended_with(session)
    assert isinstance(error, errors.SessionDurationExceeded)
    assert error.code == error.close_code == 4002
    assert error.message == "maximum session duration: 2 s"


def test_idle_timeout_closes_a_session_without_audio():
    session = new_session(idle_timeout_s=30.0, now=0.0)
    session.receive(audio("r1", 0.1, end=True), now=10.0)  # audio resets the idle clock
    session.keyframes(keyframes("r1", 3, end=True), now=20.0)  # so does animation sent
    session.tick(now=49.0)
    assert session.closing is None
    session.tick(now=50.0)
    error = ended_with(session)
    assert isinstance(error, errors.IdleTimeout)
    assert error.message == "no audio input for 30 s"
    assert error.code == 0 and error.close_code == 1000


def test_idle_timeout_zero_is_off():
    session = new_session(idle_timeout_s=0.0)
    session.tick(now=3000.0)
    assert session.closing is None
