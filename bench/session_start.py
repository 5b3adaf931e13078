"""Session start with the global store on another Redis vs a single-Redis deployment.

One run starts a second, private ``redis-server`` on a free loopback port (its own process
group, no persistence) to be the global store, and two gateways in this process on one local
Ray cluster: ``single`` (regional and global store are one client of the Redis on
``--redis-url``) and ``split`` (regional store on ``--redis-url``, global store on the private
Redis). It then measures, alternating between the two so both see the same machine load:

- session start: the official SDK's ``init()`` (token request) + ``start()`` (WebSocket
  upgrade, ClientConfigureSession, ServerConfirmSession), p50/p99 per deployment, and their
  ratio;
- Redis round trips and commands per session start and per session (start to release), per
  client, counted by a wrapper around each client's ``execute_command`` and pipelines;
- Redis commands per audio chunk: one session per deployment (both at once) streams
  ``--chunks`` 100 ms PCM chunks at real-time pace to its last keyframe; the commands in that
  window are the session's timers (a credits bill every ``credits_flush_s``, a heartbeat every
  ``session_heartbeat_s``), none is sent per chunk.

The last line printed is ``RESULT {json}``. Keys live under a random prefix that is deleted
afterwards; the private Redis is stopped by its pid.

    python -m bench.session_start [--sessions 200] [--chunks 100] [--redis-url redis://127.0.0.1:6379/0]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator

import numpy as np
import redis.asyncio
import spatius

from bench.redis_process import RedisProcess
from spatius_motion import server
from spatius_motion.cluster import runtime
from spatius_motion.gateway import admin
from spatius_motion.loadtest.session import pcm_chunks, synthetic_speech
from spatius_motion.settings import BASELINE_MODEL_PATH, Settings

RATE_HZ = 16000


@dataclass
class Counter:
    """Round trips (one per command sent alone, one per pipeline) and commands to one Redis."""

    round_trips: int = 0
    commands: int = 0

    def snapshot(self) -> tuple[int, int]:
        return self.round_trips, self.commands


def counted(client: redis.asyncio.Redis, counter: Counter) -> redis.asyncio.Redis:
    """Wrap ``client`` in place so every command it sends is counted by ``counter``."""
    send = client.execute_command
    open_pipeline = client.pipeline

    async def execute_command(*args: Any, **options: Any) -> Any:
        counter.round_trips += 1
        counter.commands += 1
        return await send(*args, **options)

    def pipeline(*args: Any, **options: Any) -> Any:
        pipe = open_pipeline(*args, **options)
        run = pipe.execute

        async def execute(*eargs: Any, **eoptions: Any) -> Any:
            if pipe.command_stack:
                counter.round_trips += 1
                counter.commands += len(pipe.command_stack)
            return await run(*eargs, **eoptions)

        pipe.execute = execute
        return pipe

    client.execute_command = execute_command  # type: ignore[method-assign]
    client.pipeline = pipeline  # type: ignore[method-assign]
    return client


@dataclass
class Deployment:
    name: str
    running: server.RunningServer
    counters: dict[str, Counter]
    """``regional`` and ``global`` (the same Counter when both stores are one client)."""
    credentials: dict[str, str] = field(default_factory=dict)
    start_ms: list[float] = field(default_factory=list)

    def snapshot(self) -> dict[str, tuple[int, int]]:
        return {role: counter.snapshot() for role, counter in self.counters.items()}

    def delta(self, before: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        now = self.snapshot()
        return {role: (now[role][0] - before[role][0], now[role][1] - before[role][1]) for role in now}

    def totals(self, delta: dict[str, tuple[int, int]]) -> tuple[int, int]:
        """Round trips and commands over distinct Redis clients."""
        seen = {id(counter): role for role, counter in self.counters.items()}
        return (sum(delta[r][0] for r in seen.values()), sum(delta[r][1] for r in seen.values()))


@contextlib.asynccontextmanager
async def private_redis() -> AsyncIterator[str]:
    """A throwaway redis-server on loopback in its own process group; stopped by its pid."""
    async with RedisProcess() as process:
        yield process.url


async def deploy(name: str, settings: Settings, regional_url: str, global_url: str | None) -> Deployment:
    regional_counter = Counter()
    regional = counted(redis.asyncio.Redis.from_url(regional_url), regional_counter)
    if global_url is None:
        global_client, counters = regional, {"regional": regional_counter, "global": regional_counter}
    else:
        global_counter = Counter()
        global_client = counted(redis.asyncio.Redis.from_url(global_url), global_counter)
        counters = {"regional": regional_counter, "global": global_counter}
    running = await server.start(settings, redis=regional, global_redis=global_client)
    store = running.gateway.store
    app, api_key = await store.create_app(None, admin.default_plan(settings))
    await store.register_avatar(app.app_id, "bench-avatar")
    deployment = Deployment(name, running, counters)
    deployment.credentials = {
        "app_id": app.app_id,
        "api_key": api_key,
        "avatar_id": "bench-avatar",
        "console_endpoint_url": running.console_url,
        "ingress_endpoint_url": running.ingress_url,
    }
    return deployment


async def one_session_start(deployment: Deployment) -> tuple[float, dict, dict]:
    """Time init()+start(); returns (ms, Redis counts during the start, counts start..release)."""
    session = spatius.new_avatar_session(**deployment.credentials, sample_rate=RATE_HZ)
    gateway = deployment.running.gateway
    before = deployment.snapshot()
    started = time.perf_counter()
    await session.init()
    await session.start()
    elapsed_ms = (time.perf_counter() - started) * 1000
    during_start = deployment.delta(before)
    await session.close()
    async with gateway.connections_changed:  # event: the gateway released the session's slot
        await asyncio.wait_for(gateway.connections_changed.wait_for(lambda: not gateway.connections), 10)
    return elapsed_ms, during_start, deployment.delta(before)


async def stream_chunks(deployment: Deployment, chunks: int) -> dict[str, tuple[int, int]]:
    """Redis counts while one open session streams ``chunks`` 100 ms chunks to its last keyframe."""
    done = asyncio.Event()
    session = spatius.new_avatar_session(
        **deployment.credentials, sample_rate=RATE_HZ, transport_frames=lambda _frame, last: last and done.set()
    )
    await session.init()
    await session.start()
    parts = pcm_chunks(synthetic_speech(chunks * 0.1, RATE_HZ), RATE_HZ, 100)[:chunks]
    before = deployment.snapshot()
    started = time.monotonic()
    for i, part in enumerate(parts):
        await asyncio.sleep(max(0.0, started + i * 0.1 - time.monotonic()))  # real-time pace
        await session.send_audio(part, end=i == len(parts) - 1)
    await asyncio.wait_for(done.wait(), 60)
    delta = deployment.delta(before)
    await session.close()
    return delta


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


async def run(args: argparse.Namespace) -> dict[str, Any]:
    spatius.configure_telemetry("")
    prefix = f"bench-start-{secrets.token_hex(4)}:"
    base = dict(
        host="127.0.0.1",
        port=0,
        redis_prefix=prefix,
        log_level="WARNING",
        model_path=str(BASELINE_MODEL_PATH),
        shard_num_cpus=0.5,
        gateway_heartbeat_s=3600.0,  # no registration renewals inside the windows
    )
    runtime.connect(Settings.load(env={}))
    async with private_redis() as global_url:
        single = await deploy(
            "single",
            Settings.load(env={}, region="bench-single", redis_url=args.redis_url, **base),
            args.redis_url,
            None,
        )
        split = await deploy(
            "split",
            Settings.load(env={}, region="bench-split", redis_url=args.redis_url, global_redis_url=global_url, **base),
            args.redis_url,
            global_url,
        )
        deployments = (single, split)
        try:
            per_start: dict[str, Any] = {}
            per_session: dict[str, Any] = {}
            for deployment in deployments:  # warm-up: connections, pools, code paths
                for _ in range(5):
                    await one_session_start(deployment)
            for _ in range(args.sessions):
                for deployment in deployments:
                    ms, during_start, whole = await one_session_start(deployment)
                    deployment.start_ms.append(ms)
                    per_start[deployment.name] = during_start
                    per_session[deployment.name] = whole
            streamed = await asyncio.gather(*(stream_chunks(d, args.chunks) for d in deployments))
            per_chunk = {d.name: delta for d, delta in zip(deployments, streamed)}
        finally:
            for deployment in deployments:
                await deployment.running.stop()
                clients = {
                    id(c): c
                    for c in (deployment.running.gateway.store.redis, deployment.running.gateway.store.global_redis)
                }
                for client in clients.values():
                    keys = [k async for k in client.scan_iter(match=prefix + "*", count=1000)]
                    if keys:
                        await client.delete(*keys)
                    await client.aclose()
    runtime.disconnect()

    result: dict[str, Any] = {
        "sessions": args.sessions,
        "chunks": args.chunks,
        "credits_flush_s": single.running.settings.credits_flush_s,
        "session_heartbeat_s": single.running.settings.session_heartbeat_s,
    }
    for deployment in deployments:
        name = deployment.name
        trips, commands = deployment.totals(per_start[name])
        session_trips, session_commands = deployment.totals(per_session[name])
        chunk_trips, chunk_commands = deployment.totals(per_chunk[name])
        result[name] = {
            "start_p50_ms": round(percentile(deployment.start_ms, 50), 2),
            "start_p99_ms": round(percentile(deployment.start_ms, 99), 2),
            "round_trips_per_start": trips,
            "commands_per_start": commands,
            "round_trips_per_start_by_store": {role: per_start[name][role][0] for role in ("regional", "global")},
            "round_trips_per_session": session_trips,
            "commands_per_session": session_commands,
            "commands_per_chunk": round(chunk_commands / args.chunks, 4),
            "global_commands_per_chunk": round(per_chunk[name]["global"][1] / args.chunks, 4),
            "commands_while_streaming": chunk_commands,
        }
    result["p50_ratio_split_over_single"] = round(result["split"]["start_p50_ms"] / result["single"]["start_p50_ms"], 3)
    result["p99_ratio_split_over_single"] = round(result["split"]["start_p99_ms"] / result["single"]["start_p99_ms"], 3)
    result["extra_round_trips_per_start"] = (
        result["split"]["round_trips_per_start"] - result["single"]["round_trips_per_start"]
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=200, help="measured session starts per deployment")
    parser.add_argument("--chunks", type=int, default=100, help="100 ms chunks streamed per deployment (real time)")
    parser.add_argument(
        "--redis-url", default="redis://127.0.0.1:6379/0", help="the regional store (and single's only one)"
    )
    args = parser.parse_args()
    result = asyncio.run(run(args))
    for name in ("single", "split"):
        r = result[name]
        print(
            f"{name:>6}: session start p50 {r['start_p50_ms']} ms, p99 {r['start_p99_ms']} ms; "
            f"{r['round_trips_per_start']} Redis round trips ({r['commands_per_start']} commands) per start "
            f"{r['round_trips_per_start_by_store']}, {r['commands_per_session']} commands per session; "
            f"{r['commands_while_streaming']} commands while streaming {args.chunks} chunks "
            f"({r['commands_per_chunk']} per chunk: the {result['credits_flush_s']:g} s credits timer)"
        )
    print(
        f"split/single: p50 x{result['p50_ratio_split_over_single']}, p99 x{result['p99_ratio_split_over_single']}; "
        f"{result['extra_round_trips_per_start']} extra round trip per start"
    )
    print("RESULT " + json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
