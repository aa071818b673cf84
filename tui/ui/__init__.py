"""The Textual user interface (the only part of liveblog that imports Textual)."""
