"""Run the sandbox in-process on a background thread (for the desktop app and for tests).

The socket is bound before uvicorn starts, so ``port=0`` yields a free ephemeral port that is known as soon as
the object exists and can never be raced. uvicorn's signal handling is disabled: the sandbox lives next to a
Qt event loop that owns SIGINT.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Generator
from types import TracebackType

import uvicorn

from .app import Sandbox, create_app
from .config import SandboxConfig
from .data import SandboxState

START_TIMEOUT = 20.0


class _QuietServer(uvicorn.Server):
    """uvicorn without signal handlers."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield

    def install_signal_handlers(self) -> None:  # older uvicorn releases
        return None


class SandboxServer:
    """Both fake channels on ``127.0.0.1:port`` in a daemon thread; also a context manager."""

    def __init__(
        self, config: SandboxConfig | None = None, port: int = 0, log_level: str = "warning"
    ) -> None:
        self.config = config or SandboxConfig()
        self.app = create_app(self.config)
        # IPPROTO_TCP explicitly: asyncio only turns on TCP_NODELAY for accepted sockets whose proto says TCP,
        # and without it every response (headers and body are two writes) waits ~40 ms on delayed ACKs.
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port))
        self._socket.listen(128)
        uv_config = uvicorn.Config(
            self.app,
            log_level=log_level,
            access_log=False,
            proxy_headers=False,
            server_header=False,
            lifespan="on",
            timeout_graceful_shutdown=1,
            ws="none",
        )
        self._server = _QuietServer(uv_config)
        self._thread: threading.Thread | None = None

    @property
    def sandbox(self) -> Sandbox:
        sandbox: Sandbox = self.app.state.sandbox
        return sandbox

    @property
    def state(self) -> SandboxState:
        return self.sandbox.state

    @property
    def port(self) -> int:
        port: int = self._socket.getsockname()[1]
        return port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def bmc_base_url(self) -> str:
        return f"{self.base_url}/bmc/api/v1"

    @property
    def coliving_base_url(self) -> str:
        return f"{self.base_url}/coliving/v1"

    def start(self) -> SandboxServer:
        """Start serving; returns once the server accepts connections."""
        if self._thread is not None:
            return self
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="sandbox-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("sandbox server failed to start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._thread is None:
            self._socket.close()
            return
        self._server.should_exit = True
        self._thread.join(timeout=5)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout=5)
        self._thread = None
        self._socket.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
