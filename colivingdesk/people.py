"""Who is using this desktop: the person whose reads, drafts, favourites, presence and replies these are.

``COLIVINGDESK_PERSON`` names the person for scripts and headless runs; otherwise the "Your name" setting
(``person.json`` in the profile, beside the cache: per profile, never per team, since the team's store is
shared), otherwise the computer's account (its full name, else the login name).

A person is a key plus a name (``store.people.Person``). The key is made once and saved with the name, so
renaming oneself keeps one's read state, drafts and assignments; a name given by ``COLIVINGDESK_PERSON`` is
its own key (normalised), so a script that says "Ana" is the same person every run.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import re
from collections.abc import Mapping

from colivingdesk.profile import Profile
from colivingdesk.store.people import Person

PERSON_VARIABLE = "COLIVINGDESK_PERSON"
_FILE = "person.json"


def person_key(name: str) -> str:
    """The key a name stands for when no saved key exists: ASCII case and spacing do not matter."""
    return "name:" + re.sub(r"\s+", " ", name.strip()).casefold()


def account_name() -> str:
    """The computer account's full name (the first field of its GECOS entry), else its login name."""
    login = ""
    with contextlib.suppress(Exception):
        login = getpass.getuser()
    with contextlib.suppress(Exception):
        import pwd

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
        if full:
            return full
    return login or "Me"


def _saved(profile: Profile) -> Person | None:
    try:
        data = json.loads((profile.root / _FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    key, name = data.get("key"), data.get("name")
    if isinstance(key, str) and key and isinstance(name, str) and name.strip():
        return Person(key, name.strip())
    return None


def current_person(profile: Profile, environ: Mapping[str, str] | None = None) -> Person:
    """See the module docstring for the order."""
    env = os.environ if environ is None else environ
    named = env.get(PERSON_VARIABLE, "").strip()
    if named:
        return Person(person_key(named), named)
    saved = _saved(profile)
    if saved is not None:
        return saved
    name = account_name()
    return Person(person_key(name), name)


def chosen_name(profile: Profile) -> str:
    """The name set in Settings, or "" when none is (the account's name is used)."""
    saved = _saved(profile)
    return saved.name if saved is not None else ""


def save_name(profile: Profile, name: str) -> Person:
    """Set "Your name"; a rename keeps the key the first name gave, so the person's state stays theirs. The
    first name sets the key (its normalised form), so the same person naming themselves alike on each of
    their desktops is one person to the team. A blank name goes back to the account's."""
    current = _saved(profile)
    name = name.strip()
    key = current.key if current is not None else person_key(name)
    path = profile.root / _FILE
    if not name:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return current_person(profile, {})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"key": key, "name": name}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return Person(key, name)

