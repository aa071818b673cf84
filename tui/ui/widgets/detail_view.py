"""The detail pane: one post in full, built as ``rich.text.Text`` (never markup).

Shows title, time (with the estimate window), outlet, byline, labels, the
body with paragraphs, bullets, quotes and captions visibly distinct, topic
phrases and search matches highlighted, links to the other outlet's
coverage, revisions and provenance.
"""

from __future__ import annotations

from datetime import tzinfo

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Static

from tui.core.model.post import Post
from tui.core.parse.outlet import display_name
from tui.core.stages.topics import Taxonomy
from tui.core.views.filtering import highlight_spans
from tui.core.views.render import START_UNSURE_TEXT, origin_text, plain_blocks
from tui.core.views.timefmt import DATE_BASIS_TEXT, clock, full_time, updated_text, window_text

#: The component style of each kind of block (others use the body style).
_BLOCK_STYLES = {"quote": "quote", "image": "media", "caption": "media", "link-out": "link", "embed": "media"}


class DetailView(VerticalScroll, can_focus=True):
    """A scrollable view of the highlighted post, with the reader's keys for scrolling."""

    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="detail_down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="detail_up"),
        Binding("space,f", "page_down", "Page down", show=False, id="detail_page_down"),
        Binding("b", "page_up", "Page up", show=False, id="detail_page_up"),
        Binding("ctrl+d", "half_page(1)", "Half a page down", show=False, id="detail_half_down"),
        Binding("ctrl+u", "half_page(-1)", "Half a page up", show=False, id="detail_half_up"),
        Binding("g", "scroll_home", "Top", show=False, id="detail_top"),
        Binding("G", "scroll_end", "End", show=False, id="detail_end"),
    ]

    def action_half_page(self, direction: int) -> None:
        """Vim's Ctrl-d / Ctrl-u: half a screen."""
        self.scroll_relative(y=direction * max(1, self.scrollable_content_region.height // 2), animate=False)

    COMPONENT_CLASSES = {
        "detail--title",
        "detail--meta",
        "detail--label",
        "detail--quote",
        "detail--media",
        "detail--link",
        "detail--topic",
        "detail--match",
        "detail--heading",
        "detail--added",
        "detail--removed",
    }

    DEFAULT_CSS = """
    DetailView { padding: 0 1; }
    DetailView > Static { width: 100%; }
    DetailView > .detail--title { text-style: bold; color: $text; }
    DetailView > .detail--meta { color: $text-muted; }
    DetailView > .detail--label { color: $readable-warning; text-style: bold; }
    DetailView > .detail--quote { color: $text; text-style: italic; }
    DetailView > .detail--media { color: $text-muted; text-style: italic; }
    DetailView > .detail--link { color: $readable-primary; text-style: underline; }
    DetailView > .detail--topic { background: $secondary 15%; color: $readable-text; }
    DetailView > .detail--match { background: $warning 60%; text-style: bold; }
    DetailView > .detail--heading { color: $readable-accent; text-style: bold; }
    DetailView > .detail--added { color: $readable-success; }
    DetailView > .detail--removed { color: $readable-error; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.post: Post | None = None
        self.zone: tzinfo | None = None
        #: The search whose terms are highlighted (not ``query``: that is Textual's DOM query).
        self.search_terms = ""
        self.by_id: dict[str, Post] = {}
        self.taxonomy: Taxonomy | None = None
        #: When topics are filtered, only their phrases are highlighted.
        self.focus_topics: frozenset[str] = frozenset()
        self._pending: Timer | None = None
        self._rendered = False
        self._note = ""

    @property
    def note(self) -> str:
        """The reader's note on the shown post (set by the screen)."""
        return self._note

    @note.setter
    def note(self, value: str) -> None:
        if value != self._note:
            self._note = value
            if self._rendered and self._pending is None and self.post is not None:
                self._render_post()

    def compose(self) -> ComposeResult:
        yield Static(Text(""), id="detail-body")

    def on_mount(self) -> None:
        # The text is built with the theme's colours baked in: a new theme rebuilds it (keeping the place).
        self.watch(self.app, "theme", self._theme_changed, init=False)

    def _theme_changed(self) -> None:
        self.call_after_refresh(self._redraw)  # once the new theme's styles are in place

    def _redraw(self) -> None:
        if self._rendered and self.post is not None:
            keep = self.scroll_y
            self._render_post()
            self.scroll_to(y=keep, animate=False)

    #: Rendering waits this long after the last change, so holding a key down
    #: moves the cursor at full speed and the detail catches up once.
    DEBOUNCE = 0.04

    def show(self, post: Post | None, query: str = "") -> None:
        """Display a post (or a placeholder); the text is rebuilt just after."""
        self.post, self.search_terms = post, query
        if self._pending is not None:
            self._pending.stop()
        if not self._rendered:  # the first post shows at once: no placeholder frame
            self._render_post()
            return
        self._pending = self.set_timer(self.DEBOUNCE, self._render_post)

    def _render_post(self) -> None:
        self._pending = None
        self._rendered = True
        post = self.post
        body = self.query_one("#detail-body", Static)
        body.update(self.build(post) if post is not None else Text("No post matches the filters.", style="italic"))
        self.scroll_home(animate=False)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"detail--{name}")

    def _highlighted(self, text: str, post: Post, field: str, base: Style | None = None) -> Text:
        out = Text(text, style=base or Style())
        for hit in post.topic_evidence:
            if (
                hit.field == field
                and hit.end <= len(text)
                and (not self.focus_topics or hit.topic in self.focus_topics)
            ):
                out.stylize(self._style("topic"), hit.start, hit.end)
        for a, b in highlight_spans(text, self.search_terms):
            out.stylize(self._style("match"), a, min(b, len(text)))
        return out

    def build(self, post: Post) -> Text:
        """The full text of the detail pane for one post."""
        out = Text()
        for part in (self._header, self._body, self._evidence, self._links, self._revisions, self._provenance):
            part(post, out)
        return out

    def _header(self, post: Post, out: Text) -> None:
        outlet = display_name(post.source)
        out.append_text(
            self._highlighted(
                post.display_title, post, "title" if post.title and not post.title_generic else "", self._style("title")
            )
        )
        out.append("\n")
        when = full_time(post, self.zone)
        meta = f"{outlet} · {when}"
        if post.time_basis == "estimated":
            meta += f" (estimated, {window_text(post, self.zone)})"
        elif post.time_basis == "stated-time-inferred-date":
            meta += f" ({DATE_BASIS_TEXT.get(post.date_basis, 'date inferred')})"
        if post.updated is not None:
            meta += f" · {updated_text(post, self.zone)}"
        out.append(meta, self._style("meta"))
        out.append("\n")
        if post.byline:
            out.append(f"By {post.byline.name}", self._style("meta"))
            if post.byline.role:
                out.append(f", {post.byline.role}", self._style("meta"))
            out.append("\n")
        if post.label_texts:
            out.append(" ".join(f"[{label}]" for label in post.label_texts), self._style("label"))
            out.append("\n")
        if post.topics:
            names = [topic.name if self.taxonomy and (topic := self.taxonomy.get(t)) else t for t in post.topics]
            out.append("Topics: " + ", ".join(names), self._style("meta"))
            out.append("\n")
        if self._note:
            out.append("Your note: ", self._style("label"))
            out.append(self._note)
            out.append("\n")
        out.append("\n")

    def _body(self, post: Post, out: Text) -> None:
        for block in plain_blocks(post):
            style = self._style(_BLOCK_STYLES[block.kind]) if block.kind in _BLOCK_STYLES else None
            indent = "  " if block.kind in ("bullet", "quote") else ""
            if block.marker:
                out.append(indent + block.marker, style or Style())
            out.append_text(self._highlighted(block.text, post, block.field, style))
            # List items stay together; other blocks are separated by a blank line.
            out.append("\n" if block.tight else "\n\n")

    def _evidence(self, post: Post, out: Text) -> None:
        if post.topic_evidence:
            out.append("Why these topics\n", self._style("heading"))
            seen = set()
            for hit in post.topic_evidence:
                key = (hit.topic, hit.phrase)
                if key in seen:
                    continue
                seen.add(key)
                out.append(f"  {hit.topic}: ", self._style("meta"))
                out.append(f"“{hit.phrase}”\n")
            out.append("\n")

    def _links(self, post: Post, out: Text) -> None:
        if post.related:
            out.append("Also covered by the other outlet (press l to jump)\n", self._style("heading"))
            for rid in post.related:
                other = self.by_id.get(rid)
                if other is not None:
                    out.append(f"  → {clock(other, self.zone)} {display_name(other.source)}: ", self._style("link"))
                    out.append(other.display_title + "\n")
            out.append("\n")

    def _revisions(self, post: Post, out: Text) -> None:
        if post.revisions:
            out.append(
                f"Revisions ({len(post.revisions)} earlier version{'s' if len(post.revisions) > 1 else ''})\n",
                self._style("heading"),
            )
            for revision in post.revisions:
                origin = revision.origin
                out.append(f"  {origin.file}:{origin.first_line}-{origin.last_line}\n", self._style("meta"))
                for text in revision.added:
                    out.append("    + ", self._style("added"))
                    out.append(text + "\n", self._style("added"))
                for text in revision.removed:
                    out.append("    − ", self._style("removed"))
                    out.append(text + "\n", self._style("removed"))
            out.append("\n")

    def _provenance(self, post: Post, out: Text) -> None:
        out.append("Provenance\n", self._style("heading"))
        for origin in post.origins:
            out.append(f"  {origin_text(origin)}\n", self._style("meta"))
        if post.link:
            out.append(f"  link {post.link} (w opens it)\n", self._style("meta"))
        out.append(
            f"  id {post.id}" + (f" · the outlet's id {post.source_id}" if post.source_id else ""), self._style("meta")
        )
        if post.time_note:
            out.append(f"\n  time: {post.time_note}", self._style("meta"))
        if post.start_unsure:
            out.append(f"\n  {START_UNSURE_TEXT}", self._style("meta"))
