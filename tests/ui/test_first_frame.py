"""The window paints before the app loads its asyncio loop, and closing it that early still quits cleanly.

Child processes, as in ``test_app``: ``run_app`` owns the event loop, and which modules a first frame loads is
only visible in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

CLOSE_AT_FIRST_PAINT = textwrap.dedent(
    """
    import sys, tempfile
    from PySide6.QtCore import QCoreApplication, QSettings
    from colivingdesk.demo import start_demo
    from colivingdesk.ui import app as app_module
    from colivingdesk.ui.app import make_application, run_app

    app = make_application([sys.argv[0]])
    QCoreApplication.setOrganizationName("colivingdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    paint_first = app_module.paint_first
    seen = {}

    def close_at_first_paint(window, wait):
        # The user closes the window the moment it appears, before the app's loop has started.
        window.firstPainted.connect(window.close)
        seen["closed_early"] = paint_first(window, wait)
        return seen["closed_early"]

    app_module.paint_first = close_at_first_paint
    with tempfile.TemporaryDirectory() as tmp, start_demo(tmp, ticker_seconds=None) as demo:
        code = run_app(demo.profile, demo.secrets, demo=demo.info)
    print("RESULT", code, seen.get("closed_early"))
    """
)

FIRST_FRAME_MODULES = textwrap.dedent(
    """
    import json, sys
    import colivingdesk.ui.app, colivingdesk.ui.main_window
    print(json.dumps(sorted(m for m in ("asyncio", "qasync") if m in sys.modules)))
    """
)


def test_a_window_closed_before_the_loop_starts_quits_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CLOSE_AT_FIRST_PAINT, str(tmp_path)], capture_output=True, text=True, timeout=60,
        env=env, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT")] == ["RESULT 0 True"], done.stderr
    assert "Traceback" not in done.stderr, done.stderr[-3000:]


def test_the_window_and_its_views_load_without_the_asyncio_loop() -> None:
    # What the first frame imports; asyncio and qasync come once it has painted (``ui.first_frame``).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_MODULES], capture_output=True, text=True, timeout=60, env=env,
        check=True,
    )
    assert json.loads(done.stdout) == []
