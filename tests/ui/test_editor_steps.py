"""The editor shows each step as the player will run it: same hold, count, sides, rest and total."""

from __future__ import annotations

import pytest

from stretchtimer.core.drafts import Draft, check, from_routine
from stretchtimer.core.formatting import clock
from stretchtimer.core.loader import read_routine
from stretchtimer.core.model import Defaults, Library, Step
from stretchtimer.core.places import Places
from stretchtimer.core.timeline import Phase, Timeline, compile_routine
from stretchtimer.ui import dialogs
from stretchtimer.ui.editor import EditorWindow
from stretchtimer.ui.look import exercises_count

HAND_MADE = Draft(name="Mixed", defaults=Defaults(prepare=4, hold=45, switch=3, rest=7, tempo=4), steps=(
    Step("alternate-toe-reach"),
    Step("seated-hamstring-stretch", hold=20, sides="left"),
    Step("romanian-single-leg-deadlift"),
    Step("romanian-single-leg-deadlift", reps=5, tempo=2, sides="right", rest=0),
    Step("standing-wide-hamstring-stretch", rest=3),
    Step("figure-four-glute-stretch", reps=6),
    Step("standing-quad-stretch", hold=25),
))


@pytest.fixture
def editor(qtbot, library: Library, monkeypatch: pytest.MonkeyPatch) -> EditorWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "choose", lambda *_: 1)  # closing at the end discards the changes
    places = Places.from_environment()
    win = EditorWindow(library, places.assets_dir, places.routines_dir, places.trash_dir, lambda _p: [])
    qtbot.addWidget(win)
    return win


def timeline_words(timeline: Timeline, row: int, library: Library) -> str:
    """What the timeline does for step ``row``, in the words of the editor's step list."""
    mine = [s for s in timeline if s.step == row and s.phase in (Phase.HOLD, Phase.REPS)]
    first = mine[0]
    words = f"{first.reps} repetitions" if first.phase is Phase.REPS else f"{first.duration} s"
    assert all((s.phase, s.duration) == (first.phase, first.duration) for s in mine)
    if library[timeline.routine.steps[row].exercise].sided:
        words += " · " + ("each side" if len(mine) == 2 else f"{mine[0].side} side")
    step = timeline.routine.steps[row]
    if step.rest is not None:
        after = timeline[mine[-1].index + 1]
        words += f" · rest {after.duration if after.phase is Phase.REST else 0} s"
    return words


def assert_shown_as_compiled(editor: EditorWindow, draft: Draft, library: Library) -> None:
    editor.open_draft(draft, None)
    routine = check(draft, library).routine
    assert routine is not None
    timeline = compile_routine(routine, library)
    shown = [editor.steps.item(row).text().split("\n")[1] for row in range(editor.steps.count())]
    assert shown == [timeline_words(timeline, row, library) for row in range(len(draft.steps))]
    assert editor.total_label.text() == f"Total {clock(timeline.total)} · {exercises_count(len(draft.steps))}"


@pytest.mark.parametrize("name", ["evening-routine", "post-workout", "pre-workout-warm-up"])
def test_built_in_routines_are_shown_as_they_play(editor: EditorWindow, library: Library, name: str) -> None:
    routine = read_routine(Places.from_environment().builtin_dir / f"{name}.yaml", library, builtin=True)
    assert_shown_as_compiled(editor, from_routine(routine), library)


def test_hand_made_steps_are_shown_as_they_play(editor: EditorWindow, library: Library) -> None:
    assert_shown_as_compiled(editor, HAND_MADE, library)


def test_a_counted_step_switched_to_a_hold_takes_the_routines_hold(editor: EditorWindow,
                                                                   library: Library) -> None:
    """The routine's default hold comes before the exercise's own, in the editor as in the player."""
    counted = HAND_MADE.with_step(0, Step("alternate-toe-reach", reps=8))
    editor.open_draft(counted, None)
    editor.steps.setCurrentRow(0)
    editor.step_mode.setCurrentIndex(editor.step_mode.findData("hold"))
    assert editor.steps.item(0).text().split("\n")[1] == "45 s · each side"
    assert editor.step_amount.specialValueText() == "Default (45 s)"
    assert_shown_as_compiled(editor, editor.draft, library)
    plain = check(HAND_MADE, library).routine  # its first step gives no hold of its own
    assert plain is not None
    routine_hold = [s for s in compile_routine(plain, library) if s.step == 0 and s.phase is Phase.HOLD]
    assert editor.draft.steps[0].hold == routine_hold[0].duration == 45
