"""Score the parsers on the real-page corpus in ``tests/data/real_pages/``.

Each ``NAME.txt`` is a short excerpt of a real page copied from a public
copy; ``NAME.toml`` is its hand-written expectation:

* ``origin`` (where the copy was found), ``shape`` (what is special about it),
  ``outlet`` (``bbc`` or ``guardian``), optional ``date`` (what ``--date``
  a reader would give, or the date the page prints), optional ``degraded``;
* ``chrome``: lines of page furniture that must never be (part of) a post;
* one ``[[post]]`` table per post, newest first: ``title`` (``""`` for an
  untitled post), optional ``labels``, ``byline``, ``time`` (``HH:MM`` as
  printed, 24-hour), ``date`` (the post's own day when it is not the page's:
  a page across midnight), and ``first``/``last``: how the post's first and
  last prose paragraphs start (its boundaries);
* optional ``error``: for a page with no posts (saved with its head only), words the one line that says
  why must hold (a page that says nothing, or the wrong thing, is a crash).

A post is *right* when a parsed post has the same title (a heading the parser
marks generic, such as the BBC's "Post update", is no title), labels, byline and
boundaries; a time is right when that post carries the printed time (and,
when the page or ``date`` gives one, the right date in the outlet's zone).
Run ``python -m tests.real_pages`` to print the score table.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from tui.core.build.pipeline import LoadRequest, assemble, load
from tui.core.model.post import PROSE_KINDS, Post
from tui.core.model.text import normalise
from tui.core.parse import outlet
from tui.core.stages.topics import Taxonomy

CORPUS = Path(__file__).parent / "data" / "real_pages"


@dataclass
class PageScore:
    """How one page came out."""

    name: str
    outlet_expected: str
    outlet_found: str = ""
    posts: int = 0
    posts_right: int = 0
    times: int = 0
    times_right: int = 0
    spurious: int = 0
    chrome_in_posts: int = 0
    crashed: str = ""
    posts_found: int = 0
    posts_parsed: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def whole(self) -> bool:
        """Every post and time right, nothing extra, right outlet, no crash."""
        return (
            not self.crashed
            and self.outlet_found == self.outlet_expected
            and self.posts_right == self.posts
            and self.times_right == self.times
            and self.spurious == 0
            and self.chrome_in_posts == 0
        )


def _key(text: str) -> str:
    return normalise(text).strip()


def _prose(post: Post) -> list[str]:
    return [block.text for block in post.body if block.kind in PROSE_KINDS or block.kind == "link-out"]


def _starts(text: str, prefix: str) -> bool:
    return _key(text).startswith(_key(prefix))


def _title(post: Post) -> str:
    """The post's own title: a generic heading ("Post update") is none."""
    return "" if post.title_generic else post.title or ""


def _matches(post: Post, want: dict) -> bool:
    """Same title and, when given, the same first prose paragraph."""
    if _key(_title(post)) != _key(want.get("title", "")):
        return False
    prose = _prose(post)
    if "first" in want:
        return bool(prose) and _starts(prose[0], want["first"])
    return True


def _post_problems(post: Post, want: dict) -> list[str]:
    problems = []
    prose = _prose(post)
    if "last" in want and not (prose and _starts(prose[-1], want["last"])):
        problems.append(f"ends at {prose[-1][:40]!r}, want {want['last']!r}" if prose else "no prose")
    labels = [label.text for label in post.labels]
    for label in want.get("labels", []):
        if label not in labels:
            problems.append(f"label {label!r} missing (has {labels})")
    if "byline" in want and (post.byline is None or post.byline.name != want["byline"]):
        problems.append(f"byline {post.byline.name if post.byline else None!r}, want {want['byline']!r}")
    return problems


def _time_right(post: Post, want: dict, page_date: date | None) -> str:
    hour, minute = (int(part) for part in want["time"].split(":"))
    stamp = post.stamp
    if stamp is None or (stamp.hour, stamp.minute) != (hour, minute):
        got = f"{stamp.hour:02d}:{stamp.minute:02d}" if stamp else "no time"
        return f"time {got}, want {want['time']}"
    wanted_date = date.fromisoformat(want["date"]) if "date" in want else page_date
    if wanted_date is not None:
        if post.published is None:
            return "time without a date"
        local = post.published.astimezone(ZoneInfo(outlet.home_zone(post.source))).date()
        if local != wanted_date:
            return f"date {local}, want {wanted_date}"
    return ""


def _chrome_hits(posts: list[Post], chrome: list[str]) -> list[str]:
    hits = []
    for post in posts:
        texts = [post.title or ""] + [block.text for block in post.body]
        for line in chrome:
            key = _key(line)
            if not key:
                continue  # a line with no words ("💾") would match every untitled post's empty title
            for text in texts:
                got = _key(text)
                if got == key or (len(key) >= 20 and got.startswith(key)):
                    hits.append(line)
    return hits


def score_page(text_path: Path) -> PageScore:
    """Parse one corpus page (alone, as a user would open it) and score it."""
    spec = tomllib.loads(text_path.with_suffix(".toml").read_text(encoding="utf-8"))
    wanted = spec.get("post", [])
    page_date = date.fromisoformat(spec["date"]) if "date" in spec else None
    result = PageScore(text_path.stem, spec["outlet"], posts=len(wanted))
    result.times = sum(1 for want in wanted if "time" in want)
    try:
        loaded = load(LoadRequest((text_path,)))
        if loaded.errors:
            said = str(loaded.errors[0])
            if not ("error" in spec and not wanted and spec["error"] in said):
                result.crashed = said
            elif f"read as {spec['outlet']}" in said:
                result.outlet_found = spec["outlet"]  # the line names the outlet the page was read as
            return result
        result.outlet_found = loaded.feeds[0].source
        timeline = assemble(loaded, page_date, Taxonomy([]))
    except Exception as exc:  # noqa: BLE001 - a crash is a score, not an abort
        result.crashed = f"{type(exc).__name__}: {exc}"
        return result
    posts = sorted(timeline.entries, key=lambda post: post.page_index)
    result.posts_parsed = len(posts)
    used: set[int] = set()
    # Two posts may open alike (a sender's two tweets): a post right in every field is its want's match
    # first, then the rest are matched by title and opening.
    chosen: dict[int, int] = {}
    for n, want in enumerate(wanted):
        exact = next(
            (
                i
                for i, post in enumerate(posts)
                if i not in used and _matches(post, want) and not _post_problems(post, want)
            ),
            None,
        )
        if exact is not None:
            chosen[n] = exact
            used.add(exact)
    for n, want in enumerate(wanted):
        if n not in chosen:
            near = next((i for i, post in enumerate(posts) if i not in used and _matches(post, want)), None)
            if near is not None:
                chosen[n] = near
                used.add(near)
    for n, want in enumerate(wanted):
        match = chosen.get(n)
        label = want.get("title") or want.get("first", "?")
        if match is None:
            result.problems.append(f"missing post {label[:50]!r}")
            continue
        result.posts_found += 1
        problems = _post_problems(posts[match], want)
        if problems:
            result.problems.extend(f"{label[:40]!r}: {p}" for p in problems)
        else:
            result.posts_right += 1
        if "time" in want:
            wrong = _time_right(posts[match], want, page_date)
            if wrong:
                result.problems.append(f"{label[:40]!r}: {wrong}")
            else:
                result.times_right += 1
    if not spec.get("degraded"):
        extra = [post for i, post in enumerate(posts) if i not in used]
        result.spurious = len(extra)
        result.problems.extend(f"extra post {(_title(post) or (_prose(post) or [''])[0])[:50]!r}" for post in extra)
    hits = _chrome_hits(posts, spec.get("chrome", []))
    result.chrome_in_posts = len(hits)
    result.problems.extend(f"chrome in a post: {line!r}" for line in hits)
    return result


def score_corpus(corpus: Path = CORPUS) -> list[PageScore]:
    """Score every page of the corpus, in name order."""
    return [score_page(path) for path in sorted(corpus.glob("*.txt"))]


def summary(scores: list[PageScore]) -> dict[str, float]:
    """Totals: pages whole, posts right, times right (fractions), spurious posts, chrome, crashes."""
    posts = sum(s.posts for s in scores)
    times = sum(s.times for s in scores)
    return {
        "pages": len(scores),
        "pages_whole": sum(s.whole for s in scores) / max(1, len(scores)),
        "posts": posts,
        "posts_right": sum(s.posts_right for s in scores) / max(1, posts),
        "times": times,
        "times_right": sum(s.times_right for s in scores) / max(1, times),
        "spurious": sum(s.spurious for s in scores),
        "chrome_in_posts": sum(s.chrome_in_posts for s in scores),
        "crashes": sum(1 for s in scores if s.crashed),
        "wrong_outlet": sum(1 for s in scores if not s.crashed and s.outlet_found != s.outlet_expected),
    }


BOUNDARIES = Path(__file__).parent / "data" / "guardian_boundaries.toml"
SEEDS = Path(__file__).parent.parent / "seeds"


def post_start(post: Post) -> int:
    """The line where a post starts: its title, else its first body block."""
    lines = [post.title_line] if post.title_line else []
    lines += [block.first_line for block in post.body[:1]]
    return min(lines) if lines else post.origins[0].first_line


def seed_boundaries() -> dict[str, tuple[int, int, int]]:
    """Per hand-marked seed, loaded with the other seeds as the app does: (boundaries found right, found, marked).

    The merge stage cuts posts where another snapshot separates them, so the
    boundaries are read from the merged timeline's provenance.
    """
    from tui.core.build.pipeline import build_timeline

    marked = tomllib.loads(BOUNDARIES.read_text(encoding="utf-8"))["seeds"]
    timeline = build_timeline(sorted(SEEDS.glob("*.txt")), label=lambda path: path.name, taxonomy=Taxonomy([]))
    result = {}
    for stem, spec in marked.items():
        name = f"{stem}.txt"
        found = {origin.first_line for entry in timeline.entries for origin in entry.origins if origin.file == name}
        truth = set(spec["starts"])
        result[stem] = (len(found & truth), len(found), len(truth))
    return result


def corpus_boundaries(scores: list[PageScore], outlet_code: str = "guardian") -> tuple[int, int, int]:
    """Over one outlet's corpus pages: (posts whose start was found, posts parsed, posts expected)."""
    right = sum(s.posts_found for s in scores if s.outlet_expected == outlet_code)
    found = sum(s.posts_parsed for s in scores if s.outlet_expected == outlet_code)
    want = sum(s.posts for s in scores if s.outlet_expected == outlet_code)
    return right, found, want


def _pr(right: int, found: int, want: int) -> str:
    return f"precision {right / max(1, found):.2f} recall {right / max(1, want):.2f}"


def main(argv: list[str]) -> int:
    """Print the score table; ``-v`` lists each page's problems."""
    verbose = "-v" in argv
    scores = score_corpus()
    print(f"{'page':44} {'outlet':8} {'posts':>7} {'times':>7} {'extra':>5} {'chrome':>6}")
    for s in scores:
        mark = "ok " if s.whole else "-- "
        found = s.outlet_found if s.outlet_found == s.outlet_expected else f"{s.outlet_found or '?'}!"
        print(
            f"{mark}{s.name[:41]:41} {found:8} {s.posts_right:>3}/{s.posts:<3} "
            f"{s.times_right:>3}/{s.times:<3} {s.spurious:>5} {s.chrome_in_posts:>6}"
            + (f"  CRASH {s.crashed}" if s.crashed else "")
        )
        if verbose:
            for problem in s.problems:
                print(f"      {problem}")
    totals = summary(scores)
    for stem, figures in seed_boundaries().items():
        print(f"boundaries, bundled {stem[:3]}: {_pr(*figures)} ({figures[0]} of {figures[2]} marked)")
    print(f"boundaries, corpus Guardian pages: {_pr(*corpus_boundaries(scores))}")
    print(
        f"\npages whole {totals['pages_whole']:.0%} of {totals['pages']} · "
        f"posts right {totals['posts_right']:.1%} of {totals['posts']} · "
        f"times right {totals['times_right']:.1%} of {totals['times']} · "
        f"spurious posts {totals['spurious']} · chrome in posts {totals['chrome_in_posts']} · "
        f"crashes {totals['crashes']} · wrong outlet {totals['wrong_outlet']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
