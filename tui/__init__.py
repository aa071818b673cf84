"""liveblog: a terminal reader for news live blogs.

``tui.core`` is the pure core (parsing, merging, time inference, topics,
storage) and never imports Textual; ``tui.ui`` is the Textual app on top.
"""

__version__ = "0.1.0"
