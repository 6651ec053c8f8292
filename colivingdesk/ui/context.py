"""What every view is built with: the cache, the sync service, the notifier and the profile, in one value.

Views take an :class:`AppContext` instead of reaching for globals (there is no main-window singleton), so a
test builds a window or a single view around a temporary profile and a sandbox-backed service the same way the
app does. Views read through ``reader`` (a read-only connection that never waits behind a sync batch) and
write only through ``service``.

The app paints its window before the Service exists: building it imports the sync engine, both HTTP clients
and the channel models, several times what the first frame costs. So the app gives a ``build_service``
function instead of a Service, and ``service`` builds it on first use, which the app forces right after the
first paint. What the first frame runs must therefore not touch ``service``: views subscribe to ``changes``
(the stream the Service is later built with) and ask ``has_service`` before reading a status. Anything the
user does that needs the Service before then builds it there and carries on, so no action fails for being
early.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore
from colivingdesk.sync.changes import ChangeStream
from colivingdesk.ui.errors import Notifier

if TYPE_CHECKING:
    from colivingdesk.demo import DemoInfo
    from colivingdesk.store import Store
    from colivingdesk.sync import Service


class AppContext:
    """See the module docstring; give exactly one of ``service`` and ``build_service``."""

    def __init__(
        self,
        *,
        profile: Profile,
        store: Store,  # the read-write store the Service owns; the UI uses it only for tiny writes via an executor
        reader: Store,  # read-only connection for every list, detail pane and search
        secrets: SecretStore,
        service: Service | None = None,
        build_service: Callable[[ChangeStream], Service] | None = None,
        notifier: Notifier | None = None,
        demo: DemoInfo | None = None,
        team_label: str | None = None,
        open_reader: Callable[[], Store] | None = None,
        team_from_profile: bool = False,
    ) -> None:
        if (service is None) == (build_service is None):
            raise TypeError("AppContext needs a service or a way to build one, not both")
        self.profile = profile
        self.store = store
        self.reader = reader
        self.secrets = secrets
        self.notifier = notifier if notifier is not None else Notifier()
        self.demo = demo
        #: The team database the window works on (its label, never a password); None on the profile's cache.
        self.team_label = team_label
        #: The team database was chosen in Settings (saved in the profile), not by ``--database`` or the
        #: environment, so Settings may offer to leave it.
        self.team_from_profile = team_from_profile
        #: Opens another read-only store for a thread of its own (quick search); None: the profile's cache file.
        self.open_reader = open_reader
        self._service = service
        self._build_service = build_service
        self._on_built: list[Callable[[], None]] = []
        #: Every change the Service reports; the same stream before and after the Service is built.
        self.changes: ChangeStream = service.changes if service is not None else ChangeStream()

    @property
    def has_service(self) -> bool:
        """Whether the Service is built (reading a status before then would build it on the UI thread)."""
        return self._service is not None

    @property
    def service(self) -> Service:
        """The Service, built on first use (see the module docstring)."""
        if self._service is None:
            assert self._build_service is not None
            self._service = self._build_service(self.changes)
            self._build_service = None
            callbacks, self._on_built = self._on_built, []
            for callback in callbacks:
                callback()
        return self._service

    def when_service(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the Service exists: now if it does, else right after whatever builds it.

        For work that needs the Service but must not be the reason it is built on the UI thread (the app
        builds it once its modules are loaded off the UI thread). The callback runs inside the build, so
        it should only schedule its work.
        """
        if self._service is not None:
            callback()
        else:
            self._on_built.append(callback)
