"""Deterministic demo and scale data for both channels.

All randomness comes from one ``random.Random`` seeded from the config, and dates are placed relative to
today, so two sandboxes built the same day hold the same records. The Coliving.com demo context (host 6368,
listings 5325 and 22228 with room types 38753, 66713, 66714) is copied verbatim from the end of the document.

Second accounts exist on purpose so 403s are real: BookMyColiving operator ``op_0002`` (key
``bmc_other_key``) with its own properties, leads and conversations, and Coliving.com host 7001 (key
``coliving_other_key``) with listing 9100 / room type 91001.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .config import SandboxConfig
from .data import (
    BmcMessage,
    Booking,
    BookingMessage,
    Host,
    Lead,
    Listing,
    Operator,
    Property,
    RoomType,
    SandboxState,
    Thread,
    slugify,
)
from .seed_data import (
    AMENITIES,
    CITIES,
    COLIVING_TYPES,
    COUNTRIES,
    DEMO_HOST_ID,
    DEMO_LISTINGS,
    FIRST_NAMES,
    GUEST_BOOKING_LINES,
    LAST_NAMES,
    OPERATOR_LINES,
    OTHER_BMC_KEY,
    OTHER_COLIVING_KEY,
    OTHER_HOST_ID,
    OTHER_LISTING,
    TENANT_LINES,
)


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    handle = f"{first}.{last}".lower().replace("'", "").replace("á", "a").replace("í", "i").replace("ü", "u")
    return f"{first} {last}", f"{handle}{rng.randint(1, 99)}@example.com"


def build_state(config: SandboxConfig) -> SandboxState:
    """Fresh state for ``config``: the demo data, plus bulk records when ``seed == "scale"``."""
    rng = random.Random(config.random_seed)
    state = SandboxState()
    now = datetime.now(UTC).replace(microsecond=0)
    _seed_bmc(state, config, rng, now)
    _seed_coliving(state, config, rng, now)
    if config.seed == "scale":
        _scale_bmc(state, config, rng, now)
        _scale_coliving(state, config, rng, now)
    return state


# ------------------------------------------------------------------------------------------- BookMyColiving


def _property(
    state: SandboxState,
    operator: Operator,
    rng: random.Random,
    now: datetime,
    name: str,
    city: str,
    status: str,
    *,
    external_id: str | None = None,
    admin_notes: str | None = None,
    re_review: bool = False,
) -> Property:
    created = now - timedelta(days=rng.randint(20, 200), minutes=rng.randint(0, 1440))
    pid = state.next_id("prop")
    prop = Property(
        id=pid,
        operator_id=operator.id,
        name=name,
        slug=slugify(name),
        description=f"{name}: furnished private rooms, fast wifi and a friendly community.",
        city_id=city,
        address=f"{rng.randint(1, 220)} {rng.choice(('Rua', 'Calle', 'Strasse', 'Street'))} "
        f"{rng.choice(LAST_NAMES)}",
        amenities=sorted(rng.sample([a["slug"] for a in AMENITIES], 5)),
        contact_email=operator.email,
        coliving_type_ids=[rng.choice(COLIVING_TYPES)["id"]],
        room_options=[{"type": "PRIVATE", "priceMonthly": rng.randrange(60_000, 160_000, 500)}],
        photos=[
            {"url": f"https://images.example.com/{pid}/{n}.jpg", "position": n, "addedAt": None}
            for n in range(1, rng.randint(2, 5))
        ],
        external_id=external_id,
        status=status,
        admin_notes=admin_notes,
        re_review_pending=re_review,
        created_at=created,
        updated_at=created + timedelta(days=rng.randint(0, 15)),
    )
    for photo in prop.photos:
        photo["addedAt"] = prop.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    state.add_property(prop)
    return prop


def _seed_bmc(state: SandboxState, config: SandboxConfig, rng: random.Random, now: datetime) -> None:
    state.cities = [dict(city) for city in CITIES]
    state.coliving_types = [dict(kind) for kind in COLIVING_TYPES]
    state.amenities = [dict(amenity) for amenity in AMENITIES]
    main = Operator("op_0001", "Sunny Coliving Co", "host@sunnycoliving.example", config.bmc_key)
    other = Operator("op_0002", "Harbour Living", "ops@harbourliving.example", OTHER_BMC_KEY)
    state.add_operator(main)
    state.add_operator(other)
    mine = [
        _property(
            state, main, rng, now, "Sunny Coliving Lisbon", "city_lisbon", "APPROVED", external_id="pms-101"
        ),
        _property(
            state,
            main,
            rng,
            now,
            "Sunny Coliving Gràcia",
            "city_barcelona",
            "APPROVED",
            external_id="pms-102",
            re_review=True,
        ),
        _property(
            state, main, rng, now, "Sunny Kreuzberg Lofts", "city_berlin", "APPROVED", external_id="pms-103"
        ),
        _property(
            state,
            main,
            rng,
            now,
            "Sunny Shoreditch House",
            "city_london",
            "PENDING_REVIEW",
            external_id="pms-104",
        ),
        _property(state, main, rng, now, "Sunny Roma Norte (draft)", "city_mexico_city", "DRAFT"),
        _property(
            state,
            main,
            rng,
            now,
            "Sunny Canggu Villas",
            "city_bali",
            "REJECTED",
            external_id="pms-106",
            admin_notes="Photos show a hotel lobby, not the coliving. Please upload photos of the rooms.",
        ),
    ]
    theirs = [
        _property(state, other, rng, now, "Harbour Living Brooklyn", "city_new_york", "APPROVED"),
        _property(state, other, rng, now, "Harbour Living Alfama", "city_lisbon", "PENDING_REVIEW"),
    ]
    for props, count in ((mine[:4], 36), (theirs, 6)):
        moments = sorted(now - timedelta(minutes=rng.randint(30, 60 * 24 * 60)) for _ in range(count))
        for created in moments:
            _demo_lead(state, rng, rng.choice(props), created, now)


def _demo_lead(
    state: SandboxState, rng: random.Random, prop: Property, created: datetime, now: datetime
) -> None:
    name, email = _person(rng)
    move_in = (created + timedelta(days=rng.randint(10, 90))).date()
    lead = Lead(
        id=state.next_id("lead"),
        property_id=prop.id,
        thread_id=state.next_id("usr"),
        guest_name=name,
        guest_email=email,
        guest_phone=f"+3519{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.7 else None,
        message=rng.choice(TENANT_LINES).format(month=move_in.strftime("%B")),
        move_in_date=move_in,
        stay_months=rng.choice((1, 2, 3, 6, 12)),
        budget_monthly=rng.randrange(50_000, 180_000, 5_000),
        created_at=created,
    )
    state.add_lead(lead, notify=False)
    operator = state.operators[prop.operator_id]
    thread = state.threads[(prop.operator_id, lead.thread_id)]
    moment = created
    for turn in range(rng.randint(0, 4)):
        moment = min(moment + timedelta(minutes=rng.randint(5, 60 * 30)), now)
        if turn % 2 == 0:
            state.operator_reply(operator, thread, prop.id, rng.choice(OPERATOR_LINES))
            thread.messages[-1].created_at = moment
        else:
            state.tenant_message(
                prop.operator_id,
                lead.thread_id,
                rng.choice(TENANT_LINES).format(month="June"),
                notify=False,
                created_at=moment,
            )
    thread.unread = 1 if thread.messages[-1].sender_type == "TENANT" else 0


def _scale_bmc(state: SandboxState, config: SandboxConfig, rng: random.Random, now: datetime) -> None:
    """Bulk conversations and leads without webhooks, built straight into the stores."""
    operator = state.operators["op_0001"]
    props = [p for p in state.properties.values() if p.operator_id == operator.id][:4]
    span = 60 * 24 * 365
    users: list[str] = []
    for _ in range(config.threads):
        uid = state.next_id("usr")
        name, email = _person(rng)
        prop = props[rng.randrange(len(props))]
        thread = Thread(uid, operator.id, prop.id, name, email)
        start = now - timedelta(minutes=rng.randint(60, span))
        step = max(1, int((now - start).total_seconds() // 60) // max(1, config.messages_per_thread))
        for n in range(config.messages_per_thread):
            tenant = n % 2 == 0
            thread.messages.append(
                BmcMessage(
                    state.next_id("msg"),
                    uid,
                    prop.id,
                    "TENANT" if tenant else "OPERATOR",
                    name if tenant else operator.name,
                    TENANT_LINES[n % len(TENANT_LINES)].format(month="May")
                    if tenant
                    else OPERATOR_LINES[n % 4],
                    start + timedelta(minutes=step * n),
                )
            )
        state.threads[(operator.id, uid)] = thread
        state.user_names[uid] = (name, email)
        users.append(uid)
    moments = sorted(rng.randint(0, span) for _ in range(config.leads))
    leads = []
    for offset in moments:
        uid = users[rng.randrange(len(users))] if users else state.next_id("usr")
        name, email = state.user_names.get(uid) or _person(rng)
        lead = Lead(
            state.next_id("lead"),
            props[rng.randrange(len(props))].id,
            uid,
            name,
            email,
            None,
            "Is the room still available?",
            (now + timedelta(days=rng.randint(5, 120))).date(),
            rng.choice((1, 3, 6, 12)),
            rng.randrange(50_000, 180_000, 5_000),
            now - timedelta(minutes=span - offset),
        )
        state.leads[lead.id] = lead
        leads.append(lead)
    state.lead_order.extend(leads)
    state.lead_order.sort(key=lambda item: (item.created_at, item.id))


# --------------------------------------------------------------------------------------------- Coliving.com


def _listing(spec: dict[str, Any]) -> Listing:
    rooms = {}
    for room in spec["room_types"]:
        attributes = {k: v for k, v in room.items() if k not in ("id", "listing_id", "name", "prices")}
        rooms[room["id"]] = RoomType(
            room["id"], room["listing_id"], room["name"], attributes, dict(room["prices"])
        )
    return Listing(spec["id"], spec["user_id"], spec["name"], spec["status"], spec["stay_min"], rooms)


def _seed_coliving(state: SandboxState, config: SandboxConfig, rng: random.Random, now: datetime) -> None:
    state.add_host(
        Host(
            DEMO_HOST_ID,
            "Demo Host",
            "demohost@palmesus.no",
            config.coliving_key,
            datetime(2024, 1, 1, 8, 0, tzinfo=UTC),
            now - timedelta(hours=3),
        )
    )
    state.add_host(
        Host(
            OTHER_HOST_ID,
            "Harbour Homes",
            "hello@harbourhomes.example",
            OTHER_COLIVING_KEY,
            datetime(2024, 3, 5, 9, 30, tzinfo=UTC),
            now - timedelta(days=2),
        )
    )
    for spec in (*DEMO_LISTINGS, OTHER_LISTING):
        listing = _listing(spec)
        state.listings[listing.id] = listing
    state.message_factory = lambda booking: _booking_messages(state, booking, now)
    _bookings(state, rng, now, DEMO_HOST_ID, [5325, 22228], 8821, 40)
    _bookings(state, rng, now, OTHER_HOST_ID, [9100], 9501, 6)


def _bookings(
    state: SandboxState,
    rng: random.Random,
    now: datetime,
    host_id: int,
    listing_ids: list[int],
    first_id: int,
    count: int,
) -> None:
    today = now.date()
    rooms = [room for lid in listing_ids for room in state.listings[lid].room_types.values()]
    for n in range(count):
        room = rooms[rng.randrange(len(rooms))]
        state.add_booking(_make_booking(rng, now, today, host_id, room, first_id + n))


def _make_booking(
    rng: random.Random,
    now: datetime,
    today: date,
    host_id: int,
    room: RoomType,
    booking_id: int,
) -> Booking:
    checkin = today + timedelta(days=rng.randint(-60, 180))
    nights = rng.choice((30, 31, 45, 60, 90, 120, 180))
    created = now - timedelta(days=rng.randint(1, 90), seconds=rng.randint(0, 86_400))
    updated = min(now, created + timedelta(days=rng.randint(0, 20), seconds=rng.randint(0, 86_400)))
    name, email = _person(rng)
    monthly = float(room.prices.get("base_price") or 1000)
    roll = rng.random()
    return Booking(
        booking_id=booking_id,
        host_id=host_id,
        listing_id=room.listing_id,
        room_type_id=room.id,
        room_type_name=room.name,
        status="cancelled" if roll < 0.12 else "pending" if roll < 0.3 else "confirmed",
        checkin=checkin,
        checkout=checkin + timedelta(days=nights),
        guest_name=name,
        guest_email=email,
        guest_phone=f"+34600{rng.randint(100_000, 999_999)}",
        guest_country=rng.choice(COUNTRIES),
        currency=str(room.prices.get("currency") or "EUR"),
        total=round(monthly * nights / 30, 2),
        security_deposit=round(monthly / 4, 2) if rng.random() < 0.8 else None,
        notes=rng.choice((None, None, "Late arrival after 22:00", "Travelling with a bike", "Needs a desk")),
        created_at=created,
        updated_at=updated,
    )


def _booking_messages(state: SandboxState, booking: Booking, now: datetime) -> list[BookingMessage]:
    """Seeded from the booking id, so a booking's history is the same whenever it is first read."""
    rng = random.Random(booking.booking_id)
    listing = state.listings.get(booking.listing_id)
    host_name = listing.name if listing else "Host"
    messages = []
    moment = booking.created_at
    for n in range(rng.randint(0, 5)):
        moment = min(now, moment + timedelta(minutes=rng.randint(10, 60 * 48)))
        guest = n % 2 == 0
        messages.append(
            BookingMessage(
                id=10_000_000 + booking.booking_id * 16 + n,
                sender="guest" if guest else "host",
                sender_name=booking.guest_name if guest else host_name,
                text=GUEST_BOOKING_LINES[n % len(GUEST_BOOKING_LINES)]
                if guest
                else "Thanks, noted! See you soon.",
                is_seen=True,
                created_at=moment,
            )
        )
    return messages


#: Scale bookings were all last changed at least this long ago, so the newest ``version`` second belongs to the
#: demo bookings (and to whatever the ticker or the admin helper changes later), as on a live account.
SCALE_QUIET = timedelta(hours=1)


def _scale_coliving(state: SandboxState, config: SandboxConfig, rng: random.Random, now: datetime) -> None:
    today = now.date()
    rooms = [room for lid in (5325, 22228) for room in state.listings[lid].room_types.values()]
    first = 100_000
    bookings = [
        _make_booking(rng, now, today, DEMO_HOST_ID, rooms[n % len(rooms)], first + n)
        for n in range(config.bookings)
    ]
    _spread_versions(bookings, rng, now - SCALE_QUIET)
    with state.lock:
        for booking in bookings:
            state.bookings[booking.booking_id] = booking
        state.booking_generation += 1


def _spread_versions(bookings: list[Booking], rng: random.Random, latest: datetime) -> None:
    """Give every booking its own last-change second, somewhere between its creation and ``latest``.

    ``_make_booking`` clamps a change that would lie in the future to now, which is harmless for a few demo
    bookings but gives a tenth of a hundred thousand the same ``version``. The feed's ``updated_after`` is
    inclusive, so a client resuming from the newest version would re-read all of them on every quiet poll;
    real accounts change bookings one at a time. Ties left by the draw are moved forward a second at a time,
    so versions stay after creation and strictly increase in feed order.
    """
    for booking in bookings:
        room = max(0, int((latest - booking.created_at).total_seconds()))
        booking.updated_at = booking.created_at + timedelta(seconds=rng.randint(0, room))
    previous: datetime | None = None
    for booking in sorted(bookings, key=lambda b: (b.updated_at, b.booking_id)):
        if previous is not None and booking.updated_at <= previous:
            booking.updated_at = previous + timedelta(seconds=1)
        previous = booking.updated_at


def new_booking(state: SandboxState, rng: random.Random, host_id: int = DEMO_HOST_ID) -> Booking:
    """A fresh booking for the ticker and the admin helper, on one of the host's listings."""
    now = datetime.now(UTC).replace(microsecond=0)
    rooms = [
        r
        for listing in state.listings.values()
        if listing.user_id == host_id
        for r in listing.room_types.values()
    ]
    with state.lock:
        booking_id = max(state.bookings, default=8820) + 1
        booking = _make_booking(rng, now, now.date(), host_id, rng.choice(rooms), booking_id)
        booking.created_at = booking.updated_at = now
        booking.status = "pending"
        return state.add_booking(booking)


def new_lead(state: SandboxState, rng: random.Random, property_id: str | None = None) -> Lead:
    """A fresh enquiry on one of the main operator's live properties; fires ``lead.created``."""
    now = datetime.now(UTC)
    now = now.replace(microsecond=(now.microsecond // 1000) * 1000)
    if property_id is None:
        live = [p for p in state.properties.values() if p.operator_id == "op_0001" and p.status == "APPROVED"]
        property_id = (live or list(state.properties.values()))[rng.randrange(max(1, len(live)))].id
    name, email = _person(rng)
    move_in = (now + timedelta(days=rng.randint(10, 90))).date()
    lead = Lead(
        id=state.next_id("lead"),
        property_id=property_id,
        thread_id=state.next_id("usr"),
        guest_name=name,
        guest_email=email,
        guest_phone=None,
        message=rng.choice(TENANT_LINES).format(month=move_in.strftime("%B")),
        move_in_date=move_in,
        stay_months=rng.choice((1, 3, 6)),
        budget_monthly=rng.randrange(60_000, 150_000, 5_000),
        created_at=now,
    )
    return state.add_lead(lead)
