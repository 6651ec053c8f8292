"""Where a user's cache and settings live.

One profile folder holds the SQLite cache and nothing secret. ``--profile DIR`` wins over ``COLIVINGDESK_PROFILE``,
which wins over the platform's per-user data folder, so tests, demos and scripts can each use a throwaway profile.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "colivingdesk"


@dataclass(frozen=True, slots=True)
class Profile:
    """The folder of one cache: the database, logs and the files kept beside them."""
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "cache.sqlite3"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> Profile:
        self.root.mkdir(parents=True, exist_ok=True)
        return self


def resolve_profile(explicit: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> Profile:
    env = os.environ if environ is None else environ
    if explicit:
        return Profile(Path(explicit).expanduser())
    if env.get("COLIVINGDESK_PROFILE"):
        return Profile(Path(env["COLIVINGDESK_PROFILE"]).expanduser())
    import platformdirs  # only for the default folder: a window opened with --profile DIR never needs it

    return Profile(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
