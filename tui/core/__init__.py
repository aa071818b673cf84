"""The pure core: read -> parse -> date -> merge -> ids -> relate -> estimate -> classify.

No UI imports (checked by import-linter).  :mod:`tui.core.pipeline` runs the
stages; the model floor (:mod:`tui.core.model`, :mod:`tui.core.timeline`)
holds the values they pass along.
"""
