"""Shard loss under load: SIGKILL one of two shards while N streams run in real time.

Starts ``spatius-motion serve --shards 2`` as a subprocess (in-process Redis stand-in, its own
local Ray cluster, the default model), runs N sessions that each send one req_id of
``--seconds`` of speech-like 16 kHz PCM in 100 ms messages paced in real time, with ARKit
weights requested, and records every animation message's arrival. Four runs (``--quick``: the
reference and failover runs only):

- ``before``: no keep buffer (``SPATIUS_FAILOVER_KEEP_S=0``), Ray's default 1 s wait for an
  actor's death notice and the lost shard created again at once: what failover replaces, short
  of Ray's own restarts, which shards no longer use (kill at ``--kill-at``);
- ``reference``: keep buffer on, no kill: the same audio's keyframes, message gaps and jawOpen
  steps without a fault, and the gateway's CPU and memory with the keep buffer;
- ``no-keep``: keep buffer off, no kill: the gateway's CPU and memory without it;
- ``failover``: keep buffer on, kill.

A kill picks the shard holding the most streams (from ``/readyz``) and SIGKILLs its worker pid;
four more sessions open right after it, each sending 2 s in real time (``--late-burst``: at
once, which puts their whole audio in the surviving shard's next call). Reported per killed run:

- detection: kill -> the shard shows not eligible in ``/readyz`` (polled every 10 ms);
- restored: kill -> ``/readyz`` shows two eligible shards again, neither the killed process (the
  gateway creates the lost shard after ``--restart-delay-s``, then its model loads); null when
  that takes over ``RESTORE_TIMEOUT_S``;
- max client gap: the longest interval between two animation messages of one req_id (every
  stream; the reference run's figure is the fault-free baseline);
- keyframes lost (expected floor(samples / 640) minus received), req_ids without exactly one
  ``end=true``, error frames;
- ``--keep-s`` (default: ``failover_keep_s``'s) below the kill point: every req_id has
  outgrown the keep bound, so the replay starts from its last ``failover_tail_s`` and the seam
  is approximate (the figures below measure it);
- jawOpen at the seam: the largest |step| between consecutive keyframes within ``SEAM``
  keyframes of the count each stream had received at the kill (a resumed stream continues from
  there; streams on the surviving shard only add ordinary steps), against the largest step
  anywhere in the reference run's same streams (ratio); how much the seam changed those steps
  (the largest |step - the reference's step at the same keyframes|); and the largest
  |difference| from the reference run's keyframes (an exact replay reproduces the stream);
- gateway CPU (the serve process only: milliseconds per stream-second) and RSS, with and
  without the keep buffer.

The last line printed is ``RESULT {json}``. Figures come from one run on one machine; the load
generator shares the cores with the server.

    python -m bench.failover_bench [--streams 20] [--seconds 8] [--kill-at 3] [--quick] [--late-burst]
        [--restart-delay-s 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import websockets

from bench.stream_bench import _stat, session_token
from spatius_motion.cli import READY_LINE
from spatius_motion.gateway import protocol
from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.loadtest.session import synthetic_speech
from spatius_motion.settings import Settings
from spatius_motion.workers.vocabulary import ARKIT_NAMES

RATE_HZ = 16000
CHUNK = RATE_HZ // 10
"""Samples per 100 ms message."""
JAW = ARKIT_NAMES.index("jawOpen")
LATE = 4
LATE_S = 2.0
SEAM = 3
"""Keyframes either side of the kill point searched for the seam step."""
RESTORE_TIMEOUT_S = 120.0
"""How long (seconds) a run waits after the kill for the region to serve on two shards again."""


class Server:
    """``spatius-motion serve --shards 2`` with ``env`` added; credentials and base URL."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.credentials: dict = {}

    def __enter__(self) -> "Server":
        credentials_file = Path(tempfile.mkdtemp()) / "dev.json"
        env = dict(os.environ, SPATIUS_LOG_LEVEL="WARNING", SPATIUS_SHARD_NUM_CPUS="0.5", **self.env)
        argv = [sys.executable, "-m", "spatius_motion.cli", "serve", "--port", "0", "--shards", "2"]
        argv += ["--dev-credentials", str(credentials_file)]
        self.proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith(READY_LINE):
                break
        else:
            raise RuntimeError("server exited during start-up")
        self.credentials = json.loads(credentials_file.read_text())
        self.base = self.credentials["console_url"].rsplit("/v1/console", 1)[0]
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def get(self, path: str) -> dict:
        try:
            with urllib.request.urlopen(self.base + path, timeout=5) as reply:
                return json.loads(reply.read())
        except urllib.error.HTTPError as error:  # /readyz answers 503 with the same report
            return json.loads(error.read())

    def token(self) -> str:
        return session_token(self.credentials)

    def gateway_cpu_s(self) -> float:
        stat = _stat(self.proc.pid)
        return stat[1] if stat else 0.0

    def gateway_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0


class Stream:
    """One session's req_id: what was sent and every animation message's arrival."""

    def __init__(self, pcm: bytes, paced: bool) -> None:
        self.pcm = pcm
        self.paced = paced
        self.arrivals: list[float] = []
        self.jaw: list[float] = []
        self.ends = 0
        self.errors: list[str] = []
        self.kill_index: int | None = None
        """Keyframes received when the shard was killed."""
        self.killed_at: float | None = None

    async def run(self, url: str, headers: dict) -> None:
        async with websockets.connect(url, additional_headers=headers, compression=None, max_size=None) as ws:
            await ws.send(protocol.encode_configure(RATE_HZ, {"arkit": "1"}))
            confirm = pb.Message.FromString(await ws.recv())
            if confirm.type != pb.MESSAGE_SERVER_CONFIRM_SESSION:
                raise RuntimeError(f"session refused: {confirm.server_error.message}")
            receiver = asyncio.create_task(self._receive(ws))
            parts = [self.pcm[i : i + 2 * CHUNK] for i in range(0, len(self.pcm), 2 * CHUNK)]
            started = time.perf_counter()
            for n, part in enumerate(parts):
                await ws.send(protocol.encode_audio("req-1", part, n == len(parts) - 1))
                if self.paced:
                    await asyncio.sleep(max(0.0, started + (n + 1) * 0.1 - time.perf_counter()))
            await asyncio.wait_for(receiver, 60)

    async def _receive(self, ws) -> None:
        async for raw in ws:
            message = pb.Message.FromString(raw)
            if message.type == pb.MESSAGE_SERVER_ERROR:
                self.errors.append(f"{message.server_error.code} {message.server_error.message}")
                return
            animation = message.server_response_animation
            self.arrivals.append(time.perf_counter())
            self.jaw += [keyframe.arkit[JAW] for keyframe in animation.animation.keyframes]
            if animation.end:
                self.ends += 1
                return

    @property
    def expected(self) -> int:
        return len(self.pcm) // 2 // 640

    def max_gap_s(self) -> float:
        return float(np.max(np.diff(self.arrivals))) if len(self.arrivals) > 1 else 0.0

    def kill_gap_s(self) -> float:
        """The interval between the last message before the kill and the first one after it."""
        if self.killed_at is None:
            return 0.0
        before = [t for t in self.arrivals if t <= self.killed_at]
        after = [t for t in self.arrivals if t > self.killed_at]
        return after[0] - before[-1] if before and after else 0.0


async def detect(server: Server, victim: str, killed_at: float) -> float:
    """Seconds from the kill until ``/readyz`` shows ``victim`` out of placement."""
    while True:
        report = await asyncio.to_thread(server.get, "/readyz")
        if not report.get("shards", {}).get(victim, {}).get("eligible", False):
            return time.perf_counter() - killed_at
        await asyncio.sleep(0.01)


async def restored(server: Server, pids: set[int], victim_pid: int, killed_at: float) -> float | None:
    """Seconds from the kill until two shards are eligible again, neither ``victim_pid`` and one
    a process that was not there before the kill (``pids``)."""
    while time.perf_counter() - killed_at < RESTORE_TIMEOUT_S:
        shards = (await asyncio.to_thread(server.get, "/readyz")).get("shards", {})
        serving = {shard.get("pid") for shard in shards.values() if shard.get("eligible")}
        if len(serving) == 2 and victim_pid not in serving and serving - pids:
            return time.perf_counter() - killed_at
        await asyncio.sleep(0.1)
    return None


async def load(server: Server, streams: int, seconds: float, kill_at: float | None, late_burst: bool) -> dict:
    url = server.credentials["ingress_url"] + f"/websocket?id={server.credentials['avatar_id']}"

    def headers() -> dict:
        return {"X-App-ID": server.credentials["app_id"], "X-Session-Key": server.token()}

    runs = [Stream(synthetic_speech(seconds, RATE_HZ, seed=i), paced=True) for i in range(streams)]
    tasks = [asyncio.create_task(s.run(url, headers())) for s in runs]
    cpu_before, started = server.gateway_cpu_s(), time.perf_counter()
    result: dict = {}
    late: list[Stream] = []
    if kill_at is not None:
        await asyncio.sleep(kill_at)
        shards = server.get("/readyz")["shards"]
        victim = max(shards, key=lambda name: shards[name].get("streams", 0))
        killed_at = time.perf_counter()
        os.kill(shards[victim]["pid"], signal.SIGKILL)
        for s in runs:
            s.kill_index, s.killed_at = len(s.jaw), killed_at
        detection = asyncio.create_task(detect(server, victim, killed_at))
        pids = {shard.get("pid") for shard in shards.values()}
        restore = asyncio.create_task(restored(server, pids, shards[victim]["pid"], killed_at))
        late = [Stream(synthetic_speech(LATE_S, RATE_HZ, seed=100 + i), paced=not late_burst) for i in range(LATE)]
        tasks += [asyncio.create_task(s.run(url, headers())) for s in late]
        result["detection_s"] = await detection
        result["victim_streams"] = shards[victim].get("streams", 0)
    outcomes = await asyncio.gather(*tasks, return_exceptions=True)
    if kill_at is not None:
        result["restored_s"] = await restore
    result["gateway_cpu_ms_per_stream_s"] = 1000 * (server.gateway_cpu_s() - cpu_before) / (streams * seconds)
    result["gateway_rss_mb"] = server.gateway_rss_mb()
    result["wall_s"] = time.perf_counter() - started
    every = runs + late
    result["client_failures"] = [repr(o) for o in outcomes if isinstance(o, BaseException)][:3]
    result["error_frames"] = sum(len(s.errors) for s in every)
    result["error_examples"] = [e for s in every for e in s.errors][:3]
    result["keyframes_lost"] = sum(max(0, s.expected - len(s.jaw)) for s in every)
    result["keyframes_extra"] = sum(max(0, len(s.jaw) - s.expected) for s in every)
    result["req_ids_not_one_end"] = sum(s.ends != 1 for s in every)
    result["max_gap_s"] = max(s.max_gap_s() for s in runs)
    result["kill_gaps_s"] = sorted(round(s.kill_gap_s(), 3) for s in runs)[-8:]
    result["late_sessions_ok"] = sum(s.ends == 1 and not s.errors and len(s.jaw) == s.expected for s in late)
    result["streams"] = runs
    return result


def measure(
    name: str, env: dict[str, str], streams: int, seconds: float, kill_at: float | None, late_burst: bool = False
) -> dict:
    print(f"[{name}] starting server ({env})", flush=True)
    with Server(env) as server:
        result = asyncio.run(load(server, streams, seconds, kill_at, late_burst))
    shown = {k: v for k, v in result.items() if k != "streams"}
    print(f"[{name}] {json.dumps(shown)}", flush=True)
    return result


def seam_figures(failover: dict, reference: dict) -> dict:
    """jawOpen at each affected stream's resume point against the reference run's streams."""
    seam_steps, reference_steps, differences, excess = [], [], [], []
    for killed, clean in zip(failover["streams"], reference["streams"]):
        steps = np.abs(np.diff(np.array(clean.jaw)))
        if steps.size:
            reference_steps.append(float(steps.max()))
        n = min(len(killed.jaw), len(clean.jaw))
        if n:
            differences.append(float(np.max(np.abs(np.array(killed.jaw[:n]) - np.array(clean.jaw[:n])))))
        if killed.kill_index is None:
            continue
        jaw, ref = np.array(killed.jaw), np.array(clean.jaw)
        lo, hi = max(1, killed.kill_index - SEAM), min(len(jaw), len(ref), killed.kill_index + SEAM + 1)
        if hi > lo:
            steps = jaw[lo:hi] - jaw[lo - 1 : hi - 1]
            seam_steps.append(float(np.max(np.abs(steps))))
            excess.append(float(np.max(np.abs(steps - (ref[lo:hi] - ref[lo - 1 : hi - 1])))))
    seam = max(seam_steps, default=0.0)
    baseline = max(reference_steps, default=0.0)
    return {
        "max_jaw_step_at_seam": seam,
        "max_jaw_step_reference": baseline,
        "seam_step_ratio": seam / baseline if baseline else None,
        "max_jaw_step_change_at_seam": max(excess, default=0.0),
        "max_jaw_difference_from_reference": max(differences, default=0.0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=8.0, help="audio per stream (one req_id)")
    parser.add_argument("--kill-at", type=float, default=3.0, help="seconds into the streams")
    parser.add_argument("--quick", action="store_true", help="only the reference and failover runs")
    parser.add_argument("--late-burst", action="store_true", help="late sessions send their audio at once")
    defaults = Settings.load(env={})
    parser.add_argument(
        "--keep-s",
        type=float,
        default=defaults.failover_keep_s,
        help="failover_keep_s; req_ids past it replay from their last failover_tail_s",
    )
    parser.add_argument(
        "--restart-delay-s",
        type=float,
        default=defaults.shard_restart_delay_s,
        help="shard_restart_delay_s of the failover run",
    )
    args = parser.parse_args(argv)
    run = dict(streams=args.streams, seconds=args.seconds, late_burst=args.late_burst)
    delay = {"SPATIUS_SHARD_RESTART_DELAY_S": f"{args.restart_delay_s:g}"}
    keep, no_keep = {"SPATIUS_FAILOVER_KEEP_S": f"{args.keep_s:g}", **delay}, {"SPATIUS_FAILOVER_KEEP_S": "0"}
    keys: tuple[str, ...] = (
        "detection_s",
        "restored_s",
        "max_gap_s",
        "kill_gaps_s",
        "keyframes_lost",
        "req_ids_not_one_end",
        "error_frames",
    )
    keys += ("late_sessions_ok", "victim_streams")
    result: dict = {"streams": args.streams, "seconds": args.seconds, "kill_at": args.kill_at}
    result["late_burst"], result["keep_s"] = args.late_burst, args.keep_s
    result["restart_delay_s"] = args.restart_delay_s
    if not args.quick:
        before = measure(
            "before",
            {**no_keep, "RAY_timeout_ms_task_wait_for_death_info": "1000", "SPATIUS_SHARD_RESTART_DELAY_S": "0"},
            kill_at=args.kill_at,
            **run,
        )
        result["before"] = {k: before[k] for k in keys}
    reference = measure("reference", keep, kill_at=None, **run)
    failover = measure("failover", keep, kill_at=args.kill_at, **run)
    result |= {
        "failover": {k: failover[k] for k in keys + ("keyframes_extra",)},
        "reference_max_gap_s": reference["max_gap_s"],
        **seam_figures(failover, reference),
    }
    if not args.quick:
        without = measure("no-keep", no_keep, kill_at=None, **run)
        result |= {
            "gateway_cpu_ms_per_stream_s_keep": reference["gateway_cpu_ms_per_stream_s"],
            "gateway_cpu_ms_per_stream_s_no_keep": without["gateway_cpu_ms_per_stream_s"],
            "gateway_rss_mb_keep": reference["gateway_rss_mb"],
            "gateway_rss_mb_no_keep": without["gateway_rss_mb"],
            "keep_bytes_per_stream_at_end": 2 * RATE_HZ * args.seconds,
        }
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
