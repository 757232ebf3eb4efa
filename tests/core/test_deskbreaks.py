"""Desk-break rules with a fake clock and a fake idle source."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from stretchtimer.core.deskbreaks import AWAY_LOOK, DeskBreaks, Hold, Rules, days_from_names

MIN = 60.0
MONDAY_9 = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


class Desk:
    """A fake desktop: a monotonic clock, a wall clock and the time of the last input."""

    def __init__(self, wall: datetime = MONDAY_9) -> None:
        self.mono = 1000.0
        self.wall = wall
        self.last_input = self.mono
        self.known = True

    def idle(self) -> float | None:
        return self.mono - self.last_input if self.known else None

    def work(self, seconds: float, every: float = 5.0) -> None:
        """Input every ``every`` seconds for ``seconds``."""
        end = self.mono + seconds
        while self.mono < end:
            self.wait(min(every, end - self.mono))
            self.last_input = self.mono

    def wait(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def sleep(self, seconds: float) -> None:
        """The machine is suspended: the monotonic clock stops, the wall clock goes on."""
        self.wall += timedelta(seconds=seconds)


def rules_for(desk: Desk, rules: Rules | None = None) -> DeskBreaks:
    return DeskBreaks(rules or Rules(), lambda: desk.mono, lambda: desk.wall, desk.idle)


def run(desk: Desk, breaks: DeskBreaks, seconds: float, busy: str = "", every: float = 5.0) -> list[float]:
    """Work for ``seconds``, looking when the rules ask; the activity counts at each suggestion."""
    suggested: list[float] = []
    end = desk.mono + seconds
    status = breaks.look(lambda: busy)
    while desk.mono < end:
        desk.work(min(status.next_look, end - desk.mono), every)
        status = breaks.look(lambda: busy)
        if status.suggest:
            suggested.append(status.active)
    return suggested


def test_activity_accumulates_to_a_suggestion_after_the_work_length() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    status = breaks.look()
    assert status.hold is Hold.NOT_YET
    desk.work(49 * MIN)
    status = breaks.look()
    assert status.hold is Hold.NOT_YET and status.active == pytest.approx(49 * MIN)
    assert status.due_at == desk.wall + timedelta(minutes=1)
    assert status.next_look == pytest.approx(MIN)
    desk.work(MIN)
    status = breaks.look()
    assert status.suggest and status.hold is None and status.active == pytest.approx(50 * MIN)


def test_looks_are_rare_while_working() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    looks = 0
    status = breaks.look()
    while not status.suggest:
        desk.work(status.next_look)
        status = breaks.look()
        looks += 1
    assert looks <= 11  # about one look per natural-break length (5 min) over 50 minutes


def test_short_pauses_count_as_activity() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    breaks.look()
    for k in range(1, 7):
        desk.work(4 * MIN)
        desk.wait(4 * MIN)  # a pause shorter than a natural break
        status = breaks.look()
        assert status.hold is Hold.NOT_YET and status.active == pytest.approx((8 * k - 4) * MIN)
    desk.work(6 * MIN)
    assert breaks.look().suggest


def test_a_natural_break_resets_the_count() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    breaks.look()
    desk.work(45 * MIN)
    desk.wait(5 * MIN)
    status = breaks.look()
    assert status.hold is Hold.AWAY and status.active == 0
    desk.work(45 * MIN)
    status = breaks.look()
    assert status.hold is Hold.NOT_YET and status.active == pytest.approx(45 * MIN, abs=AWAY_LOOK)


def test_a_natural_break_between_sparse_looks_is_not_missed() -> None:
    """The rules look again no later than the moment an idle spell could become a break."""
    desk = Desk()
    breaks = rules_for(desk)
    status = breaks.look()
    desk.work(30 * MIN)
    status = breaks.look()
    desk.wait(status.next_look)  # idle from here on
    status = breaks.look()
    assert status.hold is Hold.AWAY or status.next_look <= 5 * MIN
    desk.wait(status.next_look)
    assert breaks.look().hold is Hold.AWAY


def test_sleep_counts_as_a_break() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    breaks.look()
    desk.work(45 * MIN)
    breaks.look()
    desk.sleep(20 * MIN)
    desk.work(10)  # woken with a key press, working again
    status = breaks.look()
    assert status.active < MIN


def test_a_short_sleep_is_not_a_break() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    breaks.look()
    desk.work(45 * MIN)
    breaks.look()
    desk.sleep(2 * MIN)
    desk.work(10)
    assert breaks.look().active == pytest.approx(45 * MIN + 10)


def test_staying_idle_never_suggests() -> None:
    desk = Desk()
    breaks = rules_for(desk, Rules(work=MIN, natural_break=MIN))
    status = breaks.look()
    for _ in range(100):
        desk.wait(status.next_look)
        status = breaks.look()
        assert not status.suggest
    assert status.hold is Hold.AWAY


def test_inhibitor_holds_back_and_lets_go() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    assert run(desk, breaks, 55 * MIN, busy="fullscreen") == []
    status = breaks.look(lambda: "fullscreen")
    assert status.hold is Hold.BUSY and status.detail == "fullscreen"
    assert status.next_look <= AWAY_LOOK
    assert breaks.look().suggest


def test_the_desktop_is_asked_only_when_a_break_is_due() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    asked: list[bool] = []

    def busy() -> str:
        asked.append(True)
        return ""

    breaks.look(busy)
    desk.work(49 * MIN)
    breaks.look(busy)
    assert asked == []
    desk.work(MIN)
    assert breaks.look(busy).suggest and asked == [True]


@pytest.mark.parametrize(("wall", "hold"), [
    (datetime(2026, 12, 5, 10, 0, tzinfo=timezone.utc), Hold.DAY_OFF),  # a Saturday
    (datetime(2026, 11, 30, 18, 30, tzinfo=timezone.utc), Hold.OUTSIDE_HOURS),
    (datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc), Hold.OUTSIDE_HOURS),
])
def test_active_hours_and_days_hold_back(wall: datetime, hold: Hold) -> None:
    desk = Desk(wall)
    breaks = rules_for(desk)
    assert run(desk, breaks, 55 * MIN) == []
    assert breaks.look().hold is hold


def test_hours_across_midnight() -> None:
    rules = Rules(hours=(22, 6))
    assert rules.in_hours(datetime(2026, 11, 30, 23, 0, tzinfo=timezone.utc))
    assert rules.in_hours(datetime(2026, 11, 30, 5, 59, tzinfo=timezone.utc))
    assert not rules.in_hours(datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc))


def test_snooze_puts_the_suggestion_off_by_its_length() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    assert len(run(desk, breaks, 50 * MIN + 1)) == 1
    breaks.snooze()
    desk.work(9 * MIN)
    status = breaks.look()
    assert status.hold is Hold.SNOOZED and status.next_look == pytest.approx(MIN)
    desk.work(MIN)
    assert breaks.look().suggest


def test_an_unanswered_suggestion_comes_back_after_a_snooze_length() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    assert len(run(desk, breaks, 50 * MIN + 1)) == 1
    desk.work(5 * MIN)
    assert breaks.look().hold is Hold.WAITING
    desk.work(5 * MIN)
    assert breaks.look().suggest


def test_skip_starts_the_count_again() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    run(desk, breaks, 50 * MIN + 1)
    breaks.skip()
    desk.work(49 * MIN)
    assert breaks.look().hold is Hold.NOT_YET
    desk.work(MIN)
    assert breaks.look().suggest


def test_daily_skip_limit() -> None:
    assert Rules().can_skip(100)
    assert Rules(skip_limit=2).can_skip(1)
    assert not Rules(skip_limit=2).can_skip(2)


def test_a_running_routine_holds_back_and_counts_as_a_break() -> None:
    desk = Desk()
    breaks = rules_for(desk)
    breaks.look()
    desk.work(55 * MIN)
    status = breaks.look(routine_running=True)
    assert status.hold is Hold.ROUTINE and not status.suggest
    desk.work(MIN)
    status = breaks.look()
    assert status.hold is Hold.NOT_YET and status.active < 2 * MIN


def test_no_idle_time_means_unavailable() -> None:
    desk = Desk()
    desk.known = False
    assert rules_for(desk).look().hold is Hold.UNAVAILABLE


def test_off_says_so() -> None:
    desk = Desk()
    assert rules_for(desk).look(enabled=False).hold is Hold.OFF


def test_rules_from_settings_in_minutes() -> None:
    values = {"desk.work_minutes": 50, "desk.break_minutes": 5, "desk.snooze_minutes": 10,
              "desk.days": ["mon", "fri"], "desk.hours_from": 9, "desk.hours_until": 17,
              "desk.skip_limit": 3}
    rules = Rules.from_settings(values.__getitem__, seconds_per_minute=6)
    assert rules == Rules(work=300, natural_break=30, snooze=60, days=frozenset({0, 4}),
                          hours=(9, 17), skip_limit=3)
    assert days_from_names(["sun", "mon"]) == {6, 0}
