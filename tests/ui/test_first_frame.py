"""The window paints before the app loads its asyncio loop, and closing it that early still quits cleanly.

Child processes, as in ``test_app``: ``run_app`` owns the event loop, and which modules a first frame loads is
only visible in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import select
import signal
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


SIGTERM_ONCE_RUNNING = textwrap.dedent(
    """
    import signal, sys, tempfile
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from colivingdesk.demo import start_demo
    from colivingdesk.ui import app as app_module
    from colivingdesk.ui.app import make_application, run_app

    app = make_application([sys.argv[0]])
    QCoreApplication.setOrganizationName("colivingdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    paint_first = app_module.paint_first

    def say_when_running(window, wait):
        window.closed.connect(lambda: print("CLOSED", flush=True))
        early = paint_first(window, wait)
        watch = QTimer(window)  # says RUNNING once the app's loop has taken SIGTERM over

        def check():
            if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
                watch.stop()
                print("RUNNING", flush=True)

        watch.timeout.connect(check)
        watch.start(10)
        return early

    app_module.paint_first = say_when_running
    with tempfile.TemporaryDirectory() as tmp, start_demo(tmp, ticker_seconds=None) as demo:
        code = run_app(demo.profile, demo.secrets, demo=demo.info)
    print("RESULT", code, flush=True)
    """
)


def test_sigterm_closes_the_window_as_the_user_would(tmp_path: Path) -> None:
    """A session ending (or ``kill``) sends SIGTERM: the window closes through its own path (drafts written,
    the Service shut down) and the process exits 0, instead of dying mid-write."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", SIGTERM_ONCE_RUNNING, str(tmp_path)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the app's loop never took SIGTERM over"
        assert child.stdout.readline().strip() == "RUNNING"
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err[-3000:]
    assert out.split() == ["CLOSED", "RESULT", "0"], err[-3000:]
