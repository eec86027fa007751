from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Estimate")


@_attrs_define
class Estimate:
    """Price of the order for one service. The source documents these fields only by the response example; types are taken
    from it (AH-011). Money amounts are in `currency`.

        Attributes:
            distance (float | Unset): Route distance (unit not documented; the example's 11.6298 suggests km).
            duration (float | Unset): Estimated duration (unit not documented; the example's 3166 suggests seconds).
            user_main_account (float | Unset): Main account balance of the user (assumed from the name: the document does
                not describe it).
            user_bonus_account (float | Unset): Bonus account balance of the user (assumed from the name: the document does
                not describe it).
            currency (str | Unset): Currency code (e.g. `VND`).
            total_pay (float | Unset): Amount the user pays (assumed from the name: the document does not describe it).
            polyline_points (str | Unset): Encoded route polyline (same value as `polylines`, AH-010) (assumed from the
                name: the document does not describe it).
            polylines (str | Unset): Encoded route polyline (same value as `polyline_points`, AH-010) (assumed from the
                name: the document does not describe it).
            total_balance (float | Unset): Total balance of the user (assumed from the name: the document does not describe
                it).
            is_post_paid (bool | Unset): Whether the account is post-paid (assumed from the name: the document does not
                describe it).
            is_child_account (bool | Unset): Whether the account is a child account (assumed from the name: the document
                does not describe it).
            online_pay (float | Unset): Amount paid online (assumed from the name: the document does not describe it).
            payment_method (str | Unset): Payment method (e.g. `CASH`).
            distance_fee (float | Unset): Fee for the distance (assumed from the name: the document does not describe it).
            request_fee (float | Unset): Fee for the special requests (assumed from the name: the document does not describe
                it).
            stop_fee (float | Unset): Fee for the stop points (assumed from the name: the document does not describe it).
            vat_fee (float | Unset): VAT on the fees (assumed from the name: the document does not describe it).
            discount (float | Unset): Discount.
            total_fee (float | Unset): Total fee (assumed from the name: the document does not describe it).
            item_fee (float | Unset): Fee for the items (assumed from the name: the document does not describe it).
            item_vat_fee (float | Unset): VAT on the item fee (assumed from the name: the document does not describe it).
            item_discount (float | Unset): Discount on the item fee (assumed from the name: the document does not describe
                it).
            cod_commission_fee (float | Unset): Commission on COD (assumed from the name: the document does not describe
                it).
            requests (list[EstimateRequestPrice] | Unset): Priced special requests.
            stoppoint_price (float | Unset): Price of the stop points (assumed from the name: the document does not describe
                it).
            special_request_price (float | Unset): Price of the special requests (assumed from the name: the document does
                not describe it).
            vat (float | Unset): VAT (assumed from the name: the document does not describe it).
            distance_price (float | Unset): Price of the distance (assumed from the name: the document does not describe
                it).
            voucher_discount (float | Unset): Voucher discount (assumed from the name: the document does not describe it).
            subtotal_price (float | Unset): Subtotal (assumed from the name: the document does not describe it).
            total_price (float | Unset): Total price (assumed from the name: the document does not describe it).
            surge_rate (float | Unset): Surge rate applied (assumed from the name: the document does not describe it).
    """

    distance: float | Unset = UNSET
    duration: float | Unset = UNSET
    user_main_account: float | Unset = UNSET
    user_bonus_account: float | Unset = UNSET
    currency: str | Unset = UNSET
    total_pay: float | Unset = UNSET
    polyline_points: str | Unset = UNSET
    polylines: str | Unset = UNSET
    total_balance: float | Unset = UNSET
    is_post_paid: bool | Unset = UNSET
    is_child_account: bool | Unset = UNSET
    online_pay: float | Unset = UNSET
    payment_method: str | Unset = UNSET
    distance_fee: float | Unset = UNSET
    request_fee: float | Unset = UNSET
    stop_fee: float | Unset = UNSET
    vat_fee: float | Unset = UNSET
    discount: float | Unset = UNSET
    total_fee: float | Unset = UNSET
    item_fee: float | Unset = UNSET
    item_vat_fee: float | Unset = UNSET
    item_discount: float | Unset = UNSET
    cod_commission_fee: float | Unset = UNSET
    requests: list[EstimateRequestPrice] | Unset = UNSET
    stoppoint_price: float | Unset = UNSET
    special_request_price: float | Unset = UNSET
    vat: float | Unset = UNSET
    distance_price: float | Unset = UNSET
    voucher_discount: float | Unset = UNSET
    subtotal_price: float | Unset = UNSET
    total_price: float | Unset = UNSET
    surge_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distance = self.distance

        duration = self.duration

        user_main_account = self.user_main_account

        user_bonus_account = self.user_bonus_account

        currency = self.currency

        total_pay = self.total_pay

        polyline_points = self.polyline_points

        polylines = self.polylines

        total_balance = self.total_balance

        is_post_paid = self.is_post_paid

        is_child_account = self.is_child_account

        online_pay = self.online_pay

        payment_method = self.payment_method

        distance_fee = self.distance_fee

        request_fee = self.request_fee

        stop_fee = self.stop_fee

        vat_fee = self.vat_fee

        discount = self.discount

        total_fee = self.total_fee

        item_fee = self.item_fee

        item_vat_fee = self.item_vat_fee

        item_discount = self.item_discount

        cod_commission_fee = self.cod_commission_fee

        requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        stoppoint_price = self.stoppoint_price

        special_request_price = self.special_request_price

        vat = self.vat

        distance_price = self.distance_price

        voucher_discount = self.voucher_discount

        subtotal_price = self.subtotal_price

        total_price = self.total_price

        surge_rate = self.surge_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distance is not UNSET:
            field_dict["distance"] = distance
        if duration is not UNSET:
            field_dict["duration"] = duration
        if user_main_account is not UNSET:
            field_dict["user_main_account"] = user_main_account
        if user_bonus_account is not UNSET:
            field_dict["user_bonus_account"] = user_bonus_account
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_pay is not UNSET:
            field_dict["total_pay"] = total_pay
        if polyline_points is not UNSET:
            field_dict["polyline_points"] = polyline_points
        if polylines is not UNSET:
            field_dict["polylines"] = polylines
        if total_balance is not UNSET:
            field_dict["total_balance"] = total_balance
        if is_post_paid is not UNSET:
            field_dict["is_post_paid"] = is_post_paid
        if is_child_account is not UNSET:
            field_dict["is_child_account"] = is_child_account
        if online_pay is not UNSET:
            field_dict["online_pay"] = online_pay
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if distance_fee is not UNSET:
            field_dict["distance_fee"] = distance_fee
        if request_fee is not UNSET:
            field_dict["request_fee"] = request_fee
        if stop_fee is not UNSET:
            field_dict["stop_fee"] = stop_fee
        if vat_fee is not UNSET:
            field_dict["vat_fee"] = vat_fee
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total_fee is not UNSET:
            field_dict["total_fee"] = total_fee
        if item_fee is not UNSET:
            field_dict["item_fee"] = item_fee
        if item_vat_fee is not UNSET:
            field_dict["item_vat_fee"] = item_vat_fee
        if item_discount is not UNSET:
            field_dict["item_discount"] = item_discount
        if cod_commission_fee is not UNSET:
            field_dict["cod_commission_fee"] = cod_commission_fee
        if requests is not UNSET:
            field_dict["requests"] = requests
        if stoppoint_price is not UNSET:
            field_dict["stoppoint_price"] = stoppoint_price
        if special_request_price is not UNSET:
            field_dict["special_request_price"] = special_request_price
        if vat is not UNSET:
            field_dict["vat"] = vat
        if distance_price is not UNSET:
            field_dict["distance_price"] = distance_price
        if voucher_discount is not UNSET:
            field_dict["voucher_discount"] = voucher_discount
        if subtotal_price is not UNSET:
            field_dict["subtotal_price"] = subtotal_price
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if surge_rate is not UNSET:
            field_dict["surge_rate"] = surge_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            distance = d.pop("distance", UNSET)
            if not isinstance(distance, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(distance).__name__}")
        except Exception as exc:
            distance = types.undecoded(src_dict, "distance", "Estimate", exc)

        try:
            duration = d.pop("duration", UNSET)
            if not isinstance(duration, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(duration).__name__}")
        except Exception as exc:
            duration = types.undecoded(src_dict, "duration", "Estimate", exc)

        try:
            user_main_account = d.pop("user_main_account", UNSET)
            if not isinstance(user_main_account, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(user_main_account).__name__}")
        except Exception as exc:
            user_main_account = types.undecoded(src_dict, "user_main_account", "Estimate", exc)

        try:
            user_bonus_account = d.pop("user_bonus_account", UNSET)
            if not isinstance(user_bonus_account, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(user_bonus_account).__name__}")
        except Exception as exc:
            user_bonus_account = types.undecoded(src_dict, "user_bonus_account", "Estimate", exc)

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(currency).__name__}")
        except Exception as exc:
            currency = types.undecoded(src_dict, "currency", "Estimate", exc)

        try:
            total_pay = d.pop("total_pay", UNSET)
            if not isinstance(total_pay, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(total_pay).__name__}")
        except Exception as exc:
            total_pay = types.undecoded(src_dict, "total_pay", "Estimate", exc)

        try:
            polyline_points = d.pop("polyline_points", UNSET)
            if not isinstance(polyline_points, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(polyline_points).__name__}")
        except Exception as exc:
            polyline_points = types.undecoded(src_dict, "polyline_points", "Estimate", exc)

        try:
            polylines = d.pop("polylines", UNSET)
            if not isinstance(polylines, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(polylines).__name__}")
        except Exception as exc:
            polylines = types.undecoded(src_dict, "polylines", "Estimate", exc)

        try:
            total_balance = d.pop("total_balance", UNSET)
            if not isinstance(total_balance, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(total_balance).__name__}")
        except Exception as exc:
            total_balance = types.undecoded(src_dict, "total_balance", "Estimate", exc)

        try:
            is_post_paid = d.pop("is_post_paid", UNSET)
            if not isinstance(is_post_paid, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_post_paid).__name__}")
        except Exception as exc:
            is_post_paid = types.undecoded(src_dict, "is_post_paid", "Estimate", exc)

        try:
            is_child_account = d.pop("is_child_account", UNSET)
            if not isinstance(is_child_account, (bool, Unset)):
                raise types.Mistyped(f"expected bool, got {type(is_child_account).__name__}")
        except Exception as exc:
            is_child_account = types.undecoded(src_dict, "is_child_account", "Estimate", exc)

        try:
            online_pay = d.pop("online_pay", UNSET)
            if not isinstance(online_pay, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(online_pay).__name__}")
        except Exception as exc:
            online_pay = types.undecoded(src_dict, "online_pay", "Estimate", exc)

        try:
            payment_method = d.pop("payment_method", UNSET)
            if not isinstance(payment_method, (str, Unset)):
                raise types.Mistyped(f"expected str, got {type(payment_method).__name__}")
        except Exception as exc:
            payment_method = types.undecoded(src_dict, "payment_method", "Estimate", exc)

        try:
            distance_fee = d.pop("distance_fee", UNSET)
            if not isinstance(distance_fee, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(distance_fee).__name__}")
        except Exception as exc:
            distance_fee = types.undecoded(src_dict, "distance_fee", "Estimate", exc)

        try:
            request_fee = d.pop("request_fee", UNSET)
            if not isinstance(request_fee, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(request_fee).__name__}")
        except Exception as exc:
            request_fee = types.undecoded(src_dict, "request_fee", "Estimate", exc)

        try:
            stop_fee = d.pop("stop_fee", UNSET)
            if not isinstance(stop_fee, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(stop_fee).__name__}")
        except Exception as exc:
            stop_fee = types.undecoded(src_dict, "stop_fee", "Estimate", exc)

        try:
            vat_fee = d.pop("vat_fee", UNSET)
            if not isinstance(vat_fee, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(vat_fee).__name__}")
        except Exception as exc:
            vat_fee = types.undecoded(src_dict, "vat_fee", "Estimate", exc)

        try:
            discount = d.pop("discount", UNSET)
            if not isinstance(discount, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(discount).__name__}")
        except Exception as exc:
            discount = types.undecoded(src_dict, "discount", "Estimate", exc)

        try:
            total_fee = d.pop("total_fee", UNSET)
            if not isinstance(total_fee, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(total_fee).__name__}")
        except Exception as exc:
            total_fee = types.undecoded(src_dict, "total_fee", "Estimate", exc)

        try:
            item_fee = d.pop("item_fee", UNSET)
            if not isinstance(item_fee, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(item_fee).__name__}")
        except Exception as exc:
            item_fee = types.undecoded(src_dict, "item_fee", "Estimate", exc)

        try:
            item_vat_fee = d.pop("item_vat_fee", UNSET)
            if not isinstance(item_vat_fee, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(item_vat_fee).__name__}")
        except Exception as exc:
            item_vat_fee = types.undecoded(src_dict, "item_vat_fee", "Estimate", exc)

        try:
            item_discount = d.pop("item_discount", UNSET)
            if not isinstance(item_discount, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(item_discount).__name__}")
        except Exception as exc:
            item_discount = types.undecoded(src_dict, "item_discount", "Estimate", exc)

        try:
            cod_commission_fee = d.pop("cod_commission_fee", UNSET)
            if not isinstance(cod_commission_fee, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(cod_commission_fee).__name__}")
        except Exception as exc:
            cod_commission_fee = types.undecoded(src_dict, "cod_commission_fee", "Estimate", exc)

        try:
            _requests = d.pop("requests", UNSET)
            requests: list[EstimateRequestPrice] | Unset = UNSET
            if _requests is not UNSET:
                if not isinstance(_requests, list):
                    raise TypeError(f"expected an array, got {type(_requests).__name__}")
                requests = []
                for requests_item_data in _requests:
                    try:
                        requests_item = EstimateRequestPrice.from_dict(requests_item_data)

                    except Exception as item_exc:
                        requests_item = types.undecoded_item(requests_item_data, "requests", item_exc)
                    requests.append(requests_item)

        except Exception as exc:
            requests = types.undecoded(src_dict, "requests", "Estimate", exc)

        try:
            stoppoint_price = d.pop("stoppoint_price", UNSET)
            if not isinstance(stoppoint_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(stoppoint_price).__name__}")
        except Exception as exc:
            stoppoint_price = types.undecoded(src_dict, "stoppoint_price", "Estimate", exc)

        try:
            special_request_price = d.pop("special_request_price", UNSET)
            if not isinstance(special_request_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(special_request_price).__name__}")
        except Exception as exc:
            special_request_price = types.undecoded(src_dict, "special_request_price", "Estimate", exc)

        try:
            vat = d.pop("vat", UNSET)
            if not isinstance(vat, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(vat).__name__}")
        except Exception as exc:
            vat = types.undecoded(src_dict, "vat", "Estimate", exc)

        try:
            distance_price = d.pop("distance_price", UNSET)
            if not isinstance(distance_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(distance_price).__name__}")
        except Exception as exc:
            distance_price = types.undecoded(src_dict, "distance_price", "Estimate", exc)

        try:
            voucher_discount = d.pop("voucher_discount", UNSET)
            if not isinstance(voucher_discount, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(voucher_discount).__name__}")
        except Exception as exc:
            voucher_discount = types.undecoded(src_dict, "voucher_discount", "Estimate", exc)

        try:
            subtotal_price = d.pop("subtotal_price", UNSET)
            if not isinstance(subtotal_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(subtotal_price).__name__}")
        except Exception as exc:
            subtotal_price = types.undecoded(src_dict, "subtotal_price", "Estimate", exc)

        try:
            total_price = d.pop("total_price", UNSET)
            if not isinstance(total_price, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(total_price).__name__}")
        except Exception as exc:
            total_price = types.undecoded(src_dict, "total_price", "Estimate", exc)

        try:
            surge_rate = d.pop("surge_rate", UNSET)
            if not isinstance(surge_rate, (int, float, Unset)):
                raise types.Mistyped(f"expected number, got {type(surge_rate).__name__}")
        except Exception as exc:
            surge_rate = types.undecoded(src_dict, "surge_rate", "Estimate", exc)

        estimate = cls(
            distance=distance,
            duration=duration,
            user_main_account=user_main_account,
            user_bonus_account=user_bonus_account,
            currency=currency,
            total_pay=total_pay,
            polyline_points=polyline_points,
            polylines=polylines,
            total_balance=total_balance,
            is_post_paid=is_post_paid,
            is_child_account=is_child_account,
            online_pay=online_pay,
            payment_method=payment_method,
            distance_fee=distance_fee,
            request_fee=request_fee,
            stop_fee=stop_fee,
            vat_fee=vat_fee,
            discount=discount,
            total_fee=total_fee,
            item_fee=item_fee,
            item_vat_fee=item_vat_fee,
            item_discount=item_discount,
            cod_commission_fee=cod_commission_fee,
            requests=requests,
            stoppoint_price=stoppoint_price,
            special_request_price=special_request_price,
            vat=vat,
            distance_price=distance_price,
            voucher_discount=voucher_discount,
            subtotal_price=subtotal_price,
            total_price=total_price,
            surge_rate=surge_rate,
        )

        estimate.additional_properties = d
        return estimate

    def __repr__(self) -> str:
        return types.model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.estimate_request_price import EstimateRequestPrice
