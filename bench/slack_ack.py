"""Ack latency of `POST /slack/events` under load, next to a bare slack-bolt app that only acks.

Why: Slack retries any request not acked within 3 s, and a retry of a slow handler is how
duplicate ideas happen. This runs the real aipmo app (create_app + mount_slack, SQLite, the
triage worker busy on an engine that takes 5 s per idea) and a bare bolt app with an empty
`message` listener, both under uvicorn on loopback against the fake Slack Web API, and sends
rounds of 50 concurrent, signed `message.im` events to each (aipmo's replies to one burst are
posted before the next burst starts, so each burst competes only with its own work). Goal: aipmo's p99 <= 1.5x the bare
app's, and far below 3 s.

    .venv/bin/python bench/slack_ack.py [--rounds 10] [--concurrency 50]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request, Response
from slack_bolt import App
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_sdk import WebClient
from sqlmodel import Session, select
from starlette.concurrency import run_in_threadpool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.slack import mount_slack  # noqa: E402
from core.app import create_app  # noqa: E402
from core.settings import Settings  # noqa: E402
from core.wiring import Container  # noqa: E402
from intake.fields import IdeaDraft  # noqa: E402
from portfolio.models import UseCase  # noqa: E402


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "tests/bot/slack" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fake_slack, harness = _load("fake_slack"), _load("harness")

IDEAS = ["Our sales reps spend 3 hours a week writing call notes by hand. An AI could summarise customer calls "
         "into the CRM.", "Eine KI soll Eingangsrechnungen der Buchhaltung lesen und ins ERP übernehmen.",
         "A chatbot that answers employee questions about travel expenses for the finance team."]


def bare_app(api_url: str) -> FastAPI:
    """The baseline: bolt with the same verification and authorization, a listener that does nothing."""
    bolt = App(signing_secret=harness.SECRET, client=WebClient(token="xoxb-bench", base_url=api_url),
               token_verification_enabled=False, process_before_response=True)

    @bolt.event("message")
    def _only_ack() -> None:
        return None

    app = FastAPI()

    @app.post("/slack/events")
    async def events(request: Request) -> Response:
        body = await request.body()
        return to_starlette_response(await run_in_threadpool(bolt.dispatch, to_bolt_request(request, body)))

    return app


def envelope(i: int, round_no: int) -> bytes:
    user = f"UB{round_no:02d}{i:03d}"
    ts = f"{time.time():.6f}"
    return json.dumps({"type": "event_callback", "team_id": "T0001", "api_app_id": "A0001",
                       "event_id": f"EvB{round_no:02d}{i:04d}{int(time.time() * 1000)}", "event_time": int(time.time()),
                       "event": {"type": "message", "channel_type": "im", "channel": f"D{user[1:]}", "user": user,
                                 "text": IDEAS[i % len(IDEAS)], "ts": ts, "event_ts": ts}}).encode()


async def burst(url: str, n: int, round_no: int) -> list[float]:
    """n concurrent signed events; each one's time until its ack (HTTP 200) arrived."""
    bodies = [envelope(i, round_no) for i in range(n)]
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=n)) as client:
        async def one(body: bytes) -> float:
            ts = int(time.time())
            started = time.perf_counter()
            response = await client.post(url + "/slack/events", content=body, headers={
                "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(ts),
                "X-Slack-Signature": harness.sign(body, ts)})
            elapsed = time.perf_counter() - started
            assert response.status_code == 200, response.text
            return elapsed

        return list(await asyncio.gather(*(one(b) for b in bodies)))


def settle(api: Any, replies: int, timeout: float = 60) -> None:
    """Wait until aipmo has posted `replies` intake replies (its work after the acks is done)."""
    deadline = time.monotonic() + timeout
    while len(api.of("chat.postMessage")) < replies and time.monotonic() < deadline:
        time.sleep(0.05)


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--triage-seconds", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, fake_slack.FakeSlack() as api:
        settings = Settings(_env_file=None, AIPMO_DATA_DIR=Path(tmp) / "data",  # type: ignore[call-arg]
                            AIPMO_DATABASE_URL=f"sqlite:///{tmp}/bench.db", SLACK_SIGNING_SECRET=harness.SECRET,
                            SLACK_BOT_TOKEN="xoxb-bench", AIPMO_SLACK_API_URL=api.url)
        container = Container(settings)
        container.upgrade_database()
        container.__dict__["idea_index"] = harness.WordIndex()
        container.__dict__["triage_engine"] = harness.StubEngine(delay=args.triage_seconds)
        for i in range(10):  # keep the (slow) triage worker busy for the whole run
            container.intake.sink.file(IdeaDraft(title=f"Queued idea {i}", solution=IDEAS[i % 3]), channel="slack",
                                       user_id="UQUEUE", display_name=None, lang="en", draft_id=None)
        app = create_app(settings, container=container, migrate=False, background=True)
        if not any(getattr(r, "path", None) == "/slack/events" for r in app.routes):
            mount_slack(app, container)
        results: dict[str, list[float]] = {"bare bolt": [], "aipmo": []}
        with harness.serve(app) as aipmo_url, harness.serve(bare_app(api.url)) as bare_url:
            urls = {"bare bolt": bare_url, "aipmo": aipmo_url}
            for url in urls.values():  # warm-up: auth.test, first DB connection, imports
                asyncio.run(burst(url, 3, 99))
            expected = 3
            settle(api, expected)
            for round_no in range(args.rounds):
                for name, url in urls.items():  # interleaved, so both see the same machine state
                    results[name] += asyncio.run(burst(url, args.concurrency, round_no))
                    if name == "aipmo":  # let this burst's own post-ack work finish before the next burst
                        expected += args.concurrency
                        settle(api, expected)
            replies = len(api.of("chat.postMessage"))
            with Session(container.engine) as session:
                triaged = len(session.exec(select(UseCase).where(UseCase.status == "triaged")).all())
        print(f"{args.rounds} rounds x {args.concurrency} concurrent message.im events; triage {args.triage_seconds} s"
              f"/idea running in the background")
        for name, samples in results.items():
            print(f"  {name:<10} ack p50 {pct(samples, 0.5) * 1000:7.1f} ms   p99 {pct(samples, 0.99) * 1000:7.1f} ms"
                  f"   max {max(samples) * 1000:7.1f} ms   mean {statistics.mean(samples) * 1000:7.1f} ms")
        ratio = pct(results["aipmo"], 0.99) / pct(results["bare bolt"], 0.99)
        print(f"  p99 ratio aipmo / bare: {ratio:.2f} (goal <= 1.5); intake replies posted after the ack: "
              f"{replies}/{expected}; ideas triaged by the slow engine meanwhile: {triaged}/10")


if __name__ == "__main__":
    main()
