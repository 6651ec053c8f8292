"""The one shape of an async slot: run on the qasync loop, show busy state, send channel errors to the
notifier.

Every button that reaches the network goes through :func:`async_slot`, so busy cursors, disabled buttons and
error banners behave the same everywhere and no coroutine's exception vanishes into the loop's default
handler. Coroutines here never call ``.exec()`` on a dialog (a nested loop inside a task breaks qasync); they
use ``open()`` and signals.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from colivingdesk.api.errors import ChannelError
from colivingdesk.ui.errors import Notifier
from colivingdesk.ui.keyboard import FocusKeeper

if TYPE_CHECKING:
    import asyncio

# asyncio and qasync are imported where a slot first runs, not here: the window paints its first frame before
# the app loads them and starts its loop (see ``colivingdesk.ui.first_frame``).

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

# Tasks started by slots: asyncio keeps only weak references to tasks, so a fire-and-forget slot task could be
# garbage-collected mid-flight. Holding them here until done prevents that and lets tests wait for quiescence.
_running: set[asyncio.Task[Any]] = set()


class SlotOwner(Protocol):
    """What a widget with async slots provides: a notifier, and a way to show it is busy."""

    notifier: Notifier

    def set_busy(self, busy: bool) -> None: ...


def running_tasks() -> int:
    """How many slot tasks are still running (tests wait for zero before asserting on the store)."""
    return sum(1 for t in _running if not t.done())


def async_slot(
    *signature: type,
) -> Callable[
    [Callable[Concatenate[Any, P], Coroutine[Any, Any, None]]],
    Callable[Concatenate[Any, P], None],
]:
    """Decorate a coroutine method of a :class:`SlotOwner` so a Qt signal can start it.

    ``set_busy(True)`` before, ``set_busy(False)`` in ``finally``; ``ChannelError`` goes to
    ``owner.notifier``; anything else is logged and reported as an unexpected problem. A method that wants an
    error next to a field catches it itself before it reaches here.
    """

    def decorate(
        fn: Callable[Concatenate[Any, P], Coroutine[Any, Any, None]],
    ) -> Callable[Concatenate[Any, P], None]:
        @functools.wraps(fn)
        async def body(owner: Any, *args: P.args, **kwargs: P.kwargs) -> None:
            import asyncio

            set_busy = getattr(owner, "set_busy", None)
            focus = FocusKeeper()
            try:
                if set_busy is not None:
                    set_busy(True)
                    focus.busy()
            except RuntimeError as err:
                if _deleted(err):  # the widget went away before the task got its first turn
                    return
                raise
            try:
                await fn(owner, *args, **kwargs)
            except asyncio.CancelledError:
                raise
            except ChannelError as err:
                owner.notifier.report(err)
            except Exception as err:
                if _deleted(err):
                    log.debug("async slot %s outlived its widget", fn.__qualname__)
                    return
                log.exception("async slot %s failed", fn.__qualname__)
                owner.notifier.report(err)
            finally:
                if set_busy is not None:
                    with contextlib.suppress(RuntimeError):  # the widget was deleted while the task ran
                        set_busy(False)
                        focus.idle()

        slots: list[Callable[..., Any]] = []  # qasync's slot, made on the first call

        @functools.wraps(fn)
        def start(owner: Any, *args: P.args, **kwargs: P.kwargs) -> None:
            import asyncio

            if not slots:
                import qasync

                slots.append(qasync.asyncSlot(*signature)(body))
            task = slots[0](owner, *args, **kwargs)
            if isinstance(task, asyncio.Task):
                _running.add(task)
                task.add_done_callback(_running.discard)
                if isinstance(owner, QObject):
                    _cancel_with(owner, task)

        return start

    return decorate


def _cancel_with(owner: QObject, task: asyncio.Task[Any]) -> None:
    """Cancel ``task`` if ``owner`` is destroyed first: work for a view that is gone has nobody to show to."""
    connection = owner.destroyed.connect(lambda *_: task.cancel())

    def forget(_task: asyncio.Task[Any]) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            QObject.disconnect(connection)

    task.add_done_callback(forget)


def _deleted(err: BaseException) -> bool:
    """Whether ``err`` is PySide's complaint about a widget deleted while a task was still running."""
    text = str(err)
    return isinstance(err, RuntimeError) and ("already deleted" in text or "has been deleted" in text)


# Work asked of ``spawn`` before the app's loop runs (a view built for the first frame: the view restored from
# the last run, Welcome), started by ``start_waiting`` once it does.
_waiting: list[Callable[[], object]] = []


def running_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop, or None before the app starts it.

    Without asyncio loaded no loop can be running: the window paints its first frame before the app loads
    asyncio (see ``colivingdesk.ui.first_frame``), and asking must not load it early.
    """
    loaded = sys.modules.get("asyncio")
    if loaded is None:
        return None
    try:
        running: asyncio.AbstractEventLoop = loaded.get_running_loop()
    except RuntimeError:
        return None
    return running


def start_waiting() -> None:
    """Start what ``spawn`` was asked before the loop ran; the app calls this first thing on its loop."""
    waiting = list(_waiting)
    _waiting.clear()
    for start in waiting:
        start()


def spawn(
    coro: Coroutine[Any, Any, T], notifier: Notifier | None = None, owner: QObject | None = None
) -> asyncio.Task[T] | None:
    """Start background work no button owns (e.g. a refresh after opening a thread), keeping a reference.

    Asked before the app's loop runs, the work starts with the loop (``start_waiting``) and None is returned:
    a task made then would belong to a loop that never runs, and the view would wait for its answer forever.
    """
    if running_loop() is None:

        def start_later() -> None:
            if owner is not None and not shiboken6.isValid(owner):  # the widget went away meanwhile
                coro.close()
                return
            spawn(coro, notifier, owner)

        _waiting.append(start_later)
        return None

    async def guarded() -> T:
        try:
            return await coro
        except ChannelError as err:
            if notifier is not None:
                notifier.report(err)
            raise

    import asyncio

    task: asyncio.Task[T] = asyncio.ensure_future(guarded())
    _running.add(task)
    if owner is not None:
        _cancel_with(owner, task)

    def done(t: asyncio.Task[Any]) -> None:
        _running.discard(t)
        if t.cancelled():
            return
        err = t.exception()
        if err is None or isinstance(err, ChannelError):
            return
        if _deleted(err):
            log.debug("background task outlived its widget: %s", err)
        else:
            log.error("background task failed", exc_info=err)

    task.add_done_callback(done)
    return task


async def in_executor(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run blocking work (a large store read, a keyring call) off the UI thread and await its result."""
    import asyncio

    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(fn, *args, **kwargs))
