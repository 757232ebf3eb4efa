"""The interface language follows the setting, then the system, and falls back to English."""

from __future__ import annotations

import pytest

from stretchtimer.core.language import choose_language


@pytest.mark.parametrize("setting, environ, expected", [
    ("", {"LANG": "fr_FR.UTF-8"}, "fr"),
    ("", {"LANG": "de_DE.UTF-8"}, "en"),
    ("", {"LANGUAGE": "de:fr", "LANG": "de_DE.UTF-8"}, "fr"),
    ("", {"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
    ("", {"LC_MESSAGES": "fr_CA.UTF-8"}, "fr"),
    ("", {"LC_ALL": "C"}, "en"),
    ("", {}, "en"),
    ("fr", {"LANG": "en_US.UTF-8"}, "fr"),
    ("xx", {"LANG": "fr_FR.UTF-8"}, "en"),
    ("", {"LANG": "fr_FR@euro"}, "fr"),
])
def test_choose_language(setting: str, environ: dict[str, str], expected: str) -> None:
    assert choose_language(setting, environ) == expected
