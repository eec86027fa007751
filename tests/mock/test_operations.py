"""The spec dereferenced once into operation objects (partner_contracts/runtime/operations.py)."""

from __future__ import annotations

from typing import Any

from partner_contracts.runtime.operations import _quick_check, compile_operation
from partner_contracts.runtime.values import MISSING

DOC: dict[str, Any] = {
    "paths": {
        "/orders/{orderId}": {
            "parameters": [{"$ref": "#/components/parameters/OrderId"}],
            "get": {
                "operationId": "getOrder",
                "parameters": [{"name": "expand", "in": "query", "schema": {"type": "array",
                                                                            "items": {"$ref": "#/components/schemas/Size"}}}],
                "responses": {
                    "200": {"$ref": "#/components/responses/Order"},
                    "404": {"description": "none", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Error"}}}},
                    "204": {"description": "no body"},
                },
            },
            "post": {
                "requestBody": {"$ref": "#/components/requestBodies/Order"},
                "security": [],
                "responses": {"201": {"description": "made", "content": {"text/plain": {"example": "made"}}}},
            },
        },
    },
    "components": {
        "parameters": {"OrderId": {"name": "orderId", "in": "path", "schema": {"$ref": "#/components/schemas/Id"}}},
        "schemas": {
            "Id": {"type": "integer", "minimum": 1},
            "Size": {"type": "string", "enum": ["s", "m"]},
            "Error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}},
        },
        "requestBodies": {"Order": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}},
        "responses": {"Order": {"description": "an order", "content": {"application/json": {
            "examples": {"small": {"$ref": "#/components/examples/Small"}, "big": {"value": {"id": 2}}}}}}},
        "examples": {"Small": {"value": {"id": 1}}},
    },
    "security": [{"key": []}],
}


def test_a_referenced_parameter_is_dereferenced_with_its_pointer_and_types() -> None:
    op = compile_operation(DOC, "/orders/{orderId}", "get", DOC["paths"]["/orders/{orderId}"])
    order_id, expand = op.params
    assert (order_id.name, order_id.location, order_id.required) == ("orderId", "path", True)
    assert order_id.pointer == "/components/parameters/OrderId/schema" and order_id.types == ("integer",)
    assert order_id.quick is not None and order_id.quick(1) and not order_id.quick(0)
    assert expand.types == ("array",) and expand.item_types == ("string",)
    assert op.security == [{"key": []}] and op.success == "200" and op.documented == {200, 204, 404}


def test_a_referenced_response_and_its_examples_are_resolved_at_start() -> None:
    op = compile_operation(DOC, "/orders/{orderId}", "get", DOC["paths"]["/orders/{orderId}"])
    ok = op.responses["200"]
    assert ok.pointer == "/components/responses/Order" and ok.spec["description"] == "an order"
    assert ok.media == "application/json"
    assert ok.examples == {"small": {"id": 1}, "big": {"id": 2}} and ok.served == {"id": 1}
    # no example: a sample of the (referenced) schema, computed once
    assert op.responses["404"].served == {"message": "x"}
    assert op.responses["204"].media is None and op.responses["204"].served is MISSING


def test_a_referenced_request_body_gives_its_media_and_requirement() -> None:
    op = compile_operation(DOC, "/orders/{orderId}", "post", DOC["paths"]["/orders/{orderId}"])
    assert op.body_required and op.security == []
    assert op.body_media == {"application/json": "/components/requestBodies/Order/content/application~1json/schema"}
    assert op.responses["201"].served == "made" and op.responses["201"].media == "text/plain"
    assert op.op_id == "post /orders/{orderId}"  # no operationId: method and path


def test_quick_parameter_checks_pass_only_what_the_schema_accepts() -> None:
    doc = {"components": {"schemas": {"Size": {"type": "string", "enum": ["s", "m"]}}}}
    size = _quick_check({"$ref": "#/components/schemas/Size"}, doc)
    assert size is not None and size("s") and not size("xl") and not size(1)
    page = _quick_check({"type": "integer", "minimum": 1, "maximum": 100, "description": "page"}, doc)
    assert page is not None and page(1) and page(100) and not page(0) and not page(101) and not page("5")
    assert not page(True)  # a boolean is not an integer here
    flag = _quick_check({"type": "boolean"}, doc)
    assert flag is not None and flag(False) and not flag("false")
    # anything with more rules than these goes to the full validator
    assert _quick_check({"type": "string", "format": "date"}, doc) is None
    assert _quick_check({"type": "string", "pattern": "^a"}, doc) is None
    assert _quick_check({"type": "integer", "multipleOf": 5}, doc) is None
    assert _quick_check({"anyOf": [{"type": "string"}, {"type": "integer"}]}, doc) is None
