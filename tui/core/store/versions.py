"""Which code made a cached value: the store's caches are keyed by these hashes, so editing the code
that parses or builds throws away exactly what it made."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from tui.core.store.codec import PACK_FORMAT


def _code_hash(package: str) -> str:
    """A hash of every Python file under ``package``: parse results depend on exactly this code."""
    digest = hashlib.blake2b(digest_size=8)
    root = resources.files(package)
    stack = [root]
    files = []
    while stack:
        here = stack.pop()
        for item in here.iterdir():
            if item.is_dir():
                stack.append(item)
            elif item.name.endswith(".py"):
                files.append(item)
    for item in sorted(files, key=lambda f: str(f)):
        digest.update(str(item.name).encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()


#: The floors whose code turns bytes into a feed: the layers contract lets parsing import nothing else.
PARSE_FLOORS = ("tui.core.model", "tui.core.infra", "tui.core.parse")
#: The floors whose code builds a timeline from feeds (views: the Timeline value and its orderings).
BUILD_FLOORS = (*PARSE_FLOORS, "tui.core.stages", "tui.core.views", "tui.core.build")


def _parser_version() -> str:
    # The codec is part of the key too: it writes what the parse cache keeps, in this Python's blob format.
    parts = [_code_hash(floor) for floor in PARSE_FLOORS]
    parts.append(
        hashlib.blake2b(resources.files("tui.core.store").joinpath("codec.py").read_bytes(), digest_size=6).hexdigest()
    )
    parts.append(PACK_FORMAT)
    return "-".join(parts)


@cache
def parser_version() -> str:
    """Changes whenever the code that turns bytes into a feed changes (worked out once, when first needed)."""
    return _parser_version()


@cache
def build_version() -> str:
    """Changes whenever any code that builds a timeline changes (worked out once, when first needed)."""
    return "-".join([_code_hash(floor) for floor in BUILD_FLOORS] + [_parser_version()])
