// Keyframe -> head rig, the same small formula as spatius_motion/avatar/rig.py, evaluated from
// the data the head model carries (glb scenes[0].extras.spatiusRig), so the numbers are defined
// once, in Python. No I/O and no three.js: the page applies the result to its scene.
import { ARKIT_NAMES } from "./generated/vocabulary.js";

const FLAME_FIELDS = ["translation", "rotation", "neckPose", "jawPose", "eyePose", "eyeLid", "expression"];
const ARKIT_INDEX = Object.fromEntries(ARKIT_NAMES.map((name, i) => [name, i]));
const IDENTITY = [0, 0, 0, 1];

/** A decoded keyframe's FLAME fields as the flat 120-float row (wire field order). */
export function flameRow(flame) {
  const row = new Float32Array(120);
  let at = 0;
  for (const name of FLAME_FIELDS) {
    const values = flame[name] ?? [];
    row.set(values, at);
    at += name === "expression" ? 100 : name === "eyePose" ? 6 : name === "eyeLid" ? 2 : 3;
  }
  return row;
}

const clamp = (v, [lo, hi]) => Math.min(Math.max(v, lo), hi);

/** Unit quaternion [x, y, z, w] of axis-angle gain * v (radians), the angle clamped to maxAngle. */
export function axisAngleQuaternion(v, gain = 1, maxAngle = Infinity) {
  const x = gain * v[0], y = gain * v[1], z = gain * v[2];
  const angle = Math.sqrt(x * x + y * y + z * z);
  if (angle < 1e-12) return IDENTITY.slice();
  const a = Math.min(angle, maxAngle);
  const s = Math.sin(a / 2) / angle;
  return [x * s, y * s, z * s, Math.cos(a / 2)];
}

/** Hamilton product a * b of [x, y, z, w] quaternions. */
export function multiply(a, b) {
  const [ax, ay, az, aw] = a, [bx, by, bz, bw] = b;
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

/** The 52 morph weights (ARKit order) of one keyframe: ARKit weights when present, else the FLAME fallback. */
export function morphWeights(row, arkit, rig) {
  const { gain, clamp: bounds, atMost = {} } = rig.morphs;
  const weights = new Float64Array(ARKIT_NAMES.length);
  if (arkit) {
    for (let i = 0; i < weights.length; i++) weights[i] = clamp(gain * arkit[i], bounds);
  } else {
    for (const entry of rig.fallback) weights[ARKIT_INDEX[entry.morph]] = clamp(entry.scale * row[entry.index], bounds);
  }
  // A morph that must not exceed another (mouthClose past jawOpen would push the lips through).
  for (const [name, limit] of Object.entries(atMost)) {
    weights[ARKIT_INDEX[name]] = Math.min(weights[ARKIT_INDEX[name]], weights[ARKIT_INDEX[limit]]);
  }
  return weights;
}

/** Node name -> quaternion [x, y, z, w] of one keyframe's FLAME row. */
export function nodeRotations(row, rig) {
  const out = {};
  for (const entry of rig.rotations) {
    let q = IDENTITY.slice();
    for (const [start, stop] of entry.blocks) {
      q = multiply(q, axisAngleQuaternion(row.subarray(start, stop), entry.gain, entry.maxAngleRad));
    }
    out[entry.node] = q;
  }
  return out;
}

/** One keyframe's rig: {weights: Float64Array(52), rotations: {node: [x, y, z, w]}}. */
export function pose(row, arkit, rig) {
  return { weights: morphWeights(row, arkit, rig), rotations: nodeRotations(row, rig) };
}
