"""``Idempotency-Key`` replay cache for BookMyColiving writes.

The document: the first response is cached for 24 h and replayed, with ``Idempotent-Replayed: true``, on
retries. Choices where it is silent:

* Scope is (API key, Idempotency-Key); keys of different operators never collide.
* The request fingerprint is method + path + SHA-256 of the raw body. Reusing a key with a different
  fingerprint answers 409 ``{"error": "Idempotency-Key was already used with a different request"}`` and
  changes nothing. A retry arriving while the first call with that key is still running also gets 409.
* Every response the handler produced is cached (2xx and 4xx alike), so a replay is byte-identical. A response
  the handler never produced (a crash inside the sandbox) is not cached, so a retry executes again.
* Rate limiting runs before the cache, so a replay still counts against the budget and a 429 is never cached.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass

TTL_SECONDS = 24 * 3600


@dataclass(frozen=True)
class CachedResponse:
    fingerprint: str
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]
    stored_at: float


class IdempotencyStore:
    """First-response cache keyed by (api key, idempotency key)."""

    def __init__(self, ttl: float = TTL_SECONDS) -> None:
        self.ttl = ttl
        self._entries: dict[tuple[str, str], CachedResponse] = {}
        self._in_flight: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    @staticmethod
    def fingerprint(method: str, path: str, body: bytes) -> str:
        return f"{method} {path} {hashlib.sha256(body).hexdigest()}"

    def lookup(self, api_key: str, key: str, fingerprint: str) -> CachedResponse | str | None:
        """The cached response, ``"conflict"`` for a mismatched or in-flight key, or None to proceed.

        Returning None also marks the key in flight; the caller must then :meth:`store` or :meth:`release`.
        """
        now = time.time()
        with self._lock:
            entry = self._entries.get((api_key, key))
            if entry is not None and now - entry.stored_at > self.ttl:
                del self._entries[(api_key, key)]
                entry = None
            if entry is not None:
                return entry if entry.fingerprint == fingerprint else "conflict"
            if (api_key, key) in self._in_flight:
                return "conflict"
            self._in_flight[(api_key, key)] = fingerprint
            return None

    def store(
        self, api_key: str, key: str, fingerprint: str, status: int, body: bytes, headers: dict[str, str]
    ) -> None:
        with self._lock:
            self._in_flight.pop((api_key, key), None)
            self._entries[(api_key, key)] = CachedResponse(
                fingerprint, status, body, tuple(headers.items()), time.time()
            )

    def release(self, api_key: str, key: str) -> None:
        with self._lock:
            self._in_flight.pop((api_key, key), None)
