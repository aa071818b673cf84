"""How a post's body reads as plain text: the one policy for every view.

The detail pane, the Markdown export and ``liveblog replay`` all lay a
post's blocks out from :func:`plain_blocks`; each adds only its own styling
or syntax.  Separators and empty blocks are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Block, Post

#: The marker each kind of block is shown with.
MARKERS: dict[str, str] = {"bullet": "• ", "quote": "▌ ", "image": "[image] ", "caption": "[caption] "}


@dataclass(frozen=True, slots=True)
class PlainBlock:
    """One block as it reads: ``field`` is ``body:N``; ``tight`` when the next block continues a list."""

    field: str
    kind: str
    marker: str
    text: str
    tight: bool


def block_text(block: Block) -> str:
    """A block's text as shown, an image's credit included."""
    if block.kind == "image" and block.credit:
        return f"{block.text} — {block.credit}"
    return block.text


def plain_blocks(post: Post) -> list[PlainBlock]:
    """The post's readable blocks in order, with their markers."""
    shown = [(i, b) for i, b in enumerate(post.body) if b.kind != "separator" and (b.text or b.credit)]
    out: list[PlainBlock] = []
    for position, (index, block) in enumerate(shown):
        following = shown[position + 1][1] if position + 1 < len(shown) else None
        tight = block.kind == "bullet" and following is not None and following.kind == "bullet"
        out.append(PlainBlock(f"body:{index}", block.kind, MARKERS.get(block.kind, ""), block_text(block), tight))
    return out
