import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors, types
from ...client import Client
from ...models.error import Error
from ...models.order_list_response import OrderListResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since = since.isoformat()
    params["since"] = json_since

    json_until = until.isoformat()
    params["until"] = json_until

    params["limit"] = limit

    params["offset"] = offset

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
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Error | OrderListResponse]:
    """List orders by order-date range

     Returns the orders the partner has previously sent with Create Order whose order date lies between
    `since` and `until` (RFC 3339), at most `limit` (≤ 100) orders starting after `offset` records. All
    four query parameters are required. The source's request example: `GET
    /v1/partner/order?since=2018-10-13T13:34:52Z&until=2018-10-16T19:22:39Z&limit=100&offset=0`. The
    request has no body, so `Secret` is the HMAC of the empty body.

    Args:
        since (datetime.datetime): Start of the order-date range of the requested orders (must be
            in RFC3339 format). Source type: Timestamp.
        until (datetime.datetime): End of the order-date range of the requested orders (must be in
            RFC3339 format). Source type: Timestamp.
        limit (int): The maximum number of orders that can be returned; the supported maximum is
            100. The source marks it required and gives no default and no lower bound (ledger SO-012).
        offset (int): Number of records to skip before the first returned order. The source
            describes it as "The number of records to be returned in 1 page", which describes a page
            size (that is `limit`); it is taken as an offset, as its name and the example `offset=0`
            suggest (ledger SO-012).
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
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )

    response = client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> OrderListResponse:
    """List orders by order-date range

     Returns the orders the partner has previously sent with Create Order whose order date lies between
    `since` and `until` (RFC 3339), at most `limit` (≤ 100) orders starting after `offset` records. All
    four query parameters are required. The source's request example: `GET
    /v1/partner/order?since=2018-10-13T13:34:52Z&until=2018-10-16T19:22:39Z&limit=100&offset=0`. The
    request has no body, so `Secret` is the HMAC of the empty body.

    Args:
        since (datetime.datetime): Start of the order-date range of the requested orders (must be
            in RFC3339 format). Source type: Timestamp.
        until (datetime.datetime): End of the order-date range of the requested orders (must be in
            RFC3339 format). Source type: Timestamp.
        limit (int): The maximum number of orders that can be returned; the supported maximum is
            100. The source marks it required and gives no default and no lower bound (ledger SO-012).
        offset (int): Number of records to skip before the first returned order. The source
            describes it as "The number of records to be returned in 1 page", which describes a page
            size (that is `limit`); it is taken as an offset, as its name and the example `offset=0`
            suggest (ledger SO-012).
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
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )

    return _parse_success(
        client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )


async def asyncio_detailed(
    *,
    client: Client,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Error | OrderListResponse]:
    """List orders by order-date range

     Returns the orders the partner has previously sent with Create Order whose order date lies between
    `since` and `until` (RFC 3339), at most `limit` (≤ 100) orders starting after `offset` records. All
    four query parameters are required. The source's request example: `GET
    /v1/partner/order?since=2018-10-13T13:34:52Z&until=2018-10-16T19:22:39Z&limit=100&offset=0`. The
    request has no body, so `Secret` is the HMAC of the empty body.

    Args:
        since (datetime.datetime): Start of the order-date range of the requested orders (must be
            in RFC3339 format). Source type: Timestamp.
        until (datetime.datetime): End of the order-date range of the requested orders (must be in
            RFC3339 format). Source type: Timestamp.
        limit (int): The maximum number of orders that can be returned; the supported maximum is
            100. The source marks it required and gives no default and no lower bound (ledger SO-012).
        offset (int): Number of records to skip before the first returned order. The source
            describes it as "The number of records to be returned in 1 page", which describes a page
            size (that is `limit`); it is taken as an offset, as its name and the example `offset=0`
            suggest (ledger SO-012).
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
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )

    response = await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> OrderListResponse:
    """List orders by order-date range

     Returns the orders the partner has previously sent with Create Order whose order date lies between
    `since` and `until` (RFC 3339), at most `limit` (≤ 100) orders starting after `offset` records. All
    four query parameters are required. The source's request example: `GET
    /v1/partner/order?since=2018-10-13T13:34:52Z&until=2018-10-16T19:22:39Z&limit=100&offset=0`. The
    request has no body, so `Secret` is the HMAC of the empty body.

    Args:
        since (datetime.datetime): Start of the order-date range of the requested orders (must be
            in RFC3339 format). Source type: Timestamp.
        until (datetime.datetime): End of the order-date range of the requested orders (must be in
            RFC3339 format). Source type: Timestamp.
        limit (int): The maximum number of orders that can be returned; the supported maximum is
            100. The source marks it required and gives no default and no lower bound (ledger SO-012).
        offset (int): Number of records to skip before the first returned order. The source
            describes it as "The number of records to be returned in 1 page", which describes a page
            size (that is `limit`); it is taken as an offset, as its name and the example `offset=0`
            suggest (ledger SO-012).
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
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )

    return _parse_success(
        await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )
