"""``colivingdesk automations``: the upcoming automated messages and their history, and rules moved as JSON.

``automations [--json]`` lists what the rules will send (``upcoming``, soonest first, with the text as it
would be filled now) and what they did (``history``, newest first, each with its true state: a queued message
shows its outbox item's state, so "sent", "held" with the reason, or "failed" with the channel's answer).

``automations export FILE`` writes every rule with its saved reply, and each account's settings::

    {"automations": [{"name": str, "trigger": str, "timing": {...}, "filters": {...}, "enabled": bool,
                      "preview_only": bool, "saved_reply": {"title": str, "body": str}}, ...],
     "settings": {"bmc": {"time_zone": "Europe/Lisbon", "work_start": "09:00", "work_end": "18:00",
                          "work_days": [0, 1, 2, 3, 4], "reserve": 10}, ...}}

``automations import FILE`` reads the same shape: saved replies are added or updated by title, rules by name
(ignoring case). Every rule is checked first (see ``sync.automation_rules``); one refused rule refuses the
whole file, exit status 2, with the rule and the reason on stderr. ``-`` is stdout or stdin.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.store.automations import AutomationRule

EXPORT_KEY = "automations"
SETTINGS_KEY = "settings"
HISTORY_LIMIT = 200


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("automations", help="list automated messages; export or import rules")
    parser.add_argument("action", nargs="?", choices=("list", "export", "import"), default="list")
    parser.add_argument("file", nargs="?", metavar="FILE", help="the JSON file for export/import ('-': stdio)")
    parser.add_argument("--json", action="store_true", help="print as JSON")
    parser.set_defaults(handler=run_automations)


def run_automations(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import EXIT_OK, CommandError, _guarded, _open_store

    def command() -> int:
        if args.action != "list" and not args.file:
            raise CommandError(f"error: automations {args.action} needs a FILE ('-' for stdio)")
        store = _open_store(args)
        try:
            if args.action == "list":
                _print_listing(store, args.json)
            elif args.action == "export":
                _export(store, args.file, args.json)
            else:
                _import(store, args.file, args.json)
        finally:
            store.close()
        return EXIT_OK

    return _guarded(command)


def _print_listing(store: Store, as_json: bool) -> None:
    from colivingdesk.sync.automations import listing

    upcoming, history = listing(store, HISTORY_LIMIT)
    if as_json:
        print(json.dumps({"upcoming": upcoming, "history": history}, ensure_ascii=False))
        return
    for title, rows in (("Upcoming", upcoming), ("History", history)):
        print(f"{title} ({len(rows)})")
        for row in rows:
            why = f" ({row['reason']})" if row["reason"] else ""
            print(f"  {row['due_at']}  {row['state']:<9} {row['rule']}: {row['record']}{why}")


def rule_json(store: Store, rule: AutomationRule) -> dict[str, Any]:
    reply = store.get_saved_reply(rule.saved_reply_id)
    return {
        "name": rule.name, "trigger": rule.trigger, "timing": rule.timing, "filters": rule.filters,
        "enabled": rule.enabled, "preview_only": rule.preview_only,
        "saved_reply": None if reply is None else {"title": reply.title, "body": reply.body},
    }


def _export(store: Store, path: str, as_json: bool) -> None:
    from colivingdesk.domain import Channel

    rules = store.automations.rules()
    settings = {c.value: store.automations.settings(c) for c in Channel if store.automations.settings(c)}
    document = {EXPORT_KEY: [rule_json(store, r) for r in rules], SETTINGS_KEY: settings}
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if path == "-":
        sys.stdout.write(text)
        return
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    print(json.dumps({"exported": len(rules)}) if as_json else f"{len(rules)} exported",
          file=sys.stdout if as_json else sys.stderr)


def _import_settings(store: Store, settings: Any) -> None:
    """Each account's zone, working hours and reserve from the file, checked before they are stored."""
    from colivingdesk.domain import Channel
    from colivingdesk.headless_wiring import CommandError
    from colivingdesk.sync.automation_rules import AutomationError
    from colivingdesk.sync.automations import save_settings

    if settings is None:
        return
    if not isinstance(settings, dict):
        raise CommandError(f'error: "{SETTINGS_KEY}" must map "bmc"/"coliving" to their settings')
    for name, values in settings.items():
        try:
            save_settings(store, Channel(name), dict(values))
        except (AutomationError, ValueError, TypeError) as err:
            raise CommandError(f"error: settings of {name!r}: {err}") from None


def _import(store: Store, path: str, as_json: bool) -> None:
    from colivingdesk.headless_wiring import CommandError
    from colivingdesk.store import SavedReply, SavedReplyError
    from colivingdesk.store.automations import AutomationRule
    from colivingdesk.sync.automation_rules import AutomationError
    from colivingdesk.sync.automations import save_rule

    try:
        with sys.stdin if path == "-" else open(path, encoding="utf-8") as source:
            data = json.load(source)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise CommandError(f"error: {path} is not a JSON file ({err})") from None
    items = data.get(EXPORT_KEY) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise CommandError(f'error: not an automations file: expected {{"{EXPORT_KEY}": [...]}}')
    existing = {r.name.casefold(): r for r in store.automations.rules()}
    added = updated = 0
    with store.transaction():
        _import_settings(store, data.get(SETTINGS_KEY))
        for number, item in enumerate(items, start=1):
            try:
                reply = item["saved_reply"]
                store.import_saved_replies([SavedReply(reply["title"], reply["body"])])
                saved = next(r for r in store.list_saved_replies()
                             if r.title.casefold() == reply["title"].strip().casefold())
                assert saved.id is not None
                old = existing.get(str(item["name"]).strip().casefold())
                rule = AutomationRule(
                    name=str(item["name"]), trigger=str(item["trigger"]), saved_reply_id=saved.id,
                    timing=dict(item.get("timing") or {}), filters=dict(item.get("filters") or {}),
                    enabled=bool(item.get("enabled", True)), preview_only=bool(item.get("preview_only", False)),
                    id=None if old is None else old.id,
                )
                save_rule(store, rule)
            except (AutomationError, SavedReplyError) as err:
                raise CommandError(f"error: rule {number} ({item.get('name')!r}): {err}") from None
            except (KeyError, TypeError, ValueError, AttributeError):
                raise CommandError(f"error: rule {number} needs a name, a trigger and a saved_reply "
                                   "with a title and a body") from None
            if old is None:
                added += 1
            else:
                updated += 1
    result = {"added": added, "updated": updated}
    if as_json:
        print(json.dumps(result))
    else:
        print(f"{added} added, {updated} updated", file=sys.stderr)
