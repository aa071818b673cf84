"""``liveblog add``, ``remove``, ``stories`` and ``discover``: the stories file and the outlets' feeds.

Everything printed is plain text, one line per fact, safe in a pipe; every
name, address and title is made printable first (they are untrusted text).
Problems go to stderr and make the exit status 1; the rest still happens.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from tui.core.model.text import printable

if TYPE_CHECKING:
    from tui.core.infra.settings import Settings
    from tui.core.session.stories import StorySummary
    from tui.core.store.database import Store


def _say(message: str) -> None:
    print(f"liveblog: {printable(message)}", file=sys.stderr)


def _settings(args: argparse.Namespace) -> Settings:
    from tui.cli import _settings as settings

    return settings(args)


def _store(args: argparse.Namespace) -> Store:
    from tui.cli import open_store

    return open_store(args)


def cmd_add(args: argparse.Namespace) -> int:
    """``liveblog add SOURCE… [--story NAME]``: check each source (fetching a URL once), then add the good ones."""
    from tui.core.infra.locations import pages_dir
    from tui.core.session.stories import add_to_story
    from tui.core.sources.stories import StoriesError

    settings = _settings(args)
    offline = args.offline or settings.offline
    store = _store(args)
    try:
        done = add_to_story(args.items, args.story, pages_dir(store.path), offline, settings.poll)
    except StoriesError as error:
        _say(str(error))
        return 1
    for line in done.refused + done.notes:
        _say(line)
    for item in done.already:
        print(f"{printable(item)}: already in story {done.name!r}")
    for item in done.added:
        print(f"added to {'new ' if done.created else ''}story {done.name!r}: {printable(item)}")
    return 1 if done.refused or not (done.added or done.already) else 0


def cmd_remove(args: argparse.Namespace) -> int:
    """``liveblog remove SOURCE… [--story NAME]``, or ``liveblog remove --story NAME`` (the whole story)."""
    from tui.core.sources.stories import StoriesError, load_stories, remove_sources, remove_story

    if not args.items and not args.story:
        _say("remove: name the sources to remove, or --story NAME to remove a whole story")
        return 2
    stories = load_stories()
    if args.story and stories.get(args.story) is None:
        known = ", ".join(printable(n) for n in stories.names()) or "none"
        _say(f"remove: no story named {args.story!r}; stories: {known}")
        return 1
    try:
        if not args.items:
            whole = stories.get(args.story)
            assert whole is not None  # checked above
            remove_story(args.story)
            print(f"removed story {whole.name!r} (its fetched pages and your marks stay in the store)")
            return 0
        removed = remove_sources(args.items, args.story)
    except StoriesError as error:
        _say(str(error))
        return 1
    for story, source in removed:
        print(f"removed from story {story!r}: {printable(source)}")
    from tui.core.sources.stories import source_text

    gone = {source for _, source in removed}
    missing = [i for i in args.items if i.strip() not in gone and source_text(i) not in gone]
    for item in missing:
        where = f"story {args.story!r}" if args.story else "any story"
        _say(f"{item}: not in {where}; nothing removed")
    return 1 if missing else 0


def _when(moment: datetime | None, now: datetime) -> str:
    from tui.core.sources.poller import age

    if moment is None:
        return "-"
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC ({age(moment, now)} ago)"


def summary_line(summary: StorySummary, now: datetime) -> str:
    """A story's one-line state: name, outlets, live/ended, posts, unread, new, newest post."""
    outlets = " ".join(summary.outlets) or "-"
    return (
        f"{summary.name}  [{outlets}]  {summary.state}  {summary.posts} posts  {summary.unread} unread  "
        f"{summary.new} new  updated {_when(summary.updated, now)}"
    )


def cmd_stories(args: argparse.Namespace) -> int:
    """``liveblog stories``: each story and its sources, after fetching what changed (unless ``--offline``)."""
    from tui.cli import _stories

    settings = _settings(args)
    loaded = _stories()
    if not loaded.stories:
        print(f"No stories yet. Add one: liveblog add URL --story NAME  (kept in {printable(str(loaded.path))})")
        return 1 if loaded.problems else 0
    store = _store(args)
    offline = args.offline or settings.offline
    now = datetime.now(UTC)
    status = 1 if loaded.problems else 0
    from tui.request import story_summary

    for story in loaded.stories:
        summary, states, problems = story_summary(story, store, offline, settings.poll)
        print(summary_line(summary, now))
        for source in story.sources:
            state = states.get(source)
            print(f"    {printable(source)}" + (f"  ({state})" if state else ""))
        for problem in problems:
            _say(f"{story.name}: {problem}")
        sys.stdout.flush()
    return status


def cmd_discover(args: argparse.Namespace) -> int:
    """``liveblog discover [--feed URL…]``: the live blogs the feeds list now, newest first."""
    from tui.core.sources.discover import discover
    from tui.core.sources.http import PoliteClient

    settings = _settings(args)
    if settings.offline:
        _say("discover reads the outlets' feeds, and sources.offline is true in the settings; nothing was read")
        return 1
    feeds = args.feed or list(settings.feeds)
    client = PoliteClient()
    try:
        blogs, problems = discover(feeds, client)
    finally:
        client.close()
    for problem in problems:
        _say(problem)
    from tui.core.parse.outlet import short_code

    for blog in blogs:
        when = f"{blog.updated:%Y-%m-%d %H:%M} UTC" if blog.updated else "-"
        print(f"{short_code(blog.outlet)}  {when}  {blog.title}\n    {blog.url}")
    if not blogs:
        print("No live blogs in the feeds now." if len(problems) < len(feeds) else "No feed could be read.")
    return 1 if problems and len(problems) >= len(feeds) else 0
