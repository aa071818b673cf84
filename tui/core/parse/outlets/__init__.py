"""The built-in outlets, registered on import.

Only :mod:`tui.core.parse.outlet` imports this package (by name, on first use of
the registry); nothing else in liveblog names an outlet.
"""

from __future__ import annotations

from tui.core.parse.outlet import register
from tui.core.parse.outlets.bbc import OUTLET as BBC
from tui.core.parse.outlets.guardian import OUTLET as GUARDIAN

for _outlet in (BBC, GUARDIAN):
    register(_outlet)
