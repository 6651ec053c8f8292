"""Stopping the accounts' sync loops: a wake-up that arrives in the same moment as the stop (a desktop's reply
heard by the worker as it is told to stop, a reply queued as the window closes) does not keep the account's
loop running, so closing the window or stopping the worker ends."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.sync.clock import SystemClock
from colivingdesk.sync.runtime import AccountRuntime, CountingTransport, make_client
from colivingdesk.sync.scheduler import Scheduler
from tests.stuck import within


@pytest.fixture
async def runtime() -> AsyncIterator[AccountRuntime]:
    settings = AccountSettings(Channel.BMC, "http://bmc.test/api/v1")
    transport = CountingTransport(httpx.MockTransport(lambda _request: httpx.Response(503)))
    made = AccountRuntime(settings, make_client(settings, "key", transport, SystemClock()), transport)
    yield made
    await made.aclose()


async def test_an_account_woken_in_the_same_moment_as_it_is_stopped_stops(
    runtime: AccountRuntime,
) -> None:
    cycled = asyncio.Event()

    async def cycle(_runtime: AccountRuntime, _full: bool) -> None:
        cycled.set()

    scheduler = Scheduler(cycle, SystemClock(), poll_interval=3600)
    scheduler.start([runtime])
    # The first (full) cycle; in the same step the account's task settles into waiting for the next poll.
    await within(cycled.wait(), "the first cycle")
    scheduler.wake(Channel.BMC)  # woken, and stopped before the wake-up is handled
    await within(scheduler.aclose(), "closing the scheduler", seconds=10)
