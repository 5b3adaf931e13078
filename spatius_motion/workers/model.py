"""Loads a motion model ONNX file, checks it against docs/model-contract.md, and runs it.

One ``MotionModel`` owns one ``onnxruntime.InferenceSession`` shared by every stream of a shard;
the engine batches streams into its calls. Everything the server needs to know about the model
(rates, feature front end, lookahead, state size) comes from the file's ``metadata_props``.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Sequence

import numpy as np
import onnxruntime as ort

from spatius_motion.settings import Settings
from spatius_motion.workers.features import FEATURE_METADATA_KEY, FeatureConfig
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ
from spatius_motion.workers.vocabulary import ARKIT_NAMES, VISEME_NAMES

log = logging.getLogger(__name__)

CONTRACT_VERSION = "1"
REQUIRED_METADATA = (
    "spatius.contract",
    "spatius.name",
    "spatius.version",
    "spatius.sample_rate_hz",
    "spatius.keyframe_rate_hz",
    FEATURE_METADATA_KEY,
    "spatius.lookahead_keyframes",
    "spatius.state_size",
    "spatius.arkit_names",
    "spatius.viseme_names",
)
INPUT_NAMES = ("features", "state")
OUTPUT_NAMES = ("arkit", "visemes", "state_out")


def contract_metadata(
    feature: FeatureConfig,
    *,
    lookahead_keyframes: int,
    state_size: int,
    name: str,
    version: str,
    baseline: bool = False,
) -> dict[str, str]:
    """The ``metadata_props`` a model file carries under docs/model-contract.md (all strings).

    Writers of model files (the trainer's exporter, the baseline builder) use this so that
    what they write is exactly what ``MotionModel`` checks when it loads.
    """
    metadata = {
        "spatius.contract": CONTRACT_VERSION,
        "spatius.name": name,
        "spatius.version": version,
        "spatius.sample_rate_hz": str(feature.sample_rate_hz),
        "spatius.keyframe_rate_hz": str(KEYFRAME_RATE_HZ),
        FEATURE_METADATA_KEY: feature.to_json(),
        "spatius.lookahead_keyframes": str(lookahead_keyframes),
        "spatius.state_size": str(state_size),
        "spatius.arkit_names": json.dumps(list(ARKIT_NAMES)),
        "spatius.viseme_names": json.dumps(list(VISEME_NAMES)),
    }
    if baseline:
        metadata["spatius.baseline"] = "true"
    return metadata


class ModelContractError(ValueError):
    """The ONNX file does not follow docs/model-contract.md; the message says which rule."""


def _int(metadata: dict[str, str], key: str, minimum: int) -> int:
    try:
        value = int(metadata[key])
    except ValueError:
        raise ModelContractError(f"metadata {key}={metadata[key]!r} is not an integer") from None
    if value < minimum:
        raise ModelContractError(f"metadata {key}={value} must be >= {minimum}")
    return value


def _names(metadata: dict[str, str], key: str, expected: tuple[str, ...]) -> None:
    try:
        names = json.loads(metadata[key])
    except json.JSONDecodeError:
        raise ModelContractError(f"metadata {key} is not JSON") from None
    if tuple(names) != expected:
        raise ModelContractError(f"metadata {key} differs from workers/vocabulary.py")


def _check_io(
    kind: str,
    args: Sequence[ort.NodeArg],
    names: tuple[str, ...],
    last_dims: dict[str, int],
    ranks: dict[str, int],
) -> None:
    found = tuple(arg.name for arg in args)
    if found != names:
        raise ModelContractError(f"{kind}s must be {list(names)} in that order, got {list(found)}")
    for arg in args:
        if arg.type != "tensor(float)":
            raise ModelContractError(f"{kind} {arg.name} must be float32, got {arg.type}")
        shape = arg.shape
        if len(shape) != ranks[arg.name]:
            raise ModelContractError(f"{kind} {arg.name} must have rank {ranks[arg.name]}, got {shape}")
        last = shape[-1]
        if isinstance(last, int) and last != last_dims[arg.name]:
            raise ModelContractError(f"{kind} {arg.name} last dimension must be {last_dims[arg.name]}, got {last}")


def resolve_providers(requested: Sequence[str], available: Sequence[str]) -> list[str]:
    """The requested onnxruntime providers that this build offers, in order; CPU as the fallback."""
    chosen = [name for name in requested if name in available]
    missing = [name for name in requested if name not in available]
    if missing:
        log.warning("onnxruntime providers not available here, skipped: %s", ", ".join(missing))
    if not chosen:
        log.warning("no requested onnxruntime provider is available; running on CPU")
        chosen = ["CPUExecutionProvider"]
    return chosen


class MotionModel:
    """A contract-1 motion model: metadata, validation and batched streaming inference."""

    def __init__(
        self,
        path: str | Path,
        *,
        threads: int = 1,
        providers: Sequence[str] = ("CPUExecutionProvider",),
    ) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ModelContractError(f"model file not found: {self.path}")
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        try:
            self.session = ort.InferenceSession(
                str(self.path),
                options,
                providers=resolve_providers(providers, ort.get_available_providers()),
            )
        except Exception as exc:  # onnxruntime raises its own untyped errors for bad files
            raise ModelContractError(f"onnxruntime cannot load {self.path.name}: {exc}") from exc
        self.providers = self.session.get_providers()
        self.metadata = dict(self.session.get_modelmeta().custom_metadata_map)
        self._validate()

    @classmethod
    def from_settings(cls, settings: Settings) -> "MotionModel":
        providers = [name.strip() for name in settings.onnx_providers.split(",") if name.strip()]
        return cls(settings.model_path, threads=settings.onnx_threads, providers=providers)

    def _validate(self) -> None:
        metadata = self.metadata
        missing = [key for key in REQUIRED_METADATA if key not in metadata]
        if missing:
            raise ModelContractError(f"metadata keys missing: {', '.join(missing)}")
        if metadata["spatius.contract"] != CONTRACT_VERSION:
            raise ModelContractError(
                f"contract version {metadata['spatius.contract']!r}, this server reads {CONTRACT_VERSION!r}"
            )
        self.name = metadata["spatius.name"]
        self.version = metadata["spatius.version"]
        self.is_baseline = metadata.get("spatius.baseline", "false").lower() == "true"
        self.sample_rate_hz = _int(metadata, "spatius.sample_rate_hz", 1)
        self.keyframe_rate_hz = _int(metadata, "spatius.keyframe_rate_hz", 1)
        self.lookahead_keyframes = _int(metadata, "spatius.lookahead_keyframes", 0)
        self.state_size = _int(metadata, "spatius.state_size", 1)
        try:
            self.feature_config = FeatureConfig.from_json(metadata[FEATURE_METADATA_KEY])
        except Exception as exc:
            raise ModelContractError(f"metadata {FEATURE_METADATA_KEY} is invalid: {exc}") from None
        if self.feature_config.sample_rate_hz != self.sample_rate_hz:
            raise ModelContractError("feature sample rate differs from spatius.sample_rate_hz")
        if self.sample_rate_hz % self.keyframe_rate_hz:
            raise ModelContractError("sample rate is not a whole number of samples per keyframe")
        self.samples_per_keyframe = self.sample_rate_hz // self.keyframe_rate_hz
        if self.samples_per_keyframe % self.feature_config.hop_samples:
            raise ModelContractError("a keyframe is not a whole number of feature hops")
        self.frames_per_keyframe = self.samples_per_keyframe // self.feature_config.hop_samples
        _names(metadata, "spatius.arkit_names", ARKIT_NAMES)
        _names(metadata, "spatius.viseme_names", VISEME_NAMES)
        ranks = {"features": 3, "state": 2, "arkit": 3, "visemes": 3, "state_out": 2}
        _check_io(
            "input",
            self.session.get_inputs(),
            INPUT_NAMES,
            {"features": self.feature_config.n_mels, "state": self.state_size},
            ranks,
        )
        _check_io(
            "output",
            self.session.get_outputs(),
            OUTPUT_NAMES,
            {"arkit": len(ARKIT_NAMES), "visemes": len(VISEME_NAMES), "state_out": self.state_size},
            ranks,
        )

    def initial_state(self, batch: int = 1) -> np.ndarray:
        """The state of new streams: zeros, float32 [batch, S]."""
        return np.zeros((batch, self.state_size), dtype=np.float32)

    def run(self, features: np.ndarray, state: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """One batched streaming step.

        ``features`` float32 [B, frames_per_keyframe * k, n_mels], ``state`` float32 [B, S] ->
        (arkit [B, k, 52], visemes [B, k, 15], state_out [B, S]).
        """
        arkit, visemes, state_out = self.session.run(OUTPUT_NAMES, {"features": features, "state": state})
        return arkit, visemes, state_out

    def describe(self) -> dict[str, object]:
        """Name, version and streaming parameters, for ``ping`` and logs."""
        return {
            "name": self.name,
            "version": self.version,
            "baseline": self.is_baseline,
            "sample_rate_hz": self.sample_rate_hz,
            "lookahead_keyframes": self.lookahead_keyframes,
            "state_size": self.state_size,
            "providers": list(self.providers),
        }
