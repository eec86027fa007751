"""Schemathesis' pytest integration against the mock's ASGI app, in process (no ports), every check.

One parametrized test and one state machine per API: the examples phase (every example of the spec) and 2
generated cases per operation; 5 runs of up to 5 steps of each state machine. The coverage phase
(schemathesis' deterministic boundary cases: about 10,000 for Pancake's 72 operations, two thirds of this
module's time), 100 or more generated cases per operation (api.yaml ``fuzz.max_examples``) and the CLI's
stateful phase run in `make check`'s fuzz of the same mock, every check on: each check of the mock runs
once per CI run, not twice. Credentials come from each API's api.yaml; a signed scheme (SIRCLO's HMAC
`Secret`) gets the fuzz placeholder that `BodySigner` replaces with the HMAC of the exact bytes sent, so
schemathesis' own no-auth and wrong-auth probes still go out unsigned.

The reach rule of `partner-contracts fuzz` (partner_contracts/fuzz/reach.py) holds here too: every answer is
classed (the CLI hook's ``count_answer``) and ``verdict`` fails a test in which more than a few percent of the
valid requests were refused at authentication, or that recorded no answer — schemathesis' own checks accept a
documented 401, so without it a wrong credential or a signer that signs nothing would pass. The other half of
the rule (each operation got a documented success) is judged by the CLI run (`make check`) only: it has the
stateful phase and api.yaml's test-data dictionaries, without which 21 operations that act on an existing
record (getOrder, updateProduct …) answer only their documented 404 to the per-operation tests here.
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

from partner_contracts.fuzz.hooks import count_answer, signers
from partner_contracts.fuzz.reach import Classifier, Tally, verdict
from partner_contracts.fuzz.run import refusal_configs
from partner_contracts.mock.app import create_app
from partner_contracts.spec.api import discover
from partner_contracts.spec.auth import request_credentials

from .apis import key_params, per_api

pytestmark = pytest.mark.slow  # the whole module (conftest skips importing it for `-m "not slow"`)

APP = create_app()
APIS = {api.key: api for api in discover()}  # bundled once: collection runs in every xdist worker
ALL_CHECKS = [check for check in CHECKS.get_all() if check.__name__ != "max_response_time"]
SETTINGS = settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck), database=None)
# One in-process client for every call (schemathesis would build one per call). It does not read proxy or
# netrc settings from the environment (requests' trust_env), which for an ASGI app in this process only
# cost time: about a fifth of each call.
CLIENT = get_client(APP)  # type: ignore[arg-type]  # schemathesis types ASGI scopes as dict, Starlette as MutableMapping
CLIENT.trust_env = False


_build_operation_test = test_builder.build_operation_test
OURS: dict[Callable[..., Any], str] = {}  # our operation tests -> their API's key
CLASSIFIERS = {key: Classifier(api) for key, api in APIS.items()}
TALLIES: dict[str, Tally] = {}  # the answers of the test running now, per API (counted by an after_call hook)


def reached(key: str, run: Callable[[], None]) -> None:
    """Run one fuzz test of ``key``, then fail it when it did not reach the API: fuzz/reach.py's verdict on
    what it sent (the share of valid requests refused at authentication; no answer at all)."""
    TALLIES[key] = Tally()
    try:
        run()
        tally = TALLIES[key]
    finally:
        del TALLIES[key]
    problems = verdict(APIS[key], tally, target_is_sandbox=False, operations=[])
    if problems:
        pytest.fail("the fuzz did not reach the API:\n" + "\n".join(problems), pytrace=False)


def build_when_run(**kwargs: Any) -> Callable[..., Any]:
    """Schemathesis builds each operation's test (its coverage cases included, ~8 s for all five APIs) while
    collecting, in every xdist worker; ours are built by the worker that runs them, when it does. Same test
    items, same cases: the build only moves. After the build the wrapper carries the built test's attributes,
    where schemathesis' pytest hook looks for why a test could not run."""
    if kwargs["test_func"] not in OURS:
        return _build_operation_test(**kwargs)
    key = OURS[kwargs["test_func"]]
    built: Callable[..., Any] | None = None

    def run() -> None:
        nonlocal built
        if built is None:
            built = _build_operation_test(**kwargs)
            vars(run).update(vars(built))
        reached(key, built)

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


def make_tests(key: str, credentials: tuple[dict[str, str], dict[str, str]] | None = None) -> tuple[Any, Any, Any]:
    """(schema, operations test, stateful test or None) of one API; ``credentials``: (headers, query) to send
    instead of api.yaml's."""
    schema = schemathesis.openapi.from_asgi(f"/{key}/openapi.json", APP)
    accept_business_refusals(schema, key)
    for phases in (schema.config.phases, *(op.phases for op in schema.config.operations.operations)):
        phases.coverage.enabled = False  # the coverage phase runs in `make check` (module docstring)
    headers, query, auth = auth_for(key)
    if credentials is not None:
        headers, query = credentials
    extra = {**auth, "session": CLIENT}

    @schema.hook
    def after_call(context: Any, case: schemathesis.Case[Any], response: Any) -> None:
        if key in TALLIES:
            count_answer(TALLIES[key], CLASSIFIERS[key], case, int(response.status_code))

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

    OURS[test_operations] = key

    if not has_links(key):
        return schema, test_operations, None  # a spec without links has no stateful phase
    base = schema.as_state_machine()

    class Machine(base):  # type: ignore[misc,valid-type]
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return dict(extra)

        def validate_response(self, response, case, additional_checks=(), **kwargs):  # type: ignore[no-untyped-def]
            case.validate_response(response, checks=ALL_CHECKS)

    def test_stateful() -> None:
        APP.state.pipeline.reset()
        with CLIENT:
            reached(key, lambda: Machine.run(settings=settings(
                max_examples=5, stateful_step_count=5, deadline=None, suppress_health_check=list(HealthCheck),
                database=None)))

    return schema, test_operations, test_stateful


for _api in APIS.values():
    _name = _api.key.replace("-", "_")
    _schema, _operations, _stateful = make_tests(_api.key)
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


def test_an_operation_refused_at_authentication_fails_in_process() -> None:
    """The reach rule applied here: palm-locker fuzzed with a key the mock does not accept. Schemathesis' own
    checks accept the documented 401s, so only the reach verdict can fail the test — and it names the
    variable of the credential the mock expects. The same operation with api.yaml's key passes."""

    def run_list_lockers(credentials: tuple[dict[str, str], dict[str, str]] | None) -> None:
        from schemathesis.generation.feedback import FeedbackSources

        schema, test, _ = make_tests("palm-locker", credentials)
        (operation,) = [op.ok() for op in schema.get_all_operations()
                        if op.ok().definition.raw.get("operationId") == "listLockers"]
        build_when_run(config=schema.config, operation=operation, test_func=test, given_kwargs={},
                       feedback=FeedbackSources())()

    with pytest.raises(pytest.fail.Exception) as failed:
        run_list_lockers(({"x-api-key": "wrong-key"}, {}))
    message = str(failed.value)
    assert "valid requests were refused at authentication (401/403): the run did not reach palm-locker. " \
        "Check PALM_MOCK_API_KEY." in message
    run_list_lockers(None)
