"""The search box's history: the searches the user kept, newest last, walked with ↑ and ↓ like a shell's."""

from __future__ import annotations

from dataclasses import dataclass, field

#: How many searches are remembered (per session: per set of inputs or story).
KEEP = 30


@dataclass
class SearchHistory:
    """Kept searches (oldest first) and, while the user walks them, where they are."""

    entries: list[str] = field(default_factory=list)
    #: Index into ``entries`` while walking (None: at the text being typed).
    position: int | None = None
    #: What was typed before walking began (↓ past the newest brings it back).
    draft: str = ""

    @classmethod
    def from_saved(cls, saved: object) -> SearchHistory:
        """A history from a saved session's list (anything else: empty)."""
        if not isinstance(saved, list):
            return cls()
        return cls([q for q in saved if isinstance(q, str) and q.strip()][-KEEP:])

    def keep(self, query: str) -> None:
        """Remember a search the user kept (Enter); a repeat moves to the newest place."""
        self.position = None
        query = query.strip()
        if not query:
            return
        if query in self.entries:
            self.entries.remove(query)
        self.entries.append(query)
        del self.entries[:-KEEP]

    def older(self, typed: str) -> str | None:
        """The search before the one shown (None: nothing older)."""
        if not self.entries:
            return None
        if self.position is None:
            self.draft, self.position = typed, len(self.entries)
        shown = self.draft if self.position == len(self.entries) else self.entries[self.position]
        for index in range(self.position - 1, -1, -1):
            if self.entries[index] != shown:  # the box already shows this one: the one before it
                self.position = index
                return self.entries[index]
        return None

    def newer(self) -> str | None:
        """The search after the one shown, then what was being typed; None when not walking."""
        if self.position is None:
            return None
        self.position += 1
        if self.position >= len(self.entries):
            self.position = None
            return self.draft
        return self.entries[self.position]
