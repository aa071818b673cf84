"""The core never imports Textual (Harlequin-style boundary test)."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "tui" / "core"


def test_no_core_module_imports_textual_statically():
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
                if node.level and node.module and node.module.startswith("ui"):
                    names.append("textual")
            assert not any(n == "textual" or n.startswith("textual.") or ".ui" in n for n in names), path.name


def test_importing_every_core_module_loads_no_textual():
    modules = [
        ".".join(("tui", "core", *p.relative_to(CORE).with_suffix("").parts))
        for p in CORE.rglob("*.py")
        if p.stem != "__init__"
    ]
    assert len(modules) > 40
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_list_does_not_import_textual():
    code = "import sys, io, contextlib\nfrom tui.cli import main\nwith contextlib.redirect_stdout(io.StringIO()):\n    main(['list'])\nprint('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_run_with_no_address_does_not_import_the_http_client(tmp_path):
    """httpx takes ~65 ms to import: only a run that fetches pays for it."""
    code = (
        "import sys, io, contextlib\nfrom tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['list', '--store', {str(tmp_path / 's.sqlite3')!r}])\n"
        "print('httpx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
