"""The statements the repositories write for SQLite reach psycopg with the placeholders it reads."""

from __future__ import annotations

from colivingdesk.store.postgres import to_pyformat


def test_plain_placeholders_become_pyformat_and_percent_signs_are_doubled() -> None:
    assert to_pyformat("SELECT * FROM t WHERE a = ? AND b LIKE '%x' AND c = ?") == (
        "SELECT * FROM t WHERE a = %s AND b LIKE '%%x' AND c = %s",
        None,
    )


def test_a_question_mark_in_quoted_text_is_text() -> None:
    assert to_pyformat("SELECT 'why?', \"odd?name\" FROM t WHERE a = ?") == (
        "SELECT 'why?', \"odd?name\" FROM t WHERE a = %s",
        None,
    )


def test_numbered_placeholders_say_which_parameter_fills_each() -> None:
    sql, order = to_pyformat("UPDATE t SET x = 1 WHERE a = ?1 AND b = ?2 AND c = (SELECT max(d) WHERE e = ?1)")
    assert sql == "UPDATE t SET x = 1 WHERE a = %s AND b = %s AND c = (SELECT max(d) WHERE e = %s)"
    assert order == (0, 1, 0)
