"""Connecting this process to Ray: a local in-process cluster, or an existing one.

``ray.init`` against an address where no Ray answers retries for minutes; ``connect`` first
checks, within ``ray_connect_timeout_s``, that the address accepts connections, and raises
``ConnectionError`` naming the address otherwise, so a misconfigured gateway exits with one
line instead of hanging in Ray's retry loop.

A call to an actor whose process has died fails at once (``DEATH_INFO_WAIT_MS``) rather than
after Ray's default wait for the GCS to explain the death: the gateway needs to know a shard is
lost, not why, to take it out of placement and move its req_ids to another shard.
"""

from __future__ import annotations

import logging
import os
import socket
import time

from spatius_motion.settings import Settings

log = logging.getLogger(__name__)

DEATH_INFO_WAIT_MS = "0"
"""Ray's ``timeout_ms_task_wait_for_death_info`` for this process (milliseconds): how long a
call whose actor connection broke waits for the actor's death notice before it fails. Ray's
default (1000 ms) is most of the time a SIGKILLed shard's sessions wait for their motion to
resume (docs/operations.md, "Shard loss"). An operator's own ``RAY_`` variable wins."""


def connect(settings: Settings) -> None:
    """Start (empty ``ray_address``) or join a Ray cluster; no-op when already connected.

    A local cluster keeps every listener on 127.0.0.1 and runs without the dashboard.
    """
    import ray

    if ray.is_initialized():
        return
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    os.environ.setdefault("RAY_timeout_ms_task_wait_for_death_info", DEATH_INFO_WAIT_MS)
    kwargs: dict = dict(
        namespace=settings.ray_namespace,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.WARNING,
        configure_logging=False,
    )
    if settings.ray_address:
        probe(settings.ray_address, settings.ray_connect_timeout_s)
        ray.init(address=settings.ray_address, **kwargs)
        log.info("joined Ray cluster at %s", settings.ray_address)
    else:
        ray.init(_node_ip_address="127.0.0.1", **kwargs)
        log.info("started a local Ray cluster")


def probe(address: str, timeout_s: float, *, retry_s: float = 0.5) -> None:
    """Raise ConnectionError unless ``address`` (``host:port`` or ``ray://host:port``) accepts a
    TCP connection within ``timeout_s`` seconds; ``auto`` and addresses without a port pass."""
    hostport = address.removeprefix("ray://")
    host, _, port = hostport.rpartition(":")
    if not host or not port.isdigit():
        return
    deadline = time.monotonic() + timeout_s
    while True:
        remaining = deadline - time.monotonic()
        try:
            socket.create_connection((host.strip("[]"), int(port)), timeout=max(0.1, min(remaining, 2.0))).close()
            return
        except OSError as exc:
            if time.monotonic() + retry_s >= deadline:
                raise ConnectionError(
                    f"cannot reach the Ray cluster at {address} within {timeout_s:g} s ({exc.strerror or exc})"
                ) from None
            time.sleep(retry_s)


def disconnect() -> None:
    import ray

    if ray.is_initialized():
        ray.shutdown()
