"""Plain-text formatting shared by the command line and the window."""

from __future__ import annotations


def clock(seconds: float) -> str:
    """Whole seconds as m:ss, or h:mm:ss from an hour: 27 -> "0:27", 3725 -> "1:02:05"."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
