"""The committed head.glb: parses, follows the avatar contract, moves as its targets say, and
equals a fresh generation; the rig maps keyframes to weights and rotations."""

from __future__ import annotations

import math

import numpy as np
import pytest

from spatius_motion.avatar import head, rig
from spatius_motion.avatar.gltf import GlbError, read_glb
from spatius_motion.workers import flame
from spatius_motion.workers.motion import JAW_MAX_RAD
from spatius_motion.workers.vocabulary import ARKIT_INDEX, ARKIT_NAMES

COMMITTED = head.DEFAULT_PATH


@pytest.fixture(scope="module")
def glb():
    return read_glb(COMMITTED.read_bytes())


@pytest.fixture(scope="module")
def mesh(glb):
    (m,) = [m for m in glb.document["meshes"] if m["name"] == "head"]
    prim = m["primitives"][0]
    base = glb.array(prim["attributes"]["POSITION"])
    targets = np.stack([glb.array(t["POSITION"]) for t in prim["targets"]])
    return m, base, targets


def part(mesh, name: str) -> slice:
    start, stop = mesh[0]["extras"]["parts"][name]
    return slice(start, stop)


def test_committed_file_equals_a_fresh_generation():
    assert head.glb_bytes() == COMMITTED.read_bytes(), "run: python -m spatius_motion.avatar.head"


def test_glb_is_small_and_well_formed(glb):
    assert COMMITTED.stat().st_size < 500_000
    doc = glb.document
    assert doc["asset"]["version"] == "2.0"
    assert doc["buffers"][0]["byteLength"] == len(glb.blob)
    for view in doc["bufferViews"]:
        assert view["byteOffset"] % 4 == 0 and view["byteOffset"] + view["byteLength"] <= len(glb.blob)
    for acc in doc["accessors"]:
        if "sparse" in acc:
            idx = glb._view(acc["sparse"]["indices"]["bufferView"], np.uint16, acc["sparse"]["count"])
            assert np.all(np.diff(idx.astype(int)) > 0) and idx[-1] < acc["count"]
    with pytest.raises(GlbError):
        read_glb(COMMITTED.read_bytes()[:-4])


def test_node_tree_and_rig_follow_the_contract(glb):
    doc = glb.document
    nodes = doc["nodes"]
    by_name = {n["name"]: n for n in nodes}
    assert [nodes[i]["name"] for i in doc["scenes"][doc["scene"]]["nodes"]] == [rig.NECK]
    assert [nodes[i]["name"] for i in by_name[rig.NECK]["children"]] == [rig.HEAD]
    assert sorted(nodes[i]["name"] for i in by_name[rig.HEAD]["children"]) == sorted([rig.EYE_LEFT, rig.EYE_RIGHT])
    assert by_name[rig.EYE_LEFT]["translation"][0] > 0 > by_name[rig.EYE_RIGHT]["translation"][0]
    assert doc["scenes"][0]["extras"]["spatiusRig"] == rig.RIG
    assert doc["meshes"][by_name[rig.HEAD]["mesh"]]["name"] == "head"


def test_52_targets_in_arkit_order_each_moving_something(mesh):
    m, base, targets = mesh
    assert m["extras"]["targetNames"] == list(ARKIT_NAMES)
    assert len(m["weights"]) == len(ARKIT_NAMES) == targets.shape[0]
    assert targets.shape[1:] == base.shape
    assert np.all(np.abs(targets).max(axis=(1, 2)) > 5e-4)


def test_jaw_open_drops_the_lower_lip_and_keeps_the_upper(mesh):
    _, base, targets = mesh
    jaw = targets[ARKIT_INDEX["jawOpen"]]
    lower, upper = part(mesh, "lowerLip"), part(mesh, "upperLip")
    assert jaw[lower, 1].mean() < -0.015
    assert np.abs(jaw[upper]).max() < 1e-6
    # the gap between the lips' centres opens by at least 1.5 cm
    centre = np.abs(base[lower, 0]) < 0.004
    assert (base[lower][centre, 1] + jaw[lower][centre, 1]).max() < base[upper, 1].min() - 0.015


def test_mouth_close_shuts_an_open_jaw(mesh):
    _, base, targets = mesh
    lower, upper = part(mesh, "lowerLip"), part(mesh, "upperLip")
    both = targets[ARKIT_INDEX["jawOpen"]] + targets[ARKIT_INDEX["mouthClose"]]
    gap = (base[upper, 1] + both[upper, 1]).min() - (base[lower, 1] + both[lower, 1]).max()
    assert gap < 0.003


def test_blink_brings_the_upper_lid_below_the_eye_centre(mesh, glb):
    _, base, targets = mesh
    for side in ("Left", "Right"):
        centre_x, centre_y, _ = glb.node("eye" + side)["translation"]
        lid = np.arange(base.shape[0])[part(mesh, "upperLid" + side)]
        lid = lid[np.abs(base[lid, 0] - centre_x) < 0.004]  # over the pupil
        assert base[lid, 1].min() > centre_y + 0.004
        closed = base[lid] + targets[ARKIT_INDEX["eyeBlink" + side]][lid]
        assert closed[:, 1].min() < centre_y - 0.001
        other = "Right" if side == "Left" else "Left"
        assert np.abs(targets[ARKIT_INDEX["eyeBlink" + side]][part(mesh, "upperLid" + other)]).max() == 0


def test_left_targets_move_the_avatars_left_side(mesh):
    _, base, targets = mesh
    for name in ("mouthSmileLeft", "browOuterUpLeft", "cheekSquintLeft", "mouthPressLeft"):
        moved = np.linalg.norm(targets[ARKIT_INDEX[name]], axis=1)
        assert (moved * base[:, 0]).sum() > 0, name
        mirror = np.linalg.norm(targets[ARKIT_INDEX[name.replace("Left", "Right")]], axis=1)
        assert (mirror * base[:, 0]).sum() < 0, name


def test_smile_raises_the_mouth_corners_and_pucker_narrows_the_mouth(mesh):
    _, base, targets = mesh
    lips = np.r_[part(mesh, "upperLip"), part(mesh, "lowerLip")]
    corners = lips[np.abs(base[lips, 0]) > 0.02]
    smile = targets[ARKIT_INDEX["mouthSmileLeft"]] + targets[ARKIT_INDEX["mouthSmileRight"]]
    assert smile[corners, 1].min() > 0.004
    pucker = targets[ARKIT_INDEX["mouthPucker"]]
    width = np.ptp(base[lips, 0])
    assert np.ptp(base[lips, 0] + pucker[lips, 0]) < 0.7 * width


# --- rig ----------------------------------------------------------------------------------


def test_neutral_keyframe_is_the_identity():
    weights, rotations = rig.pose([0.0] * flame.FLAME_FLOATS, [0.0] * len(ARKIT_NAMES))
    assert weights == [0.0] * len(ARKIT_NAMES)
    assert rotations == {rig.NECK: rig.IDENTITY, rig.EYE_LEFT: rig.IDENTITY, rig.EYE_RIGHT: rig.IDENTITY}
    assert rig.pose([0.0] * flame.FLAME_FLOATS, None)[0] == [0.0] * len(ARKIT_NAMES)


def test_arkit_weights_pass_through_clamped():
    arkit = np.linspace(-0.5, 1.5, len(ARKIT_NAMES))
    arkit[ARKIT_INDEX["mouthClose"]] = 0.0
    weights = rig.morph_weights([0.0] * flame.FLAME_FLOATS, arkit)
    assert weights == [min(max(float(a), 0.0), 1.0) for a in arkit]


def test_mouth_close_never_exceeds_jaw_open():
    arkit = np.zeros(len(ARKIT_NAMES))
    arkit[ARKIT_INDEX["mouthClose"]] = 1.0
    arkit[ARKIT_INDEX["jawOpen"]] = 0.3
    weights = rig.morph_weights([0.0] * flame.FLAME_FLOATS, arkit)
    assert weights[ARKIT_INDEX["mouthClose"]] == pytest.approx(0.3)
    arkit[ARKIT_INDEX["jawOpen"]] = 0.0
    assert rig.morph_weights([0.0] * flame.FLAME_FLOATS, arkit)[ARKIT_INDEX["mouthClose"]] == 0.0


def test_without_arkit_the_jaw_pose_and_eyelids_drive_the_morphs():
    row = np.zeros(flame.FLAME_FLOATS)
    row[flame.JAW_POSE.start] = 0.5 * JAW_MAX_RAD
    row[flame.EYE_LID] = (0.25, 2.0)
    weights = rig.morph_weights(row, None)
    assert weights[ARKIT_INDEX["jawOpen"]] == pytest.approx(0.5)
    assert weights[ARKIT_INDEX["eyeBlinkLeft"]] == pytest.approx(0.25)
    assert weights[ARKIT_INDEX["eyeBlinkRight"]] == 1.0
    assert sum(weights) == pytest.approx(1.75)


def _rotate(q, v):
    x, y, z, w = q
    u = np.array([x, y, z])
    v = np.asarray(v, dtype=float)
    return v + 2.0 * np.cross(u, np.cross(u, v) + w * v)


def test_neck_composes_rotation_then_neck_pose_and_eyes_take_eye_pose():
    row = np.zeros(flame.FLAME_FLOATS)
    row[flame.ROTATION] = (0.0, 0.3, 0.0)  # yaw to the avatar's left
    row[flame.NECK_POSE] = (0.2, 0.0, 0.0)  # pitch down
    row[flame.EYE_POSE] = (0.1, 0.0, 0.0, 0.0, -0.2, 0.0)
    rotations = rig.node_rotations(row)
    forward = _rotate(rotations[rig.NECK], (0.0, 0.0, 1.0))
    expected = (math.sin(0.3) * math.cos(0.2), -math.sin(0.2), math.cos(0.3) * math.cos(0.2))
    assert forward == pytest.approx(expected)
    assert _rotate(rotations[rig.EYE_LEFT], (0, 0, 1))[1] < 0  # +pitch looks down
    assert _rotate(rotations[rig.EYE_RIGHT], (0, 0, 1))[0] < 0  # -yaw looks to the right
    for q in rotations.values():
        assert sum(c * c for c in q) == pytest.approx(1.0)


def test_rotation_angles_are_clamped():
    row = np.zeros(flame.FLAME_FLOATS)
    row[flame.ROTATION] = (3.0, 0.0, 0.0)
    q = rig.node_rotations(row)[rig.NECK]
    limit = rig.RIG["rotations"][0]["maxAngleRad"]
    assert 2.0 * math.acos(q[3]) == pytest.approx(limit)


def test_the_head_and_its_left_right_targets_are_mirror_images(mesh):
    _, base, targets = mesh
    flip = np.array([-1.0, 1.0, 1.0])
    mirror, gaps = [], []  # the vertex at each vertex's mirror image, and how far off it is
    for block in np.array_split(base * flip, 16):
        distance = np.linalg.norm(block[:, None, :] - base[None, :, :], axis=-1)
        mirror.append(distance.argmin(axis=1))
        gaps.append(distance.min(axis=1))
    mirror = np.concatenate(mirror)
    assert np.concatenate(gaps).max() < 3e-6
    for name in ("eyeBlinkLeft", "mouthSmileLeft", "browDownLeft", "cheekSquintLeft", "jawLeft", "mouthLeft"):
        other = name.replace("Left", "Right")
        assert np.abs(targets[ARKIT_INDEX[name]][mirror] * flip - targets[ARKIT_INDEX[other]]).max() < 1e-5, name
