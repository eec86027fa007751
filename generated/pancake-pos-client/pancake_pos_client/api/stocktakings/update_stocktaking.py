from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, types
from ...client import Client
from ...models.error import Error
from ...models.stocktaking_update_request import StocktakingUpdateRequest
from ...models.update_stocktaking_response_200 import UpdateStocktakingResponse200
from ...operations import IDEMPOTENT as _IDEMPOTENT_OPERATIONS
from ...types import Response


def _get_kwargs(
    shop_id: int,
    stocktaking_id: str,
    *,
    body: StocktakingUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/stocktakings/{stocktaking_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            stocktaking_id=quote(str(stocktaking_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | UpdateStocktakingResponse200 | None:
    """A documented answer decoded; any other 2xx by the documented success schema; any other status: None."""
    if response.status_code == 200:
        response_200 = UpdateStocktakingResponse200.from_dict(response.json())

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

    if response.is_success:
        return _decode_success(response)
    return None  # an undocumented status: the Response still has it, and .content


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | UpdateStocktakingResponse200]:
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


def _decode_success(response: httpx.Response) -> UpdateStocktakingResponse200:
    """A 2xx answer decoded: by its documented schema, else (an undocumented 2xx) by the first documented one."""
    if response.status_code == 200:
        response_200 = UpdateStocktakingResponse200.from_dict(response.json())

        return response_200

    response_200 = UpdateStocktakingResponse200.from_dict(response.json())

    return response_200


def _parse_success(response: httpx.Response, client: Client | None = None) -> UpdateStocktakingResponse200:
    if not response.is_success:
        raise errors.status_error(response, _error_body(response) or response.text)
    try:
        if client is not None and client.strict:
            return types.strictly(_decode_success, response)
        return _decode_success(response)
    except Exception as exc:
        raise errors.APIResponseValidationError(response, exc) from exc


_IDEMPOTENT = "update_stocktaking" in _IDEMPOTENT_OPERATIONS


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
    shop_id: int,
    stocktaking_id: str,
    *,
    client: Client,
    body: StocktakingUpdateRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Error | UpdateStocktakingResponse200]:
    """Update a stocktaking

     Updates a stocktaking ("Cập nhật kiểm hàng"): its status, note, scope and counted lines. Lines that
    already exist carry their `id`; new lines have none. The source documents no response body.

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        stocktaking_id (str): Stocktaking id (UUID), `id` of a stocktaking.
        body (StocktakingUpdateRequest): Body of "Cập nhật kiểm hàng": the fields of the
            `stocktaking` object its example wraps them in (the table is headed "Query Parameters").
            `id` repeats the path's `stocktaking_id`.
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (PUT is retried by default only where the spec marks the
            operation x-idempotent; giving this retries it anyway).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | UpdateStocktakingResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        stocktaking_id=stocktaking_id,
        body=body,
    )

    response = client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    stocktaking_id: str,
    *,
    client: Client,
    body: StocktakingUpdateRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> UpdateStocktakingResponse200:
    """Update a stocktaking

     Updates a stocktaking ("Cập nhật kiểm hàng"): its status, note, scope and counted lines. Lines that
    already exist carry their `id`; new lines have none. The source documents no response body.

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        stocktaking_id (str): Stocktaking id (UUID), `id` of a stocktaking.
        body (StocktakingUpdateRequest): Body of "Cập nhật kiểm hàng": the fields of the
            `stocktaking` object its example wraps them in (the table is headed "Query Parameters").
            `id` repeats the path's `stocktaking_id`.
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (PUT is retried by default only where the spec marks the
            operation x-idempotent; giving this retries it anyway).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        UpdateStocktakingResponse200
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        stocktaking_id=stocktaking_id,
        body=body,
    )

    return _parse_success(
        client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )


async def asyncio_detailed(
    shop_id: int,
    stocktaking_id: str,
    *,
    client: Client,
    body: StocktakingUpdateRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Error | UpdateStocktakingResponse200]:
    """Update a stocktaking

     Updates a stocktaking ("Cập nhật kiểm hàng"): its status, note, scope and counted lines. Lines that
    already exist carry their `id`; new lines have none. The source documents no response body.

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        stocktaking_id (str): Stocktaking id (UUID), `id` of a stocktaking.
        body (StocktakingUpdateRequest): Body of "Cập nhật kiểm hàng": the fields of the
            `stocktaking` object its example wraps them in (the table is headed "Query Parameters").
            `id` repeats the path's `stocktaking_id`.
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (PUT is retried by default only where the spec marks the
            operation x-idempotent; giving this retries it anyway).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | UpdateStocktakingResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        stocktaking_id=stocktaking_id,
        body=body,
    )

    response = await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    stocktaking_id: str,
    *,
    client: Client,
    body: StocktakingUpdateRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> UpdateStocktakingResponse200:
    """Update a stocktaking

     Updates a stocktaking ("Cập nhật kiểm hàng"): its status, note, scope and counted lines. Lines that
    already exist carry their `id`; new lines have none. The source documents no response body.

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        stocktaking_id (str): Stocktaking id (UUID), `id` of a stocktaking.
        body (StocktakingUpdateRequest): Body of "Cập nhật kiểm hàng": the fields of the
            `stocktaking` object its example wraps them in (the table is headed "Query Parameters").
            `id` repeats the path's `stocktaking_id`.
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (PUT is retried by default only where the spec marks the
            operation x-idempotent; giving this retries it anyway).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        UpdateStocktakingResponse200
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        stocktaking_id=stocktaking_id,
        body=body,
    )

    return _parse_success(
        await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )
