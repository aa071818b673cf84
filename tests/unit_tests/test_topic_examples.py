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
