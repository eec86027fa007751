"""runtime/http.json_bytes: what the mock writes as a JSON answer."""

from __future__ import annotations

import orjson

from partner_contracts.runtime.http import json_bytes


def test_a_page_of_kept_record_texts_with_an_integer_beyond_64_bits_is_written() -> None:
    # A page holds the JSON texts its records keep (orjson Fragments) and, from a record that keeps none,
    # an integer orjson cannot write: the answer is written whole (hostile stress found this as a 500).
    page = {"data": [orjson.Fragment(b'{"id":"a","n":1}'), {"id": "b", "n": 2**70}]}
    assert json_bytes(page) == b'{"data":[{"id":"a","n":1},{"id":"b","n":1180591620717411303424}]}'
