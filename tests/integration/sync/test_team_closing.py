"""A team desktop closes even when a colleague's change is heard in the very moment it is closed.

A desktop re-reads the worker's state when a notification names the outbox, by waking its watch task; closing
cancels that task and waits for it. When both happen in the same turn of the loop (a colleague's reply heard
as the window is closed, which the two-desktop tests hit now and then), the close must still end.
"""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from colivingdesk.domain import Channel
from colivingdesk.secrets import SecretStore
from colivingdesk.store import open_postgres_store
from colivingdesk.sync import ChangeSet
from colivingdesk.sync.team_desktop import DesktopService
from tests.stuck import within


async def _listening(url: str, count: int) -> None:
    """Until ``count`` sessions listen on the database (each desktop's listening connection)."""
    while True:
        with psycopg.connect(url, autocommit=True) as conn:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'"
            ).fetchone()
        if row is not None and row[0] >= count:
            return
        await asyncio.sleep(0.05)


async def test_a_desktop_closed_as_it_hears_a_colleagues_reply_still_closes(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The periodic re-read never comes during the test: the watch task is always waiting for a notification.
    monkeypatch.setattr("colivingdesk.sync.team_desktop.TEAM_POLL_SECONDS", 3600.0)
    stores = [open_postgres_store(postgres_url) for _ in range(2)]
    ana, ben = (
        DesktopService(store, SecretStore(session_only=True, environ={}), url=postgres_url, label="desk")
        for store in stores
    )
    heard = asyncio.Event()
    closing: list[asyncio.Task[None]] = []

    def on_change(changes: ChangeSet) -> None:
        # Ben's reply reaches Ana's window, which is closed in that same turn of the loop (before the
        # notification's wake-up of the watch task has been handled).
        if changes.get_ids("outbox") and not closing:
            closing.append(asyncio.get_running_loop().create_task(ana.aclose()))
            heard.set()

    ana.changes.subscribe(on_change)
    try:
        await ana.start()
        await ben.start()
        await within(_listening(postgres_url, 2), "both desktops listening")
        await ben.queue_reply(Channel.BMC, "usr_1", "Yes, in the basement.", property_id="p1")
        await within(heard.wait(), "Ana's desktop hearing Ben's reply")
        await within(closing[0], "Ana's desktop closing", seconds=30)
    finally:
        if not closing or not closing[0].done() or closing[0].cancelled() or closing[0].exception() is not None:
            await within(ana.aclose(), "Ana's desktop closing again")
        await within(ben.aclose(), "Ben's desktop closing")
        for store in stores:
            store.close()
