"""Shared fixtures: the mock app (in process, no ports) and small broken specs for negative tests."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")

from starlette.testclient import TestClient  # noqa: E402

from partner_contracts.mock.app import create_app  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"

# Modules whose every test is marked slow and whose mere collection is costly (schemathesis builds its
# coverage cases while collecting): not imported at all when slow tests are deselected (`make test-fast`).
SLOW_MODULES = {"test_fuzz_asgi.py"}


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.name in SLOW_MODULES and config.getoption("markexpr", "").replace(" ", "") == "notslow":
        return True
    return None


@pytest.fixture(scope="session")
def mock_app():  # type: ignore[no-untyped-def]
    return create_app()


@pytest.fixture()
def mock(mock_app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    """A client for the whole mock, with state reset before each test."""
    mock_app.state.mock.reset()
    with TestClient(mock_app, raise_server_exceptions=True) as client:
        yield client
