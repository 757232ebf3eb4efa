"""What the app asks of the desktop, as small Protocols, and null versions that do nothing.

The window and the composition root see only these; tests hand them fakes in-process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from stretchtimer.core.catalog import Entry
    from stretchtimer.core.history import History, Record

Request = dict[str, Any]  # what a second launch asks: {"action": "show" | "run" | "tray", ...}


class Notifier(Protocol):
    """Desktop notifications with action buttons."""

    def notify(self, title: str, body: str, actions: list[tuple[str, str]], icon: str = "") -> int | None:
        """Show one; its id, or None when none could be shown (then the caller falls back)."""
        ...

    def close(self) -> None: ...


MakeNotifier = Callable[[Callable[[int, str], None]], Notifier]  # opens one that calls back (id, action key)


class Watch(Protocol):
    """Something that calls back on its own (a clock or folder watch) until closed."""

    def close(self) -> None: ...


class InstanceServer(Protocol):
    """Hears requests from later launches; ``listen`` is False when it cannot."""

    def listen(self) -> bool: ...


@dataclass(frozen=True)
class TrayActions:
    """What the tray's menu and balloons ask of the app."""

    start: Callable[[Entry], object]
    open: Callable[[], object]
    snooze: Callable[[], object]
    pause_today: Callable[[], object]
    reminders: Callable[[], object]
    quit: Callable[[], object]


class TrayHost(Protocol):
    """The icon in the system tray; ``available`` is False where the desktop has no tray."""

    available: bool

    def bind(self, actions: TrayActions, entries: Callable[[], Sequence[Entry]], language: str) -> None: ...
    def show(self) -> None: ...
    def show_next(self, when: datetime | None, skipped_today: bool = False) -> None: ...
    def remind(self, title: str, text: str, clicked: Callable[[], None] | None) -> None: ...
    def offer_snooze(self) -> None: ...
    def tell(self, title: str, text: str) -> None: ...


class HistoryStore(Protocol):
    """Where finished runs go; read for the progress view and for "done today"."""

    def open(self) -> History | None: ...
    def records(self, limit: int | None = None) -> list[Record]: ...
    def done_on(self, day: date) -> bool: ...
    def close(self) -> None: ...


class NullNotifier:
    def notify(self, title: str, body: str, actions: list[tuple[str, str]], icon: str = "") -> int | None:
        return None

    def close(self) -> None:
        pass


class NullWatch:
    def close(self) -> None:
        pass


class NullInstance:
    """Runs alone: no other launch can reach it."""

    def listen(self) -> bool:
        return False


class NoTray:
    available = False

    def bind(self, actions: TrayActions, entries: Callable[[], Sequence[Entry]], language: str) -> None:
        pass

    def show(self) -> None:
        pass

    def show_next(self, when: datetime | None, skipped_today: bool = False) -> None:
        pass

    def remind(self, title: str, text: str, clicked: Callable[[], None] | None) -> None:
        pass

    def offer_snooze(self) -> None:
        pass

    def tell(self, title: str, text: str) -> None:
        pass


class NullHistory:
    """Keeps nothing: every day counts as not done."""

    def open(self) -> History | None:
        return None

    def records(self, limit: int | None = None) -> list[Record]:
        return []

    def done_on(self, day: date) -> bool:
        return False

    def close(self) -> None:
        pass
