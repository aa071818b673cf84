"""The topics' learned models: features, training, the shipped files and how the matcher reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.stages.topics import load_taxonomy
from tui.core.stages.topics.evaluate import label_files
from tui.core.stages.topics.learned import (
    Featuriser,
    LearnedModel,
    ModelError,
    WordTest,
    is_learned,
    load_model,
    model_bytes,
)
from tui.core.stages.topics.train import (
    TRAINED,
    Example,
    choose_threshold,
    fit,
    main,
    training_digest,
)

DATA = Path(__file__).parent.parent / "data"
LABELS = DATA / "topic_other"
EXAMPLES = DATA / "topic_examples.toml"


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(use_default_user_file=False)


def test_names_stand_for_their_list_longest_first_and_numbers_for_hash():
    featuriser = Featuriser({"places": ["Abu Dhabi", "Abu"], "settings": ["White House"], "leaders": ["trump"]})
    words = featuriser.words(["talks", "in", "abu", "dhabi", "at", "the", "white", "house", "on", "18", "trump"])
    assert words == ["talks", "in", "@places", "at", "the", "@settings", "on", "#", "trump"]
    assert {"in @places", "@places", "the @settings"} <= featuriser.sentence(
        ["in", "abu", "dhabi", "the", "white", "house"]
    )


def test_model_words_are_words_stems_or_a_gazetteer_list():
    featuriser = Featuriser({"settings": ["White House"]})
    test = WordTest(["jet*", "Air", "@settings"])
    for _ in range(2):  # the second time from what it remembers
        assert test.holds(featuriser.words(["fighter", "jets"]))
        assert test.holds(featuriser.words(["air", "cover"]))
        assert test.holds(featuriser.words(["at", "the", "white", "house"]))
        assert not test.holds(featuriser.words(["the", "house", "voted", "jumbo"]))
    assert test.lists and not WordTest(["jet*"]).lists
    assert WordTest([]).holds(["anything"])  # no words named: every sentence is read


def _toy(n: int = 40) -> list[Example]:
    out = []
    for i in range(n):
        positive = i % 2 == 0
        words = {"jets", "sky", f"w{i % 7}"} if positive else {"talks", "sanctions", f"w{i % 7}"}
        out.append(Example(f"file{i % 5}", (frozenset(words),), positive, (frozenset(words),)))
    return out


def test_training_learns_what_separates_the_classes_and_is_deterministic():
    weights, bias = fit(_toy())
    model = LearnedModel("toy", weights, bias, 0.5)
    assert model.probability({"jets", "sky"}) > 0.7 > 0.3 > model.probability({"talks", "sanctions"})
    assert model.heaviest({"jets", "sky", "talks"})[0] in {"jets", "sky"}
    assert fit(_toy()) == (weights, bias)
    threshold, measured = choose_threshold(_toy())
    assert threshold == 0.5 and measured["cv_precision"] == 1.0
    with pytest.raises(ValueError, match="both"):
        fit([e for e in _toy() if e.positive])


def test_a_post_is_read_by_its_best_sentence():
    model = LearnedModel("toy", {"jets": 2.0, "send": 2.0}, -3.0, 0.6)
    number, chance = model.best([{"send"}, {"jets"}, {"send", "jets"}])
    assert number == 2 and chance > 0.6
    assert model.best([{"send"}, {"jets"}])[1] < 0.6  # words of two sentences never add up


def test_a_model_file_round_trips_and_one_for_other_features_is_refused():
    model = LearnedModel("toy", {"jets": 1.25, "a b": -0.5}, -0.75, 0.7, "digest", {"cv_precision": 0.96})
    assert LearnedModel.from_json(model.to_json(), "toy") == model
    with pytest.raises(ModelError, match="toy: made for other features"):
        LearnedModel.from_json(model.to_json().replace('"feature_version": 1', '"feature_version": 0'), "toy")
    with pytest.raises(ModelError, match="not JSON"):
        LearnedModel.from_json("{", "toy")
    with pytest.raises(ModelError, match="no model named"):
        model_bytes("no-such-model")


def test_the_shipped_models_were_trained_on_the_label_files_as_they_are(taxonomy):
    """A label file, canonical example, gazetteer or model_words edited without retraining fails here:
    retrain with ``python -m tui.core.stages.topics.train``."""
    digest = training_digest([*label_files([LABELS]), EXAMPLES], taxonomy)
    shipped = {t.model for t in taxonomy.topics if t.model}
    assert shipped == {"boots", "air"}
    for name in shipped:
        assert load_model(name).trained_on == digest, f"model {name!r} is stale"
    assert not any(path.parent.name == "aside" for path in label_files([LABELS]))


@pytest.mark.slow
def test_retraining_gives_the_shipped_models_byte_for_byte(tmp_path, capsys):
    assert main([str(LABELS), "--examples", str(EXAMPLES), "--out", str(tmp_path)]) == 0
    for name in ("boots", "air"):
        assert (tmp_path / f"{name}.json").read_bytes() == model_bytes(name)
    # venue names no model in the default topics: measured, never written
    assert not (tmp_path / "venue.json").exists()
    assert "venue: " in (out := capsys.readouterr().out) and (
        "no threshold reaches precision" in out or "the default topics name no model for it: not written" in out
    )
    assert set(TRAINED) == {"boots-on-the-ground", "air-support", "venue"}


def test_a_learned_hit_names_its_sentence_and_words(taxonomy):
    # (a sentence well inside the model's reach: retraining moves its threshold a step now and then)
    text = "The talks went on late. European fighter jets could help protect Ukraine after a ceasefire."
    hits = [h for h in taxonomy.classify_text([("body:0", text)]) if h.topic == "air-support"]
    assert len(hits) == 1 and is_learned(hits[0].phrase) and hits[0].phrase.startswith("learned: ")
    assert text[hits[0].start : hits[0].end] == "European fighter jets could help protect Ukraine after a ceasefire"
    assert "jets" in hits[0].phrase
    # the rules alone do not see it
    rules = load_taxonomy(use_default_user_file=False, learned=False)
    assert "air-support" not in {h.topic for h in rules.classify_text([("body:0", text)])}


def test_a_model_reads_only_sentences_with_its_topic_words_and_never_against_an_exclusion(taxonomy):
    # "after a ceasefire" weighs towards boots, but the sentence holds no word for a force
    assert "boots-on-the-ground" not in {
        h.topic
        for h in taxonomy.classify_text(
            [("body:0", "European fighter jets could help protect Ukraine after a ceasefire.")]
        )
    }
    # an exclusion of the topic that matched anywhere in the post stops the model reading it
    excluded = "European fighter jets could help protect Ukraine after a ceasefire. Ukraine's air force said so."
    assert "air-support" not in {h.topic for h in taxonomy.classify_text([("body:0", excluded)])}


def test_a_topic_file_naming_a_model_is_checked(tmp_path):
    def topic(extra: str) -> Path:
        path = tmp_path / "topics.toml"
        path.write_text(f'[[topic]]\nid = "jets"\nphrases = ["jets"]\n{extra}\n', encoding="utf-8")
        return path

    for extra, message in [
        ('model = "nope"\nmodel_words = ["jets"]', "no model named 'nope'"),
        ('model = "../air"\nmodel_words = ["jets"]', "model must name a shipped model"),
        ('model = "air"', "a model needs model_words"),
        ('model = "air"\nmodel_words = ["two words"]', "model_words must be single words"),
    ]:
        taxonomy = load_taxonomy(topic(extra))
        assert taxonomy.errors and message in taxonomy.errors[0], extra
        assert "topics.toml:" in taxonomy.errors[0]
    good = load_taxonomy(topic('model = "air"\nmodel_words = ["jet*", "@settings"]'))
    assert not good.errors and good.get("jets") is not None and good.get("jets").model == "air"


def test_a_bad_model_name_in_the_topic_file_is_one_error_not_a_crash(tmp_path):
    path = tmp_path / "topics.toml"
    path.write_text('[[topic]]\nid = "jets"\nphrases = ["jets"]\nmodel = 3\nmodel_words = ["jets"]\n')
    taxonomy = load_taxonomy(path)
    assert taxonomy.errors and "model must be a string" in taxonomy.errors[0]
