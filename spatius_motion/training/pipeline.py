"""``python -m spatius_motion.training.pipeline [--smoke]``: corpus -> alignment -> features cache ->
train -> calibrate -> export -> eval.

The training utterances are relabelled by forced alignment before the features step
(``--labels aligned``, the default: ``training.align.align_corpus``; each stage's duration on
the development machine is in spatius_motion/models/tcn-gru/CHANGES.md); ``--labels engine``
keeps each TTS engine's own phone timing.

The model is the mean of ``--members`` networks (default 2) trained with the same recipe from
seeds 0, 1, ... (each with its own validation split and closure calibration) and combined into
one contract file by ``training.ensemble.combine``. ``--jobs`` members train at once (default
2, one process each with an equal share of the training threads), so on 2 cores both members
train side by side for the whole ``--train-minutes``; with ``--jobs 1`` they train one after
the other in this process, each for an equal share of it.

Every step is cached or resumable: the corpus build resumes from its manifest, forced
alignments are cached per shard, the features/labels cache is keyed by the corpus hash,
training resumes from each member's ``last.pt``, and export/eval rerun only when their input
is newer than their output. Outputs go to ``runs/<name>/`` (``member-<k>/`` checkpoints and
files, ``model.onnx``, ``eval.json``, ``CARD.md``); shipping a model under ``models/`` is a
separate, deliberate copy.

``--smoke`` runs the whole chain on a tiny corpus and a few steps and fails unless the
exported file streams identically to a full call (max abs diff <= 1e-4).

``--members 1 --teacher FILE`` trains one network with a teacher's outputs as soft targets
beside the labels (``training.distill``), e.g. a one-network student of the two-network 0.7.0;
``--reference FILE`` scores a model beside the trained one on every set and applies issue 23's
quality rule against it (``training.evaluate.reference_verdict``).

Size (over ~400 lines): the chain's stages, its command line and the card it writes; each stage
calls into its own module, and this file only orders and caches them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Sequence

from spatius_motion.settings import MODELS_DIR
from spatius_motion.training.corpus.builder import CHANNEL_PROBABILITY_HELP, BuildConfig
from spatius_motion.training.model import FLOPS_LIMIT_PER_10MS, ModelConfig, MotionNet, count_flops_per_keyframe
from spatius_motion.training.train import TrainConfig

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The checkout the pipeline works in: ``data/`` and ``runs/`` live there."""
MODEL_NAME = "tcn-gru"
MODEL_VERSION = "0.7.0"
PARITY_TOLERANCE = 1e-4
DEFAULT_MEMBERS = 2
"""Networks averaged into the shipped model: two of ``ModelConfig()`` run 0.77 of the 1 MFLOP
per 10 ms the model may cost; a third would not fit."""
DEFAULT_JOBS = 2
"""Members trained at once: on 2 cores two single-threaded processes outrun one two-threaded
process taking the members in turn (``bench/train_throughput.py``)."""
DEFAULT_JAW_CORR_WEIGHT = 1.0
"""Weight of the jaw's within-crop correlation term (``TrainConfig.jaw_corr_weight``) in the
shipped recipe: with it, 0.7.0 raised jaw r on the unseen voice and on real speech
(spatius_motion/models/tcn-gru/CHANGES.md)."""
STEPS = ("corpus", "features", "train", "export", "eval")


def compute_per_10ms(configs: Sequence[ModelConfig]) -> float:
    """FLOPs per 10 ms of audio of networks of ``configs`` averaged in one model file."""
    return sum(count_flops_per_keyframe(MotionNet(c)) / c.frames_per_keyframe for c in configs)


def _log(message: str) -> None:
    print(f"[pipeline {time.strftime('%H:%M:%S')}] {message}", flush=True)


def build_corpus(
    corpus_dir: Path,
    smoke: bool,
    hours: float | None,
    other_language_share: float = BuildConfig.other_language_share,
    kokoro_share: float = BuildConfig.kokoro_share,
) -> None:
    """Builds (or resumes) ``corpus_dir/train`` and ``corpus_dir/eval-slt`` with the corpus
    builder: clean audio (channels come after alignment, ``channel_dataset``)."""
    from spatius_motion.training.corpus.builder import build

    if smoke:
        config = BuildConfig.smoke_config()
    else:
        config = BuildConfig(other_language_share=other_language_share, kokoro_share=kokoro_share)
        if hours is not None:
            config = replace(config, hours=hours)
    report = build(corpus_dir, config)
    for line in report.lines():
        _log(line)


def load_utterances(path: Path, exclude_voices: set[str] | None = None):
    """Every utterance of a corpus directory (``training.corpus.dataset.CorpusDataset``)."""
    from spatius_motion.training.corpus.dataset import CorpusDataset

    data = CorpusDataset(path, exclude_voices=exclude_voices)
    return [data.utterance(k) for k in range(len(data))]


def relabel(utterances: list, train_dir: Path, cache_dir: Path) -> list:
    """The utterances with forced-alignment phones (``training.align.align_corpus``) wherever
    their audio and text align; the others keep their engine's phones, except those of engines
    without phone timing (``UNTIMED_ENGINES``), which are left out."""
    from spatius_motion.training.align import align_corpus
    from spatius_motion.training.corpus.builder import UNTIMED_ENGINES

    _log(f"forced alignment <- {train_dir}")
    aligned = align_corpus(train_dir, cache_dir)
    if len(aligned) != len(utterances):
        raise ValueError(f"{len(aligned)} alignments for {len(utterances)} utterances")
    out = [
        u if p is None else u.replace(phones=p)
        for u, p in zip(utterances, aligned)
        if p is not None or u.engine not in UNTIMED_ENGINES
    ]
    done = sum(p is not None for p in aligned)
    dropped = len(utterances) - len(out)
    _log(
        f"{done} of {len(utterances)} utterances aligned ({done / max(len(utterances), 1):.0%}); "
        + (f"{dropped} of engines without phone timing left out; " if dropped else "")
        + "the rest keep their engine's phone timing"
    )
    return out


def timed_only(utterances: list) -> list:
    """The utterances whose engine gives phone timing (training on engine labels)."""
    from spatius_motion.training.corpus.builder import UNTIMED_ENGINES

    out = [u for u in utterances if u.engine not in UNTIMED_ENGINES]
    if len(out) < len(utterances):
        _log(f"{len(utterances) - len(out)} utterances of engines without phone timing left out (engine labels)")
    return out


def channel_dataset(utterances: list, probability: float, build, key: str, clean=None):
    """The training set with ``probability`` of its utterances through a random telephone line
    or codec (``corpus.channel.maybe_transmit``), cached under ``key`` + the probability.

    The channel applies after forced alignment, so every utterance keeps the phones aligned on
    its clean audio, and the corpus directory (with its alignment cache) stays the clean one.
    ``build(utterances, key=..., transform=...)`` is ``build_dataset`` with the run's front end.
    ``clean``, the clean dataset, gives the teacher's rows when it has them: a teacher's outputs
    on the clean audio are the targets for the same keyframes heard through the channel.
    """
    from spatius_motion.training.corpus.channel import maybe_transmit

    def transform(index: int, utterance):
        return maybe_transmit(utterance, index, probability)

    dataset = build(utterances, key=f"{key}-channel{probability:g}", transform=transform)
    if clean is not None and clean.teacher is not None:
        dataset = replace(dataset, teacher=clean.teacher)
    return dataset


def with_teacher(dataset, teacher: str, cache_dir: Path, key: str):
    """``dataset`` holding the teacher's outputs on it (``training.distill``, cached by the
    teacher file's bytes and the dataset's key)."""
    from spatius_motion.training.distill import cached_teacher_targets

    rows = cached_teacher_targets(teacher, dataset.features, dataset.key_offsets, cache_dir, key)
    return replace(dataset, teacher=rows)


def train_members(
    dataset,
    cached: tuple[Path, str],
    runs: Sequence[tuple[Path, TrainConfig]],
    model_config: ModelConfig,
    feature,
    jobs: int,
) -> list[Path]:
    """``best.pt`` of each ``(run_dir, train_config)`` of ``runs``, trained ``jobs`` at a time.

    With one job the networks train one after the other in this process on ``dataset``. With
    more, each trains in its own spawned process that loads the dataset cached under
    ``cached`` (cache directory, key; with its teacher's outputs when distilling): a
    network this small keeps two threads of one process only partly busy (the batch is built
    on one thread between the other's matrix products), so two single-threaded processes run
    more steps per second on 2 cores than one two-threaded one (``bench/train_throughput.py``).
    """
    from spatius_motion.training.train import train

    if jobs == 1:
        return [
            train(
                dataset, run_dir, model_config=model_config, train_config=config, feature=feature, label=f"member {k}"
            )
            for k, (run_dir, config) in enumerate(runs)
        ]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [
            pool.submit(_train_member, cached, run_dir, model_config, config, feature, k, k % jobs)
            for k, (run_dir, config) in enumerate(runs)
        ]
        try:
            return [future.result() for future in futures]
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _train_member(
    cached: tuple[Path, str],
    run_dir: Path,
    model_config: ModelConfig,
    config: TrainConfig,
    feature,
    index: int,
    position: int,
) -> Path:
    """One member's training in a worker process (``train_members``); it ends with the
    pipeline, so a stopped run leaves no orphan writing into the member's directory."""
    from spatius_motion.training.train import dataset_file, load_dataset, train

    _exit_with_parent()
    cache_dir, key = cached
    dataset = load_dataset(dataset_file(cache_dir, key))
    if config.teacher:
        dataset = with_teacher(dataset, config.teacher, cache_dir, key)
    return train(
        dataset,
        run_dir,
        model_config=model_config,
        train_config=config,
        feature=feature,
        label=f"member {index}",
        position=position,
    )


def _exit_with_parent(poll_s: float = 1.0) -> None:
    """Ends this process within ``poll_s`` seconds of its parent's end (a pool worker
    outlives a parent killed by a signal otherwise)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_s)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _newer(output: Path, *inputs: Path) -> bool:
    return output.exists() and all(output.stat().st_mtime >= i.stat().st_mtime for i in inputs)


def run(args: argparse.Namespace) -> int:
    import torch

    from spatius_motion.settings import BASELINE_MODEL_PATH
    from spatius_motion.training.ensemble import combine
    from spatius_motion.training.evaluate import load_sets, reference_verdict, ship_verdict
    from spatius_motion.training.evaluate import run as run_eval
    from spatius_motion.training.export import export_onnx, streaming_parity
    from spatius_motion.training.train import (
        build_dataset,
        calibrate_checkpoint,
        corpus_hash,
        load_checkpoint_model,
    )
    from spatius_motion.workers.features import FeatureConfig

    torch.set_num_threads(2)
    name = args.name + ("-smoke" if args.smoke else "")
    run_dir = Path(args.runs) / name
    run_dir.mkdir(parents=True, exist_ok=True)
    corpus_dir = Path(args.corpus or REPO_ROOT / "data" / ("corpus-smoke" if args.smoke else "corpus"))
    train_dir, slt_dir = corpus_dir / "train", corpus_dir / "eval-slt"
    feature = FeatureConfig()
    model_config = replace(
        ModelConfig(),
        stream_norm_seconds=args.stream_norm_seconds,
        dropout=args.dropout,
        width=args.width,
        gru_hidden=args.width,
        frame_channels=args.frame_channels,
    )
    chosen = dict(
        warp_max=args.warp_max,
        ema_decay=args.ema_decay,
        labels=args.labels,
        phone_weight=args.phone_weight,
        jaw_corr_weight=args.jaw_corr_weight,
        closure_window_weight=args.closure_window_weight,
        distill_weight=args.distill_weight if args.teacher else 0.0,
        teacher=args.teacher or "",
        init=args.init or "",
    )
    if args.smoke:
        model_config = replace(model_config, width=64, gru_hidden=64, frame_channels=32)
        train_config = TrainConfig(steps=args.steps or 40, batch=8, crop_keyframes=50, val_every=20, lr=3e-3, **chosen)
    else:
        train_config = TrainConfig(
            steps=args.steps or 20000,
            max_minutes=args.train_minutes,
            batch=24,
            crop_keyframes=100,
            lr=args.lr,
            threads=args.threads,
            **chosen,
        )
    flops = compute_per_10ms([model_config] * args.members)
    if flops > FLOPS_LIMIT_PER_10MS:
        raise SystemExit(
            f"{args.members} networks of width {model_config.width} cost "
            f"{flops / 1e6:.2f} MFLOP per 10 ms, over the limit of "
            f"{FLOPS_LIMIT_PER_10MS / 1e6:g}: use fewer members or narrower ones"
        )

    _log(f"corpus -> {corpus_dir}")
    build_corpus(corpus_dir, args.smoke, args.hours, args.other_language_share, args.kokoro_share)
    if args.until == "corpus":
        return 0

    _log(f"features cache <- {train_dir}")
    utterances = load_utterances(train_dir)
    cache_dir = Path(args.runs) / "cache"
    if args.labels == "aligned":
        utterances = relabel(utterances, train_dir, cache_dir)
    else:
        utterances = timed_only(utterances)
    key = corpus_hash(utterances, feature, model_config.lookahead_keyframes)
    build = partial(build_dataset, feature=feature, lookahead=model_config.lookahead_keyframes, cache_dir=cache_dir)
    dataset = None  # the clean set: trained on without channels, the teacher's input with them
    if args.channel_probability == 0 or args.teacher:
        dataset = build(utterances, key=key)
    if args.teacher:
        _log(f"teacher outputs <- {args.teacher}")
        dataset = with_teacher(dataset, args.teacher, cache_dir, key)
    if args.channel_probability > 0:
        _log(f"features through channels ({args.channel_probability:.0%} of utterances)")
        dataset = channel_dataset(utterances, args.channel_probability, build, key, clean=dataset)
    dataset_hours = len(dataset.visemes) / 25 / 3600
    voices = voice_summary(dataset.voices, dataset.key_offsets)
    if args.channel_probability > 0:
        voices += (
            f"; {args.channel_probability:.0%} of utterances through a random telephone line or codec "
            "(training/corpus/channel.py)"
        )
    _log(f"{len(dataset)} utterances, {dataset_hours:.2f} h: {voices}")
    del utterances
    if args.until == "features":
        return 0

    jobs = min(args.jobs, args.members)
    rounds = -(-args.members // jobs)
    member_runs = [
        (
            run_dir / f"member-{k}",
            replace(
                train_config,
                seed=args.seed + k,
                max_minutes=train_config.max_minutes / rounds,
                threads=max(1, train_config.threads // jobs),
            ),
        )
        for k in range(args.members)
    ]
    for k, (member_dir, member_config) in enumerate(member_runs):
        _log(
            f"train member {k + 1} of {args.members} (seed {member_config.seed}): {member_config.steps} steps or "
            f"{member_config.max_minutes:g} min on {member_config.threads} thread"
            f"{'s' if member_config.threads != 1 else ''} -> {member_dir}"
        )
    bests = train_members(dataset, (cache_dir, key), member_runs, model_config, feature, jobs)
    if args.until == "train":
        return 0

    calibrated, member_onnx = [], []
    for k, ((member_dir, member_config), best) in enumerate(zip(member_runs, bests)):
        calibrated.append(member_dir / "calibrated.pt")
        if not _newer(calibrated[-1], best):
            shift = calibrate_checkpoint(best, dataset, member_config, calibrated[-1])
            _log(f"member {k + 1}: closure head calibrated on its validation split: bias shift {shift:+.2f}")
        member_onnx.append(member_dir / "model.onnx")
        if not _newer(member_onnx[-1], calibrated[-1]):
            model, feature = load_checkpoint_model(calibrated[-1])
            member_name = args.name if args.members == 1 else f"{args.name}-member-{k}"
            export_onnx(model, member_onnx[-1], name=member_name, version=args.version, feature=feature)

    onnx_path = run_dir / "model.onnx"
    if not _newer(onnx_path, *member_onnx):
        if len(member_onnx) == 1:
            shutil.copyfile(member_onnx[0], onnx_path)
        else:
            combine(member_onnx, onnx_path, name=args.name, version=args.version)
    parity = streaming_parity(onnx_path)
    _log(
        f"exported {onnx_path} ({onnx_path.stat().st_size / 1e6:.2f} MB, "
        f"{len(member_onnx)} member{'s' if len(member_onnx) != 1 else ''}); "
        f"streaming parity max abs diff {parity:.2e}"
    )
    if parity > PARITY_TOLERANCE:
        raise SystemExit(f"streaming parity {parity:.2e} exceeds {PARITY_TOLERANCE}")
    if args.until == "export":
        return 0

    eval_json = run_dir / "eval.json"
    if not _newer(eval_json, onnx_path):
        sets = load_sets(args.eval_sets.split(","), slt_dir, 20 if args.smoke else None)
        baseline = BASELINE_MODEL_PATH if BASELINE_MODEL_PATH.exists() else None
        members = member_onnx if len(member_onnx) > 1 else ()
        results = run_eval(onnx_path, baseline, sets, members=members, reference=args.reference)
        eval_json.write_text(json.dumps(results, indent=2))
    results = json.loads(eval_json.read_text())
    ship, against = ship_verdict(results)
    if args.reference:
        matched, short = reference_verdict(results)
        _log(
            f"against the reference {args.reference}: "
            + ("issue 23's quality rule holds on every set" if matched else "; ".join(short))
        )
    card = model_card(args.name, calibrated, onnx_path, dataset_hours, voices, results, ship, against)
    (run_dir / "CARD.md").write_text(card)
    print(card)
    if args.ship:
        if not ship:
            _log("not shipped: the trained model does not beat the baseline everywhere")
            return 1
        target = MODELS_DIR / args.name
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(onnx_path, target / "model.onnx")
        (target / "CARD.md").write_text(card)
        _log(f"shipped {target}")
    return 0


def voice_summary(voices: list[str], key_offsets) -> str:
    """Hours and distinct voices per engine of a dataset, e.g. ``festival 5.50 h (9 voices)``;
    ``voices`` are the utterances' ``engine:name`` speakers, ``key_offsets`` their 25 fps spans."""
    hours: dict[str, float] = {}
    names: dict[str, set[str]] = {}
    for i, speaker in enumerate(voices):
        engine = speaker.split(":", 1)[0]
        hours[engine] = hours.get(engine, 0.0) + (key_offsets[i + 1] - key_offsets[i]) / 25 / 3600
        names.setdefault(engine, set()).add(speaker)
    return ", ".join(
        f"{engine} {hours[engine]:.2f} h ({len(names[engine])} voice{'s' if len(names[engine]) != 1 else ''})"
        for engine in sorted(hours)
    )


def augmentation_summary(train_config: dict) -> str:
    """One line naming the feature-domain augmentation a checkpoint's ``train_config`` used."""
    if not train_config.get("augment", True):
        return "none"
    parts = ["gain -10..+5 dB", "smooth EQ", "additive noise (1 crop in 4)"]
    warp = train_config.get("warp_max", 0.0)
    if warp > 0:
        parts.append(f"vocal-tract warp x{1 - warp:.2f}..x{1 + warp:.2f}")
    if train_config.get("freq_masks", 0):
        parts.append(f"{train_config['freq_masks']} frequency masks <= {train_config['freq_mask_bins']} mel bins")
    if train_config.get("time_masks", 0):
        parts.append(f"{train_config['time_masks']} time masks <= {10 * train_config['time_mask_frames']} ms")
    return ", ".join(parts)


LABEL_SOURCES = {
    "engine": "phones timed by each TTS engine",
    "aligned": "phones from pocketsphinx forced alignment of each utterance with its text "
    "(training/align.py, as the real-speech set is labelled); utterances that do not "
    "align keep their engine's timing",
}
"""The model card's wording of ``TrainConfig.labels``."""

WIRE_NOTE = (
    "## Wire keyframes\n\n"
    "The server maps this model's ARKit-52 output to the FLAME keyframe in `workers/motion.py`: "
    "jaw pose from jawOpen, eyelids from procedural blinks, eye and head motion from a seeded "
    "procedural generator driven by loudness and pitch. FLAME expression coefficients need a FLAME "
    "expression basis this project does not have: they are zero unless the avatar's settings "
    "provide a linear ARKit->FLAME-expression map (`expression_map`, 52 x 100), in which case "
    "expression = ARKit weights @ map.\n"
)
"""How the server turns the model's output into wire keyframes (every model card says it)."""


def model_card(
    name: str,
    checkpoints: list[Path],
    onnx_path: Path,
    hours: float,
    voices: str,
    results: dict,
    ship: bool,
    against: list[str],
) -> str:
    """CARD.md: what the model is (one network, or the mean of ``checkpoints``' networks), how
    it was trained, and its evaluation against the baseline."""
    import torch

    from spatius_motion.training.evaluate import card_table
    from spatius_motion.training.train import load_checkpoint_model

    loaded = [load_checkpoint_model(path) for path in checkpoints]
    ckpts = [torch.load(path, map_location="cpu", weights_only=False) for path in checkpoints]
    models = [model for model, _ in loaded]
    model, feature = loaded[0]
    c = model.config
    train_config = ckpts[0].get("train_config", {})
    params = sum(m.exported_parameters() for m in models)
    flops = compute_per_10ms([m.config for m in models])
    state = sum(m.state_size for m in models)
    steps = ", ".join(str(k["step"]) for k in ckpts)
    seeds = ", ".join(str(k.get("train_config", {}).get("seed", 0)) for k in ckpts)
    shifts = ", ".join(f"{k.get('closure_shift', 0.0):+.2f}" for k in ckpts)
    verdict = (
        "beats the loudness baseline on every quality metric (visemes, jaw, closures, "
        "false closures, lag) of every set, within the latency target; its algorithmic "
        "latency (lookahead plus one keyframe) is higher than the baseline's, as any "
        "lookahead makes it. Shipped under models/, it is the server's default model "
        "(spatius_motion.settings.DEFAULT_MODEL_PATH)"
        if ship
        else "does not beat the loudness baseline everywhere, so it is not shipped: " + "; ".join(against)
    )
    norm = (
        f"per-stream causal running-mean normalisation (time constant {c.stream_norm_seconds:g} s) -> "
        if c.stream_norm_seconds > 0
        else ""
    )
    network = (
        f"log-mel ({feature.n_mels} bins, {feature.hop_samples}-sample hop) -> {norm}causal "
        f"frame conv -> {c.frames_per_keyframe} frames per keyframe -> dilated causal convs "
        f"{list(c.dilations)} (width {c.width}) -> GRU ({c.gru_hidden}) -> ARKit-52 "
        "(mouth/jaw channels), a bilabial-closure head driving mouthClose, and 15 OVR "
        "viseme posteriors at 25 fps."
    )
    if len(models) == 1:
        summary = "Causal streaming audio-to-motion model (docs/model-contract.md, contract 1): " + network
        members_row = []
    else:
        summary = (
            f"Causal streaming audio-to-motion model (docs/model-contract.md, contract 1): "
            f"the mean of {len(models)} networks trained alike from different seeds "
            "(training/ensemble.py: one graph, the same features in, ARKit weights and "
            "viseme posteriors averaged, each network's state in its own slice). Each "
            "network: " + network
        )
        members_row = [f"| members | {len(models)} (seeds {seeds}), outputs averaged |"]
    return "\n".join(
        [
            f"# {name}",
            "",
            summary,
            "",
            "| property | value |",
            "|---|---|",
            *members_row,
            f"| parameters | {params:,} |",
            f"| compute | {flops / 1e6:.2f} MFLOP per 10 ms of audio |",
            f"| lookahead | {c.lookahead_keyframes} keyframes ({40 * c.lookahead_keyframes} ms) |",
            f"| state size | {state} floats |",
            f"| file size | {onnx_path.stat().st_size / 1e6:.2f} MB |",
            f"| training data | {hours:.2f} h of synthetic speech (training/corpus): {voices} |",
            f"| training | {steps} steps (best checkpoint"
            f"{'' if len(ckpts) == 1 else ' of each member'}), CPU, training/train.py |",
            f"| training labels | {LABEL_SOURCES[train_config.get('labels', 'engine')]} |",
            *(
                [
                    f"| phone head | training only: cross-entropy on each keyframe's ARPAbet phone "
                    f"(weight {train_config['phone_weight']:g}), not in the exported graph |"
                ]
                if train_config.get("phone_weight", 0) > 0
                else []
            ),
            *(
                [
                    f"| jaw objective | squared error plus 1 - r of jawOpen within each crop "
                    f"(weight {train_config['jaw_corr_weight']:g}) |"
                ]
                if train_config.get("jaw_corr_weight", 0) > 0
                else []
            ),
            *(
                [
                    f"| closure objective | beside the per-keyframe BCE, BCE of the highest closure "
                    f"logit within a keyframe of each bilabial (weight {train_config['closure_window_weight']:g}) |"
                ]
                if train_config.get("closure_window_weight", 0) > 0
                else []
            ),
            *(
                [
                    f"| distillation | soft targets from `{Path(train_config['teacher']).name}`'s streamed outputs "
                    f"beside the labels (weight {train_config['distill_weight']:g}, training/distill.py) |"
                ]
                if train_config.get("distill_weight", 0) > 0
                else []
            ),
            *(
                [
                    f"| initialisation | the weights of `{train_config['init']}` (training/importer.py), "
                    f"fine-tuned at peak learning rate {train_config['lr']:g} |"
                ]
                if train_config.get("init")
                else []
            ),
            f"| augmentation | {augmentation_summary(train_config)} |",
            f"| closure calibration | bias {shifts} "
            "logits, chosen on the validation split (<= 2% long-vowel false closures) |",
            "",
            "Reproduce: `python -m spatius_motion.training.pipeline` (corpus -> features -> train -> export -> eval). "
            "Version history: `CHANGES.md` beside this card.",
            "",
            "## Evaluation",
            "",
            "Streaming through onnxruntime with the server's model path (training/evaluate.py). "
            "`slt`: unseen TTS speaker, labels from the engine's own phone timing; `slt-aligned`: "
            "the same audio labelled by pocketsphinx forced alignment; `librivox`: real read speech "
            "(pocketsphinx-testdata), labels from pocketsphinx forced alignment; `phrases`: the "
            "same package's other recorded speech with a known transcript (spoken card names, a "
            "robot command, a digit string: three recordings), labelled the same way; `kokoro-tts`: "
            "neural TTS, Kokoro-82M voices no training build uses (jf_alpha, jf_nezumi, jm_kumo) "
            "reading evaluation sentences, labelled the same way. A `reference` column is a model "
            "the trained one is held against (issue 23's rule), scored on the same items. The jaw r "
            "interval is a 95% bootstrap over 1-second blocks of keyframes: how far the "
            "figure could move on another draw of such speech.",
            "",
            card_table(results),
            f"Verdict: {verdict}.",
            "",
            WIRE_NOTE,
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="spatius_motion.training.pipeline",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--smoke", action="store_true", help="tiny corpus, few steps (CI)")
    parser.add_argument("--name", default=MODEL_NAME)
    parser.add_argument("--version", default=MODEL_VERSION, help="version written into the model file")
    parser.add_argument(
        "--corpus", default=None, help="corpus directory (default data/corpus, data/corpus-smoke with --smoke)"
    )
    parser.add_argument("--hours", type=float, default=None, help="training corpus hours")
    parser.add_argument("--runs", default=str(REPO_ROOT / "runs"))
    parser.add_argument("--steps", type=int, default=None, help="override the step count")
    parser.add_argument(
        "--members",
        type=int,
        default=DEFAULT_MEMBERS,
        help="networks trained alike from seeds 0..N-1 and averaged into one "
        "model file (training/ensemble.py); 1 = a single network",
    )
    parser.add_argument(
        "--train-minutes",
        type=float,
        default=70.0,
        help="wall-clock training budget of all members together; members "
        "trained at once share it whole, those trained in turn split it "
        "(each member's schedule anneals within its share)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=DEFAULT_JOBS,
        help="members trained at once, each in its own process with an equal "
        "share of the training threads (1 = one after the other in this "
        "process)",
    )
    parser.add_argument(
        "--width", type=int, default=ModelConfig.width, help="channels of each network's keyframe convs and GRU"
    )
    parser.add_argument(
        "--frame-channels",
        type=int,
        default=ModelConfig.frame_channels,
        help="channels of each network's 100 Hz frame conv",
    )
    parser.add_argument(
        "--stream-norm-seconds",
        type=float,
        default=ModelConfig.stream_norm_seconds,
        help="per-stream running-mean normalisation time constant (0 = off)",
    )
    parser.add_argument(
        "--warp-max", type=float, default=TrainConfig.warp_max, help="vocal-tract warp range: factors in [1 - w, 1 + w]"
    )
    parser.add_argument(
        "--dropout",
        type=float,
        default=ModelConfig.dropout,
        help="training-time dropout on the residual branches and the heads' input",
    )
    parser.add_argument(
        "--labels",
        choices=tuple(LABEL_SOURCES),
        default="aligned",
        help="phone timing of the training targets: forced alignment of each "
        "utterance with its text (the labeller of the real-speech evaluation "
        "set; 0.5.0) or each engine's own (0.4.0 and before)",
    )
    parser.add_argument(
        "--phone-weight",
        type=float,
        default=TrainConfig.phone_weight,
        help="weight of a training-only head's cross-entropy on each keyframe's "
        "ARPAbet phone (0 = no phone head; the export never contains it)",
    )
    parser.add_argument(
        "--jaw-corr-weight",
        type=float,
        default=DEFAULT_JAW_CORR_WEIGHT,
        help="weight of 1 - r, jawOpen's Pearson r against its target within "
        "each crop, beside the squared error (0 = off, as up to 0.6.0)",
    )
    parser.add_argument(
        "--closure-window-weight",
        type=float,
        default=TrainConfig.closure_window_weight,
        help="weight of a closure term that accepts the lips closing anywhere within a "
        "keyframe of each bilabial, as closure_hit scores (0 = off; training/train.py)",
    )
    parser.add_argument(
        "--ema-decay",
        type=float,
        default=TrainConfig.ema_decay,
        help="per-step decay of the weights' moving average that is validated and exported (0 = off, the raw weights)",
    )
    parser.add_argument(
        "--other-language-share",
        type=float,
        default=BuildConfig.other_language_share,
        help="share of training shards read by festival's other-language voices "
        "(0.21 was tried after 0.4.0 and not shipped: spatius_motion/models/tcn-gru/CHANGES.md)",
    )
    parser.add_argument(
        "--kokoro-share",
        type=float,
        default=BuildConfig.kokoro_share,
        help="share of training shards read by Kokoro-82M's voices "
        "(training/corpus/kokoro.py; labelled by forced alignment only)",
    )
    parser.add_argument(
        "--channel-probability",
        type=float,
        default=BuildConfig.channel_probability,
        help=CHANNEL_PROBABILITY_HELP,
    )
    parser.add_argument(
        "--teacher",
        default=None,
        help="model file whose outputs on the training set are soft targets beside the labels "
        "(training/distill.py; e.g. the two-network 0.7.0 for a one-network student)",
    )
    parser.add_argument(
        "--distill-weight",
        type=float,
        default=1.0,
        help="weight of the soft-target terms when --teacher is given",
    )
    parser.add_argument(
        "--init",
        default=None,
        help="contract file (FILE or FILE#m1/ for an ensemble's member) whose network starts "
        "training instead of random weights (training/importer.py); e.g. a shipped network "
        "fine-tuned towards a teacher",
    )
    parser.add_argument("--lr", type=float, default=TrainConfig.lr, help="peak learning rate")
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="seed of the first member (member k: seed + k); it draws the validation split, so a "
        "network started from a shipped member validates on that member's own held-out split "
        "when given that member's seed",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=TrainConfig.threads,
        help="torch threads of the training, shared out among --jobs; 1 keeps a single network "
        "from losing time to idle threads when other jobs share the cores",
    )
    parser.add_argument(
        "--reference",
        default=None,
        help="model file scored beside the trained one on every set, with issue 23's "
        "quality rule against it (training/evaluate.py reference_verdict)",
    )
    parser.add_argument("--until", choices=STEPS, default="eval", help="stop after this step")
    parser.add_argument(
        "--eval-sets",
        default="slt,slt-aligned,librivox,phrases",
        help="evaluation sets (training/evaluate.py), channel variants such as librivox-phone included",
    )
    parser.add_argument(
        "--ship", action="store_true", help="copy model.onnx and CARD.md to models/<name>/ if it beats the baseline"
    )
    args = parser.parse_args(argv)
    if args.members < 1:
        parser.error("--members must be at least 1")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
