"""Times, weekdays and dates in the words and order of the person's locale (Qt's QLocale).

Used by the window and by the command line alike; QtCore only, no application object needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator

from stretchtimer.core.errors import Problem

I18N = Path(__file__).resolve().parent / "i18n"


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (plain C/POSIX counts as English), else
    that language's: French chosen on a C system writes its weekdays in French."""
    system = QLocale.system()
    speaks = "en" if system.language() == QLocale.Language.C else system.name().split("_")[0]
    return system if speaks == language else QLocale(language)


def time_text(at: time, locale: QLocale) -> str:
    """21:30, or 9:30 PM where the locale writes it so."""
    return locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def days_text(days: Iterable[int], locale: QLocale, every_day: str, weekdays: str = "",
              weekends: str = "") -> str:
    """Weekdays (0 is Monday) as the locale abbreviates them; ``every_day`` for all seven,
    ``weekdays`` for Monday to Friday and ``weekends`` for Saturday and Sunday, when given."""
    chosen = sorted(set(days))
    if len(chosen) == 7:
        return every_day
    if weekdays and chosen == [0, 1, 2, 3, 4]:
        return weekdays
    if weekends and chosen == [5, 6]:
        return weekends
    return ", ".join(locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in chosen)


def day_names(locale: QLocale) -> list[str]:
    """Monday to Sunday, short."""
    return [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]


def moment_text(when: datetime, locale: QLocale) -> str:
    """A day and time of the coming weeks: "Wed 25 Nov 21:30", "mer. 25 nov. 21:30"."""
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    day = locale.toString(moment.date(), "ddd d MMM")
    return f"{day} {time_text(when.time(), locale)}"


def problem_words(text: str) -> str:
    """A problem's template (core/problems.py) in the window's language."""
    return QCoreApplication.translate("Problem", text)


class Words:
    """Translated text for the command line, from the same catalogue as the window."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        if language != "en":
            self._translator.load(str(I18N / f"stretchtimer_{language}.qm"))

    def translate(self, context: str, text: str) -> str:
        return self._translator.translate(context, text) or text

    def problem(self, problem: Problem) -> str:
        """FILE:LINE:COL: message, in this language where the problem's code has words in it."""
        return problem.said(lambda text: self.translate("Problem", text))
