"""Answers (partner_contracts/mock/respond.py): the status for a rejection, the envelope, the example."""

from __future__ import annotations

import tracemalloc
from http import HTTPStatus
from typing import Any

import orjson
from starlette.testclient import TestClient

from partner_contracts.mock.app import create_app
from partner_contracts.mock.respond import Responder, status_for
from partner_contracts.runtime.operations import compile_operation
from partner_contracts.runtime.values import MISSING

DOC: dict[str, Any] = {"paths": {"/x": {"get": {"responses": {
    "200": {"description": "ok", "content": {"application/json": {"examples": {
        "one": {"value": {"n": 1}}, "two": {"value": {"n": 2}}}}}},
    "4XX": {"description": "client error", "content": {"application/problem+json": {"example": {"title": "bad"}}}},
    "400": {"description": "bad request"},
    "404": {"description": "not found", "content": {"application/json": {"example": {"n": 404}}}},
}}}}}
OP = compile_operation(DOC, "/x", "get", DOC["paths"]["/x"])


def test_a_rejection_gets_a_documented_status_in_order_of_preference() -> None:
    assert status_for(OP, "invalid", None) == 400  # 422 is not documented: the next preference
    assert status_for(OP, "missing", 404) == 404
    assert status_for(OP, "conflict", 409) == 400  # undocumented 409: a documented status of the kind
    assert status_for(OP, "method", 405) == 405  # about the HTTP message itself: kept
    assert status_for(OP, "auth", None) == 401  # nothing documented fits: the first preference
    assert status_for(None, "invalid", 418) == 418


def test_the_example_named_else_the_one_chosen_at_start() -> None:
    assert Responder.example(OP, "200", None) == ("application/json", {"n": 1})
    assert Responder.example(OP, "200", "two") == ("application/json", {"n": 2})
    assert Responder.example(OP, "200", "nope") == ("application/json", {"n": 1})
    assert Responder.example(OP, "404", None) == ("application/json", {"n": 404})
    assert Responder.example(OP, "409", None) == ("application/problem+json", {"title": "bad"})  # from 4XX
    assert Responder.example(OP, "400", None) == (None, MISSING)
    assert Responder.media_of(OP, "200") == "application/json" and Responder.media_of(OP, "409") is None


def test_the_error_envelope_is_the_apis_template() -> None:
    responder = Responder({"body": {"error": {"status": "$status", "text": "$message", "why": "$reason",
                                              "at": "$field"}},
                           "by_status": {404: {"missing": "$message"}}})
    reply = responder.error(422, "bad", field="/a")
    assert reply.status == 422 and orjson.loads(reply.body) == {
        "error": {"status": 422, "text": "bad", "why": HTTPStatus(422).phrase, "at": "/a"}}
    assert responder.error(422, "bad", field="/a") is reply  # made of its inputs alone: kept
    assert responder.error(404, "gone").body == b'{"missing":"gone"}'
    assert responder.error(401, "no", {"WWW-Authenticate": "Bearer"}).raw_headers[0] == (b"www-authenticate", b"Bearer")


def test_an_envelope_of_its_inputs_is_built_once_and_one_with_a_uuid_each_time() -> None:
    client = TestClient(create_app(["palm-locker", "sirclo-order"]))
    first, second = (client.get("/palm-locker/locker").json() for _ in range(2))
    assert first == second and first["statusCode"] == 401
    # SIRCLO's envelope carries a fresh `reference` ($uuid) in every error
    references = {client.get("/sirclo-order/v1/partner/order").json()["reference"] for _ in range(3)}
    assert len(references) == 3


def test_a_remembered_envelope_holds_its_own_length_not_orjsons_buffer() -> None:
    """Up to 1,024 envelopes are remembered per API. orjson never shrinks the buffer it writes into (4 KiB
    at least): each remembered one keeps a copy of its length (before, 4 KiB for a 100-byte envelope)."""
    responder = create_app(["palm-locker"]).state.pipeline.apis["palm-locker"].responder
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [responder.error(422, f"body/lockerId: {i} is not of type 'string'") for i in range(200)]
        per_envelope = (tracemalloc.get_traced_memory()[0] - before) / len(kept)
    finally:
        tracemalloc.stop()
    assert responder.error(422, "body/lockerId: 7 is not of type 'string'") is kept[7]  # remembered
    assert per_envelope < 1024, f"{per_envelope:.0f} bytes held per envelope of {len(kept[0].body)} bytes"
