"""A linear tier model over idea embeddings, trained on the labelled precedents, as a second vote.

Why: the unanimous nearest-neighbour vote only fires when four past ideas are near copies; a
multinomial logistic regression over the same embeddings generalises to paraphrases. It is used
twice on "minimal" rules results (`triage.precedent_vote`): p(prohibited or high) >= THRESHOLD
escalates an idea about people or safety, and a top p(limited) >= LIMITED_THRESHOLD raises it to
limited (it recognises generators and assistants in words the rules lack). The thresholds were
chosen on rounds 5 and 7 of the in-house ideas, each before it joined the precedents; round 8 was
kept for the final figure (README). It never lowers a tier.

Training is plain numpy gradient descent from zeros, so the shipped weights
(`precedent_data/tier_model.<model>.npz`) are reproducible with
`python -m triage.precedent_data.build`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from triage.precedent_data import DATA_DIR
from triage.result import Tier

TIERS = (Tier.prohibited, Tier.high, Tier.limited, Tier.minimal)
SCALE = 10.0  # centred e5 vectors are small; scaling keeps the learning rate sensible
EPOCHS, RATE, L2 = 600, 0.5, 1e-3
THRESHOLD = 0.7
"""p(prohibited or high) at or above which a "minimal" rules result about people or safety is escalated.
Without the people/safety gate, 0.6 over-escalated round 5 (16 of 72 minimal/limited ideas, e.g.
recipe tweaks and apple sorting at p > 0.8). With the gate, round 5 (635 precedents) preferred 0.8
(0.833 vs 0.808 accuracy, equal recall) and round 7 (1,025 precedents) 0.6 (0.979 vs 0.938 recall,
0.892 vs 0.883 accuracy); 0.7 is between, favouring recall (round 7: 0.892 / 0.958)."""
LIMITED_THRESHOLD = 0.6
"""p(limited), when it is also the model's top tier, at or above which a "minimal" rules result is
raised to limited: the model recognises generators and assistants in words the rules lack."""


def model_path(model_name: str) -> Path:
    return DATA_DIR / f"tier_model.{model_name}.npz"


@dataclass(frozen=True)
class TierModel:
    weights: np.ndarray  # (dim, 4)
    bias: np.ndarray  # (4,)
    mean: np.ndarray  # (dim,)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(n, 4) probabilities in the order of TIERS."""
        z = ((np.atleast_2d(vectors) - self.mean) * SCALE) @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return np.asarray(p / p.sum(axis=1, keepdims=True))

    def rounded(self, vectors: np.ndarray) -> np.ndarray:
        """`probabilities` rounded to 4 places, so votes do not flip with BLAS thread counts."""
        return np.asarray(np.round(self.probabilities(vectors), 4))

    @classmethod
    def train(cls, vectors: np.ndarray, tiers: list[Tier]) -> TierModel:
        x = np.asarray(vectors, dtype=np.float64)
        mean = x.mean(axis=0)
        x = (x - mean) * SCALE
        target = np.eye(len(TIERS))[[TIERS.index(t) for t in tiers]]
        weights, bias = np.zeros((x.shape[1], len(TIERS))), np.zeros(len(TIERS))
        for _ in range(EPOCHS):
            z = x @ weights + bias
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            grad = (p - target) / len(x)
            weights -= RATE * (x.T @ grad + L2 * weights)
            bias -= RATE * grad.sum(axis=0)
        return cls(weights.astype(np.float32), bias.astype(np.float32), mean.astype(np.float32))

    def save(self, path: Path) -> Path:
        np.savez_compressed(path, weights=self.weights, bias=self.bias, mean=self.mean)
        return path

    @classmethod
    def load(cls, path: Path) -> TierModel | None:
        if not path.exists():
            return None
        with np.load(path) as data:
            return cls(data["weights"], data["bias"], data["mean"])
