"""Keeps the local cache in step with both channels and delivers every user write.

Everything here is asyncio and Qt-free: the window drives it through
:class:`~colivingdesk.sync.service.Service`, the headless commands drive the same object, and tests drive it
with a fake clock and a mock transport.

The names below load on first use (PEP 562): importing a light submodule such as ``colivingdesk.sync.progress``
or ``colivingdesk.sync.changes`` must not pull in the Service with its HTTP clients and channel models, which
``colivingdesk --version`` and the window's first paint do not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from colivingdesk.lazy_names import lazy_getattr

if TYPE_CHECKING:
    from colivingdesk.sync.changes import ChangeSet, ChangeStream
    from colivingdesk.sync.service import Service
    from colivingdesk.sync.status import AccountStatus, BudgetView, ChannelWait, SyncReport, VerifyResult

_HOMES = {
    "AccountStatus": "status",
    "BudgetView": "status",
    "ChangeSet": "changes",
    "ChangeStream": "changes",
    "ChannelWait": "status",
    "Service": "service",
    "SyncReport": "status",
    "VerifyResult": "status",
}

__all__ = [
    "AccountStatus",
    "BudgetView",
    "ChangeSet",
    "ChangeStream",
    "ChannelWait",
    "Service",
    "SyncReport",
    "VerifyResult",
]


__getattr__ = lazy_getattr(__name__, _HOMES, globals())
