"""One official ``spatius`` SDK session against a running server; exits non-zero unless it is whole.

    python scripts/image_sdk_check.py CREDENTIALS.json [--seconds 2.0]

CREDENTIALS.json is what ``spatius-motion serve --dev-credentials`` writes (app id, API key,
avatar id, console and ingress URLs). The session requests a token, opens the WebSocket, sends
``--seconds`` of 16 kHz speech-like PCM as one req_id ending with ``end=true``, and waits for its
animation. It passes when the req_id's keyframes number one per whole 1/25 s of audio, exactly
one message carries ``end=true``, and the SDK reported no error. Prints one JSON line with the
figures. Used by scripts/image_test.sh (the host's test venv: the ``test`` extra has the SDK).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tests" / "integration"))

import spatius  # noqa: E402
from conftest import AppCredentials  # noqa: E402
from sdk_client import run_request  # noqa: E402

from spatius_motion.loadtest.session import expected_keyframes  # noqa: E402

RATE_HZ = 16000


async def check(credentials: AppCredentials, seconds: float) -> dict:
    started = time.monotonic()
    recorder, req_id = await asyncio.wait_for(run_request(credentials, seconds=seconds, rate_hz=RATE_HZ), timeout=60)
    keyframes = len(recorder.keyframes[req_id])
    expected = expected_keyframes(int(seconds * RATE_HZ), RATE_HZ)
    return {
        "req_id": req_id,
        "keyframes": keyframes,
        "expected_keyframes": expected,
        "end_messages": recorder.ends[req_id],
        "errors": [repr(e) for e in recorder.errors],
        "seconds": round(time.monotonic() - started, 3),
        "ok": keyframes == expected and recorder.ends[req_id] == 1 and not recorder.errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("credentials", type=Path)
    parser.add_argument("--seconds", type=float, default=2.0, help="audio of the req_id (s)")
    args = parser.parse_args(argv)
    spatius.configure_telemetry("")  # keep the SDK's telemetry off a self-hosted setup
    credentials = AppCredentials(json.loads(args.credentials.read_text()))
    result = asyncio.run(check(credentials, args.seconds))
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
