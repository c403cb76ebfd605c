"""Quality and speed of the offline triage engine on the labelled eval ideas.

Why: the tier is the field reviewers trust least blindly, so the rules are measured on the shared
eval file (never used to write them): tier and basis accuracy, recall of the strict tiers, a
confusion matrix, the misclassified ids, whether every citation exists in the policy store, and
throughput. Run: `.venv/bin/python bench/triage_quality.py [--ideas FILE] [--store-dir DIR]`.

It also prints tier accuracy and recall on the generalisation sets in `tests/triage/data/`.
Those were written in-house and the rules were then tuned on them, so after tuning they overstate
quality; the honest estimate for unseen ideas is each set's first-pass figure (see
`GENERALISATION_SETS`), measured before any rule was changed for that set.

Finally it cross-validates the precedent safety net (`triage.precedents`): for each held-out fold the
precedents are only the *other* in-house ideas, and it prints rules-only vs rules + precedents
(accuracy, prohibited+high recall, false escalations of minimal/limited ideas to prohibited/high,
ideas flagged for review). The current rules were tuned on every in-house set, so against them the
folds can only show the cost (false escalations); the gain shows against rules that never saw the
held-out ideas: `--baseline-rules DIR` classifies with an older checkout, e.g.
`mkdir /tmp/pre-r2 && git archive 25e08c6^ triage | tar -x -C /tmp/pre-r2` (the rules before round 2).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from knowledge.types import Passage
from triage.offline import OfflineEngine
from triage.precedent_data import Precedent, cached_vectors, load_precedents
from triage.precedents import PrecedentIndex
from triage.result import Tier
from triage.risk_rules import classify

TIERS = [t.value for t in Tier]
STRICT = {"prohibited", "high"}
_TMP: list[tempfile.TemporaryDirectory[str]] = []
_DATA = Path(__file__).resolve().parent.parent / "tests" / "triage" / "data"
# (file, label, first-pass figure before the rules were tuned on that set)
GENERALISATION_SETS = (
    ("generalisation_ideas.jsonl", "round 1 (276 ideas)", "first pass 0.70-0.85 tier accuracy"),
    (
        "generalisation_ideas_round2.jsonl",
        "round 2 (120 ideas)",
        "first pass 0.742 tier accuracy, 0.603 prohibited+high recall (35/58)",
    ),
    (
        "generalisation_probes_round2.jsonl",
        "round 2 probes (139)",
        "5 later batches, first pass 0.71 / 0.60 / 0.67 / 0.80 / 0.73 tier accuracy",
    ),
    (
        "generalisation_ideas_round3.jsonl",
        "round 3 (100 ideas)",
        "first pass with precedents 0.630 tier accuracy, 0.543 recall (25/46); rules only 0.510 / 0.239",
    ),
    (
        "generalisation_ideas_round4.jsonl",
        "round 4 (150 ideas)",
        "first pass with precedents + tier model 0.740 / 0.958 (15 false escalations); rules only 0.713 / 0.681",
    ),
    (
        "generalisation_ideas_round5.jsonl",
        "round 5 (120 ideas)",
        "first pass rules only 0.825 / 0.812; with the tier model then at p >= 0.6 0.742 / 0.979",
    ),
)


class _NoPolicies:
    """Fallback retriever when the Chroma store cannot be built (prints a warning)."""

    def retrieve(self, query: str, *, k: int = 4) -> list[Passage]:
        return []

    def policy_version(self) -> str:
        return "none"


def build_store(store_dir: str | None) -> tuple[object, str]:
    try:
        from knowledge.policy_store import PolicyStore

        if store_dir:
            directory = Path(store_dir)
        else:
            _TMP.append(tempfile.TemporaryDirectory(prefix="aipmo-bench-"))  # removed at interpreter exit
            directory = Path(_TMP[-1].name)
        store = PolicyStore(data_dir=directory)
        store.ensure_default_pack()
        return store, f"knowledge.policy_store.PolicyStore ({directory})"
    except Exception as exc:  # the bench must still report rule quality
        print(f"WARNING: policy store unavailable ({exc}); citations will be empty", file=sys.stderr)
        return _NoPolicies(), "no policies"


def generalisation_report() -> None:
    """Tier accuracy and strict recall on the in-house generalisation sets (rules only, no retrieval)."""
    print("\ngeneralisation sets (written in-house; rules later tuned on them, so the first pass is the estimate):")
    for name, label, first_pass in GENERALISATION_SETS:
        path = _DATA / name
        if not path.exists():
            print(f"  {label}: {path} missing")
            continue
        ideas = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        preds = [classify(i["text"]).tier.value for i in ideas]
        correct = sum(p == i["tier"] for p, i in zip(preds, ideas, strict=True))
        strict = [p for p, i in zip(preds, ideas, strict=True) if i["tier"] in STRICT]
        hit = sum(p in STRICT for p in strict)
        print(
            f"  {label:<22} tier accuracy {correct / len(ideas):.3f}   recall prohibited+high "
            f"{hit / len(strict) if strict else 1.0:.3f} ({hit}/{len(strict)})   [{first_pass}]"
        )


def baseline_tiers(texts: list[str], rules_root: str | None) -> list[str]:
    """Rules-only tiers, from this checkout or from an older one (in a subprocess, so modules do not mix)."""
    if rules_root is None:
        return [classify(t).tier.value for t in texts]
    script = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); from triage.risk_rules import classify; "
        "print(json.dumps([classify(t).tier.value for t in json.load(sys.stdin)]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, rules_root], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    tiers: list[str] = json.loads(out.stdout)
    return tiers


def _fold_scores(gold: list[str], tiers: list[str]) -> tuple[float, float, int]:
    acc = sum(g == p for g, p in zip(gold, tiers, strict=True)) / len(gold)
    strict = [p for g, p in zip(gold, tiers, strict=True) if g in STRICT]
    recall = sum(p in STRICT for p in strict) / len(strict) if strict else 1.0
    false_esc = sum(g not in STRICT and p in STRICT for g, p in zip(gold, tiers, strict=True))
    return acc, recall, false_esc


def precedent_report(eval_ideas: list[dict[str, str]], rules_root: str | None) -> None:
    """Rules-only vs rules + precedent safety net on cross-validated held-out folds."""
    from knowledge.embeddings import get_embedder

    embedder = get_embedder()
    prec = load_precedents()
    sources = [
        json.loads(line)["source"]
        for line in (Path(__file__).resolve().parents[1] / "triage" / "precedent_data" / "ideas.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    ]
    vectors = cached_vectors(embedder, [p.text for p in prec])
    late = ("probes2:batch6", "probes2:final")  # the two probe batches least tuned on
    folds: list[tuple[str, list[int], list[int]]] = [
        ("round 2 | prec. round 1+probes", *_split(sources, lambda s: s == "round2")),
        ("probes | prec. round 1+2", *_split(sources, lambda s: s.startswith("probes2"))),
        ("probe batches 4+5 | prec. rest", *_split(sources, lambda s: s in late)),
        ("round 2 | prec. round 1 only", *_split(sources, lambda s: s == "round2", lambda s: s == "round1")),
        ("round 3 | prec. rounds 1-2+probes", *_split(sources, lambda s: s == "round3")),
    ]
    texts = [p.text for p in prec] + [i["text"] for i in eval_ideas]
    base_all = baseline_tiers(texts, rules_root)
    eval_prec = Precedent("", Tier.minimal, "", "")
    print(
        f"\nprecedent safety net, cross-validated (k=4, all 4 prohibited/high, cosine >= 0.85, only on minimal"
        " passing the lexical pre-filter;"
        f" rules: {rules_root or 'this checkout'}):"
    )
    print(f"  {'held out | precedents':<34}{'n':>4}  {'accuracy':>13}  {'recall p+h':>13}  {'false esc.':>10}  review")
    rows = [(name, held, pool, [prec[i] for i in held]) for name, held, pool in folds]
    rows.append(("shared eval | prec. all in-house", [], list(range(len(prec))), [eval_prec] * len(eval_ideas)))
    for name, held, pool, _ in rows:
        if held:
            gold = [prec[i].tier.value for i in held]
            held_texts = [prec[i].text for i in held]
            base = [base_all[i] for i in held]
        else:
            gold = [i["tier"] for i in eval_ideas]
            held_texts = [i["text"] for i in eval_ideas]
            base = base_all[len(prec) :]
        index = PrecedentIndex(embedder, [prec[i] for i in pool], vectors[pool], cache_size=0)
        check = [k for k, b in enumerate(base) if b == Tier.minimal.value and index.worth_embedding(held_texts[k])]
        votes = dict(zip(check, index.vote_many([held_texts[k] for k in check]), strict=True))
        combined = [votes[k].tier.value if k in votes and votes[k].escalates else b for k, b in enumerate(base)]
        review = [(gold[k] in STRICT) for k, v in votes.items() if v.flagged and not v.escalates]
        a0, r0, f0 = _fold_scores(gold, base)
        a1, r1, f1 = _fold_scores(gold, combined)
        print(
            f"  {name:<34}{len(gold):>4}  {a0:.3f} → {a1:.3f}  {r0:.3f} → {r1:.3f}  {f0:>4} → {f1:<4}"
            f"  {sum(review)} strict / {len(review) - sum(review)} not"
        )


def _split(sources: list[str], held: object, pool: object = None) -> tuple[list[int], list[int]]:
    is_held = held if callable(held) else (lambda s: False)
    in_pool = pool if callable(pool) else (lambda s: not is_held(s))
    return [i for i, s in enumerate(sources) if is_held(s)], [i for i, s in enumerate(sources) if in_pool(s)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ideas", default="/work/shared/eval/ideas.jsonl")
    parser.add_argument("--store-dir", default=None, help="reuse a Chroma directory instead of a fresh one")
    parser.add_argument("--repeat", type=int, default=20, help="passes over the file for the warm throughput")
    parser.add_argument("--no-precedents", action="store_true", help="rules only, without the precedent safety net")
    parser.add_argument("--baseline-rules", default=None, help="older checkout root for the cross-validated folds")
    args = parser.parse_args()

    ideas = [
        json.loads(line) for line in Path(args.ideas).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    store, store_name = build_store(args.store_dir)
    precedents = None if args.no_precedents else PrecedentIndex.load()
    if precedents is not None:
        # the same index without the vote cache, for an honest warm throughput
        precedents = PrecedentIndex(precedents.embedder, precedents.precedents, cache_size=0, model=precedents.model)
    engine = OfflineEngine(store, precedents)  # type: ignore[arg-type]

    start = time.perf_counter()
    results = [engine.triage(i["text"]) for i in ideas]
    cold = len(ideas) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(args.repeat):
        for i in ideas:
            engine.triage(i["text"])
    warm = args.repeat * len(ideas) / (time.perf_counter() - start)

    confusion: Counter[tuple[str, str]] = Counter()
    wrong, basis_ok, strict_gold, strict_hit, missing_cites = [], 0, 0, 0, 0
    getter = getattr(store, "get", None)
    for idea, res in zip(ideas, results, strict=True):
        gold, pred = idea["tier"], res.tier.value
        confusion[(gold, pred)] += 1
        basis_ok += res.basis == idea["basis"]
        if gold in STRICT:
            strict_gold += 1
            strict_hit += pred in STRICT
        if gold != pred:
            wrong.append(
                f"  {idea['id']} ({idea['lang']}): gold {gold} [{idea['basis']}] -> predicted {pred} "
                f"[{res.basis}] conf={res.confidence}"
            )
        if getter is not None:
            missing_cites += sum(getter(c.passage_id) is None for c in res.citations)

    n = len(ideas)
    accuracy = sum(confusion[(t, t)] for t in TIERS) / n
    recall = strict_hit / strict_gold if strict_gold else 1.0
    print(f"ideas: {n}   retriever: {store_name}   policy_version: {results[0].policy_version}")
    print(f"engine: offline{'' if precedents is None else ' + precedent safety net'}")
    print(f"tier accuracy:              {accuracy:.3f}   (goal >= 0.85)")
    print(f"recall prohibited+high:     {recall:.3f}   (goal >= 0.95; {strict_hit}/{strict_gold})")
    print(f"basis accuracy (exact):     {basis_ok / n:.3f}")
    print(
        f"citations not in the store: {missing_cites}   (avg {sum(len(r.citations) for r in results) / n:.1f}"
        " citations per idea)"
    )
    print(f"mean confidence:            {sum(r.confidence for r in results) / n:.2f}")
    print(f"throughput cold:            {cold:.1f} ideas/s (first pass, retrieval not cached)")
    print(f"throughput warm:            {warm:.1f} ideas/s (goal >= 50; {args.repeat} passes)")
    print("\nconfusion matrix (rows gold, columns predicted):")
    print(" " * 12 + "".join(f"{t:>12}" for t in TIERS))
    for g in TIERS:
        print(f"{g:>12}" + "".join(f"{confusion[(g, p)]:>12}" for p in TIERS))
    print("\nmisclassified:" if wrong else "\nmisclassified: none")
    print("\n".join(wrong))
    generalisation_report()
    precedent_report(ideas, args.baseline_rules)


if __name__ == "__main__":
    main()
