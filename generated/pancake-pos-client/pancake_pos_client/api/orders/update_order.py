from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import Client
from ...models.error import Error
from ...models.order_envelope import OrderEnvelope
from ...models.order_update_request import OrderUpdateRequest
from ...types import Response


def _get_kwargs(
    shop_id: int,
    order_id: str,
    *,
    body: OrderUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/orders/{order_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | OrderEnvelope | None:
    if response.status_code == 200:
        response_200 = OrderEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | OrderEnvelope]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        if response.is_success:
            raise errors.APIResponseValidationError(response, exc) from exc
        parsed = None  # an error answer that is not the documented envelope: see .content
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _error_body(response: httpx.Response) -> Any:
    """The vendor's error envelope as its model when it parses, else the response text."""
    if response.status_code == 400:
        try:
            response_400 = Error.from_dict(response.json())

            return response_400

        except Exception:
            return response.text
    if response.status_code == 401:
        try:
            response_401 = Error.from_dict(response.json())

            return response_401

        except Exception:
            return response.text
    if response.status_code == 404:
        try:
            response_404 = Error.from_dict(response.json())

            return response_404

        except Exception:
            return response.text
    if response.status_code == 422:
        try:
            response_422 = Error.from_dict(response.json())

            return response_422

        except Exception:
            return response.text
    try:  # an undocumented status: the vendor's envelope is usually the same
        response_400 = Error.from_dict(response.json())

        parsed = response_400

        if parsed is not None:
            return parsed
    except Exception:
        pass
    return response.text


def _parse_success(response: httpx.Response) -> OrderEnvelope:
    if not response.is_success:
        raise errors.status_error(response, _error_body(response) or response.text)
    try:
        if response.status_code == 200:
            response_200 = OrderEnvelope.from_dict(response.json())

            return response_200

    except Exception as exc:
        raise errors.APIResponseValidationError(response, exc) from exc
    raise errors.APIResponseValidationError(response, "undocumented status")


def sync_detailed(
    shop_id: int,
    order_id: str,
    *,
    client: Client,
    body: OrderUpdateRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[Error | OrderEnvelope]:
    """Update an order

     Updates an order: recipient, lines, address, fees, payments, tags, assignment, and its status (send
    `status` with an order status code to move the order, e.g. to 1 "Đã xác nhận" or 6 "Đã hủy"). For
    marketplace orders (Shopee, Lazada, TikTok), `arrange_shipment_marketplace`, `pick_up_method` and
    `picking_shif_marketplace` arrange the shipment. The source shows no response; the updated order is
    assumed to come back as `{success, data}` (ledger PP-109).

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        order_id (str): Order id (`<ORDER_ID>` in the source; the `id` of an order). A string: the
            answers' `id` is an integer in every example and a string in the tables, and a path
            parameter accepts every form of the id the API returns (ledger PP-112, the same rule as
            PP-307).
        body (OrderUpdateRequest): Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn
            hàng"): the fields to change, including `status` (move the order to another status). The
            source marks no field required. The source's example sends back a whole order, including
            read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are
            accepted here.
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | OrderEnvelope]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        order_id=order_id,
        body=body,
    )

    response = client.request(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    order_id: str,
    *,
    client: Client,
    body: OrderUpdateRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OrderEnvelope:
    """Update an order

     Updates an order: recipient, lines, address, fees, payments, tags, assignment, and its status (send
    `status` with an order status code to move the order, e.g. to 1 "Đã xác nhận" or 6 "Đã hủy"). For
    marketplace orders (Shopee, Lazada, TikTok), `arrange_shipment_marketplace`, `pick_up_method` and
    `picking_shif_marketplace` arrange the shipment. The source shows no response; the updated order is
    assumed to come back as `{success, data}` (ledger PP-109).

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        order_id (str): Order id (`<ORDER_ID>` in the source; the `id` of an order). A string: the
            answers' `id` is an integer in every example and a string in the tables, and a path
            parameter accepts every form of the id the API returns (ledger PP-112, the same rule as
            PP-307).
        body (OrderUpdateRequest): Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn
            hàng"): the fields to change, including `status` (move the order to another status). The
            source marks no field required. The source's example sends back a whole order, including
            read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are
            accepted here.
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        OrderEnvelope
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        order_id=order_id,
        body=body,
    )

    return _parse_success(client.request(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers))


async def asyncio_detailed(
    shop_id: int,
    order_id: str,
    *,
    client: Client,
    body: OrderUpdateRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[Error | OrderEnvelope]:
    """Update an order

     Updates an order: recipient, lines, address, fees, payments, tags, assignment, and its status (send
    `status` with an order status code to move the order, e.g. to 1 "Đã xác nhận" or 6 "Đã hủy"). For
    marketplace orders (Shopee, Lazada, TikTok), `arrange_shipment_marketplace`, `pick_up_method` and
    `picking_shif_marketplace` arrange the shipment. The source shows no response; the updated order is
    assumed to come back as `{success, data}` (ledger PP-109).

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        order_id (str): Order id (`<ORDER_ID>` in the source; the `id` of an order). A string: the
            answers' `id` is an integer in every example and a string in the tables, and a path
            parameter accepts every form of the id the API returns (ledger PP-112, the same rule as
            PP-307).
        body (OrderUpdateRequest): Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn
            hàng"): the fields to change, including `status` (move the order to another status). The
            source marks no field required. The source's example sends back a whole order, including
            read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are
            accepted here.
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | OrderEnvelope]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        order_id=order_id,
        body=body,
    )

    response = await client.arequest(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    order_id: str,
    *,
    client: Client,
    body: OrderUpdateRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OrderEnvelope:
    """Update an order

     Updates an order: recipient, lines, address, fees, payments, tags, assignment, and its status (send
    `status` with an order status code to move the order, e.g. to 1 "Đã xác nhận" or 6 "Đã hủy"). For
    marketplace orders (Shopee, Lazada, TikTok), `arrange_shipment_marketplace`, `pick_up_method` and
    `picking_shif_marketplace` arrange the shipment. The source shows no response; the updated order is
    assumed to come back as `{success, data}` (ledger PP-109).

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        order_id (str): Order id (`<ORDER_ID>` in the source; the `id` of an order). A string: the
            answers' `id` is an integer in every example and a string in the tables, and a path
            parameter accepts every form of the id the API returns (ledger PP-112, the same rule as
            PP-307).
        body (OrderUpdateRequest): Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn
            hàng"): the fields to change, including `status` (move the order to another status). The
            source marks no field required. The source's example sends back a whole order, including
            read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are
            accepted here.
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        OrderEnvelope
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        order_id=order_id,
        body=body,
    )

    return _parse_success(
        await client.arequest(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
    )
