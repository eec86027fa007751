"""Palm's computations for the mock: taking a locker box for an order and giving it back.

Registered by name in ``RULES`` and called from behaviour.yaml: ``reserve: {rule: take_box, args: [...]}``
binds what it answers to ``$reserved`` (kept with the order as ``__box``); ``release: {rule: give_back_box,
args: [$item.__box]}`` frees it, on a cancel and when the orders' limit evicts the order. A rule that
changes state gets a ``rulekit.State`` first.
"""

from __future__ import annotations

from typing import Any

from partner_contracts.mock.behaviour.rulekit import Rules, State, same


def _stacks(locker: dict[str, Any] | None, view: str) -> list[Any]:
    found = (locker or {}).get(view)
    stacks = found.get("stacks") if isinstance(found, dict) else None
    return stacks if isinstance(stacks, list) else []


def take_box(state: State, locker_id: Any, size: Any, position: Any) -> dict[str, Any]:
    """A free box in the locker: one of the requested size from the compact view's counts
    (``availableBox``), else the one at the requested size and position in the full view (``isUsed``).
    Answers where it was taken (for ``give_back_box``); 409 when no box is free."""
    locker = state.record("lockers", locker_id)
    for index, stack in enumerate(_stacks(locker, "compact")):
        if isinstance(stack, dict) and (size is None or same(stack.get("boxSize"), size)) \
                and int(stack.get("availableBox") or 0) > 0:
            stack["availableBox"] -= 1
            state.changed("lockers", locker)  # type: ignore[arg-type]
            return {"collection": "lockers", "key": str(locker_id), "list": "compact.stacks", "index": index,
                    "counter": "availableBox"}
    for index, stack in enumerate(_stacks(locker, "full")):
        if isinstance(stack, dict) and (size is None or same(stack.get("size"), size)) \
                and (position is None or same(stack.get("position"), position)) and not stack.get("isUsed"):
            stack["isUsed"] = True
            state.changed("lockers", locker)  # type: ignore[arg-type]
            return {"collection": "lockers", "key": str(locker_id), "list": "full.stacks", "index": index,
                    "flag": "isUsed"}
    state.refuse(409, "no free box of the requested size in this locker")


def give_back_box(state: State, box: Any) -> Any:
    """The box ``take_box`` answered is free again (nothing when there was none, or the locker is gone)."""
    if not isinstance(box, dict):
        return None
    locker = state.record(box["collection"], box["key"])
    view = str(box["list"]).split(".", 1)[0]
    stacks = _stacks(locker, view)
    if locker is None or not 0 <= int(box["index"]) < len(stacks):
        return box
    stack = stacks[int(box["index"])]
    if "counter" in box:
        stack[box["counter"]] = int(stack.get(box["counter"]) or 0) + 1
    else:
        stack[box["flag"]] = False
    state.changed(box["collection"], locker)
    return box


RULES: Rules = {"take_box": take_box, "give_back_box": give_back_box}
