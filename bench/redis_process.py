"""A private redis-server on loopback, in its own process group, for benchmarks and fault tests.

``RedisProcess`` starts one on a free port (or a given one), waits until it answers, and stops it
by its pid; ``restart()`` stops and starts it again on the same port, keeping its data when it
runs with an append-only file (``persist_dir``).
"""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import time
from pathlib import Path

import redis.asyncio
import redis.exceptions

START_TIMEOUT_S = 10.0
"""How long a start may take before it is called failed (seconds)."""
STOP_TIMEOUT_S = 10.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisProcess:
    """One redis-server the caller owns; ``url`` is ``redis://127.0.0.1:<port>/0``."""

    def __init__(self, persist_dir: Path | None = None, port: int | None = None) -> None:
        self.port = port or free_port()
        self.persist_dir = persist_dir
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        if self.persist_dir is not None:
            command += ["--dir", str(self.persist_dir), "--appendonly", "yes", "--appendfsync", "always"]
        else:
            command += ["--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, start_new_session=True)
        probe = redis.asyncio.Redis.from_url(self.url)
        deadline = time.monotonic() + START_TIMEOUT_S
        try:
            while True:  # poll with a deadline until it answers
                try:
                    await probe.ping()
                    return
                except (OSError, redis.exceptions.ConnectionError) as error:
                    if time.monotonic() > deadline or self.process.poll() is not None:
                        raise RuntimeError("the private redis-server did not start") from error
                    await asyncio.sleep(0.05)
        finally:
            await probe.aclose()

    async def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            await asyncio.to_thread(self.process.wait, STOP_TIMEOUT_S)
        self.process = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    async def __aenter__(self) -> "RedisProcess":
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
