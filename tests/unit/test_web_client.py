"""The browser client's node unit tests, its build inputs and the demo's token-helper rule.

The generated JS (``web/src/generated``) and the built bundle the gateway serves
(``spatius_motion/gateway/demo_static``) must equal a fresh generation and build from the
sources; these checks run node and need ``web/node_modules`` (``make web-deps``, which
``make test`` runs), and skip with the reason otherwise.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from spatius_motion.gateway import demo

REPO = Path(__file__).resolve().parents[2]
WEB = REPO / "web"
NODE = shutil.which("node")


def _needs_node() -> None:
    if NODE is None:
        pytest.skip("node is not installed")
    if not (WEB / "node_modules" / ".installed").exists():
        pytest.skip("web/node_modules is missing: run `make web-deps`")


def _same_files(built: Path, committed: Path, names: list[str]) -> None:
    stale = [name for name in names if (built / name).read_bytes() != (committed / name).read_bytes()]
    assert stale == [], f"{stale} differ from a fresh build: run `make web` and commit the result"


def test_node_unit_suite():
    """The client's hermetic node tests (web/test/*.test.mjs but the live-server session suite,
    which tests/integration/test_web.py runs)."""
    _needs_node()
    tests = sorted(str(p.relative_to(WEB)) for p in (WEB / "test").glob("*.test.mjs") if p.name != "session.test.mjs")
    done = subprocess.run([NODE, "--test", *tests], cwd=WEB, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "# fail 0" in done.stdout and "# skipped 0" in done.stdout


def test_generated_js_is_current(tmp_path):
    _needs_node()
    subprocess.run([NODE, "scripts/gen-proto.mjs", str(tmp_path)], cwd=WEB, check=True, capture_output=True)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["spatius_pb.js", "vocabulary.js"]
    _same_files(tmp_path, WEB / "src" / "generated", names)


def test_demo_bundle_is_current(tmp_path):
    _needs_node()
    subprocess.run([NODE, "scripts/build.mjs", str(tmp_path)], cwd=WEB, check=True, capture_output=True)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert {"index.html", "demo.js", "capture-worklet.js", "demo.css", "THIRD_PARTY_LICENSES.txt"} <= set(names)
    _same_files(tmp_path, demo.STATIC_DIR, names)
    committed = {p.name for p in demo.STATIC_DIR.iterdir()}
    assert committed == set(names) | {"sample.wav"}, "demo_static holds files the build does not make"


@pytest.mark.parametrize(
    "client, host, origin",
    [
        ("127.0.0.1", "127.0.0.1:8080", None),
        ("127.0.0.1", "localhost:8080", "http://localhost:8080"),
        ("::1", "[::1]:8080", "http://[::1]:8080"),
        ("::ffff:127.0.0.1", "127.0.0.2:9", "http://127.0.0.2:9"),
    ],
)
def test_token_helper_answers_pages_it_serves_on_this_machine(client, host, origin):
    assert demo.refusal(client, host, origin) is None


@pytest.mark.parametrize(
    "client, host, origin, reason",
    [
        ("10.1.2.3", "127.0.0.1:8080", None, "clients on this machine"),
        (None, "127.0.0.1:8080", None, "clients on this machine"),
        ("127.0.0.1", "evil.example:8080", "http://evil.example:8080", "addressed to localhost"),
        ("127.0.0.1", "192.168.1.5:8080", None, "addressed to localhost"),
        ("127.0.0.1", "127.0.0.1:8080", "http://evil.example", "foreign Origin"),
        ("127.0.0.1", "127.0.0.1:8080", "http://127.0.0.1:9999", "foreign Origin"),
        ("127.0.0.1", "127.0.0.1:8080", "null", "foreign Origin"),
    ],
)
def test_token_helper_refuses_other_machines_and_foreign_pages(client, host, origin, reason):
    refusal = demo.refusal(client, host, origin)
    assert refusal is not None and reason in refusal


def test_js_rig_matches_python_rig_on_the_same_keyframes():
    """web/src/rig.js, fed the rig data read from head.glb, poses the head as avatar/rig.py does."""
    if NODE is None:
        pytest.skip("node is not installed")
    import json

    import numpy as np

    from spatius_motion.avatar import rig
    from spatius_motion.avatar.gltf import read_glb
    from spatius_motion.workers.flame import FIELDS

    glb_rig = read_glb(demo.HEAD_GLB.read_bytes()).document["scenes"][0]["extras"]["spatiusRig"]
    assert glb_rig == json.loads(json.dumps(rig.RIG))
    rng = np.random.default_rng(7)
    rows = rng.normal(0.0, 0.3, (6, 120)).astype(np.float32)
    rows[0] = 0.0  # neutral
    rows[1, 3:9] = 2.0  # past maxAngleRad
    rows[2, 9] = 1.5  # jaw past the clamp (fallback path)
    arkit = rng.uniform(-0.2, 1.2, (6, 52)).astype(np.float32)
    cases = [(row, None if i in (0, 2, 4) else weights) for i, (row, weights) in enumerate(zip(rows, arkit))]
    camel = {"neck_pose": "neckPose", "jaw_pose": "jawPose", "eye_pose": "eyePose", "eye_lid": "eyeLid"}
    keyframes = [
        {
            "flame": {camel.get(name, name): row[cols].tolist() for name, cols in FIELDS},
            "arkit": None if weights is None else weights.tolist(),
        }
        for row, weights in cases
    ]
    script = (
        "import { flameRow, pose } from './src/rig.js';"
        "let input = ''; process.stdin.on('data', (d) => input += d); process.stdin.on('end', () => {"
        "const { rig, keyframes } = JSON.parse(input);"
        "const out = keyframes.map((k) => { const p = pose(flameRow(k.flame), k.arkit, rig);"
        "return { weights: Array.from(p.weights), rotations: p.rotations }; });"
        "process.stdout.write(JSON.stringify(out)); });"
    )
    done = subprocess.run(
        [NODE, "--input-type=module", "-e", script],
        cwd=WEB,
        input=json.dumps({"rig": glb_rig, "keyframes": keyframes}),
        capture_output=True,
        text=True,
        check=True,
    )
    js = json.loads(done.stdout)
    for (row, weights), got in zip(cases, js):
        want_weights, want_rotations = rig.pose(row.tolist(), None if weights is None else weights.tolist())
        np.testing.assert_allclose(got["weights"], want_weights, rtol=0, atol=1e-6)
        assert set(got["rotations"]) == set(want_rotations)
        for node, quaternion in want_rotations.items():
            np.testing.assert_allclose(got["rotations"][node], quaternion, rtol=0, atol=1e-9)
