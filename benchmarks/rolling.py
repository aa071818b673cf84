"""A rolling-coverage archive for the benchmarks: consecutive days reuse much of each other's wording.

Real coverage of one story runs for months: each day's pages carry the same
names, background paragraphs copied from yesterday with a few words changed,
recurring headlines ("What we know so far"), and new posts in between.  Such
an archive is harder on every stage than independent days (more candidate
duplicates for the merge, more shared words for relate and topics), so
``python -m benchmarks`` measures it beside :mod:`benchmarks.archive`.

:func:`write_rolling` writes ``days`` days of one BBC and one Guardian dump
each (600 dumps and about 22,000 posts for 300 days, 23 MB), each day's posts
about 40% carried over from the day before with a word or two changed.
Everything depends only on ``seed``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from benchmarks.archive import Prose, _bbc_page, _guardian_page

#: Posts per outlet per day (300 days: about 22,000 posts).
PER_DAY = 37
#: Share of a day's paragraphs carried over from the day before (reworded a little).
CARRIED = 0.4
_RECURRING_TITLES = [
    "What we know so far",
    "Recap: the day's main developments",
    "Analysis: where the talks stand",
    "Reaction from European capitals",
]


def _reword(rng: random.Random, prose: Prose, paragraph: str) -> str:
    """The paragraph with one or two words replaced, as a page revises its background text."""
    words = paragraph.split()
    for _ in range(rng.randint(1, 2)):
        at = rng.randrange(len(words))
        words[at] = rng.choice(prose.starts).lower()
    text = " ".join(words)
    return text if text.endswith(".") else text + "."


def _posts(prose: Prose, names: list[str], yesterday: list[dict], outlet: str) -> list[dict]:
    rng = prose.rng
    step = (23 * 60 - 6 * 60) // PER_DAY
    posts: list[dict] = []
    for n in range(PER_DAY):
        minute = 6 * 60 + n * step + rng.randint(0, step - 1)
        name = names[n % len(names)]
        if yesterday and rng.random() < CARRIED:
            old = rng.choice(yesterday)
            paras = [_reword(rng, prose, para) for para in old["paras"]]
            title = old["title"]
        else:
            paras = [prose.sentence() + " " + prose.sentence() for _ in range(rng.randint(2, 4))]
            paras[0] = f"{name}: {paras[0]}"
            title = rng.choice(_RECURRING_TITLES) if rng.random() < 0.15 else f"{name} {prose.sentence(5, 9)[:-1]}"
        post = {"minute": minute, "title": title, "paras": paras, "earlier": None}
        if outlet == "bbc":
            post["byline"] = None
            post["caption"] = None
        else:
            post["timed"] = rng.random() < 0.7
            post["headline"] = rng.random() < 0.4
        posts.append(post)
    return posts


def write_rolling(root: Path, days: int = 300, seed: int = 11) -> list[Path]:
    """Write ``days`` days of rolling coverage (one BBC and one Guardian dump a day) under ``root``."""
    rng = random.Random(seed)
    prose = Prose(rng)
    names = [prose.name() for _ in range(6)]
    start = date(2024, 3, 1)
    previous: dict[str, list[dict]] = {"bbc": [], "guardian": []}
    files: list[Path] = []
    for d in range(days):
        day = start + timedelta(days=d)
        if d % 30 == 0:  # the story's cast changes slowly
            names[rng.randrange(len(names))] = prose.name()
        today = {outlet: _posts(prose, names, previous[outlet], outlet) for outlet in ("bbc", "guardian")}
        summary = [prose.sentence(8, 16)[:-1] for _ in range(3)]
        pages = [
            (f"{day}_bbc.txt", _bbc_page(day, list(reversed(today["bbc"])), summary, False)),
            (f"{day}_guardian.txt", _guardian_page(day, list(reversed(today["guardian"])), False)),
        ]
        for name, lines in pages:
            path = root / name
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            files.append(path)
        previous = today
    return files
