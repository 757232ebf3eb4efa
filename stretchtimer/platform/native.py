"""Loading the system's C libraries (libc, ALSA, X11) through ctypes."""

from __future__ import annotations

import ctypes
import ctypes.util


def open_library(soname: str, name: str, use_errno: bool = False) -> ctypes.CDLL | None:
    """The shared library ``soname`` (``libasound.so.2``), else the one the linker knows as
    ``name`` (``asound``); None when neither loads.

    The soname comes first: looking a name up runs ldconfig (and maybe a compiler) in a child
    process, which costs more than the whole load."""
    try:
        return ctypes.CDLL(soname, use_errno=use_errno)
    except OSError:
        pass
    found = ctypes.util.find_library(name)
    if not found:
        return None
    try:
        return ctypes.CDLL(found, use_errno=use_errno)
    except OSError:
        return None
