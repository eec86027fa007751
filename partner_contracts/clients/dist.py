"""``make dist``: wheels and sdists of the generated clients, built out of tree, checked by ``twine check --strict``.

Each ``generated/<key>-client`` is a PEP 621 project (hatchling backend, pinned in the ``test`` extra).
``python -m build --no-isolation`` builds the sdist from the folder and the wheel from that sdist, both into
``build/dist/`` (nothing is written into ``generated/``: no ``build/``, no ``*.egg-info``), so the build uses
only what the project's venv holds and needs no index.

    python -m partner_contracts.clients.dist [KEY ...] [--outdir build/dist] [--no-check]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from partner_contracts.spec.api import BUILD_DIR, select

DIST_DIR = BUILD_DIR / "dist"


class DistError(Exception):
    pass


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)


def build(folder: Path, outdir: Path) -> list[Path]:
    """The sdist and wheel of the client in ``folder``, written to ``outdir``; their paths."""
    outdir.mkdir(parents=True, exist_ok=True)
    before = set(outdir.iterdir())
    done = _run([sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", str(outdir),
                 str(folder)])
    if done.returncode != 0:
        raise DistError(f"building {folder.name} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    made = sorted(set(outdir.iterdir()) - before)
    if not made:  # rebuilt with the same version: the files were replaced in place
        name = folder.name.replace("-", "_")
        made = sorted(p for p in outdir.iterdir() if p.name.startswith(name))
    return made


def twine_check(paths: list[Path]) -> None:
    done = _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, paths)])
    if done.returncode != 0:
        raise DistError(f"twine check --strict failed:\n{done.stdout}{done.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="partner-contracts dist", description=__doc__.split("\n\n")[0])
    parser.add_argument("keys", nargs="*", metavar="API", help="API keys (default: every client)")
    parser.add_argument("--outdir", type=Path, default=DIST_DIR, help="where the files go (default build/dist)")
    parser.add_argument("--no-check", action="store_true", help="skip twine check --strict")
    args = parser.parse_args(argv)
    failed = 0
    for api in select(args.keys or None):
        started = time.monotonic()
        try:
            made = build(api.client_dir, args.outdir)
            if not args.no_check:
                twine_check(made)
        except DistError as exc:
            print(f"{api.key}: FAILED: {exc}", file=sys.stderr)
            failed += 1
            continue
        names = ", ".join(p.name for p in made)
        checked = "" if args.no_check else ", twine check --strict ok"
        print(f"{api.key}: {names}{checked} ({time.monotonic() - started:.1f} s)")
    print(f"dist: {args.outdir}: {'FAILED ' + str(failed) if failed else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
