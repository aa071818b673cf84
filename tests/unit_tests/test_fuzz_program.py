"""The whole program under generated input: files, names, CLI arguments, topic files, bytes.

Invariants: no exception escapes (argparse's own usage errors exit 2 with
one message); no control byte reaches stdout or stderr; a topic rule loads
or is refused with a TopicFileError, and matches in bounded time.  With the
other generated tests this is over 10,000 generated inputs per run.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import time
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import seed
from tests.unit_tests.test_coverage_generated import BBC_PIECES, GUARDIAN_PIECES
from tui.cli import main
from tui.core.infra.reading import decode
from tui.core.model.post import Block, Post
from tui.core.stages.topics import Taxonomy, Topic, TopicFileError
from tui.core.stages.topics.files import _topic

pytestmark = pytest.mark.slow  # subprocesses, worker pools or hypothesis over whole programs

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FAST = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

NAME_CHARS = st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",))
NAMES = st.one_of(
    st.text(NAME_CHARS, min_size=1, max_size=30),
    st.sampled_from(
        ["x\x1b]52;c;SGk=\x07.txt", "a\nb.txt", "\u202etxt.exe", "-rf.txt", "--date.txt", "[bold]x[/].txt"]
    ),
).filter(lambda n: n not in (".", ".."))
DUMP = st.one_of(
    st.sampled_from(["000", "003", "004"]),
    st.lists(st.sampled_from(BBC_PIECES + GUARDIAN_PIECES), max_size=20).map(lambda ls: "\n".join(ls)),
    st.binary(max_size=300),
)
SPECS = st.lists(
    st.tuples(st.sampled_from(["file", "file", "file", "fifo", "missing", "dir"]), NAMES, DUMP), min_size=1, max_size=4
)
COMMANDS = st.sampled_from(
    [
        ["list"],
        ["export", "--format", "csv"],
        ["export", "--format", "markdown"],
        ["export", "--format", "json"],
        ["topics"],
        ["replay", "--speed", "0"],
    ]
)
OPTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("--date"), st.one_of(st.dates().map(str), st.text(max_size=12))),
        st.tuples(st.just("--tz"), st.sampled_from(["UTC", "Europe/Kyiv", "+02:00", "Mars/Base", "\x1b[2J", "-25:00"])),
        st.tuples(st.just("--source-format"), st.sampled_from(["bbc", "guardian", "toy"])),
        st.tuples(st.just("--from"), st.text(max_size=6)),
        st.tuples(st.just("--speed"), st.sampled_from(["0", "1e-9", "nan", "60", "-1"])),
        st.tuples(st.just("--topic"), st.sampled_from(["venue", "air-support", "nope\x1b"])),
    ),
    max_size=3,
)


def _materialise(root: Path, specs) -> list[str]:
    paths = []
    for n, (kind, name, dump) in enumerate(specs):
        path = root / f"{n}-{name}"
        try:
            if kind == "file":
                if isinstance(dump, bytes):
                    path.write_bytes(dump)
                elif dump in ("000", "003", "004"):
                    path.write_bytes(seed(dump).read_bytes())
                else:
                    path.write_text(dump, encoding="utf-8")
            elif kind == "fifo":
                os.mkfifo(path)
            elif kind == "dir":
                path.mkdir()
                (path / "in.txt").write_bytes(seed("000").read_bytes())
        except OSError:
            pass  # a name the file system refuses is a missing path, which is fine
        paths.append(str(path))
    return paths


@settings(FAST, max_examples=250)
@given(SPECS, COMMANDS, OPTIONS)
def test_the_cli_never_crashes_and_never_prints_control_codes(tmp_path_factory, specs, command, options):
    root = tmp_path_factory.mktemp("cli")
    paths = _materialise(root, specs)
    if command[0] != "replay":
        options = [o for o in options if o[0] not in ("--speed", "--from")]
    if command[0] == "topics":
        options = [o for o in options if o[0] != "--topic"]
    argv = command + [part for option in options for part in option] + ["--"] + paths
    out, err = io.StringIO(), io.StringIO()
    # `replay --speed 60` over a generated day would wait for real (minutes): the clock is not what is tested
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), mock.patch("time.sleep"):
        try:
            main(argv)
        except SystemExit as exc:
            message = str(exc.code) if not isinstance(exc.code, int) else ""
            assert not CONTROL.search(message), message
    assert not CONTROL.search(out.getvalue())
    assert not CONTROL.search(err.getvalue())


WORD = st.sampled_from(
    [
        "talks",
        "geneva",
        "troop*",
        "air",
        "a|b",
        "summit",
        "...",
        "...2",
        "...20",
        "...21",
        "x*y",
        "|",
        "*",
        "é*",
        "...0",
    ]
)
TEXT = st.lists(
    st.sampled_from(["talks", "in", "geneva", "troops", "air", "a", "b", "summit", "x", "é", "deployed"]), max_size=300
).map(" ".join)


@settings(FAST, max_examples=3000)
@given(st.lists(WORD, min_size=1, max_size=14).map(" ".join), TEXT, st.sampled_from(["phrases", "exclude", "entities"]))
def test_generated_topic_rules_load_or_fail_cleanly_and_match_in_bounded_time(phrase, text, key):
    entry = {"id": "gen", key: [phrase], "phrases": [phrase] if key != "phrases" else [phrase]}
    if key == "entities":
        entry["context"] = ["summit"]
    try:
        topic, _ = _topic(entry, 0, "gen.toml", _NoLines(), "user")
    except TopicFileError as exc:
        assert not CONTROL.search(str(exc)) and str(exc).startswith("gen.toml")
        return
    taxonomy = Taxonomy([topic])
    post = Post("bbc", "x", 0, body=[Block("paragraph", text, 1, 1)])
    start = time.perf_counter()
    taxonomy.classified(post)
    assert time.perf_counter() - start < 2.0


class _NoLines:
    def table(self, index: int) -> int:
        return 1

    def key(self, index: int, key: str) -> int:
        return 1


@settings(FAST, max_examples=2500)
@given(st.binary(max_size=600))
def test_any_bytes_decode_to_text_or_a_clear_refusal(data):
    try:
        text, note = decode(data)
    except ValueError as exc:
        assert "binary" in str(exc)
        return
    assert isinstance(text, str)
    assert note is None or "\n" not in note


def test_the_topic_file_loader_reports_problems_as_topic_file_errors(tmp_path):
    # The whole-file path (TOML syntax, tables, keys) on a few hand-picked shapes.
    from tui.core.stages.topics import parse_topic_file

    for body in [
        "topic = 3",
        "[[topic]]\nid = 3",
        '[[topic]]\nid = "a"\nname = 3\nphrases=["x"]',
        "[[topic]\n",
        '[[topic]]\nid="a"\nphrases=[""]',
    ]:
        path = tmp_path / "t.toml"
        path.write_text(body, encoding="utf-8")
        try:
            parse_topic_file(path, "user")
        except TopicFileError:
            continue
        raise AssertionError(body)
    assert isinstance(Topic("a", "A"), Topic)
