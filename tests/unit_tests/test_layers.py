"""The import contracts in pyproject.toml hold, and the floors' one ``layers`` contract would catch a back-up import."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = (
    "import sys; sys.path.insert(0, '.'); from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))"
)


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", LINT], cwd=root, capture_output=True, text=True)


def test_import_linter_contracts_are_kept():
    done = _lint(ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "4 kept, 0 broken" in done.stdout


def _copy_tree(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(ROOT / "pyproject.toml", copy)
    shutil.copytree(ROOT / "tui", copy / "tui", ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.slow
@pytest.mark.parametrize(
    "module, back_up",
    [
        ("tui/core/model/text.py", "tui.core.session.loader"),  # the bottom floor reaching the top
        ("tui/core/stages/dates.py", "tui.core.build.day_groups"),  # a stage reaching the build
        ("tui/core/views/new_module.py", "tui.core.store.database"),  # a module added today is covered too
    ],
)
def test_a_back_up_import_breaks_the_layers_contract(tmp_path, module, back_up):
    copy = _copy_tree(tmp_path)
    target = copy / module
    text = target.read_text(encoding="utf-8") if target.exists() else '"""A new module."""\n'
    target.write_text(text + f"\nimport {back_up}  # a back-up import\n", encoding="utf-8")
    done = _lint(copy)
    assert done.returncode != 0
    assert "The core's floors, top to bottom BROKEN" in done.stdout
