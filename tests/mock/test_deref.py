"""Following $ref, once, at start (partner_contracts/spec/deref.py)."""

from __future__ import annotations

from partner_contracts.spec.deref import MAX_HOPS, at, dereference, schema_of, target_of

DOC = {"components": {
    "responses": {"A": {"$ref": "#/components/responses/B"}, "B": {"description": "b"},
                  "Loop": {"$ref": "#/components/responses/Loop"}},
    "schemas": {"Id": {"type": "integer", "description": "target"}, "Ref": {"$ref": "#/components/schemas/Id"}},
}}


def test_a_chain_of_references_ends_at_its_target_with_its_pointer() -> None:
    node, pointer = dereference(DOC, {"$ref": "#/components/responses/A"}, "/paths/x")
    assert node == {"description": "b"} and pointer == "/components/responses/B"
    assert dereference(DOC, {"description": "inline"}, "/here") == ({"description": "inline"}, "/here")


def test_a_reference_cycle_ends() -> None:
    node, pointer = dereference(DOC, {"$ref": "#/components/responses/Loop"}, "")
    assert node == {"$ref": "#/components/responses/Loop"} and pointer == "/components/responses/Loop"
    schema, hops = schema_of({"s": {"$ref": "#/s"}}, {"$ref": "#/s"})
    assert "$ref" not in schema and hops == MAX_HOPS


def test_keywords_beside_a_reference_win_and_hops_are_counted() -> None:
    schema, hops = schema_of(DOC, {"$ref": "#/components/schemas/Ref", "description": "here"})
    assert schema == {"type": "integer", "description": "here"} and hops == 2
    assert schema_of(DOC, {"type": "string"}) == ({"type": "string"}, 0)
    assert at(DOC, "#/components/schemas/Id/type") == "integer"


def test_only_a_bare_reference_is_replaced_by_its_target() -> None:
    assert target_of(DOC, {"$ref": "#/components/schemas/Ref"}) == {"type": "integer", "description": "target"}
    beside = {"$ref": "#/components/schemas/Id", "maximum": 5}  # both apply: the target alone says too little
    assert target_of(DOC, beside) is beside


def test_the_one_follower_records_its_trail_and_may_stop_at_a_missing_target() -> None:
    from partner_contracts.spec.deref import follow

    trail: list[str] = []
    node, pointer, hops = follow(DOC, {"$ref": "#/components/responses/A"}, "/x", trail=trail)
    assert (node, pointer, hops) == ({"description": "b"}, "/components/responses/B", 2)
    assert trail == ["/components/responses/A", "/components/responses/B"]
    missing = {"$ref": "#/components/responses/Nope"}
    assert follow(DOC, missing, "/x", stop_at_missing=True) == (missing, "/components/responses/Nope", 0)
    try:
        follow(DOC, missing)
    except KeyError as exc:
        assert exc.args == ("Nope",)
    else:
        raise AssertionError("a reference to nothing is a KeyError")


def test_references_reachable_from_a_node_each_once_in_order() -> None:
    from partner_contracts.spec.deref import references

    node = {"a": {"$ref": "#/components/responses/A"}, "examples": {"$ref": "#/components/schemas/Ref"}}
    assert sorted(references(DOC, node)) == ["#/components/responses/A", "#/components/responses/B",
                                             "#/components/schemas/Id", "#/components/schemas/Ref"]
    assert references(DOC, node, start="/n", skip=frozenset({"examples"})) == [
        "#/n", "#/components/responses/A", "#/components/responses/B"]
    assert references(DOC, {"$ref": "#/components/responses/Loop"}) == ["#/components/responses/Loop"]


def test_without_a_limit_a_cycle_ends_where_it_closes() -> None:
    from partner_contracts.spec.deref import follow

    loop = {"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}}
    assert follow(loop, {"$ref": "#/a"}, limit=None) == ({"$ref": "#/a"}, "/b", 2)
    assert follow(loop, {"$ref": "#/a"}) == ({"$ref": "#/a"}, "/b", MAX_HOPS)  # the limit ends it too
    long = {f"s{i}": {"$ref": f"#/s{i + 1}"} for i in range(MAX_HOPS + 5)} | {f"s{MAX_HOPS + 5}": {"type": "string"}}
    assert follow(long, {"$ref": "#/s0"}, limit=None) == ({"type": "string"}, f"/s{MAX_HOPS + 5}", MAX_HOPS + 6)
    assert follow(long, {"$ref": "#/s0"}, limit=1)[1:] == ("/s0", 1)
    assert follow(DOC, {"$ref": "other.yaml#/x"}) == ({"$ref": "other.yaml#/x"}, "", 0)  # the bundler's


def test_a_broken_document_is_followed_without_a_crash() -> None:
    """tolerant: the diff's sides (a reference to nothing is None, a cycle {}, beside-keywords win)."""
    from partner_contracts.spec.deref import tolerant

    broken = {"a": {"$ref": "#/b", "description": "a"}, "b": {"$ref": "#/a"}, "c": {"type": "integer"},
              "d": {"$ref": "#/nowhere"}, "e": {"$ref": "#/c", "maximum": 3}}
    assert tolerant(broken, {"$ref": "#/a"}) == ({}, "/b")  # the last target before it closes
    assert tolerant(broken, {"$ref": "#/d"}) == (None, "/nowhere")
    assert tolerant(broken, {"$ref": "#/e"}) == ({"type": "integer", "maximum": 3}, "/c")
    assert tolerant(broken, {"type": "string"}) == ({"type": "string"}, None)
    assert tolerant(broken, None) == (None, None)
    assert tolerant(broken, {"$ref": "#/c"})[0] is broken["c"]  # nothing beside: the target itself
