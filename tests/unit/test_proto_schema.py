"""The wire schema: committed module == .proto, a superset of the official SDK's, and the spec's numbers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2, text_format
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor
from spatius.proto.generated import message_pb2 as sdk

from spatius_motion.gateway import proto
from spatius_motion.gateway.proto import spatius_pb2 as pb

F = FieldDescriptor


def serialized_descriptor(module_source: str) -> bytes:
    """The FileDescriptorProto bytes a generated ``*_pb2.py`` registers, read without importing it."""
    for node in ast.walk(ast.parse(module_source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "AddSerializedFile"
        ):
            return ast.literal_eval(node.args[0])
    raise AssertionError("no AddSerializedFile call in generated module")


def as_text(serialized: bytes) -> str:
    return text_format.MessageToString(descriptor_pb2.FileDescriptorProto.FromString(serialized))


def test_committed_module_matches_proto(tmp_path: Path):
    generated = proto.generate(tmp_path)
    fresh = serialized_descriptor(generated.read_text())
    committed = serialized_descriptor((proto.PROTO_DIR / "spatius_pb2.py").read_text())
    assert committed == pb.DESCRIPTOR.serialized_pb
    if fresh != committed:  # show which fields differ, then fail
        assert as_text(fresh) == as_text(committed), "run scripts/gen_proto.sh"
        pytest.fail("descriptors serialize differently; run scripts/gen_proto.sh")


def test_generate_reports_protoc_failure(tmp_path: Path, monkeypatch):
    broken = tmp_path / "in"
    broken.mkdir()
    (broken / "spatius.proto").write_text('syntax = "proto3"; message Broken { int32 x = ; }')
    monkeypatch.setattr(proto, "PROTO_DIR", broken)
    monkeypatch.setattr(proto, "PROTO_FILE", broken / "spatius.proto")
    with pytest.raises(RuntimeError, match="protoc failed"):
        proto.generate(tmp_path / "out")


def relative_name(full_name: str, package: str) -> str:
    return full_name.removeprefix(package + ".")


def field_signature(field: FieldDescriptor, package: str) -> tuple:
    type_name = ""
    if field.message_type is not None:
        type_name = relative_name(field.message_type.full_name, package)
    elif field.enum_type is not None:
        type_name = relative_name(field.enum_type.full_name, package)
    oneof = field.containing_oneof.name if field.containing_oneof else None
    return field.number, field.type, field.is_repeated, type_name, oneof


def all_messages(messages) -> list[Descriptor]:
    out = []
    for message in messages:
        out.append(message)
        out.extend(all_messages(message.nested_types))
    return out


SDK_PACKAGE = sdk.DESCRIPTOR.package
OUR_PACKAGE = pb.DESCRIPTOR.package


def ours(full_name: str) -> Descriptor:
    return pb.DESCRIPTOR.pool.FindMessageTypeByName(OUR_PACKAGE + "." + relative_name(full_name, SDK_PACKAGE))


@pytest.mark.parametrize(
    "message", all_messages(sdk.DESCRIPTOR.message_types_by_name.values()), ids=lambda m: m.full_name
)
def test_every_sdk_field_exists_with_same_number_and_type(message: Descriptor):
    mine = ours(message.full_name)
    assert mine.GetOptions().map_entry == message.GetOptions().map_entry
    for field in message.fields:
        assert field.name in mine.fields_by_name, f"{message.name}.{field.name} missing"
        assert field_signature(mine.fields_by_name[field.name], OUR_PACKAGE) == field_signature(field, SDK_PACKAGE), (
            f"{message.name}.{field.name}"
        )


@pytest.mark.parametrize("enum", sdk.DESCRIPTOR.enum_types_by_name.values(), ids=lambda e: e.name)
def test_every_sdk_enum_value_exists_with_same_number(enum: EnumDescriptor):
    mine = pb.DESCRIPTOR.enum_types_by_name[enum.name]
    for value in enum.values:
        assert mine.values_by_name[value.name].number == value.number


def test_packages_differ_so_both_modules_load_in_one_process():
    assert (OUR_PACKAGE, SDK_PACKAGE) == ("driveningress.v2", "message")


# (message, field, number, type, repeated) from spec sections 3 and 4.
SPEC_FIELDS = [
    ("Message", "type", 1, F.TYPE_ENUM, False),
    ("Message", "client_configure_session", 2, F.TYPE_MESSAGE, False),
    ("Message", "server_confirm_session", 3, F.TYPE_MESSAGE, False),
    ("Message", "client_audio_input", 4, F.TYPE_MESSAGE, False),
    ("Message", "server_error", 5, F.TYPE_MESSAGE, False),
    ("Message", "server_response_animation", 6, F.TYPE_MESSAGE, False),
    ("Message", "client_driven_config", 7, F.TYPE_MESSAGE, False),
    ("Message", "client_interrupt", 8, F.TYPE_MESSAGE, False),
    ("Message", "client_pause", 9, F.TYPE_MESSAGE, False),
    ("Message", "client_resume", 10, F.TYPE_MESSAGE, False),
    ("Message", "server_playback_state", 11, F.TYPE_MESSAGE, False),
    ("ClientConfigureSession", "sample_rate", 1, F.TYPE_INT32, False),
    ("ClientConfigureSession", "bitrate", 2, F.TYPE_INT32, False),
    ("ClientConfigureSession", "audio_format", 3, F.TYPE_ENUM, False),
    ("ClientConfigureSession", "transport_compression", 4, F.TYPE_ENUM, False),
    ("ClientConfigureSession", "egress_type", 5, F.TYPE_ENUM, False),
    ("ClientConfigureSession", "livekit_egress", 6, F.TYPE_MESSAGE, False),
    ("ClientConfigureSession", "agora_egress", 7, F.TYPE_MESSAGE, False),
    ("ClientConfigureSession", "extra_params", 8, F.TYPE_MESSAGE, True),
    ("ServerConfirmSession", "connection_id", 1, F.TYPE_STRING, False),
    ("ServerConfirmSession", "capabilities", 2, F.TYPE_STRING, True),
    ("ClientAudioInput", "req_id", 1, F.TYPE_STRING, False),
    ("ClientAudioInput", "end", 2, F.TYPE_BOOL, False),
    ("ClientAudioInput", "audio", 3, F.TYPE_BYTES, False),
    ("ClientAudioInput", "trace_context", 4, F.TYPE_MESSAGE, False),
    ("TraceContext", "traceparent", 1, F.TYPE_STRING, False),
    ("TraceContext", "tracestate", 2, F.TYPE_STRING, False),
    ("ServerError", "connection_id", 1, F.TYPE_STRING, False),
    ("ServerError", "req_id", 2, F.TYPE_STRING, False),
    ("ServerError", "code", 3, F.TYPE_INT32, False),
    ("ServerError", "message", 4, F.TYPE_STRING, False),
    ("ServerResponseAnimation", "connection_id", 1, F.TYPE_STRING, False),
    ("ServerResponseAnimation", "req_id", 2, F.TYPE_STRING, False),
    ("ServerResponseAnimation", "end", 3, F.TYPE_BOOL, False),
    ("ServerResponseAnimation", "animation", 4, F.TYPE_MESSAGE, False),
    ("ServerResponseAnimation", "avatar_id", 5, F.TYPE_STRING, False),
    ("ClientInterrupt", "req_id", 1, F.TYPE_STRING, False),
    ("ClientPause", "req_id", 1, F.TYPE_STRING, False),
    ("ClientResume", "req_id", 1, F.TYPE_STRING, False),
    ("ServerPlaybackState", "connection_id", 1, F.TYPE_STRING, False),
    ("ServerPlaybackState", "req_id", 2, F.TYPE_STRING, False),
    ("ServerPlaybackState", "state", 3, F.TYPE_ENUM, False),
    ("ServerPlaybackState", "played_ms", 4, F.TYPE_INT64, False),
    ("ServerPlaybackState", "reason", 5, F.TYPE_STRING, False),
    ("LiveKitEgressConfig", "url", 1, F.TYPE_STRING, False),
    ("LiveKitEgressConfig", "api_key", 2, F.TYPE_STRING, False),
    ("LiveKitEgressConfig", "api_secret", 3, F.TYPE_STRING, False),
    ("LiveKitEgressConfig", "room_name", 4, F.TYPE_STRING, False),
    ("LiveKitEgressConfig", "publisher_id", 5, F.TYPE_STRING, False),
    ("LiveKitEgressConfig", "extra_attributes", 6, F.TYPE_MESSAGE, True),
    ("LiveKitEgressConfig", "idle_timeout", 7, F.TYPE_INT32, False),
    ("LiveKitEgressConfig", "api_token", 8, F.TYPE_STRING, False),
    ("AgoraEgressConfig", "channel_name", 1, F.TYPE_STRING, False),
    ("AgoraEgressConfig", "token", 2, F.TYPE_STRING, False),
    ("AgoraEgressConfig", "uid", 3, F.TYPE_UINT32, False),
    ("AgoraEgressConfig", "publisher_id", 4, F.TYPE_STRING, False),
    ("FlameAnimation", "keyframes", 1, F.TYPE_MESSAGE, True),
    ("Flame", "translation", 1, F.TYPE_FLOAT, True),
    ("Flame", "rotation", 2, F.TYPE_FLOAT, True),
    ("Flame", "neck_pose", 3, F.TYPE_FLOAT, True),
    ("Flame", "jaw_pose", 4, F.TYPE_FLOAT, True),
    ("Flame", "eye_pose", 5, F.TYPE_FLOAT, True),
    ("Flame", "eye_lid", 6, F.TYPE_FLOAT, True),
    ("Flame", "expression", 7, F.TYPE_FLOAT, True),
    ("Flame", "arkit", 100, F.TYPE_FLOAT, True),  # project extension
]

SPEC_ENUMS = {
    "MessageType": {
        "MESSAGE_UNSPECIFIED": 0,
        "MESSAGE_CLIENT_CONFIGURE_SESSION": 1,
        "MESSAGE_SERVER_CONFIRM_SESSION": 2,
        "MESSAGE_CLIENT_AUDIO_INPUT": 3,
        "MESSAGE_SERVER_ERROR": 4,
        "MESSAGE_SERVER_RESPONSE_ANIMATION": 5,
        "MESSAGE_CLIENT_DRIVEN_CONFIG": 6,
        "MESSAGE_CLIENT_INTERRUPT": 7,
        "MESSAGE_CLIENT_PAUSE": 8,
        "MESSAGE_CLIENT_RESUME": 9,
        "MESSAGE_SERVER_PLAYBACK_STATE": 10,
    },
    "AudioFormat": {"AUDIO_FORMAT_PCM_S16LE": 0, "AUDIO_FORMAT_OGG_OPUS": 1},
    "TransportCompression": {"TRANSPORT_COMPRESSION_NONE": 0},
    "EgressType": {"EGRESS_TYPE_UNSPECIFIED": 0, "EGRESS_TYPE_LIVEKIT": 1, "EGRESS_TYPE_AGORA": 2},
    "ServerPlaybackState.State": {
        "STATE_UNSPECIFIED": 0,
        "PLAYING": 1,
        "PAUSED": 2,
        "ENDED": 3,
        "INTERRUPTED": 4,
    },
}


@pytest.mark.parametrize("message, name, number, kind, repeated", SPEC_FIELDS, ids=lambda v: str(v))
def test_spec_field_numbers(message, name, number, kind, repeated):
    field = pb.DESCRIPTOR.message_types_by_name[message].fields_by_name[name]
    assert (field.number, field.type, field.is_repeated) == (number, kind, repeated)
    if kind == F.TYPE_FLOAT:
        assert field.GetOptions().packed


def test_spec_covers_every_field():
    listed = {(message, name) for message, name, *_ in SPEC_FIELDS}
    client_only = {"DrivenIngressConfig"}  # internal, fields from the fork's .proto
    for message in pb.DESCRIPTOR.message_types_by_name.values():
        if message.name not in client_only:
            assert {(message.name, f.name) for f in message.fields} <= listed, message.name


def test_message_oneof_holds_every_payload():
    envelope = pb.Message.DESCRIPTOR
    assert [f.name for f in envelope.oneofs_by_name["data"].fields] == [
        name for message, name, *_ in SPEC_FIELDS if message == "Message" and name != "type"
    ]


@pytest.mark.parametrize("enum_name, values", SPEC_ENUMS.items())
def test_spec_enum_values(enum_name, values):
    enum = pb.DESCRIPTOR.pool.FindEnumTypeByName(f"{OUR_PACKAGE}.{enum_name}")
    assert {v.name: v.number for v in enum.values} == values
