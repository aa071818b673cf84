"""The parse floor: the outlet plug-in protocol and its one registry, shared line kinds, and the outlets themselves.

Only :mod:`tui.core.parse.outlet` reaches :mod:`tui.core.parse.outlets` (by
name, at run time); nothing else names an outlet.
"""
