"""Problems carry a code and arguments; the one table of templates words them, in any language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from stretchtimer.core.errors import Problem, UserFileError
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.problems import TEMPLATES, WORDS, render

TS = Path(__file__).resolve().parents[2] / "stretchtimer" / "i18n" / "stretchtimer_fr.ts"
# The problems said in French; any other problem is said in English in every language.
FRENCH_CODES = {
    "unknown-exercise", "unknown-key", "unknown-setting", "not-a-number", "out-of-range", "not-text",
    "not-a-mapping", "not-a-list", "missing-key", "missing-version", "bad-hold", "yaml-syntax",
    "duplicate-key", "not-a-regular-file", "too-large", "grew-too-large", "progress-max",
}


def _french() -> dict[str, str]:
    return {m.findtext("source") or "": m.findtext("translation") or ""
            for context in ET.parse(TS).getroot().iter("context") if context.findtext("name") == "Problem"
            for m in context.iter("message")}


def test_the_codes_with_french_words_are_these() -> None:
    french = _french()
    worded = {key.split(":")[0] for key, template in TEMPLATES.items() if french.get(template)}
    assert worded == FRENCH_CODES == {key.split(":")[0] for key in TEMPLATES}
    assert all(french.get(word) for word in WORDS.values())


def test_a_translation_keeps_every_placeholder_of_its_template() -> None:
    import string

    french = _french()
    for template in [*TEMPLATES.values(), *WORDS.values()]:
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        assert fields == {f for _, f, _, _ in string.Formatter().parse(french[template]) if f}, template


def test_the_english_message_is_the_template_filled_in(library: Library) -> None:
    text = "version: 1\nname: X\nsteps:\n  - exercise: alternate-toe-rech\n    hold: 5\n    hld: 3\n"
    try:
        routine_from_text(text, library, "x.yaml")
    except UserFileError as exc:
        problems = sorted(exc.problems, key=lambda p: p.line)
    assert [(p.code, p.line, p.column) for p in problems] == [("unknown-exercise", 4, 15),
                                                              ("unknown-key", 6, 5)]
    assert problems[0].args == {"id": "alternate-toe-rech", "suggestion": "alternate-toe-reach"}
    assert problems[0].message == ("unknown exercise 'alternate-toe-rech' — "
                                   "did you mean 'alternate-toe-reach'?")
    assert problems[1].message == "unknown key 'hld' in step 1 — did you mean 'hold'?"
    for problem in problems:
        assert problem.message == render(problem.code, problem.args)


def test_another_language_rewords_the_message_but_not_the_place() -> None:
    shouting = Problem.coded("r.yaml", 3, 7, "out-of-range",
                             {"where": ("steps", 0, "rest"), "value": 9000, "unit": "seconds", "low": 0,
                              "high": 1800}, warning=True)
    assert str(shouting) == ("r.yaml:3:7: warning: step 1, 'rest' is 9000; "
                             "write a number of seconds from 0 to 1800")
    def bracket(text: str) -> str:  # a language that brackets each of its words
        return f"[{text}]"

    assert shouting.said(bracket) == ("r.yaml:3:7: [warning: ][[step 1], ['rest'] is 9000; write a number of "
                                      "[seconds] from 0 to 1800]")
    plain = Problem("r.yaml", 1, 1, "something only said in English")
    assert plain.said(bracket) == "r.yaml:1:1: something only said in English"
