"""Each setting declared once: its type, default and bounds, and the dialog's words for it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from stretchtimer.core.deskbreaks import day_name_problem
from stretchtimer.core.schedule import ScheduleError, reminder_from_dict
from stretchtimer.core.words import QT_TRANSLATE_NOOP

MAX_TEXT = 1000  # a language code, a routine name, a window geometry: all far shorter


@dataclass(frozen=True)
class Setting:
    name: str  # dotted: "sound.volume" is stored as sound: {volume: ...}
    type: type
    default: Any
    low: int | None = None
    high: int | None = None
    label: str = ""  # the dialog's words for it (English; the Qt layer translates them)
    help: str = ""  # said as the widget's tooltip, when the label is not enough
    item_check: Callable[[Any], str | None] | None = None  # for lists: why an item is wrong
    shown: bool = True  # in the settings dialog; False for what the app keeps for itself
    unit: str = ""  # "%", "min": shown after the number
    choices: tuple[str, ...] = ()  # for text: the only values allowed, when given
    choice_labels: tuple[str, ...] = ()  # the dialog's words for each of the choices

    @property
    def group(self) -> str:
        """The title of the dialog's box this setting is shown in (English)."""
        return GROUP_TITLES.get(self.name.rpartition(".")[0], GROUP_TITLES[""])

    def check(self, value: Any) -> str | None:
        """Why ``value`` is not acceptable, or None when it is."""
        if self.type is list and isinstance(value, list) and self.item_check is not None:
            for number, item in enumerate(value, 1):
                reason = self.item_check(item)
                if reason:
                    return f"item {number}: {reason}"
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            return f"must be a whole number from {self.low} to {self.high}"
        if self.type is bool and not isinstance(value, bool):
            return "must be true or false"
        if self.type is str and not isinstance(value, str):
            return "must be text"
        if self.type is str and len(value) > MAX_TEXT:
            return f"is {len(value):,} characters long; at most {MAX_TEXT:,}"
        if self.type is list and not isinstance(value, list):
            return "must be a list"
        if self.choices and value not in self.choices:
            return "must be one of " + ", ".join(self.choices)
        if (self.type is int and self.low is not None and self.high is not None
                and not self.low <= value <= self.high):
            return f"must be from {self.low} to {self.high}"
        return None


def _reminder_problem(item: Any) -> str | None:
    try:
        reminder_from_dict(item)
    except ScheduleError as exc:
        return str(exc)
    return None


# The words the settings dialog shows (label, help) are declared here, marked for the catalogue
# under "SettingsDialog"; hidden settings keep a plain note for the reader of this file.
# Desk breaks (core/deskbreaks.py reads them through Rules.from_settings).
DESK_SETTINGS: tuple[Setting, ...] = (
    Setting("desk.enabled", bool, False, label=QT_TRANSLATE_NOOP("SettingsDialog",
        "Suggest a desk break after a long spell at the computer")),
    Setting("desk.work_minutes", int, 50, 1, 240, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Suggest a break after"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "Minutes of keyboard and mouse use, short pauses included, before a break is suggested")),
    Setting("desk.break_minutes", int, 5, 1, 60, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "An idle spell counts as a break after"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "Away from the keyboard and mouse this long, the count starts again")),
    Setting("desk.snooze_minutes", int, 10, 1, 120, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Snooze a desk break for")),
    Setting("desk.skip_limit", int, 0, 0, 20,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Skips allowed a day (0: no limit)"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "After this many skips in a day, desk breaks offer no Skip")),
    Setting("desk.hours_from", int, 8, 0, 23, unit="h", label=QT_TRANSLATE_NOOP("SettingsDialog", "From")),
    Setting("desk.hours_until", int, 18, 1, 24, unit="h", label=QT_TRANSLATE_NOOP("SettingsDialog", "Until")),
    Setting("desk.days", list, ["mon", "tue", "wed", "thu", "fri"], item_check=day_name_problem,
            unit="weekdays", label=QT_TRANSLATE_NOOP("SettingsDialog", "On")),
    Setting("desk.routine", str, "Desk break",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Routine a desk break starts")),
)

# Coaching during a routine (a routine's own ``breath:`` wins over the pace set here).
COACH_SETTINGS: tuple[Setting, ...] = (
    Setting("coach.breath", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Pace your breathing during holds")),
    Setting("coach.breath_in", int, 4, 2, 15, unit="s",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Breathe in for")),
    Setting("coach.breath_out", int, 6, 2, 20, unit="s",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Breathe out for")),
    Setting("coach.breath_sound", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "A soft sound at each breath in and out")),
    Setting("coach.check_in", bool, True, label=QT_TRANSLATE_NOOP(
        "SettingsDialog", "Ask how tight each side felt (keys 1 to 5) after two-sided stretches")),
    Setting("coach.stiffness", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog",
                                    "Ask how stiff your back is before and after a routine"),
            help=QT_TRANSLATE_NOOP("SettingsDialog", "A rating from 0 (not stiff) to 10 (very stiff), "
                                   "with the keys 0 to 9 or a click; doing nothing skips it. "
                                   "The progress screen shows both over the weeks.")),
)

SETTINGS: tuple[Setting, ...] = (
    Setting("sound.muted", bool, False, label=QT_TRANSLATE_NOOP("SettingsDialog", "Mute every sound cue")),
    Setting("sound.volume", int, 80, 0, 100, unit="%", label=QT_TRANSLATE_NOOP("SettingsDialog", "Volume")),
    Setting("voice.mode", str, "off", label=QT_TRANSLATE_NOOP("SettingsDialog", "Spoken coaching"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "Says each exercise, side and length after its tone, what comes next during a rest, "
                "halfway and the last seconds, in the language of the window"),
            choices=("off", "on", "no-screen-reader"),
            choice_labels=(QT_TRANSLATE_NOOP("SettingsDialog", "Off"),
                           QT_TRANSLATE_NOOP("SettingsDialog", "On"),
                           QT_TRANSLATE_NOOP("SettingsDialog", "Only when no screen reader is running"))),
    Setting("voice.count_down", bool, True,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Count the last three seconds aloud")),
    Setting("voice.rate", int, 100, 50, 200, unit="%",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Speech rate")),
    Setting("voice.volume", int, 80, 0, 100, unit="%",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Speech volume")),
    Setting("window.geometry", str, "", label="Size and position of the main window", shown=False),
    Setting("window.floor_mode", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Start routines in floor mode (full screen)")),
    Setting("language", str, "", label=QT_TRANSLATE_NOOP("SettingsDialog", "Language")),
    Setting("home.first_routine", str, "Evening routine",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Routine listed first")),
    Setting("accessibility.announce", bool, True, label=QT_TRANSLATE_NOOP("SettingsDialog",
        "Screen readers announce each new phase, exercise, side and length")),
    Setting("accessibility.reduce_motion", bool, False, label=QT_TRANSLATE_NOOP("SettingsDialog",
        "Reduce motion: one still picture a phase, no moving frames")),
    Setting("schedule.reminders", list, [], label="Evening reminders", item_check=_reminder_problem,
            shown=False),
    Setting("schedule.snooze_minutes", int, 10, 1, 120, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Snooze length"),
            help=QT_TRANSLATE_NOOP("SettingsDialog", "How long Snooze puts a reminder off")),
    Setting("schedule.grace_minutes", int, 60, 0, 1440, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Grace for missed reminders"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "A reminder missed while the computer slept still comes when it is at most this late")),
    Setting("schedule.start_at_login", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Start in the tray when you log in")),
    Setting("schedule.last_check", str, "", label="When reminders were last looked at (ISO time)",
            shown=False),
    Setting("schedule.told_tray", bool, False,
            label="The window has said once that closing it keeps the app in the tray", shown=False),
    *DESK_SETTINGS,
    *COACH_SETTINGS,
)
# The title of the dialog's box for each group; settings outside these go under "General".
GROUP_TITLES: Mapping[str, str] = {
    "sound": QT_TRANSLATE_NOOP("SettingsDialog", "Sound"),
    "voice": QT_TRANSLATE_NOOP("SettingsDialog", "Voice"),
    "window": QT_TRANSLATE_NOOP("SettingsDialog", "Player"),
    "": QT_TRANSLATE_NOOP("SettingsDialog", "General"),
    "home": QT_TRANSLATE_NOOP("SettingsDialog", "General"),
    "accessibility": QT_TRANSLATE_NOOP("SettingsDialog", "Accessibility"),
    "schedule": QT_TRANSLATE_NOOP("SettingsDialog", "Reminders"),
    "desk": QT_TRANSLATE_NOOP("SettingsDialog", "Desk breaks"),
    "coach": QT_TRANSLATE_NOOP("SettingsDialog", "Coaching"),
}
BY_NAME: Mapping[str, Setting] = {s.name: s for s in SETTINGS}

# Names that hold settings ("sound", "schedule"): their value must be a mapping.
GROUPS = frozenset(".".join(s.name.split(".")[:n]) for s in SETTINGS for n in range(1, s.name.count(".") + 1))
