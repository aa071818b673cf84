"""The views floor: what readers see of a built timeline (the Timeline value, filters, replay, exports, time formats, rendering)."""
