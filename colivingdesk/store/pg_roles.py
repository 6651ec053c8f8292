"""The two roles of a team's database: what a desktop may do, and what the sync worker may do.

The schema belongs to whoever ran ``colivingdesk team init`` (the database's owner or an administrator), so
neither role can change tables or read another database. The roles are groups (``NOLOGIN``): each person, and
the worker, logs in as their own user granted one of them, so the server's logs and ``pg_stat_activity`` say
who did what, and one person's access is revoked without touching the others.

* ``colivingdesk_desktop`` reads the whole cache and adds writes to the outbox (a reply, a listing change):
  the worker sends them. It may put a failed or held item back in the queue and discard an unsent one (the
  window's Retry and Discard: the item's state, reason and time only, never a claim or a result). It also keeps
  the team's own rows (``store.people``): the people's names, each person's read state, drafts and favourites,
  who is writing where, and assignments, and marks a conversation done (archived) for the team; and it edits
  the team's settings (saved replies, automation rules, the listing register). It cannot
  change the cached records, the reply log, the waits or the account reports the worker keeps.
* ``colivingdesk_worker`` reads and writes every table (it syncs the cache, spends the budgets, sends the
  outbox), but cannot create or drop tables: schema changes are ``team init`` again, run by the owner.

``ALTER DEFAULT PRIVILEGES`` extends the grants to tables later schema steps create, when the same owner runs
them.
"""

from __future__ import annotations

from typing import Any

from colivingdesk.store.people import PERSON_TABLES

DESKTOP_ROLE = "colivingdesk_desktop"
WORKER_ROLE = "colivingdesk_worker"

#: Tables a desktop may add rows to (besides reading everything).
DESKTOP_INSERTS = ("outbox",)
#: Columns a desktop may change, per table: Retry puts an item back in the queue (``OutboxRepository.requeue``);
#: Discarding an automated message marks its occurrence skipped (the outbox's delete trigger does).
DESKTOP_UPDATES = {
    "outbox": ("state", "error", "not_before", "updated_at"),
    "automation_occurrences": (
        "state", "reason", "updated_at", "edited_text", "due_at", "pinned", "rule_name", "text",
    ),
    # "Done" (archive) is the team's mark on a conversation: these two columns, nothing else of the cache.
    "threads": ("archived_through_id", "archived_activity"),
}
#: The team's own settings, edited from any desktop's window: saved replies, automation rules and each account's
#: automation settings, and the listing register (names, units, stay minimum, prices) the calendar counts with.
TEAM_SETTINGS = ("saved_replies", "automation_rules", "automation_settings", "listings", "room_types")
#: Tables a desktop may delete rows from: Discard drops an unsent item.
DESKTOP_DELETES = ("outbox",)


def _quote(conn: Any, name: str) -> str:
    from psycopg import sql

    return str(sql.Identifier(name).as_string(conn))


def ensure_roles(conn: Any) -> list[str]:
    """Create the two roles if missing and (re)grant their rights on the current schema; returns the roles
    created now. ``conn`` is a psycopg connection in autocommit whose user may create roles."""
    created: list[str] = []
    for role in (DESKTOP_ROLE, WORKER_ROLE):
        row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if row is None:
            conn.execute(f"CREATE ROLE {_quote(conn, role)} NOLOGIN")
            created.append(role)
    schema = _quote(conn, conn.execute("SELECT current_schema()").fetchone()[0])
    database = _quote(conn, conn.execute("SELECT current_database()").fetchone()[0])
    desktop, worker = _quote(conn, DESKTOP_ROLE), _quote(conn, WORKER_ROLE)
    with conn.transaction():
        for role in (desktop, worker):
            conn.execute(f"GRANT CONNECT ON DATABASE {database} TO {role}")
            conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
            conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
            conn.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {role}")
        conn.execute(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {worker}")
        conn.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {worker}")
        conn.execute(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT INSERT, UPDATE, DELETE ON TABLES TO {worker}"
        )
        conn.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES TO {worker}")
        for table in DESKTOP_INSERTS:
            conn.execute(f"GRANT INSERT ON {schema}.{_quote(conn, table)} TO {desktop}")
            sequence = conn.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()[0]
            if sequence is not None:
                conn.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {desktop}")
        for table, columns in DESKTOP_UPDATES.items():
            names = ", ".join(_quote(conn, column) for column in columns)
            conn.execute(f"GRANT UPDATE ({names}) ON {schema}.{_quote(conn, table)} TO {desktop}")
        for table in DESKTOP_DELETES:
            conn.execute(f"GRANT DELETE ON {schema}.{_quote(conn, table)} TO {desktop}")
        for table in (*PERSON_TABLES, *TEAM_SETTINGS):
            conn.execute(f"GRANT INSERT, UPDATE, DELETE ON {schema}.{_quote(conn, table)} TO {desktop}")
            sequence = conn.execute(
                "SELECT pg_get_serial_sequence(table_name::text, 'id') FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = %s AND column_name = 'id'",
                (table,),
            ).fetchone()
            if sequence is not None and sequence[0] is not None:
                conn.execute(f"GRANT USAGE ON SEQUENCE {sequence[0]} TO {desktop}")
    return created
