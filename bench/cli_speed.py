"""Speed of the commands a PMO admin runs in bulk: `aipmo triage` and `aipmo import` (1,000 ideas).

Prints figures; not a test. Run: `.venv/bin/python bench/cli_speed.py`. Each command runs as a real
subprocess on a fresh embedded data directory, so start-up (model, knowledge base, migrations) is
included where a user would pay it and reported separately.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ideas.jsonl"
AIPMO = str(Path(sys.executable).with_name("aipmo"))
DEPARTMENTS = ["HR", "Finance", "Sales", "IT", "Legal", "Logistics", "Marketing", "Production"]


def texts() -> list[str]:
    return [json.loads(line)["text"] for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]


def bench_triage(env: dict[str, str], n: int = 600) -> None:
    base = texts()
    lines = "".join(json.dumps({"id": f"i{k}", "text": f"{base[k % len(base)]} (Variante {k})"}) + "\n"
                    for k in range(n))
    started = time.perf_counter()
    proc = subprocess.Popen([AIPMO, "triage"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
    assert proc.stdin and proc.stdout
    stdin = proc.stdin

    def feed() -> None:  # in a thread: results fill the stdout pipe while input is still being written
        stdin.write(lines)
        stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    first = proc.stdout.readline()
    t_first = time.perf_counter()
    rest = proc.stdout.readlines()
    t_end = time.perf_counter()
    proc.wait()
    assert "tier" in first and len(rest) == n - 1
    print(f"aipmo triage: start-up + first result {t_first - started:.2f}s, then {(n - 1) / (t_end - t_first):.0f} "
          f"ideas/s over {n - 1} ideas (goal >= 50/s)")


def bench_import(env: dict[str, str], folder: Path, n: int = 1000) -> None:
    base = texts()
    path = folder / "workshop.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Title", "Description", "Department", "Submitter"])
        for k in range(n):
            text = base[k % len(base)]
            writer.writerow([f"Idea {k}: {text[:40]}", f"{text} Workshop round {k}.", DEPARTMENTS[k % 8],
                             f"user{k % 37}@example.com"])
    started = time.perf_counter()
    out = subprocess.run([AIPMO, "import", str(path)], env=env, capture_output=True, text=True, check=True)
    took = time.perf_counter() - started
    listed = subprocess.run([AIPMO, "ideas", "list", "--json", "--status", "triaged", "--limit", "5000"], env=env,
                            capture_output=True, text=True, check=True)
    triaged = len(listed.stdout.splitlines())
    print(f"aipmo import: {n} rows stored, indexed and triaged in {took:.1f}s ({n / took:.0f} ideas/s; "
          f"goal <= 60s); {triaged} triaged; {out.stdout.strip().splitlines()[0]}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "AIPMO_DATA_DIR": str(Path(tmp) / "data")}
        env.pop("AIPMO_DATABASE_URL", None)
        t = time.perf_counter()
        subprocess.run([AIPMO, "policies", "list"], env=env, capture_output=True, check=True)
        print(f"first start (migrations, Chroma, default policy pack): {time.perf_counter() - t:.2f}s")
        bench_triage(env)
        bench_import(env, Path(tmp))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of the largest aipmo process: {peak:.0f} MB; {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
