"""Deterministic synthetic archives for the benchmarks: a year of BBC and Guardian live pages.

:func:`write_archive` writes, for each day of 2025, one BBC page and one
Guardian page in the formats real dumps use (see ``seeds/``), and on every
third day an *earlier snapshot* of each page as well: it holds the posts
published before mid-afternoon, some of them in an earlier version (a
paragraph the later snapshot added, a sentence it rewrote), so the merge
collapses duplicates across snapshots and keeps revisions, as it does for a
real day.  About a third of the Guardian's posts print no time (the
estimate stage places them), some BBC posts carry a byline or a picture
caption, and each day's stories are covered by both outlets in their own
words (the cross-outlet links have something to find).

The prose is generated from the bundled day's own sentences: a word-to-next-word
chain over them, so vocabulary, word lengths, sentence lengths and the rate of
topic phrases are those of real coverage, while no two posts share their
paragraphs by accident.  Everything depends only on ``seed``.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tu",
    "sha",
    "vor",
    "el",
    "din",
    "pra",
    "zu",
    "ost",
    "mer",
    "li",
    "gan",
    "bo",
    "vi",
]
_NAMES = [
    "Anna Kovalenko",
    "Tom Brady",
    "Sarah Rainsford",
    "Jakub Krupa",
    "Lucy Campbell",
    "Paul Kirby",
    "Frank Gardner",
]
_ROLES = ["Live reporter", "Reporting from Kyiv", "Europe correspondent", "Security correspondent"]


class Prose:
    """Sentences from a word-to-next-word chain over the bundled day's paragraphs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.after: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                words = [w for w in line.split() if any(c.isalnum() for c in w)]
                if len(words) < 12 or "published at" in line or "Image source" in line or line.lstrip().startswith("•"):
                    continue
                for sentence in re.split(r"(?<=[.!?])\s+", " ".join(words)):
                    tokens = sentence.split()
                    if len(tokens) < 5:
                        continue
                    self.starts.append(tokens[0])
                    for a, b in zip(tokens, tokens[1:]):
                        self.after[a].append(b)

    def sentence(self, low: int = 8, high: int = 18) -> str:
        """One sentence of ``low``..``high`` words ending with a full stop."""
        rng = self.rng
        words = [rng.choice(self.starts)]
        length = rng.randint(low, high)
        while len(words) < length:
            following = self.after.get(words[-1])
            if not following:
                following = self.starts
            words.append(rng.choice(following))
        text = " ".join(words).rstrip(",;:")
        text = re.sub(r"[.!?\"”’]+$", "", text)
        return text[0].upper() + text[1:] + "."

    def name(self) -> str:
        """A made-up proper name (a story's rare word, shared by both outlets' reports of it)."""
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()


def _story(prose: Prose) -> dict:
    """One story of the day: the names both outlets' reports of it share."""
    return {"names": [prose.name() for _ in range(2)]}


def _paragraphs(prose: Prose, story: dict, count: int) -> list[str]:
    rng = prose.rng
    paras = []
    for n in range(count):
        sentences = [prose.sentence() for _ in range(rng.randint(1, 2))]
        if n == 0:
            sentences[0] = f"{story['names'][0]} and {story['names'][1]}: {sentences[0]}"
        paras.append(" ".join(sentences))
    return paras


def _bbc_time(minute: int) -> str:
    hh, mm = divmod(minute, 60)
    return f"{hh:02d}:{mm:02d}"


def _guardian_time(minute: int) -> str:
    hh, mm = divmod(minute, 60)
    suffix = "am" if hh < 12 else "pm"
    return f"{(hh - 1) % 12 + 1}.{mm:02d}{suffix} GMT"


def _day_posts(prose: Prose, day: date, per_day: int) -> tuple[list[dict], list[dict]]:
    """The day's posts for each outlet, newest first, with earlier versions for revised ones."""
    rng = prose.rng
    stories = [_story(prose) for _ in range(max(1, per_day // 3))]
    outlets = []
    for outlet in ("bbc", "guardian"):
        posts = []
        step = max(1, (23 * 60 - 6 * 60) // per_day)
        for n in range(per_day):
            minute = 6 * 60 + n * step + rng.randint(0, max(0, step - 1))
            story = stories[n * len(stories) // per_day]
            paras = _paragraphs(prose, story, rng.randint(2, 4))
            title = f"{story['names'][0]} {prose.sentence(5, 9)[:-1].lower()}"
            post = {"minute": min(minute, 23 * 60 + 59), "title": title, "paras": paras, "earlier": None}
            if rng.random() < 0.2:  # revised later in the day: the earlier snapshot has the first version
                earlier = (
                    list(paras[:-1])
                    if len(paras) > 2 and rng.random() < 0.5
                    else [paras[0], prose.sentence()] + paras[2:]
                )
                post["earlier"] = earlier
            if outlet == "bbc":
                post["byline"] = (rng.choice(_NAMES), rng.choice(_ROLES)) if rng.random() < 0.15 else None
                post["caption"] = prose.sentence(6, 12) if rng.random() < 0.1 else None
            else:
                post["timed"] = rng.random() < 0.7
                post["headline"] = rng.random() < 0.4
            posts.append(post)
        outlets.append(list(reversed(posts)))  # pages print newest first
    return outlets[0], outlets[1]


def _bbc_page(day: date, posts: list[dict], summary: list[str], earlier: bool) -> list[str]:
    lines = ["Summary", ""]
    for bullet in summary:
        lines += [f"  • {bullet}", ""]
    for n, post in enumerate(posts, start=1):
        stamp = f"{_bbc_time(post['minute'])} GMT {day.day} {day.strftime('%B %Y')}"
        lines += [f"  {n}. {post['title']}published at {stamp}", ""]
        if post["byline"]:
            lines += [f"    {post['byline'][0]}", f"    {post['byline'][1]}", ""]
        if post["caption"]:
            lines += [f"    {post['caption'][:-1]}", "    Image caption,", "", f"    {post['caption']}", ""]
        for para in post["earlier"] if earlier and post["earlier"] else post["paras"]:
            lines += [f"    {para}", ""]
    return lines


def _guardian_page(day: date, posts: list[dict], earlier: bool) -> list[str]:
    lines = [f"First published on {day.strftime('%a %d %b %Y')} 06.00 GMT"]
    for post in posts:
        if post["timed"]:
            lines.append(_guardian_time(post["minute"]))
        if post["headline"]:
            lines.append(post["title"][0].upper() + post["title"][1:])
        lines += post["earlier"] if earlier and post["earlier"] else post["paras"]
        lines.append("Updated")
    return lines


def write_archive(root: Path, posts: int, seed: int = 7, days: int = 365) -> list[Path]:
    """Write about ``posts`` distinct posts as ``days`` days of dumps (a year by default) under ``root``;
    the files written, in order."""
    rng = random.Random(seed)
    prose = Prose(rng)
    per_day = max(3, posts // (days * 2))
    start = date(2025, 1, 1)
    files: list[Path] = []
    for d in range(days):
        day = start + timedelta(days=d)
        bbc, guardian = _day_posts(prose, day, per_day)
        summary = [prose.sentence(8, 16)[:-1] for _ in range(3)]
        pages = [
            (f"{day}_bbc.txt", _bbc_page(day, bbc, summary, False)),
            (f"{day}_guardian.txt", _guardian_page(day, guardian, False)),
        ]
        if d % 3 == 0:  # an earlier snapshot, taken at 15:00: the older posts, some in their first version
            cutoff = 15 * 60
            pages.append(
                (f"{day}_bbc_1500.txt", _bbc_page(day, [p for p in bbc if p["minute"] < cutoff], summary[1:], True))
            )
            pages.append(
                (f"{day}_guardian_1500.txt", _guardian_page(day, [p for p in guardian if p["minute"] < cutoff], True))
            )
        for name, lines in pages:
            path = root / name
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            files.append(path)
    return files
