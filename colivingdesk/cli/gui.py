"""``colivingdesk`` / ``colivingdesk gui``: open the window (Qt is imported only here, when it runs)."""

from __future__ import annotations

import argparse
import importlib


def add_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = subparsers.add_parser("gui", help="open the window (the default)")
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    # The Qt-free part of the app (cache, sync, HTTP clients) is imported before Qt: once loaded, PySide6's
    # import hook reads the source of every module imported after it (looking for its ``__feature__``
    # switch), which for these few hundred modules cost about a tenth of the window's start-up.
    importlib.import_module("colivingdesk.sync")

    from colivingdesk.profile import resolve_profile
    from colivingdesk.secrets import SecretStore
    from colivingdesk.ui.app import run_app

    if not args.demo:
        return run_app(resolve_profile(args.profile).ensure(), SecretStore())

    import tempfile

    from colivingdesk.demo import start_demo

    with tempfile.TemporaryDirectory(prefix="colivingdesk-demo-") as tmp, start_demo(tmp) as demo:
        return run_app(demo.profile, demo.secrets, demo=demo.info)
