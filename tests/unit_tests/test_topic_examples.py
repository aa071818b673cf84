"""The named topics' canonical examples (tests/data/topic_examples.toml): each "yes" sentence is in its
topic and each "no" is not, read alone (an exclusion that cancels a "yes" fails here)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from tui.core.stages.topics import load_taxonomy

EXAMPLES = tomllib.loads((Path(__file__).parents[1] / "data" / "topic_examples.toml").read_text(encoding="utf-8"))
CASES = [(topic, kind, text) for topic, sets in EXAMPLES.items() for kind in ("yes", "no") for text in sets[kind]]


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(None)


@pytest.mark.parametrize(("topic", "kind", "text"), CASES, ids=[f"{t}-{k}-{n}" for n, (t, k, _) in enumerate(CASES)])
def test_canonical_example(taxonomy, topic, kind, text):
    hits = taxonomy.classify_text([("body:0", text)], date(2025, 8, 19))
    kept = {h.topic for h in hits}
    if kind == "yes":
        assert topic in kept, f"{text!r}: not {topic} (hits: {hits})"
    else:
        assert topic not in kept, f"{text!r}: wrongly {topic}: {[h for h in hits if h.topic == topic]}"


NAMED = ("boots-on-the-ground", "air-support", "venue")
DATA = Path(__file__).parents[1] / "data"


def _labelled_texts() -> list[str]:
    """Every sentence the named topics are measured on or pinned by: the canonical examples, the labelled
    sets of other days and outlets (tuned and set aside) and the bundled day's posts."""
    import json

    texts = [text for sets in EXAMPLES.values() for kind in ("yes", "no") for text in sets[kind]]
    for path in [*sorted((DATA / "topic_other").rglob("*.toml")), *sorted((DATA / "topic_dev").glob("*.toml"))]:
        for post in tomllib.loads(path.read_text(encoding="utf-8")).get("post", []):
            texts += [post.get("title", ""), post.get("text", "")]
    for line in (DATA / "seed_timeline.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line).get("post")
        if post:
            texts += [post["title"] or "", *(block["text"] for block in post["body"])]
    return texts


def test_every_rule_of_the_named_topics_matches_something_it_was_written_for(taxonomy):
    """A rule that matches no canonical example, labelled post or bundled-day post is dead or broken: an
    alternative that holds a space ("fighter jets|combat aircraft" is three elements, not two alternatives)
    silently matches nothing.  Each rule must match at least one such sentence (add a canonical example
    with a new rule)."""
    from tui.core.stages.topics.matcher import sentences_read

    index = taxonomy._index()
    matched: set[tuple[int, str, str]] = set()
    for text in _labelled_texts():
        for sentence in sentences_read(text):
            for (topic, kind), hits in index.matches(sentence).items():
                matched.update((topic, kind, phrase) for _, _, phrase in hits)
    ids = taxonomy.ids()
    dead = sorted(
        f"{ids[topic]} {rule.kind}: {rule.phrase}"
        for topic, rule in index.rules
        if ids[topic] in NAMED and (topic, rule.kind, rule.phrase) not in matched
    )
    assert not dead, "rules that match nothing:\n" + "\n".join(dead)


def test_no_alternative_of_a_rule_holds_a_possessive(taxonomy):
    """A possessive written inside an alternative ("ambassador s|ambassadors", "ukraine s|ukrainian") splits the
    element in two: the rule then asks for both words in a row and matches only by chance, so the dead-rule test
    above can miss it.  Write the possessive as its own rule, or cover its "s" with a gap."""
    import re

    split = re.compile(r"(?:^|\s)s\|\S|\S\|s(?:\s|$)")
    broken = sorted(
        f"{taxonomy.ids()[topic]} {rule.kind}: {rule.phrase}"
        for topic, rule in taxonomy._index().rules
        if split.search(rule.phrase)
    )
    assert not broken, "alternatives holding a possessive:\n" + "\n".join(broken)
