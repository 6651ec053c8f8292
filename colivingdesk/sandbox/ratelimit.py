"""Sliding-window rate limits, one window per (API key, endpoint group).

A sliding log (timestamps of the accepted calls in the last window) is exact and cheap at sandbox volumes, and
gives an honest ``X-RateLimit-Reset``: the epoch second at which the oldest counted call leaves the window
and a slot frees up (now + window when nothing is counted). Rejected calls (429) are not counted.

BookMyColiving groups and default hourly budgets (only ``reference`` and ``replies`` are documented; the rest
are this sandbox's choice): ``reference`` 5,000 (GET /cities, /coliving-types, /amenities), ``replies`` 60
(POST /messages/:threadId), ``webhooks`` 60 (POST /webhooks/test), ``writes`` 1,000 (every other
POST/PUT/DELETE), ``reads`` 10,000 (every other GET). Coliving.com: one budget of 60 calls per minute per key.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    """Outcome of one check: whether the call may proceed and the numbers for the response headers."""

    allowed: bool
    limit: int
    remaining: int
    reset: int
    retry_after: int

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }


class SlidingWindowLimiter:
    """Counts calls per key in a sliding window of ``window`` seconds."""

    def __init__(self, window: float) -> None:
        self.window = window
        self.enabled = True
        self._calls: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._calls.clear()

    def check(self, key: str, group: str, limit: int, now: float | None = None) -> Verdict:
        """Count one call if the budget allows it and report the window state either way."""
        now = time.time() if now is None else now
        with self._lock:
            calls = self._calls.setdefault((key, group), deque())
            while calls and calls[0] <= now - self.window:
                calls.popleft()
            allowed = not self.enabled or len(calls) < limit
            if allowed and self.enabled:
                calls.append(now)
            oldest = calls[0] if calls else now
            reset_at = oldest + self.window
            return Verdict(
                allowed=allowed,
                limit=limit,
                remaining=max(0, limit - len(calls)),
                reset=math.ceil(reset_at),
                retry_after=max(1, math.ceil(reset_at - now)),
            )


def bmc_group(method: str, path: str) -> str:
    """Endpoint group of a BookMyColiving call; ``path`` is relative to ``/bmc/api/v1``."""
    if method == "GET" and path.rstrip("/") in ("/cities", "/coliving-types", "/amenities"):
        return "reference"
    if method == "POST" and path.startswith("/messages/"):
        return "replies"
    if path.startswith("/webhooks"):
        return "webhooks"
    return "reads" if method in ("GET", "HEAD") else "writes"
