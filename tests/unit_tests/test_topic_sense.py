"""The topic rule language beyond phrases: sentences, gazetteers, sense filters, evaluation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.stages.topics import TopicFileError, load_taxonomy
from tui.core.stages.topics.evaluate import evaluate, text_set

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(None, use_default_user_file=False)


def topics(taxonomy, text: str, day: date | None = None) -> set[str]:
    return {hit.topic for hit in taxonomy.classify_text([("body:0", text)], day)}


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met in Paris for an emergency summit on Ukraine.",
        "Russian President Vladimir Putin has just landed in Anchorage, Alaska, for the US-Russia summit.",
        "Talks are expected to take place at the Dolmabahçe palace in Istanbul.",
        "Orban said Budapest is ready to host the meeting.",
        "Ukraine said the two sides would meet in Turkey on Monday.",
        # a visit's business as its meeting word: signing, joining counterparts, a leaders' dinner, speaking to leaders
        "The UK's prime minister has arrived in Kyiv to sign a security and trade pact with Ukraine.",
        "Powell left early to travel to Geneva, where his counterparts from across Europe will join US officials.",
        "Leaders will start arriving for their opening dinner in The Hague shortly.",
        "Speaking to European Union leaders in Brussels, Zelenskiy warned of a plot against Moldova.",
        # "after" that is not about the meeting does not make the meeting past
        "The move comes after growing calls not to exclude them from this Friday's Trump-Putin summit in Alaska.",
    ],
)
def test_a_named_place_in_a_sentence_about_a_meeting_is_a_venue(taxonomy, text):
    assert "venue" in topics(taxonomy, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has declined to confirm the summit.",
        "The EU agreed new sanctions against Moscow ahead of the summit.",
        "Zelensky is in Paris. Separately, Trump said a meeting could happen soon.",  # two sentences
        "After last night's talks at the White House, leaders said progress was made.",
        "She spoke a day after an extraordinary meeting of several EU leaders with Donald Trump in Washington.",
        "He relied on a translator from the US Embassy in Moscow during the meeting.",
        "Sweden is expected to join Nato, officials in Stockholm said.",  # joining an alliance is not a meeting
    ],
)
def test_a_place_merely_mentioned_is_not_a_venue(taxonomy, text):
    assert "venue" not in topics(taxonomy, text)


def test_a_place_recalled_as_past_is_cancelled_in_the_whole_post(taxonomy):
    fields = [
        ("title", "Leaders meet Trump in Oval Office"),
        ("body:0", "Trump posted a photo of the leaders gathered in the Oval Office for peace talks on Monday."),
    ]
    assert not [h for h in taxonomy.classify_text(fields, date(2025, 8, 19)) if h.topic == "venue"]  # a Tuesday


def test_the_posts_own_weekday_is_news_not_a_recollection(taxonomy):
    text = (
        "Turkey's foreign minister met the Russian delegation at the Dolmabahçe palace in Istanbul on Thursday evening."
    )
    assert "venue" in topics(taxonomy, text, date(2025, 5, 15))  # a Thursday
    assert "venue" not in topics(taxonomy, text, date(2025, 5, 16))  # the Friday after


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paris and London propose a one-month truce in the air, at sea and on energy infrastructure.", False),
        ("Russia should cease fire on land, at sea and in the air.", False),
        ("Zelensky called for an end to attacks by land, air and sea.", False),
        ("Plans would help secure Ukraine on the land, at sea and in the sky.", True),
        ("The UK is prepared to back this with boots on the ground and planes in the air.", True),
        ("The talks will focus on how we keep the skies safe, the seas safe and the borders safe.", True),
        ("The US may provide air support to back a peace deal.", True),
        ("Ukraine's air force said it downed 40 drones.", False),
        # air defence and jets for Ukraine, offered, asked for or refused ("air defence help")
        ("Macron and Merz pledged to provide more air defence to Ukraine.", True),
        ("Wallace said the UK would not send fighter jets to Ukraine any time soon.", True),
        ("The sooner our pilots get planes, the sooner this aggression will end.", True),
        ("Germany will deliver two more Patriot systems this year.", True),
        ("He urged partners to help intercept Russian missiles over Ukraine.", True),
        ("Kyiv's air defences shot down 18 missiles overnight.", False),
        ("Air defence systems were activated in the capital during the raid.", False),
        ("Russian fighter jets violated Estonian airspace.", False),
        # Ukraine's own air-defence troops, by their epithet
        ("He thanks Britain on behalf of Ukraine's warriors, air gunners, defenders of the sky and conscripts.", False),
    ],
)
def test_air_support_and_the_ceasefire_formula(taxonomy, text, expected):
    assert ("air-support" in topics(taxonomy, text)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Macron said a European force in Ukraine would only deploy after a ceasefire.", True),
        ("A foreign troop contingent on Ukrainian soil is unacceptable, Lavrov said.", True),
        ("Some European countries have already offered forces for Ukraine.", True),
        ("Russian troops in Ukraine advanced near Pokrovsk.", False),
        ("We're not losing American soldiers, Trump said.", False),
        (
            "Talks last took place in Istanbul in March 2022, a month after Putin sent tens of thousands of troops "
            "into Ukraine.",
            False,
        ),
        ("Zelenskyy said he and Starmer would discuss having western troops stationed in Ukraine.", True),
    ],
)
def test_boots_on_the_ground_paraphrases(taxonomy, text, expected):
    assert ("boots-on-the-ground" in topics(taxonomy, text)) is expected


def test_evidence_never_spans_two_sentences(taxonomy):
    assert "boots-on-the-ground" not in topics(taxonomy, "They want to send aid. Troops are tired.")
    assert "boots-on-the-ground" in topics(taxonomy, "They want to send troops.")


def test_a_user_file_extends_the_gazetteer(tmp_path):
    user = tmp_path / "topics.toml"
    user.write_text('[gazetteer]\nplaces = ["Bratislava", "Nowhereville"]\n')
    taxonomy = load_taxonomy(user, use_default_user_file=False)
    assert "Nowhereville" in taxonomy.gazetteers["places"] and "Geneva" in taxonomy.gazetteers["places"]
    assert "venue" in topics(taxonomy, "Leaders will meet in Nowhereville next week.")


def test_a_user_topic_can_use_the_gazetteer_and_an_unknown_list_is_named(tmp_path):
    user = tmp_path / "topics.toml"
    user.write_text('[[topic]]\nid = "in-geneva"\nphrases = ["in @places"]\n')
    assert "in-geneva" in topics(load_taxonomy(user, use_default_user_file=False), "They met in Geneva.")
    bad = tmp_path / "bad.toml"
    bad.write_text('[[topic]]\nid = "x"\nphrases = ["in @nowhere"]\n')
    taxonomy = load_taxonomy(bad, use_default_user_file=False)
    assert taxonomy.errors and "@nowhere" in taxonomy.errors[0] and "bad.toml:1" in taxonomy.errors[0]
    with pytest.raises(TopicFileError):
        from tui.core.stages.topics import parse_topic_file

        parse_topic_file(bad, "user")


def test_evaluate_counts_true_and_false_hits(tmp_path, taxonomy):
    labels = tmp_path / "set.toml"
    labels.write_text(
        'outlet = "bbc"\ndate = "2025-03-02"\n'
        '[[post]]\ntext = "Leaders met in London for a summit."\nlabels = ["venue"]\n'
        '[[post]]\ntext = "Sanctions against Moscow."\nlabels = ["venue"]\n'
        '[[post]]\ntext = "The summit will take place in Geneva."\nlabels = []\n'
    )
    result = evaluate(text_set(labels), taxonomy)
    count = result.count("venue", "bbc")
    assert (count.tp, count.fp, count.fn) == (1, 1, 1)
    assert count.precision == 0.5 and count.recall == 0.5
    assert "venue" in result.table()


def test_the_cli_prints_the_table_for_the_bundled_day(capsys):
    assert main(["topics", "--store", ":memory:", "--evaluate", str(DATA / "topic_labels.toml")]) == 0
    out = capsys.readouterr().out
    lines = [line.split() for line in out.splitlines()]
    totals = {line[0]: line[2:] for line in lines if len(line) == 7 and line[1] == "all"}
    assert set(totals) == {"venue", "air-support", "boots-on-the-ground"}
    assert all(row[1:] == ["0", "0", "1.00", "1.00"] for row in totals.values()), totals


def test_the_cli_names_a_bad_label_file(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("outlet = \n")
    assert main(["topics", "--store", ":memory:", "--evaluate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.toml" in err and err.count("\n") == 1


def test_the_bundled_day_keeps_every_hand_label(taxonomy):
    """The rules that reach other days leave the bundled day's labels exact."""

    from tui import cli
    from tui.core.stages.topics.evaluate import timeline_set

    args = cli.build_parser().parse_args(["list", "--store", ":memory:"])
    result = evaluate(timeline_set(DATA / "topic_labels.toml", cli.load(args).entries), taxonomy)
    for topic in result.topics:
        c = result.count(topic)
        assert (c.fp, c.fn) == (0, 0), (topic, c)


def test_the_development_set_holds_its_measured_floor(taxonomy):
    """Floors at the figures measured when the rules were written (README); they may only rise."""
    from tui.core.stages.topics.evaluate import label_files

    posts = [p for f in label_files([DATA / "topic_dev"]) for p in text_set(f)]
    result = evaluate(posts, taxonomy)
    assert len(posts) >= 180 and len({p.source for p in posts}) >= 20
    venue, boots, air = result.count("venue"), result.count("boots-on-the-ground"), result.count("air-support")
    assert venue.precision >= 0.95 and venue.recall >= 0.9
    assert boots.precision >= 0.9 and boots.recall >= 0.9
    assert air.precision >= 0.9 and air.recall >= 0.85


def test_the_other_outlets_files_the_rules_were_written_from_hold_their_floor(taxonomy):
    """Other outlets' tuned files (tests/data/topic_other, not aside/): floors at what was measured when the
    rules were written (README); the set-aside files are scored by hand and never held to a figure here."""
    from tui.core.stages.topics.evaluate import label_files

    posts = [p for f in label_files([DATA / "topic_other"]) for p in text_set(f)]
    assert len(posts) >= 140 and all("aside" not in str(p.source) for p in posts)
    result = evaluate(posts, taxonomy)
    venue, boots, air = result.count("venue"), result.count("boots-on-the-ground"), result.count("air-support")
    assert venue.precision >= 0.95 and venue.recall >= 0.85
    assert boots.precision >= 0.95 and boots.recall >= 0.95
    # (air recall measured 0.947 after the forty-third batch's tuned files joined, with their last misses; 0.938
    # after the fifty-eighth's, two of whose posts name the jets only in an earlier sentence: "the coalition of
    # countries that provides that support"; 0.934 after the seventy-first's, three of whose posts ask for air
    # defence in other words: "resources to end Russian aerial terror")
    assert air.precision >= 0.95 and air.recall >= 0.93


def test_the_cli_scores_a_topic_no_post_is_labelled_with_when_asked(tmp_path, capsys):
    """A label file with no venue label hides venue's false positives unless ``--score venue`` asks for it."""
    labels = tmp_path / "set.toml"
    labels.write_text(
        'outlet = "bbc"\ndate = "2025-03-02"\n'
        '[[post]]\ntext = "Leaders met in London for a summit to discuss sending troops to Ukraine."\n'
        'labels = ["boots-on-the-ground"]\n'
    )
    assert main(["topics", "--store", ":memory:", "--evaluate", str(labels)]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert not any(row[:2] == ["venue", "all"] for row in rows)
    assert main(["topics", "--store", ":memory:", "--evaluate", str(labels), "--score", "venue", "--misses"]) == 0
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines()]
    assert ["venue", "all", "0", "1", "0", "0.00", "-"] in rows
    assert "FP  venue" in out
    assert main(["topics", "--store", ":memory:", "--evaluate", str(labels), "--score", "nope"]) == 2
    err = capsys.readouterr().err
    assert "nope" in err and err.count("\n") == 1


def test_a_football_striker_is_no_strike(taxonomy):
    """Read in a 2013 football page's picture name ("Manchester City striker Sergio Aguero"): a striker is a player,
    not an attack; a strike is still one."""
    assert "attacks" not in topics(taxonomy, "Manchester City striker Sergio Aguero")
    assert "attacks" in topics(taxonomy, "A missile strike hit the city overnight.")
