"""Training the topics' learned models from labelled posts (see :mod:`tui.core.stages.topics.learned`).

``python -m tui.core.stages.topics.train [LABEL_DIR]`` (default
``tests/data/topic_other``; its ``aside/`` folder is never read) trains, for
each topic of :data:`TRAINED`, a logistic regression on the
posts' features and the topic's canonical examples
(``tests/data/topic_examples.toml``, each sentence a post of its own) and
writes ``models/<name>.json`` next to this module.  It is
deterministic: the same files give the same model, byte for byte.

The threshold is chosen by cross-validation, never on the set-aside files:
the posts are split into :data:`FOLDS` groups by file (a page's posts stay
together; a file's group is a hash of its name, so new files move no other),
a model trained on the other groups scores each group, and this is done for
:data:`REPEATS` such splits, their scores pooled (one split's threshold
flips with the draw).  The threshold is the lowest of :data:`THRESHOLDS` at
which the model alone (a post scored by its best sentence, as the matcher
reads it) is at least :data:`PRECISION_FLOOR` precise on the held-out posts.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.core.model.text import printable
from tui.core.stages.topics.evaluate import LabelFileError, LabelledPost, label_files, text_set
from tui.core.stages.topics.files import load_taxonomy
from tui.core.stages.topics.learned import (
    FEATURE_VERSION,
    Featuriser,
    LearnedModel,
    WordTest,
    features_of,
)
from tui.core.stages.topics.matcher import Taxonomy, sentences_read

# The step size, penalty and passes were chosen among a few by the best cross-validated F1 on the training files.
#: A feature must be in at least this many training posts to get a weight.
MIN_POSTS = 2
#: Passes over the training posts.
EPOCHS = 20
#: Step size of the per-feature adaptive gradient (AdaGrad).
RATE = 0.1
#: L2 penalty per pass, as a fraction each weight shrinks by.
SHRINK = 0.2
#: Cross-validation groups (by file).
FOLDS = 5
#: Cross-validation splits pooled (each file in a fold of every split): one split's threshold flips with the draw.
REPEATS = 3
#: Thresholds tried, lowest first.
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
#: The precision the model alone must reach in cross-validation at its threshold.
PRECISION_FLOOR = 0.95
#: What the digest covers besides the files (a change of settings is a new model).
SETTINGS = (
    f"features={FEATURE_VERSION} min={MIN_POSTS} epochs={EPOCHS} rate={RATE} shrink={SHRINK} folds={FOLDS} "
    f"thresholds={THRESHOLDS} floor={PRECISION_FLOOR} folds-by=name-hash repeats={REPEATS}"
)


@dataclass(frozen=True)
class Example:
    """One labelled post as the trainer sees it: its file, each sentence's features, the features of the
    sentences the model reads (those holding one of the topic's ``model_words``) and whether it shows the
    topic.  A model is fitted to the post's features together and scores it by its best sentence read."""

    group: str
    sentences: tuple[frozenset[str], ...]
    positive: bool
    read: tuple[frozenset[str], ...] = ()

    @property
    def features(self) -> frozenset[str]:
        """Every sentence's features."""
        return frozenset().union(*self.sentences)


def example(
    group: str, fields: Sequence[tuple[str, str]], positive: bool, featuriser: Featuriser, test: WordTest
) -> Example:
    """A labelled text as an :class:`Example` (its sentences read as the matcher reads them)."""
    said = [featuriser.words(sentence) for _name, text in fields for sentence in sentences_read(text)]
    features = [frozenset(features_of(words)) for words in said]
    read = tuple(f for f, words in zip(features, said) if test.holds(words))
    return Example(group, tuple(features), positive, read)


def fit(examples: Sequence[Example], seed: int = 0) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression on ``examples`` (classes weighted to balance)."""
    counts = Counter(f for e in examples for f in e.features)
    names = sorted(f for f, n in counts.items() if n >= MIN_POSTS)
    number = {f: i for i, f in enumerate(names)}
    rows = [([number[f] for f in sorted(e.features) if f in number], 1.0 if e.positive else 0.0) for e in examples]
    positives = sum(1 for e in examples if e.positive)
    if not positives or positives == len(examples):
        raise ValueError("training needs both positive and negative posts")
    balance = {1.0: len(examples) / (2 * positives), 0.0: len(examples) / (2 * (len(examples) - positives))}
    weights = [0.0] * len(names)
    squares = [1e-8] * len(names)
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(rows)))
    shuffle = random.Random(seed).shuffle
    for _ in range(EPOCHS):
        shuffle(order)
        for k in order:
            indices, label = rows[k]
            z = bias + sum(weights[i] for i in indices)
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else 1.0 - 1.0 / (1.0 + math.exp(z))
            g = (p - label) * balance[label]
            if g == 0.0:
                continue
            g2 = g * g
            for i in indices:
                squares[i] += g2
                weights[i] -= RATE * g / math.sqrt(squares[i])
            bias_square += g2
            bias -= RATE * g / math.sqrt(bias_square)
        keep = 1.0 - SHRINK
        weights = [w * keep for w in weights]
    return {f: w for f, w in zip(names, weights) if abs(w) >= 1e-6}, bias


def _scores(weights: dict[str, float], bias: float, examples: Sequence[Example]) -> list[float]:
    model = LearnedModel("", weights, bias, 0.5)
    return [model.best(e.read)[1] for e in examples]


def choose_threshold(examples: Sequence[Example]) -> tuple[float | None, dict[str, float]]:
    """The threshold (see the module's docstring) and the cross-validated precision and recall at it; None
    (and the best precision reached) when no threshold reaches :data:`PRECISION_FLOOR`."""
    scored: list[tuple[float, bool]] = []
    groups = {e.group for e in examples}
    for repeat in range(REPEATS):
        fold_of = {g: fold_of_file(g, repeat) for g in groups}
        for fold in range(FOLDS):
            train = [e for e in examples if fold_of[e.group] != fold]
            held = [e for e in examples if fold_of[e.group] == fold]
            if not held:
                continue
            weights, bias = fit(train)
            scored += zip(_scores(weights, bias, held), (e.positive for e in held))
    chosen = next((t for t in THRESHOLDS if _precision(scored, t) >= PRECISION_FLOOR), None)
    if chosen is None:
        return None, {"cv_precision": max(_precision(scored, t) for t in THRESHOLDS)}
    tp = sum(1 for p, y in scored if p >= chosen and y)
    fn = sum(1 for p, y in scored if p < chosen and y)
    return chosen, {"cv_precision": _precision(scored, chosen), "cv_recall": tp / (tp + fn) if tp + fn else 0.0}


def fold_of_file(group: str, repeat: int) -> int:
    """A file's cross-validation fold in one of the :data:`REPEATS` splits, from its name alone: adding a file
    moves no other file to another fold (by the files' order, each batch of new files reshuffled every fold)."""
    name = f"{repeat}\0{Path(group).name}".encode("utf-8", "surrogatepass")  # wherever the folder was given from
    return int.from_bytes(hashlib.blake2b(name, digest_size=4).digest(), "big") % FOLDS


def _precision(scored: Sequence[tuple[float, bool]], threshold: float) -> float:
    tp = sum(1 for p, y in scored if p >= threshold and y)
    fp = sum(1 for p, y in scored if p >= threshold and not y)
    return tp / (tp + fp) if tp + fp else 0.0


def canonical_examples(path: Path, topic_id: str, featuriser: Featuriser, test: WordTest) -> list[Example]:
    """The canonical examples of one topic (``[topic] yes = [...]``, ``no = [...]``), each one sentence read
    alone: the phrasings a topic must and must not show, as training posts of their own."""
    with path.open("rb") as handle:
        table = tomllib.load(handle).get(topic_id, {})
    return [
        example(f"{path.name}#{answer}", [("body:0", text)], answer == "yes", featuriser, test)
        for answer in ("yes", "no")
        for text in table.get(answer, [])
    ]


def training_digest(paths: Sequence[Path], taxonomy: Taxonomy) -> str:
    """The digest a model records: the files' names and bytes, the gazetteers, the trained topics'
    ``model_words`` and :data:`SETTINGS`."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(SETTINGS.encode())
    for listed in sorted(taxonomy.gazetteers):
        digest.update(f"\0{listed}\0".encode() + "\n".join(taxonomy.gazetteers[listed]).encode("utf-8"))
    for topic_id in sorted(TRAINED):
        topic = taxonomy.get(topic_id)
        digest.update(f"\0{topic_id}\0{' '.join(topic.model_words if topic is not None else [])}".encode())
    for path in paths:
        digest.update(f"\0{path.name}\0".encode("utf-8", "surrogatepass") + path.read_bytes())
    return digest.hexdigest()


def train_topic(
    topic_id: str,
    model_name: str,
    posts: Sequence[LabelledPost],
    featuriser: Featuriser,
    digest: str,
    test: WordTest,
    canonical: Sequence[Example] = (),
) -> LearnedModel | str:
    """One topic's model, trained on every post and the topic's canonical examples, thresholded by
    cross-validation; or why there is none (no threshold precise enough)."""
    examples = [example(p.source, p.fields, topic_id in p.labels, featuriser, test) for p in posts]
    examples += canonical
    threshold, measured = choose_threshold(examples)
    if threshold is None:
        return (
            f"no threshold reaches precision {PRECISION_FLOOR} in cross-validation "
            f"(best {measured['cv_precision']:.3f}): no model"
        )
    weights, bias = fit(examples)
    return LearnedModel(model_name, weights, bias, threshold, digest, measured)


#: The topics a model is trained for, and their models' names.
TRAINED = {"boots-on-the-ground": "boots", "air-support": "air", "venue": "venue"}


def main(argv: Sequence[str] | None = None) -> int:
    """Train every default topic's model from a folder of label files and write the model files."""
    parser = argparse.ArgumentParser(prog="python -m tui.core.stages.topics.train", description=__doc__)
    parser.add_argument("labels", nargs="?", default="tests/data/topic_other", type=Path)
    parser.add_argument("--examples", type=Path, default=Path("tests/data/topic_examples.toml"))
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("models"))
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy(use_default_user_file=False)
    paths = label_files([args.labels])  # the folder's own files: never its aside/ folder
    if not paths:
        print(f"liveblog: no label files in {printable(str(args.labels))}", file=sys.stderr)
        return 2
    try:
        posts = [post for path in paths for post in text_set(path)]
    except LabelFileError as exc:
        print(f"liveblog: {printable(str(exc))}", file=sys.stderr)
        return 2
    featuriser = Featuriser(taxonomy.gazetteers)
    digest = training_digest([*paths, args.examples], taxonomy)
    for topic_id, name in TRAINED.items():
        topic = taxonomy.get(topic_id)
        test = WordTest(topic.model_words if topic is not None else [])
        canonical = canonical_examples(args.examples, topic_id, featuriser, test)
        model = train_topic(topic_id, name, posts, featuriser, digest, test, canonical)
        if isinstance(model, str):
            print(f"{topic_id}: {model}")
            continue
        figures = (
            f"{len(model.weights)} weights, threshold {model.threshold}, cross-validated precision "
            f"{model.measured['cv_precision']:.2f} recall {model.measured['cv_recall']:.2f} "
            f"({len(posts)} posts, {len(paths)} files)"
        )
        if topic is None or topic.model != name:
            # measured, but a model the default topics do not read is not shipped
            print(f"{topic_id}: {figures}; the default topics name no model for it: not written")
            continue
        (args.out / f"{name}.json").write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"{topic_id}: {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
