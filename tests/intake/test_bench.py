"""The question-count benchmark: a rich first message reaches the summary in at most 2 questions."""

from __future__ import annotations

import json
from pathlib import Path

from intake.bench import median_questions, questions_until_summary

EVAL = Path("/work/shared/eval/ideas.jsonl")


def test_rich_message_needs_no_more_than_two_questions():
    text = (
        "For our finance team: an AI should read supplier invoices automatically, "
        "no personal data, saving 5 hours a week."
    )
    assert questions_until_summary(text) == 0


def test_vague_message_needs_more():
    assert questions_until_summary("I have an AI idea") >= 2


def test_median_over_eval_ideas_is_at_most_two():
    texts = [json.loads(line)["text"] for line in EVAL.read_text(encoding="utf-8").splitlines()]
    assert median_questions(texts) <= 2
