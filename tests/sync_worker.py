"""A ``colivingdesk sync --watch`` process for the team tests, its stderr and stdout collected line by line as
they come (the worker's own words are what these tests check: standing by, taking over, its webhook address)."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from typing import IO


class Worker:
    """``sync --watch --interval 3600`` with ``extra`` options, in the environment ``env`` (keys, database)."""

    def __init__(self, env: dict[str, str], *extra: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "colivingdesk.cli", "sync", "--watch", "--interval", "3600", *extra],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.lines: list[str] = []  # stderr
        self.out: list[str] = []  # stdout
        self._readers = [
            threading.Thread(target=self._read, args=(self.proc.stderr, self.lines), daemon=True),
            threading.Thread(target=self._read, args=(self.proc.stdout, self.out), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream: IO[str] | None, into: list[str]) -> None:
        assert stream is not None
        for line in stream:
            into.append(line.rstrip("\n"))

    def said(self, text: str) -> bool:
        return any(text in line for line in self.lines)

    def synced(self, channel: str) -> bool:
        """Whether a ``--json`` report says ``channel`` is up to date."""
        return any(f'"account": "{channel}"' in line and "up_to_date" in line for line in self.out)

    def webhook_url(self) -> str | None:
        """Where ``--webhook-port`` receives webhooks, once the worker has said so."""
        line = next((line for line in self.lines if "receiving webhooks on " in line), None)
        return None if line is None else line.split(" on ", 1)[1]

    def kill(self) -> None:
        """SIGKILL: no goodbye, as a crashed machine gives none."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self._join()

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it has not ended within 15 s."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._join()

    def _join(self) -> None:
        for reader in self._readers:
            reader.join(5)
