"""After a storm of faults stops, sync converges to exactly the server's data."""

from __future__ import annotations

from sync_helpers import NoWaitClock, assert_store_matches, converge, server_truth

from colivingdesk.sandbox import SandboxConfig, SandboxServer

STORM = (
    "seed=7; error:rate=0.15,status=500; error:rate=0.05,status=503; timeout:rate=0.04,seconds=2; "
    "drop:rate=0.08; malformed:rate=0.08; ratelimit:rate=0.03,seconds=1"
)


async def test_sync_converges_after_faults(make_service, server: SandboxServer, sandbox_config: SandboxConfig):
    service, store = make_service(http_timeout=0.3, clock=NoWaitClock())
    server.sandbox.injector.configure(STORM)
    errors = 0
    for _ in range(3):
        report = await service.sync_once()
        errors += len(report.errors)
        server.sandbox.admin.add_booking()  # the world keeps changing during the storm
        server.sandbox.admin.add_lead()
    assert errors > 0
    server.sandbox.injector.configure("")
    await converge(service)
    assert_store_matches(store, server_truth(server, sandbox_config))
