"""The mock answering as Pancake POS would: api_key auth, its error envelope, and state seeded from the spec."""

from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.testclient import TestClient

from partner_contracts.spec.deref import escape
from partner_contracts.spec.schemas import SchemaSet

KEY = {"api_key": "test-api-key"}
BASE = "/pancake-pos/shops/20"
VARIATION = "e190db2b-1163-4cc3-b956-7a9528fbf5ef"  # the VariationList example: 20 sellable, 100 in stock
STOCKED = "a41b5d73-9236-4a5d-9954-4db6d93242d1"  # the warehouse that variation is stocked in
WAREHOUSE = "644b0063-e9a8-43cd-ba08-66a8066d462e"  # "kho 2" of the WarehouseList example
PRODUCT = "3b98a639-9d40-4faa-a692-6662f20e128d"


@pytest.fixture(scope="module")
def spec(mock_app) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return mock_app.state.pipeline.apis["pancake-pos"].doc  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def schemas(spec) -> SchemaSet:  # type: ignore[no-untyped-def]
    return SchemaSet(spec)


def conforms(schemas: SchemaSet, response, path: str, method: str) -> Any:  # type: ignore[no-untyped-def]
    """The body, after checking it against the operation's documented schema for its status."""
    pointer = f"/paths/{escape(path)}/{method}/responses/{response.status_code}/content/application~1json/schema"
    body = response.json()
    assert schemas.problems(pointer, body) == [], response.text[:500]
    return body


def assert_envelope(response, status: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Pancake's (assumed, ledger PP-001) error envelope: {success: false, message, error_code}."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is False
    assert body["error_code"] == status
    assert isinstance(body["message"], str) and body["message"]
    return body  # type: ignore[no-any-return]


def webhooks(mock_app, name: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return [json.loads(h["body"]) for h in mock_app.state.pipeline.sent_webhooks
            if h["api"] == "pancake-pos" and h["webhook"] == name]


def assert_webhook_payloads(schemas: SchemaSet, name: str, payloads: list[dict[str, Any]]) -> None:
    pointer = f"/webhooks/{name}/post/requestBody/content/application~1json/schema"
    for payload in payloads:
        assert schemas.problems(pointer, payload) == [], payload


def example(spec: dict[str, Any], path: str, method: str, name: str) -> dict[str, Any]:
    found = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["examples"][name]
    if "$ref" in found:
        found = spec["components"]["examples"][found["$ref"].rsplit("/", 1)[1]]
    return json.loads(json.dumps(found["value"]))  # type: ignore[no-any-return]


def stock(mock: TestClient, variation_id: str) -> dict[str, tuple[int, int]]:
    """warehouse id -> (remain_quantity, actual_remain_quantity) as the variation list shows them."""
    listed = mock.get(f"{BASE}/products/variations", params={**KEY, "page_size": 100}).json()["data"]
    (variation,) = [v for v in listed if v["id"] == variation_id]
    return {w["warehouse_id"]: (w["remain_quantity"], w["actual_remain_quantity"])
            for w in variation["variations_warehouses"]}


# --- auth and errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [({}, "missing query 'api_key'"), ({"api_key": "wrong"}, "invalid query 'api_key'")],
    ids=["no key", "wrong key"],
)
def test_without_a_valid_api_key_401_in_the_envelope(mock: TestClient, params, message) -> None:  # type: ignore[no-untyped-def]
    body = assert_envelope(mock.get(f"{BASE}/orders", params=params), 401)
    assert message in body["message"]
    assert_envelope(mock.get("/pancake-pos/geo/provinces", params={**params, "country_code": "84"}), 401)


def test_unknown_ids_404_in_the_envelope(mock: TestClient) -> None:
    assert "order '999' not found" in assert_envelope(mock.get(f"{BASE}/orders/999", params=KEY), 404)["message"]
    assert_envelope(mock.put(f"{BASE}/orders/999", params=KEY, json={"status": 1}), 404)
    assert_envelope(mock.put(f"{BASE}/customers/{PRODUCT}", params=KEY, json={"customer": {"name": "x"}}), 404)
    assert_envelope(mock.put(f"{BASE}/warehouses/{PRODUCT}", params=KEY, json={"name": "x", "shelf_config": {}}), 404)
    assert_envelope(mock.post(f"{BASE}/variations/{PRODUCT}/update_quantity", params=KEY, json={}), 404)
    assert_envelope(mock.put(f"{BASE}/products/{VARIATION}", params=KEY, json={"product": {}}), 404)
    assert_envelope(mock.get(f"{BASE}/vouchers/nope", params=KEY), 404)


def test_bad_body_422_names_the_field(mock: TestClient) -> None:
    response = mock.post(f"{BASE}/orders", params=KEY, json={"items": [], "shop_id": 20})
    assert "warehouse_id" in assert_envelope(response, 422)["message"]


# --- geo ----------------------------------------------------------------------------------------------


def test_geo_children_are_filtered_by_their_parent_id(mock: TestClient, schemas: SchemaSet) -> None:
    provinces = conforms(schemas, mock.get("/pancake-pos/geo/provinces", params={**KEY, "country_code": "84"}),
                         "/geo/provinces", "get")["data"]
    assert [p["id"] for p in provinces] == ["101", "701", "221", "207", "821"]
    assert mock.get("/pancake-pos/geo/provinces", params={**KEY, "country_code": "66"}).json() == {"data": []}
    hanoi = mock.get("/pancake-pos/geo/districts", params={**KEY, "province_id": "101"}).json()["data"]
    assert {d["name"] for d in hanoi} >= {"Quận Ba Đình", "Quận Cầu Giấy"} and len(hanoi) == 5
    assert mock.get("/pancake-pos/geo/districts", params={**KEY, "province_id": "701"}).json() == {"data": []}
    ba_dinh = conforms(schemas, mock.get("/pancake-pos/geo/communes", params={**KEY, "district_id": "10101"}),
                       "/geo/communes", "get")["data"]
    assert all(c["id"].startswith("10101") for c in ba_dinh) and len(ba_dinh) == 5
    assert mock.get("/pancake-pos/geo/communes", params={**KEY, "district_id": "10129"}).json() == {"data": []}


# --- orders -------------------------------------------------------------------------------------------


def test_created_order_is_listed_and_read(mock: TestClient, spec, schemas: SchemaSet, mock_app) -> None:  # type: ignore[no-untyped-def]
    mock_app.state.pipeline.sent_webhooks.clear()
    body = example(spec, "/shops/{shop_id}/orders", "post", "createOrder")
    created = conforms(schemas, mock.post(f"{BASE}/orders", params=KEY, json=body), "/shops/{shop_id}/orders", "post")
    order = created["data"]
    assert order["status"] == 0 and order["status_name"] == "new" and order["shop_id"] == 20
    assert order["bill_phone_number"] == "0999999999" and order["items"] == body["items"]
    fetched = conforms(schemas, mock.get(f"{BASE}/orders/{order['id']}", params=KEY),
                       "/shops/{shop_id}/orders/{order_id}", "get")
    assert fetched == order
    listed = conforms(schemas, mock.get(f"{BASE}/orders", params=KEY), "/shops/{shop_id}/orders", "get")
    assert listed["data"][0]["id"] == order["id"]  # newest first
    assert listed["total_entries"] == 3  # orders 1418 and 103973 from the spec's examples, and this one

    updated = mock.put(f"{BASE}/orders/{order['id']}", params=KEY, json={"status": 1, "note": "gọi trước"})
    assert conforms(schemas, updated, "/shops/{shop_id}/orders/{order_id}", "put")["data"]["status"] == 1
    assert mock.get(f"{BASE}/orders/{order['id']}", params=KEY).json()["note"] == "gọi trước"
    confirmed = mock.get(f"{BASE}/orders", params={**KEY, "status": 1}).json()
    assert [o["id"] for o in confirmed["data"]] == [order["id"]]

    sent = webhooks(mock_app, "orderWebhook")
    assert [(p["id"], p["status"]) for p in sent] == [(order["id"], 0), (order["id"], 1)]
    assert_webhook_payloads(schemas, "orderWebhook", sent)


def test_order_list_pages_and_searches(mock: TestClient, spec) -> None:  # type: ignore[no-untyped-def]
    body = example(spec, "/shops/{shop_id}/orders", "post", "createOrder")
    for phone in ("0911000001", "0911000002", "0911000003"):
        mock.post(f"{BASE}/orders", params=KEY, json={**body, "bill_phone_number": phone})
    page = mock.get(f"{BASE}/orders", params={**KEY, "page_size": 2, "page_number": 3}).json()
    assert (page["page_number"], page["page_size"], page["total_entries"], page["total_pages"]) == (3, 2, 5, 3)
    assert [o["id"] for o in page["data"]] == [1418]  # the oldest
    found = mock.get(f"{BASE}/orders", params={**KEY, "search": "0911000002"}).json()
    assert [o["bill_phone_number"] for o in found["data"]] == ["0911000002"] and found["total_entries"] == 1


# --- customers ----------------------------------------------------------------------------------------


def test_customer_create_types_and_webhooks(mock: TestClient, schemas: SchemaSet, mock_app) -> None:  # type: ignore[no-untyped-def]
    mock_app.state.pipeline.sent_webhooks.clear()
    path = "/shops/{shop_id}/customers"
    new = conforms(schemas, mock.post(f"{BASE}/customers", params=KEY,
                                      json={"name": "Lan", "phoneNumber": "0988000111", "createType": "ignore"}),
                   path, "post")["data"]
    assert new["phone_numbers"] == ["0988000111"] and new["shop_id"] == 20
    again = mock.post(f"{BASE}/customers", params=KEY,
                      json={"name": "Other", "phoneNumber": "0988000111", "createType": "ignore"}).json()["data"]
    assert again["id"] == new["id"] and again["name"] == "Lan"  # ignored: the existing customer
    renamed = mock.post(f"{BASE}/customers", params=KEY,
                        json={"name": "Lan Anh", "phoneNumber": "0988000111", "createType": "update"}).json()["data"]
    assert renamed["id"] == new["id"] and renamed["name"] == "Lan Anh"
    forced = mock.post(f"{BASE}/customers", params=KEY,
                       json={"name": "Lan 2", "phoneNumber": "0988000111", "createType": "force"}).json()["data"]
    assert forced["id"] != new["id"]
    found = conforms(schemas, mock.get(f"{BASE}/customers", params={**KEY, "search": "0988000111"}), path, "get")
    assert found["total_entries"] == 2

    update = {"customer": {"name": "Lan Anh", "gender": "female", "tags": ["Hay hoàn"],
                           "notes": [{"message": "Khách quen"}]}}
    changed = mock.put(f"{BASE}/customers/{new['id']}", params=KEY, json=update)
    data = conforms(schemas, changed, "/shops/{shop_id}/customers/{customer_id}", "put")["data"]
    assert data["gender"] == "female" and data["notes"][0]["message"] == "Khách quen"
    notes = mock.get(f"{BASE}/customers/{new['id']}/load_customer_notes", params=KEY).json()
    assert notes["customer_notes"][0]["notes"][0]["id"] == data["notes"][0]["id"]

    sent = webhooks(mock_app, "customerWebhook")
    assert [p["name"] for p in sent] == ["Lan", "Lan Anh", "Lan 2", "Lan Anh"]
    assert sent[-1]["customer_tags"] == ["Hay hoàn"] and sent[-1]["type"] == "customers"
    assert_webhook_payloads(schemas, "customerWebhook", sent)


def test_customer_list_pages(mock: TestClient) -> None:
    for i in range(4):
        mock.post(f"{BASE}/customers", params=KEY, json={"name": f"K{i}", "phoneNumber": f"090000000{i}",
                                                          "createType": "force"})
    page = mock.get(f"{BASE}/customers", params={**KEY, "page_size": 4, "page_number": 2}).json()
    assert (page["total_entries"], page["total_pages"], len(page["data"])) == (6, 2, 2)


# --- warehouses, products, stock ----------------------------------------------------------------------


def test_warehouses_create_and_update(mock: TestClient, spec, schemas: SchemaSet) -> None:  # type: ignore[no-untyped-def]
    body = example(spec, "/shops/{shop_id}/warehouses", "post", "WarehouseCreate")
    created = conforms(schemas, mock.post(f"{BASE}/warehouses", params=KEY, json=body),
                       "/shops/{shop_id}/warehouses", "post")["data"]
    renamed = mock.put(f"{BASE}/warehouses/{created['id']}", params=KEY, json={**body, "name": "Kho mới"})
    assert conforms(schemas, renamed, "/shops/{shop_id}/warehouses/{warehouse_id}", "put")["data"]["name"] == "Kho mới"
    names = [w["name"] for w in mock.get(f"{BASE}/warehouses", params=KEY).json()["data"]]
    assert "Kho mới" in names and "kho 2" in names


def test_quantity_update_changes_listed_stock(mock: TestClient, schemas: SchemaSet, mock_app) -> None:  # type: ignore[no-untyped-def]
    mock_app.state.pipeline.sent_webhooks.clear()
    assert stock(mock, VARIATION) == {STOCKED: (20, 100)}
    path = "/shops/{shop_id}/variations/{variation_id}/update_quantity"
    response = mock.post(f"{BASE}/variations/{VARIATION}/update_quantity", params=KEY, json={
        "variations_warehouses": [{"warehouse_id": STOCKED, "remain_quantity": 15},
                                  {"warehouse_id": WAREHOUSE, "remain_quantity": 7}]})
    assert conforms(schemas, response, path, "post")["data"]["remain_quantity"] == 22  # the sum over warehouses
    assert stock(mock, VARIATION) == {STOCKED: (15, 100), WAREHOUSE: (7, 0)}
    mock.post(f"{BASE}/variations/{VARIATION}/update_quantity", params=KEY, json={
        "is_actual_remain_quantity": True, "variations_warehouses": [{"warehouse_id": STOCKED, "remain_quantity": 90}]})
    assert stock(mock, VARIATION)[STOCKED] == (15, 90)

    sent = webhooks(mock_app, "inventoryWebhook")
    records = [(p["data"]["record"]["warehouse_id"], p["data"]["record"]["change_quantity"],
                p["data"]["record"]["is_actual_remain_quantity"]) for p in sent]
    assert records == [(STOCKED, -5, False), (WAREHOUSE, 7, False), (STOCKED, -10, True)]
    assert_webhook_payloads(schemas, "inventoryWebhook", sent)

    unknown = mock.post(f"{BASE}/variations/{VARIATION}/update_quantity", params=KEY, json={
        "variations_warehouses": [{"warehouse_id": "not-a-warehouse", "remain_quantity": 1}]})
    assert "warehouse" in assert_envelope(unknown, 404)["message"]
    assert stock(mock, VARIATION)[STOCKED] == (15, 90)


def test_bulk_quantity_update_skips_unknown_variations(mock: TestClient, schemas: SchemaSet, mock_app) -> None:  # type: ignore[no-untyped-def]
    mock_app.state.pipeline.sent_webhooks.clear()
    response = mock.post(f"{BASE}/variations/update_quantity", params=KEY, json={
        "is_actual_remain_quantity": True,
        "variations_warehouses": [{"variation_id": VARIATION, "warehouse_id": WAREHOUSE, "remain_quantity": 30},
                                  {"variation_id": "5f0cfb8d-aee9-4ec0-9ff0-b5668d3143d2",
                                   "warehouse_id": WAREHOUSE, "remain_quantity": 15}]})
    data = conforms(schemas, response, "/shops/{shop_id}/variations/update_quantity", "post")["data"]
    assert [v["id"] for v in data] == [VARIATION]
    assert stock(mock, VARIATION)[WAREHOUSE] == (0, 30)
    (payload,) = webhooks(mock_app, "inventoryWebhook")
    assert payload["data"]["record"]["actual_remain_quantity"] == 30
    assert_webhook_payloads(schemas, "inventoryWebhook", [payload])


def test_products_create_and_update_show_in_the_variation_list(mock: TestClient, spec, schemas: SchemaSet) -> None:  # type: ignore[no-untyped-def]
    body = example(spec, "/shops/{shop_id}/products", "post", "ProductCreate")
    stocked = body["product"]["variations_warehouses"][0]
    stocked["warehouse_id"] = "00000000-0000-4000-8000-000000000000"
    assert "warehouse" in assert_envelope(mock.post(f"{BASE}/products", params=KEY, json=body), 404)["message"]
    stocked["warehouse_id"] = WAREHOUSE
    created = conforms(schemas, mock.post(f"{BASE}/products", params=KEY, json=body),
                       "/shops/{shop_id}/products", "post")["data"]
    (variation,) = created["variations"]
    assert variation["product_id"] == created["id"] and variation["remain_quantity"] == 10
    assert stock(mock, variation["id"]) == {WAREHOUSE: (10, 10)}

    update = example(spec, "/shops/{shop_id}/products/{product_id}", "put", "ProductUpdate")
    update["product"]["name"] = "Áo thun"
    update["product"]["variations"][0]["id"] = variation["id"]
    update["product"]["variations_warehouses"][0]["warehouse_id"] = WAREHOUSE
    updated = conforms(schemas, mock.put(f"{BASE}/products/{created['id']}", params=KEY, json=update),
                       "/shops/{shop_id}/products/{product_id}", "put")["data"]
    assert updated["name"] == "Áo thun" and len(updated["variations"]) == 2  # one updated, one created
    listed = conforms(schemas, mock.get(f"{BASE}/products/variations", params={**KEY, "search": "áo thun"}),
                      "/shops/{shop_id}/products/variations", "get")
    assert listed["total_entries"] == 2 and {v["product"]["name"] for v in listed["data"]} == {"Áo thun"}

    removed = mock.put(f"{BASE}/products/{created['id']}", params=KEY,
                       json={"product": {"variations": [{"id": variation["id"], "is_removed": True}]}})
    assert [v["id"] for v in removed.json()["data"]["variations"]] != [variation["id"]]
    assert len(removed.json()["data"]["variations"]) == 1
    other_product = mock.put(f"{BASE}/products/{PRODUCT}", params=KEY,
                             json={"product": {"variations": [{"id": variation["id"], "weight": 1}]}})
    assert_envelope(other_product, 404)  # a variation of another product


# --- stock documents, vouchers, promotions, CRM ---------------------------------------------------------


def test_transfer_to_several_warehouses_creates_one_each(mock: TestClient, spec, schemas: SchemaSet) -> None:  # type: ignore[no-untyped-def]
    body = example(spec, "/shops/{shop_id}/transfers/multi", "post", "transfer")
    body["transfer"]["to_warehouse_ids"] = ["229102e4-39c3-4523-bd57-4ed0a45a85ba", WAREHOUSE]
    created = conforms(schemas, mock.post(f"{BASE}/transfers/multi", params=KEY, json=body),
                       "/shops/{shop_id}/transfers/multi", "post")["data"]
    assert [(t["from_warehouse_name"], t["to_warehouse_name"]) for t in created] == [
        ("Kho HCM", "Cho tao cơm"), ("Kho HCM", "kho 2")]
    listed = mock.get(f"{BASE}/transfers", params={**KEY, "page": 1, "page_size": 2, "status": 0}).json()
    assert listed["total_entries"] == 3 and listed["total_pages"] == 2
    done = mock.put(f"{BASE}/transfers/{created[0]['id']}", params=KEY,
                    json={"transfer": {"status": 2, "from_warehouse_id": WAREHOUSE}})
    assert conforms(schemas, done, "/shops/{shop_id}/transfers/{transfer_id}", "put")["data"]["status"] == 2
    assert mock.get(f"{BASE}/transfers", params={**KEY, "page": 1, "page_size": 30, "status": 2}).json()[
        "total_entries"] == 1


@pytest.mark.parametrize(
    ("path", "name", "filters"),
    [("/purchases", "purchase", {"status": -2, "type": "product"}), ("/export", "normalExport", {"status": -1, "type": 0}),
     ("/stocktakings", "stocktaking", {"status": -2})],
    ids=["purchases", "exports", "stocktakings"],
)
def test_stock_documents_are_listed_after_creation(mock: TestClient, spec, schemas: SchemaSet,  # type: ignore[no-untyped-def]
                                                   path, name, filters) -> None:
    listing = {**KEY, "page": 1, "page_size": 30, **filters}
    before = mock.get(f"{BASE}{path}", params=listing).json()["total_entries"]
    response = mock.post(f"{BASE}{path}", params=KEY, json=example(spec, "/shops/{shop_id}" + path, "post", name))
    created = conforms(schemas, response, "/shops/{shop_id}" + path, "post")["data"]
    after = conforms(schemas, mock.get(f"{BASE}{path}", params=listing), "/shops/{shop_id}" + path, "get")
    assert after["total_entries"] == before + 1 and after["data"][0]["id"] == created["id"]


def test_vouchers_one_or_many(mock: TestClient, spec, schemas: SchemaSet) -> None:  # type: ignore[no-untyped-def]
    path = "/shops/{shop_id}/vouchers"
    one = conforms(schemas, mock.post(f"{BASE}/vouchers", params=KEY, json=example(spec, path, "post", "oneVoucher")),
                   path, "post")["data"]
    assert one["name"] == "test_voucher_5"
    fetched = conforms(schemas, mock.get(f"{BASE}/vouchers/{one['id']}", params=KEY),
                       "/shops/{shop_id}/vouchers/{voucher_id}", "get")
    assert fetched == one
    many = mock.post(f"{BASE}/vouchers", params=KEY, json=example(spec, path, "post", "manyVouchers")).json()["data"]
    assert len(many) == 15
    assert len(mock.get(f"{BASE}/vouchers", params=KEY).json()["data"]) == 3 + 1 + 15  # 3 from the examples


def test_promotions_create_update_and_search(mock: TestClient, spec, schemas: SchemaSet) -> None:  # type: ignore[no-untyped-def]
    path = "/shops/{shop_id}/promotion_advance"
    created = mock.post(f"{BASE}/promotion_advance", params=KEY,
                        json=example(spec, path, "post", "createPromotionAdvance"))
    promotion = conforms(schemas, created, path, "post")["data"]
    update = example(spec, path + "/{id}", "put", "updatePromotionAdvance")
    update["promotion_advance"]["name"] = "Giảm giá hè"
    conforms(schemas, mock.put(f"{BASE}/promotion_advance/{promotion['id']}", params=KEY, json=update),
             path + "/{id}", "put")
    found = mock.get(f"{BASE}/promotion_advance", params={**KEY, "textSearch": "hè"}).json()
    assert [p["id"] for p in found["data"]] == [promotion["id"]] and found["total_entries"] == 1

    products = "/shops/{shop_id}/promotion_products"
    made = mock.post(f"{BASE}/promotion_products", params=KEY,
                     json=example(spec, products, "post", "createPromotionProduct")).json()["data"]
    assert isinstance(made["id"], int)
    listed = conforms(schemas, mock.get(f"{BASE}/promotion_products", params={**KEY, "textSearch": "km_thu2"}),
                      products, "get")
    assert [p["id"] for p in listed["data"]] == [made["id"]]


def test_crm_records_belong_to_their_table(mock: TestClient, schemas: SchemaSet, mock_app) -> None:  # type: ignore[no-untyped-def]
    mock_app.state.pipeline.sent_webhooks.clear()
    path = "/shops/{shop_id}/crm/{table_name}/records"
    created = mock.post(f"{BASE}/crm/Contact/records", params=KEY, json={"record": {"Email": "lan@example.com"}})
    record = conforms(schemas, created, path, "post")["data"]["record"]
    changed = mock.put(f"{BASE}/crm/Contact/records", params=KEY,
                       json={"record": {"id": record["id"], "Address": "190 Cầu Giấy"}})
    assert conforms(schemas, changed, path, "put")["data"]["record"]["Address"] == "190 Cầu Giấy"
    entries = mock.get(f"{BASE}/crm/Contact/records", params=KEY).json()["data"]["entries"]
    assert [(e["id"], e["Email"]) for e in entries] == [(record["id"], "lan@example.com")]
    assert mock.get(f"{BASE}/crm/Deal/records", params=KEY).json() == {"data": {"entries": []}}
    assert_envelope(mock.put(f"{BASE}/crm/Deal/records", params=KEY, json={"record": {"id": record["id"]}}), 404)
    assert_webhook_payloads(schemas, "crmWebhook", webhooks(mock_app, "crmWebhook"))
    assert len(webhooks(mock_app, "crmWebhook")) == 2


def test_call_laters_and_transactions_are_listed_after_creation(mock: TestClient, spec, schemas: SchemaSet) -> None:  # type: ignore[no-untyped-def]
    path = "/shops/{shop_id}/order_call_laters"
    made = conforms(schemas, mock.post(f"{BASE}/order_call_laters", params=KEY,
                                       json=example(spec, path, "post", "CallLaterCreate")), path, "post")["data"]
    waiting = conforms(schemas, mock.get(f"{BASE}/order_call_laters", params={**KEY, "status": 0}), path, "get")
    assert [c["id"] for c in waiting["data"]] == [made["id"]] and waiting["key"] == "today"

    path = "/shops/{shop_id}/transactions"
    paid = conforms(schemas, mock.post(f"{BASE}/transactions", params=KEY,
                                       json=example(spec, path, "post", "transaction")), path, "post")["data"]
    listed = conforms(schemas, mock.get(f"{BASE}/transactions", params={**KEY, "page_size": 1}), path, "get")
    assert listed["data"][0]["id"] == paid["id"] and listed["total_entries"] == 2 and listed["total_pages"] == 2
