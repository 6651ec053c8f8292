"""Headless commands for Coliving.com listings, the availability calendar and pushes.

``listings``, ``calendar`` and ``push`` share the profile, keyring and outbox with the window and the other
commands (see :mod:`colivingdesk.headless` for accounts and the meaning of exit statuses). Pushes go through
the outbox like every write: planned and checked first (nothing is queued on bad input), queued, then sent once.

Exit status: 0 done (a push: the channel confirmed it); 1 the channel refused a push (its reason on stderr) or
could not be reached (the push stays queued for the next ``sync`` or the window); 2 bad input or configuration,
nothing sent.

``--json`` output (fields are only ever added):

``listings --json``::

    {"listings": [{"id": str, "name": str,            # "" for a listing only seen on bookings
                   "display_name": str,               # the name, or "unnamed, from bookings"
                   "registered": bool, "stay_min": int | null, "status": str | null,
                   "bmc_property_id": str | null,
                   "room_types": [{"id": str, "name": str, "room_type": str | null, "units": int | null,
                                   "currency": str | null, "base_price": "decimal" | null,
                                   "monthly_prices": {"YYYY-MM": "decimal"}}]}]}

``listings import FILE --json`` prints ``{"listings": int, "room_types": int}`` (written).

``calendar --json``::

    {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD",
     "listings": [{"id": str, "name": str, "room_types": [{"id": str, "name": str, "units": int | null,
        "days": [{"date": "YYYY-MM-DD", "units": int | null, "booked": int, "free": int | null,
                  "pushed": int | null,                   # newest push covering the day
                  "push_state": "pending" | "confirmed" | "failed" | null,
                  "reason": str | null,                   # the channel's reason when failed
                  "problems": ["overbooked" | "drift" | "sold_out", ...]}]}]}]}

``push availability ... --json`` prints ``{"item": ITEM, "ranges": [{"start_date", "end_date", "available"}]}``
and ``push rates ... --json`` ``{"item": ITEM, "fields": {"base_price": "decimal", "currency": str,
"price_jan": "decimal", ...}}`` (ITEM as in ``outbox --json``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from collections.abc import Awaitable, Callable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from colivingdesk.domain import OutboxItem
    from colivingdesk.store import Store
    from colivingdesk.sync import Service
    from colivingdesk.sync.calendar import CalendarDay, RoomCalendar

#: Days ``calendar`` shows when ``--to`` is not given, from ``--from`` (today by default).
DEFAULT_DAYS = 60


def add_calendar_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``listings``, ``calendar`` and ``push`` on the main parser's subcommands."""
    listings = subparsers.add_parser("listings", help="the Coliving.com listing register")
    listings.add_argument("--json", action="store_true", help="print the register as JSON")
    listings.set_defaults(handler=run_listings, action=None)
    actions = listings.add_subparsers(dest="action", metavar="ACTION")
    load = actions.add_parser("import", help="import listings and room types from a demo-context JSON file")
    load.add_argument("file", metavar="FILE")
    load.add_argument("--json", action="store_true", help="print the counts as JSON")
    link = actions.add_parser("link", help="link a Coliving.com listing to a BookMyColiving property id")
    link.add_argument("listing_id", metavar="LISTING")
    link.add_argument("property_id", metavar="PROPERTY_ID", nargs="?")
    link.add_argument("--unlink", action="store_true", help="remove the link instead")

    calendar = subparsers.add_parser("calendar", help="free units, pushed availability and problems per day")
    calendar.add_argument("--from", dest="start", metavar="DATE", help="first day (default today)")
    calendar.add_argument("--to", dest="end", metavar="DATE", help=f"last day (default {DEFAULT_DAYS} days)")
    calendar.add_argument("--listing", metavar="ID", help="only this listing")
    calendar.add_argument("--json", action="store_true", help="print every day as JSON")
    calendar.set_defaults(handler=run_calendar)

    push = subparsers.add_parser("push", help="send Coliving.com availability or rates through the outbox")
    what = push.add_subparsers(dest="what", metavar="WHAT", required=True)
    avail = what.add_parser("availability", help="set available units for a range of days")
    avail.add_argument("listing_id", metavar="LISTING")
    avail.add_argument("room_type_id", metavar="ROOM_TYPE")
    avail.add_argument("start", metavar="FROM")
    avail.add_argument("end", metavar="TO")
    avail.add_argument("value", metavar="N|free", help="a number of units, or 'free' for each day's free units")
    avail.add_argument("--json", action="store_true")
    avail.set_defaults(handler=run_push_availability)
    rates = what.add_parser("rates", help="set the base price, currency and monthly overrides")
    rates.add_argument("listing_id", metavar="LISTING")
    rates.add_argument("room_type_id", metavar="ROOM_TYPE")
    rates.add_argument("--base", metavar="N", help="base price (default: the register's)")
    rates.add_argument("--currency", metavar="CODE", help="ISO 4217 code (default: the register's or bookings')")
    rates.add_argument("--month", action="append", default=[], metavar="MON=N", help="monthly override, e.g. jan=1320")
    rates.add_argument(
        "--clear-month", action="append", default=[], metavar="MON",
        help="refused, with the reason: the document defines no way to remove a monthly override",
    )
    rates.add_argument("--allow-zero", action="store_true", help="confirm a price of 0")
    rates.add_argument("--json", action="store_true")
    rates.set_defaults(handler=run_push_rates)


# ---------------------------------------------------------------------------------------------- listings


def run_listings(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import _guarded

    return _guarded(lambda: _listings(args))


def _listings(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import EXIT_OK, CommandError, _open_store

    store = _open_store(args)
    try:
        if args.action == "import":
            result = _import(store, args.file)
            if args.json:
                print(json.dumps(result))
            else:
                print(f"{result['listings']} listings, {result['room_types']} room types imported", file=sys.stderr)
        elif args.action == "link":
            if args.unlink == (args.property_id is not None):
                raise CommandError("error: give a PROPERTY_ID, or --unlink")
            if not store.link_listing_property(args.listing_id, None if args.unlink else args.property_id):
                raise CommandError(f"error: listing {args.listing_id} is not known")
        else:
            shown = register_json(store)
            if args.json:
                print(json.dumps({"listings": shown}, ensure_ascii=False))
            else:
                for listing in shown:
                    print(_listing_line(listing))
        return EXIT_OK
    finally:
        store.close()


def _import(store: Store, path: str) -> dict[str, int]:
    from colivingdesk.headless_wiring import CommandError
    from colivingdesk.sync.register import RegisterError, import_register, parse_register

    try:
        with sys.stdin if path == "-" else open(path, encoding="utf-8") as source:
            data = json.load(source)
        return import_register(store, parse_register(data, date.today()))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise CommandError(f"error: {path} is not a JSON file ({err})") from None
    except RegisterError as err:
        raise CommandError(f"error: {path}: {err}") from None


def register_json(store: Store) -> list[dict[str, Any]]:
    """The register as ``listings --json`` prints it."""
    from colivingdesk.sync.register import display_name

    rooms = store.list_room_types()
    shown = []
    for listing in store.list_listings():
        shown.append({
            "id": listing.id,
            "name": listing.name,
            "display_name": display_name(listing),
            "registered": listing.registered,
            "stay_min": listing.stay_min,
            "status": listing.extra.get("status"),
            "bmc_property_id": listing.bmc_property_id,
            "room_types": [
                {
                    "id": r.id,
                    "name": r.name,
                    "room_type": r.room_type,
                    "units": r.units,
                    "currency": r.currency,
                    "base_price": None if r.base_price is None else str(r.base_price),
                    "monthly_prices": {k: str(v) for k, v in sorted(r.monthly_prices.items())},
                }
                for r in rooms
                if r.listing_id == listing.id
            ],
        })
    return shown


def _listing_line(listing: dict[str, Any]) -> str:
    link = f"  BookMyColiving {listing['bmc_property_id']}" if listing["bmc_property_id"] else ""
    rooms = "; ".join(
        f"{r['id']} {r['name'] or '(unnamed)'} (units {'?' if r['units'] is None else r['units']}"
        + (f", {r['base_price']} {r['currency'] or ''}".rstrip() if r["base_price"] else "")
        + ")"
        for r in listing["room_types"]
    )
    return f"{listing['id']}  {listing['display_name']}{link}  [{rooms}]"


# ---------------------------------------------------------------------------------------------- calendar


def run_calendar(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import _guarded

    return _guarded(lambda: _calendar(args))


def _calendar(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import EXIT_OK, _open_store
    from colivingdesk.sync.calendar_data import load_calendar

    start = _day(args.start, "--from") if args.start else date.today()
    end = _day(args.end, "--to") if args.end else start + timedelta(days=DEFAULT_DAYS - 1)
    _check_range(start, end)
    store = _open_store(args)
    try:
        calendars = load_calendar(store, start, end, args.listing)
    finally:
        store.close()
    if args.json:
        print(json.dumps(calendar_json(calendars, start, end), ensure_ascii=False))
    else:
        for cal in calendars:
            units = "?" if cal.units is None else cal.units
            print(f"{cal.listing_id} {cal.listing_name} / {cal.room_type_id} {cal.room_type_name} (units {units})")
            for line in _span_lines(cal.days):
                print(f"  {line}")
    return EXIT_OK


def calendar_json(calendars: list[RoomCalendar], start: date, end: date) -> dict[str, Any]:
    """``calendar --json``: the room calendars grouped by listing."""
    listings: dict[str, dict[str, Any]] = {}
    for cal in calendars:
        entry = listings.setdefault(cal.listing_id, {"id": cal.listing_id, "name": cal.listing_name, "room_types": []})
        entry["room_types"].append({
            "id": cal.room_type_id,
            "name": cal.room_type_name,
            "units": cal.units,
            "days": [_day_json(d) for d in cal.days],
        })
    return {"from": start.isoformat(), "to": end.isoformat(), "listings": list(listings.values())}


def _day_json(day: CalendarDay) -> dict[str, Any]:
    return {
        "date": day.day.isoformat(),
        "units": day.units,
        "booked": day.booked,
        "free": day.free,
        "pushed": day.pushed,
        "push_state": day.push_state,
        "reason": day.reason,
        "problems": list(day.problems),
    }


def _span_lines(days: tuple[CalendarDay, ...]) -> list[str]:
    """Consecutive days that read the same, as one line each."""
    lines: list[str] = []
    first = previous = None
    for day in (*days, None):
        if previous is not None and (day is None or _same(day, previous) is False):
            assert first is not None
            span = first.day.isoformat() + ("" if first is previous else f"..{previous.day.isoformat()}")
            free = "?" if previous.free is None else previous.free
            pushed = "-" if previous.pushed is None else f"{previous.pushed} ({previous.push_state})"
            problems = f"  {', '.join(previous.problems)}" if previous.problems else ""
            lines.append(f"{span}  booked {previous.booked}  free {free}  pushed {pushed}{problems}")
            first = None
        if first is None:
            first = day
        previous = day
    return lines


def _same(a: CalendarDay, b: CalendarDay) -> bool:
    def key(d: CalendarDay) -> tuple[Any, ...]:
        return (d.booked, d.free, d.pushed, d.push_state, d.problems)

    return key(a) == key(b)


# ---------------------------------------------------------------------------------------------- pushes


def run_push_availability(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import _guarded

    return _guarded(lambda: asyncio.run(_push_availability(args)))


def run_push_rates(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import _guarded

    return _guarded(lambda: asyncio.run(_push_rates(args)))


async def _push_availability(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import _open_store
    from colivingdesk.sync.calendar_data import free_by_day
    from colivingdesk.sync.pushes import FREE, parse_units, plan_availability

    start, end = _day(args.start, "start_date"), _day(args.end, "end_date")
    store = _open_store(args)
    try:
        with _bad_input():
            value = parse_units(args.value)
            _check_range(start, end)
            room = store.get_room_type(args.room_type_id)
            free = None
            if value == FREE and room is not None and room.listing_id == args.listing_id:
                free = free_by_day(store, args.listing_id, room.id, room.units, start, end)
            plan = plan_availability(
                store.get_listing(args.listing_id), room, args.listing_id, args.room_type_id, start, end, value, free
            )
    finally:
        store.close()
    ranges = [{k: row[k] for k in ("start_date", "end_date", "available")} for row in plan.rows]

    async def queue(service: Service) -> OutboxItem:
        return await service.push_availability(list(plan.rows))

    lines = [f"{r['start_date']}..{r['end_date']}  available {r['available']}" for r in ranges]
    return await _send(args, queue, {"ranges": ranges}, lines, "availability")


async def _push_rates(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import _open_store
    from colivingdesk.sync.calendar_data import listing_bookings
    from colivingdesk.sync.pushes import booking_currency, parse_month_prices, parse_price, plan_rates

    store = _open_store(args)
    try:
        with _bad_input():
            base = None if args.base is None else parse_price(args.base, "base_price")
            months = parse_month_prices(args.month)
            room = store.get_room_type(args.room_type_id)
            paid_in = None
            if args.currency is None and (room is None or room.currency is None):
                paid_in = booking_currency(listing_bookings(store, args.listing_id), args.listing_id)
            plan = plan_rates(
                store.get_listing(args.listing_id),
                room,
                args.listing_id,
                args.room_type_id,
                base=base,
                currency=args.currency,
                months=months,
                clear=args.clear_month,
                allow_zero=args.allow_zero,
                booking_currency=paid_in,
            )
    finally:
        store.close()
    fields = plan.fields()

    async def queue(service: Service) -> OutboxItem:
        return await service.push_rates([plan.row])

    return await _send(args, queue, {"fields": fields}, [f"{k} {v}" for k, v in fields.items()], "rates")


async def _send(
    args: argparse.Namespace,
    queue: Callable[[Service], Awaitable[OutboxItem]],
    shown: dict[str, Any],
    lines: list[str],
    what: str,
) -> int:
    """Queue with ``queue(service)``, send once, and report as ``reply`` does."""
    from colivingdesk.domain import Channel, OutboxState
    from colivingdesk.headless_output import item_json
    from colivingdesk.headless_wiring import EXIT_CHANNEL, EXIT_OK, _service

    service, store = _service(args, only=Channel.COLIVING)
    try:
        item = await queue(service)
        await service.send_pending([Channel.COLIVING])
        item = store.get_outbox_item(item.id) or item
        if args.json:
            print(json.dumps({"item": item_json(item, store), **shown}, ensure_ascii=False))
        else:
            print(f"{what} {args.listing_id} {args.room_type_id}: {item.state.value}")
            for line in lines:
                print(f"  {line}")
        if item.state is OutboxState.SENT:
            return EXIT_OK
        if item.state is OutboxState.FAILED:
            reason = (item.error or "refused").replace("\n", "; ")
            print(f"error: Coliving.com refused the {what}: {reason}", file=sys.stderr)
        else:
            print(
                f"error: the {what} could not be delivered to Coliving.com now; it stays queued for the next "
                "`colivingdesk sync` or the window",
                file=sys.stderr,
            )
        return EXIT_CHANNEL
    finally:
        await service.aclose()
        store.close()


# ---------------------------------------------------------------------------------------------- input


@contextlib.contextmanager
def _bad_input() -> Iterator[None]:
    """Turn a :class:`PushInputError` into a one-line usage error (exit 2, nothing queued)."""
    from colivingdesk.headless_wiring import CommandError
    from colivingdesk.sync.pushes import PushInputError

    try:
        yield
    except PushInputError as err:
        raise CommandError(f"error: {err.field}: {err.message}") from None


def _day(text: str, field: str) -> date:
    from colivingdesk.sync.pushes import parse_day

    with _bad_input():
        return parse_day(text, field)


def _check_range(start: date, end: date) -> None:
    from colivingdesk.sync.pushes import check_range

    with _bad_input():
        check_range(start, end)
