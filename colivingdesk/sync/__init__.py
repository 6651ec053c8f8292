"""Keeps the local cache in step with both channels and delivers every user write.

Everything here is asyncio and Qt-free: the window drives it through
:class:`~colivingdesk.sync.service.Service`, the headless commands drive the same object, and tests drive it
with a fake clock and a mock transport.
"""

from colivingdesk.sync.changes import ChangeSet, ChangeStream
from colivingdesk.sync.service import Service
from colivingdesk.sync.status import AccountStatus, BudgetView, ChannelWait, SyncReport, VerifyResult

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
