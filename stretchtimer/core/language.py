"""Which language to speak: the setting, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""

from __future__ import annotations

from collections.abc import Mapping

# The one list of languages: each has an interface catalogue and translated content. Names are
# written in their own language, as a language menu shows them.
LANGUAGES = (("en", "English"), ("fr", "Français"))
AVAILABLE = tuple(code for code, _name in LANGUAGES)
TRANSLATED = tuple(code for code in AVAILABLE if code != "en")  # routine names may be given in these


def choose_language(setting: str, environ: Mapping[str, str]) -> str:
    """A language in AVAILABLE; anything unknown or unset falls back to English."""
    if setting:
        candidates = [setting]
    else:
        candidates = [c for c in environ.get("LANGUAGE", "").split(":") if c]
        for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
            if environ.get(name):
                candidates.append(environ[name])
                break  # the first one set wins, as in POSIX
    for candidate in candidates:
        code = candidate.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in ("c", "posix"):
            return "en"
        if code in AVAILABLE:
            return code
    return "en"
