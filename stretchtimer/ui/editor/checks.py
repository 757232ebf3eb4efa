"""The draft's checks and advice in the window's own words and language.

The file rules (``core.drafts.check``) decide what is wrong; this module only says it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stretchtimer.core.advice import Advice
from stretchtimer.core.drafts import Checked, Draft
from stretchtimer.core.formatting import clock
from stretchtimer.localtext import problem_words
from stretchtimer.ui.editor.routine_form import DESCRIPTION_LENGTH, NAME_LENGTH
from stretchtimer.ui.look import exercises_count

translate = QCoreApplication.translate  # in the editor's one catalogue context


def advice_text(advice: Advice) -> str:
    """One piece of advice, translated, with the step it is about."""
    templates = {
        "cold-static": translate("EditorWindow", "%1 is a held stretch before any warm-up: start with a "
                                 "moving exercise or the foam roller, add a warm-up, or tick “Meant "
                                 "for after exercise”."),
        "short-hold": translate("EditorWindow", "A %1 s hold of %2 is short: hold a stretch for 15 to 60 s."),
        "long-hold": translate("EditorWindow",
                               "A %1 s hold of %2 is long: 15 to 60 s is enough; repeat it instead."),
        "one-side": translate("EditorWindow", "%1 is only done on one side: add the other side too."),
        "no-rest": translate("EditorWindow", "%1 minutes without any rest: give a few seconds of rest "
                             "between exercises."),
    }
    text = templates.get(advice.code, advice.message)
    for number, value in enumerate(advice.values, 1):
        text = text.replace(f"%{number}", str(value))
    if advice.step is not None:
        text = (translate("EditorWindow", "Step %1: %2").replace("%1", str(advice.step + 1))
                .replace("%2", text))
    return text


def name_errors(draft: Draft, checked: Checked, clash: str) -> list[str]:
    errors = [translate("EditorWindow", "Give the routine a name.") if not draft.name.strip() else
              translate("EditorWindow", "Keep the name under %1 characters.").replace("%1", str(NAME_LENGTH))
              for _ in checked.errors_at("name")[:1]]
    return [*errors, clash] if clash else errors


def description_errors(draft: Draft, checked: Checked) -> list[str]:
    return [translate("EditorWindow", "The description is %1 characters long; keep it under %2.")
            .replace("%1", str(len(draft.description))).replace("%2", str(DESCRIPTION_LENGTH))
            for _ in checked.errors_at("description")[:1]]


def steps_errors(draft: Draft, checked: Checked) -> list[str]:
    """Problems with the steps as a whole, each step's problems, then any others the file rules find."""
    if not draft.steps:
        return [translate("EditorWindow", "Add at least one exercise: double-click one in the library, "
                          "or drag it here.")]
    errors = [p.text(problem_words) for p in checked.problems if p.path == ("steps",)]
    errors += [translate("EditorWindow", "Step %1: %2").replace("%1", str(int(p.path[1]) + 1))
               .replace("%2", p.text(problem_words))
               for p in checked.problems if len(p.path) > 1 and p.path[0] == "steps"]
    return errors + [p.text(problem_words) for p in checked.problems
                     if not p.path or p.path[0] not in ("name", "description", "steps")]


def total_text(draft: Draft, checked: Checked) -> str:
    if checked.routine is None:
        return translate("EditorWindow", "Not ready yet")
    return (translate("EditorWindow", "Total %1 · %2").replace("%1", clock(checked.total))
            .replace("%2", exercises_count(len(draft.steps))))


def advice_block(checked: Checked) -> str:
    """Every piece of advice as a list under one heading, or "" when there is none."""
    lines = [advice_text(a) for a in checked.advice]
    if not lines:
        return ""
    return (translate("EditorWindow", "Advice (the routine works without it):") + "\n"
            + "\n".join(f"• {line}" for line in lines))


def marked(errors: list[str]) -> str:
    return "\n".join("⚠ " + e for e in errors)
