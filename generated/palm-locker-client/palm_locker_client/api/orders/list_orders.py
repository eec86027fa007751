import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors, types
from ...client import Client
from ...models.error import Error
from ...models.order_list_response import OrderListResponse
from ...models.order_status import OrderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_order_status: str | Unset = UNSET
    if not isinstance(order_status, Unset):
        json_order_status = order_status

    params["orderStatus"] = json_order_status

    params["receiverPhone"] = receiver_phone

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["purpose"] = purpose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/order",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | OrderListResponse | None:
    """A documented answer decoded; any other 2xx by the documented success schema; any other status: None."""
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.is_success:
        return _decode_success(response)
    return None  # an undocumented status: the Response still has it, and .content


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | OrderListResponse]:
    try:
        if client.strict:
            parsed = types.strictly(_parse_response, client=client, response=response)
        else:
            parsed = _parse_response(client=client, response=response)
    except errors.APIStatusError:
        raise
    except Exception as exc:
        if response.is_success:
            raise errors.APIResponseValidationError(response, exc) from exc
        parsed = None  # an error answer that is not the documented envelope: see .content
    return Response(
        status_code=types.status(response.status_code),
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


def _decode_success(response: httpx.Response) -> OrderListResponse:
    """A 2xx answer decoded: by its documented schema, else (an undocumented 2xx) by the first documented one."""
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(response.json())

        return response_200

    response_200 = OrderListResponse.from_dict(response.json())

    return response_200


def _parse_success(response: httpx.Response, client: Client | None = None) -> OrderListResponse:
    if not response.is_success:
        raise errors.status_error(response, _error_body(response) or response.text)
    try:
        if client is not None and client.strict:
            return types.strictly(_decode_success, response)
        return _decode_success(response)
    except Exception as exc:
        raise errors.APIResponseValidationError(response, exc) from exc


_IDEMPOTENT = True


def _options(
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    return {
        "idempotent": _IDEMPOTENT,
        "timeout": timeout,
        "max_retries": max_retries,
        "extra_headers": extra_headers,
        "extra_query": extra_query,
        "extra_body": extra_body,
    }


def sync_detailed(
    *,
    client: Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Error | OrderListResponse]:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status, receiver phone, purpose and
    a creation-date range. The table lists page, size, orderStatus and receiverPhone; the intro and
    Notes add `startTime`, `endTime` (ISO 8601) and `purpose`, described here as optional and
    unverified; their `status`, `pageSize` and `pageIndex` are taken as other names of orderStatus, size
    and page (ledger PL-006). The answer is not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset): The index of the page, from 0. Default is 0. Default: 0.
        size (int | Unset): The number of items per page. Default is 20 (the source writes "2o",
            ledger PL-007). Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset): Phone number of the receiver.
        start_time (datetime.datetime | Unset): Only orders created at or after this instant (ISO
            8601). Named by the source's Notes, not by its table (ledger PL-006).
        end_time (datetime.datetime | Unset): Only orders created at or before this instant (ISO
            8601). Named by the source's Notes, not by its table (ledger PL-006).
        purpose (str | Unset): The orders' intended use. Named by the intro and Notes, which list
            no values; an order's only field of that kind is `orderType` (e.g. `locker`), which the
            mock matches (ledger PL-006).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | OrderListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        order_status=order_status,
        receiver_phone=receiver_phone,
        start_time=start_time,
        end_time=end_time,
        purpose=purpose,
    )

    response = client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> OrderListResponse:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status, receiver phone, purpose and
    a creation-date range. The table lists page, size, orderStatus and receiverPhone; the intro and
    Notes add `startTime`, `endTime` (ISO 8601) and `purpose`, described here as optional and
    unverified; their `status`, `pageSize` and `pageIndex` are taken as other names of orderStatus, size
    and page (ledger PL-006). The answer is not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset): The index of the page, from 0. Default is 0. Default: 0.
        size (int | Unset): The number of items per page. Default is 20 (the source writes "2o",
            ledger PL-007). Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset): Phone number of the receiver.
        start_time (datetime.datetime | Unset): Only orders created at or after this instant (ISO
            8601). Named by the source's Notes, not by its table (ledger PL-006).
        end_time (datetime.datetime | Unset): Only orders created at or before this instant (ISO
            8601). Named by the source's Notes, not by its table (ledger PL-006).
        purpose (str | Unset): The orders' intended use. Named by the intro and Notes, which list
            no values; an order's only field of that kind is `orderType` (e.g. `locker`), which the
            mock matches (ledger PL-006).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        OrderListResponse
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        order_status=order_status,
        receiver_phone=receiver_phone,
        start_time=start_time,
        end_time=end_time,
        purpose=purpose,
    )

    return _parse_success(
        client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )


async def asyncio_detailed(
    *,
    client: Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Error | OrderListResponse]:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status, receiver phone, purpose and
    a creation-date range. The table lists page, size, orderStatus and receiverPhone; the intro and
    Notes add `startTime`, `endTime` (ISO 8601) and `purpose`, described here as optional and
    unverified; their `status`, `pageSize` and `pageIndex` are taken as other names of orderStatus, size
    and page (ledger PL-006). The answer is not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset): The index of the page, from 0. Default is 0. Default: 0.
        size (int | Unset): The number of items per page. Default is 20 (the source writes "2o",
            ledger PL-007). Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset): Phone number of the receiver.
        start_time (datetime.datetime | Unset): Only orders created at or after this instant (ISO
            8601). Named by the source's Notes, not by its table (ledger PL-006).
        end_time (datetime.datetime | Unset): Only orders created at or before this instant (ISO
            8601). Named by the source's Notes, not by its table (ledger PL-006).
        purpose (str | Unset): The orders' intended use. Named by the intro and Notes, which list
            no values; an order's only field of that kind is `orderType` (e.g. `locker`), which the
            mock matches (ledger PL-006).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | OrderListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        order_status=order_status,
        receiver_phone=receiver_phone,
        start_time=start_time,
        end_time=end_time,
        purpose=purpose,
    )

    response = await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> OrderListResponse:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status, receiver phone, purpose and
    a creation-date range. The table lists page, size, orderStatus and receiverPhone; the intro and
    Notes add `startTime`, `endTime` (ISO 8601) and `purpose`, described here as optional and
    unverified; their `status`, `pageSize` and `pageIndex` are taken as other names of orderStatus, size
    and page (ledger PL-006). The answer is not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset): The index of the page, from 0. Default is 0. Default: 0.
        size (int | Unset): The number of items per page. Default is 20 (the source writes "2o",
            ledger PL-007). Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset): Phone number of the receiver.
        start_time (datetime.datetime | Unset): Only orders created at or after this instant (ISO
            8601). Named by the source's Notes, not by its table (ledger PL-006).
        end_time (datetime.datetime | Unset): Only orders created at or before this instant (ISO
            8601). Named by the source's Notes, not by its table (ledger PL-006).
        purpose (str | Unset): The orders' intended use. Named by the intro and Notes, which list
            no values; an order's only field of that kind is `orderType` (e.g. `locker`), which the
            mock matches (ledger PL-006).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        OrderListResponse
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        order_status=order_status,
        receiver_phone=receiver_phone,
        start_time=start_time,
        end_time=end_time,
        purpose=purpose,
    )

    return _parse_success(
        await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )
