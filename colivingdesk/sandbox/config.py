"""Configuration of the sandbox: which keys, which data, which faults.

Everything a test or the ``colivingdesk sandbox`` command can vary lives in one dataclass so a server can be
rebuilt identically from it (the seed makes the data deterministic).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: Default hourly budgets per BookMyColiving endpoint group. Only ``reference`` (5,000/h) and ``replies``
#: (60/h per key) are in the document; ``reads``, ``writes`` and ``webhooks`` are this sandbox's choice.
DEFAULT_BMC_LIMITS: dict[str, int] = {
    "reference": 5000,
    "replies": 60,
    "reads": 10000,
    "writes": 1000,
    "webhooks": 60,
}

#: Coliving.com: "60 requests per minute", one budget per key over every endpoint.
DEFAULT_COLIVING_PER_MINUTE = 60


@dataclass
class SandboxConfig:
    """Knobs of one sandbox instance.

    ``rate_limits`` overrides entries of :data:`DEFAULT_BMC_LIMITS` and ``coliving_per_minute`` the
    Coliving.com budget, so tests can reach a 429 in a handful of calls. ``rates_apply_seconds`` is how long
    an accepted Coliving.com rate update stays queued before the background step marks it applied.
    """

    bmc_key: str = "bmc_demo_key"
    coliving_key: str = "your_api_key_here"
    webhook_url: str | None = None
    webhook_secret: str = "whsec_demo"
    seed: Literal["demo", "scale"] = "demo"
    bookings: int = 100_000
    leads: int = 20_000
    threads: int = 5_000
    messages_per_thread: int = 10
    faults: str = ""
    limits_enabled: bool = True
    demo_ticker_seconds: float | None = None
    rate_limits: dict[str, int] = field(default_factory=dict)
    coliving_per_minute: int = DEFAULT_COLIVING_PER_MINUTE
    rates_apply_seconds: float = 1.0
    random_seed: int = 20260425

    def bmc_limits(self) -> dict[str, int]:
        """Effective BookMyColiving budgets: defaults overlaid with ``rate_limits``."""
        return {**DEFAULT_BMC_LIMITS, **self.rate_limits}
