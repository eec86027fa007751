"""Shared fixtures: the mock app (in process, no ports) and small broken specs for negative tests."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")

from starlette.testclient import TestClient

from partner_contracts.mock.app import create_app

FIXTURES = Path(__file__).parent / "fixtures"

# Modules whose every test is marked slow and whose mere collection is costly (schemathesis builds its
# coverage cases while collecting): not imported at all when slow tests are deselected (`make test-fast`).
SLOW_MODULES = {"test_fuzz_asgi.py"}


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.name in SLOW_MODULES and config.getoption("markexpr", "").replace(" ", "") == "notslow":
        return True
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The slow tests first, on every worker. pytest-xdist's worksteal hands worker k the k-th contiguous
    share of this list (``len // workers`` each, in turn), and an idle worker later steals the tail of the
    longest queue. So each share starts with its turn of the slow tests, dealt one by one across the shares,
    and the fast ones fill the rest: every worker starts on long tests, and the fast ones fill the gaps at the
    end. (All slow tests first in one list put them in the first worker's share, one after another: the
    rendered-docs test started 100 s into a 112 s run.) The order is the same in every worker, as xdist requires."""
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    fast = [item for item in items if item.get_closest_marker("slow") is None]
    workers = max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT") or 1))
    ordered: list[pytest.Item] = []
    left = len(items)
    for k in range(workers):
        share = left // (workers - k)  # as worksteal's first scheduling splits what is pending
        left -= share
        mine = slow[k::workers]
        take = max(0, share - len(mine))
        ordered += mine + fast[:take]
        del fast[:take]
    items[:] = ordered + fast


@pytest.fixture(scope="session")
def mock_app(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The whole mock, its state in this process; or in the session's Redis when PARTNER_TEST_STATE=redis
    (the behaviour suite against the Redis store: `PARTNER_TEST_STATE=redis make test ARGS=tests/mock`)."""
    if os.environ.get("PARTNER_TEST_STATE") == "redis":
        return create_app(state=request.getfixturevalue("redis_url"))
    return create_app()


@pytest.fixture()
def mock(mock_app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    """A client for the whole mock, with state reset before each test."""
    with TestClient(mock_app, raise_server_exceptions=True) as client:
        client.post("/_mock/reset")  # through the app: a shared store resets for every process
        yield client


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free loopback port for the session (no persistence to disk), as its URL.
    `make test` and `.ci/run` install redis-server when it is missing (apt); without it these tests skip."""
    import shutil
    import subprocess
    import time

    from partner_contracts.mock.server import free_port

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install -y redis-server; `make test` does it)")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                                "no", "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port, socket_connect_timeout=1)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.exceptions.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.05)
    client.close()
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture()
def empty_redis(redis_url: str) -> str:
    """The session's Redis, emptied (FLUSHDB) for one test."""
    import redis

    with redis.Redis.from_url(redis_url) as client:
        client.flushdb()
    return redis_url


# --- the per-API items of the suite (tests/test_per_api.py) -----------------------------------------------

PER_API_REPORT = "PARTNER_PER_API_REPORT"


def _item_apis(item: pytest.Item, keys: set[str]) -> set[str]:
    """The APIs an item is about: its per_api mark, or a parameter that is an API, its key, or has its key."""
    found = {str(mark.args[0]) for mark in item.iter_markers("per_api") if mark.args}
    callspec = getattr(item, "callspec", None)
    for value in (callspec.params.values() if callspec else ()):
        key = getattr(value, "key", value)
        if isinstance(key, str) and key in keys:
            found.add(key)
    return found


def pytest_collection_finish(session: pytest.Session) -> None:
    """With PARTNER_PER_API_REPORT=FILE: for each test function, the APIs its items are about and the capability
    it declares (the per_api mark), as JSON."""
    target = os.environ.get(PER_API_REPORT)
    if not target:
        return
    import json

    from partner_contracts.spec.api import discover

    keys = {api.key for api in discover()}
    groups: dict[str, dict[str, object]] = {}
    for item in session.items:
        function = item.nodeid.split("[", 1)[0]
        for key in _item_apis(item, keys):  # one function per API (test_fuzz_asgi's): one group
            function = function.replace(f"_{key.replace('-', '_')}_", "_{api}_")
        group = groups.setdefault(function, {"apis": [], "capabilities": [], "marked": False})
        for key in sorted(_item_apis(item, keys)):
            group["apis"].append(key)  # type: ignore[attr-defined]
        for mark in item.iter_markers("per_api"):
            group["marked"] = True
            capability = mark.args[1] if len(mark.args) > 1 else mark.kwargs.get("capability")
            if capability and capability not in group["capabilities"]:  # type: ignore[operator]
                group["capabilities"].append(capability)  # type: ignore[attr-defined]
    Path(target).write_text(json.dumps({"apis": sorted(keys), "tests": groups}, indent=1), encoding="utf-8")
