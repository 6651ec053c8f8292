"""``run_app`` end to end in a child process: demo accounts saved, window shown, graceful shutdown, exit 0.

A child process because ``run_app`` owns the event loop (``qasync.run``) exactly as in production, which cannot
share a process with pytest-qt's application and loop.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys, tempfile
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from colivingdesk.demo import start_demo
    from colivingdesk.store import open_store
    from colivingdesk.ui.app import make_application, run_app
    from colivingdesk.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    QCoreApplication.setOrganizationName("colivingdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    seen = {}

    def close_when_shown():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(100, close_when_shown)
            return
        seen["view"] = windows[0].current_view_key()
        windows[0].close()

    QTimer.singleShot(200, close_when_shown)
    with tempfile.TemporaryDirectory() as tmp, start_demo(tmp, ticker_seconds=None) as demo:
        code = run_app(demo.profile, demo.secrets, demo=demo.info)
        with open_store(demo.profile.database) as store:
            channels = sorted(a.channel.value for a in store.list_accounts())
    print("RESULT", code, seen.get("view"), ",".join(channels))
    """
)


def test_run_app_in_demo_mode_starts_and_quits_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, timeout=60, env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    assert result == ["RESULT 0 inbox bmc,coliving"], done.stdout + done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
