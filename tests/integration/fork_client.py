"""Runs one session of the SpatialReal fork (`spatialreal` 0.2.2) and prints what it saw as JSON.

A separate process: the fork's generated protobuf module registers ``driveningress.v2`` in the
default descriptor pool, as the official SDK's and this server's do, so they cannot share one
interpreter. Usage: ``python fork_client.py CREDENTIALS_JSON [query]``.
"""

from __future__ import annotations

import asyncio
import json
import math
import struct
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

import spatialreal
from spatialreal.proto.generated import message_pb2

RATE_HZ = 16000


def speech_like_chunks(seconds: float, chunk_ms: int = 100) -> list[bytes]:
    """A 180 Hz tone with a 4 Hz syllable envelope as s16le PCM, in ``chunk_ms`` pieces."""
    n = int(seconds * RATE_HZ)
    samples = [
        int(12000 * abs(math.sin(math.pi * 4 * i / RATE_HZ)) * math.sin(2 * math.pi * 180 * i / RATE_HZ))
        for i in range(n)
    ]
    pcm = struct.pack(f"<{n}h", *samples)
    step = 2 * RATE_HZ * chunk_ms // 1000
    return [pcm[i : i + step] for i in range(0, len(pcm), step)]


def keyframes_in(animation: bytes) -> int:
    """How many ``keyframes`` (field 1 of FlameAnimation) a serialized animation holds.

    The fork declares ``animation`` as opaque bytes, so this walks the protobuf wire format.
    """
    count, i = 0, 0
    while i < len(animation):
        tag, i = _varint(animation, i)
        field, wire = tag >> 3, tag & 7
        if wire == 2:
            length, i = _varint(animation, i)
            i += length
        elif wire == 0:
            _, i = _varint(animation, i)
        else:
            i += 4 if wire == 5 else 8
        count += field == 1
    return count


def _varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


async def main(credentials: dict, query_auth: bool) -> dict:
    keyframes: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    errors: list[str] = []
    ended = asyncio.Event()
    closed = asyncio.Event()

    def frames(payload: bytes, last: bool) -> None:
        animation = message_pb2.Message.FromString(payload).server_response_animation
        keyframes[animation.req_id] += keyframes_in(animation.animation)
        if last:
            ends[animation.req_id] += 1
            ended.set()

    session = spatialreal.new_avatar_session(
        app_id=credentials["app_id"],
        api_key=credentials["api_key"],
        avatar_id=credentials["avatar_id"],
        console_endpoint_url=credentials["console_url"].removesuffix("/v1/console"),
        ingress_endpoint_url=credentials["ingress_url"],
        expire_at=datetime.now(timezone.utc) + timedelta(minutes=10),
        use_query_auth=query_auth,
        transport_frames=frames,
        on_error=lambda error: errors.append(repr(error)),
        on_close=closed.set,
    )
    await session.init()
    connection_id = await session.start()
    chunks = speech_like_chunks(1.0)
    req_id = await session.send_audio(chunks[0])
    paused = await session.pause()
    for chunk in chunks[1:-1]:
        await session.send_audio(chunk)
    resumed = await session.resume()
    await session.send_audio(chunks[-1], end=True)
    await asyncio.wait_for(ended.wait(), 30)
    closed_early = closed.is_set()
    await session.close()
    await asyncio.wait_for(closed.wait(), 10)
    return {
        "connection_id": connection_id,
        "req_id": req_id,
        "paused": paused,
        "resumed": resumed,
        "ends": ends[req_id],
        "keyframes": keyframes[req_id],
        "errors": errors,
        "closed_early": closed_early,
    }


if __name__ == "__main__":
    with open(sys.argv[1]) as file:
        creds = json.load(file)
    print(json.dumps(asyncio.run(main(creds, len(sys.argv) > 2 and sys.argv[2] == "query"))))
