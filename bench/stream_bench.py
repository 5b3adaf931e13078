"""Real-time streaming benchmark: our batched gateway vs the naive one-call-per-chunk design.

For each design it starts ``spatius-motion serve`` as a subprocess (embedded Redis stand-in,
its own local Ray cluster, the default model), runs N concurrent streams of 100 ms PCM chunks at
16 kHz paced in real time with this module's own asyncio protocol client, and measures:

- server CPU: user+system time of the server process and all its descendants (gateway, Ray
  GCS/raylet, shard workers) over the streaming window, per stream-second of audio;
- chunk latency: from sending a chunk to receiving the last keyframe its audio completes
  (keyframe i is complete once audio up to keyframe i + lookahead has been sent), the same
  definition as the server's ``spatius_chunk_latency_seconds``;
- first-keyframe latency: from a request's first chunk to its first keyframe.

The last line printed is ``RESULT {json}``. Figures are ratios within one run on one machine;
the load generator shares the cores with the server.

    python -m bench.stream_bench [--streams 100] [--seconds 20] [--segment-s 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np
import websockets

from spatius_motion.cli import READY_LINE
from spatius_motion.gateway import protocol
from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.loadtest.session import synthetic_speech
from spatius_motion.settings import Settings
from spatius_motion.workers.model import MotionModel

RATE_HZ = 16000
CHUNK_S = 0.1
CLK_TCK = os.sysconf("SC_CLK_TCK")


# --- process accounting ------------------------------------------------------------------
def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, user+system CPU seconds) of a live process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / CLK_TCK


def _name(pid: int) -> str:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    title = argv[0].decode(errors="replace")
    if title.startswith("ray::"):
        return title.split()[0]
    return Path(title).name + (" " + argv[2].decode() if len(argv) > 2 and argv[1] == b"-m" else "")


def tree_cpu(root: int) -> dict[str, float]:
    """CPU seconds used so far by ``root`` and every live descendant, by process name."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat is not None:
                parents[int(entry)], cpu[int(entry)] = stat
    members, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in members:
                members.add(pid)
                frontier.append(pid)
    by_name: dict[str, float] = {}
    for pid in members:
        name = _name(pid)
        by_name[name] = by_name.get(name, 0.0) + cpu.get(pid, 0.0)
    return by_name


# --- the server under test ----------------------------------------------------------------


def session_token(credentials: dict) -> str:
    """A one-hour session token from the console of ``serve --dev-credentials``'s credentials."""
    request = urllib.request.Request(
        credentials["console_url"] + "/session-tokens",
        data=json.dumps({"expireAt": int(time.time()) + 3600}).encode(),
        headers={"X-Api-Key": credentials["api_key"], "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())["sessionToken"]


class ServerProcess:
    def __init__(self, dispatch_mode: str, streams: int) -> None:
        self.dispatch_mode = dispatch_mode
        self._streams = streams
        self.proc: subprocess.Popen | None = None
        self.credentials: dict = {}

    def __enter__(self) -> "ServerProcess":
        credentials_file = Path(tempfile.mkdtemp()) / "dev.json"
        env = dict(
            os.environ,
            SPATIUS_DISPATCH_MODE=self.dispatch_mode,
            SPATIUS_DEFAULT_MAX_SESSIONS=str(self._streams * 2),
            SPATIUS_LOG_LEVEL="WARNING",
        )
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "spatius_motion.cli",
                "serve",
                "--port",
                "0",
                "--dev-credentials",
                str(credentials_file),
            ],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for line in self.proc.stdout:  # blocks until the server says it serves
            if line.startswith(READY_LINE):
                break
        else:
            raise RuntimeError("server exited during start-up")
        self.credentials = json.loads(credentials_file.read_text())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.proc is not None
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def cpu(self) -> dict[str, float]:
        assert self.proc is not None
        return tree_cpu(self.proc.pid)

    def token(self) -> str:
        return session_token(self.credentials)


# --- the load ------------------------------------------------------------------------------
class Stats:
    def __init__(self) -> None:
        self.chunk_latency_s: list[float] = []
        self.first_keyframe_s: list[float] = []
        self.keyframes = 0
        self.audio_s = 0.0
        self.errors: list[str] = []


async def stream(
    url: str,
    headers: dict,
    pcm: np.ndarray,
    seconds: float,
    segment_s: float,
    start_at: float,
    stats: Stats,
    stream_index: int,
    lookahead: int,
) -> None:
    chunk = int(CHUNK_S * RATE_HZ)
    chunks_per_segment = max(1, round(segment_s / CHUNK_S))
    total_chunks = round(seconds / CHUNK_S)
    sent_at: dict[str, list[float]] = {}
    received: dict[str, int] = {}
    first_sent: dict[str, float] = {}
    async with websockets.connect(url, additional_headers=headers, compression=None, max_size=None) as ws:
        await ws.send(protocol.encode_configure(RATE_HZ))
        confirm = pb.Message.FromString(await ws.recv())
        if confirm.type != pb.MESSAGE_SERVER_CONFIRM_SESSION:
            raise RuntimeError(f"session refused: {confirm.server_error.message}")
        done = asyncio.Event()
        ended: set[str] = set()
        expected_reqs = math.ceil(total_chunks / chunks_per_segment)

        async def receive() -> None:
            async for raw in ws:
                now = time.perf_counter()
                message = pb.Message.FromString(raw)
                if message.type == pb.MESSAGE_SERVER_ERROR:
                    stats.errors.append(message.server_error.message)
                    continue
                animation = message.server_response_animation
                req = animation.req_id
                before = received.get(req, 0)
                after = before + len(animation.animation.keyframes)
                received[req] = after
                stats.keyframes += after - before
                if before == 0 and after > 0:
                    stats.first_keyframe_s.append(now - first_sent[req])
                times = sent_at[req]
                for c, sent in enumerate(times):
                    completed = math.floor((c + 1) * CHUNK_S * 25) - 1 - lookahead
                    if sent and (completed < after or animation.end):
                        stats.chunk_latency_s.append(now - sent)
                        times[c] = 0.0
                if animation.end:
                    ended.add(req)
                    if len(ended) == expected_reqs:
                        done.set()
                        return

        receiver = asyncio.create_task(receive())
        await asyncio.sleep(max(0.0, start_at - time.perf_counter()))
        t0 = time.perf_counter()
        offset = (stream_index * 7919 * chunk) % (len(pcm) - chunk)
        for n in range(total_chunks):
            segment, position = divmod(n, chunks_per_segment)
            req = f"bench-{stream_index}-{segment}"
            if position == 0:
                sent_at[req] = []
                first_sent[req] = time.perf_counter()
            start = (offset + n * chunk) % (len(pcm) - chunk)
            last = position == chunks_per_segment - 1 or n == total_chunks - 1
            sent_at[req].append(time.perf_counter())
            await ws.send(protocol.encode_audio(req, pcm[start : start + chunk].tobytes(), last))
            stats.audio_s += CHUNK_S
            await asyncio.sleep(max(0.0, t0 + (n + 1) * CHUNK_S - time.perf_counter()))
        await asyncio.wait_for(done.wait(), 30)
        receiver.cancel()


async def run_load(server: ServerProcess, streams: int, seconds: float, segment_s: float) -> dict:
    token = server.token()
    headers = {"X-App-ID": server.credentials["app_id"], "X-Session-Key": token}
    url = server.credentials["ingress_url"] + f"/websocket?id={server.credentials['avatar_id']}"
    pcm = np.frombuffer(synthetic_speech(30.0, RATE_HZ, seed=1), dtype="<i2")
    stats = Stats()
    lookahead = MotionModel(Settings.load().model_path).lookahead_keyframes
    start_at = time.perf_counter() + 2.0
    # Streams start spread over one chunk period, as independent clients would.
    cpu_before = server.cpu()
    wall_before = time.perf_counter()
    results = await asyncio.gather(
        *(
            stream(url, headers, pcm, seconds, segment_s, start_at + (i % 10) * CHUNK_S / 10, stats, i, lookahead)
            for i in range(streams)
        ),
        return_exceptions=True,
    )
    cpu_after = server.cpu()
    by_process = {
        name: round(1000 * (cpu_after[name] - cpu_before.get(name, 0.0)) / max(stats.audio_s, 1e-9), 3)
        for name in cpu_after
    }
    cpu_s = sum(cpu_after.values()) - sum(cpu_before.values())
    wall_s = time.perf_counter() - wall_before
    failures = [repr(r) for r in results if isinstance(r, BaseException)]
    latency = np.array(stats.chunk_latency_s) * 1000
    first = np.array(stats.first_keyframe_s) * 1000
    return {
        "server_cpu_ms_per_stream_s": 1000 * cpu_s / max(stats.audio_s, 1e-9),
        "server_cpu_cores": cpu_s / wall_s,
        "cpu_ms_per_stream_s_by_process": dict(sorted(by_process.items(), key=lambda kv: -kv[1])),
        "chunk_latency_p50_ms": float(np.percentile(latency, 50)) if latency.size else None,
        "chunk_latency_p99_ms": float(np.percentile(latency, 99)) if latency.size else None,
        "first_keyframe_p50_ms": float(np.percentile(first, 50)) if first.size else None,
        "first_keyframe_p99_ms": float(np.percentile(first, 99)) if first.size else None,
        "keyframes": stats.keyframes,
        "audio_s": stats.audio_s,
        "failed_streams": len(failures),
        "server_errors": len(stats.errors),
        "failure_examples": failures[:3] + stats.errors[:3],
    }


def measure(mode: str, streams: int, seconds: float, segment_s: float) -> dict:
    print(f"[{mode}] starting server", flush=True)
    with ServerProcess(mode, streams) as server:
        print(f"[{mode}] {streams} streams x {seconds:g} s", flush=True)
        result = asyncio.run(run_load(server, streams, seconds, segment_s))
    print(f"[{mode}] {json.dumps(result)}", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--segment-s", type=float, default=5.0, help="audio per req_id")
    parser.add_argument("--only-batched", action="store_true", help="skip the naive design (profiling)")
    args = parser.parse_args(argv)
    ours = measure("batched", args.streams, args.seconds, args.segment_s)
    if args.only_batched:
        return 0
    naive = measure("per_chunk", args.streams, args.seconds, args.segment_s)
    result = {
        "streams": args.streams,
        "seconds": args.seconds,
        **{
            k: ours[k]
            for k in (
                "server_cpu_ms_per_stream_s",
                "server_cpu_cores",
                "chunk_latency_p50_ms",
                "chunk_latency_p99_ms",
                "first_keyframe_p50_ms",
                "first_keyframe_p99_ms",
                "failed_streams",
                "server_errors",
            )
        },
        "naive_server_cpu_ms_per_stream_s": naive["server_cpu_ms_per_stream_s"],
        "naive_chunk_latency_p99_ms": naive["chunk_latency_p99_ms"],
        "naive_first_keyframe_p99_ms": naive["first_keyframe_p99_ms"],
        "naive_failed_streams": naive["failed_streams"],
        "cpu_ratio": naive["server_cpu_ms_per_stream_s"] / ours["server_cpu_ms_per_stream_s"],
    }
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
