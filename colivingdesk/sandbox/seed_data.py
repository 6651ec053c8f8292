"""The fixed records and words the sandbox's seed draws from: the second accounts' keys and ids, people's names,
reference data (cities, coliving types, amenities), the lines tenants and operators write, and the
Coliving.com demo listings copied from the end of the document.

Kept apart from :mod:`colivingdesk.sandbox.seed` so the code that places records in time reads on its own.
"""

from __future__ import annotations

from typing import Any

OTHER_BMC_KEY = "bmc_other_key"
OTHER_COLIVING_KEY = "coliving_other_key"
DEMO_HOST_ID = 6368
OTHER_HOST_ID = 7001

FIRST_NAMES = (
    "Jane",
    "Alex",
    "Ana",
    "Marco",
    "Sofia",
    "Liam",
    "Noah",
    "Emma",
    "Lucas",
    "Mia",
    "Yuki",
    "Priya",
    "Omar",
    "Chloe",
    "Mateo",
    "Ingrid",
    "Kofi",
    "Lea",
    "Diego",
    "Hana",
    "Tomás",
    "Zara",
    "Felix",
    "Amara",
)
LAST_NAMES = (
    "Smith",
    "Rivera",
    "Rossi",
    "García",
    "Nakamura",
    "Patel",
    "Haddad",
    "Dubois",
    "Silva",
    "Larsen",
    "Mensah",
    "Müller",
    "Kowalski",
    "O'Brien",
    "Kim",
    "Costa",
    "Novak",
    "Fischer",
    "Ahmed",
    "Berg",
)
COUNTRIES = ("ES", "PT", "DE", "FR", "IT", "GB", "US", "NL", "SE", "NO", "BR", "IN", "JP")

CITIES: list[dict[str, Any]] = [
    {"id": "city_lisbon", "name": "Lisbon", "slug": "lisbon", "countryCode": "PT"},
    {"id": "city_barcelona", "name": "Barcelona", "slug": "barcelona", "countryCode": "ES"},
    {"id": "city_berlin", "name": "Berlin", "slug": "berlin", "countryCode": "DE"},
    {"id": "city_london", "name": "London", "slug": "london", "countryCode": "GB"},
    {"id": "city_mexico_city", "name": "Mexico City", "slug": "mexico-city", "countryCode": "MX"},
    {"id": "city_bali", "name": "Canggu", "slug": "canggu", "countryCode": "ID"},
    {"id": "city_new_york", "name": "New York", "slug": "new-york", "countryCode": "US"},
]
COLIVING_TYPES: list[dict[str, Any]] = [
    {"id": "ct_digital_nomad", "name": "Digital nomad", "slug": "digital-nomad"},
    {"id": "ct_professionals", "name": "Young professionals", "slug": "young-professionals"},
    {"id": "ct_students", "name": "Students", "slug": "students"},
    {"id": "ct_creatives", "name": "Creatives", "slug": "creatives"},
    {"id": "ct_wellness", "name": "Wellness", "slug": "wellness"},
]
AMENITIES: list[dict[str, Any]] = [
    {"id": slug, "slug": slug, "name": name}
    for slug, name in (
        ("wifi", "Wi-Fi"),
        ("gym", "Gym"),
        ("coworking", "Coworking space"),
        ("laundry", "Laundry"),
        ("kitchen", "Shared kitchen"),
        ("cleaning", "Weekly cleaning"),
        ("rooftop", "Rooftop terrace"),
        ("pool", "Pool"),
        ("bike-storage", "Bike storage"),
        ("parking", "Parking"),
        ("pets", "Pets allowed"),
        ("events", "Community events"),
        ("air-conditioning", "Air conditioning"),
        ("garden", "Garden"),
    )
]

TENANT_LINES = (
    "Hi! Is the room still available from {month}?",
    "Could I book a video call to see the space?",
    "Are bills included in the monthly price?",
    "Do you offer a discount for a 6-month stay?",
    "Is there a quiet place to take calls during the day?",
    "What is the deposit and when is it due?",
    "Can I bring my bike?",
    "Thanks! I'd like to go ahead. What are the next steps?",
)
OPERATOR_LINES = (
    "Thanks for your interest! Yes, it is available.",
    "Bills and fast wifi are included.",
    "Happy to do a call, does Thursday at 17:00 work?",
    "The deposit is one month's rent, due at signing.",
)
GUEST_BOOKING_LINES = (
    "Hi! What time is check-in?",
    "Is there somewhere to leave luggage if I arrive early?",
    "Could you share the door code instructions?",
    "Is there a desk in the room?",
    "I'll be arriving after 22:00, is that ok?",
)

DEMO_LISTINGS: list[dict[str, Any]] = [
    {
        "id": 5325,
        "user_id": DEMO_HOST_ID,
        "name": "Demo listing",
        "status": "published",
        "stay_min": 30,
        "room_types": [
            {
                "id": 38753,
                "listing_id": 5325,
                "name": "Full Bedroom",
                "room_type": "private",
                "bed_type": "king",
                "bathroom_type": "private",
                "gender": "Separated",
                "amount": 6,
                "max_occupancy": 1,
                "room_size": "15",
                "room_size_unit": "m2",
                "available_at": "2026-02-20",
                "prices": {
                    "currency": "USD",
                    "base_price": 1000,
                    "price_jan": 1100,
                    "price_feb": None,
                    "price_mar": None,
                    "price_apr": None,
                    "price_may": None,
                    "price_jun": None,
                    "price_jul": None,
                    "price_aug": 1700,
                    "price_sep": None,
                    "price_oct": None,
                    "price_nov": None,
                    "price_dec": None,
                },
            },
        ],
    },
    {
        "id": 22228,
        "user_id": DEMO_HOST_ID,
        "name": "Maple Grove Commons Coliving 3333",
        "status": "pending",
        "stay_min": 60,
        "room_types": [
            {
                "id": 66713,
                "listing_id": 22228,
                "name": "Queen Studio Room",
                "room_type": "private",
                "bed_type": "king",
                "bathroom_type": "private",
                "gender": "Separated",
                "amount": 1,
                "max_occupancy": 1,
                "room_size": "15",
                "room_size_unit": "m2",
                "available_at": "2026-02-20",
                "prices": {
                    "currency": "GBP",
                    "base_price": 1340,
                    "price_jan": 1320,
                    "price_feb": 1460,
                    "price_mar": 1380,
                    "price_apr": 1410,
                    "price_may": 1375,
                    "price_jun": 1395,
                    "price_jul": 1440,
                    "price_aug": 1400,
                    "price_sep": 1360,
                    "price_oct": 1490,
                    "price_nov": 1425,
                    "price_dec": 1450,
                },
            },
            {
                "id": 66714,
                "listing_id": 22228,
                "name": "Full Comfort Room",
                "room_type": "private",
                "bed_type": "king",
                "bathroom_type": "private",
                "gender": "Separated",
                "amount": 1,
                "max_occupancy": 1,
                "room_size": "15",
                "room_size_unit": "m2",
                "available_at": "2026-02-20",
                "prices": {
                    "currency": "GBP",
                    "base_price": 1580,
                    "price_jan": 1560,
                    "price_feb": 1710,
                    "price_mar": 1605,
                    "price_apr": 1475,
                    "price_may": 1590,
                    "price_jun": 1570,
                    "price_jul": 1500,
                    "price_aug": 1610,
                    "price_sep": 1585,
                    "price_oct": 1525,
                    "price_nov": 1600,
                    "price_dec": 1540,
                },
            },
        ],
    },
]
OTHER_LISTING: dict[str, Any] = {
    "id": 9100,
    "user_id": OTHER_HOST_ID,
    "name": "Harbour Loft Coliving",
    "status": "published",
    "stay_min": 30,
    "room_types": [
        {
            "id": 91001,
            "listing_id": 9100,
            "name": "Harbour Room",
            "room_type": "private",
            "bed_type": "double",
            "bathroom_type": "shared",
            "gender": "Mixed",
            "amount": 4,
            "max_occupancy": 1,
            "room_size": "12",
            "room_size_unit": "m2",
            "available_at": "2026-03-01",
            "prices": {"currency": "EUR", "base_price": 900},
        },
    ],
}
