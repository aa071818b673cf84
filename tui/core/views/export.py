"""Write a timeline as JSON, CSV, Markdown or a plain-text list.

The JSON schema is documented in the README; later versions add fields,
never rename them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from tui.core.model.marks import PostState
from tui.core.model.post import UNCERTAIN_DATES, Block, Feed, Post, Revision
from tui.core.parse.outlet import display_name
from tui.core.views.render import plain_blocks
from tui.core.views.timefmt import DATE_BASIS_TEXT, clock, date_mark, full_time, local_time, window_text
from tui.core.views.timeline import Timeline

EXPORT_FORMATS = ("json", "csv", "markdown")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _block(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": block.kind, "text": block.text}
    if block.credit is not None:
        data["credit"] = block.credit
    if block.marker is not None:
        data["marker"] = block.marker
    return data


def _revision(revision: Revision) -> dict[str, Any]:
    return {
        "origin": {
            "file": revision.origin.file,
            "first_line": revision.origin.first_line,
            "last_line": revision.origin.last_line,
        },
        "title": revision.title,
        "texts": revision.texts,
        "added": revision.added,
        "removed": revision.removed,
    }


def post_record(post: Post) -> dict[str, Any]:
    """One post as a JSON-ready dict."""
    return {
        "id": post.id,
        "source": post.source,
        "title": post.title,
        "display_title": post.display_title,
        "published": _iso(post.published),
        "time_basis": post.time_basis,
        "date_basis": post.date_basis,
        "time_window": [_iso(post.time_window[0]), _iso(post.time_window[1])] if post.time_window else None,
        "time_note": post.time_note,
        "stamp": post.stamp.text if post.stamp else None,
        "byline": {"name": post.byline.name, "role": post.byline.role} if post.byline else None,
        "labels": post.label_texts,
        "topics": list(post.topics),
        "topic_evidence": [
            {"topic": hit.topic, "phrase": hit.phrase, "field": hit.field, "start": hit.start, "end": hit.end}
            for hit in post.topic_evidence
        ],
        "body": [_block(b) for b in post.body if b.kind != "separator"],
        "origins": [{"file": o.file, "first_line": o.first_line, "last_line": o.last_line} for o in post.origins],
        "revisions": [_revision(r) for r in post.revisions],
        "related": list(post.related),
        "updated": _iso(post.updated),
        "link": post.link,
        "source_id": post.source_id,
    }


def feed_record(feed: Feed) -> dict[str, Any]:
    """One input file's page-level parts as a JSON-ready dict."""
    return {
        "file": feed.path,
        "source": feed.source,
        "format": feed.format,
        "summary": [b.text for b in feed.summary],
        "key_events": [b.text for b in feed.key_events],
        "page_parts": [{"kind": b.kind, "text": b.text, "line": b.first_line} for b in feed.page_parts],
        "revisions": [_revision(r) for r in feed.summary_revisions],
        "warnings": list(feed.warnings),
        "post_count": feed.post_count or len(feed.posts),
        "url": feed.url,
        "title": feed.title,
        "live": feed.live,
        "fetched": _iso(feed.fetched),
    }


def to_json(timeline: Timeline, entries: list[Post]) -> str:
    """``{"posts": [...], "feeds": [...], "errors": [...]}``."""
    data = {
        "posts": [post_record(p) for p in entries],
        "feeds": [feed_record(f) for f in timeline.feeds],
        "errors": [{"file": e.file, "message": e.message} for e in timeline.errors],
        "warnings": list(timeline.warnings),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = [
    "id",
    "source",
    "published",
    "time_basis",
    "date_basis",
    "time_note",
    "window_start",
    "window_end",
    "title",
    "byline",
    "labels",
    "topics",
    "related",
    "text",
    "origins",
    "updated",
    "link",
    "starred",
    "read",
    "note",
]


#: A cell starting with one of these is a formula to a spreadsheet.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: formula-like values get a leading ``'``.

    This is what spreadsheet users expect (OWASP's advice for CSV
    injection): ``=HYPERLINK(…)`` in a title is shown, never evaluated.
    """
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def to_csv(entries: list[Post], states: Mapping[str, PostState] | None = None) -> str:
    """One row per post; body blocks joined by blank lines; no cell is a formula.  ``states`` are the
    reader's marks (the starred, read and note columns; empty without them)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for post in entries:
        mark = states.get(post.id) if states is not None else None
        marks = ["", "", ""] if states is None else _mark_cells(mark)
        writer.writerow([csv_cell(cell) for cell in _csv_row(post) + marks])
    return out.getvalue()


def _mark_cells(mark: PostState | None) -> list[str]:
    if mark is None:
        return ["false", "false", ""]
    return ["true" if mark.starred else "false", "true" if mark.read else "false", mark.note]


def _csv_row(post: Post) -> list[str]:
    """The cells of one post, in :data:`CSV_COLUMNS` order."""
    return [
        post.id,
        post.source,
        _iso(post.published) or "",
        post.time_basis,
        post.date_basis,
        post.time_note,
        (_iso(post.time_window[0]) or "") if post.time_window else "",
        (_iso(post.time_window[1]) or "") if post.time_window else "",
        post.title or "",
        str(post.byline) if post.byline else "",
        "; ".join(post.label_texts),
        "; ".join(post.topics),
        "; ".join(post.related),
        "\n\n".join(block.text for block in plain_blocks(post)),
        "; ".join(f"{o.file}:{o.first_line}-{o.last_line}" for o in post.origins),
        _iso(post.updated) or "",
        post.link or "",
    ]


def _md_escape(text: str) -> str:
    """Keep dump text literal in Markdown: no emphasis, links, HTML, entities or strikethrough."""
    for ch in "\\`*_[]<>#|&~":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(timeline: Timeline, entries: list[Post], zone: tzinfo | None = None) -> str:
    """A readable Markdown document of the timeline."""
    lines = ["# Live-blog timeline", ""]
    for post in entries:
        outlet = display_name(post.source)
        lines.append(f"## {clock(post, zone, with_zone=True)} · {outlet} · {_md_escape(post.display_title)}")
        lines.append("")
        meta = [full_time(post, zone)]
        if post.time_basis == "estimated":
            meta.append(f"estimated, {window_text(post, zone)}")
        if post.date_basis in UNCERTAIN_DATES and post.published is not None:
            meta.append(post.time_note or DATE_BASIS_TEXT[post.date_basis])
        if post.byline:
            meta.append(str(post.byline))
        if post.label_texts:
            meta.append(", ".join(post.label_texts))
        if post.topics:
            meta.append("topics: " + ", ".join(post.topics))
        lines.append("*" + _md_escape(" · ".join(meta)) + "*")
        lines.append("")
        for block in plain_blocks(post):
            text = _md_escape(block.text)
            if block.kind == "bullet":
                lines.append(f"- {text}")
            elif block.kind == "quote":
                lines.append(f"> {text}")
            elif block.kind in ("image", "caption", "link-out", "embed"):
                lines.append(f"*{_md_escape(block.marker)}{text}*")
            else:
                lines.append(text)
            if not block.tight:
                lines.append("")
        if lines[-1] != "":
            lines.append("")
        sources = ", ".join(f"{o.file}:{o.first_line}-{o.last_line}" for o in post.origins)
        lines.append(f"<sub>{post.id} · {_md_escape(sources)}</sub>")
        lines.append("")
    return "\n".join(lines)


def digest_time(post: Post, zone: tzinfo | None = None) -> str:
    """A digest's honest time: exact as printed, or an estimate's window (``Tue 19 Aug 2025, between 05:10
    and 06:20 BST (estimated)``) rather than one minute that looks exact."""
    window = window_text(post, zone)
    when = local_time(post, zone)
    if not window or when is None:
        return full_time(post, zone)
    return f"{when:%a %d %b %Y}{date_mark(post)}, {window} (estimated)"


def to_digest(entries: list[Post], notes: dict[str, str], zone: tzinfo | None = None) -> str:
    """Starred posts as a shareable Markdown digest: outlet, honest time, title, your note, the text, origin."""
    lines = ["# Starred posts", ""]
    if not entries:
        lines += ["No starred posts.", ""]
    for post in entries:
        lines.append(f"## {_md_escape(post.display_title)}")
        lines.append("")
        lines.append(f"*{_md_escape(display_name(post.source) + ' · ' + digest_time(post, zone))}*")
        lines.append("")
        note = notes.get(post.id, "")
        if note:
            lines += [f"> **Your note:** {_md_escape(note.splitlines()[0])}"]
            lines += [f"> {_md_escape(line)}" if line else ">" for line in note.splitlines()[1:]]
            lines.append("")
        for block in plain_blocks(post):
            if block.text.strip():
                lines += [_md_escape(block.text), ""]
        if post.link:
            lines += [f"<{post.link}>", ""]
        sources = ", ".join(f"{o.file}:{o.first_line}-{o.last_line}" for o in post.origins)
        lines.append(f"<sub>{post.id} · {_md_escape(sources)}</sub>")
        lines.append("")
    return "\n".join(lines)


def list_lines(entries: list[Post], zone: tzinfo | None = None) -> list[str]:
    """Plain-text timeline rows: date, time, outlet, title (no colour, no control codes).

    Columns have one width through a listing, whatever a row holds (a guessed
    date's ``?``, an estimate's ``~night``, a zone such as ``UTC-05:00``), and
    are always separated by at least one space.
    """
    cells = []
    for post in entries:
        when = local_time(post, zone)
        day = when.strftime("%Y-%m-%d") + (date_mark(post) or " ") if when else "????-??-?? "
        cells.append((day, clock(post, zone, with_zone=True), display_name(post.source), post.display_title))
    width = max((len(time_text) for _, time_text, _, _ in cells), default=9)
    return [f"{day} {time_text:>{width}}  {outlet:<8}  {title}" for day, time_text, outlet, title in cells]


#: What the reader's palette can export: (command, format, starred only).
READER_EXPORTS = (
    ("Export shown posts as Markdown", "markdown", False),
    ("Export shown posts as JSON", "json", False),
    ("Export shown posts as CSV", "csv", False),
    ("Export starred digest (Markdown, with your notes)", "digest", True),
)
_SUFFIX = {"markdown": "md", "json": "json", "csv": "csv", "digest": "md"}


def export_text(
    kind: str,
    timeline: Timeline,
    entries: list[Post],
    states: Mapping[str, PostState],
    zone: tzinfo | None = None,
) -> str:
    """One export of ``entries`` (``kind``: markdown, json, csv, or digest — the starred among them)."""
    if kind == "json":
        return to_json(timeline, entries)
    if kind == "csv":
        return to_csv(entries, states)
    if kind == "digest":
        starred = [p for p in entries if p.id in states and states[p.id].starred]
        return to_digest(starred, {i: s.note for i, s in states.items() if s.note}, zone)
    return to_markdown(timeline, entries, zone)


def export_name(kind: str, moment: datetime, label: str = "") -> str:
    """A file name for an export: ``liveblog-20250819-1432-shown.md`` (``label``, such as a story, made safe)."""
    safe = "".join(c if c.isalnum() else "-" for c in label.lower()).strip("-")[:40]
    what = "starred" if kind == "digest" else "shown"
    parts = ["liveblog", f"{moment:%Y%m%d-%H%M%S}"] + ([safe] if safe else []) + [what]
    return "-".join(parts) + "." + _SUFFIX[kind]
