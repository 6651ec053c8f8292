"""Checking an API key before it is saved: one cheap authenticated call, its outcome in the user's words.

The words say what the check showed (the channel accepts the key), never that the account is connected: a key
checked in Settings is not in use until it is saved.

The check uses a client of its own (never the account's running one), so a wrong key typed in Settings cannot
disturb the account's budgets, waits or outbox while it is being tried.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from colivingdesk.api.errors import AuthError, ChannelError, NetworkError, RateLimited
from colivingdesk.sync.status import VerifyResult
from colivingdesk.translatable import QT_TRANSLATE_NOOP, Counted, filled

if TYPE_CHECKING:
    from colivingdesk.api.bmc import BmcClient
    from colivingdesk.api.coliving import ColivingClient


#: Counted words of a key check (English for one, when no translator is installed).
KeyCheck = Counted("KeyCheck", {"%Ln properties": "%Ln property"})


def _say(source: str, **values: object) -> str:
    """An outcome marked under ``KeyCheck``, in the window's language (English on the command line)."""
    return filled("KeyCheck", source, **values)


async def verify_key(client: BmcClient | ColivingClient) -> VerifyResult:
    """Coliving.com ``GET /me``, BookMyColiving a one-item list call; closes ``client`` when done."""
    from colivingdesk.api.bmc import BmcClient

    try:
        if isinstance(client, BmcClient):
            page = await client.list_properties(limit=1)
            count = page.total if page.total is not None else len(page.items)
            return VerifyResult(True, _say(QT_TRANSLATE_NOOP("KeyCheck", "The key works: BookMyColiving accepted it.")),
                                KeyCheck.tr("%Ln properties", "", count))
        profile = await client.me()
        name = profile.name or profile.email or _say(QT_TRANSLATE_NOOP("KeyCheck", "the host"))
        works = _say(QT_TRANSLATE_NOOP("KeyCheck", "The key works: Coliving.com knows it as {name}."), name=name)
        return VerifyResult(True, works, profile.name or None)
    except AuthError as err:
        return VerifyResult(False, _say(QT_TRANSLATE_NOOP("KeyCheck", "The API key was refused.")), err.message)
    except RateLimited as err:
        wait = f"{err.retry_after:.0f}"
        limited = _say(QT_TRANSLATE_NOOP("KeyCheck", "Rate limit reached; try again in {wait} s."), wait=wait)
        return VerifyResult(False, limited, err.message)
    except NetworkError as err:
        return VerifyResult(False, _say(QT_TRANSLATE_NOOP(
            "KeyCheck", "The channel could not be reached.")), err.message)
    except ChannelError as err:
        return VerifyResult(False, _say(QT_TRANSLATE_NOOP(
            "KeyCheck", "The channel answered with an error.")), err.message)
    finally:
        await client.aclose()
