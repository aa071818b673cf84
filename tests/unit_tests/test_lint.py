"""ruff's lint and format checks pass (CI runs only pytest, so this is where they run)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint_and_format_are_clean():
    lint = _ruff("check", "tui", "tests", "benchmarks")
    assert lint.returncode == 0, lint.stdout[-4000:]
    formatted = _ruff("format", "--check", "tui", "tests", "benchmarks")
    assert formatted.returncode == 0, formatted.stdout[-4000:]


def test_the_core_type_checks_strictly():
    """mypy --strict over the core and the command line (the files and settings are in pyproject.toml)."""
    import pytest

    pytest.importorskip("mypy")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-4000:]
    assert "Success" in done.stdout
