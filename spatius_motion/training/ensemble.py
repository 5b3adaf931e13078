"""Averages several contract models into one contract model file (docs/model-contract.md).

Members are exported ONNX files that share a front end (feature config, keyframe rate, sample
rate) and a lookahead, e.g. one recipe trained from different seeds. The combined graph feeds
the same ``features`` to every member, gives each member its own slice of the ``state`` vector
(members in order, each ``state_size`` floats), and returns the element-wise mean of their
``arkit`` weights and ``viseme`` posteriors (so weights stay in [0, 1] and posteriors sum to 1)
and the concatenation of their ``state_out``. Averaging independently trained networks cancels
part of each one's error: on real speech it raises jawOpen correlation more than any single-model
change tried (spatius_motion/models/tcn-gru/CHANGES.md). Compute, size and state are the members' sums; the
lookahead, and so the latency, is unchanged. Streaming parity holds member by member, so it
holds for the whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import onnx
from onnx import compose, helper, numpy_helper

from spatius_motion.training.export import save_contract_model
from spatius_motion.workers.features import FEATURE_METADATA_KEY, FeatureConfig
from spatius_motion.workers.model import contract_metadata

SHARED_KEYS = (
    "spatius.contract",
    "spatius.sample_rate_hz",
    "spatius.keyframe_rate_hz",
    FEATURE_METADATA_KEY,
    "spatius.lookahead_keyframes",
    "spatius.arkit_names",
    "spatius.viseme_names",
)
"""Metadata every member must agree on: they read the same input and mean the same outputs."""

OUTPUTS = ("arkit", "visemes")


def _metadata(proto: onnx.ModelProto) -> dict[str, str]:
    return {entry.key: entry.value for entry in proto.metadata_props}


def combine(members: Sequence[str | Path], path: str | Path, *, name: str, version: str) -> Path:
    """Writes the mean of ``members`` (ONNX contract files) to ``path``; returns the path."""
    if len(members) < 2:
        raise ValueError("an ensemble needs at least two members")
    protos = [onnx.load(str(m)) for m in members]
    metas = [_metadata(p) for p in protos]
    if any(m.get("spatius.baseline") for m in metas):
        raise ValueError("the loudness baseline is not a trained member")
    for key in SHARED_KEYS:
        values = {m.get(key) for m in metas}
        if len(values) != 1:
            raise ValueError(f"members disagree on {key}: {sorted(map(str, values))}")
    opsets = {tuple((o.domain, o.version) for o in p.opset_import) for p in protos}
    if len(opsets) != 1:
        raise ValueError(f"members use different opsets: {sorted(opsets)}")

    sizes = [int(m["spatius.state_size"]) for m in metas]
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    nodes, initializers, value_info = [], [], []
    for k, proto in enumerate(protos):
        prefix = f"m{k}/"
        member = compose.add_prefix(proto, prefix)
        graph = member.graph
        nodes.append(helper.make_node("Identity", ["features"], [f"{prefix}features"], name=f"{prefix}features_in"))
        for suffix, value in (("start", offsets[k]), ("end", offsets[k + 1]), ("axis", 1)):
            initializers.append(numpy_helper.from_array(np.array([value], np.int64), f"{prefix}state_{suffix}"))
        nodes.append(
            helper.make_node(
                "Slice",
                ["state", f"{prefix}state_start", f"{prefix}state_end", f"{prefix}state_axis"],
                [f"{prefix}state"],
                name=f"{prefix}state_in",
            )
        )
        nodes.extend(graph.node)
        initializers.extend(graph.initializer)
        value_info.extend(graph.value_info)
    count = len(protos)
    for output in OUTPUTS:
        nodes.append(
            helper.make_node("Mean", [f"m{k}/{output}" for k in range(count)], [output], name=f"mean_{output}")
        )
    nodes.append(
        helper.make_node(
            "Concat", [f"m{k}/state_out" for k in range(count)], ["state_out"], axis=1, name="concat_state_out"
        )
    )

    first = protos[0].graph
    graph = helper.make_graph(
        nodes,
        f"ensemble-{name}",
        list(first.input),
        list(first.output),
        initializer=initializers,
        value_info=value_info,
    )
    # the members' own state shapes have a fixed width; the ensemble's is the sum
    for value in (*graph.input, *graph.output):
        if value.name in ("state", "state_out"):
            value.type.tensor_type.shape.dim[1].dim_value = int(offsets[-1])
    model = helper.make_model(
        graph, opset_imports=list(protos[0].opset_import), producer_name="spatius-motion training.ensemble"
    )
    model.ir_version = protos[0].ir_version
    feature = FeatureConfig.from_json(metas[0][FEATURE_METADATA_KEY])
    metadata = contract_metadata(
        feature,
        lookahead_keyframes=int(metas[0]["spatius.lookahead_keyframes"]),
        state_size=int(offsets[-1]),
        name=name,
        version=version,
    )
    return save_contract_model(model, path, metadata)
