"""The sources floor: fetching pages politely and polling them while they are live.

Knows no outlet: what to ask for, and what a response holds, come from the
outlets' page readers through the registry (:mod:`tui.core.parse.outlet`).
"""
