"""Exponential, capped waits for failures that are not the server telling us when to come back.

Deterministic (no jitter) on purpose: the scheduler handles one account per channel, so there is no herd to
spread, and tests can assert the exact next attempt time with a fake clock.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    base: float = 5.0
    cap: float = 300.0

    def delay(self, failures: int) -> float:
        """Wait after ``failures`` consecutive failures (1 -> base, doubling, never above cap)."""
        if failures <= 0:
            return 0.0
        return min(self.cap, self.base * (2 ** min(failures - 1, 30)))
