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


def test_no_module_of_the_package_binds_one_name_twice_at_its_top_level():
    """A constant defined twice in one module silently takes the second value everywhere (two rules each meant
    their own ``_ALT_WORDS``, 6 and 8; every use got 8): each top-level name has one home."""
    import ast
    from collections import defaultdict

    doubled = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        seen: dict[str, list[int]] = defaultdict(list)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [target.id for target in node.targets if isinstance(target, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                names = []
            for name in names:
                seen[name].append(node.lineno)
        doubled += [
            f"{path.relative_to(ROOT)}: {name} at lines {lines}" for name, lines in seen.items() if len(lines) > 1
        ]
    assert not doubled, doubled
