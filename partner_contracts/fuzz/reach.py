"""Did a fuzz run reach the API? Every answer is classed per operation, and a run that was refused at the door
fails, however green schemathesis' own checks are.

schemathesis reports a run in which every request got 401 as "0 failures": its checks accept a documented
401, and ``positive_data_acceptance`` only warns. Against a sandbox with a wrong or expired credential the
contract check would pass silently. So each answer is classed (``CLASSES``) and a run fails when

- an operation never got a documented success nor a declared business refusal (``--allow-no-success OP``
  lets an operation a sandbox cannot satisfy through, listed in the summary), or
- more than ``MAX_AUTH_REFUSED`` of the positive cases (requests that fit the schema, sent with the
  credential) were refused at authentication (401/403) — with the credential variables to check.

The schemathesis process tallies (``fuzz/hooks.py`` writes ``Tally`` to ``$PARTNER_CONTRACTS_FUZZ_TALLY``);
the in-process fuzz (``tests/test_fuzz_asgi.py``) tallies the same way; ``verdict`` judges both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partner_contracts.spec.api import Api, iter_operations

TALLY_ENV = "PARTNER_CONTRACTS_FUZZ_TALLY"
# The share of positive cases refused at authentication above which the run did not reach the API: a few
# are expected (schemathesis' own probes of a missing credential are negative cases and do not count).
MAX_AUTH_REFUSED = 0.05
CLASSES = ("success", "business", "documented-4xx", "auth", "5xx", "undocumented")
AUTH_STATUSES = frozenset({401, 403})


def _documented(operation: dict[str, Any]) -> set[str]:
    return {str(code) for code in (operation.get("responses") or {})}


def business_refusals(doc: dict[str, Any]) -> dict[str, dict[str, str]]:
    """operationId -> {status: why}: the statuses an operation answers to a schema-valid request it refuses for a
    business rule (``x-business-refusals`` on the operation, e.g. Ahamove's 406 for an order time too far
    ahead). Only these operations, only these statuses, are not a fuzz failure."""
    found: dict[str, dict[str, str]] = {}
    for kind, _name, _method, op, _pointer in iter_operations(doc):
        refusals = op.get("x-business-refusals")
        if kind == "paths" and isinstance(refusals, dict) and refusals and op.get("operationId"):
            found[str(op["operationId"])] = {str(status): str(why) for status, why in refusals.items()}
    return found


def classify(status: int, documented: set[str], refusals: frozenset[int], secured: bool = True) -> str:
    """The class of one answer (``CLASSES``) to an operation with ``documented`` response codes. A 401/403 of
    an operation that needs no credential (a login refusing a wrong password) is not an auth refusal."""
    listed = str(status) in documented or f"{str(status)[0]}XX" in documented or "default" in documented
    if 200 <= status < 300:
        return "success" if listed else "undocumented"
    if status in refusals:
        return "business"
    if status in AUTH_STATUSES and secured:
        return "auth"
    if status >= 500:
        return "5xx"
    if 400 <= status < 500 and listed:
        return "documented-4xx"
    return "undocumented"


@dataclass
class Tally:
    """Answers per operation and class, and how many positive cases were refused at authentication."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    positive: int = 0
    positive_auth_refused: int = 0

    def add(self, operation: str, kind: str, positive: bool) -> None:
        per = self.counts.setdefault(operation, {})
        per[kind] = per.get(kind, 0) + 1
        if positive:
            self.positive += 1
            self.positive_auth_refused += kind == "auth"

    def merge(self, other: Tally) -> Tally:
        for operation, per in other.counts.items():
            mine = self.counts.setdefault(operation, {})
            for kind, n in per.items():
                mine[kind] = mine.get(kind, 0) + n
        self.positive += other.positive
        self.positive_auth_refused += other.positive_auth_refused
        return self

    def to_json(self) -> str:
        return json.dumps({"counts": self.counts, "positive": self.positive,
                           "positive_auth_refused": self.positive_auth_refused}, sort_keys=True)

    @classmethod
    def read(cls, path: Path) -> Tally:
        """The tally a schemathesis process wrote; empty when it wrote none (killed, or never started)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        return cls({str(k): {str(c): int(n) for c, n in v.items()} for k, v in data.get("counts", {}).items()},
                   int(data.get("positive", 0)), int(data.get("positive_auth_refused", 0)))


class Classifier:
    """Classes the answers of one API's operations (by operationId), built once per run."""

    def __init__(self, api: Api) -> None:
        document = api.bundled.document
        refused = business_refusals(document)
        self.operations: dict[str, tuple[set[str], frozenset[int], bool]] = {}
        for kind, _path, _method, operation, _pointer in iter_operations(document):
            if kind == "paths" and operation.get("operationId"):
                op_id = str(operation["operationId"])
                secured = bool(operation.get("security", document.get("security")))
                statuses = frozenset(int(s) for s in refused.get(op_id, {}) if str(s).isdigit())
                self.operations[op_id] = (_documented(operation), statuses, secured)

    def classify(self, operation_id: str, status: int) -> str:
        documented, refusals, secured = self.operations.get(operation_id, (set(), frozenset(), True))
        return classify(status, documented, refusals, secured)


def allowed_without_success(api: Api) -> dict[str, str]:
    """api.yaml's ``fuzz.allow_no_success``: operationId -> why the fuzzer cannot reach its success."""
    return dict(api.config.fuzz.allow_no_success)


def credential_variables(api: Api, target_is_sandbox: bool) -> list[str]:
    """The environment variables that hold the credential the run sent (api.yaml names them)."""
    if target_is_sandbox:
        names = list(api.config.fuzz.sandbox_credentials.values())
    else:
        names = [setting.env for setting in api.config.mock.credentials.values()]
    return sorted({n for n in names if n})


def verdict(api: Api, tally: Tally, *, target_is_sandbox: bool, allow_no_success: Iterable[str] = (),
            operations: Iterable[str] | None = None) -> list[str]:
    """Why the run did not reach the API (empty when it did). ``operations``: the ones this run fuzzed
    (default: every operation of the API)."""
    allowed = set(allow_no_success) | set(allowed_without_success(api))
    wanted = sorted(operations) if operations is not None else sorted(Classifier(api).operations)
    problems = []
    variables = " / ".join(credential_variables(api, target_is_sandbox)) or "the API's credential variables"
    if not tally.counts:
        why = f"no answer of {api.key} was recorded: the run reached nothing (is ${TALLY_ENV} written by the hooks?)"
        return [why]
    if tally.positive and tally.positive_auth_refused > MAX_AUTH_REFUSED * tally.positive:
        problems.append(
            f"{tally.positive_auth_refused} of {tally.positive} valid requests were refused at authentication "
            f"(401/403): the run did not reach {api.key}. Check {variables}.")
    for operation in wanted:
        if operation in allowed:
            continue
        per = tally.counts.get(operation, {})
        if not per.get("success") and not per.get("business"):
            seen = ", ".join(f"{kind} {n}" for kind, n in sorted(per.items())) or "no answer at all"
            hint = f"; check {variables}" if per.get("auth") else ""
            problems.append(f"{operation}: never got a documented success or business refusal ({seen}){hint}; "
                            f"--allow-no-success {operation} if the target cannot satisfy it")
    return problems


def summary_lines(tally: Tally, allowed: Iterable[str] = ()) -> list[str]:
    """One line per operation: its answers by class (the fuzz summary and the JUnit report print these)."""
    allowed = set(allowed)
    lines = []
    for operation in sorted(tally.counts):
        per = tally.counts[operation]
        counts = "  ".join(f"{kind} {per[kind]}" for kind in CLASSES if per.get(kind))
        lines.append(f"{operation:32} {counts}" + ("  (allowed without success)" if operation in allowed else ""))
    return lines
