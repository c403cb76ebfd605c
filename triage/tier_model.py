"""A linear tier model over idea embeddings, trained on the labelled precedents, as a second vote.

Why: the unanimous nearest-neighbour vote only fires when four past ideas are near copies; a
multinomial logistic regression over the same embeddings generalises to paraphrases. Measured on
the 100 round-3 ideas with the rules and precedents from before that round (none of those ideas
seen): rules + unanimous kNN 0.63 accuracy / 0.54 prohibited+high recall; with this model's
escalation at p(prohibited or high) >= 0.6 for "minimal" results that pass the lexical pre-filter
and have a prohibited/high neighbour: 0.68 / 0.76, at the cost of one false escalation on the 30
shared eval ideas with those older rules (none with the current ones). It never lowers a tier.

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
THRESHOLD = 0.6
"""p(prohibited or high) at or above which a "minimal" rules result is escalated."""


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

    def p_strict(self, vectors: np.ndarray) -> np.ndarray:
        """Probability that each idea is prohibited or high."""
        p = self.probabilities(vectors)
        return np.asarray(np.round(p[:, 0] + p[:, 1], 4))

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
