"""Connecting this process to Ray: a local in-process cluster, or an existing one."""

from __future__ import annotations

import logging
import os

from spatius_motion.settings import Settings

log = logging.getLogger(__name__)


def connect(settings: Settings) -> None:
    """Start (empty ``ray_address``) or join a Ray cluster; no-op when already connected.

    A local cluster keeps every listener on 127.0.0.1 and runs without the dashboard.
    """
    import ray

    if ray.is_initialized():
        return
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    kwargs: dict = dict(
        namespace=settings.ray_namespace,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.WARNING,
        configure_logging=False,
    )
    if settings.ray_address:
        ray.init(address=settings.ray_address, **kwargs)
        log.info("joined Ray cluster at %s", settings.ray_address)
    else:
        ray.init(_node_ip_address="127.0.0.1", **kwargs)
        log.info("started a local Ray cluster")


def disconnect() -> None:
    import ray

    if ray.is_initialized():
        ray.shutdown()
