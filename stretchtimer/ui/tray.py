"""The tray icon and its menu, and the single timer that wakes for the next reminder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from stretchtimer.core import schedule
from stretchtimer.core.catalog import Entry
from stretchtimer.core.settings import Settings
from stretchtimer.localtext import moment_text
from stretchtimer.platform.services import TrayActions

Now = Callable[[], datetime]
MAX_TIMER_MS = 2**31 - 1


def local_now() -> datetime:
    return datetime.now().astimezone()


class ReminderService(QObject):
    """Fires reminders from the settings: one single-shot timer to the next one, nothing periodic."""

    fired = Signal(object)  # schedule.Fire
    armed = Signal(object)  # the next moment a reminder may come (datetime), or None

    def __init__(self, settings: Settings, done_on: Callable[[date], bool] = lambda day: False,
                 now: Now = local_now,
                 parent: QObject | None = None, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._now = now
        self._given_tz = tz
        self._done_on = done_on
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        self.last_fire: schedule.Fire | None = None
        self.scheduler = self._build(self._last_check())
        for name in ("schedule.reminders", "schedule.grace_minutes"):
            settings.subscribe(name, lambda _changes: self.reload())

    def start(self) -> None:
        """Begin: a reminder missed while the app was closed fires now, once, if recent."""
        self.check()

    def _last_check(self) -> datetime:
        now = self._now()
        saved = str(self._settings.get("schedule.last_check"))
        try:
            moment = datetime.fromisoformat(saved) if saved else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None or moment > now:
            return now
        return moment

    def _build(self, last_check: datetime) -> schedule.Scheduler:
        reminders = [schedule.reminder_from_dict(r) for r in self._settings.get("schedule.reminders")]
        return schedule.Scheduler(
            reminders, self._zone(), last_check,
            grace=timedelta(minutes=int(self._settings.get("schedule.grace_minutes"))),
            done_on=self._done)

    def _done(self, day: date) -> bool:
        """A history that cannot be read counts as not done: one reminder too many beats none."""
        try:
            return self._done_on(day)
        except Exception:  # whatever the history's trouble, the reminders go on
            return False

    def _zone(self) -> tzinfo:
        """The zone with its rules, not today's offset, so 21:30 stays 21:30 after a DST
        change; read again at each check, so a zone changed while running is followed."""
        return self._given_tz or schedule.system_zone()

    @property
    def reminders(self) -> Sequence[schedule.Reminder]:
        return self.scheduler.reminders

    def any_enabled(self) -> bool:
        return any(r.enabled for r in self.scheduler.reminders)

    def reload(self) -> None:
        """The reminders changed in the settings: rebuild and re-arm."""
        snoozed, paused = self.scheduler.snoozed, self.scheduler.paused_until
        self.scheduler = self._build(self.scheduler.last_check)
        self.scheduler.snoozed, self.scheduler.paused_until = snoozed, paused
        self._arm()

    def check(self) -> None:
        """Fire what is due; call it on wake-up from sleep and after a clock change too."""
        now = self._now()
        try:
            self.scheduler.tz = self._zone()
            for fire in self.scheduler.check(now):
                self.last_fire = fire
                self.fired.emit(fire)
            self._settings.set("schedule.last_check", now.isoformat(timespec="seconds"))
        finally:  # armed again whatever happened, so the next reminder still comes
            self._arm()

    def next_wakeup(self) -> datetime | None:
        return self.scheduler.next_wakeup(self._now())

    def sounding(self) -> tuple[datetime | None, bool]:
        """The next reminder that will really sound, and whether today's stays silent (done)."""
        now, tz = self._now(), self.scheduler.tz
        mine = self.scheduler.reminders
        skipped = any(schedule.skipped_today(r, now, tz, self._done) for r in mine)
        moments = [m for r in mine if (m := schedule.next_sounding(r, now, tz, self._done)) is not None]
        return (min(moments) if moments else None), skipped

    def is_armed(self) -> bool:
        return self._timer.isActive()

    def _arm(self) -> None:
        wake = self.next_wakeup()
        self.armed.emit(wake)
        if wake is None:
            self._timer.stop()
            return
        delay = (wake - self._now()).total_seconds() * 1000
        self._timer.start(int(min(MAX_TIMER_MS, max(0, delay + 50))))

    def snooze(self) -> datetime | None:
        if self.last_fire is None:
            return None
        minutes = int(self._settings.get("schedule.snooze_minutes"))
        until = self.scheduler.snooze(self.last_fire.reminder, self._now(), timedelta(minutes=minutes))
        self._arm()
        return until

    def pause_today(self) -> None:
        self.scheduler.pause_today(self._now())
        self._arm()


class Tray(QObject):
    """The icon in the system tray with a menu to start each routine, open, snooze, pause, quit."""

    start_requested = Signal(object)  # catalog Entry
    open_requested = Signal()
    snooze_requested = Signal()
    pause_requested = Signal()
    reminders_requested = Signal()
    quit_requested = Signal()
    available = True

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.show_next(None)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self._clicked: Callable[[], None] | None = None  # what the balloon shown does when clicked
        self.snooze_action: QAction | None = None

    @staticmethod
    def here() -> bool:
        """The desktop has a system tray to show the icon in."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def bind(self, actions: TrayActions, entries: Callable[[], Sequence[Entry]], language: str) -> None:
        """Route the menu to ``actions``; routines saved since start appear too, as the menu is
        rebuilt each time it opens."""
        self.start_requested.connect(actions.start)
        self.open_requested.connect(actions.open)
        self.snooze_requested.connect(actions.snooze)
        self.pause_requested.connect(actions.pause_today)
        self.reminders_requested.connect(actions.reminders)
        self.quit_requested.connect(actions.quit)
        self.set_entries(entries(), language)
        self.menu.aboutToShow.connect(lambda: self.set_entries(entries(), language))

    def offer_snooze(self) -> None:
        """A reminder was shown: its snooze is in the menu now."""
        if self.snooze_action is not None:
            self.snooze_action.setEnabled(True)

    def tell(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text)

    def show_next(self, when: datetime | None, skipped_today: bool = False) -> None:
        """The icon's tooltip says when the next reminder comes, as the locale writes it, and
        that today's stays silent when a routine is already done."""
        lines = [self.tr("Stretch Timer")]
        if skipped_today:
            lines.append(self.tr("Today’s reminder is skipped: you already did a routine today"))
        if when is not None:
            lines[0] = self.tr("Stretch Timer — next reminder %1").replace(
                "%1", moment_text(when.astimezone(), QLocale()))
        self.icon.setToolTip("\n".join(lines))

    def set_entries(self, entries: Sequence[Entry], language: str) -> None:
        can_snooze = self.snooze_action is not None and self.snooze_action.isEnabled()
        self.menu.clear()
        for entry in entries:
            if entry.routine is None:
                continue
            # A routine's "&" is shown, not taken as a keyboard accelerator.
            action = self.menu.addAction(self.tr("Start %1").replace(
                "%1", entry.routine.display_name(language).replace("&", "&&")))
            action.triggered.connect(lambda _=False, e=entry: self.start_requested.emit(e))
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Open Stretch Timer")).triggered.connect(self.open_requested)
        self.snooze_action = self.menu.addAction(self.tr("Snooze the reminder"))
        self.snooze_action.triggered.connect(self.snooze_requested)
        self.snooze_action.setEnabled(can_snooze)
        self.menu.addAction(self.tr("No more reminders today")).triggered.connect(self.pause_requested)
        self.menu.addAction(self.tr("Reminders…")).triggered.connect(self.reminders_requested)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit")).triggered.connect(self.quit_requested)

    def show(self) -> None:
        self.icon.show()

    def remind(self, title: str, text: str, clicked: Callable[[], None] | None) -> None:
        """A balloon from the tray; clicking it calls ``clicked`` (starts the routine it is about)."""
        self._clicked = clicked
        self.offer_snooze()
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 60_000)

    def _message_clicked(self) -> None:
        clicked, self._clicked = self._clicked, None
        if clicked is not None:
            clicked()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
