"""A fuzz run proves it reached the API (partner_contracts/fuzz/reach.py): answers classed per operation, and a
run refused at the door fails, naming the credential variable — schemathesis alone reports it green.

The unit tests use a small API written here (its document and api.yaml settings), so each expectation is
stated in this file: which class an answer is, which variable a message names, which counts fail a run.
The slow tests at the end fuzz the mock for real, with a wrong and a right credential.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from partner_contracts.fuzz.reach import (
    Classifier,
    Tally,
    business_refusals,
    classify,
    credential_variables,
    summary_lines,
    verdict,
)
from partner_contracts.spec.api import Api, select
from partner_contracts.spec.config import FuzzConfig, MockConfig, Setting

(PALM,) = select(["palm-locker"])
(ANYMASTER,) = select(["anymaster"])


@pytest.mark.parametrize(("status", "documented", "refusals", "secured", "expected"), [
    (200, {"200", "401"}, frozenset(), True, "success"),
    (299, {"2XX"}, frozenset(), True, "success"),
    (204, {"default"}, frozenset(), True, "success"),
    (201, {"200", "401"}, frozenset(), True, "undocumented"),   # a success the spec does not list
    (199, {"199"}, frozenset(), True, "undocumented"),
    (300, {"300"}, frozenset(), True, "undocumented"),           # a redirect is no success
    (399, {"399"}, frozenset(), True, "undocumented"),
    (302, {"200", "3XX"}, frozenset(), True, "undocumented"),
    (401, {"200", "401"}, frozenset(), True, "auth"),
    (401, {"200", "401"}, frozenset(), False, "documented-4xx"),  # a login refusing a wrong password
    (401, {"200"}, frozenset(), False, "undocumented"),
    (403, {"200"}, frozenset(), True, "auth"),
    (403, {"200", "403"}, frozenset({403}), True, "business"),
    (406, {"200", "406"}, frozenset({406}), True, "business"),
    (406, {"200"}, frozenset({406}), False, "business"),
    (400, {"200", "400"}, frozenset(), True, "documented-4xx"),
    (402, {"200", "402"}, frozenset(), True, "documented-4xx"),
    (404, {"200", "404"}, frozenset(), True, "documented-4xx"),
    (499, {"200", "499"}, frozenset(), True, "documented-4xx"),
    (418, {"200", "4XX"}, frozenset(), True, "documented-4xx"),
    (418, {"200", "default"}, frozenset(), True, "documented-4xx"),
    (405, {"200", "404"}, frozenset(), True, "undocumented"),
    (400, {"200"}, frozenset(), True, "undocumented"),
    (499, {"200"}, frozenset(), True, "undocumented"),
    (500, {"200", "500"}, frozenset(), True, "5xx"),
    (503, {"200"}, frozenset(), True, "5xx"),
])
def test_each_answer_has_one_class(status: int, documented: set[str], refusals: frozenset[int], secured: bool,
                                   expected: str) -> None:
    assert classify(status, documented, refusals, secured) == expected


# A small API: two secured operations, a login that needs no credential, a business refusal, a webhook.
DOC: dict[str, Any] = {
    "security": [{"key": []}],
    "paths": {
        "/orders": {
            "get": {"operationId": "listOrders", "responses": {"200": {}, "401": {}}},
            "post": {"operationId": "createOrder", "responses": {"201": {}, "406": {}},
                     "x-business-refusals": {"406": "order time too far ahead", 409: "duplicate", "4XX": "?"}},
        },
        "/login": {"post": {"operationId": "login", "security": [], "responses": {"200": {}, "401": {}}}},
        "/open": {"get": {"operationId": "openStack", "security": [{"key": []}], "responses": {"200": {}}}},
        "/odd": {
            "get": {"responses": {"200": {}}, "x-business-refusals": {"406": "no operationId"}},
            "put": {"operationId": "listRefusals", "responses": {"200": {}}, "x-business-refusals": ["406"]},
            "delete": {"operationId": "emptyRefusals", "x-business-refusals": {}},
        },
    },
    "webhooks": {"orderEvent": {"post": {"operationId": "orderEvent", "responses": {"200": {}},
                                         "x-business-refusals": {"410": "gone"}}}},
}


def small_api(allow: dict[str, str] | None = None, sandbox: dict[str, str] | None = None,
              mock: dict[str, str] | None = None) -> Api:
    fuzz = FuzzConfig(sandbox_credentials={"key": "SHOP_KEY"} if sandbox is None else sandbox,
                      allow_no_success=allow or {})
    mock_config = MockConfig(credentials={name: Setting("v", env) for name, env in
                                          ({"key": "SHOP_MOCK_KEY"} if mock is None else mock).items()})
    return cast(Api, SimpleNamespace(key="shop", bundled=SimpleNamespace(document=DOC),
                                     config=SimpleNamespace(fuzz=fuzz, mock=mock_config)))


SHOP = small_api()
SHOP_OPERATIONS = ["createOrder", "emptyRefusals", "listOrders", "listRefusals", "login", "openStack"]


def test_business_refusals_are_those_of_path_operations_by_id() -> None:
    assert business_refusals(DOC) == {"createOrder": {"406": "order time too far ahead", "409": "duplicate",
                                                      "4XX": "?"}}


def test_the_classifier_reads_each_operation_of_the_document() -> None:
    classifier = Classifier(SHOP)
    assert sorted(classifier.operations) == SHOP_OPERATIONS  # path operations with an id, not the webhook
    assert classifier.classify("listOrders", 200) == "success"
    assert classifier.classify("listOrders", 401) == "auth"
    assert classifier.classify("listOrders", 201) == "undocumented"
    assert classifier.classify("createOrder", 201) == "success"
    assert classifier.classify("createOrder", 406) == "business"
    assert classifier.classify("createOrder", 409) == "business"
    assert classifier.classify("createOrder", 401) == "auth"  # secured by the document's default
    assert classifier.classify("login", 401) == "documented-4xx"  # `security: []`: needs no credential
    assert classifier.classify("openStack", 403) == "auth"
    assert classifier.classify("emptyRefusals", 200) == "undocumented"  # it documents no response
    assert classifier.classify("somethingElse", 401) == "auth"  # not in the document: assumed secured
    assert classifier.classify("somethingElse", 200) == "undocumented"
    assert classifier.classify("orderEvent", 410) == "undocumented"  # a webhook is not fuzzed


def test_an_operation_is_secured_unless_told_otherwise() -> None:
    assert classify(401, {"200"}, frozenset()) == "auth"


def test_the_login_of_anymaster_is_not_a_secured_operation() -> None:
    classifier = Classifier(ANYMASTER)
    assert classifier.classify("authorize", 401) == "documented-4xx"
    assert classifier.classify("createPartnerOrder", 401) == "auth"


def test_a_tally_counts_per_operation_and_class_and_the_positive_cases_refused() -> None:
    tally = Tally()
    tally.add("a", "success", positive=True)
    tally.add("a", "success", positive=False)
    tally.add("a", "auth", positive=True)
    tally.add("a", "auth", positive=False)
    tally.add("b", "5xx", positive=True)
    assert tally == Tally({"a": {"success": 2, "auth": 2}, "b": {"5xx": 1}}, positive=3, positive_auth_refused=1)
    other = Tally({"a": {"auth": 3, "business": 1}, "c": {"success": 1}}, positive=7, positive_auth_refused=2)
    assert tally.merge(other) is tally
    assert tally == Tally({"a": {"success": 2, "auth": 5, "business": 1}, "b": {"5xx": 1}, "c": {"success": 1}},
                          positive=10, positive_auth_refused=3)
    assert other == Tally({"a": {"auth": 3, "business": 1}, "c": {"success": 1}}, 7, 2)  # left as it was


def test_a_tally_survives_its_file(tmp_path: Path) -> None:
    tally = Tally()
    tally.add("getOrder", "success", positive=True)
    tally.add("getOrder", "auth", positive=False)
    assert tally.to_json() == \
        '{"counts": {"getOrder": {"auth": 1, "success": 1}}, "positive": 1, "positive_auth_refused": 0}'
    (tmp_path / "reach.json").write_text(tally.to_json(), encoding="utf-8")
    assert Tally.read(tmp_path / "reach.json") == tally
    assert Tally.read(tmp_path / "missing.json") == Tally()
    (tmp_path / "torn.json").write_text('{"counts": {"a"', encoding="utf-8")  # cut short by a killed process
    assert Tally.read(tmp_path / "torn.json") == Tally()
    (tmp_path / "counts.json").write_text('{"counts": {"a": {"success": 2}}}', encoding="utf-8")
    assert Tally.read(tmp_path / "counts.json") == Tally({"a": {"success": 2}}, 0, 0)


def reached(operations: list[str], times: int = 1) -> Tally:
    tally = Tally()
    for operation in operations:
        for _ in range(times):
            tally.add(operation, "success", positive=True)
    return tally


def test_a_run_that_got_a_success_everywhere_passes() -> None:
    assert verdict(SHOP, reached(SHOP_OPERATIONS), target_is_sandbox=True) == []
    assert verdict(SHOP, reached(["login"]), target_is_sandbox=True, operations=["login"]) == []


def test_where_the_run_went_is_named_not_given_by_position() -> None:
    with pytest.raises(TypeError):
        verdict(SHOP, Tally(), True)  # type: ignore[call-arg]


def test_a_run_that_recorded_nothing_fails() -> None:
    (problem,) = verdict(SHOP, Tally(), target_is_sandbox=True)
    assert problem.startswith("no answer of shop was recorded") and "PARTNER_CONTRACTS_FUZZ_TALLY" in problem


def test_more_than_five_percent_of_valid_requests_refused_at_authentication_fails() -> None:
    tally = reached(SHOP_OPERATIONS, times=15).merge(
        Tally({"listOrders": {"success": 5}, "x": {"auth": 5}}, positive=10, positive_auth_refused=5))
    assert (tally.positive, tally.positive_auth_refused) == (100, 5)
    assert verdict(SHOP, tally, target_is_sandbox=True, operations=SHOP_OPERATIONS) == []  # 5 of 100: a few
    tally.add("x", "auth", positive=True)  # 6 of 101
    (problem,) = verdict(SHOP, tally, target_is_sandbox=True, operations=SHOP_OPERATIONS)
    assert problem == ("6 of 101 valid requests were refused at authentication (401/403): the run did not reach "
                       "shop. Check SHOP_KEY.")
    (problem,) = verdict(SHOP, tally, target_is_sandbox=False, operations=SHOP_OPERATIONS)
    assert problem.endswith("Check SHOP_MOCK_KEY.")
    # negative cases (schemathesis' probes without the credential) do not count
    probes = reached(SHOP_OPERATIONS).merge(Tally({"x": {"auth": 50}}))
    assert verdict(SHOP, probes, target_is_sandbox=True, operations=SHOP_OPERATIONS) == []


def test_every_valid_request_refused_fails_with_the_variables_to_check() -> None:
    tally = Tally()
    for operation in SHOP_OPERATIONS:
        tally.add(operation, "auth", positive=True)
    problems = verdict(small_api(sandbox={"key": "SHOP_KEY", "sig": "SHOP_SECRET"}), tally, target_is_sandbox=True)
    assert problems[0].endswith("Check SHOP_KEY / SHOP_SECRET.")
    assert problems[1] == ("createOrder: never got a documented success or business refusal (auth 1); check "
                           "SHOP_KEY / SHOP_SECRET; --allow-no-success createOrder if the target cannot satisfy it")
    assert len(problems) == 1 + len(SHOP_OPERATIONS)
    unnamed = verdict(small_api(sandbox={}, mock={"key": ""}), tally, target_is_sandbox=False)
    assert unnamed[0].endswith("Check the API's credential variables.")


def test_an_operation_without_a_success_fails_unless_allowed() -> None:
    tally = reached([op for op in SHOP_OPERATIONS if op not in ("createOrder", "openStack")])
    tally.add("openStack", "documented-4xx", positive=True)
    tally.add("openStack", "5xx", positive=False)
    problems = verdict(SHOP, tally, target_is_sandbox=False)
    assert problems == [
        ("createOrder: never got a documented success or business refusal (no answer at all); "
         "--allow-no-success createOrder if the target cannot satisfy it"),
        ("openStack: never got a documented success or business refusal (5xx 1, documented-4xx 1); "
         "--allow-no-success openStack if the target cannot satisfy it")]
    # allowed on the command line, in api.yaml, or both; the others still count
    assert verdict(SHOP, tally, target_is_sandbox=False, allow_no_success=["createOrder"]) == problems[1:]
    assert verdict(small_api(allow={"createOrder": "why"}), tally, target_is_sandbox=False,
                   allow_no_success=["openStack"]) == []
    assert verdict(small_api(allow={"createOrder": "why", "openStack": "why"}), tally,
                   target_is_sandbox=False) == []
    assert verdict(small_api(allow={"createOrder": "why"}), tally, target_is_sandbox=False,
                   allow_no_success=["createOrder", "openStack"]) == []  # allowed in both places
    # only the operations this run fuzzed
    assert verdict(SHOP, tally, target_is_sandbox=False, operations=["listOrders", "openStack"]) == problems[1:]
    assert verdict(SHOP, tally, target_is_sandbox=False, operations=[]) == []
    tally.add("openStack", "business", positive=True)  # a declared business refusal is an answer of the API
    tally.add("createOrder", "business", positive=True)
    assert verdict(SHOP, tally, target_is_sandbox=False) == []


def test_the_real_apis_name_their_own_variables() -> None:
    assert credential_variables(PALM, target_is_sandbox=True) == ["PALM_API_KEY"]
    assert credential_variables(PALM, target_is_sandbox=False) == ["PALM_MOCK_API_KEY"]
    tally = reached(sorted(Classifier(PALM).operations))
    for _ in range(10):
        tally.add("listLockers", "auth", positive=True)
    assert "Check PALM_API_KEY." in verdict(PALM, tally, target_is_sandbox=True)[0]


def test_the_summary_has_one_line_per_operation_with_its_classes_in_order() -> None:
    tally = Tally({"zeta": {"undocumented": 1, "success": 3}, "alpha": {"auth": 2, "5xx": 1, "business": 0}})
    assert summary_lines(tally, allowed=["zeta"]) == [
        f"{'alpha':32} auth 2  5xx 1",
        f"{'zeta':32} success 3  undocumented 1  (allowed without success)"]
    assert summary_lines(Tally()) == []


def _fuzz_sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, api_key: str, base_env: str,
                  mock_env: dict[str, str], sandbox_env: dict[str, str]) -> list[str]:
    """Fuzz ``api_key`` as a sandbox: a mock in this process (its credentials from ``mock_env``), the run's
    credentials from ``sandbox_env``. Returns why the run did not reach it (empty: it did)."""
    from partner_contracts.fuzz.run import fuzz
    from partner_contracts.mock.app import create_app
    from partner_contracts.mock.server import running

    for name, value in mock_env.items():
        monkeypatch.setenv(name, value)
    with running(create_app([api_key])) as url:
        monkeypatch.setenv(base_env, f"{url}/{api_key}")
        for name, value in sandbox_env.items():
            monkeypatch.setenv(name, value)
        (result,) = fuzz(select([api_key]), max_examples=2, phases="examples", echo=False,
                         build=tmp_path, timeout=240)
    assert not result.hung, result.hung
    return result.unreached


@pytest.mark.slow
def test_fuzzing_a_sandbox_with_the_wrong_key_fails_and_names_the_variable(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    unreached = _fuzz_sandbox(monkeypatch, tmp_path, "palm-locker", "PALM_BASE_URL",
                              {"PALM_MOCK_API_KEY": "server-key-1"}, {"PALM_API_KEY": "wrong-key"})
    assert unreached and any("PALM_API_KEY" in line for line in unreached), unreached


@pytest.mark.slow
def test_fuzzing_a_sandbox_with_the_right_key_passes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    unreached = _fuzz_sandbox(monkeypatch, tmp_path, "palm-locker", "PALM_BASE_URL",
                              {"PALM_MOCK_API_KEY": "server-key-1"}, {"PALM_API_KEY": "server-key-1"})
    auth_problems = [line for line in unreached if "refused at authentication" in line]
    assert not auth_problems, unreached


@pytest.mark.slow
def test_a_signature_the_api_refuses_fails_the_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """SIRCLO's body HMAC signed with another secret than the API's (as a signing hook that signs wrongly or
    not at all): every signed request is refused, and the run says which variables to check."""
    unreached = _fuzz_sandbox(monkeypatch, tmp_path, "sirclo-order", "SIRCLO_BASE_URL",
                              {"SIRCLO_MOCK_SECRET": "the-api-secret"},
                              {"SIRCLO_PARTNER_ID": "test-partner", "SIRCLO_SECRET": "another-secret"})
    assert any("refused at authentication" in line and "SIRCLO_SECRET" in line for line in unreached), unreached


@pytest.mark.slow
def test_fuzzing_sirclo_with_the_right_secret_reaches_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The signing hook (fuzz/hooks.py ``before_call``) signs every body with the sandbox's secret: no valid
    request is refused. A hook that does not attach the signer sends the placeholder, and this fails."""
    unreached = _fuzz_sandbox(monkeypatch, tmp_path, "sirclo-order", "SIRCLO_BASE_URL",
                              {"SIRCLO_MOCK_SECRET": "the-api-secret"},
                              {"SIRCLO_PARTNER_ID": "test-partner", "SIRCLO_SECRET": "the-api-secret"})
    assert not [line for line in unreached if "refused at authentication" in line], unreached
