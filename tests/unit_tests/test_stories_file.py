"""The stories file: read by a person and by the program, edited without losing what the person wrote."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core.sources.stories import (
    StoriesError,
    add_sources,
    clean_name,
    load_stories,
    remove_sources,
    remove_story,
)

BBC = "https://www.bbc.co.uk/news/live/c2kzn1nw1d4t"
GDN = "https://www.theguardian.com/world/live/2025/aug/19/ukraine-war-live-updates"


def test_no_file_is_no_stories(tmp_path):
    loaded = load_stories(tmp_path / "stories.toml")
    assert loaded.stories == () and loaded.problems == ()


def test_add_writes_a_file_a_person_can_read_and_it_reads_back(tmp_path):
    path = tmp_path / "stories.toml"
    dump = tmp_path / "day.txt"
    dump.write_text("x")
    created, added, name = add_sources("Ukraine", [BBC, str(dump)], path)
    assert created and name == "Ukraine" and added == [BBC, str(dump)]
    text = path.read_text()
    assert text.startswith("# liveblog stories")
    assert '[[story]]\nname = "Ukraine"\nsources = [\n    "https://www.bbc.co.uk/news/live/c2kzn1nw1d4t",\n' in text
    story = load_stories(path).get("ukraine")
    assert story is not None and story.sources == (BBC, str(dump))


def test_comments_and_layout_survive_add_and_remove(tmp_path):
    path = tmp_path / "stories.toml"
    path.write_text(
        "# my reading list\n\n"
        "[[story]]  # the big one\n"
        'name = "Ukraine"\n'
        "sources = [\n"
        f'    "{BBC}",  # the BBC page\n'
        "]\n"
        "poll = 60 # be gentle\n"
    )
    add_sources("ukraine", [GDN], path)
    add_sources("Gaza", ["https://www.theguardian.com/world/live/2025/aug/20/gaza"], path)
    remove_sources([BBC], "Ukraine", path)
    remove_story("gaza", path)
    text = path.read_text()
    assert "# my reading list" in text and "# the big one" in text and "# be gentle" in text
    assert BBC not in text and GDN in text and "Gaza" not in text
    story = load_stories(path).get("Ukraine")
    assert story is not None and story.sources == (GDN,) and story.poll == 60


def test_a_broken_story_is_one_line_with_its_line_number_and_the_others_load(tmp_path):
    path = tmp_path / "stories.toml"
    path.write_text(
        "[[story]]\n"
        'name = "Good"\n'
        f'sources = ["{BBC}"]\n'
        "\n"
        "[[story]]\n"
        'name = "Broken\n'  # line 6: an unterminated string
        "sources = []\n"
        "\n"
        "[[story]]\n"
        'name = "Also good"\n'
        f'sources = ["{GDN}"]\n'
        "date = 2025-08-19\n"
    )
    loaded = load_stories(path)
    assert loaded.names() == ["Good", "Also good"]
    assert loaded.get("also good").on_date == date(2025, 8, 19)  # type: ignore[union-attr]
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith(f"{path}:6: ")
    with pytest.raises(StoriesError, match=":6: .*nothing was changed"):
        add_sources("Good", [GDN], path)
    assert 'name = "Broken\n' in path.read_text()  # untouched


def test_wrong_values_are_said_by_line_and_the_rest_of_the_story_stays(tmp_path):
    path = tmp_path / "stories.toml"
    path.write_text(
        "colour = 'blue'\n"
        "[[story]]\n"
        'name = "One"\n'
        f'sources = ["{BBC}", 7]\n'
        "poll = 0\n"
        "date = '19 Aug'\n"
        "volume = 11\n"
        "[[story]]\n"
        'name = "one"\n'
        "sources = []\n"
        "[[story]]\n"
        "sources = []\n"
    )
    loaded = load_stories(path)
    assert loaded.names() == ["One"]
    story = loaded.get("One")
    assert story is not None and story.sources == (BBC,) and story.poll is None and story.on_date is None
    said = "\n".join(loaded.problems)
    assert f"{path}:1: unknown setting 'colour'" in said
    assert f"{path}:4: story 'One': a source that is not an address" in said
    assert f"{path}:5: story 'One': poll must be" in said
    assert f"{path}:6: story 'One': date '19 Aug' is not YYYY-MM-DD" in said
    assert f"{path}:7: unknown setting 'volume'" in said
    assert "a second story named 'one'" in said
    assert "a story needs a name" in said


def test_relative_paths_are_relative_to_the_file_and_tilde_is_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "conf" / "stories.toml"
    path.parent.mkdir()
    path.write_text('[[story]]\nname = "X"\nsources = ["dumps/a.txt", "~/b.txt"]\ntopics = "t.toml"\n')
    story = load_stories(path).get("X")
    assert story is not None
    assert story.sources == (str(tmp_path / "conf" / "dumps" / "a.txt"), str(tmp_path / "home" / "b.txt"))
    assert story.topics == tmp_path / "conf" / "t.toml"


def test_names_are_untrusted_text(tmp_path):
    path = tmp_path / "stories.toml"
    _, _, name = add_sources("\x1b[31mRed\x07  [bold]news[/bold]\n", [BBC], path)
    assert "\x1b" not in name and "\x07" not in name and "\n" not in name
    assert name == clean_name("\x1b[31mRed\x07  [bold]news[/bold]\n")
    assert "[bold]news[/bold]" in name  # shown as text, never as markup
    assert load_stories(path).names() == [name]


def test_removing_what_is_not_there_changes_nothing(tmp_path):
    path = tmp_path / "stories.toml"
    add_sources("One", [BBC], path)
    before = path.read_text()
    assert remove_sources([GDN], None, path) == []
    assert remove_story("Two", path) is False
    assert path.read_text() == before
