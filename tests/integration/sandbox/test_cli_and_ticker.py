"""The ``colivingdesk sandbox`` command and the demo ticker."""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time

import httpx

from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.sandbox.cli import add_arguments, config_from


def test_arguments_map_to_config() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(
        [
            "--port",
            "0",
            "--seed",
            "scale",
            "--bookings",
            "10",
            "--faults",
            "error:count=1",
            "--no-limits",
            "--demo-ticker",
            "2.5",
            "--webhook-url",
            "http://127.0.0.1:9/hook",
            "--bmc-key",
            "k1",
        ]
    )
    config = config_from(args)
    assert config.seed == "scale" and config.bookings == 10 and config.faults == "error:count=1"
    assert config.limits_enabled is False and config.demo_ticker_seconds == 2.5
    assert config.webhook_url == "http://127.0.0.1:9/hook" and config.bmc_key == "k1"
    defaults = config_from(parser.parse_args([]))
    assert defaults.coliving_key == "your_api_key_here" and defaults.demo_ticker_seconds is None


def test_module_runs_until_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "colivingdesk.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Ctrl+C"):
                break
        output = "".join(lines)
        bmc_url = re.search(r"(http://127\.0\.0\.1:\d+/bmc/api/v1)", output)
        assert (
            bmc_url
            and "/coliving/v1" in output
            and "bmc_demo_key" in output
            and "your_api_key_here" in output
        )
        response = httpx.get(f"{bmc_url.group(1)}/cities", headers={"x-api-key": "bmc_demo_key"})
        assert response.status_code == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_demo_ticker_makes_things_happen() -> None:
    with SandboxServer(SandboxConfig(demo_ticker_seconds=0.02)) as running:
        state = running.state

        def activity() -> int:
            messages = sum(len(t.messages) for t in state.threads.values())
            return len(state.leads) + messages + state.booking_generation

        start = activity()
        for _ in range(500):
            if activity() >= start + 3:
                break
            time.sleep(0.02)
        assert activity() >= start + 3


def test_admin_tick_is_deterministic_per_seed() -> None:
    outcomes = []
    for _ in range(2):
        with SandboxServer(SandboxConfig()) as running:
            outcomes.append([httpx.post(f"{running.base_url}/_admin/tick").json()["did"] for _ in range(8)])
    assert outcomes[0] == outcomes[1]
    assert set(outcomes[0]) <= {"message", "lead", "booking.created", "booking.changed"}
