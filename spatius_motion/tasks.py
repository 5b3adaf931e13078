"""Named background tasks whose failures are logged, not lost.

An ``asyncio`` task that raises keeps its exception until someone awaits it; a background task
(a shard link's sender, a session's reader, the gateway heartbeat) that nobody awaits until
shutdown would fail silently and leave its work undone. ``spawn`` names the task and logs an
exception the moment the task ends with one (a cancellation is an ordinary end).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Coroutine, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


def spawn(coro: Coroutine[Any, Any, T], name: str) -> asyncio.Task[T]:
    """``asyncio.create_task(coro, name=name)`` that logs the task's exception when it fails."""
    task = asyncio.create_task(coro, name=name)
    task.add_done_callback(_log_failure)
    return task


def _log_failure(task: asyncio.Task) -> None:
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        log.error("background task %s failed", task.get_name(), exc_info=error)
