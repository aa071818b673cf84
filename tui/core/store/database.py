"""The store: one SQLite database that remembers the day and the reader.

It holds

* **parse results** per file, keyed by the file's content hash, the name
  it was loaded under and :func:`parser_version` (a hash of the parsing
  code itself): a reopen parses only files that changed;
* **built timelines** per set of inputs (every file's content hash, the
  ``--date`` and the topic rules): a reopen with nothing changed reads the
  timeline instead of rebuilding it — each post's id, times, title and
  topics at once, its body, revisions and topic evidence only when read
  (:mod:`tui.core.store.lazy`), and its search text in an FTS5 (trigram) index
  that answers a query without loading any post;
* **the reader's memory**: per post id, read/unread, starred and a note;
  per set of inputs, the reader's session (highlighted post, filters, sort,
  search, theme, replay position).

The schema is versioned (``PRAGMA user_version``) and migrates forward; a
cached value that fails to decode, or was written by another parser
version, is a miss and is rebuilt, never trusted.  The database runs in WAL
mode so two readers on one store both work; every change is committed
before the call returns.  A store that cannot be opened or is corrupt is
moved aside with a one-line warning, and a location that cannot be written
falls back to a session-only store (``:memory:``), also with a warning.
"""

from __future__ import annotations

from tui.core.store.caches import CacheTables
from tui.core.store.memory import ReaderMemory
from tui.core.store.search import SearchTables


class Store(CacheTables, SearchTables, ReaderMemory):
    """The SQLite store (see the module documentation): one connection and its plumbing
    (:mod:`tui.core.store.base`), with the methods of each table group mixed in — the caches
    (:mod:`.caches`), built timelines (:mod:`.timelines`) and their search index (:mod:`.search`), and the
    reader's memory (:mod:`.memory`).

    ``warnings`` holds one line per problem met while opening (a corrupt
    store moved aside, a read-only location); ``persistent`` is False for a
    session-only store.
    """
