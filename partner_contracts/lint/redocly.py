"""Redocly CLI's ``recommended`` ruleset on the multi-file specs (``validate --redocly``; ``make check``).

A second, independent reader of the YAML a person edits: Redocly parses YAML 1.2 and resolves the
``$ref`` files itself, so it sees what our loader (YAML 1.1) may hide. The CLI is installed on first use
from the npm registry into ``build/redocly`` at a pinned version; without npm the stage is skipped with
a message saying so. Rules the project switches off are in ``redocly.yaml``, each with its reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from partner_contracts.spec.api import BUILD_DIR, REPO, Api

PACKAGE = "@redocly/cli"
VERSION = "2.77.0"
PREFIX = BUILD_DIR / "redocly"
CONFIG = REPO / "redocly.yaml"
_BANNER = re.compile(r"[║╔╚═]")  # the CLI's boxed notices (e.g. Node.js deprecation)


@dataclass
class Result:
    ok: bool
    skipped: str = ""  # why the run did not happen (npm missing, install failed)
    output: str = ""
    problems: int = 0


def binary(prefix: Path = PREFIX) -> Path:
    return prefix / "node_modules" / ".bin" / "redocly"


def installed_version(prefix: Path = PREFIX) -> str | None:
    package = prefix / "node_modules" / "@redocly" / "cli" / "package.json"
    if not package.is_file():
        return None
    match = re.search(r'"version"\s*:\s*"([^"]+)"', package.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def install(log: Callable[[str], None] = print, prefix: Path = PREFIX) -> str:
    """Install the pinned CLI if it is not there; '' when ready, else why not."""
    if installed_version(prefix) == VERSION and binary(prefix).exists():
        return ""
    npm = shutil.which("npm")
    if not npm:
        return "npm is not installed (Debian: apt-get install npm), so the Redocly lint was skipped"
    log(f"installing {PACKAGE}@{VERSION} into {prefix.relative_to(REPO) if prefix.is_relative_to(REPO) else prefix}"
        " (npm registry) ...")
    prefix.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--save-exact", "--prefix", str(prefix),
                           f"{PACKAGE}@{VERSION}"], capture_output=True, text=True, check=False)
    if done.returncode != 0 or installed_version(prefix) != VERSION:
        return f"npm install {PACKAGE}@{VERSION} failed: {(done.stderr or done.stdout).strip()[-500:]}"
    return ""


def lint(apis: Sequence[Api], log: Callable[[str], None] = print, config: Path = CONFIG) -> Result:
    """``redocly lint`` on each API's root file with the project's config; problems are errors and warnings."""
    why = install(log)
    if why:
        return Result(ok=True, skipped=why)
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
    roots = [str(api.root) for api in apis]
    done = subprocess.run([str(binary()), "lint", *roots, "--config", str(config), "--format", "stylish"],
                          capture_output=True, text=True, check=False, env=env, cwd=REPO)
    text = "\n".join(line for line in (done.stdout + done.stderr).splitlines()
                     if line.strip() and not _BANNER.search(line))
    problems = len(re.findall(r"^\s*\d+:\d+\s+(?:error|warning)\s", text, re.MULTILINE))
    return Result(ok=done.returncode == 0 and problems == 0, output=text, problems=problems)


def run(apis: Sequence[Api], log: Callable[[str], None] = print) -> bool:
    """Lint and report; True when clean or skipped (the reason printed)."""
    result = lint(apis, log)
    if result.skipped:
        log(f"redocly: SKIPPED — {result.skipped}")
        return True
    if not result.ok:
        log(result.output)
    status = "ok" if result.ok else f"{result.problems} problem(s) (rules and reasons: redocly.yaml)"
    log(f"redocly {VERSION} recommended: {', '.join(a.key for a in apis)}: {status}")
    return result.ok
