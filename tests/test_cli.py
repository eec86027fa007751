"""The ``partner-contracts`` command line (partner_contracts/cli.py): subcommands, options, exit codes."""

from __future__ import annotations

import pytest

from partner_contracts.cli import build_parser, main

from .apis import needs_sources


def test_every_stage_is_a_subcommand_with_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in ("validate", "bundle", "generate", "mock", "fuzz", "coverage", "selftest", "stress", "check"):
        assert name in out


def test_fuzz_and_check_options() -> None:
    parser = build_parser()
    args = parser.parse_args(["check", "palm-locker", "--jobs", "2", "--stall-timeout", "30", "--timeout", "300",
                              "--force", "--seed", "7"])
    assert (args.apis, args.jobs, args.stall_timeout, args.timeout, args.force, args.seed) == \
        (["palm-locker"], 2, 30.0, 300.0, True, 7)
    args = parser.parse_args(["fuzz"])
    assert (args.apis, args.seed, args.jobs, args.stall_timeout) == ([], None, None, None)
    assert parser.parse_args(["generate", "--check", "--force"]).force


def test_an_unknown_api_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="unknown API nope; known: .*palm-locker"):
        main(["validate", "nope"])


@needs_sources
def test_a_subcommand_returns_its_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage", "palm-locker"]) == 0
    assert "palm-locker" in capsys.readouterr().out
