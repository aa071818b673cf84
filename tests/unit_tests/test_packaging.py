"""A wheel install (not editable) finds the bundled seeds and styles from any directory."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # subprocesses, worker pools or hypothesis over whole programs


def test_wheel_ships_seeds_and_styles_and_finds_them_elsewhere(tmp_path: Path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
    )
    wheel = next(tmp_path.glob("liveblog-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "tui/_data/seeds/000_1695aa0c139c1023.txt" in names
    assert "tui/_data/styles/liveblog.tcss" in names
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = "from tui.resources import seed_paths, stylesheet; print(len(seed_paths()), stylesheet().is_file(), seed_paths()[0].parent)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    ).stdout.split()
    assert out[:2] == ["5", "True"]
    assert out[2].startswith(str(target))
