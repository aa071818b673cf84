"""Topics: the taxonomy as data, evidence, precision/recall, user files, errors."""

import json
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.model.post import Block, Post
from tui.core.stages.topics import (
    DEFAULT_TOPICS_FILE,
    Taxonomy,
    Topic,
    TopicFileError,
    classify,
    load_taxonomy,
    parse_topic_file,
)

LABELS = Path(__file__).parent.parent / "data" / "topic_labels.toml"
NAMED = ("boots-on-the-ground", "air-support", "venue")


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(use_default_user_file=False)


@pytest.fixture(scope="module")
def rules_only():
    """The rules alone: what a day rule adds is tested apart from what a learned model reads."""
    return load_taxonomy(use_default_user_file=False, learned=False)


def topics_of(taxonomy, text, title=None):
    post = Post(source="bbc", file="x", page_index=0, title=title)
    post.body = [Block("paragraph", text, 1, 1)]
    return taxonomy.classified(post)


def test_default_taxonomy_is_a_toml_file_with_stable_slugs(taxonomy):
    data = tomllib.loads(DEFAULT_TOPICS_FILE.read_text())
    assert [t["id"] for t in data["topic"]] == taxonomy.ids()
    for topic_id in NAMED + (
        "ceasefire",
        "security-guarantees",
        "sanctions",
        "territory",
        "nato",
        "leaders-meetings",
        "attacks",
        "weapons-deals",
    ):
        assert topic_id in taxonomy.ids()


@pytest.mark.parametrize(
    "text, topic, expected",
    [
        ("Trump ruled out boots on the ground.", "boots-on-the-ground", True),
        ("US boots will not be on the ground, she said.", "boots-on-the-ground", True),
        ("France is ready to send troops as part of a reassurance force.", "boots-on-the-ground", True),
        ("Rescuers worked on the ground floor of the building.", "boots-on-the-ground", False),
        ("Our reporter on the ground in Kyiv says the mood is tense.", "boots-on-the-ground", False),
        ("The EU will help by training Ukrainian soldiers.", "boots-on-the-ground", False),
        ("Leavitt says support from the air is an option.", "air-support", True),
        ("The possibility that US pilots will patrol Ukrainian skies remains.", "air-support", True),
        ("Russia's air and drone attacks continued overnight.", "air-support", False),
        ("Ukraine's air force said it downed 230 drones.", "air-support", False),
        ("Air raid sirens sounded across the capital.", "air-support", False),
        ("Hungary has offered to host the talks in Budapest.", "venue", True),
        ("Putin suggested Moscow as a venue for the talks.", "venue", True),
        ("The meeting could be held in a neutral country.", "venue", True),
        ("Reporting from Washington, our correspondent says talks were tense.", "venue", False),
        ("Moscow has declined to confirm that any such meeting will happen.", "venue", False),
        ("The next sanctions package against Moscow should be ready next month.", "venue", False),
    ],
)
def test_precision_cases(taxonomy, text, topic, expected):
    assert (topic in topics_of(taxonomy, text).topics) is expected


def test_evidence_points_at_the_matched_text(taxonomy):
    post = topics_of(taxonomy, "Asked again, she said US boots will not be on the ground.", title="No boots")
    hits = [h for h in post.topic_evidence if h.topic == "boots-on-the-ground"]
    assert hits and hits[0].field == "body:0"
    assert post.body[0].text[hits[0].start : hits[0].end] == "boots will not be on the ground"


def test_precision_and_recall_on_the_hand_labelled_seeds(seed_timeline):
    labels = tomllib.loads(LABELS.read_text())
    entries = {e.id: e for e in seed_timeline.entries}
    assert set(labels) == set(entries), "labels must cover every merged post"
    report = []
    for topic in NAMED:
        tp = sum(1 for i, e in entries.items() if topic in e.topics and topic in labels[i])
        fp = sum(1 for i, e in entries.items() if topic in e.topics and topic not in labels[i])
        fn = sum(1 for i, e in entries.items() if topic not in e.topics and topic in labels[i])
        precision, recall = tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)
        report.append(f"{topic}: precision {precision:.2f} recall {recall:.2f} ({tp} true, {fp} false +, {fn} missed)")
        assert precision >= 0.9 and recall >= 0.9, report[-1]
    print("\n" + "\n".join(report))


USER_FILE = """
[[topic]]
id = "golf"
name = "Golf"
phrases = ["golf*", "swing"]

[[topic]]
id = "venue"
name = "Where they meet"
phrases = ["golf club"]

[[topic]]
id = "ceasefire"
disabled = true
"""


def test_user_topic_file_adds_overrides_and_disables(tmp_path, capsys):
    path = tmp_path / "topics.toml"
    path.write_text(USER_FILE)
    taxonomy = load_taxonomy(path)
    assert "golf" in taxonomy.ids() and "ceasefire" not in taxonomy.ids()
    assert taxonomy.get("venue").name == "Where they meet"
    assert main(["topics", "--topics", str(path)]) == 0
    out = capsys.readouterr().out
    assert "golf" in out and "(user)" in out and "ceasefire" not in out
    assert main(["export", "--topics", str(path), "--topic", "golf"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["posts"] and all("golf" in p["topics"] for p in data["posts"])
    assert all(any(h["topic"] == "golf" for h in p["topic_evidence"]) for p in data["posts"])


def test_user_topic_file_from_xdg_config(tmp_path, monkeypatch):
    (tmp_path / "liveblog").mkdir()
    (tmp_path / "liveblog" / "topics.toml").write_text(USER_FILE)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert "golf" in load_taxonomy().ids()


@pytest.mark.parametrize(
    "text, line, words",
    [
        ('[[topic]]\nid = "ok"\nphrases = ["x"]\n\n[[topic]]\nid = "Bad Id"\nphrases = ["y"]\n', 5, "slug"),
        ('[[topic]]\nid = "ok"\nphrases = "not a list"\n', 3, "phrases must be a list"),
        ('[[topic]]\nid = "ok"\nphrases = ["x"\n', 3, ""),
        ('[[topic]]\nid = "ok"\nentities = ["Geneva"]\n', 1, "context"),
        ('[[topic]]\nid = "ok"\nphrases = ["x"]\nday_entities = ["Geneva talks"]\n', 1, "context"),
        ('[[topic]]\nid = "ok"\nphrases = ["x"]\ncolour = "red"\n', 1, "unknown key"),
        ('[[topic]]\nid = "ok"\nphrases = ["!a"]\n', 1, "has no words"),
        ('[[topic]]\nid = "ok"\nphrases = ["!a ...2 b"]\n', 1, "starts with a gap"),
        ('[[topic]]\nid = "ok"\nphrases = ["!a !b c"]\n', 1, "two negated words"),
        ('[[topic]]\nid = "ok"\nphrases = ["after !@places"]\n', 1, "single words"),
    ],
)
def test_malformed_topic_file_errors_name_the_file_and_line(tmp_path, text, line, words):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(TopicFileError) as exc:
        parse_topic_file(path, "user")
    message = str(exc.value)
    assert message.startswith(f"{path}:{line}:") and "\n" not in message
    assert words in message


def test_bad_user_file_falls_back_to_defaults(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text("[[topic]\n")
    taxonomy = load_taxonomy(path)
    assert taxonomy.ids() == load_taxonomy(use_default_user_file=False).ids()
    assert taxonomy.errors and str(path) in taxonomy.errors[0]
    assert main(["list", "--topics", str(path), "--topic", "venue"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) >= 10
    assert "using the default topics" in captured.err


def test_list_topic_filters_any_and_all(capsys):
    main(["list", "--topic", "venue"])
    venue = capsys.readouterr().out.splitlines()
    main(["list", "--topic", "venue", "--topic", "air-support", "--all"])
    both = capsys.readouterr().out.splitlines()
    main(["list", "--topic", "venue", "--topic", "air-support", "--any"])
    either = capsys.readouterr().out.splitlines()
    assert set(both) <= set(venue) <= set(either)
    assert 0 < len(both) < len(venue) < len(either)
    with pytest.raises(SystemExit) as exc:
        main(["list", "--topic", "weather"])
    assert exc.value.code == 2
    assert "liveblog list: error: --topic: unknown topic weather; known: " in capsys.readouterr().err


def _one_topic_finder(tmp_path, phrases: list[str]):
    """``found(text)``: whether a one-topic file with these phrases puts ``text`` in its topic."""
    path = tmp_path / "topics.toml"
    path.write_text('[[topic]]\nid = "one"\nname = "One"\nphrases = [' + ", ".join(f'"{p}"' for p in phrases) + "]\n")
    taxonomy = load_taxonomy(path, use_default_user_file=False)

    def found(text: str) -> bool:
        return any(h.topic == "one" for h in taxonomy.classify_text([("body:0", text)]))

    return found


def test_a_negated_element_is_any_one_word_but_those_named(tmp_path):
    found = _one_topic_finder(tmp_path, ["after !a|an|the* ...2 summit"])
    assert found("He spoke after Monday's summit.") and found("He spoke after last night's summit.")
    assert not found("He spoke after a summit.") and not found("He spoke after an emergency summit.")
    assert not found("He spoke after these summit talks.")  # "the*" is a stem: these, then, ...
    assert not found("He spoke after summit.")  # the negated element takes exactly one word


def test_a_rule_word_matches_the_other_spellings_of_its_name(tmp_path):
    """A rule word "kyiv" matches "Kiev" in a text, and the other way; a prefix (``kyiv*``) stays a prefix."""
    found = _one_topic_finder(tmp_path, ["talks in kyiv", "odessa port", "kharkiv*"])
    assert found("The talks in Kyiv began.") and found("The talks in Kiev began.")
    assert found("Odesa port reopened.") and found("Odessa port reopened.")
    assert found("Kharkiv's mayor spoke.") and not found("Kharkov's mayor spoke.")


def _dated(text: str, day: int, hour: int = 12) -> Post:
    post = Post(source="bbc", file="x", page_index=0, title=None)
    post.body = [Block("paragraph", text, 1, 1)]
    post.published = datetime(2025, 11, day, hour, tzinfo=UTC)
    post.date_basis = "printed"
    return post


CONVENED = "Officials from the US, Ukraine and Europe convened in Geneva on Sunday to discuss the plan."
NAMED_SO = "A US official said the Geneva talks were intended to finalise details beneficial to Ukraine."
ARRIVED = "Ukraine's national security adviser arrived in Geneva on a government plane."


PLEDGED = "Britain and France signed a declaration to deploy troops to Ukraine after a ceasefire."
REFERRED = '"It is their military presence that is mandatory," Zelenskyy told journalists.'
OWN_TROOPS = "Ukraine's backers have long said that their own troops would not enter into direct conflict with Russia."


@pytest.mark.parametrize(
    "first, second, topic, why, matched",
    [
        # a meeting named by its place is the day's venue when another post of the day gives the place
        (CONVENED, NAMED_SO, "venue", "named so elsewhere that day", "Geneva talks"),
        # a leader arriving in the day's meeting place needs no meeting word of its own
        (CONVENED, ARRIVED, "venue", "named so elsewhere that day", "arrived in Geneva"),
        # and a visit named by its place
        (
            CONVENED,
            "Talks with the hosts would take place during the Geneva visit, officials said.",
            "venue",
            "named so elsewhere that day",
            "Geneva visit",
        ),
        # and on the way there
        (
            CONVENED,
            "He spoke to journalists en route to Geneva.",
            "venue",
            "named so elsewhere that day",
            "route to Geneva",
        ),
        # and a forum named by its place, prepared for
        (
            CONVENED,
            "Preparations for the Geneva forum were underway.",
            "venue",
            "named so elsewhere that day",
            "for the Geneva forum",
        ),
        # a force referred back to is boots on the ground on a day another post shows the topic
        (PLEDGED, REFERRED, "boots-on-the-ground", "the topic is shown elsewhere that day", "military presence"),
        (PLEDGED, OWN_TROOPS, "boots-on-the-ground", "the topic is shown elsewhere that day", "their own troops"),
    ],
)
def test_a_day_rule_counts_only_when_another_post_of_the_same_day_shows_what_it_waits_for(
    rules_only, first, second, topic, why, matched
):
    taxonomy = rules_only
    earlier, later = _dated(first, 23), _dated(second, 23, 14)
    both = classify([earlier, later], taxonomy)
    assert all(topic in post.topics for post in both)
    evidence = [h for h in both[1].topic_evidence if h.topic == topic]
    assert evidence and why in evidence[0].phrase
    assert second[evidence[0].start : evidence[0].end] == matched
    # alone, on another day, or in another run of posts (a day group of its own), it does not count
    assert topic not in taxonomy.classified(later).topics
    assert topic not in classify([earlier, _dated(second, 26)], taxonomy)[1].topics
    assert topic not in classify([earlier, later], taxonomy, spans=[1, 1])[1].topics


def test_what_a_day_shows_for_one_topic_waits_for_no_other(rules_only):
    """A day of troop pledges makes no named meeting the venue, and a day's venue no force referred back to."""
    taxonomy = rules_only
    assert "venue" not in classify([_dated(PLEDGED, 6), _dated(NAMED_SO, 6, 14)], taxonomy)[1].topics
    assert "boots-on-the-ground" not in classify([_dated(CONVENED, 6), _dated(REFERRED, 6, 14)], taxonomy)[1].topics


@pytest.mark.parametrize(
    "text",
    [
        "A Russian source said the Geneva talks had concluded late on Monday.",
        "Leaders were briefed this morning on the Geneva talks.",
        "He recalled the Geneva meeting in February.",
    ],
)
def test_a_meeting_named_by_its_place_and_told_as_over_is_not_the_days_venue(taxonomy, text):
    assert "venue" not in classify([_dated(CONVENED, 23), _dated(text, 23, 14)], taxonomy)[1].topics


def test_spans_must_cover_the_entries(taxonomy):
    with pytest.raises(ValueError):
        classify([_dated(CONVENED, 23)], taxonomy, spans=[2])


def test_no_place_or_setting_starts_with_an_article_or_a_preposition(taxonomy):
    """A name starting with "the" or "in" would file every rule that uses its list under that word, and
    every sentence would try them (a phrase's gap reads the word instead: "in the Turkish capital")."""
    from tui.core.model.text import lower_words

    small = {"the", "a", "an", "in", "at", "of", "on", "to"}
    names = taxonomy.gazetteers["places"] + taxonomy.gazetteers["settings"]
    assert [n for n in names if lower_words(n)[0] in small] == []


@pytest.mark.parametrize(
    "text, day, venue",
    [
        # a meeting dated between its verb and its place: held before the post's day is one recalled ...
        ("The first round of talks was held on Jan. 23-24 in Abu Dhabi.", date(2026, 2, 15), False),
        # ... and one on a day to come is the meeting ahead, in the weeks after the post's day
        ("The next round of talks will be held on Feb. 17-18 in Geneva.", date(2026, 2, 15), True),
        ("The next round of talks will be held on Feb. 17-18 in Geneva.", date(2026, 2, 17), True),
        ("The next round of talks will be held on Feb. 17-18 in Geneva.", date(2026, 2, 20), False),
        # a yearless date is read in the year that puts it nearest: early January is weeks after late December
        ("The talks will be held on Jan. 5 in Geneva.", date(2025, 12, 20), True),
        ("The talks were held on Dec. 20 in Geneva.", date(2026, 1, 5), False),
        # a day before its month, with its year: any later day is a meeting to come
        ("The conference will take place in Rome on 10-11 July 2025.", date(2024, 10, 11), True),
        ("The conference took place in Rome on 10-11 July 2025.", date(2025, 10, 11), False),
        # an earlier year after the place is a meeting recalled; this year or a later one is not
        ("The first conference was held in Lugano, Switzerland, in 2022.", date(2024, 10, 11), False),
        ("The next conference will be held in Lugano, Switzerland, in 2025.", date(2024, 10, 11), True),
        # "took place" on a date before the post's own is recalled; "will take place" on one after is to come
        ("The next round of talks took place in Abu Dhabi on February 4-5.", date(2026, 2, 25), False),
        ("The next round of talks will take place in Abu Dhabi on March 5.", date(2026, 2, 25), True),
        # a range that runs until the post's day or later is the meeting under way, its last day past it is over
        ("The G7 summit is being held in Hiroshima from May 19 to 21.", date(2023, 5, 20), True),
        ("The G7 summit was held in Hiroshima from May 19 to 21.", date(2023, 5, 23), False),
        ("The next round of talks will be held on Feb. 17-18 in Geneva.", date(2026, 2, 18), True),
        # a day written as an ordinal is the same day ("on March 5th")
        ("The next round of talks will take place in Abu Dhabi on March 5th.", date(2026, 2, 25), True),
        ("The next round of talks took place in Abu Dhabi on February 4th.", date(2026, 2, 25), False),
    ],
)
def test_an_exclusion_dated_before_the_post_lifts_for_a_day_to_come(taxonomy, text, day, venue):
    found = {hit.topic for hit in taxonomy.classify_text([("body:0", text)], day)}
    assert ("venue" in found) is venue


def test_a_leading_negated_word_is_the_word_before_the_match_and_not_part_of_it():
    """``!and air force*``: "air force" not after "and" (or first in the sentence), the word before not
    part of the match."""
    topic = Topic(id="t", name="t", phrases=["air forces"], exclude=["!and air force*"])
    topic.compile()
    rule = next(r for r in topic.rules if r.kind == "exclude")
    assert rule.match(["the", "air", "force", "said"], 1) == 2
    assert rule.match(["air", "force", "said"], 0) == 1
    assert rule.match(["ground", "and", "air", "forces"], 2) is None
    taxonomy = Taxonomy([topic])
    assert [h.phrase for h in taxonomy.classify_text([("text", "Ready to contribute ground and air forces.")])] == [
        "air forces"
    ]
    assert taxonomy.classify_text([("text", "The air forces of both sides were grounded.")]) == []


@pytest.mark.parametrize(
    "sentence, venue",
    [
        ("The leaders met in Geneva in July.", False),  # an earlier month, told in August
        ("The leaders will meet in Geneva in September.", True),  # a month to come
        ("The summit was held in Rome in August.", True),  # this month: not read as over
        ("The summit will be held in Rome in July 2026.", True),  # a later year's month
        ("The summit was held in Rome in July 2024.", False),
    ],
)
def test_a_month_named_without_a_day_is_over_only_when_it_ended_before_the_post(sentence, venue):
    """``@dates-before`` reads a month with no day whole: over when it ended before the post's day (the year
    read as the nearest, unless given), to come when it is the post's month or a later one."""
    hits = load_taxonomy(use_default_user_file=False).classify_text([("text", sentence)], date(2025, 8, 19))
    assert any(h.topic == "venue" for h in hits) is venue
