"""Every error class reads as a sentence a person understands, and reaches the window as a banner."""

from __future__ import annotations

from typing import Any

import pytest

from colivingdesk.api import errors as e
from colivingdesk.secrets import SecretStoreError
from colivingdesk.ui.errors import Level, Notifier, describe


@pytest.mark.parametrize(
    ("error", "title_part", "text_part"),
    [
        (e.AuthError("bad", status=401, channel="bmc"), "BookMyColiving refused the API key", "Settings"),
        (e.RateLimited("slow", retry_after=125, status=429, channel="coliving"), "slow down", "2 minutes"),
        (e.NetworkError("down", channel="bmc"), "offline", "cache"),
        (e.Timeout("slow", channel="coliving"), "not answering", "Coliving.com"),
        (e.ServerError("boom", status=503, channel="bmc"), "trouble", "503"),
        (e.NotFound("gone", status=404, channel="coliving"), "Not found", "removed"),
        (e.UnexpectedResponse("??", channel="bmc"), "unexpected", "update"),
        (SecretStoreError("No keyring."), "keyring", "No keyring."),
        (RuntimeError("secret internals"), "Something went wrong", "try again"),
        (e.ChannelError("", channel="BookMyColiving"), "BookMyColiving could not be reached", "try again"),
    ],
)
def test_describe_speaks_plainly(error: BaseException, title_part: str, text_part: str) -> None:
    message = describe(error)
    assert title_part.lower() in message.title.lower()
    assert text_part.lower() in message.text.lower()
    assert "secret internals" not in message.text
    assert type(error).__name__ not in message.title + message.text
    assert not {"bmc:", "coliving:"} & set((message.title + " " + message.text).lower().split())


def test_errors_name_the_channel_whichever_way_the_client_spelt_it() -> None:
    """Clients name themselves ("Coliving.com"), the sync layer uses codes ("coliving"): both read as the name."""
    for spelling in ("coliving", "Coliving.com"):
        message = describe(e.NetworkError("Could not reach Coliving.com.", channel=spelling))
        assert "Coliving.com could not be reached" in message.text
        assert "The channel" not in message.text


def test_validation_errors_keep_field_paths() -> None:
    err = e.ValidationError(
        "Validation failed", status=422, channel="coliving",
        field_errors=(e.FieldError("data.0.base_price", "The base_price must be at least 0."),),
    )
    message = describe(err)
    assert message.level == Level.WARNING
    assert message.field_error("base_price") == "The base_price must be at least 0."
    assert message.field_error("currency") is None


def test_notifier_report_shows_the_banner(main_window: Any, qtbot: Any) -> None:
    notifier: Notifier = main_window.notifier
    with qtbot.waitSignal(notifier.banner, timeout=1000):
        notifier.report(e.AuthError("bad", status=401, channel="coliving"))
    assert main_window.banner.isVisible()
    assert "Coliving.com refused the API key" in main_window.banner.title.text()
    main_window.banner.dismiss()
    assert not main_window.banner.isVisible()
