"""``colivingdesk --self-check``: passes on a window that really drew itself, fails in one line otherwise, and
leaves the user's data and settings alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from colivingdesk import __version__
from colivingdesk.ui.selfcheck import paint_problem, use_offscreen_without_display


def test_self_check_opens_the_window_and_touches_no_user_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COLIVINGDESK_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "colivingdesk", "--self-check"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"self-check passed: colivingdesk {__version__} painted its main window")
    assert "Qt platform offscreen" in result.stdout
    # Neither the per-user profile nor QSettings were created: the check ran on a throwaway folder.
    written = [p for p in home.rglob("*") if "colivingdesk" in p.name.lower()] if home.exists() else []
    assert written == []


def test_a_blank_or_hidden_window_fails_the_check(qtbot: Any) -> None:
    blank = QWidget()
    qtbot.addWidget(blank)
    assert paint_problem(blank) == "the main window is not visible"
    blank.resize(300, 200)
    with qtbot.waitExposed(blank):
        blank.show()
    problem = paint_problem(blank)
    assert problem is not None and problem.startswith("the main window painted blank")


def test_a_window_with_content_passes_the_check(qtbot: Any) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    for text in ("Inbox", "Leads", "Bookings"):
        label = QLabel(f"<h1>{text}</h1>")
        label.setStyleSheet("color: #2f6fdb; background: #fde8e8")
        layout.addWidget(label)
    qtbot.addWidget(window)
    window.resize(300, 300)
    with qtbot.waitExposed(window):
        window.show()
    assert paint_problem(window) is None


def test_offscreen_only_without_a_display_and_never_over_the_users_choice() -> None:
    headless: dict[str, str] = {}
    use_offscreen_without_display(headless)
    on_x11 = {"DISPLAY": ":0"}
    use_offscreen_without_display(on_x11)
    chosen = {"QT_QPA_PLATFORM": "minimal"}
    use_offscreen_without_display(chosen)
    if sys.platform.startswith("linux"):
        assert headless == {"QT_QPA_PLATFORM": "offscreen"}
    assert "QT_QPA_PLATFORM" not in on_x11
    assert chosen == {"QT_QPA_PLATFORM": "minimal"}
