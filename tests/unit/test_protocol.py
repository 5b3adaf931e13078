"""spatius_motion.gateway.protocol: decoding client frames, encoding server frames, and what the
official SDK makes of them."""

from __future__ import annotations

import asyncio
import random

import numpy as np
import pytest
from spatius import new_avatar_session, telemetry
from spatius.errors import AvatarSDKError, AvatarSDKErrorCode
from spatius.proto.generated import message_pb2 as sdk

from spatius_motion import errors
from spatius_motion.gateway import protocol
from spatius_motion.gateway.proto import spatius_pb2 as pb

MAX = 1 << 20
CID = "conn-0123456789"
REQ = "20250101120000_abcdefghijkl"

SPEC_FLAME_FIELDS = (
    # name, first column, float count (spec section 4)
    ("translation", 0, 3),
    ("rotation", 3, 3),
    ("neck_pose", 6, 3),
    ("jaw_pose", 9, 3),
    ("eye_pose", 12, 6),
    ("eye_lid", 18, 2),
    ("expression", 20, 100),
)

# error class -> (spec text the SDKs match, ServerError.code, fatal)
SPEC_ERRORS = {
    errors.ExpectedConfigure: ("expected ClientConfigureSession message", 0, True),
    errors.ConfigureMissing: ("ClientConfigureSession message is nil", 0, True),
    errors.UnmarshalFailed: ("failed to unmarshal initial message", 0, True),
    errors.UnexpectedMessage: ("unexpected message type", 0, True),
    errors.MessageTooBig: ("message too big", 0, True),
    errors.UnsupportedSampleRate: ("unsupported sample rate", 0, True),
    errors.UnsupportedFormat: ("unsupported audio format", 0, True),
    errors.EgressUnavailable: ("egress client is not configured on server", 14, True),
    errors.InvalidReqId: ("invalid req_id", 3, False),
}


def envelope(kind: int, **data) -> bytes:
    return pb.Message(type=kind, **data).SerializeToString()


def configure(**fields) -> bytes:
    fields.setdefault("sample_rate", 16000)
    return envelope(
        pb.MESSAGE_CLIENT_CONFIGURE_SESSION,
        client_configure_session=pb.ClientConfigureSession(**fields),
    )


def audio(req_id: str = REQ, end: bool = False, data: bytes = b"\x01\x00" * 160) -> bytes:
    return envelope(
        pb.MESSAGE_CLIENT_AUDIO_INPUT,
        client_audio_input=pb.ClientAudioInput(req_id=req_id, end=end, audio=data),
    )


def interrupt(req_id: str = REQ) -> bytes:
    return envelope(pb.MESSAGE_CLIENT_INTERRUPT, client_interrupt=pb.ClientInterrupt(req_id=req_id))


def check_spec_error(error: errors.SpatiusError, cls: type[errors.SpatiusError]) -> None:
    text, code, fatal = SPEC_ERRORS[cls]
    assert type(error) is cls
    assert error.message == text or error.message.startswith(text + ": ")
    assert (error.code, error.fatal) == (code, fatal)


# --- layout ----------------------------------------------------------------------------
def test_flame_slices_follow_the_spec_layout():
    for (number, cols), (name, first, count) in zip(protocol.FLAME_FIELDS, SPEC_FLAME_FIELDS):
        assert pb.Flame.DESCRIPTOR.fields_by_name[name].number == number
        assert (cols.start, cols.stop) == (first, first + count)
    assert [
        protocol.TRANSLATION,
        protocol.ROTATION,
        protocol.NECK_POSE,
        protocol.JAW_POSE,
        protocol.EYE_POSE,
        protocol.EYE_LID,
        protocol.EXPRESSION,
    ] == [cols for _, cols in protocol.FLAME_FIELDS]


# --- ClientConfigureSession ----------------------------------------------------------
@pytest.mark.parametrize("rate", [8000, 16000, 22050, 24000, 32000, 44100, 48000])
def test_configure_pcm_rates(rate):
    got = protocol.decode_configure(configure(sample_rate=rate, extra_params={"arkit": "1"}), MAX)
    assert got == protocol.Configure(
        sample_rate_hz=rate,
        bitrate=0,
        audio_format=pb.AUDIO_FORMAT_PCM_S16LE,
        egress_type=pb.EGRESS_TYPE_UNSPECIFIED,
        extra_params={"arkit": "1"},
    )


@pytest.mark.parametrize("rate", [8000, 12000, 16000, 24000, 48000])
def test_configure_opus_rates(rate):
    got = protocol.decode_configure(
        configure(sample_rate=rate, bitrate=32000, audio_format=pb.AUDIO_FORMAT_OGG_OPUS), MAX
    )
    assert (got.sample_rate_hz, got.bitrate, got.audio_format) == (rate, 32000, pb.AUDIO_FORMAT_OGG_OPUS)


def test_configure_from_official_sdk_message():
    message = sdk.Message(type=sdk.MESSAGE_CLIENT_CONFIGURE_SESSION)
    message.client_configure_session.sample_rate = 24000
    message.client_configure_session.audio_format = sdk.AUDIO_FORMAT_OGG_OPUS
    message.client_configure_session.extra_params["k"] = "v"
    got = protocol.decode_configure(message.SerializeToString(), MAX)
    assert (got.sample_rate_hz, got.audio_format, got.extra_params) == (24000, 1, {"k": "v"})


CONFIGURE_FAILURES = [
    ("text frame", "hello", errors.ExpectedConfigure),
    ("empty frame", b"", errors.ExpectedConfigure),
    ("audio first", audio(), errors.ExpectedConfigure),
    ("interrupt first", interrupt(), errors.ExpectedConfigure),
    (
        "configure oneof under audio type",
        envelope(pb.MESSAGE_CLIENT_AUDIO_INPUT, client_configure_session=pb.ClientConfigureSession(sample_rate=16000)),
        errors.ExpectedConfigure,
    ),
    ("junk", b"\xff\xff\xff\xff", errors.UnmarshalFailed),
    ("truncated", configure(extra_params={"key": "value"})[:-3], errors.UnmarshalFailed),
    ("type without oneof", envelope(pb.MESSAGE_CLIENT_CONFIGURE_SESSION), errors.ConfigureMissing),
    (
        "type with other oneof",
        envelope(pb.MESSAGE_CLIENT_CONFIGURE_SESSION, client_audio_input=pb.ClientAudioInput(req_id=REQ)),
        errors.ConfigureMissing,
    ),
    ("pcm 12 kHz", configure(sample_rate=12000), errors.UnsupportedSampleRate),
    ("pcm 0 Hz", configure(sample_rate=0), errors.UnsupportedSampleRate),
    ("pcm negative", configure(sample_rate=-16000), errors.UnsupportedSampleRate),
    (
        "opus 44.1 kHz",
        configure(sample_rate=44100, audio_format=pb.AUDIO_FORMAT_OGG_OPUS),
        errors.UnsupportedSampleRate,
    ),
    ("unknown format", configure(audio_format=7), errors.UnsupportedFormat),
    ("compression", configure(transport_compression=1), errors.UnsupportedFormat),
    (
        "livekit",
        configure(egress_type=pb.EGRESS_TYPE_LIVEKIT, livekit_egress=pb.LiveKitEgressConfig(room_name="r")),
        errors.EgressUnavailable,
    ),
    (
        "agora",
        configure(egress_type=pb.EGRESS_TYPE_AGORA, agora_egress=pb.AgoraEgressConfig(channel_name="c")),
        errors.EgressUnavailable,
    ),
    (
        "livekit config without type",
        configure(livekit_egress=pb.LiveKitEgressConfig(url="wss://x")),
        errors.EgressUnavailable,
    ),
    ("unknown egress type", configure(egress_type=9), errors.EgressUnavailable),
]


@pytest.mark.parametrize("data, cls", [c[1:] for c in CONFIGURE_FAILURES], ids=[c[0] for c in CONFIGURE_FAILURES])
def test_configure_failures(data, cls):
    with pytest.raises(errors.SpatiusError) as caught:
        protocol.decode_configure(data, MAX)
    check_spec_error(caught.value, cls)


@pytest.mark.parametrize("frame", [configure(), "x" * 65])
def test_configure_oversize(frame):
    with pytest.raises(errors.MessageTooBig) as caught:
        protocol.decode_configure(frame, len(frame) - 1)
    check_spec_error(caught.value, errors.MessageTooBig)
    assert caught.value.close_code == 1009
    assert protocol.decode_configure(configure(), len(configure())).sample_rate_hz == 16000


# --- later client frames -----------------------------------------------------------------
def test_audio_and_interrupt_round_trip():
    assert protocol.decode_client(audio(data=b"\x02\x00"), MAX) == protocol.AudioInput(REQ, False, b"\x02\x00")
    assert protocol.decode_client(audio(end=True, data=b""), MAX) == protocol.AudioInput(REQ, True, b"")
    assert protocol.decode_client(interrupt(), MAX) == protocol.Interrupt(REQ)
    assert protocol.decode_client(bytearray(interrupt()), MAX) == protocol.Interrupt(REQ)


def test_audio_from_official_sdk_message_with_trace_context():
    message = sdk.Message(type=sdk.MESSAGE_CLIENT_AUDIO_INPUT)
    message.client_audio_input.req_id = REQ
    message.client_audio_input.audio = b"\x00\x01" * 800
    message.client_audio_input.trace_context.traceparent = "00-" + "1" * 32 + "-" + "2" * 16 + "-01"
    assert protocol.decode_client(message.SerializeToString(), MAX) == protocol.AudioInput(
        REQ, False, b"\x00\x01" * 800
    )


def test_text_frames_after_handshake_are_ignored():
    assert protocol.decode_client("ping", MAX) is None
    assert protocol.decode_client("", MAX) is None


def nested_values(depth: int) -> bytes:
    """A DrivenIngressConfig whose model_settings Struct nests ``depth`` ListValues."""

    def field(number: int, payload: bytes) -> bytes:
        assert len(payload) < 1 << 21
        length = bytearray()
        value = len(payload)
        while value > 0x7F:
            length.append(value & 0x7F | 0x80)
            value >>= 7
        length.append(value)
        return bytes([number << 3 | 2]) + bytes(length) + payload

    value = b""
    for _ in range(depth):
        value = field(6, field(1, value))  # Value.list_value -> ListValue.values
    struct = field(1, field(1, b"k") + field(2, value))  # Struct.fields map entry
    return bytes([0x08, pb.MESSAGE_CLIENT_DRIVEN_CONFIG]) + field(7, field(4, struct))


@pytest.mark.parametrize(
    "frame",
    [
        envelope(pb.MESSAGE_CLIENT_PAUSE, client_pause=pb.ClientPause(req_id=REQ)),
        envelope(pb.MESSAGE_CLIENT_RESUME, client_resume=pb.ClientResume(req_id=REQ)),
        envelope(pb.MESSAGE_CLIENT_PAUSE),  # the fork numbers its oneof fields differently
        bytes([0x08, pb.MESSAGE_CLIENT_RESUME, 0x52, 0x03, 0x0A, 0x01, 0x72]),  # fork: client_resume = field 10
    ],
    ids=["pause", "resume", "pause without oneof", "fork resume"],
)
def test_fork_pause_and_resume_are_ignored(frame):
    """The SpatialReal fork's pause()/resume() send types 8 and 9; without the playback_control
    capability they are no-ops, not protocol errors that end the session."""
    assert protocol.decode_client(frame, 1 << 20) is None


CLIENT_FAILURES = [
    ("junk", b"\xff\xff\xff\xff", errors.UnexpectedMessage),
    ("truncated", audio()[:-5], errors.UnexpectedMessage),
    ("invalid utf-8 req_id", bytes([0x08, 3, 0x22, 4, 0x0A, 2, 0xC3, 0x28]), errors.UnexpectedMessage),
    ("deep nesting", nested_values(500), errors.UnexpectedMessage),
    ("empty frame", b"", errors.UnexpectedMessage),
    ("second configure", configure(), errors.UnexpectedMessage),
    (
        "driven config",
        envelope(pb.MESSAGE_CLIENT_DRIVEN_CONFIG, client_driven_config=pb.DrivenIngressConfig(driven_server_url="x")),
        errors.UnexpectedMessage,
    ),
    (
        "server confirm",
        envelope(pb.MESSAGE_SERVER_CONFIRM_SESSION, server_confirm_session=pb.ServerConfirmSession(connection_id=CID)),
        errors.UnexpectedMessage,
    ),
    ("server error", envelope(pb.MESSAGE_SERVER_ERROR, server_error=pb.ServerError(code=3)), errors.UnexpectedMessage),
    (
        "server animation",
        envelope(
            pb.MESSAGE_SERVER_RESPONSE_ANIMATION, server_response_animation=pb.ServerResponseAnimation(req_id=REQ)
        ),
        errors.UnexpectedMessage,
    ),
    (
        "playback state",
        envelope(pb.MESSAGE_SERVER_PLAYBACK_STATE, server_playback_state=pb.ServerPlaybackState(req_id=REQ)),
        errors.UnexpectedMessage,
    ),
    ("unknown type", envelope(42), errors.UnexpectedMessage),
    ("audio type without oneof", envelope(pb.MESSAGE_CLIENT_AUDIO_INPUT), errors.UnexpectedMessage),
    (
        "audio type with interrupt oneof",
        envelope(pb.MESSAGE_CLIENT_AUDIO_INPUT, client_interrupt=pb.ClientInterrupt(req_id=REQ)),
        errors.UnexpectedMessage,
    ),
    (
        "interrupt type with audio oneof",
        envelope(pb.MESSAGE_CLIENT_INTERRUPT, client_audio_input=pb.ClientAudioInput(req_id=REQ)),
        errors.UnexpectedMessage,
    ),
    (
        "audio oneof without type",
        envelope(pb.MESSAGE_UNSPECIFIED, client_audio_input=pb.ClientAudioInput(req_id=REQ)),
        errors.UnexpectedMessage,
    ),
    ("audio without req_id", audio(req_id=""), errors.InvalidReqId),
    ("audio with overlong req_id", audio(req_id="r" * (protocol.MAX_REQ_ID_CHARS + 1)), errors.InvalidReqId),
    ("interrupt without req_id", interrupt(req_id=""), errors.InvalidReqId),
]


@pytest.mark.parametrize("data, cls", [c[1:] for c in CLIENT_FAILURES], ids=[c[0] for c in CLIENT_FAILURES])
def test_client_failures(data, cls):
    with pytest.raises(errors.SpatiusError) as caught:
        protocol.decode_client(data, MAX)
    check_spec_error(caught.value, cls)


def test_longest_req_id_is_accepted():
    req_id = "r" * protocol.MAX_REQ_ID_CHARS
    assert protocol.decode_client(audio(req_id=req_id), MAX).req_id == req_id


def test_client_oversize_beats_everything_else():
    frame = audio(data=b"\x00" * 4000)
    with pytest.raises(errors.MessageTooBig) as caught:
        protocol.decode_client(frame, len(frame) - 1)
    check_spec_error(caught.value, errors.MessageTooBig)
    with pytest.raises(errors.MessageTooBig):
        protocol.decode_client("t" * 100, 99)
    assert protocol.decode_client(frame, len(frame)).audio == b"\x00" * 4000


def test_random_bytes_raise_only_spatius_errors():
    rng = random.Random(20250101)
    valid = [configure(extra_params={"arkit": "yes"}), audio(), interrupt(), audio(end=True, data=b"")]
    inputs = [rng.randbytes(rng.randrange(0, 300)) for _ in range(1000)]
    for _ in range(1000):
        frame = bytearray(rng.choice(valid))
        for _ in range(rng.randrange(1, 4)):
            frame[rng.randrange(len(frame))] = rng.randrange(256)
        inputs.append(bytes(frame[: rng.randrange(len(frame) + 1)]))
    outcomes: dict[str, int] = {}
    for data in inputs:
        for decode in (protocol.decode_configure, protocol.decode_client):
            try:
                result = decode(data, 256)
            except errors.SpatiusError as error:
                assert error.message.startswith(SPEC_ERRORS[type(error)][0])
                name = type(error).__name__
            else:
                assert isinstance(result, (protocol.Configure, protocol.AudioInput, protocol.Interrupt))
                name = type(result).__name__
            outcomes[name] = outcomes.get(name, 0) + 1
    # The mutated inputs exercise rejections deep in decoding, not just the parser.
    for name in ("UnmarshalFailed", "UnexpectedMessage", "ExpectedConfigure", "MessageTooBig", "AudioInput"):
        assert outcomes.get(name, 0) > 0, outcomes


# --- server messages ------------------------------------------------------------------------
def test_confirm_parses_with_official_sdk():
    message = sdk.Message.FromString(protocol.encode_confirm(CID))
    assert message.type == sdk.MESSAGE_SERVER_CONFIRM_SESSION
    assert message.WhichOneof("data") == "server_confirm_session"
    assert message.server_confirm_session.connection_id == CID
    with pytest.raises(ValueError):
        protocol.encode_confirm("")


def test_error_parses_with_official_sdk():
    error = errors.InvalidReqId("empty", req_id="abc")
    message = sdk.Message.FromString(protocol.encode_error(error, CID))
    assert message.type == sdk.MESSAGE_SERVER_ERROR
    got = message.server_error
    assert (got.connection_id, got.req_id, got.code, got.message) == (CID, "abc", 3, "invalid req_id: empty")
    bare = sdk.Message.FromString(protocol.encode_error(errors.UnmarshalFailed()))
    assert bare.WhichOneof("data") == "server_error"
    assert (bare.server_error.connection_id, bare.server_error.code) == ("", 0)
    assert bare.server_error.message == "failed to unmarshal initial message"


def reference_animation(connection_id, req_id, end, flame, arkit) -> bytes:
    """The same message built field by field through protobuf, from the spec's layout."""
    message = pb.Message(type=pb.MESSAGE_SERVER_RESPONSE_ANIMATION)
    body = message.server_response_animation
    body.connection_id, body.req_id, body.end = connection_id, req_id, end
    body.animation.SetInParent()
    for i, row in enumerate(flame.tolist()):
        keyframe = body.animation.keyframes.add()
        for name, first, count in SPEC_FLAME_FIELDS:
            getattr(keyframe, name).extend(row[first : first + count])
        if arkit is not None:
            keyframe.arkit.extend(arkit[i].tolist())
    return message.SerializeToString()


@pytest.mark.parametrize("with_arkit", [False, True])
@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 5, 9, 25, 100])
def test_animation_bytes_equal_protobuf(count, with_arkit):
    rng = np.random.default_rng(count)
    flame = rng.standard_normal((count, 120)).astype(np.float32)
    arkit = rng.random((count, 52), dtype=np.float32) if with_arkit else None
    for connection_id, req_id, end in [(CID, REQ, False), ("", "", True), ("é" * 70, REQ, True)]:
        got = protocol.encode_animation(connection_id, req_id, end, flame, arkit)
        assert got == reference_animation(connection_id, req_id, end, flame, arkit)


def test_animation_parses_to_the_same_floats():
    rng = np.random.default_rng(7)
    flame = rng.standard_normal((30, 120)).astype(np.float32)
    flame[0, :6] = [0.0, -0.0, np.inf, -np.inf, np.float32(1e-45), np.finfo(np.float32).max]
    arkit = rng.random((30, 52), dtype=np.float32)
    for rows in (slice(0, 2), slice(0, 30)):  # both encoder paths
        message = pb.Message.FromString(protocol.encode_animation(CID, REQ, True, flame[rows], arkit[rows]))
        assert message.type == pb.MESSAGE_SERVER_RESPONSE_ANIMATION
        body = message.server_response_animation
        assert (body.connection_id, body.req_id, body.end, body.avatar_id) == (CID, REQ, True, "")
        keyframes = body.animation.keyframes
        decoded = np.array(
            [[v for name, _, _ in SPEC_FLAME_FIELDS for v in getattr(k, name)] for k in keyframes],
            dtype=np.float32,
        )
        assert decoded.tobytes() == flame[rows].tobytes()  # bit-exact, signed zero included
        assert np.array([list(k.arkit) for k in keyframes], dtype=np.float32).tobytes() == arkit[rows].tobytes()


def test_animation_without_arkit_has_no_arkit_field():
    flame = np.ones((2, 120), np.float32)
    body = pb.Message.FromString(protocol.encode_animation(CID, REQ, False, flame, None))
    assert all(len(k.arkit) == 0 for k in body.server_response_animation.animation.keyframes)
    assert len(body.server_response_animation.animation.keyframes) == 2


def test_animation_accepts_views_and_other_dtypes():
    rng = np.random.default_rng(3)
    wide = rng.standard_normal((10, 300))
    flame64, arkit_view = wide[:, 10:130], wide[:, 200:252]
    got = protocol.encode_animation(CID, REQ, False, flame64, arkit_view)
    assert got == protocol.encode_animation(
        CID, REQ, False, flame64.astype(np.float32), np.ascontiguousarray(arkit_view, np.float32)
    )
    big_endian = flame64.astype(">f4")
    assert protocol.encode_animation(CID, REQ, False, big_endian, None) == protocol.encode_animation(
        CID, REQ, False, flame64.astype("<f4"), None
    )


def test_animation_parses_with_official_sdk():
    flame = np.zeros((5, 120), np.float32)
    message = sdk.Message.FromString(protocol.encode_animation(CID, REQ, True, flame, np.zeros((5, 52), np.float32)))
    assert message.type == sdk.MESSAGE_SERVER_RESPONSE_ANIMATION
    body = message.server_response_animation
    assert (body.connection_id, body.req_id, body.end) == (CID, REQ, True)


@pytest.mark.parametrize(
    "flame, arkit",
    [
        (np.zeros((2, 119), np.float32), None),
        (np.zeros(120, np.float32), None),
        (np.zeros((2, 120), np.float32), np.zeros((2, 51), np.float32)),
        (np.zeros((2, 120), np.float32), np.zeros((3, 52), np.float32)),
        (np.zeros((protocol.MAX_KEYFRAMES_PER_MESSAGE + 1, 120), np.float32), None),
    ],
)
def test_animation_rejects_bad_input(flame, arkit):
    with pytest.raises(ValueError):
        protocol.encode_animation(CID, REQ, False, flame, arkit)


def test_animation_sizes():
    one = len(protocol.encode_animation("", "", False, np.zeros((1, 120), np.float32), None))
    two = len(protocol.encode_animation("", "", False, np.zeros((2, 120), np.float32), None))
    assert two - one == 498  # spec: about 499 bytes per 120-float keyframe
    largest = protocol.encode_animation(
        "c" * 64,
        "r" * protocol.MAX_REQ_ID_CHARS,
        True,
        np.zeros((protocol.MAX_KEYFRAMES_PER_MESSAGE, 120), np.float32),
        np.zeros((protocol.MAX_KEYFRAMES_PER_MESSAGE, 52), np.float32),
    )
    assert len(largest) < 1 << 20  # the SDK's websockets client refuses bigger messages


@pytest.mark.parametrize(
    "params, wanted",
    [
        ({}, False),
        ({"arkit": "1"}, True),
        ({"arkit": "true"}, True),
        ({"arkit": "Yes"}, True),
        ({"arkit": " TRUE "}, True),
        ({"arkit": "0"}, False),
        ({"arkit": "false"}, False),
        ({"arkit": ""}, False),
        ({"ARKIT": "1"}, False),
        ({"other": "1"}, False),
    ],
)
def test_wants_arkit(params, wanted):
    assert protocol.wants_arkit(params) is wanted


# --- the official SDK's session code against these frames -----------------------------------
class ScriptedSocket:
    """Stands in for the SDK's websockets connection: records sends, replays scripted frames."""

    def __init__(self, replies: list[bytes] = ()) -> None:
        self.sent: list[bytes] = []
        self._replies = list(replies)

    async def send(self, data: bytes) -> None:
        self.sent.append(data)

    async def recv(self) -> bytes:
        return self._replies.pop(0)

    async def close(self) -> None:
        pass


@pytest.fixture(scope="module", autouse=True)
def sdk_telemetry_off():
    """The SDK exports OTLP telemetry by default; unit tests stay off the network."""
    telemetry.shutdown_telemetry()
    telemetry.configure_telemetry("")
    yield
    telemetry.shutdown_telemetry()
    telemetry.configure_telemetry("")  # tests/conftest.py keeps telemetry off for the whole run


def sdk_session(socket: ScriptedSocket, **options):
    session = new_avatar_session(
        avatar_id="avatar",
        api_key="key",
        app_id="app",
        console_endpoint_url="http://127.0.0.1:9/v1/console",
        ingress_endpoint_url="ws://127.0.0.1:9/v2/driveningress",
        **options,
    )
    session._connection = socket  # the SDK's own frame building and parsing, minus the socket
    return session


def test_official_sdk_frames_decode():
    async def run() -> ScriptedSocket:
        socket = ScriptedSocket()
        session = sdk_session(socket, sample_rate=24000, extra_params={"arkit": "true"})
        await session._send_client_configure_session()
        first = await session.send_audio(b"\x01\x00" * 2400)
        await session.send_audio(b"", end=True)
        await session.interrupt()
        second = await session.send_audio(b"\x02\x00" * 10, end=True)
        assert first != second
        return socket

    socket = asyncio.run(run())
    configured = protocol.decode_configure(socket.sent[0], MAX)
    assert (configured.sample_rate_hz, configured.audio_format) == (24000, pb.AUDIO_FORMAT_PCM_S16LE)
    assert protocol.wants_arkit(configured.extra_params)
    frames = [protocol.decode_client(frame, MAX) for frame in socket.sent[1:]]
    first = frames[0].req_id
    assert len(first) == 27 and first[14] == "_"
    assert frames[:3] == [
        protocol.AudioInput(first, False, b"\x01\x00" * 2400),
        protocol.AudioInput(first, True, b""),
        protocol.Interrupt(first),
    ]
    assert frames[3].end and frames[3].audio == b"\x02\x00" * 10 and frames[3].req_id != first


def test_official_sdk_accepts_confirm_and_animation():
    received: list[tuple[bytes, bool]] = []
    socket = ScriptedSocket([protocol.encode_confirm(CID)])
    session = sdk_session(socket, transport_frames=lambda data, last: received.append((data, last)))
    frames = [
        protocol.encode_animation(CID, REQ, False, np.zeros((3, 120), np.float32), None),
        protocol.encode_animation(CID, REQ, True, np.zeros((0, 120), np.float32), None),
    ]

    async def run() -> str:
        connection_id = await session._await_server_confirm_session()
        for frame in frames:
            await session._handle_binary_message(frame)
        return connection_id

    assert asyncio.run(run()) == CID
    assert received == [(frames[0], False), (frames[1], True)]


@pytest.mark.parametrize(
    "error, sdk_code",
    [
        (errors.ExpectedConfigure("got a text frame"), AvatarSDKErrorCode.protocolError),
        (errors.ConfigureMissing(), AvatarSDKErrorCode.protocolError),
        (errors.UnmarshalFailed(), AvatarSDKErrorCode.protocolError),
        (errors.UnexpectedMessage("type 6"), AvatarSDKErrorCode.protocolError),
        (errors.UnsupportedSampleRate("12000 Hz"), AvatarSDKErrorCode.unsupportedSampleRate),
        (errors.EgressUnavailable(), AvatarSDKErrorCode.egressUnavailable),
        (errors.InvalidReqId("empty"), AvatarSDKErrorCode.invalidRequest),
    ],
)
def test_official_sdk_classifies_handshake_errors(error, sdk_code):
    session = sdk_session(ScriptedSocket([protocol.encode_error(error, CID)]))
    with pytest.raises(AvatarSDKError) as caught:
        asyncio.run(session._await_server_confirm_session())
    assert caught.value.code == sdk_code
    assert caught.value.server_code == str(error.code)
    assert caught.value.server_detail == error.message
