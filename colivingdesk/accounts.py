"""How the app reaches each channel: base URL, provider and auth style, never the key itself.

Keys come from ``secrets.SecretStore``; these settings live in the profile's cache (``accounts`` table) or, for
headless use, in ``COLIVINGDESK_*`` environment variables, which win so a cron job can point at another server.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from colivingdesk.domain import Channel

DEFAULT_BASE_URLS: dict[Channel, str] = {
    Channel.BMC: "https://bookmycoliving.com/api/v1",
    Channel.COLIVING: "https://api.coliving.com/v1",
}
DEFAULT_PROVIDER = "mangobeds"


@dataclass(frozen=True, slots=True)
class AccountSettings:
    """Where and how to reach one channel account; its key is kept apart (see ``SecretStore``)."""
    channel: Channel
    base_url: str
    provider: str = DEFAULT_PROVIDER
    auth_style: str = "x-api-key"  # or "bearer" (Coliving.com accepts both)

    @property
    def account_id(self) -> str:
        """The keyring account name; one account per channel per profile."""
        return self.channel.value


def settings_from_environ(environ: Mapping[str, str] | None = None) -> dict[Channel, AccountSettings]:
    """Accounts whose key is given by environment variables, for scripts and cron."""
    env = os.environ if environ is None else environ
    found: dict[Channel, AccountSettings] = {}
    if env.get("COLIVINGDESK_BMC_API_KEY"):
        found[Channel.BMC] = AccountSettings(
            Channel.BMC, env.get("COLIVINGDESK_BMC_BASE_URL") or DEFAULT_BASE_URLS[Channel.BMC]
        )
    if env.get("COLIVINGDESK_COLIVING_API_KEY"):
        found[Channel.COLIVING] = AccountSettings(
            Channel.COLIVING,
            env.get("COLIVINGDESK_COLIVING_BASE_URL") or DEFAULT_BASE_URLS[Channel.COLIVING],
            provider=env.get("COLIVINGDESK_COLIVING_PROVIDER") or DEFAULT_PROVIDER,
        )
    return found
