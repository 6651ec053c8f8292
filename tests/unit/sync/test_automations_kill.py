"""A process queueing automated messages is killed with SIGKILL in the middle: every message is in the outbox
once or not at all, and the next run queues exactly the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from colivingdesk.domain import Channel, Lead
from colivingdesk.store import SavedReply, open_store
from colivingdesk.store.automations import AutomationRule, occurrence_idempotency_key
from colivingdesk.sync import automations

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
LEADS = 400

CHILD = """
import sys
from datetime import datetime
from colivingdesk.domain import Channel
from colivingdesk.store import open_store
from colivingdesk.sync import automations

from datetime import timedelta

store = open_store(__import__("pathlib").Path(sys.argv[1]))
start = datetime.fromisoformat(sys.argv[2])
for second in range(0, 400, 5):  # leads fall due one a second: each run queues a few
    automations.run(store, Channel.BMC, start + timedelta(seconds=second))
    if second == 0:
        print("running", flush=True)
print("done", flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_while_queueing_every_message_is_queued_once(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with open_store(path) as store:
        reply = store.save_saved_reply(SavedReply("Lead", "Hi {first_name}, thanks for asking!"))
        assert reply.id is not None
        rule = automations.save_rule(store, AutomationRule("First answer", "new_lead", reply.id), NOW)
        store.upsert_leads([
            Lead(f"lead_{n}", "prop_1", f"Guest {n}", created_at=NOW + timedelta(seconds=n), thread_id=f"usr_{n}")
            for n in range(LEADS)
        ])
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), NOW.isoformat()], stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "running"
    child.send_signal(signal.SIGKILL)  # somewhere while it queues the 400 answers, one run after another
    child.wait()
    child.stdout.close()

    with open_store(path) as store:
        assert len(store.list_outbox()) < LEADS  # it was stopped before the end
        automations.run(store, Channel.BMC, NOW + timedelta(minutes=10))
        automations.run(store, Channel.BMC, NOW + timedelta(minutes=11))
        items = store.list_outbox()
        keys = [f"r{rule.id}:lead:lead_{n}" for n in range(LEADS)]
        assert sorted(i.idempotency_key for i in items) == sorted(occurrence_idempotency_key(k) for k in keys)
        assert sorted(i.target for i in items) == sorted(f"usr_{n}" for n in range(LEADS))
        states = {store.automations.get(k).state for k in keys}  # type: ignore[union-attr]
        assert states == {"queued"}
