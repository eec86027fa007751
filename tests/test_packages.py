"""The client packages as a private index serves them: built out of tree (``make dist``), ``twine check
--strict``, uploaded with twine to a real pypiserver on loopback, installed by pip from it into a fresh venv
and imported there. Nothing leaves the machine: pip runs isolated, from that index only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomllib

from partner_contracts.clients import dist
from partner_contracts.mock.server import free_port
from partner_contracts.spec.api import discover

APIS = {api.key: api for api in discover()}
ROUND_TRIP = "palm-locker"


def _env() -> dict[str, str]:
    """No pip or proxy settings from the environment: only what a command line says."""
    return {k: v for k, v in os.environ.items()
            if not k.startswith("PIP_") and k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}


@pytest.fixture()
def index(tmp_path: Path) -> Iterator[str]:
    """A pypiserver on loopback (uploads without auth, no fallback to any other index), as its URL."""
    packages = tmp_path / "index"
    packages.mkdir()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port), "-a", ".", "-P", ".",
         "--disable-fallback", str(packages)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=1):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    stderr = server.stderr.read() if server.stderr else b""
                    raise AssertionError(f"pypiserver did not start: {stderr!r}") from None
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(10)


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_dist_builds_out_of_tree_and_passes_twine_check(tmp_path: Path) -> None:
    outdir = tmp_path / "dist"
    before = {key: sorted(p.name for p in api.client_dir.iterdir()) for key, api in APIS.items()}
    assert dist.main([*APIS, "--outdir", str(outdir)]) == 0  # twine check --strict included
    for key, api in APIS.items():
        project = tomllib.loads((api.client_dir / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        stem = f"{api.package}-{project['version']}"
        assert (outdir / f"{stem}.tar.gz").is_file() and (outdir / f"{stem}-py3-none-any.whl").is_file(), key
        # nothing written into generated/: no build/, no *.egg-info
        assert sorted(p.name for p in api.client_dir.iterdir()) == before[key], key
        assert "build-system" in tomllib.loads((api.client_dir / "pyproject.toml").read_text(encoding="utf-8"))
        for field in ("license", "authors", "classifiers", "urls", "requires-python", "readme"):
            assert project.get(field), f"{key}: {field}"
        assert "Typing :: Typed" in project["classifiers"] and (api.client_dir / api.package / "py.typed").is_file()


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_private_index_serves_the_client_to_a_fresh_venv(tmp_path: Path, index: str) -> None:
    api = APIS[ROUND_TRIP]
    version = api.meta["client"]["version"]
    built = dist.build(api.client_dir, tmp_path / "dist")
    dist.twine_check(built)
    upload = subprocess.run(
        [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar",
         "--repository-url", f"{index}/", "-u", "partner", "-p", "contracts", *map(str, built)],
        capture_output=True, text=True, env=_env(), timeout=120, check=False)
    assert upload.returncode == 0, upload.stdout + upload.stderr
    with urllib.request.urlopen(f"{index}/simple/{api.key}-client/", timeout=5) as answer:
        listing = answer.read().decode()
    assert f"{api.package}-{version}-py3-none-any.whl" in listing, listing
    # A fresh venv; its dependencies (httpx, attrs) are this project's, on its path (the index holds only ours).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "_project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--isolated", "--python", str(python), "install", "--no-cache-dir",
         "--disable-pip-version-check", "--ignore-installed", "--no-deps", "--index-url", f"{index}/simple/",
         f"{api.key}-client=={version}"],
        capture_output=True, text=True, env=_env(), timeout=180, check=False)
    assert install.returncode == 0, install.stdout + install.stderr
    probe = (
        "import importlib.metadata as m, json, palm_locker_client as p\n"
        "print(json.dumps({'file': p.__file__, 'version': p.__version__, 'spec': p.__spec_version__,\n"
        "  'dist': m.version('palm-locker-client'), 'requires': m.requires('palm-locker-client'),\n"
        "  'agent': p.USER_AGENT}))\n"
    )
    shown = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, timeout=60, check=False,
                           cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    found = json.loads(shown.stdout)
    assert Path(found["file"]).is_relative_to(venv), found  # the copy from the index, not the work tree
    assert found["version"] == found["dist"] == version
    assert found["spec"] == str(api.bundled.document["info"]["version"])
    assert any(r.startswith("httpx") for r in found["requires"]) and found["agent"].startswith(f"{api.key}-client/")
