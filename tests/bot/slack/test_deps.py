"""The shared listener plumbing: conversation keys and the gate that lets acks go first."""

from __future__ import annotations

import threading
import time

from bot.slack.deps import DM, AckGate, conversation_key


def test_dms_are_one_conversation_threads_in_channels_each_their_own():
    assert conversation_key("D123", None) == conversation_key("D123", "1700.1") == DM
    assert conversation_key("C123", "1700.1") == "C123:1700.1"


def test_work_waits_until_requests_are_answered():
    gate = AckGate(quiet=0.02, max_wait=2.0)
    started = time.monotonic()
    gate.wait_quiet()
    assert time.monotonic() - started < 0.1  # nothing in flight: go

    release = threading.Event()

    def request() -> None:
        with gate.request():
            release.wait(5)

    thread = threading.Thread(target=request)
    thread.start()
    threading.Timer(0.3, release.set).start()
    started = time.monotonic()
    gate.wait_quiet()
    assert 0.3 <= time.monotonic() - started < 1.0
    thread.join()


def test_work_is_never_starved_by_a_stream_of_requests():
    gate = AckGate(quiet=0.05, max_wait=0.2)
    with gate.request():
        started = time.monotonic()
        gate.wait_quiet()
        assert 0.2 <= time.monotonic() - started < 0.5
