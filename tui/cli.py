"""The ``liveblog`` command line.

``liveblog [PATHS…]`` opens the reader (the bundled day when no path is
given); ``list``, ``export``, ``replay`` and ``topics`` print to stdout and
work piped or with ``TERM=dumb``.  Errors go to stderr, one line per file,
and make the exit status non-zero while the other files still load.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

from tui import __version__, stories_cli
from tui.core.model.text import printable
from tui.core.model.zones import YEARS, get_zone
from tui.core.parse.outlet import codes
from tui.core.stages.topics.learned import is_learned
from tui.core.views import filtering
from tui.core.views.export import EXPORT_FORMATS
from tui.core.views.filtering import FilterState
from tui.core.views.timeline import SORT_KEYS, Timeline, sort_entries

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from tui.core.infra.settings import Settings
    from tui.core.model.post import Post
    from tui.core.session.follow import Follower, Update
    from tui.core.sources.poller import Sources
    from tui.core.sources.stories import Story, StoryList
    from tui.core.store.database import Store
    from tui.request import Inputs
    from tui.ui.app import LiveblogApp

#: More notes than this are summed up in one line unless ``--verbose``.
MAX_NOTES = 2
#: ``replay --speed`` bounds: slower would wait days per post, faster is "at once".
MIN_SPEED, MAX_SPEED = 0.01, 1_000_000.0


def _date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None
    if day.year not in YEARS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside the years a live blog can be from ({YEARS[0]}-{YEARS[-1]})"
        )
    return day


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0.2 <= value <= 86_400:
        raise argparse.ArgumentTypeError(f"{text!r} is not from 0.2 to 86400 seconds")
    return value


def _zone(text: str) -> tzinfo:
    try:
        return get_zone(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _common(parser: argparse.ArgumentParser, input_format_flag: bool = True, stories: bool = True) -> None:
    """The arguments every reading command takes: inputs, how to read them, where to keep them."""
    _input_args(parser, input_format_flag)
    _reading_args(parser)
    _archive_args(parser, stories)


def _input_args(parser: argparse.ArgumentParser, input_format_flag: bool) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="INPUT",
        help="dump files, directories of .txt dumps, saved pages, outlets' JSON, or live-page URLs (default: the "
        "bundled day)",
    )
    # The name the usage line shows comes first; the old spellings stay as aliases.
    flags = ["--input-format", "--source-format"] + (["--format"] if input_format_flag else [])
    parser.add_argument(
        *flags,
        dest="source_format",
        choices=codes(),
        help="read every file as this outlet's format instead of detecting it (old spellings: --source-format"
        + (", --format)" if input_format_flag else ")"),
    )


def _reading_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the date of posts whose dump prints no date (and the year of those with no year)",
    )
    parser.add_argument(
        "--tz",
        type=_zone,
        metavar="ZONE",
        help="show times in this zone (IANA name such as Europe/Kyiv, UTC, or +02:00); default: each outlet's local "
        "time",
    )
    chatter = parser.add_mutually_exclusive_group()
    chatter.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no notes on stderr (guessed years and formats); problems are always printed",
    )
    chatter.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=f"every note on stderr (by default more than {MAX_NOTES} are one summary line)",
    )
    parser.add_argument(
        "--topics",
        type=Path,
        metavar="FILE",
        help="a topic file (TOML) to add to or override the default topics (default: "
        "$XDG_CONFIG_HOME/liveblog/topics.toml if it exists)",
    )


def _archive_args(parser: argparse.ArgumentParser, stories: bool) -> None:
    parser.add_argument(
        "--store",
        metavar="PATH",
        help="the archive database (default: $LIVEBLOG_STORE, else $XDG_DATA_HOME/liveblog/liveblog.sqlite3; "
        "':memory:' keeps nothing)",
    )
    parser.add_argument(
        "--offline", action="store_true", help="never touch the network: URLs are read from their stored copies"
    )
    if stories:
        parser.add_argument(
            "--story",
            metavar="NAME",
            help="read this story's sources (see `liveblog stories`); `liveblog open NAME` does the same",
        )
    parser.add_argument(
        "--poll",
        type=_seconds,
        metavar="SECONDS",
        help="seconds between polls of a live URL while following (default: sources.poll in config.toml, else 30; "
        "at least 10 against the outlets' own sites)",
    )


def _topic_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--topic",
        action="append",
        default=[],
        metavar="ID",
        help="only posts in this topic (repeatable; see `liveblog topics`)",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--any",
        dest="topic_mode",
        action="store_const",
        const="any",
        help="posts in any of the --topic topics (default)",
    )
    mode.add_argument(
        "--all", dest="topic_mode", action="store_const", const="all", help="posts in all of the --topic topics"
    )


def _following(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--follow", "-f", action="store_true", help=f"watch the inputs: {what}; Ctrl-C stops")
    parser.add_argument(
        "--follow-for", type=float, metavar="SECONDS", help="with --follow, stop after this many seconds"
    )


def _sorting(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sort", choices=SORT_KEYS, default="time", help="order of the timeline (default: time)")
    parser.add_argument("--reverse", action="store_true", help="reverse the order (newest first for time)")


class _Parser(argparse.ArgumentParser):
    """argparse, with every message it prints made printable (it quotes the user's arguments)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            message = "\n".join(printable(line) for line in message.split("\n"))
        super()._print_message(message, file)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (shared by ``main`` and the tests)."""
    parser = _Parser(
        prog="liveblog",
        description="Read BBC and Guardian live-blog dumps as one merged timeline.",
        epilog="With no command, opens the reader: liveblog [PATHS...]",
    )
    parser.add_argument("--version", action="version", version=f"liveblog {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (_open_command, _list_command, _export_command, _replay_command, _story_commands, _topics_commands):
        add(sub)
    for command in sub.choices.values():  # a bad value found after parsing is said in argparse's style
        command.set_defaults(command_parser=command)
    return parser


def _open_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    open_cmd = sub.add_parser("open", help="open the reader (the default command)")
    _common(open_cmd)
    open_cmd.add_argument("--no-follow", action="store_true", help="do not watch the inputs for new posts")
    open_cmd.add_argument(
        "--fresh",
        action="store_true",
        help="ignore the saved session (highlighted post, filters, sort, search, theme, replay position); read, "
        "starred and notes are kept",
    )


def _list_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    list_cmd = sub.add_parser("list", help="print the merged timeline as plain text")
    _common(list_cmd)
    _sorting(list_cmd)
    _topic_filter(list_cmd)
    _following(list_cmd, "then print each new (+), revised (~) or removed (-) post as it arrives, like tail -f")


def _export_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    export_cmd = sub.add_parser("export", help="write every merged post as JSON, CSV or Markdown")
    _common(export_cmd, input_format_flag=False)
    _sorting(export_cmd)
    _topic_filter(export_cmd)
    export_cmd.add_argument(
        "--to",
        "--format",
        dest="output_format",
        choices=EXPORT_FORMATS,
        default="json",
        help="output format (default: json; --format is the old spelling); --input-format names the input's",
    )
    marked = export_cmd.add_mutually_exclusive_group()
    marked.add_argument(
        "--starred", action="store_true", help="only starred posts (with --format markdown: a digest with your notes)"
    )
    marked.add_argument("--unread", action="store_true", help="only posts not yet read")


def _replay_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    replay_cmd = sub.add_parser("replay", help="print posts as they arrive, in timeline order, at a chosen speed")
    _common(replay_cmd)
    _topic_filter(replay_cmd)
    replay_cmd.add_argument(
        "--speed",
        type=float,
        default=60,
        metavar="N",
        help="simulated seconds per real second (default 60; 0 prints everything at once)",
    )
    replay_cmd.add_argument(
        "--from", dest="start", metavar="HH:MM", help="start at this clock time of the day (in the display zone)"
    )
    _following(replay_cmd, "then go on past the end of the day, printing posts as they arrive")


def _topics_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``config`` and ``topics``."""
    config_cmd = sub.add_parser("config", help="where the settings file is, and what it sets")
    config_cmd.add_argument("--path", action="store_true", help="print only the settings file's path")
    topics_cmd = sub.add_parser(
        "topics", help="list the topics with their post counts, or score them against hand labels"
    )
    _common(topics_cmd, stories=False)
    topics_cmd.add_argument(
        "--evaluate",
        action="append",
        default=[],
        type=Path,
        metavar="LABELS",
        help="print precision and recall per topic and outlet against a label file or a directory of them "
        "(repeatable; see README)",
    )
    topics_cmd.add_argument(
        "--misses", action="store_true", help="with --evaluate, also list each false positive and false negative"
    )
    topics_cmd.add_argument(
        "--rules-only",
        action="store_true",
        help="with --evaluate, score the topics' phrases alone (no learned model reads what they miss)",
    )
    topics_cmd.add_argument(
        "--score",
        action="append",
        default=[],
        metavar="TOPIC",
        help="with --evaluate, score this topic id even where no post in the label files carries it, so its "
        "false positives count (repeatable; by default only topics some post is labelled with are scored)",
    )


def _story_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``add``, ``remove``, ``stories`` and ``discover``: the stories file and the outlets' feeds."""
    where = "$XDG_CONFIG_HOME/liveblog/stories.toml"
    add_cmd = sub.add_parser("add", help=f"add live-page URLs (or saved pages, dumps, folders) to a story in {where}")
    add_cmd.add_argument("items", nargs="+", metavar="SOURCE", help="a live page's URL, a saved page, a dump, a folder")
    add_cmd.add_argument("--story", metavar="NAME", help="the story (made when new; default: the first page's title)")
    _network(add_cmd)
    remove_cmd = sub.add_parser("remove", help="remove sources from a story, or (with only --story) the whole story")
    remove_cmd.add_argument(
        "items", nargs="*", metavar="SOURCE", help="sources to remove (as `liveblog stories` shows)"
    )
    remove_cmd.add_argument("--story", metavar="NAME", help="only from this story; alone: remove the whole story")
    stories_cmd = sub.add_parser(
        "stories", help="each story: sources, live or ended, posts, unread, new since last visit"
    )
    _network(stories_cmd)
    discover_cmd = sub.add_parser("discover", help="list the live blogs the outlets are running now, from their feeds")
    discover_cmd.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL",
        help="read this RSS/Atom feed (repeatable; default: discover.feeds in config.toml, else the outlets' feeds)",
    )
    discover_cmd.add_argument("--store", metavar="PATH", help=argparse.SUPPRESS)


def _network(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--offline", action="store_true", help="never touch the network: use the stored copies")
    parser.add_argument(
        "--store",
        metavar="PATH",
        help="the archive database whose folder keeps fetched pages (default: as for open)",
    )


def open_store(args: argparse.Namespace) -> Store:
    """The archive the arguments name (``--store``, ``$LIVEBLOG_STORE``, else the data directory).

    Problems opening it (a damaged store moved aside, a read-only place) are
    one line each on stderr; the command goes on with a session-only store.
    """
    from tui.core.store.base import default_path
    from tui.core.store.database import Store
    from tui.core.store.ownership import StoreRefused

    where = args.store if getattr(args, "store", None) else default_path()
    try:
        store = Store(where)
    except StoreRefused as refused:
        print(f"liveblog: --store {printable(str(where))}: {printable(str(refused))}", file=sys.stderr)
        raise SystemExit(2) from None
    _store_problems(store)
    return store


def _store_problems(store: Store) -> bool:
    """Print the store's problems not printed yet (a failed save — a full disk — is one line, always).

    True when a save failed since the store opened (the exit status says so).
    """
    for warning in store.take_warnings():
        print(f"liveblog: {printable(warning)}", file=sys.stderr)
    return store.save_failed


def _inputs(args: argparse.Namespace) -> Inputs:
    """The command line's inputs opened once: URLs fetched (or read from the store), problems printed."""
    from tui.request import open_inputs

    if not hasattr(args, "opened_store"):
        args.opened_store = open_store(args)
    if not hasattr(args, "inputs"):
        settings = _settings(args)
        offline = args.offline or settings.offline
        story = _story(args)
        args.story_obj = story
        if story is not None:
            from tui.request import open_story

            args.inputs = open_story(story, args.opened_store.path, offline, args.poll or settings.poll)
            args.date = args.date or story.on_date
            args.topics = args.topics or story.topics
        else:
            args.inputs = open_inputs(list(args.paths), args.opened_store.path, offline, args.poll or settings.poll)
        for problem in args.inputs.problems + args.inputs.stale:
            print(f"liveblog: {printable(problem)}", file=sys.stderr)
        if not getattr(args, "quiet", False):
            for note in args.inputs.notes:
                print(f"liveblog: note: {printable(note)}", file=sys.stderr)
        if args.inputs.named and not args.inputs.paths:
            raise SystemExit(1)  # every input was a URL with no copy: each said why above
    return cast("Inputs", args.inputs)


def _arg_error(args: argparse.Namespace, message: str) -> NoReturn:
    """A bad argument found after parsing, said as argparse says its own: the command's usage line, then
    ``liveblog CMD: error: MESSAGE`` (made printable), exit status 2."""
    parser = getattr(args, "command_parser", None)
    if not isinstance(parser, argparse.ArgumentParser):
        raise SystemExit(f"liveblog: error: {message}")
    parser.error(message)


def _settings(args: argparse.Namespace | None = None) -> Settings:
    """The settings file, read once per command; its problems said once."""
    from tui.core.infra.settings import load_settings

    kept = getattr(args, "settings", None) if args is not None else None
    if kept is not None:
        return cast("Settings", kept)
    settings = load_settings()
    for problem in settings.problems:
        print(f"liveblog: {problem}", file=sys.stderr)
    if args is not None:
        args.settings = settings
    return settings


def _stories(quiet: bool = False) -> StoryList:
    """The stories file, its problems one line each on stderr (the rest of the file still loads)."""
    from tui.core.sources.stories import load_stories

    loaded = load_stories()
    if not quiet:
        for problem in loaded.problems:
            print(f"liveblog: {problem}", file=sys.stderr)
    return loaded


def _story(args: argparse.Namespace) -> Story | None:
    """The story the arguments name: ``--story NAME``, or a lone input that is a story's name and not a path."""
    from tui.core.sources.pages import is_url

    name = getattr(args, "story", None)
    if name is None and len(args.paths) == 1 and not is_url(args.paths[0]) and not Path(args.paths[0]).exists():
        loaded = _stories(quiet=True)
        found = loaded.get(args.paths[0])
        if found is not None:
            for problem in loaded.problems:
                print(f"liveblog: {problem}", file=sys.stderr)
            return found
        return None
    if name is None:
        return None
    loaded = _stories()
    found = loaded.get(name)
    if found is None:
        known = ", ".join(printable(n) for n in loaded.names()) or "none yet (liveblog add URL --story NAME)"
        _arg_error(args, f"--story: no story named {name!r}; stories: {known}")
    if args.paths:
        _arg_error(args, "--story reads the story's own sources; give no other inputs with it")
    return found


def _follower(args: argparse.Namespace) -> Follower:
    from tui.core.session.follow import Follower
    from tui.request import load_request

    inputs = _inputs(args)
    from tui.core.infra.workers import Workers

    request = load_request(inputs.paths, args.source_format, args.date, args.topics, inputs.labels)
    return Follower(request, store=args.opened_store, workers=Workers())


def load(args: argparse.Namespace) -> Timeline:
    """Build the timeline the arguments ask for (through the store)."""
    return _follower(args).build()


#: How often ``--follow`` looks at the files (seconds).
FOLLOW_POLL = 0.5


def _follow(args: argparse.Namespace, follower: Follower, show: Callable[[Update], None]) -> int:
    """Poll the inputs and hand each update to ``show`` until Ctrl-C (or ``--follow-for``).

    URLs are polled in a thread of their own (their snapshot files change
    when their pages do); a source's change of state is one line on stderr.
    """
    import threading
    import time

    sources = args.inputs.sources if hasattr(args, "inputs") else None
    stop = threading.Event()
    if sources is not None:
        threading.Thread(target=sources.run, args=(stop, lambda _urls: None), name="liveblog-poll", daemon=True).start()
    said = {source.url: f"{source.state}|{source.error}" for source in sources.sources} if sources is not None else {}
    said_problems = set(follower.timeline.problems()) if follower.timeline is not None else set()
    deadline = time.monotonic() + args.follow_for if args.follow_for else None
    try:
        while deadline is None or time.monotonic() < deadline:
            time.sleep(FOLLOW_POLL)
            update = follower.refresh()
            if update is not None:
                show(update)
                sys.stdout.flush()
                follower.store_pending()  # kept for the next open, once printed
                _say_new_problems(update.timeline, said_problems)
            if sources is not None:
                _say_source_states(sources, said)
    except KeyboardInterrupt:
        return 130
    finally:
        stop.set()
    return 0


def _say_new_problems(timeline: Timeline, said: set[str]) -> None:
    """One stderr line for each problem a refresh found that was not said yet (a file emptied,
    replaced by a device or a FIFO, or no longer readable while following)."""
    for problem in timeline.problems():
        if problem not in said:
            said.add(problem)
            print(f"liveblog: {printable(problem)}", file=sys.stderr, flush=True)


def _say_source_states(sources: Sources, said: dict[str, str]) -> None:
    """One stderr line when a URL's state changes (ended, failing, recovered, removed)."""
    from tui.core.sources.http import shown_url

    for source in sources.sources:
        state = f"{source.state}|{source.error}"
        if said.get(source.url, "unknown|") == state:
            continue
        said[source.url] = state
        if source.state == "ended":
            message = "the blog has ended; polling stopped"
        elif source.state == "removed":
            message = f"{source.error}; the stored copy stays; polling stopped"
        elif source.state == "failing":
            message = f"{source.error}; trying again later"
        else:
            message = "answering again" if source.state == "live" else ""
        if message:
            print(f"liveblog: {shown_url(source.url)}: {printable(message)}", file=sys.stderr, flush=True)


def _wanted(entries: list[Post], args: argparse.Namespace, timeline: Timeline) -> list[Post]:
    """The entries passing ``--topic``, in time order."""
    args.sort, args.reverse = "time", False
    return _filtered(Timeline(sort_entries(entries), timeline.feeds, [], [], timeline.taxonomy), args)


def _report(timeline: Timeline, args: argparse.Namespace) -> int:
    """Every problem (and, unless ``--quiet``, every note) on stderr, one line each.

    Returns 1 when something failed to load, else 0.
    """
    for problem in timeline.problems():
        print(f"liveblog: {printable(problem)}", file=sys.stderr)
    if not getattr(args, "quiet", False):
        notes = _settings(args).notes
        if getattr(args, "verbose", False) or notes != "off":
            _say_notes(timeline.warnings, getattr(args, "verbose", False) or notes == "all")
    url_problems = getattr(args, "inputs", None) is not None and bool(args.inputs.problems)
    store = getattr(args, "opened_store", None)
    save_failed = store is not None and _store_problems(store)
    return 1 if timeline.failures() or url_problems or save_failed else 0


def _say_notes(notes: list[str], verbose: bool) -> None:
    """Notes on how the inputs were read: each one with ``--verbose`` or when there are few, else one line."""
    if verbose or len(notes) <= MAX_NOTES:
        for note in notes:
            print(f"liveblog: note: {printable(note)}", file=sys.stderr)
        return
    print(
        f"liveblog: note: {len(notes)} notes on how the inputs were read (years, dates or formats guessed; "
        f"the detail pane says which posts); --verbose lists them",
        file=sys.stderr,
    )


def _filtered(timeline: Timeline, args: argparse.Namespace) -> list[Post]:
    """The sorted entries, narrowed to the requested topics."""
    entries = timeline.sorted(args.sort, args.reverse)
    wanted = list(dict.fromkeys(args.topic))
    if not wanted:
        return entries
    known = set(timeline.taxonomy.ids()) if timeline.taxonomy else set()
    unknown = [t for t in wanted if t not in known]
    if unknown:
        _arg_error(args, f"--topic: unknown topic {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    state = FilterState(topics=frozenset(wanted), topic_mode=args.topic_mode or "any")
    return filtering.apply(entries, state, filtering.SearchIndex())


def _stdout_safe() -> None:
    """Never die on a narrow stdout encoding (``LANG=C``, Windows consoles)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):  # pragma: no cover - exotic streams
            pass


def cmd_list(args: argparse.Namespace) -> int:
    """``liveblog list``."""
    from tui.core.views.export import list_lines

    follower = _follower(args)
    timeline = follower.build()
    for row in list_lines(_filtered(timeline, args), args.tz):
        print(row)
    status = _report(timeline, args)
    if not args.follow:
        return status
    sys.stdout.flush()

    def show(update: Update) -> None:
        by_id = update.timeline.by_id()
        for mark, ids in (("+", update.new), ("~", update.revised), ("-", update.removed)):
            for row in list_lines(_wanted([by_id[i] for i in ids if i in by_id], args, update.timeline), args.tz):
                print(f"{mark} {row}")

    return _follow(args, follower, show) or status


def cmd_export(args: argparse.Namespace) -> int:
    """``liveblog export`` (``--starred``/``--unread`` use the reader's marks in the store)."""
    from tui.core.views.export import export_text

    timeline = load(args)
    entries = _filtered(timeline, args)
    states = args.opened_store.states()
    if args.starred:
        entries = [post for post in entries if states.get(post.id) and states[post.id].starred]
    elif args.unread:
        entries = [post for post in entries if not (states.get(post.id) and states[post.id].read)]
    kind = "digest" if args.starred and args.output_format == "markdown" else args.output_format
    sys.stdout.write(export_text(kind, timeline, entries, states, args.tz))
    return _report(timeline, args)


def cmd_replay(args: argparse.Namespace) -> int:
    """``liveblog replay``: posts printed as they arrive; Ctrl-C stops cleanly."""
    from tui.core.views.replay import replay_start, run_cli_replay

    if not (args.speed == 0 or MIN_SPEED <= args.speed <= MAX_SPEED):
        _arg_error(args, f"--speed must be 0 (everything at once) or from {MIN_SPEED:g} to {MAX_SPEED:.0f}")
    follower = _follower(args)
    timeline = follower.build()
    args.sort, args.reverse = "time", False
    entries = _filtered(timeline, args)
    try:
        start = replay_start(entries, args.start, args.tz)
    except ValueError as exc:
        _arg_error(args, f"--from: {exc}")
    status = _report(timeline, args)
    try:
        run_cli_replay(entries, sys.stdout, args.speed, start, args.tz)
    except KeyboardInterrupt:
        sys.stdout.write("\n")
        sys.stdout.flush()
        return 130
    if not args.follow:
        return status
    from tui.core.views.replay import format_post

    def show(update: Update) -> None:
        by_id = update.timeline.by_id()
        for post in _wanted([by_id[i] for i in update.new | update.revised if i in by_id], args, update.timeline):
            sys.stdout.write(format_post(post, args.tz) + "\n")

    return _follow(args, follower, show) or status


def cmd_topics(args: argparse.Namespace) -> int:
    """``liveblog topics``: ids, names and post counts (``--evaluate``: the precision/recall table)."""
    if args.evaluate:
        return _evaluate_topics(args)
    if args.rules_only:
        print("liveblog: --rules-only scores label files: use it with --evaluate LABELS", file=sys.stderr)
        return 2
    timeline = load(args)
    assert timeline.taxonomy is not None
    counts = timeline.topic_counts()
    learned = Counter(
        hit.topic for post in timeline.entries for hit in post.topic_evidence if is_learned(hit.phrase)
    )  # a post shown by its learned model has that hit alone for the topic
    width = max((len(t.id) for t in timeline.taxonomy.topics), default=10)
    for topic in timeline.taxonomy.topics:
        origin = "" if topic.source == "default" else "  (user)"
        read = f"  ({learned[topic.id]} by its learned model)" if learned[topic.id] else ""
        print(f"{topic.id:<{width}}  {counts.get(topic.id, 0):>5}  {topic.name}{origin}{read}")
    return _report(timeline, args)


def _evaluate_topics(args: argparse.Namespace) -> int:
    """Score the taxonomy against label files: texts are classified as written, ids against the loaded posts."""
    from tui.core.stages.topics import evaluate as ev
    from tui.core.stages.topics import load_taxonomy

    files = ev.label_files(args.evaluate)
    if not files:
        print(f"liveblog: no label files in {', '.join(printable(str(p)) for p in args.evaluate)}", file=sys.stderr)
        return 2
    taxonomy = load_taxonomy(args.topics, learned=not args.rules_only)
    for error in taxonomy.errors:
        print(f"liveblog: {error}", file=sys.stderr)
    posts: list[ev.LabelledPost] = []
    timeline: Timeline | None = None
    try:
        for path in files:
            if ev.is_text_set(path):
                posts += ev.text_set(path)
                continue
            if timeline is None:
                timeline = load(args)
            posts += ev.timeline_set(path, timeline.entries)
    except ev.LabelFileError as exc:
        print(f"liveblog: {exc}", file=sys.stderr)
        return 2
    unknown = [topic for topic in args.score if taxonomy.get(topic) is None]
    if unknown:
        print(f"liveblog: --score: no topic {printable(unknown[0])} (topics: liveblog topics)", file=sys.stderr)
        return 2
    labelled = {topic for post in posts for topic in post.labels}
    result = ev.evaluate(posts, taxonomy, sorted(labelled | set(args.score)))
    print(result.table())
    if args.misses:
        for kind, topic, source, key in result.misses:
            print(f"{kind.upper()}  {topic}  {source}  {printable(key)}")
    return 0


def _plain_reader_reason() -> str | None:
    """Why the full-screen reader cannot run here, or None when it can."""
    term = os.environ.get("TERM", "")
    if term in ("", "dumb", "unknown"):
        return f"TERM={term or '(unset)'} cannot show the full-screen reader"
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return "not a terminal"
    return None


def _pager_command(configured: str | None = None) -> list[str] | None:
    """The pager to show plain text through: ``reader.pager`` in the settings, else ``$PAGER``; else
    ``more`` on a terminal that cannot do more (``TERM=dumb``), else ``less``; None when there is none."""
    import shlex
    import shutil

    chosen = (configured or os.environ.get("PAGER", "")).strip()
    if chosen:
        try:
            words = shlex.split(chosen)
        except ValueError:
            words = []
        return words or None
    names = ("more", "less") if os.environ.get("TERM", "") in ("", "dumb", "unknown") else ("less", "more")
    found = next((shutil.which(name) for name in names if shutil.which(name)), None)
    return [found] if found else None


def page_text(text: str, pager: str | None = None) -> None:
    """Show ``text`` through the user's pager (``pager``: the settings' choice) when stdout is a terminal
    (straight to stdout otherwise, or when no pager can be run)."""
    import subprocess

    command = _pager_command(pager) if sys.stdout.isatty() else None
    if command is not None:
        env = dict(os.environ)
        env.setdefault("LESS", "FRX")  # less: quit when it fits, keep the text on screen
        try:
            subprocess.run(command, input=text, text=True, errors="replace", env=env, check=False)
            return
        except OSError:
            pass  # the pager named cannot be run: print instead
    sys.stdout.write(text)
    sys.stdout.flush()


def _plain_reader(args: argparse.Namespace, reason: str) -> int:
    """The timeline as plain text through a pager: every post in time order, in full."""
    from tui.core.views.replay import format_post

    print(
        f"liveblog: {reason}; showing the timeline as plain text (liveblog list and liveblog replay work anywhere)",
        file=sys.stderr,
    )
    timeline = load(args)
    status = _report(timeline, args)
    pages = [format_post(post, args.tz) for post in timeline.sorted("time")]
    text = "\n".join(pages) + "\n" if pages else "No posts.\n"
    if sys.stdout.isatty():
        # a pager fills the screen and the lines on stderr scroll away: say why at the top of the text too
        text = f"[{reason}: plain text follows]\n\n" + text
    page_text(text, _settings(args).pager)
    return status


def cmd_open(args: argparse.Namespace) -> int:
    """``liveblog [open]``: the Textual reader (a plain, paged reader where it cannot run)."""
    from tui.core.infra.reading import expand_paths
    from tui.ui.app import create_app

    if not args.paths and not args.story:
        loaded = _stories()
        if loaded.stories:  # the stories screen is the reader's home
            return _open_home(args)
    inputs = _inputs(args)
    if inputs.paths:
        files, errors = expand_paths(list(inputs.paths))
        if not files:  # nothing to read: say why, and open nothing
            for error in errors:
                print(f"liveblog: {printable(str(error))}", file=sys.stderr)
            return 1
    reason = _plain_reader_reason()
    if reason is not None:
        return _plain_reader(args, reason)
    app = create_app(
        follow=not args.no_follow,
        store=args.opened_store,
        fresh=args.fresh,
        paths=list(inputs.paths) or None,
        labels=inputs.labels,
        sources=inputs.sources,
        source_format=args.source_format,
        on_date=args.date,
        zone=args.tz,
        topics_file=args.topics,
        story=args.story_obj,
        settings=_settings(args),
    )
    return _run_app(app)


def _open_home(args: argparse.Namespace) -> int:
    """``liveblog`` with stories and no inputs: the stories screen (a plain list where the reader cannot run)."""
    from tui.ui.app import create_app

    reason = _plain_reader_reason()
    if reason is not None:
        print(
            f"liveblog: {reason}; listing the stories (liveblog open NAME; liveblog list --story NAME)", file=sys.stderr
        )
        args.offline = True
        return stories_cli.cmd_stories(args)
    store = open_store(args)
    from dataclasses import replace

    settings = _settings(args)  # the flags win over the file, as for any other open
    settings = replace(settings, offline=args.offline or settings.offline, poll=args.poll or settings.poll)
    app = create_app(
        follow=not args.no_follow, store=store, fresh=args.fresh, zone=args.tz, home=True, settings=settings
    )
    return _run_app(app)


def _run_app(app: LiveblogApp) -> int:
    """Run the reader; afterwards, what it could not save or show, on stderr."""
    app.run()
    _store_problems(app.store)
    if app.load_failures:  # nothing loaded: the app closed itself
        for problem in app.load_failures:
            print(f"liveblog: {printable(problem)}", file=sys.stderr)
        return 1
    unsaved, recovery = app.unsaved_marks
    if unsaved:
        where = (
            f"kept in {printable(str(recovery))} and applied at the next open"
            if recovery
            else "lost: no place to keep them"
        )
        print(
            f"liveblog: {unsaved} mark{'s' if unsaved != 1 else ''} could not be saved to the store "
            f"({printable(app.store.path)}); {where}",
            file=sys.stderr,
        )
    if app.crash_log is not None:
        print(
            f"liveblog: unexpected error ({app.crash_summary}); the terminal was restored and the details are in "
            f"{printable(str(app.crash_log))}",
            file=sys.stderr,
        )
        return 1
    if app.return_code:
        return app.return_code
    # As `liveblog list` does for the same inputs: what could not be read, one line each, and status 1
    # (the reader showed them on its status line; a script running it sees them here).
    timeline = app.timeline
    failures = timeline.failures() if timeline is not None else []
    for problem in failures:
        print(f"liveblog: {printable(problem)}", file=sys.stderr)
    return 1 if failures else 0


def cmd_config(args: argparse.Namespace) -> int:
    """``liveblog config``: the settings file's path (``--path``), or the settings in force."""
    from tui.core.infra.settings import config_path, load_settings

    where = config_path()
    if args.path:
        print(printable(str(where)))
        return 0
    settings = load_settings()
    for problem in settings.problems:
        print(f"liveblog: {problem}", file=sys.stderr)
    import json

    def text(value: str) -> str:
        return json.dumps(printable(value))

    def optional(key: str, value: str | None) -> str:
        return f"{key} = {text(value)}" if value is not None else f"# {key}: not set (the default)"

    print(f"# {printable(str(where))}{'' if where.exists() else ' (not there: the defaults)'}")
    print("[sources]")
    print(f"poll = {settings.poll:g}")
    print(f"offline = {'true' if settings.offline else 'false'}")
    print("\n[discover]")
    print(f"feeds = [{', '.join(text(f) for f in settings.feeds)}]")
    print("\n[attention]")
    print(f"bell = {'true' if settings.bell else 'false'}")
    print(f"notify = {'true' if settings.notify else 'false'}")
    print("\n[reader]")
    print(optional("theme", settings.theme))
    print(f"notes = {text(settings.notes)}")
    print(optional("pager", settings.pager))
    print("\n[keymap]")
    for binding, keys in settings.keymap:
        print(f"{printable(binding)} = {text(keys)}")
    return 1 if settings.problems else 0


HANDLERS = {
    "open": cmd_open,
    "list": cmd_list,
    "export": cmd_export,
    "replay": cmd_replay,
    "topics": cmd_topics,
    "config": cmd_config,
    "add": stories_cli.cmd_add,
    "remove": stories_cli.cmd_remove,
    "stories": stories_cli.cmd_stories,
    "discover": stories_cli.cmd_discover,
}


def _offset_values(argv: list[str]) -> list[str]:
    """``--tz -05:00`` as ``--tz=-05:00``: argparse reads a value starting with ``-`` as an option."""
    out: list[str] = []
    for n, arg in enumerate(argv):
        if n and argv[n - 1] == "--tz" and out and out[-1] == "--tz" and arg[:1] == "-" and ":" in arg:
            out[-1] = f"--tz={arg}"
            continue
        out.append(arg)
    return out


def _mistyped_command(word: str) -> list[str]:
    """The commands ``word`` looks like a typo of (``lst`` for ``list``), when it is not a path, a URL or a story."""
    import difflib

    if word.startswith("-") or "/" in word or "." in word or Path(word).exists():
        return []
    close = difflib.get_close_matches(word, list(HANDLERS), n=2, cutoff=0.6)
    if not close:
        return []
    from tui.core.sources.stories import load_stories

    return [] if load_stories().get(word) is not None else close


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``liveblog`` script."""
    argv = _offset_values(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    if argv and argv[0] not in HANDLERS and _mistyped_command(argv[0]):
        parser.error(
            f"no command {printable(argv[0])!r} and no file of that name; did you mean "
            f"{' or '.join(repr(c) for c in _mistyped_command(argv[0]))}?"
        )
    if not argv or (argv[0] not in HANDLERS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "open")
    args = parser.parse_args(argv)
    _stdout_safe()
    try:
        return HANDLERS[args.command](args)
    except SystemExit as exc:
        if isinstance(exc.code, str):  # a one-line error that may quote input
            raise SystemExit(printable(exc.code)) from None
        raise
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of a pipe went away (``liveblog list | head``): not an error.
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
