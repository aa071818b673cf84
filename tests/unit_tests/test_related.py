"""Cross-outlet links must be specific."""

from tui.core.model.post import Block, Post
from tui.core.stages.related import relate


def make(source, n, title, text):
    p = Post(source=source, file=f"{source}.txt", page_index=n, title=title, id=f"{source}-{n}")
    p.body = [Block("paragraph", text, 1, 1)]
    return p


FILLER = [
    (
        "Ukraine talks continue in Washington",
        "Ukraine and its allies continue talks about Ukraine and peace in Ukraine.",
    ),
    ("Ukraine grain exports rise", "Ukraine exported more grain from Ukraine's ports this month, Ukraine said."),
    ("Ukraine energy grid repaired", "Engineers in Ukraine repaired power lines across Ukraine overnight."),
    ("Ukraine football team wins", "Ukraine beat their rivals as fans in Ukraine celebrated."),
]


def test_a_generic_shared_word_is_not_a_story():
    entries = [make("bbc", i, t, x) for i, (t, x) in enumerate(FILLER)]
    entries += [
        make("guardian", i, t + " today", x + " More on Ukraine later.") for i, (t, x) in enumerate(FILLER[::-1])
    ]
    entries.append(
        make(
            "bbc",
            9,
            "Budapest eyed as summit venue",
            "Hungary's capital Budapest is being considered to host a Putin-Zelensky summit, CBS reports.",
        )
    )
    entries.append(
        make(
            "guardian",
            9,
            "White House eyeing Budapest for summit",
            "Politico reports the White House wants the Putin-Zelensky summit held in Budapest, Hungary.",
        )
    )
    links = relate(entries)
    budapest_bbc, budapest_gua = entries[8], entries[-1]
    assert links[budapest_bbc.id] == [budapest_gua.id]
    football_bbc = entries[3]
    # The same football story is linked; the grain story, sharing only "Ukraine", is not.
    assert links[football_bbc.id] == ["guardian-0"]
    for entry in entries:
        assert all(r.split("-")[0] != entry.source for r in links[entry.id])
    assert all(entry.related == [] for entry in entries)  # the stage changes no post


def test_summaries_are_linked_to_nothing():
    a = make("bbc", 0, "Budapest eyed as summit venue", "Budapest Hungary summit venue Putin Zelensky Orban.")
    b = make("guardian", 0, "Summary", "Budapest Hungary summit venue Putin Zelensky Orban.")
    from tui.core.model.post import Label

    b.labels.append(Label("Summary"))
    links = relate([a, b])
    assert links[a.id] == [] and links[b.id] == []
