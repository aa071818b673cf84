"""The views floor: what readers see of a built timeline.

The Timeline value, filters, replay, exports, time formats and rendering.
"""
