"""The official ``spatius`` SDK, unchanged, completing real sessions against the server."""

from __future__ import annotations

import asyncio
import math

import numpy as np
import pytest
import ray
import spatius
from spatius import AvatarSDKError, AvatarSDKErrorCode

from spatius_motion import server
from spatius_motion.gateway.audio import PCM_S16LE, AudioDecoder
from spatius_motion.loadtest.session import pcm_chunks
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ, keyframe_count
from tests.integration.conftest import delete_prefix, new_app, server_settings, sessions_ended
from tests.integration.sdk_client import (
    Recorder,
    keyframes_for,
    new_session,
    open_session,
    run_request,
    send_pcm,
    synthetic_speech,
)

pytestmark = pytest.mark.integration

MODEL_RATE_HZ = 16000
"""The shipped models' input rate (their ``spatius.sample_rate_hz``)."""


def expected_keyframes(seconds: float) -> int:
    return math.floor(seconds * 25)


@pytest.mark.parametrize("use_query_auth", [False, True], ids=["header-auth", "query-auth"])
async def test_session_streams_keyframes_and_one_end(app_credentials, use_query_auth):
    recorder = Recorder()
    session = new_session(app_credentials, recorder, use_query_auth=use_query_auth)
    await session.init()
    connection_id = await session.start()
    assert connection_id
    req_id = await send_pcm(session, synthetic_speech(2.0, 16000), 16000)
    await recorder.ended(req_id)
    await session.close()

    keyframes = recorder.keyframes[req_id]
    assert len(keyframes) == keyframes_for(2.0) == 50
    assert recorder.ends[req_id] == 1
    messages = recorder.messages_for(req_id)
    assert messages[-1].server_response_animation.end
    assert all(m.server_response_animation.connection_id == connection_id for m in messages)
    for frame in keyframes:
        floats = (
            len(frame.translation)
            + len(frame.rotation)
            + len(frame.neck_pose)
            + len(frame.jaw_pose)
            + len(frame.eye_pose)
            + len(frame.eye_lid)
            + len(frame.expression)
        )
        assert floats == 120
        assert len(frame.arkit) == 0  # not asked for
    jaw = np.array([f.jaw_pose[0] for f in keyframes])
    assert jaw.max() > jaw.min()  # motion follows the audio, not a constant stream
    assert not recorder.errors


async def test_first_keyframes_arrive_before_the_request_ends(app_credentials):
    recorder = Recorder()
    session = await open_session(app_credentials, recorder)
    req_id = await send_pcm(session, synthetic_speech(1.0, 16000), 16000, end=False)
    await recorder.first_keyframe(req_id)
    assert recorder.ends[req_id] == 0
    await session.send_audio(b"", end=True)
    await recorder.ended(req_id)
    await session.close()
    assert len(recorder.keyframes[req_id]) == keyframes_for(1.0)


async def test_arkit_extension_on_request(app_credentials):
    recorder, req_id = await run_request(app_credentials, 1.0, extra_params={"arkit": "1"})
    keyframes = recorder.keyframes[req_id]
    assert keyframes and all(len(f.arkit) == 52 for f in keyframes)
    weights = np.array([list(f.arkit) for f in keyframes])
    assert weights.min() >= 0.0 and weights.max() <= 1.0


def resampled_keyframes(seconds: float, rate_hz: int) -> int:
    """The keyframes the server owes for the SDK's 100 ms messages of ``seconds`` of speech at
    ``rate_hz``: the gateway's own decoder run over the same messages gives the 16 kHz length."""
    decoder = AudioDecoder(PCM_S16LE, rate_hz, MODEL_RATE_HZ)
    pcm = b"".join(decoder.feed(part) for part in pcm_chunks(synthetic_speech(seconds, rate_hz), rate_hz, 100))
    return keyframe_count((len(pcm) + len(decoder.finish())) // 2, MODEL_RATE_HZ // KEYFRAME_RATE_HZ)


@pytest.mark.parametrize("rate_hz", [8000, 22050, 24000, 32000, 44100, 48000])
async def test_every_supported_pcm_rate_gives_25_keyframes_per_second(app_credentials, rate_hz):
    recorder, req_id = await run_request(app_credentials, 1.5, rate_hz)
    expected = resampled_keyframes(1.5, rate_hz)
    assert abs(expected - expected_keyframes(1.5)) <= 1  # resampling moves the length by < 1 keyframe
    assert len(recorder.keyframes[req_id]) == expected
    assert recorder.ends[req_id] == 1


async def test_ogg_opus_through_the_sdk_encoder(app_credentials):
    pytest.importorskip("opuslib_next", reason="the SDK's Opus encoder needs opuslib_next and libopus0")
    recorder, req_id = await run_request(
        app_credentials,
        2.0,
        24000,
        audio_format=spatius.AudioFormat.OGG_OPUS,
        ogg_opus_encoder=spatius.OggOpusEncoderConfig(20, "voip"),
    )
    # Opus at 24 kHz is decoded and resampled: +-1 keyframe.
    assert abs(len(recorder.keyframes[req_id]) - expected_keyframes(2.0)) <= 1
    assert recorder.ends[req_id] == 1


async def test_several_requests_in_flight(app_credentials):
    recorder = Recorder()
    session = await open_session(app_credentials, recorder)
    first = await send_pcm(session, synthetic_speech(1.0, 16000, seed=1), 16000)
    second = await send_pcm(session, synthetic_speech(0.5, 16000, seed=2), 16000)
    assert first != second
    await asyncio.gather(recorder.ended(first), recorder.ended(second))
    await session.close()
    assert len(recorder.keyframes[first]) == keyframes_for(1.0)
    assert len(recorder.keyframes[second]) == keyframes_for(0.5) == 12  # floor(12.5)
    assert recorder.ends[first] == recorder.ends[second] == 1


async def test_interrupt_stops_the_request_and_the_session_goes_on(app_credentials):
    recorder = Recorder()
    session = await open_session(app_credentials, recorder)
    long_req = await send_pcm(session, synthetic_speech(1.0, 16000), 16000, end=False)
    await recorder.first_keyframe(long_req)
    # 30 s more audio queued at once, then interrupted: most of it must never be inferred.
    for _ in range(3):
        await session.send_audio(synthetic_speech(10.0, 16000), end=False)
    assert await session.interrupt() == long_req
    after = await send_pcm(session, synthetic_speech(0.5, 16000), 16000)
    assert after != long_req
    await recorder.ended(after)
    received_then = len(recorder.keyframes[long_req])
    await session.close()
    assert recorder.ends[long_req] == 0
    assert received_then < expected_keyframes(31.0) // 2
    assert len(recorder.keyframes[long_req]) == received_then
    assert len(recorder.keyframes[after]) == keyframes_for(0.5)


async def test_unsupported_sample_rate_is_refused(app_credentials):
    recorder = Recorder()
    session = new_session(app_credentials, recorder, sample_rate=11025)
    await session.init()
    with pytest.raises(AvatarSDKError) as caught:
        await session.start()
    assert caught.value.code == AvatarSDKErrorCode.unsupportedSampleRate


async def test_session_close_frees_the_concurrency_slot(motion_server):
    credentials = await new_app(motion_server, max_sessions=1)
    first_recorder, second_recorder = Recorder(), Recorder()
    first = await open_session(credentials, first_recorder)
    blocked = new_session(credentials, Recorder())
    await blocked.init()
    with pytest.raises(AvatarSDKError) as caught:
        await blocked.start()
    assert caught.value.server_code == "4003"
    await first.close()
    await asyncio.wait_for(sessions_ended(motion_server, credentials["app_id"]), 10)
    assert await motion_server.gateway.store.active_sessions(credentials["app_id"]) == 0
    second = new_session(credentials, second_recorder)
    await second.init()
    assert await second.start()
    await second.close()


async def test_an_app_without_credits_is_denied_at_the_upgrade(motion_server):
    credentials = await new_app(motion_server, credits_s=0.0)
    session = new_session(credentials, Recorder())
    await session.init()
    with pytest.raises(AvatarSDKError) as caught:
        await session.start()
    assert caught.value.code == AvatarSDKErrorCode.billingRequired  # HTTP 402 "session denied"


async def test_any_contract_model_is_served_by_setting(ray_cluster, redis_client, tmp_path):
    """A gateway whose SPATIUS_MODEL_PATH names another contract model (here a synthetic one
    with two keyframes of lookahead) serves it, flushing the lookahead at each end."""
    from tests.unit.test_engine import delay_model

    model_path = tmp_path / "delay.onnx"
    assert delay_model(model_path, lookahead=2).lookahead_keyframes == 2
    settings = server_settings(region="lookahead", model_path=str(model_path))
    running = await server.start(settings, redis=redis_client)
    try:
        assert running.gateway.lookahead_keyframes == 2
        credentials = await new_app(running)
        recorder, req_id = await run_request(credentials, 1.3)
        assert len(recorder.keyframes[req_id]) == expected_keyframes(1.3)
        assert recorder.ends[req_id] == 1
    finally:
        await running.stop()
        ray.kill(ray.get_actor("motion-shard-lookahead-0", namespace=settings.ray_namespace))
        await delete_prefix(redis_client, settings.redis_prefix)


async def test_processed_audio_is_charged_to_credits(motion_server):
    credentials = await new_app(motion_server, credits_s=100.0)
    await run_request(credentials, 2.0)
    await asyncio.wait_for(sessions_ended(motion_server, credentials["app_id"]), 10)
    remaining = await motion_server.gateway.store.credits(credentials["app_id"])
    assert remaining == pytest.approx(98.0, abs=0.05)


async def test_two_gateways_share_the_region_shards(motion_server, redis_client):
    """Gateways are stateless: a second one in the same region finds the same named shard
    actors and Redis records, so an app created through one is served by both."""
    second = await server.start(motion_server.settings, redis=redis_client)
    try:
        assert set(second.gateway.dispatcher.shard_handles) == set(motion_server.gateway.dispatcher.shard_handles)
        credentials = await new_app(motion_server)
        through_second = type(credentials)(credentials, console_url=second.console_url, ingress_url=second.ingress_url)
        (first_recorder, first_req), (second_recorder, second_req) = await asyncio.gather(
            run_request(credentials, 1.0), run_request(through_second, 1.0)
        )
        assert len(first_recorder.keyframes[first_req]) == keyframes_for(1.0)
        assert len(second_recorder.keyframes[second_req]) == keyframes_for(1.0)
        announced = await motion_server.gateway.store.gateways(motion_server.settings.region)
        assert {g.url for g in announced} >= {motion_server.ingress_url, second.ingress_url}
    finally:
        await second.stop()


@pytest.mark.parametrize("rate_hz", [16000, 48000])
async def test_keyframe_count_is_the_hosted_services(app_credentials, rate_hz):
    """The recorded hosted replies: 20.3 s of audio gave 507 keyframes at 16 kHz and at 48 kHz."""
    recorder, req_id = await run_request(app_credentials, 20.3, rate_hz)
    assert len(recorder.keyframes[req_id]) == 507 and recorder.ends[req_id] == 1
