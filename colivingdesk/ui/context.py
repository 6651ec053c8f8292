"""What every view is built with: the cache, the sync service, the notifier and the profile, in one value.

Views take an :class:`AppContext` instead of reaching for globals (there is no main-window singleton), so a
test builds a window or a single view around a temporary profile and a sandbox-backed service the same way the
app does. Views read through ``reader`` (a read-only connection that never waits behind a sync batch) and
write only through ``service``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore
from colivingdesk.ui.errors import Notifier

if TYPE_CHECKING:
    from colivingdesk.demo import DemoInfo
    from colivingdesk.store import Store
    from colivingdesk.sync import Service


@dataclass(eq=False)
class AppContext:
    profile: Profile
    store: Store  # the read-write store the Service owns; the UI uses it only for tiny writes via an executor
    reader: Store  # read-only connection for every list, detail pane and search
    service: Service
    secrets: SecretStore
    notifier: Notifier = field(default_factory=Notifier)
    demo: DemoInfo | None = None
