"""Reads MotionNet weights back from an exported contract file (one network or an ensemble's member).

Shipped models keep only their ONNX file, not the training checkpoints. The exporter keeps
the parameters' names for most initialisers (``frame_conv.conv.bias``, ``blocks.0.norm.bias``,
...); the linear layers' weights are stored transposed as ``MatMul`` inputs under generated
names, found by their node's module path (``/stack/MatMul``, ``/blocks.0/conv/MatMul``; the
causal convs of files exported in the product form as ``[kernel * C_in, C_out]``, of older
files as ``Conv`` weights under their own names), and the GRU's as the ONNX ``GRU``
operator's inputs (gates z, r, h; torch orders r, z, n). So a network, with its feature
statistics, ARKit mask and calibrated closure bias, is rebuilt exactly: re-exported, it gives
the same outputs (unit test; the shipped 0.7.0 to 1e-6).

Uses: warm-starting a student from a shipped network, and re-exporting a shipped model in the
current graph form (``training.model.CausalConv``'s matrix products) at the same quality.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from spatius_motion.training.model import ModelConfig, MotionNet


def member_prefixes(path: str | Path) -> list[str]:
    """Name prefixes of the networks in a file: ``[""]`` for one network, ``["m0/", "m1/", ...]``
    for an ensemble (``training.ensemble.combine``)."""
    names = [i.name for i in onnx.load(str(path)).graph.initializer]
    prefixes = sorted({n.split("/", 1)[0] + "/" for n in names if n.startswith("m") and "/" in n})
    return prefixes or [""]


def _gru_to_torch(w: np.ndarray) -> np.ndarray:
    """ONNX GRU gate blocks (z, r, h) along axis 0 -> torch's (r, z, n)."""
    z, r, h = np.split(w, 3, axis=0)
    return np.concatenate([r, z, h], axis=0)


def load_network(path: str | Path, prefix: str = "", config: ModelConfig | None = None) -> MotionNet:
    """The network of ``prefix`` in the contract file ``path`` (eval mode), of ``config``'s
    shape (default ``ModelConfig()``, with the file's ARKit mask)."""
    proto = onnx.load(str(path))
    init = {i.name: numpy_helper.to_array(i) for i in proto.graph.initializer if i.name.startswith(prefix)}
    named = {k[len(prefix) :]: v for k, v in init.items()}
    mask = tuple(float(x) for x in named["arkit_mask"])
    net = MotionNet(replace(config or ModelConfig(), arkit_mask=mask)).eval()
    state = {k: torch.from_numpy(np.array(v)) for k, v in named.items() if k in net.state_dict()}
    gru_inputs: list[str] = []
    for node in proto.graph.node:
        if not node.name.startswith(prefix):
            continue
        if node.op_type == "MatMul" and node.input[1] in init:
            module = node.name[len(prefix) :].rsplit("/", 1)[0].strip("/")  # e.g. blocks.0/conv
            weight = np.array(init[node.input[1]])
            if module.endswith("conv"):  # a causal conv as one product: [kernel * C_in, C_out]
                name = module.replace("/", ".") + ".conv.weight"
                kernel = net.state_dict()[name].shape[2] if name in net.state_dict() else 1
                weight = weight.reshape(kernel, -1, weight.shape[1]).transpose(2, 1, 0)
            else:
                name = module.split("/")[-1] + ".weight"
                weight = weight.T
            state[name] = torch.from_numpy(np.ascontiguousarray(weight))
        if node.op_type == "GRU":
            gru_inputs = list(node.input[1:4])
    if not gru_inputs:
        raise ValueError(f"{path}: no GRU in the network of {prefix!r}")
    w, r, b = (init[name][0] for name in gru_inputs)
    hidden = w.shape[0] // 3
    state["gru.weight_ih_l0"] = torch.from_numpy(_gru_to_torch(w))
    state["gru.weight_hh_l0"] = torch.from_numpy(_gru_to_torch(r))
    state["gru.bias_ih_l0"] = torch.from_numpy(_gru_to_torch(b[: 3 * hidden]))
    state["gru.bias_hh_l0"] = torch.from_numpy(_gru_to_torch(b[3 * hidden :]))
    missing = set(net.state_dict()) - set(state)
    wrong = [k for k, v in net.state_dict().items() if k in state and state[k].shape != v.shape]
    extra = set(state) - set(net.state_dict())
    if missing or wrong or extra:
        raise ValueError(
            f"{path}: not a network of this shape: no weights for {sorted(missing)}, "
            f"shapes differ: {wrong}, weights of no layer here: {sorted(extra)}"
        )
    net.load_state_dict(state)
    return net


def load_init(spec: str, config: ModelConfig) -> MotionNet:
    """The network ``FILE`` or ``FILE#PREFIX`` names (``TrainConfig.init``), of ``config``'s
    shape; an ensemble file without a prefix gives its first member."""
    path, _, prefix = spec.partition("#")
    return load_network(path, prefix or member_prefixes(path)[0], replace(config, phone_classes=0))


def reexport(source: str | Path, out: str | Path, config: ModelConfig | None = None) -> Path:
    """Writes ``source``'s networks of ``config``'s shape (default ``ModelConfig()``, every
    shipped tcn-gru's), rebuilt and exported in the current graph form (one file, or the
    ensemble of its members), to ``out`` with the source's name and version."""
    import tempfile

    from spatius_motion.training.ensemble import combine
    from spatius_motion.training.export import export_onnx
    from spatius_motion.workers.features import FEATURE_METADATA_KEY, FeatureConfig

    meta = {p.key: p.value for p in onnx.load(str(source)).metadata_props}
    feature = FeatureConfig.from_json(meta[FEATURE_METADATA_KEY])
    name, version = meta["spatius.name"], meta["spatius.version"]
    prefixes = member_prefixes(source)
    if prefixes == [""]:
        return export_onnx(load_network(source, "", config), out, name=name, version=version, feature=feature)
    with tempfile.TemporaryDirectory() as tmp:
        members = [
            export_onnx(
                load_network(source, p, config), Path(tmp) / f"m{k}.onnx", name=name, version=version, feature=feature
            )
            for k, p in enumerate(prefixes)
        ]
        return combine(members, out, name=name, version=version)


def main(argv: list[str] | None = None) -> int:
    """``python -m spatius_motion.training.importer SOURCE.onnx OUT.onnx``: ``reexport``."""
    import argparse

    parser = argparse.ArgumentParser(prog="spatius_motion.training.importer", description=reexport.__doc__)
    parser.add_argument("source")
    parser.add_argument("out")
    args = parser.parse_args(argv)
    out = reexport(args.source, args.out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
