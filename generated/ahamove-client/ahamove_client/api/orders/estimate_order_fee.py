from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors, types
from ...client import Client
from ...models.estimate_error import EstimateError
from ...models.estimate_order_request import EstimateOrderRequest
from ...models.estimate_result import EstimateResult
from ...operations import IDEMPOTENT as _IDEMPOTENT_OPERATIONS
from ...types import Response


def _get_kwargs(
    *,
    body: EstimateOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/orders/estimates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> EstimateError | list[EstimateResult] | None:
    """A documented answer decoded; any other 2xx by the documented success schema; any other status: None."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError(f"expected an array, got {type(_response_200).__name__}")
        for response_200_item_data in _response_200:
            try:
                response_200_item = EstimateResult.from_dict(response_200_item_data)

            except Exception as item_exc:
                response_200_item = types.undecoded_item(response_200_item_data, "response_200", item_exc)
            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = EstimateError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EstimateError.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = EstimateError.from_dict(response.json())

        return response_406

    if response.is_success:
        return _decode_success(response)
    return None  # an undocumented status: the Response still has it, and .content


def _build_response(*, client: Client, response: httpx.Response) -> Response[EstimateError | list[EstimateResult]]:
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
            response_400 = EstimateError.from_dict(response.json())

            return response_400

        except Exception:
            return response.text
    if response.status_code == 401:
        try:
            response_401 = EstimateError.from_dict(response.json())

            return response_401

        except Exception:
            return response.text
    if response.status_code == 406:
        try:
            response_406 = EstimateError.from_dict(response.json())

            return response_406

        except Exception:
            return response.text
    try:  # an undocumented status: the vendor's envelope is usually the same
        response_400 = EstimateError.from_dict(response.json())

        parsed = response_400

        if parsed is not None:
            return parsed
    except Exception:
        pass
    return response.text


def _decode_success(response: httpx.Response) -> list[EstimateResult]:
    """A 2xx answer decoded: by its documented schema, else (an undocumented 2xx) by the first documented one."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError(f"expected an array, got {type(_response_200).__name__}")
        for response_200_item_data in _response_200:
            try:
                response_200_item = EstimateResult.from_dict(response_200_item_data)

            except Exception as item_exc:
                response_200_item = types.undecoded_item(response_200_item_data, "response_200", item_exc)
            response_200.append(response_200_item)

        return response_200

    response_200 = []
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise TypeError(f"expected an array, got {type(_response_200).__name__}")
    for response_200_item_data in _response_200:
        try:
            response_200_item = EstimateResult.from_dict(response_200_item_data)

        except Exception as item_exc:
            response_200_item = types.undecoded_item(response_200_item_data, "response_200", item_exc)
        response_200.append(response_200_item)

    return response_200


def _parse_success(response: httpx.Response, client: Client | None = None) -> list[EstimateResult]:
    if not response.is_success:
        raise errors.status_error(response, _error_body(response) or response.text)
    try:
        if client is not None and client.strict:
            return types.strictly(_decode_success, response)
        return _decode_success(response)
    except Exception as exc:
        raise errors.APIResponseValidationError(response, exc) from exc


_IDEMPOTENT = "estimate_order_fee" in _IDEMPOTENT_OPERATIONS


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
    body: EstimateOrderRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[EstimateError | list[EstimateResult]]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason. The HTTP 406 codes of the
    error table can arrive either way: inside a 200 answer as one service's `error` (as the response
    example shows), or as a whole-request 406 answer with the same error body (the table's HTTP status);
    when the API chooses which is not documented (ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (POST is retried by default only where the spec marks the
            operation x-idempotent; giving this retries it anyway).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[EstimateError | list[EstimateResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: EstimateOrderRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> list[EstimateResult]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason. The HTTP 406 codes of the
    error table can arrive either way: inside a 200 answer as one service's `error` (as the response
    example shows), or as a whole-request 406 answer with the same error body (the table's HTTP status);
    when the API chooses which is not documented (ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (POST is retried by default only where the spec marks the
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
        list[EstimateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return _parse_success(
        client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )


async def asyncio_detailed(
    *,
    client: Client,
    body: EstimateOrderRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[EstimateError | list[EstimateResult]]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason. The HTTP 406 codes of the
    error table can arrive either way: inside a 200 answer as one service's `error` (as the response
    example shows), or as a whole-request 406 answer with the same error body (the table's HTTP status);
    when the API chooses which is not documented (ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (POST is retried by default only where the spec marks the
            operation x-idempotent; giving this retries it anyway).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[EstimateError | list[EstimateResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: EstimateOrderRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> list[EstimateResult]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason. The HTTP 406 codes of the
    error table can arrive either way: inside a 200 answer as one service's `error` (as the response
    example shows), or as a whole-request 406 answer with the same error body (the table's HTTP status);
    when the API chooses which is not documented (ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (POST is retried by default only where the spec marks the
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
        list[EstimateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return _parse_success(
        await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )
