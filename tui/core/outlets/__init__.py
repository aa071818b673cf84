"""The built-in outlets, registered on import.

Only :mod:`tui.core.outlet` imports this package (by name, on first use of
the registry); nothing else in liveblog names an outlet.
"""

from __future__ import annotations

from ..outlet import register
from .bbc import OUTLET as BBC
from .guardian import OUTLET as GUARDIAN

for _outlet in (BBC, GUARDIAN):
    register(_outlet)
