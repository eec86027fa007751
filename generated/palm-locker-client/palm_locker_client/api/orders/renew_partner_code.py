from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.error import Error
from ...models.order_id_request import OrderIdRequest
from ...models.renew_partner_code_response import RenewPartnerCodeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OrderIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/orders/partnerCode/renew",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | RenewPartnerCodeResponse | None:
    if response.status_code == 200:
        response_200 = RenewPartnerCodeResponse.from_dict(response.json())

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | RenewPartnerCodeResponse]:
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


def _parse_success(response: httpx.Response) -> RenewPartnerCodeResponse:
    if not response.is_success:
        raise errors.status_error(response, _error_body(response) or response.text)
    try:
        if response.status_code == 200:
            response_200 = RenewPartnerCodeResponse.from_dict(response.json())

            return response_200

    except Exception as exc:
        raise errors.APIResponseValidationError(response, exc) from exc
    raise errors.APIResponseValidationError(response, "undocumented status")


def sync_detailed(
    *,
    client: Client,
    body: OrderIdRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[Error | RenewPartnerCodeResponse]:
    """Renew an order's partner code

     Issues a new partner code (the code that lets the partner open the box) for an order and returns the
    order with the new code. The path starts with `/orders` (plural) unlike every other order path; kept
    as written (ledger PL-029). The prose announces a success flag the example does not show (ledger
    PL-028).

    Args:
        body (OrderIdRequest): A body naming one order ("Cancel order", "Renew Partner Code",
            "Renew Order pass").
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | RenewPartnerCodeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: OrderIdRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RenewPartnerCodeResponse:
    """Renew an order's partner code

     Issues a new partner code (the code that lets the partner open the box) for an order and returns the
    order with the new code. The path starts with `/orders` (plural) unlike every other order path; kept
    as written (ledger PL-029). The prose announces a success flag the example does not show (ledger
    PL-028).

    Args:
        body (OrderIdRequest): A body naming one order ("Cancel order", "Renew Partner Code",
            "Renew Order pass").
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
        RenewPartnerCodeResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return _parse_success(client.request(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers))


async def asyncio_detailed(
    *,
    client: Client,
    body: OrderIdRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[Error | RenewPartnerCodeResponse]:
    """Renew an order's partner code

     Issues a new partner code (the code that lets the partner open the box) for an order and returns the
    order with the new code. The path starts with `/orders` (plural) unlike every other order path; kept
    as written (ledger PL-029). The prose announces a success flag the example does not show (ledger
    PL-028).

    Args:
        body (OrderIdRequest): A body naming one order ("Cancel order", "Renew Partner Code",
            "Renew Order pass").
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | RenewPartnerCodeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: OrderIdRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RenewPartnerCodeResponse:
    """Renew an order's partner code

     Issues a new partner code (the code that lets the partner open the box) for an order and returns the
    order with the new code. The path starts with `/orders` (plural) unlike every other order path; kept
    as written (ledger PL-029). The prose announces a success flag the example does not show (ledger
    PL-028).

    Args:
        body (OrderIdRequest): A body naming one order ("Cancel order", "Renew Partner Code",
            "Renew Order pass").
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
        RenewPartnerCodeResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return _parse_success(
        await client.arequest(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
    )
