"""Quick-search benchmark: what the search thread runs per query, against a bare FTS5 match.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.search

Builds a profile of 100,000 bookings and 50,000 messages (``--small``: a tenth), opens it read-only as the
quick search does, and times each query ``--runs`` times, alternating with its baseline. Prints one JSON line
per query:

* ``first_page_ms``: p50/p95 until the first page (the ten best hits, with snippets) is ready;
* ``all_ms``: p50/p95 until every page of the popup's 30 hits is ready (what the popup waits for at most);
* ``baseline_ms``: p50/p95 of ``SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 30`` on a plain
  sqlite3 connection: the index lookup alone, no ranking, no snippets;
* ``ratio_p95``: ``all_ms`` p95 over ``baseline_ms`` p95.

Queries: a guest's surname, a full name, a booking reference, common and rarer words, and two-letter prefixes
(the worst case for type-ahead).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from colivingdesk.store import open_store
from colivingdesk.store.search import fts_query
from tests.benchmarks.scale_profile import build_profile

LIMIT = 30
QUERIES = {
    "name": "garcia",
    "full name": "maria garcia",
    "reference": "CL7001",
    "common word": "room",
    "word": "kitchen",
    "prefix ma": "ma",
    "prefix ro": "ro",
    "prefix th": "th",
    "prefix ki": "ki",
}


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 3), "p95": round(p95, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the profile, as a quick check")
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args(argv)
    scale = 10 if args.small else 1
    with tempfile.TemporaryDirectory(prefix="colivingdesk-bench-") as tmp:
        database = build_profile(Path(tmp) / "profile", bookings=100_000 // scale, threads=5_000 // scale)
        store = open_store(database, read_only=True)
        bare = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            for label, text in QUERIES.items():
                match = fts_query(text)
                first: list[float] = []
                full: list[float] = []
                base: list[float] = []
                hits = 0
                for run in range(args.runs + 1):
                    started = time.perf_counter()
                    pages = store.search_pages(text, LIMIT)
                    page = next(pages, [])
                    ready = time.perf_counter()
                    rest = [hit for later in pages for hit in later]
                    done = time.perf_counter()
                    bare.execute(
                        "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?", (match, LIMIT)
                    ).fetchall()
                    base_done = time.perf_counter()
                    if run == 0:  # the first run warms the page cache on both sides
                        hits = len(page) + len(rest)
                        continue
                    first.append((ready - started) * 1000)
                    full.append((done - started) * 1000)
                    base.append((base_done - done) * 1000)
                all_ms, base_ms = _percentiles(full), _percentiles(base)
                print(json.dumps({
                    "figure": "quick_search", "query": label, "text": text, "hits": hits, "runs": args.runs,
                    "first_page_ms": _percentiles(first), "all_ms": all_ms, "baseline_ms": base_ms,
                    "ratio_p95": round(all_ms["p95"] / max(base_ms["p95"], 1e-3), 1),
                    "messages": 50_000 // scale, "bookings": 100_000 // scale,
                }), flush=True)
        finally:
            bare.close()
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
