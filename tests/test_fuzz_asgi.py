"""Schemathesis' pytest integration against the mock's ASGI app, in process (no ports): every check."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS
from schemathesis.specs.openapi import checks as _openapi_checks  # noqa: F401 - registers the OpenAPI checks

from partner_contracts.fuzz import credentials
from partner_contracts.mock.app import create_app
from partner_contracts.specs import select

FUZZED = ["palm-locker"]
APP = create_app(FUZZED)
ALL_CHECKS = [check for check in CHECKS.get_all() if check.__name__ != "max_response_time"]


def auth_headers(key: str) -> dict[str, str]:
    (api,) = select([key])
    schemes = api.bundled.document["components"]["securitySchemes"]
    return {schemes[name]["name"]: value for name, value in credentials(api, False).items()
            if schemes[name].get("in") == "header"}


palm = schemathesis.openapi.from_asgi("/palm-locker/openapi.json", APP)
PALM_HEADERS = auth_headers("palm-locker")


@palm.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_palm_locker_operations(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=PALM_HEADERS, checks=ALL_CHECKS)


PalmStateMachine = palm.as_state_machine()


def test_palm_locker_stateful() -> None:
    APP.state.mock.reset()

    class Machine(PalmStateMachine):  # type: ignore[misc,valid-type]
        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, object]:
            return {"headers": PALM_HEADERS}

        def validate_response(self, response, case, additional_checks=(), **kwargs):  # type: ignore[no-untyped-def]
            case.validate_response(response, checks=ALL_CHECKS, headers=PALM_HEADERS)

    Machine.run(settings=settings(max_examples=25, stateful_step_count=6, deadline=None,
                                  suppress_health_check=list(HealthCheck)))


def test_all_checks_are_on() -> None:
    names = {check.__name__ for check in ALL_CHECKS}
    assert {"ignored_auth", "negative_data_rejection", "use_after_free", "ensure_resource_availability",
            "positive_data_acceptance", "unsupported_method", "response_schema_conformance"} <= names
    assert pytest  # the module is collected by pytest
