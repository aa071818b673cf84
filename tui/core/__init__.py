"""The pure core, in floors: each imports only the floors below it (one import-linter ``layers`` contract).

From the bottom up::

    model    the values passed along (posts, feeds), text and zone helpers
    infra    reading bytes safely, locations (XDG), worker processes, first look at bytes
    parse    the outlet protocol and registry, line kinds, outlets/{bbc,guardian}
    stages   dates, merge, ids, related, estimate, topics (classify)
    views    the Timeline value, filtering, replay, export, time formats, rendering
    build    the pipeline and day groups
    store    the database, its codec, lazy lists
    sources  fetching pages politely and polling them while live (knows no outlet)
    session  loading through the store, following

Nothing here imports Textual or the UI.
"""
