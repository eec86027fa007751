"""A fuzz run proves it reached the API (partner_contracts/fuzz/reach.py): answers classed per operation, and a
run refused at the door fails, naming the credential variable — schemathesis alone reports it green."""

from __future__ import annotations

from pathlib import Path

import pytest

from partner_contracts.fuzz.reach import Classifier, Tally, classify, verdict
from partner_contracts.fuzz.run import fuzz
from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running
from partner_contracts.spec.api import select

(PALM,) = select(["palm-locker"])
(SIRCLO,) = select(["sirclo-order"])
(ANYMASTER,) = select(["anymaster"])


@pytest.mark.parametrize(("status", "documented", "refusals", "secured", "expected"), [
    (200, {"200", "401"}, frozenset(), True, "success"),
    (201, {"200", "401"}, frozenset(), True, "undocumented"),   # a success the spec does not list
    (401, {"200", "401"}, frozenset(), True, "auth"),
    (401, {"200", "401"}, frozenset(), False, "documented-4xx"),  # a login refusing a wrong password
    (403, {"200"}, frozenset(), True, "auth"),
    (406, {"200", "406"}, frozenset({406}), True, "business"),
    (404, {"200", "404"}, frozenset(), True, "documented-4xx"),
    (418, {"200", "4XX"}, frozenset(), True, "documented-4xx"),
    (405, {"200", "404"}, frozenset(), True, "undocumented"),
    (503, {"200"}, frozenset(), True, "5xx"),
])
def test_each_answer_has_one_class(status: int, documented: set[str], refusals: frozenset[int], secured: bool,
                                   expected: str) -> None:
    assert classify(status, documented, refusals, secured) == expected


def test_the_login_of_anymaster_is_not_a_secured_operation() -> None:
    classifier = Classifier(ANYMASTER)
    assert classifier.classify("authorize", 401) == "documented-4xx"
    assert classifier.classify("createPartnerOrder", 401) == "auth"


def _reached_everywhere(api_operations: list[str]) -> Tally:
    tally = Tally()
    for operation in api_operations:
        tally.add(operation, "success", positive=True)
    return tally


def test_a_run_refused_at_authentication_fails_and_names_the_variable() -> None:
    operations = sorted(Classifier(PALM).operations)
    tally = _reached_everywhere(operations)
    for _ in range(10):
        tally.add("listLockers", "auth", positive=True)
    problems = verdict(PALM, tally, target_is_sandbox=True)
    assert len(problems) == 1 and "refused at authentication" in problems[0] and "PALM_API_KEY" in problems[0]
    assert "PALM_MOCK_API_KEY" in verdict(PALM, tally, target_is_sandbox=False)[0]
    # a few refusals (under 5 % of the valid requests) are not a failure
    assert verdict(PALM, _reached_everywhere(operations * 40) .merge(Tally({"x": {"auth": 1}}, 1, 1)),
                   target_is_sandbox=True) == []


def test_an_operation_without_a_success_fails_unless_allowed() -> None:
    operations = sorted(Classifier(PALM).operations)
    tally = _reached_everywhere([op for op in operations if op != "openStack"])
    tally.add("openStack", "documented-4xx", positive=True)
    (problem,) = verdict(PALM, tally, target_is_sandbox=False)
    assert problem.startswith("openStack: never got a documented success") and "--allow-no-success" in problem
    assert verdict(PALM, tally, target_is_sandbox=False, allow_no_success=["openStack"]) == []
    tally.add("openStack", "business", positive=True)  # a declared business refusal is an answer of the API
    assert verdict(PALM, tally, target_is_sandbox=False) == []


def test_a_tally_survives_its_file(tmp_path: Path) -> None:
    tally = Tally()
    tally.add("getOrder", "success", positive=True)
    tally.add("getOrder", "auth", positive=False)
    (tmp_path / "reach.json").write_text(tally.to_json(), encoding="utf-8")
    assert Tally.read(tmp_path / "reach.json") == tally
    assert Tally.read(tmp_path / "missing.json") == Tally()


def _fuzz_sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, api_key: str, base_env: str,
                  mock_env: dict[str, str], sandbox_env: dict[str, str]) -> list[str]:
    """Fuzz ``api_key`` as a sandbox: a mock in this process (its credentials from ``mock_env``), the run's
    credentials from ``sandbox_env``. Returns why the run did not reach it (empty: it did)."""
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
