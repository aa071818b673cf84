"""Topics: classify posts by rules kept as data, and keep the evidence.

A topic file (TOML) holds ``[[topic]]`` tables::

    [[topic]]
    id = "air-support"               # stable slug used by the CLI, export, config
    name = "Air support"
    badge = "AIR"                     # short tag in the timeline (optional)
    description = "Air power as a security guarantee"
    phrases = ["air support", "support from the air", "patrol* ... skies"]
    exclude = ["air force", "air raid*"]
    entities = ["Budapest", "Geneva"]        # names that count only …
    context = ["summit*", "host*", "venue"]  # … within 15 words of one of these
    day_entities = ["@places talks"]          # as entities, but only for a name that
                                              # another post of the same day gave as one
    day_phrases = ["military presence"]       # phrases that count only on a day another
                                              # post shows the topic
    disabled = false                          # a user file can switch a default off

Phrase syntax, matched against the words of a post (case, quotes, dashes and
punctuation ignored):

* words separated by spaces must follow each other;
* ``word*`` matches inflections (``deploy*``: deploy, deployed, deployment);
* ``a|b`` matches either word;
* ``...`` allows up to three other words in between (``...5`` up to five).
* ``!a|an`` (never first) is any one word but those named (``after !a|an ...5 summit``:
  "after the summit", not "after a summit").

A match is dropped when it overlaps a match of an ``exclude`` phrase
(``air force`` is not air support).  Negation is not an exclusion: "ruled
out boots on the ground" *is* about boots on the ground.

The default taxonomy ships as ``default_topics.toml`` next to this module;
a user file (``$XDG_CONFIG_HOME/liveblog/topics.toml`` or ``--topics FILE``)
adds topics, replaces a default with the same id, or disables one.
"""

from __future__ import annotations

from tui.core.stages.topics.files import DEFAULT_TOPICS_FILE, load_taxonomy, parse_topic_file
from tui.core.stages.topics.matcher import ENTITY_WINDOW, Taxonomy, classify
from tui.core.stages.topics.rules import Topic, TopicFileError

__all__ = [
    "DEFAULT_TOPICS_FILE",
    "ENTITY_WINDOW",
    "Taxonomy",
    "Topic",
    "TopicFileError",
    "classify",
    "load_taxonomy",
    "parse_topic_file",
]
