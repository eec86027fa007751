"""Live status lines (partner_contracts/progress.py): redrawn in place on a terminal, plain lines otherwise."""

from __future__ import annotations

import io
import time

from partner_contracts.progress import Live, Stages, seconds


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def wait_for(condition, limit: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "the status thread did not write in time"
        time.sleep(0.01)


def test_without_a_terminal_the_status_is_printed_as_plain_lines_periodically() -> None:
    out = io.StringIO()
    count = {"n": 0}

    def status() -> list[str]:
        count["n"] += 1
        return [f"api-a {count['n']} calls", "api-b 0 calls"]

    with Live("fuzz", status, stream=out, interval=0.05) as live:
        wait_for(lambda: out.getvalue().count("api-b") >= 2)
        live.say("fuzz api-a: 10 cases, 0 failures, 1s: ok")
    text = out.getvalue()
    assert "\x1b[" not in text  # no cursor movement in a log
    assert text.startswith("[fuzz ") and "] api-a 1 calls\n" in text and "] api-a 2 calls\n" in text
    assert "fuzz api-a: 10 cases, 0 failures, 1s: ok\n" in text


def test_plain_lines_come_at_least_every_five_seconds_by_default() -> None:
    live = Live("fuzz", list, stream=io.StringIO())
    assert live.interval <= 5.0 and not live.tty


def test_on_a_terminal_the_block_is_redrawn_in_place_and_cleared_at_the_end() -> None:
    out = Terminal()
    with Live("generate", lambda: ["1/5 done", "running: ahamove"], stream=out, interval=0.02) as live:
        assert live.tty
        wait_for(lambda: out.getvalue().count("running: ahamove") >= 2)
        live.say("ahamove: generated client up to date")
    text = out.getvalue()
    assert "\x1b[2F\x1b[J" in text  # up two lines and erase: the block replaces itself
    assert "ahamove: generated client up to date\n" in text
    assert text.endswith("\x1b[2F\x1b[J")  # the live block does not outlive the stage


def test_a_broken_status_is_shown_not_raised() -> None:
    out = io.StringIO()

    def status() -> list[str]:
        raise KeyError("x")

    with Live("fuzz", status, stream=out, interval=0.02):
        wait_for(lambda: "status unavailable" in out.getvalue())


def test_stages_report_the_wall_time_and_the_slowest_first() -> None:
    stages = Stages()
    stages.add("validate", 1.5)
    stages.add("fuzz", 70.0)
    stages.add("generate --check", 3.0)
    stages.add("validate", 0.5)
    lines = stages.report(top=2).splitlines()
    assert lines[0].startswith("wall time ") and lines[0].endswith("slowest stages:")
    assert [line.split()[-1] for line in lines[1:]] == ["fuzz", "--check"]
    assert seconds(2.04) == "2.0s" and seconds(125.0) == "2m05.0s"
