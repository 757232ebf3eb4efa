"""The command-line contract: list, validate, --version, --help, exit codes, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest

from stretchtimer import __version__
from stretchtimer.cli import main
from stretchtimer.localtext import days_text, locale_for, time_text

REPO = Path(__file__).resolve().parent.parent


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"stretchtimer {__version__}"


COMMANDS = ("list", "validate", "history", "remind", "desk-breaks", "run", "edit")
OPTIONS = ("--version", "--tray", "--install-desktop-entry", "--uninstall-desktop-entry")


def test_help_lists_every_command_and_option() -> None:
    done = subprocess.run([sys.executable, "-m", "stretchtimer", "--help"], capture_output=True,
                          text=True, timeout=60, cwd=REPO, env={**os.environ, "LANG": "C.UTF-8"})
    assert done.returncode == 0
    assert done.stderr == ""  # no traceback, no warning
    lines = done.stdout.splitlines()
    assert lines[0].startswith("usage: stretchtimer")
    # Each command on its own line with a few words saying what it does.
    listed = {line.split()[0]: line.split()[1:] for line in lines if line.startswith("    ") and line.split()}
    for command in COMMANDS:
        assert listed.get(command), f"'{command}' is not listed with its help in --help"
    for option in OPTIONS:
        assert any(line.lstrip().startswith(option) for line in lines), option


def test_list_shows_builtins_with_durations(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Built-in routines"
    assert "Evening routine" in lines[1] and "Post-workout" in lines[2]
    assert "Pre-workout warm-up" in lines[3]
    assert "none yet" in out


def test_list_shows_a_broken_user_file_beside_the_good_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data" / "stretchtimer" / "routines"
    folder.mkdir(parents=True)
    (folder / "good.yaml").write_text(
        "version: 1\nname: Office stretch\nsteps:\n  - exercise: standing-quad-stretch\n    hold: 20\n")
    (folder / "broken.yaml").write_text("version: 1\nname: Broken\nsteps:\n  - exercise: nope\n")
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    desk = next(line for line in out.splitlines() if "Office stretch" in line)
    assert "0:50" in desk and "1 exercise" in desk  # 5 prepare + 20 + 5 switch + 20
    broken = next(line for line in out.splitlines() if "broken.yaml" in line)
    assert f"{folder / 'broken.yaml'}:4:15: unknown exercise 'nope'" in broken


def test_validate_builtin_files_pass(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in (REPO / "routines").glob("*.yaml"))
    assert len(files) >= 4
    assert main(["validate", *files]) == 0
    assert capsys.readouterr().out.count(": ok") == len(files)


def test_validate_reports_file_line_column_and_exits_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: x\nsteps:\n  - exercise: lying-hamstring-strech\n")
    good = REPO / "routines" / "evening-routine.yaml"
    assert main(["validate", str(good), str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:4:15: unknown exercise 'lying-hamstring-strech' — did you mean " \
           "'lying-hamstring-stretch'?" in err


def test_validate_prints_advice_without_failing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cold = tmp_path / "cold.yaml"
    cold.write_text("version: 1\nname: Cold\nsteps:\n  - exercise: seated-hamstring-stretch\n"
                    "  - exercise: figure-four-glute-stretch\n    sides: left\n")
    assert main(["validate", str(cold)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{cold}:4:15: warning: 'Seated hamstring stretch' is a static stretch before")
    assert out[1].startswith(f"{cold}:6:12: warning: 'Figure-four glute stretch' is only done on the left")
    assert out[2] == f"{cold}: ok (2 warnings)"


def test_run_with_an_unknown_name_says_what_exists(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "Evening rutine"]) == 2
    err = capsys.readouterr().err
    assert "did you mean 'Evening routine'" in err
    assert "Traceback" not in err


def test_entry_point_runs_as_a_module() -> None:
    result = subprocess.run([sys.executable, "-m", "stretchtimer", "validate", "/nonexistent.yaml"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "/nonexistent.yaml: cannot read the file" in result.stderr
    assert "Traceback" not in result.stderr


def test_remind_add_list_remove_edit_the_settings_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["remind", "add", "21:30", "--days", "mon,wed,fri"]) == 0
    assert main(["remind", "add", "07:05", "--routine", "post-workout"]) == 0
    out = capsys.readouterr().out
    # Times and weekdays are written as the system's locale writes them.
    locale = locale_for("en")
    evening, morning = time_text(time(21, 30), locale), time_text(time(7, 5), locale)
    assert f"Added reminder 1: {evening} {days_text([0, 2, 4], locale, '')}, Evening routine" in out
    assert f"Added reminder 2: {morning} every day, Post-workout" in out
    settings = (tmp_path / "config" / "stretchtimer" / "settings.yaml").read_text()
    assert "'21:30'" in settings and "Post-workout" in settings
    assert main(["remind", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and evening in listed[0] and "next " in listed[0]
    assert main(["remind", "remove", "1"]) == 0
    assert main(["remind", "list"]) == 0
    assert evening not in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["remind", "add", "25:00"], "'25:00' is not a time of day"),
    (["remind", "add", "21:00", "--days", "mon,funday"], "'fun' is not a weekday"),
    (["remind", "add", "21:00", "--routine", "Evenin routine"], "did you mean 'Evening routine'"),
    (["remind", "remove", "7"], "no reminder with id 7"),
])
def test_remind_refuses_bad_input_with_exit_2(args: list[str], message: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def _run_in(lang: str, *args: str, home: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(LANG=lang, XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    result = subprocess.run([sys.executable, "-m", "stretchtimer", *args], env=env, capture_output=True,
                            text=True, timeout=60, check=True)
    return result.stdout


def test_list_speaks_french_under_a_french_locale(tmp_path: Path) -> None:
    out = _run_in("fr_FR.UTF-8", "list", home=tmp_path)
    assert out.startswith("Routines fournies\n  Routine du soir")
    assert "5 exercices" in out and "Vos routines" in out
    assert "Exercices (" in out
    assert "Étirement des ischio-jambiers assis (maintenu, 30 s, de chaque côté)" in out
    english = _run_in("C.UTF-8", "list", home=tmp_path)
    assert english.startswith("Built-in routines\n  Evening routine")
    assert "Seated hamstring stretch (held, 30 s, each side)" in english


def test_remind_speaks_french_with_french_days(tmp_path: Path) -> None:
    out = _run_in("fr_FR.UTF-8", "remind", "add", "21:30", "--days", "mon,wed", home=tmp_path)
    assert out == "Rappel 1 ajouté : 21:30 lun., mer., Routine du soir\n"
    listed = _run_in("fr_FR.UTF-8", "remind", "list", home=tmp_path)
    assert "21:30  lun., mer." in listed and "prochain " in listed
    assert "Routine du soir" in listed and "Evening routine" not in listed  # a built-in name, in French


def test_commands_only_read_a_broken_settings_file(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    settings = tmp_path / "config" / "stretchtimer" / "settings.yaml"
    settings.parent.mkdir(parents=True)
    settings.write_text("version: 1\nsound: [broken\n")
    assert main(["list"]) == 0
    assert "Evening routine" in capsys.readouterr().out
    # Left where it is, for the window to set aside and say so.
    assert settings.read_text() == "version: 1\nsound: [broken\n"
    assert [p.name for p in settings.parent.iterdir()] == ["settings.yaml"]


def test_list_totals_a_routine_with_its_holds_grown(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import datetime, timedelta

    from stretchtimer.core.history import History, Record
    from stretchtimer.core.places import Places

    folder = tmp_path / "data" / "stretchtimer" / "routines"
    folder.mkdir(parents=True)
    (folder / "grow.yaml").write_text(
        "version: 1\nname: Growing\nafter_exercise: true\nprogress: {add: 5, every: 2, max: 60}\n"
        "steps:\n  - exercise: standing-quad-stretch\n    hold: 20\n")
    assert main(["list"]) == 0  # no history yet: as written, 5 prepare + 20 + 5 switch + 20
    assert "0:50" in next(line for line in capsys.readouterr().out.splitlines() if "Growing" in line)
    store = History(Places.from_environment().history_file)
    now = datetime.now().astimezone().replace(microsecond=0)
    for day in range(5):  # 5 completed: 2 steps of 5 s, each side
        store.add(Record("Growing", now - timedelta(days=day), now, 60, True))
    store.close()
    assert main(["list"]) == 0
    assert "1:10" in next(line for line in capsys.readouterr().out.splitlines() if "Growing" in line)


def test_history_says_how_each_session_ended(capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import datetime, timedelta

    from stretchtimer.core.history import History, Record
    from stretchtimer.core.outcome import Part, Status
    from stretchtimer.core.places import Places

    now = datetime.now().astimezone().replace(microsecond=0)
    skipped = (Part("lying-hamstring-stretch", "left", 30, 3, Status.PARTLY),
               Part("lying-hamstring-stretch", "right", 30, 0, Status.SKIPPED))
    store = History(Places.from_environment().history_file)
    for ago, name, seconds, completed, parts, outcome in [
            (1, "Evening routine", 3, False, skipped, "skipped"),
            (2, "Post-workout", 95, False, (), "stopped"),
            (3, "Pre-workout warm-up", 460, True, (), "completed")]:
        start = now - timedelta(minutes=ago)
        store.add(Record(name, start, start, seconds, completed, parts=parts, outcome=outcome))
    store.close()
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "Current streak: 1 day" in out  # the completed one only
    lines = [line.strip() for line in out.splitlines()]
    assert lines[-3].endswith("Evening routine                 0:03  mostly skipped — not counted")
    assert lines[-2].endswith("stopped early") and lines[-1].endswith("completed")
    assert main(["history", "--csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    # Columns added later come after the others, in the order they were added.
    assert rows[0].endswith(",exercises,outcome,parts,ratings,stiffness_before,stiffness_after")
    assert rows[1].endswith(",no,,,skipped,lying-hamstring-stretch:left:partly:3:30;"
                            "lying-hamstring-stretch:right:skipped:0:30,,,")


def test_remind_list_says_todays_reminder_is_skipped_once_a_routine_is_done(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import datetime

    from stretchtimer.core.history import History, Record
    from stretchtimer.core.places import Places

    assert main(["remind", "add", "23:59"]) == 0
    assert main(["remind", "list"]) == 0
    assert "skipped today" not in capsys.readouterr().out
    assert not Places.from_environment().history_file.exists()  # listing made no history
    now = datetime.now().astimezone()
    store = History(Places.from_environment().history_file)
    store.add(Record("Evening routine", now, now, 300, True, outcome="completed"))
    store.close()
    assert main(["remind", "list"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "skipped today (a routine is done), next " in line


@pytest.mark.parametrize("args, edit", [(["edit"], ""), (["edit", "Evening routine"], "Evening routine"),
                                        (["edit", "mine.yaml"], "mine.yaml")])
def test_edit_opens_the_editor_on_a_routine_or_a_new_one(args: list[str], edit: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from stretchtimer.ui import app

    asked: list[dict[str, object]] = []
    monkeypatch.setattr(app, "run_app", lambda places, **kw: asked.append(kw) or 0)
    assert main(args) == 0
    assert asked == [{"routine": None, "tray": False, "edit": edit}]


def test_edit_of_an_unknown_routine_says_what_exists(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["edit", "Evenin routine"]) == 2
    assert "did you mean 'Evening routine'" in capsys.readouterr().err


BAD = """version: 1
name: Bad
steps:
  - exercise: alternate-toe-rech
    hold: lots
  - exercise: alternate-toe-reach
    hld: 20
    rest: 9000
    prepare: [1, 2]
"""


def _validate_in(lang: str, *files: Path, home: Path) -> tuple[int, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(LANG=lang, XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    result = subprocess.run([sys.executable, "-m", "stretchtimer", "validate", *map(str, files)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stderr.replace("\u00a0", " ").splitlines()  # French spaces: plain


def test_validate_speaks_french_and_keeps_each_place_exactly(tmp_path: Path) -> None:
    bad, twice, folder = tmp_path / "bad.yaml", tmp_path / "twice.yaml", tmp_path / "folder.yaml"
    bad.write_text(BAD)
    twice.write_text("version: 1\nname: Twice\nname: Again\nsteps: []\n")
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: [unclosed\n")
    folder.mkdir()
    code, english = _validate_in("C.UTF-8", bad, twice, broken, folder, home=tmp_path)
    fr_code, french = _validate_in("fr_FR.UTF-8", bad, twice, broken, folder, home=tmp_path)
    assert code == fr_code == 1
    assert len(english) == len(french) == 8
    for en, fr in zip(english, french, strict=True):  # FILE:LINE:COL: as written, the words translated
        place = en[: en.index(": ") + 2]
        assert fr.startswith(place) and fr != en, (en, fr)
    assert french == [
        f"{bad}:4:15: exercice inconnu « alternate-toe-rech » — vouliez-vous dire « alternate-toe-reach » ?",
        f"{bad}:5:11: étape 1, « hold » vaut « lots » ; hold est un nombre entier de secondes (1 à 1800) ou "
        "« open » (tenu jusqu’à ce que vous passiez à la suite)",
        f"{bad}:7:5: clé inconnue « hld » dans étape 2 — vouliez-vous dire « hold » ?",
        f"{bad}:8:11: étape 2, « rest » vaut 9000 ; écrivez un nombre de secondes entre 0 et 1800",
        f"{bad}:9:14: étape 2, « prepare » doit être un nombre entier de secondes entre 0 et 600, "
        "pas une liste",
        f"{twice}:3:1: clé en double « name » ; n’en gardez qu’une",
        french[6],  # the parser's own words stay English inside the French sentence
        f"{folder}: ce n’est pas un fichier ordinaire (un dossier) ; donnez un fichier de routine",
    ]
    assert french[6].startswith(f"{broken}:") and "syntaxe YAML" in french[6]


def test_a_language_chosen_on_a_c_system_writes_its_own_weekdays(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale.c()))
    assert locale_for("en").language() == QLocale.Language.C  # 21:30, as before
    assert locale_for("fr").dayName(1, QLocale.FormatType.ShortFormat) == "lun."
