"""Schemathesis' pytest integration against the mock's ASGI app, in process (no ports), every check.

One parametrized test and one state machine per API. Credentials come from each API's api.yaml; a
signed scheme (SIRCLO's HMAC `Secret`) gets the fuzz placeholder that `BodySigner` replaces with the
HMAC of the exact bytes sent, so schemathesis' own no-auth and wrong-auth probes still go out unsigned.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
import schemathesis.pytest._test_builder as test_builder
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS
from schemathesis.python.asgi import get_client
from schemathesis.specs.openapi import checks as _openapi_checks  # noqa: F401 - registers the OpenAPI checks

from partner_contracts.fuzz.hooks import signers
from partner_contracts.fuzz.run import refusal_configs
from partner_contracts.mock.app import create_app
from partner_contracts.spec.api import discover
from partner_contracts.spec.auth import request_credentials

from .apis import key_params, per_api

pytestmark = pytest.mark.slow  # the whole module (conftest skips importing it for `-m "not slow"`)

APP = create_app()
APIS = {api.key: api for api in discover()}  # bundled once: collection runs in every xdist worker
ALL_CHECKS = [check for check in CHECKS.get_all() if check.__name__ != "max_response_time"]
SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
# One in-process client for every call (schemathesis would build one per call). It does not read proxy or
# netrc settings from the environment (requests' trust_env), which for an ASGI app in this process only
# cost time: about a fifth of each call.
CLIENT = get_client(APP)  # type: ignore[arg-type]  # schemathesis types ASGI scopes as dict, Starlette as MutableMapping
CLIENT.trust_env = False


_build_operation_test = test_builder.build_operation_test
OURS: set[Callable[..., Any]] = set()


def build_when_run(**kwargs: Any) -> Callable[..., Any]:
    """Schemathesis builds each operation's test (its coverage cases included, ~8 s for all five APIs) while
    collecting, in every xdist worker; ours are built by the worker that runs them, when it does. Same test
    items, same cases: the build only moves. After the build the wrapper carries the built test's attributes,
    where schemathesis' pytest hook looks for why a test could not run."""
    if kwargs["test_func"] not in OURS:
        return _build_operation_test(**kwargs)
    built: Callable[..., Any] | None = None

    def run() -> None:
        nonlocal built
        if built is None:
            built = _build_operation_test(**kwargs)
            vars(run).update(vars(built))
        built()

    run.__signature__ = inspect.Signature()  # type: ignore[attr-defined]  # as the built test's: no fixtures
    run.__name__ = run.__qualname__ = kwargs["test_func"].__name__
    return run


test_builder.build_operation_test = build_when_run


def auth_for(key: str) -> tuple[dict[str, str], dict[str, str], dict[str, Any]]:
    """(headers, query, transport kwargs) that authenticate against the mock."""
    headers, query = request_credentials(APIS[key])  # a signed scheme gets the placeholder BodySigner replaces
    signer = signers(key, False)
    return headers, query, ({"auth": signer[0]} if signer else {})


def has_links(key: str) -> bool:
    return '"links"' in APIS[key].bundled.to_json()


def accept_business_refusals(schema: Any, key: str) -> None:
    """The statuses an operation documents as its refusal of a schema-valid request (``x-business-refusals``,
    e.g. Ahamove's 406): accepted by positive_data_acceptance for that operation only, from the same
    per-operation configuration the CLI writes (partner_contracts.fuzz.run.refusal_configs)."""
    from schemathesis.config._operations import OperationConfig, OperationsConfig

    configs = [OperationConfig.from_dict(c) for c in refusal_configs(APIS[key].bundled.document)]
    if configs:
        schema.config.operations = OperationsConfig(operations=[*schema.config.operations.operations, *configs])


def make_tests(key: str) -> tuple[Any, Any]:
    schema = schemathesis.openapi.from_asgi(f"/{key}/openapi.json", APP)
    accept_business_refusals(schema, key)
    headers, query, auth = auth_for(key)
    extra = {**auth, "session": CLIENT}

    # Credentials go through schemathesis' auth provider API (as the CLI's config does), so a case that
    # drops or corrupts them on purpose is sent as generated rather than re-authenticated by the test.
    @schema.auth()
    class Credentials:
        def get(self, case: schemathesis.Case[Any], context: Any) -> tuple[dict[str, str], dict[str, str]]:
            return headers, query

        def set(self, case: schemathesis.Case[Any], data: tuple[dict[str, str], dict[str, str]], context: Any) -> None:
            # a new plain mapping, as schemathesis' auth examples do (its annotation says CaseInsensitiveDict)
            case.headers = {**(case.headers or {}), **data[0]}  # type: ignore[assignment,dict-item]
            if data[1]:
                case.query = {**(case.query or {}), **data[1]}

    @schema.parametrize()
    @SETTINGS
    def test_operations(case: schemathesis.Case[Any]) -> None:
        with CLIENT:  # the app's lifespan is running (started once; entering again is free)
            # CHECKS registers classes beside functions; call_and_validate's annotation names only functions
            case.call_and_validate(checks=ALL_CHECKS, **extra)  # type: ignore[arg-type]

    OURS.add(test_operations)

    if not has_links(key):
        return test_operations, None  # a spec without links has no stateful phase
    base = schema.as_state_machine()

    class Machine(base):  # type: ignore[misc,valid-type]
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return dict(extra)

        def validate_response(self, response, case, additional_checks=(), **kwargs):  # type: ignore[no-untyped-def]
            case.validate_response(response, checks=ALL_CHECKS)

    def test_stateful() -> None:
        APP.state.pipeline.reset()
        with CLIENT:
            Machine.run(settings=settings(max_examples=10, stateful_step_count=5, deadline=None,
                                          suppress_health_check=list(HealthCheck), database=None))

    return test_operations, test_stateful


for _api in APIS.values():
    _name = _api.key.replace("-", "_")
    _operations, _stateful = make_tests(_api.key)
    globals()[f"test_{_name}_operations"] = per_api(_api.key)(_operations)
    if _stateful is not None:
        globals()[f"test_{_name}_stateful"] = per_api(_api.key, "links")(_stateful)


def test_all_checks_are_on() -> None:
    names = {check.__name__ for check in ALL_CHECKS}
    assert {"ignored_auth", "negative_data_rejection", "use_after_free", "ensure_resource_availability",
            "positive_data_acceptance", "unsupported_method", "response_schema_conformance",
            "missing_required_header", "status_code_conformance", "not_a_server_error"} <= names


@pytest.mark.parametrize("key", key_params())
def test_every_api_is_fuzzed_here(key: str) -> None:
    assert f"test_{key.replace('-', '_')}_operations" in globals()
