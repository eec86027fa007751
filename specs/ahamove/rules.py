"""Ahamove's computations for the mock: the route's length and the tariff of one service.

Registered by name in ``RULES`` and called from behaviour.yaml as ``{$rule: <name>, args: [...]}``
(missing values arrive as None). The tariff reproduces the source's example: 11.63 km on SGN-BIKE →
distance 62,000 + stop 5,000 + tip 5,000 = 72,000 VND.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from partner_contracts.mock.behaviour.rulekit import Rules, is_number, whole


def _degrees(value: Any) -> float | None:
    """A coordinate as a float; None for anything else (text, or an integer no float can hold)."""
    if not is_number(value):
        return None
    try:
        return float(value)
    except OverflowError:
        return None


def distance(path: Any) -> float:
    """Kilometres along the ``{lat, lng}`` points of the path (haversine, 4 decimals); 0 for anything else."""
    points = [(_degrees(p.get("lat")), _degrees(p.get("lng")))
              for p in (path if isinstance(path, list) else []) if isinstance(p, dict)]
    coords = [(lat, lng) for lat, lng in points if lat is not None and lng is not None]
    total = 0.0
    for (lat1, lng1), (lat2, lng2) in itertools.pairwise(coords):
        p1, p2 = math.radians(lat1), math.radians(lat2)
        dp, dl = p2 - p1, math.radians(lng2 - lng1)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        total += 2 * 6371.0 * math.asin(min(1.0, math.sqrt(max(0.0, a))))
    return whole(round(total, 4)) if math.isfinite(total) else 0


def tariff(service: dict[str, Any], path: list[Any], requests: Any, payment_method: Any) -> dict[str, Any]:
    """The ``data`` of one service's estimate: distance fee (start fee + per km, to the next 1,000),
    one stop fee per stop after the first, and each special request at its catalogue price (an unknown
    one costs 0) times its ``num`` (default 1)."""
    km = distance(path)
    stops = len(path)
    distance_fee = whole(float(round((service["start_fee"] + service["per_km"] * km) / 1000) * 1000))
    stop_fee = service["stop_fee"] * (stops - 1)
    priced = []
    for request in requests if isinstance(requests, list) else []:
        request = request if isinstance(request, dict) else {}
        num: Any = request.get("num") if request.get("num") is not None else 1
        unit: Any = (service.get("requests") or {}).get(request.get("_id"), 0) if "_id" in request else 0
        entry: dict[str, Any] = {"_id": request["_id"]} if "_id" in request else {}
        entry["num"] = num
        if is_number(unit) and is_number(num):
            entry["price"] = whole(unit * num)
        priced.append(entry)
    request_fee = whole(sum(e["price"] for e in priced if is_number(e.get("price"))))
    total = whole(distance_fee + stop_fee + request_fee)
    data: dict[str, Any] = {
        "distance": km, "duration": whole(float(round(km * 272))), "user_main_account": 0,
        "user_bonus_account": 0, "currency": "VND", "total_pay": total, "total_balance": 0,
        "is_post_paid": False, "is_child_account": False, "online_pay": 0,
    }
    if payment_method is not None:
        data["payment_method"] = payment_method
    data.update({
        "distance_fee": distance_fee, "request_fee": request_fee, "stop_fee": stop_fee, "vat_fee": 0,
        "discount": 0, "total_fee": total, "item_fee": 0, "item_vat_fee": 0, "item_discount": 0,
        "cod_commission_fee": 0,
    })
    if isinstance(requests, list):
        data["requests"] = priced
    data.update({
        "stoppoint_price": stop_fee, "special_request_price": request_fee, "vat": 0,
        "distance_price": distance_fee, "voucher_discount": 0, "subtotal_price": total, "total_price": total,
        "surge_rate": 0,
    })
    return data


RULES: Rules = {"distance": distance, "tariff": tariff}
