"""Reading the vendor documents (partner_contracts/spec/sources.py): headings, paths, mentions and their sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from partner_contracts.spec.sources import (
    heading_line,
    headings,
    mentions,
    normalise,
    normalise_path,
    template_pattern,
)

SOURCE = """# Orders API

## Create order
**POST** `/v1/orders?debug=1`

## Get order&#x20;
GET `/v1/orders/<ID>/`

Cancel an order
POST `/v1/orders/{id}/cancel`
"""


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.md"
    path.write_text(SOURCE, encoding="utf-8")
    return path


def test_normalise_drops_markdown_marks_and_entities() -> None:
    assert normalise("## **Get order**&#x20; ") == "Get order"
    assert normalise("  a \t b&nbsp;c ") == "a b c"


def test_headings_are_every_normalised_line(source: Path) -> None:
    found = headings(source)
    assert {"Orders API", "Create order", "Get order", "Cancel an order"} <= found
    assert "" not in found
    assert heading_line(source, "Get order") == 6
    assert heading_line(source, "Nope") is None


def test_paths_are_normalised_for_comparison() -> None:
    assert normalise_path("/v1/orders?debug=1") == "/v1/orders"
    assert normalise_path("`/v1/orders/<ID>/`") == "/v1/orders/{}"
    assert normalise_path("/api/v1/customers?/{id}", strip_prefix="/api") == "/v1/customers/{}"
    assert normalise_path("/") == "/"
    pattern = template_pattern("/v1/orders/{id}/cancel")
    assert pattern.match("/v1/orders/42/cancel") and not pattern.match("/v1/orders/4/2/cancel")


def test_mentions_belong_to_the_heading_above_them(source: Path) -> None:
    request = r"(?P<method>GET|POST)\**\s+`(?P<path>/[^`]+)`"
    found = mentions(source, request, "markdown")
    assert [(m.method, m.path, m.section, m.line) for m in found] == [
        ("POST", "/v1/orders", "Create order", 4),
        ("GET", "/v1/orders/{}", "Get order", 7),
        ("POST", "/v1/orders/{}/cancel", "Get order", 10),  # the last markdown heading above it
    ]
    by_line = mentions(source, request, "previous-line")
    assert by_line[2].section == "Cancel an order"
    with pytest.raises(ValueError, match="unknown coverage.heading style"):
        mentions(source, request, "nope")
