"""partner_contracts.sandbox.conformance: the checks the proxy (and evidence) hold each answer to, on a small
contract written here, with each expected finding (where, level, which check) stated as a literal."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import pytest

from partner_contracts.sandbox.conformance import Contract, Report, Violation, accepted
from partner_contracts.spec.api import select
from partner_contracts.spec.ledger import LedgerEntry

ERROR_BODY = {
    "type": "object",
    "required": ["code"],
    "properties": {"code": {"type": "string"}},
    "additionalProperties": False,
}
BOX = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": {"type": "string"},
        "size": {"type": "string", "enum": ["s", "m"]},
        "note": {"type": "string"},
    },
}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "boxes", "version": "1.0.0"},
    "paths": {
        "/boxes/{id}": {
            "get": {
                "operationId": "getBox",
                "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "the box",
                        "headers": {
                            "X-Total": {"required": True, "schema": {"type": "integer", "maximum": 100}},
                            "X-Flag": {"schema": {"type": "boolean"}},
                            "X-Ratio": {"schema": {"type": "number"}},
                            "X-Free": {"description": "no schema"},
                            "X-On": {"schema": {"const": True}},
                            "Content-Type": {"required": True, "schema": {"type": "integer"}},
                        },
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Box"},
                                "examples": {
                                    "small": {"value": {"id": "1", "size": "s"}},
                                    "medium": {"value": {"id": "2", "size": "m", "note": "x"}},
                                },
                            }
                        },
                    },
                    "404": {
                        "description": "no such box",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                    "5XX": {"description": "down", "content": {"text/plain": {"schema": {"type": "string"}}}},
                },
            }
        },
        "/boxes/{id}/open": {
            "post": {
                "operationId": "openBox",
                "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
                "responses": {"201": {"description": "opened"}},
            }
        },
        "/boxes": {
            "get": {
                "operationId": "listBoxes",
                "responses": {
                    "200": {
                        "description": "the boxes",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Box"}}
                            }
                        },
                    }
                },
            },
            "post": {
                "operationId": "createBox",
                "responses": {
                    "201": {"description": "made"},
                    "4xx": {
                        "description": "refused (a lowercase range, as some vendors write it)",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                    "409": {
                        "description": "taken",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Error"},
                                "example": {"code": "taken"},
                            }
                        },
                    },
                    "default": {
                        "description": "any other",
                        "content": {"application/json": {"schema": ERROR_BODY}},
                    },
                },
            },
        },
    },
    "components": {"schemas": {"Box": BOX, "Error": ERROR_BODY}},
}
JSON = [("content-type", "application/json")]
OK_HEADERS = [*JSON, ("x-total", "3")]


@pytest.fixture(scope="module")
def contract() -> Contract:
    return Contract(select(["palm-locker"])[0], json.loads(json.dumps(DOCUMENT)))


def found(
    contract: Contract, method: str, path: str, status: int, headers: list[tuple[str, str]], body: Any = None
) -> list[tuple[str, str, str]]:
    """(pointer, level, check) of each finding on this answer."""
    op, _, miss = contract.route(method, path)
    assert op is not None and miss is None
    raw = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
    return [(v.pointer, v.level, v.check) for v in contract.check_response(op, method, status, headers, raw)]


def test_a_conforming_answer_has_no_finding(contract: Contract) -> None:
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, {"id": "1", "size": "s"}) == []
    assert (
        found(
            contract,
            "GET",
            "/boxes/1",
            200,
            [
                *OK_HEADERS,
                ("x-flag", "true"),
                ("x-ratio", "0.5"),
                ("x-free", "anything"),
                ("date", "today"),
                ("access-control-allow-origin", "*"),
            ],
            {"id": "1", "size": "m"},
        )
        == []
    )
    assert found(contract, "GET", "/boxes/1", 404, JSON, {"code": "gone"}) == []
    assert found(contract, "POST", "/boxes", 201, []) == []
    assert (
        found(
            contract,
            "POST",
            "/boxes",
            409,
            [("content-type", "application/json; charset=utf-8")],
            {"code": "taken"},
        )
        == []
    )


@pytest.mark.parametrize("status", [404, 409, 400, 500])
def test_an_error_answer_body_is_checked_against_its_schema(contract: Contract, status: int) -> None:
    """A 4xx/5xx answer is held to its documented schema like a 2xx one (the proxy must not skip it)."""
    path, method = ("/boxes/1", "GET") if status in (404, 500) else ("/boxes", "POST")
    if status == 500:  # 5XX is documented as text/plain: a JSON answer is the wrong media type
        assert found(contract, method, path, status, JSON, {"code": 1}) == [
            ("/headers/content-type", "error", "content-type")
        ]
        return
    assert found(contract, method, path, status, JSON, {"code": 7}) == [("/body/code", "error", "schema")]
    assert found(contract, method, path, status, JSON, {}) == [("/body/code", "error", "schema")]
    assert found(contract, method, path, status, JSON, {"code": "x", "extra": 1}) == [
        ("/body", "error", "schema")
    ]


def test_an_undocumented_status_is_an_error_for_a_success_and_a_warning_otherwise(contract: Contract) -> None:
    assert found(contract, "GET", "/boxes/1", 202, OK_HEADERS, {"id": "1"}) == [
        ("/status", "error", "status")
    ]
    assert found(contract, "GET", "/boxes/1", 299, OK_HEADERS, {"id": "1"}) == [
        ("/status", "error", "status")
    ]
    assert found(contract, "GET", "/boxes/1", 409, JSON, {"code": "x"}) == [("/status", "warning", "status")]
    assert found(contract, "GET", "/boxes/1", 300, JSON, {"code": "x"}) == [("/status", "warning", "status")]
    assert found(contract, "GET", "/boxes/1", 199, JSON, {"code": "x"}) == [("/status", "warning", "status")]
    # an operation that documents only 201: a 200 is an undocumented success
    assert [found(contract, "POST", "/boxes/7/open", s, []) for s in (200, 201, 199, 300)] == [
        [("/status", "error", "status")],
        [],
        [("/status", "warning", "status")],
        [("/status", "warning", "status")],
    ]
    op, _, _ = contract.route("GET", "/boxes/1")
    assert op is not None
    [finding] = contract.check_response(op, "GET", 202, OK_HEADERS, b"{}")
    assert (finding.expected, finding.observed) == ("one of 200, 404, 5XX", "202")
    assert finding.spec == "/paths/~1boxes~1{id}/get/responses"


def test_the_documented_response_is_found_by_status_then_range_then_default(contract: Contract) -> None:
    get, _, _ = contract.route("GET", "/boxes/1")
    post, _, _ = contract.route("POST", "/boxes")
    assert get is not None and post is not None
    assert [contract.response_for(get, s)[:2] for s in (200, 404, 503, 500, 599)] == [
        ("200", "/paths/~1boxes~1{id}/get/responses/200"),
        ("404", "/paths/~1boxes~1{id}/get/responses/404"),
        ("5XX", "/paths/~1boxes~1{id}/get/responses/5XX"),
        ("5XX", "/paths/~1boxes~1{id}/get/responses/5XX"),
        ("5XX", "/paths/~1boxes~1{id}/get/responses/5XX"),
    ]
    assert contract.response_for(get, 400)[:2] == (None, "/paths/~1boxes~1{id}/get/responses")
    assert contract.response_for(post, 418)[:2] == ("4xx", "/paths/~1boxes/post/responses/4xx")
    assert contract.response_for(post, 500)[:2] == ("default", "/paths/~1boxes/post/responses/default")
    assert contract.response_for(post, 499)[:2] == ("4xx", "/paths/~1boxes/post/responses/4xx")
    assert contract.response_for(post, 302)[:2] == ("default", "/paths/~1boxes/post/responses/default")
    assert contract.response_for(post, 201)[2] == {"description": "made"}
    assert [contract.documented(get, s) for s in (200, 404, 400, 502)] == [True, True, False, True]
    assert found(contract, "POST", "/boxes", 418, JSON, {"code": 1}) == [("/body/code", "error", "schema")]
    assert found(contract, "POST", "/boxes", 503, JSON, {"code": 1}) == [("/body/code", "error", "schema")]


def test_the_body_must_be_the_documented_media_type_and_json(contract: Contract) -> None:
    assert found(
        contract, "GET", "/boxes/1", 200, [("x-total", "3"), ("content-type", "text/html")], {"id": "1"}
    ) == [("/headers/content-type", "error", "content-type")]
    assert found(contract, "GET", "/boxes/1", 200, [("x-total", "3")], {"id": "1"}) == [
        ("/headers/content-type", "error", "content-type")
    ]
    op, _, _ = contract.route("GET", "/boxes/1")
    assert op is not None
    observed = [
        contract.check_response(op, "GET", 200, headers, b"{}")[0].observed
        for headers in ([("x-total", "3")], [("x-total", "3"), ("content-type", "text/html; q=1")])
    ]
    assert observed == ["(none)", "text/html; q=1"]
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, b"") == [("/body", "error", "body")]
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, b"{not json") == [("/body", "error", "body")]
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, b"\xff\xfe") == [("/body", "error", "body")]
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, {"size": "xl"}) == [
        ("/body/id", "error", "schema"),
        ("/body/size", "error", "schema"),
    ]
    # a text/plain 5XX with any text is fine: only JSON bodies are held to a schema
    assert found(contract, "GET", "/boxes/1", 503, [("content-type", "text/plain")], b"busy") == []


def test_a_body_where_none_is_declared_is_a_warning_and_head_204_304_have_none(contract: Contract) -> None:
    assert found(contract, "POST", "/boxes", 201, JSON, {"id": "1"}) == [("/body", "warning", "body")]
    op, _, _ = contract.route("POST", "/boxes")
    assert op is not None
    [finding] = contract.check_response(op, "POST", 201, JSON, b"made")
    assert (finding.observed, finding.level) == ("made", "warning")
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS) == [("/body", "error", "body")]
    head, _, _ = contract.route("HEAD", "/boxes/1")
    if head is not None:  # HEAD is answered by the GET operation: no body to check
        assert [v.check for v in contract.check_response(head, "HEAD", 200, OK_HEADERS, b"")] == []
    get, _, _ = contract.route("GET", "/boxes/1")
    assert get is not None
    assert contract.check_response(get, "HEAD", 200, OK_HEADERS, b"") == []
    assert contract.check_response(get, "head".upper(), 200, OK_HEADERS, b"") == []  # the method as parsed
    # 204 (here covered by `default`) and 304 carry no body: whatever comes is not checked
    assert found(contract, "POST", "/boxes", 204, JSON, {"code": 1}) == []
    assert found(contract, "POST", "/boxes", 304, JSON, {"code": 1}) == []
    assert found(contract, "POST", "/boxes", 200, JSON, {"code": 1}) == [("/body/code", "error", "schema")]


def test_at_most_ten_schema_problems_are_reported_per_answer(contract: Contract) -> None:
    twelve = [{"id": n} for n in range(12)]
    assert found(contract, "GET", "/boxes", 200, JSON, twelve) == [
        (f"/body/{n}/id", "error", "schema") for n in range(10)
    ]
    assert found(contract, "GET", "/boxes", 200, JSON, twelve[:9]) == [
        (f"/body/{n}/id", "error", "schema") for n in range(9)
    ]


def test_response_headers_required_typed_and_undeclared(contract: Contract) -> None:
    body = {"id": "1", "size": "s"}
    assert found(contract, "GET", "/boxes/1", 200, JSON, body) == [("/headers/x-total", "error", "header")]
    assert found(contract, "GET", "/boxes/1", 200, [*JSON, ("x-total", "many")], body) == [
        ("/headers/x-total", "error", "header")
    ]
    assert found(contract, "GET", "/boxes/1", 200, [*JSON, ("x-total", "101")], body) == [
        ("/headers/x-total", "error", "header")
    ]
    assert found(contract, "GET", "/boxes/1", 200, [*JSON, ("X-Total", "100")], body) == []
    assert found(contract, "GET", "/boxes/1", 200, [*OK_HEADERS, ("x-flag", "yes")], body) == [
        ("/headers/x-flag", "error", "header")
    ]
    assert found(contract, "GET", "/boxes/1", 200, [*OK_HEADERS, ("x-flag", "false")], body) == []
    assert found(contract, "GET", "/boxes/1", 200, [*OK_HEADERS, ("x-ratio", "0.25")], body) == []
    assert found(contract, "GET", "/boxes/1", 200, [*OK_HEADERS, ("x-on", "true")], body) == []
    assert found(contract, "GET", "/boxes/1", 200, [*OK_HEADERS, ("x-on", "false")], body) == [
        ("/headers/x-on", "error", "header")
    ]
    assert found(contract, "GET", "/boxes/1", 200, [*OK_HEADERS, ("x-ratio", "half")], body) == [
        ("/headers/x-ratio", "error", "header")
    ]
    assert found(
        contract, "GET", "/boxes/1", 200, [*OK_HEADERS, ("x-other", "1"), ("x-more", "2")], body
    ) == [("/headers/x-more", "info", "header"), ("/headers/x-other", "info", "header")]
    # CORS headers are never reported, and do not stop the others being looked at
    assert found(
        contract,
        "GET",
        "/boxes/1",
        200,
        [*OK_HEADERS, ("access-control-allow-origin", "*"), ("x-other", "1")],
        body,
    ) == [("/headers/x-other", "info", "header")]
    op, _, _ = contract.route("GET", "/boxes/1")
    assert op is not None
    [missing] = contract.check_response(op, "GET", 200, JSON, json.dumps(body).encode())
    assert (missing.expected, missing.observed) == ("the header (required)", "absent")
    assert missing.spec == "/paths/~1boxes~1{id}/get/responses/200/headers/X-Total"
    [wrong] = contract.check_response(op, "GET", 200, [*JSON, ("x-total", "many")], json.dumps(body).encode())
    assert wrong.observed == "many" and wrong.spec.endswith("/headers/X-Total/schema")
    assert "integer" in wrong.expected and wrong.expected != "the header's schema"  # the schema's own words
    [extra] = contract.check_response(
        op, "GET", 200, [*OK_HEADERS, ("x-other", "v")], json.dumps(body).encode()
    )
    assert extra.observed == "v" and extra.spec == "/paths/~1boxes~1{id}/get/responses/200/headers"


def test_a_field_every_documented_example_shows_is_expected(contract: Contract) -> None:
    """Both examples of the 200 show `id` and `size`: a valid body without `size` is a warning; `note`
    (in one example only) may be absent."""
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, {"id": "1"}) == [
        ("/body/size", "warning", "example-field")
    ]
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, {"id": "1", "size": "s", "note": "n"}) == []
    op, _, _ = contract.route("GET", "/boxes/1")
    assert op is not None
    [warning] = contract.check_response(op, "GET", 200, OK_HEADERS, b'{"id": "1"}')
    assert warning.expected == "the field every documented example shows (small, medium)"
    assert warning.spec == "/paths/~1boxes~1{id}/get/responses/200/content/application~1json/examples"
    # the single `example` of the 409 counts as well
    assert found(contract, "POST", "/boxes", 409, JSON, {"code": "x"}) == []
    media = {
        "example": {"code": "c", "hint": "h"},
        "examples": {"one": {"value": {"code": "c"}}, "two": {"value": 3}},
    }
    post, _, _ = contract.route("POST", "/boxes")
    assert post is not None
    shape = contract.check_shape(
        post,
        "/m",
        media,
        "/paths/~1boxes/post/responses/409/content/application~1json/schema",
        {"code": "x", "other": 1},
    )
    assert [(v.pointer, v.level) for v in shape] == []  # `hint` is in one of two examples only
    media = {"example": {"code": "c", "hint": "h"}}
    shape = contract.check_shape(post, "/m", media, "/s", {"code": "x"})
    assert [(v.pointer, v.level, v.observed) for v in shape] == [("/body/hint", "warning", "absent")]
    assert contract.check_shape(post, "/m", media, "/s", ["not", "an", "object"]) == []
    assert contract.check_shape(post, "/m", {}, "/s", {"code": "x"}) == []


def test_an_undocumented_status_is_blamed_on_the_ledger_entries_of_the_documented_ones() -> None:
    """An undocumented 2xx is about the documented successes (the entry on the 200, not those on the 1XX or
    the 404); any other undocumented status is about the responses as a whole."""
    document = json.loads(json.dumps(DOCUMENT))
    document["paths"]["/boxes/{id}"]["get"]["responses"]["1XX"] = {"description": "informational"}
    contract = Contract(select(["palm-locker"])[0], document)
    responses = "#/paths/~1boxes~1{id}/get/responses"
    contract.ledger = [
        LedgerEntry.parse({"id": entry, "topic": "t", "decision": "d", "spec": [pointer]})
        for entry, pointer in (
            ("B-1", f"{responses}/200"),
            ("B-2", responses),
            ("B-3", f"{responses}/404"),
            ("B-4", f"{responses}/1XX"),
        )
    ]
    op, _, _ = contract.route("GET", "/boxes/1")
    assert op is not None
    [success] = contract.check_response(op, "GET", 202, OK_HEADERS, b"{}")
    [other] = contract.check_response(op, "GET", 409, JSON, b"{}")
    assert (success.ledger, other.ledger) == (["B-1"], ["B-2"])


def test_fields_the_schema_does_not_declare_are_info_up_to_a_megabyte(contract: Contract) -> None:
    """Observed facts (an undeclared field) are looked for in a body up to OBSERVE_MAX (1 MB), not beyond."""
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, {"id": "1", "size": "s", "colour": "red"}) == [
        ("/body/colour", "info", "extra-field")
    ]
    body = {"id": "1", "size": "s", "colour": "red", "note": ""}
    body["note"] = "x" * (1_000_000 - len(json.dumps(body)))  # exactly 1 MB: still looked at
    assert len(json.dumps(body)) == 1_000_000
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, body) == [
        ("/body/colour", "info", "extra-field")
    ]
    body["note"] += "x"
    assert found(contract, "GET", "/boxes/1", 200, OK_HEADERS, body) == []


def test_accepted_says_whether_the_vendor_took_the_request() -> None:
    request_error = Violation("op", "request", "/body", "e", "o", "/s", level="error")
    request_warning = Violation("op", "request", "/body", "e", "o", "/s", level="warning")
    response_error = Violation("op", "response", "/body", "e", "o", "/s", level="error")
    assert [accepted(s, []) for s in (200, 201, 400, 401, 403, 404, 409, 499, 500)] == [
        True,
        True,
        True,
        False,
        False,
        True,
        True,
        True,
        True,
    ]
    assert [accepted(s, [request_error]) for s in (200, 399, 400, 422, 499, 500, 503)] == [
        True,
        True,
        False,
        False,
        False,
        True,
        True,
    ]
    assert accepted(400, [request_warning, response_error]) is True
    # compared by value, not identity: findings read back from a report file hold strings of their own
    read_back = Violation(**json.loads(json.dumps(asdict(request_error))))
    assert read_back.where is not request_error.where and accepted(400, [read_back]) is False


def finding(level: str) -> Violation:
    return Violation("op", "response", "/body", "e", "o", "/s", level=level)


def test_the_report_fails_at_its_level_and_the_verdict_follows_strict() -> None:
    report = Report("boxes")
    assert [report.fails(finding(level)) for level in ("error", "warning", "info")] == [True, False, False]
    warning = Report("boxes", failing="warning")
    assert [warning.fails(finding(level)) for level in ("error", "warning", "info")] == [True, True, False]
    assert report.verdict(None) == 0 and report.verdict("error") == 0
    report.add_findings("getBox", "200", [finding("info")])
    assert (report.verdict("error"), report.verdict("warning"), report.verdict("info")) == (0, 0, 1)
    report.add_findings("getBox", "200", [finding("warning")])
    assert (report.verdict(None), report.verdict("error"), report.verdict("warning")) == (0, 0, 1)
    report.add_findings("getBox", "404", [finding("error")])
    assert (report.verdict(None), report.verdict("error")) == (0, 1)
    assert report.counts == {"error": 1, "warning": 1, "info": 1}
    tally = report.operations["getBox"]
    assert (tally.exchanges, tally.statuses, [v.level for v in tally.violations]) == (
        3,
        {"200": 2, "404": 1},
        ["info", "warning", "error"],
    )


def test_the_report_keeps_at_most_max_kept_findings_per_operation_and_counts_them_all() -> None:
    report = Report("boxes")
    report.MAX_KEPT = 5
    levels = ["info", "warning", "error"]
    report.add_findings("getBox", "200", [finding(level) for level in levels])
    report.add_findings("getBox", "200", [finding(level) for level in levels])
    report.add_findings("getBox", "200", [finding("error")])
    report.add_findings("createBox", "201", [finding("info")])
    assert [v.level for v in report.operations["getBox"].violations] == [*levels, "info", "warning"]
    assert [v.level for v in report.operations["createBox"].violations] == ["info"]
    assert report.counts == {"error": 3, "warning": 2, "info": 3} and report.violation_count == 8
