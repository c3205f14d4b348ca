"""Run every benchmark, print a table, write bench-results.json.

Each figure of Relais is reported beside the raw engine doing the same work in
the same run (plain SQLite for the database; a bare QTableView paint for the
view), so a slow machine slows both and the ratio still means something.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import data  # noqa: E402

PATIENTS = int(os.environ.get("RELAIS_BENCH_PATIENTS", "100000"))
# A comma-separated subset of cases ("planning,search"), to measure one thing again.
ONLY = {name for name in os.environ.get("RELAIS_BENCH_CASES", "").split(",") if name}


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    from bench import cases

    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "patients": PATIENTS,
    }
    with tempfile.TemporaryDirectory(prefix="relais-bench-") as folder:
        work = Path(folder)
        items = data.patients(PATIENTS)
        # 100,000 generated patients are ~600,000 live objects the application
        # never holds; keep the cyclic GC from rescanning them during each case.
        gc.freeze()
        for name, case in cases.ALL:
            if ONLY and name not in ONLY:
                continue
            print(f"... {name}", file=sys.stderr, flush=True)
            results[name] = case(work, items)
    rows = cases.table(results)
    width = max(len(r[0]) for r in rows)
    lines = [f"{'measure'.ljust(width)}  {'value':>12}  {'target':>10}  verdict"]
    for label, value, target, verdict in rows:
        lines.append(f"{label.ljust(width)}  {value:>12}  {target:>10}  {verdict}")
    print("\n".join(lines))
    (REPO / "bench-results.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    (REPO / "bench-results.md").write_text("```\n" + "\n".join(lines) + "\n```\n")
    print(f"\nwritten {REPO / 'bench-results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
