"""Causal streaming audio-to-motion network: log-mel frames in, ARKit-52 + OVR visemes out at 25 fps.

One ``forward(features, state)`` maps ``4k`` new log-mel frames (10 ms each) and the stream's
flattened recurrent state to ``k`` keyframes (40 ms each) and the new state, so a full-sequence
call and any chunking of it give the same outputs (docs/model-contract.md). Every layer is
causal and normalises either per frame (LayerNorm over channels) or over the stream's past
(``StreamNorm``), never over a window that reaches ahead, so nothing sees the future; the only
lookahead is the training target shift of ``lookahead`` keyframes:
output keyframe ``t`` estimates stream keyframe ``t - lookahead``.

Layers: per-channel standardisation (constants from the training set) -> optional causal
per-stream mean normalisation (``StreamNorm``) -> causal frame conv (100 Hz) -> 4 frames stacked
into one keyframe -> dilated causal residual convs (25 Hz) -> GRU -> heads. The mouthClose
channel comes from its own closure head, trained with a weighted BCE, because bilabial closures
are brief and sparse. An optional phone head, used only by the training loss, classifies each
keyframe's ARPAbet phone. The state vector holds, in order: the frame conv's input history, each
keyframe conv's input history (both time-major, ``[H, C]`` per stream), the GRU hidden state,
and (when enabled) the stream norm's sums.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import torch
from torch import nn

from spatius_motion.workers.messages import KEYFRAME_RATE_HZ
from spatius_motion.workers.vocabulary import ARKIT_INDEX, ARKIT_NAMES, VISEME_NAMES

MOUTH_CLOSE_INDEX = ARKIT_INDEX["mouthClose"]
FLOPS_LIMIT_PER_10MS = 1_000_000
"""Compute a model file may cost per 10 ms of audio, all of its networks together."""


@dataclass(frozen=True)
class ModelConfig:
    """Sizes of the network; stored in checkpoints so a model rebuilds from its file alone."""

    n_mels: int = 80
    frames_per_keyframe: int = 4
    frame_channels: int = 96
    frame_kernel: int = 3
    width: int = 192
    kernel: int = 3
    dilations: tuple[int, ...] = (1, 2, 4)
    gru_hidden: int = 192
    lookahead_keyframes: int = 2
    stream_norm_seconds: float = 2.0
    """Time constant (s) of the per-stream running mean subtracted from the features; 0 = off."""
    stream_norm_prior_keyframes: float = 12.0
    """Weight, in keyframes of speech, of the training-set mean the running mean starts from."""
    arkit_mask: tuple[float, ...] = field(default_factory=lambda: (1.0,) * len(ARKIT_NAMES))
    """1 for ARKit channels the model drives, 0 for channels it always outputs as 0."""
    dropout: float = 0.0
    """Training-time dropout probability on each residual branch and on the heads' input
    (0 = none); in eval mode, and so in the exported graph, dropout is the identity."""
    phone_classes: int = 0
    """Classes of the training-only phone head (40 ARPAbet phones, or 0 = no head). The head
    reads the same features as the other heads, so its loss shapes them; ``forward`` never
    uses it, so the exported graph, its compute and its state are those of a net without it."""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ModelConfig":
        data = dict(data)
        data["dilations"] = tuple(data["dilations"])
        data["arkit_mask"] = tuple(data["arkit_mask"])
        return cls(**data)


class CausalConv(nn.Module):
    """Conv1d over time with its input history carried explicitly (no padding, no future).

    Time-major: input, output and history are ``[B, T, C]`` (history flattened ``[B, H * C]``),
    as the rest of the network is, so the exported graph needs no transposes. In training mode
    it runs ``nn.Conv1d``; in eval mode, and so in the exported graph, the same weights run as
    one matrix product over the stacked taps (``[B, T, kernel * C_in] @ [kernel * C_in, C_out]``).
    Both compute the same function (a unit test holds them together). The product form is what
    onnxruntime runs fast on short streaming calls: its ``Conv`` kernel computes one small
    product per batch item, each only 2-3 keyframes long, while one ``MatMul`` covers the whole
    batch, and time-major taps are contiguous slices (bench/profile_model.py measures both).
    """

    def __init__(self, c_in: int, c_out: int, kernel: int, dilation: int = 1) -> None:
        super().__init__()
        self.conv = nn.Conv1d(c_in, c_out, kernel, dilation=dilation)
        self.c_in = c_in
        self.history = (kernel - 1) * dilation
        """Past input frames the conv needs before the first new frame."""

    @property
    def state_size(self) -> int:
        return self.c_in * self.history

    def forward(self, x: torch.Tensor, history: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """x [B, T, C_in], history [B, H * C_in] -> (y [B, T, C_out], new history [B, H * C_in])."""
        past = history.reshape(x.shape[0], self.history, self.c_in)
        joined = torch.cat([past, x], dim=1)
        new_history = joined[:, joined.shape[1] - self.history :]
        y = self.conv(joined.transpose(1, 2)).transpose(1, 2) if self.training else self.product(joined)
        return y, new_history.reshape(x.shape[0], self.state_size)

    def product(self, joined: torch.Tensor) -> torch.Tensor:
        """The conv of ``joined`` [B, H + T, C_in] as one matrix product -> [B, T, C_out]."""
        kernel, dilation = self.conv.kernel_size[0], self.conv.dilation[0]
        length = joined.shape[1]
        taps = [joined[:, i * dilation : length - (kernel - 1 - i) * dilation] for i in range(kernel)]
        stacked = torch.cat(taps, dim=2)  # [B, T, kernel * C_in], tap-major
        weight = self.conv.weight.permute(2, 1, 0).reshape(kernel * self.c_in, -1)  # [kernel * C_in, C_out]
        return torch.matmul(stacked, weight) + self.conv.bias


class StreamNorm(nn.Module):
    """Subtracts each stream's causal, speech-weighted running mean from its standardised log-mel.

    A stationary channel (microphone, room, codec, speaker's spectral tilt, gain) adds a constant
    per mel bin to log-mel; subtracting the stream's own mean removes it, as online cepstral mean
    normalisation does in speech recognisers. Per keyframe ``j`` with mean frame ``f_j`` and
    speech weight ``w_j = sigmoid(2 * mean(f_j))`` (silence counts little):
    ``S_j = a S_(j-1) + w_j f_j``, ``W_j = a W_(j-1) + w_j`` and ``P_j = a P_(j-1)`` from
    ``P_(-1) = prior``; the four frames of keyframe ``j`` lose ``S_j / (W_j + P_j)``. A new
    stream (zero state) so starts at the training-set mean (0) and moves to its own mean within
    a few seconds, and the fading prior ``P`` leaves no bias once it has. ``a = exp(-0.04 s /
    time constant)``. A call computes every keyframe's sums in closed form, ``S = D (w f) +
    a^(j+1) S_0`` with ``D[j, i] = a^(j-i)`` for ``i <= j``, so any chunking gives the same
    frames. State: ``S`` [M], ``W`` [1] and ``prior - P`` [1] (zero at the start). The frames of a
    keyframe share its mean, which includes up to 30 ms after the earliest of them: no added
    latency, since a keyframe's output waits for its last frame anyway.
    """

    def __init__(
        self,
        n_mels: int,
        frames_per_keyframe: int,
        seconds: float,
        prior_keyframes: float,
        keyframe_seconds: float = 1.0 / KEYFRAME_RATE_HZ,
    ) -> None:
        super().__init__()
        self.n_mels = n_mels
        self.frames = frames_per_keyframe
        self.decay = float(torch.exp(torch.tensor(-keyframe_seconds / seconds)))
        self.prior = float(prior_keyframes)

    @property
    def state_size(self) -> int:
        return self.n_mels + 2

    def forward(self, x: torch.Tensor, state: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """x [B, 4k, M] standardised log-mel, state [B, M + 2] -> (normalised x, new state)."""
        batch, n_mels = x.shape[0], self.n_mels
        frames = x.reshape(batch, -1, self.frames, n_mels)
        mean = frames.mean(dim=2)  # [B, k, M]
        weight = torch.sigmoid(2.0 * mean.mean(dim=2, keepdim=True))  # [B, k, 1]
        index = torch.ones_like(mean[0, :, 0]).cumsum(0) - 1.0  # 0..k-1, traced with dynamic k
        gap = index[:, None] - index[None, :]
        decay = torch.where(gap >= 0, torch.pow(self.decay, gap.clamp(min=0.0)), torch.zeros_like(gap))  # [k, k]
        carry = torch.pow(self.decay, index + 1.0)[None, :, None]  # [1, k, 1]
        sums = torch.matmul(decay, weight * mean) + carry * state[:, None, :n_mels]
        weights = torch.matmul(decay, weight) + carry * state[:, None, n_mels : n_mels + 1]
        prior = carry * (self.prior - state[:, None, n_mels + 1 :])
        running = sums / (weights + prior)
        out = (frames - running[:, :, None, :]).reshape(x.shape)
        return out, torch.cat([sums[:, -1], weights[:, -1], self.prior - prior[:, -1]], dim=1)


class ResidualBlock(nn.Module):
    """x + conv(GELU(LayerNorm(x))) at keyframe rate; LayerNorm runs per keyframe over channels."""

    def __init__(self, width: int, kernel: int, dilation: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(width)
        self.conv = CausalConv(width, width, kernel, dilation)
        self.act = nn.GELU()
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, history: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """x [B, T, C] -> ([B, T, C], new history)."""
        y, new_history = self.conv(self.act(self.norm(x)), history)
        return x + self.drop(y), new_history


class MotionNet(nn.Module):
    """The streaming network; ``forward`` is the exported graph, ``logits`` feeds the losses."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        c = config
        self.register_buffer("feature_mean", torch.zeros(c.n_mels))
        self.register_buffer("feature_std", torch.ones(c.n_mels))
        self.register_buffer("arkit_mask", torch.tensor(c.arkit_mask, dtype=torch.float32))
        close_onehot = torch.zeros(len(ARKIT_NAMES))
        close_onehot[MOUTH_CLOSE_INDEX] = 1.0
        self.register_buffer("close_onehot", close_onehot)
        self.stream_norm = (
            StreamNorm(c.n_mels, c.frames_per_keyframe, c.stream_norm_seconds, c.stream_norm_prior_keyframes)
            if c.stream_norm_seconds > 0
            else None
        )
        self.frame_conv = CausalConv(c.n_mels, c.frame_channels, c.frame_kernel)
        self.frame_act = nn.GELU()
        self.stack = nn.Linear(c.frame_channels * c.frames_per_keyframe, c.width)
        self.blocks = nn.ModuleList(ResidualBlock(c.width, c.kernel, d, c.dropout) for d in c.dilations)
        self.gru_norm = nn.LayerNorm(c.width)
        self.gru = nn.GRU(c.width, c.gru_hidden, batch_first=True)
        self.head_norm = nn.LayerNorm(c.gru_hidden + c.width)
        self.head_drop = nn.Dropout(c.dropout)
        self.arkit_head = nn.Linear(c.gru_hidden + c.width, len(ARKIT_NAMES))
        self.viseme_head = nn.Linear(c.gru_hidden + c.width, len(VISEME_NAMES))
        self.closure_head = nn.Sequential(nn.Linear(c.gru_hidden + c.width, 64), nn.GELU(), nn.Linear(64, 1))
        self.phone_head = nn.Linear(c.gru_hidden + c.width, c.phone_classes) if c.phone_classes > 0 else None
        self._state_sizes = [self.frame_conv.state_size]
        self._state_sizes += [block.conv.state_size for block in self.blocks]
        self._state_sizes.append(c.gru_hidden)
        if self.stream_norm is not None:
            self._state_sizes.append(self.stream_norm.state_size)

    @property
    def state_size(self) -> int:
        """S: floats of streaming state per stream."""
        return sum(self._state_sizes)

    def exported_parameters(self) -> int:
        """Parameters of the exported graph: all but the training-only phone head's."""
        return sum(p.numel() for name, p in self.named_parameters() if not name.startswith("phone_head."))

    def initial_state(self, batch: int = 1) -> torch.Tensor:
        return torch.zeros(batch, self.state_size)

    def set_feature_stats(self, mean: torch.Tensor, std: torch.Tensor) -> None:
        """Fixes the per-mel standardisation constants (from training data, not from the input)."""
        self.feature_mean.copy_(mean)
        self.feature_std.copy_(torch.clamp(std, min=1e-3))

    def logits(
        self, features: torch.Tensor, state: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        """features [B, 4k, n_mels], state [B, S] ->
        (arkit logits [B, k, 52], viseme logits [B, k, 15], closure logit [B, k], state_out [B, S])."""
        z, state_out = self.encode(features, state)
        arkit, visemes, closure = self.heads(z)
        return arkit, visemes, closure, state_out

    def heads(self, z: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Heads' input [B, k, H] -> (arkit logits [B, k, 52], viseme logits [B, k, 15],
        closure logit [B, k])."""
        return self.arkit_head(z), self.viseme_head(z), self.closure_head(z).squeeze(2)

    def encode(self, features: torch.Tensor, state: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """features [B, 4k, n_mels], state [B, S] -> (heads' input [B, k, H], state_out [B, S]),
        H = GRU hidden + width."""
        c = self.config
        parts = torch.split(state, self._state_sizes, dim=1)
        new_parts = []
        x = (features - self.feature_mean) / self.feature_std
        norm_state = None
        if self.stream_norm is not None:
            x, norm_state = self.stream_norm(x, parts[-1])
        y, h = self.frame_conv(x, parts[0])
        new_parts.append(h)
        y = self.frame_act(y)  # [B, 4k, Cf]
        y = y.reshape(y.shape[0], -1, c.frames_per_keyframe * c.frame_channels)
        y = self.stack(y)  # [B, k, W]
        for block, past in zip(self.blocks, parts[1 : 1 + len(self.blocks)]):
            y, h = block(y, past)
            new_parts.append(h)
        gru_state = parts[1 + len(self.blocks)]
        g, h_last = self.gru(self.gru_norm(y), gru_state.unsqueeze(0).contiguous())
        new_parts.append(h_last.squeeze(0))
        if norm_state is not None:
            new_parts.append(norm_state)
        z = self.head_drop(self.head_norm(torch.cat([g, y], dim=2)))
        return z, torch.cat(new_parts, dim=1)

    def forward(self, features: torch.Tensor, state: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """The contract graph: (arkit [B, k, 52] in [0, 1], visemes [B, k, 15] summing to 1, state_out)."""
        arkit_logits, viseme_logits, closure, state_out = self.logits(features, state)
        arkit = torch.sigmoid(arkit_logits)
        onehot = self.close_onehot
        arkit = arkit * (1.0 - onehot) + torch.sigmoid(closure).unsqueeze(2) * onehot
        arkit = arkit * self.arkit_mask
        return arkit, torch.softmax(viseme_logits, dim=2), state_out


def count_flops_per_keyframe(model: MotionNet) -> int:
    """Multiply-adds x 2 of one keyframe (40 ms) through the network, excluding elementwise ops
    and the training-only phone head, which the exported graph does not contain."""
    c = model.config
    macs = c.frames_per_keyframe * c.n_mels * c.frame_channels * c.frame_kernel
    macs += c.frames_per_keyframe * c.frame_channels * c.width
    macs += len(c.dilations) * c.width * c.width * c.kernel
    macs += 3 * (c.width * c.gru_hidden + c.gru_hidden * c.gru_hidden)
    head_in = c.gru_hidden + c.width
    macs += head_in * (len(ARKIT_NAMES) + len(VISEME_NAMES) + 64) + 64
    return 2 * macs
