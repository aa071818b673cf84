"""Format detection and loading: bad input gets a one-line error, the rest loads."""

from pathlib import Path

from tests.conftest import lines_of, seed
from tests.conftest import load_dated as load_paths
from tui.core.parse.outlet import detect as detect_format


def test_detects_each_seed_by_content(seed_load):
    assert [f.source for f in seed_load.feeds] == ["bbc", "bbc", "bbc", "guardian", "guardian"]


def test_degraded_copy_is_detected_with_a_guess_warning(seed_load):
    degraded = seed_load.feeds[2]
    assert any("format guessed as bbc" in w for w in degraded.warnings)


def test_neither_format_is_reported():
    detection = detect_format(lines_of("id,name\n1,alpha\n2,beta\n"))
    assert detection.format is None


def test_curly_quotes_without_markers_suggest_guardian():
    text = "\n".join(["“This is a long enough paragraph of prose with curly quotes,” she said today."] * 4)
    assert detect_format(lines_of(text)).format == "guardian"


def test_bad_files_get_one_line_errors_and_others_still_load(tmp_path: Path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    csv = tmp_path / "table.txt"
    csv.write_text("a,b\n1,2\n")
    result = load_paths([binary, empty, csv, tmp_path / "missing.txt", seed("000")])
    assert len(result.feeds) == 1
    messages = {Path(e.file).name: e.message for e in result.errors}
    assert set(messages) == {"binary.txt", "empty.txt", "table.txt", "missing.txt"}
    assert "binary" in messages["binary.txt"]
    assert "empty" in messages["empty.txt"]
    assert "not a BBC or Guardian" in messages["table.txt"]
    assert "no such file" in messages["missing.txt"]
    for error in result.errors:
        assert "\n" not in str(error) and str(error).startswith(error.file)


def test_format_override_forces_a_parser(tmp_path: Path):
    page = tmp_path / "odd.txt"
    page.write_text("Talks end without a deal\nDelegations left the building.\nUpdated\n")
    result = load_paths([page], fmt="guardian")
    assert result.feeds[0].source == "guardian"


def test_non_utf8_text_is_read_with_a_warning(tmp_path: Path):
    page = tmp_path / "latin.txt"
    page.write_bytes("Talks end without a deal\nThe caf\xe9 closed early today.\nUpdated\n".encode("latin-1"))
    result = load_paths([page])
    assert result.errors == []
    assert any("not valid UTF-8" in w for w in result.feeds[0].read_notes)
    assert "café" in result.feeds[0].posts[0].body[0].text


def test_directories_expand_to_their_txt_files(tmp_path: Path):
    (tmp_path / "a.txt").write_text(seed("004").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored")
    result = load_paths([tmp_path])
    assert [Path(f.path).name for f in result.feeds] == ["a.txt"]


def test_escape_sequences_never_reach_the_model(tmp_path: Path):
    page = tmp_path / "evil.txt"
    page.write_text("Talks \x1b[31mend\x1b[0m without a deal\nDelegations \x1b]0;pwned\x07left.\nUpdated\n")
    result = load_paths([page])
    post = result.feeds[0].posts[0]
    assert post.title == "Talks end without a deal"
    assert post.body[0].text == "Delegations left."
