"""Background tasks log their failures when they end, not at shutdown (or never)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from spatius_motion.tasks import spawn


async def test_a_failing_task_is_logged_with_its_name(caplog):
    async def broken() -> None:
        raise RuntimeError("lost work")

    with caplog.at_level(logging.ERROR, logger="spatius_motion.tasks"):
        task = spawn(broken(), "shard-link:test")
        with pytest.raises(RuntimeError):
            await task
    (record,) = caplog.records
    assert "shard-link:test" in record.getMessage() and record.exc_info[1].args == ("lost work",)


async def test_cancelled_and_finished_tasks_log_nothing(caplog):
    with caplog.at_level(logging.ERROR, logger="spatius_motion.tasks"):
        sleeper = spawn(asyncio.sleep(10), "sleeper")
        finished = spawn(asyncio.sleep(0, result=7), "finished")
        assert await finished == 7
        sleeper.cancel()
        with pytest.raises(asyncio.CancelledError):
            await sleeper
    assert caplog.records == []
