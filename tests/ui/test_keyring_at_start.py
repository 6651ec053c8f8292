"""What the window says about the keyring when the page that says it is in the first frame.

The app restores the view it was left on, so Settings (or Welcome, on a profile without accounts) can be built
for the first frame, before the app's asyncio loop runs. The page must still find out, and say, whether keys
can be saved on this computer: here there is no secure keyring, so no "Save" that can only fail.

Child processes, as in ``test_app``: ``run_app`` owns the event loop exactly as in production, which cannot
share a process with pytest-qt's application and loop.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

START_WITHOUT_KEYRING = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from keyring.backends import fail
    from PySide6.QtCore import QSettings, QTimer
    from colivingdesk.domain import Channel
    from colivingdesk.profile import Profile
    from colivingdesk.secrets import SecretStore
    from colivingdesk.store import Account, open_store
    from colivingdesk.ui import app as app_module
    from colivingdesk.ui.app import make_application, run_app

    settings_dir, profile_dir, saved_view = sys.argv[1], sys.argv[2], sys.argv[3]
    app = make_application([sys.argv[0]])  # the app's own names: run_app sets them again
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    profile = Profile(Path(profile_dir)).ensure()
    if saved_view == "settings":
        # The last run connected both channels with keys for that session only, and quit on Settings.
        QSettings().setValue("window/lastView", "settings")
        with open_store(profile.database) as store:
            for channel in Channel:
                store.save_account(Account(channel=channel, label=channel.label, base_url="http://127.0.0.1:9/api"))
    paint_first = app_module.paint_first
    seen = {}

    def page_state(window):
        if window.current_view_key() == "welcome":
            return {"view": "welcome", "note": window.welcome.keyring_note.text()}
        page = window.settings
        return {
            "view": window.current_view_key(),
            "notice": page.keyring_notice.text() if page.keyring_notice.isVisible() else "",
            "save": [page.bmc.save_button.text(), page.coliving.save_button.text()],
            "webhook_secret": page.webhook_secret_button.text(),
            "key": [page.bmc.source_label.text(), page.coliving.source_label.text()],
        }

    def watch_after_first_paint(window, wait):
        early = paint_first(window, wait)
        ticks = []
        watch = QTimer(window)

        def check():
            # Until the page has heard from the keyring, or for at most 20 s: then what it shows is the answer.
            ticks.append(1)
            state = page_state(window)
            answered = "No secure system keyring" in state.get("notice", "") or "no secure keyring" in state.get(
                "note", "")
            if answered or len(ticks) >= 400:
                watch.stop()
                seen.update(state)
                window.close()

        watch.timeout.connect(check)
        watch.start(50)
        return early

    app_module.paint_first = watch_after_first_paint
    code = run_app(profile, SecretStore(backend=fail.Keyring(), environ={}))
    print("RESULT", code, json.dumps(seen))
    """
)


def start_without_keyring(tmp_path: Path, saved_view: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START_WITHOUT_KEYRING, str(tmp_path / "qsettings"), str(tmp_path / "profile"),
         saved_view],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    [result] = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    _, code, state = result.split(" ", 2)
    assert code == "0", done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    seen: dict[str, Any] = json.loads(state)
    return seen


def test_settings_restored_at_start_says_keys_cannot_be_saved(tmp_path: Path) -> None:
    seen = start_without_keyring(tmp_path, "settings")
    assert seen["view"] == "settings"
    assert seen["notice"].startswith("No secure system keyring is available on this computer")
    assert seen["save"] == ["Use for this session", "Use for this session"]
    assert seen["webhook_secret"] == "Use for this session"
    assert seen["key"] == ["Missing: paste the API key to connect"] * 2


def test_welcome_at_first_start_says_there_is_no_secure_keyring(tmp_path: Path) -> None:
    seen = start_without_keyring(tmp_path, "welcome")
    assert seen["view"] == "welcome"
    assert "This computer has no secure keyring" in seen["note"]
