"""``colivingdesk`` / ``colivingdesk gui``: open the window (Qt is imported only here, when it runs)."""

from __future__ import annotations

import argparse
import importlib
import sys

from colivingdesk.startup_gc import hold as hold_gc
from colivingdesk.startup_gc import release as release_gc

_BEFORE_QT = (
    "colivingdesk.store", "colivingdesk.labels", "colivingdesk.templates", "colivingdesk.demo",
    "colivingdesk.api.errors", "colivingdesk.sync.changes", "colivingdesk.sync.status",
)


def add_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = subparsers.add_parser("gui", help="open the window (the default)")
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    hold_gc()  # until the window has painted and loaded the sync engine (see colivingdesk.startup_gc)
    try:
        return _run_gui(args)
    finally:
        release_gc()


def _run_gui(args: argparse.Namespace) -> int:
    # The Qt-free modules the first frame needs (the cache, the words for records and replies) are imported
    # before Qt: once loaded, PySide6's import hook reads the source of every module imported after it (looking
    # for its ``__feature__`` switch). The sync engine and HTTP clients are not among them: the window imports
    # them after its first paint (see ``colivingdesk.ui.context``).
    for name in _BEFORE_QT:
        importlib.import_module(name)

    from colivingdesk.profile import resolve_profile
    from colivingdesk.secrets import SecretStore
    from colivingdesk.team import TeamDatabaseError
    from colivingdesk.team_choice import choose_database

    try:
        team = None if args.demo else choose_database(
            getattr(args, "database", None), resolve_profile(args.profile)
        )
    except TeamDatabaseError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if team is not None:  # the team's shared store (see ``colivingdesk.ui.team_app``)
        from colivingdesk.ui.team_app import run_team_app

        # One saved in Settings that cannot be opened leaves the window on this computer's cache (after saying
        # why), so Settings stays reachable to change or forget it.
        return run_team_app(
            resolve_profile(args.profile).ensure(), SecretStore(), team.setting, from_profile=team.source == "profile",
        )

    from colivingdesk.ui.app import run_app

    if not args.demo:
        return run_app(resolve_profile(args.profile).ensure(), SecretStore())

    import tempfile
    from contextlib import nullcontext

    from colivingdesk.demo import start_demo

    # ``--demo --profile DIR`` keeps the demo's cache in DIR, so a restart finds its conversations, drafts and
    # queued replies again (the sandbox itself starts afresh from the same seed); without it the profile is
    # thrown away on quit.
    folder = (
        nullcontext(str(resolve_profile(args.profile).ensure().root)) if args.profile
        else tempfile.TemporaryDirectory(prefix="colivingdesk-demo-")
    )
    with folder as tmp, start_demo(tmp) as demo:
        return run_app(demo.profile, demo.secrets, demo=demo.info)
