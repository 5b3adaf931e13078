"""Corpus build plan and executor: seeded shard jobs, up to 2 worker processes, resumable.

The plan is a pure function of (hours, seed, smoke, available engines): eval sentences are
drawn first and never spoken by a training voice; each training shard is one voice (engine,
name, rate, pitch) reading consecutive sentences of the training pool, each utterance then
augmented with probability ``AUGMENT_PROBABILITY``. Every shard's manifest entry stores the
hash of its job, so a rerun skips shards already written by the same plan and redoes others.

Channel augmentation (``BuildConfig.channel_probability``, off by default) sends each training
utterance, with that probability, through a random telephone line or codec
(``channel.random_transmit``) after the acoustic augmentation. Its seeds come from a generator
of their own, so turning it on leaves every other draw of the plan (voices, texts,
augmentation seeds) as it was, and with it off jobs, digests and manifests are those of builds
made before the option existed.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from spatius_motion.training.corpus import augment, channel, espeak, festival, flite, kokoro, text
from spatius_motion.training.corpus.shards import read_manifest, write_manifest, write_shard
from spatius_motion.training.corpus.utterance import Utterance, Voice

TRAIN_DIR, EVAL_DIR, EVAL_TTS_DIR = "train", "eval-slt", "eval-kokoro"
AUGMENT_PROBABILITY = 0.7
CHANNEL_SEED_STREAM = 1
"""Second word of the channel seeds' generator seed ``[config.seed, CHANNEL_SEED_STREAM]``:
a stream apart from the plan's own generator (seeded with ``config.seed`` alone)."""
MAX_WORKERS = 2

ENGINES: dict[str, Callable[[list[str], Voice], list[Utterance]]] = {
    espeak.ENGINE: espeak.synthesize,
    flite.ENGINE: flite.synthesize,
    festival.ENGINE: festival.synthesize,
    kokoro.ENGINE: kokoro.synthesize,
}

UNTIMED_ENGINES: frozenset[str] = frozenset({kokoro.ENGINE})
"""Engines whose utterances carry no phone timing of their own (one SIL span): they are
labelled by forced alignment only."""

ENGLISH_SPEAKERS: tuple[tuple[str, str, float], ...] = (
    *((flite.ENGINE, v, 0.12) for v in flite.VOICES),
    *((festival.ENGINE, v, 0.13) for v in festival.ENGLISH_VOICES),
    *((espeak.ENGINE, v, 0.26 / len(espeak.VOICES)) for v in espeak.VOICES),
)
"""(engine, voice, share of training shards) of the English voices. slt is absent on purpose."""


def train_speakers(other_language_share: float = 0.0, kokoro_share: float = 0.0) -> tuple[tuple[str, str, float], ...]:
    """The training speakers with their shares: festival's other-language voices share
    ``other_language_share`` equally, Kokoro's voices ``kokoro_share`` equally, the English
    voices the rest in their own proportions. A share of 0 leaves those voices out of the plan
    altogether."""
    if not (
        0.0 <= other_language_share < 1.0 and 0.0 <= kokoro_share < 1.0 and other_language_share + kokoro_share < 1.0
    ):
        raise ValueError("other_language_share and kokoro_share must be in [0, 1) with a sum below 1")
    rest = 1.0 - other_language_share - kokoro_share
    speakers = tuple((e, v, w * rest) for e, v, w in ENGLISH_SPEAKERS)
    for engine, voices, share in (
        (festival.ENGINE, festival.OTHER_LANGUAGE_VOICES, other_language_share),
        (kokoro.ENGINE, kokoro.TRAINING_VOICES, kokoro_share),
    ):
        if share > 0.0:
            speakers += tuple((engine, v, share / len(voices)) for v in voices)
    return speakers


EVAL_SPEAKERS: tuple[tuple[str, str], ...] = (
    (flite.ENGINE, "slt"),
    (festival.ENGINE, "cmu_us_slt_arctic_hts"),
)
"""The CMU ARCTIC slt speaker in both engines: evaluation only."""

CHANNEL_PROBABILITY_HELP = (
    "probability that a training utterance passes through a random telephone line or codec "
    "(telephone band, G.711 mu-law, G.722, Opus 6-16 kbit/s, MP3 16-32 kbit/s; "
    "training/corpus/channel.py); 0 = off, the plan of every build up to 0.7.1"
)
"""Command-line help of ``--channel-probability`` (the corpus builder's and the pipeline's)."""

SECONDS_PER_WORD = 0.33
"""Planning estimate of speech per word at rate 1 (measured 0.30-0.37 across voices)."""


@dataclass(frozen=True)
class ShardJob:
    """One shard to synthesize: a voice reading ``texts``; ``augment_seeds[i] < 0`` = no
    acoustic augmentation, ``channel_seeds[i] < 0`` (or no ``channel_seeds``) = no channel."""

    split: str
    shard_id: str
    voice: Voice
    texts: tuple[str, ...]
    augment_seeds: tuple[int, ...]
    channel_seeds: tuple[int, ...] = ()

    def digest(self) -> str:
        """Hash of everything that determines the shard's content; a job without channel seeds
        hashes as jobs did before they had them, so such shards are not rebuilt."""
        fields = {**asdict(self), "voice": asdict(self.voice)}
        if not self.channel_seeds:
            del fields["channel_seeds"]
        payload = json.dumps(fields, sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class BuildConfig:
    """What to build: hours of training audio, seed, shard size, eval set size, the shares
    of training shards read by festival's other-language voices and by Kokoro's voices
    (``train_speakers``) and the probability that a training utterance passes through a random
    channel (``channel.random_transmit``; 0 = off, as every build up to 0.7.1)."""

    hours: float = 12.0
    seed: int = 0
    shard_size: int = 48
    eval_sentences: int = 150
    smoke: bool = False
    other_language_share: float = 0.0
    kokoro_share: float = 0.0
    channel_probability: float = 0.0

    def record(self) -> dict:
        """The settings as the manifest stores them; an option at its off default is left out,
        so manifests of builds without it read as before."""
        out = asdict(self)
        if not self.channel_probability:
            del out["channel_probability"]
        return out

    @classmethod
    def smoke_config(cls, seed: int = 0) -> "BuildConfig":
        """A tiny corpus for CI: about a minute of training audio, 4 eval sentences."""
        return cls(hours=0.02, seed=seed, shard_size=6, eval_sentences=4, smoke=True)


def engine_available(engine: str, voice: str) -> bool:
    """True when the engine (and for festival, the voice) is installed."""
    if engine == espeak.ENGINE:
        return espeak.available()
    if engine == flite.ENGINE:
        return flite.available()
    if engine == kokoro.ENGINE:
        return kokoro.available()
    return festival.available(voice)


def split_texts(config: BuildConfig, pool: tuple[str, ...] | None = None) -> tuple[list[str], list[str]]:
    """(evaluation sentences, training sentences) of a build: the first ``eval_sentences`` of
    the seeded order are never read by a training voice."""
    pool = text.candidate_sentences() if pool is None else pool
    ordered = text.select_sentences(len(pool), config.seed, pool)
    return ordered[: config.eval_sentences], ordered[config.eval_sentences :]


TTS_EVAL_SENTENCES = 10
"""Evaluation sentences each reserved Kokoro voice reads for ``kokoro-tts`` (about 30 s)."""


def tts_eval_jobs(
    config: BuildConfig, sentences: int = TTS_EVAL_SENTENCES, pool: tuple[str, ...] | None = None
) -> list[ShardJob]:
    """The ``kokoro-tts`` evaluation set: each of ``kokoro.EVAL_VOICES`` (never a training
    voice) reads its own ``sentences`` of the build's evaluation sentences (never training
    text), clean, at rate and pitch 1. Labels come from forced alignment, as LibriVox's do."""
    eval_texts, _ = split_texts(config, pool)
    if len(eval_texts) < sentences * len(kokoro.EVAL_VOICES):
        raise ValueError("too few evaluation sentences for the Kokoro evaluation voices")
    return [
        ShardJob(
            EVAL_TTS_DIR,
            f"eval-kokoro-{name}",
            Voice(kokoro.ENGINE, name),
            tuple(eval_texts[k * sentences : (k + 1) * sentences]),
            tuple([-1] * sentences),
        )
        for k, name in enumerate(kokoro.EVAL_VOICES)
    ]


def plan(
    config: BuildConfig, available: Callable[[str, str], bool] = engine_available, pool: tuple[str, ...] | None = None
) -> list[ShardJob]:
    """The shard jobs of a build, eval first; deterministic for a given config and pool."""
    eval_texts, train_texts = split_texts(config, pool)
    if not train_texts:
        raise ValueError("no training sentences left after the eval split")
    jobs: list[ShardJob] = []
    for engine, name in EVAL_SPEAKERS:
        if not available(engine, name):
            continue
        for k in range(0, len(eval_texts), config.shard_size):
            chunk = tuple(eval_texts[k : k + config.shard_size])
            jobs.append(
                ShardJob(
                    EVAL_DIR,
                    f"eval-{engine}-{name}-{k // config.shard_size:04d}",
                    Voice(engine, name),
                    chunk,
                    tuple([-1] * len(chunk)),
                )
            )
    speakers = [
        (e, v, w) for e, v, w in train_speakers(config.other_language_share, config.kokoro_share) if available(e, v)
    ]
    if not speakers:
        raise RuntimeError("no TTS engine is installed (apt: espeak-ng flite festival)")
    if not 0.0 <= config.channel_probability <= 1.0:
        raise ValueError("channel_probability must be in [0, 1]")
    rng = np.random.default_rng(config.seed)
    channel_rng = np.random.default_rng([config.seed, CHANNEL_SEED_STREAM])
    shares = np.asarray([w for _, _, w in speakers])
    target_s, planned_s, cursor, index = config.hours * 3600.0, 0.0, 0, 0
    engines = sorted({e for e, _, _ in speakers})
    while planned_s < target_s:
        if index < len(engines):  # every installed engine gets a shard, however small the build
            own = [i for i, (e, _, _) in enumerate(speakers) if e == engines[index]]
            engine, name, _ = speakers[own[int(rng.integers(len(own)))]]
        else:
            engine, name, _ = speakers[int(rng.choice(len(speakers), p=shares / shares.sum()))]
        voice = Voice(
            engine, name, rate=round(float(rng.uniform(0.85, 1.2)), 2), pitch=round(float(rng.uniform(0.85, 1.2)), 2)
        )
        chunk = tuple(train_texts[(cursor + i) % len(train_texts)] for i in range(config.shard_size))
        cursor += config.shard_size
        seeds = tuple(
            int(s) if rng.random() < AUGMENT_PROBABILITY else -1 for s in rng.integers(0, 2**31 - 1, config.shard_size)
        )
        channel_seeds = (
            tuple(
                int(s) if channel_rng.random() < config.channel_probability else -1
                for s in channel_rng.integers(0, 2**31 - 1, config.shard_size)
            )
            if config.channel_probability > 0.0
            else ()
        )
        jobs.append(ShardJob(TRAIN_DIR, f"train-{index:05d}-{engine}-{name}", voice, chunk, seeds, channel_seeds))
        planned_s += sum(SECONDS_PER_WORD * len(t.split()) + 0.4 for t in chunk) / voice.rate
        index += 1
    return jobs


def run_job(job: ShardJob, out_dir: Path) -> dict:
    """Synthesize, augment and write one shard; returns its manifest entry with timings."""
    started = time.perf_counter()
    utterances = ENGINES[job.voice.engine](list(job.texts), job.voice)
    synth_s = time.perf_counter() - started
    out = []
    channel_seeds = job.channel_seeds or (-1,) * len(job.augment_seeds)
    for u, seed, channel_seed in zip(utterances, job.augment_seeds, channel_seeds):
        if seed >= 0:
            u = augment.random_augment(u, np.random.default_rng(seed))
        if channel_seed >= 0:
            u = channel.random_transmit(u, np.random.default_rng(channel_seed))
        out.append(u)
    entry = write_shard(out_dir / job.split / f"{job.shard_id}.npz", out)
    entry.update(
        digest=job.digest(),
        engine=job.voice.engine,
        synth_wall_s=round(synth_s, 3),
        wall_s=round(time.perf_counter() - started, 3),
    )
    return entry


def _run(args: tuple[ShardJob, Path]) -> tuple[ShardJob, dict]:
    job, out_dir = args
    return job, run_job(job, out_dir)


@dataclass
class BuildReport:
    """Per-engine audio seconds, synthesis wall seconds and total wall seconds of a build."""

    audio_s: dict[str, float] = field(default_factory=dict)
    synth_wall_s: dict[str, float] = field(default_factory=dict)
    wall_s: dict[str, float] = field(default_factory=dict)
    shards_built: int = 0
    shards_skipped: int = 0
    elapsed_s: float = 0.0

    def add(self, entry: dict) -> None:
        e = entry["engine"]
        self.audio_s[e] = self.audio_s.get(e, 0.0) + entry["seconds"]
        self.synth_wall_s[e] = self.synth_wall_s.get(e, 0.0) + entry["synth_wall_s"]
        self.wall_s[e] = self.wall_s.get(e, 0.0) + entry["wall_s"]

    def lines(self) -> list[str]:
        """Human-readable speed table: audio seconds per wall second, per engine."""
        out = [f"shards built {self.shards_built}, skipped {self.shards_skipped}, elapsed {self.elapsed_s:.1f} s"]
        for e in sorted(self.audio_s):
            a, s, w = self.audio_s[e], self.synth_wall_s[e], self.wall_s[e]
            out.append(
                f"{e:9s} audio {a / 3600:7.3f} h  synth {a / max(s, 1e-9):7.1f}x  "
                f"synth+augment+write {a / max(w, 1e-9):7.1f}x realtime per process"
            )
        return out


def build(
    out_dir: Path,
    config: BuildConfig,
    workers: int = MAX_WORKERS,
    progress: bool = True,
    jobs: list[ShardJob] | None = None,
) -> BuildReport:
    """Build (or resume) a corpus under ``out_dir/train`` and ``out_dir/eval-slt``, or, given
    ``jobs``, the splits those jobs write (e.g. ``tts_eval_jobs``); other splits are untouched."""
    out_dir = Path(out_dir)
    splits = (TRAIN_DIR, EVAL_DIR) if jobs is None else tuple(sorted({job.split for job in jobs}))
    jobs = plan(config) if jobs is None else jobs
    manifests = {split: read_manifest(out_dir / split) for split in splits}
    for m in manifests.values():
        m["config"] = config.record()
    report = BuildReport()
    todo = []
    for job in jobs:
        entry = manifests[job.split]["shards"].get(job.shard_id)
        if entry and entry.get("digest") == job.digest() and (out_dir / job.split / entry["file"]).exists():
            report.shards_skipped += 1
        else:
            todo.append(job)
    planned = {job.shard_id for job in jobs}
    for m in manifests.values():
        m["shards"] = {k: v for k, v in m["shards"].items() if k in planned}
    started = time.perf_counter()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="shard", desc="corpus")
    workers = max(1, min(workers, MAX_WORKERS, len(todo)))
    if any(job.voice.engine == kokoro.ENGINE for job in todo):
        kokoro.assemble()  # once, before the workers, which would otherwise join it together
    args = [(job, out_dir) for job in todo]
    if workers == 1:
        results = map(_run, args)
        pool = None
    else:
        pool = multiprocessing.get_context("spawn").Pool(workers)
        results = pool.imap_unordered(_run, args)
    try:
        for job, entry in results:
            manifests[job.split]["shards"][job.shard_id] = entry
            write_manifest(out_dir / job.split, manifests[job.split])
            report.add(entry)
            report.shards_built += 1
            if bar is not None:
                bar.update(1)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        if bar is not None:
            bar.close()
    for split, m in manifests.items():
        m["seconds"] = round(sum(e["seconds"] for e in m["shards"].values()), 3)
        write_manifest(out_dir / split, m)
    report.elapsed_s = time.perf_counter() - started
    return report
