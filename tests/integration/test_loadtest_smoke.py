"""CI's load smoke: ``make loadtest``'s runner, 4 locust users for 20 s against a server it starts.

The server the runner starts joins the test session's Ray cluster (``SPATIUS_RAY_ADDRESS``) under
a region of its own, which saves starting a second cluster; its shard actor is detached there,
so the test removes it afterwards. The run must pass the runner's verdict: requests made, no
failure, and req_ids drained with exactly the server's keyframe count.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys

import pytest
import ray

from spatius_motion.cluster.membership import shard_name

pytestmark = pytest.mark.integration

USERS, DURATION_S = 4, 20


def test_locust_smoke_passes_with_exact_keyframe_counts(ray_cluster, tmp_path):
    region = "load" + secrets.token_hex(3)
    summary_file = tmp_path / "summary.json"
    env = {
        **os.environ,
        "SPATIUS_RAY_ADDRESS": ray.get_runtime_context().gcs_address,
        "SPATIUS_REGION": region,
        "SPATIUS_SHARDS": "1",
        "SPATIUS_LOG_LEVEL": "WARNING",
    }
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "spatius_motion.loadtest.runner",
                "--users",
                str(USERS),
                "--spawn-rate",
                str(USERS),
                "--duration",
                str(DURATION_S),
                "--session-s",
                "8",
                "--segment-s",
                "2",
                "--bootstrap",
                "--summary-json",
                str(summary_file),
            ],
            capture_output=True,
            text=True,
            timeout=DURATION_S + 150,
            env=env,
        )
    finally:
        # Shards on a joined cluster are detached: remove this run's own.
        try:
            ray.kill(ray.get_actor(shard_name(region, 0), namespace=ray_cluster.ray_namespace))
        except ValueError:
            pass  # the server never created it; the assertions below say why
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(summary_file.read_text())
    summary = result["summary"]
    assert result["passed"] and result["problems"] == []
    assert summary["requests"] > 0 and summary["failures"] == 0
    assert summary["req_ids_checked"] >= USERS and summary["req_ids_wrong"] == 0
    assert summary["keyframes_missing"] == summary["keyframes_extra"] == 0
    assert summary["latency"]["chunk->keyframes"]["requests"] > 0
    assert summary["latency"]["first keyframe"]["requests"] > 0
    assert "Response time percentiles" in done.stderr + done.stdout  # locust's own summary
    assert "POST bootstrap" in done.stderr + done.stdout  # every user asked /bootstrap first
    assert done.stdout.rstrip().endswith("PASS")
