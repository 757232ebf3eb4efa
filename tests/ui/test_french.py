"""French: the catalogue is complete and current, and the player speaks French."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QCoreApplication

from stretchtimer.core.catalog import Entry
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.ui import dialogs
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "stretchtimer" / "i18n"
TOOLS = Path(sys.executable).parent


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
        said = forms if forms else [translation.text or ""] if translation is not None else [""]
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") \
                or not all(form.strip() for form in said):
            missing.append(message.findtext("source") or "")
    return missing


def test_every_source_string_has_a_french_translation(tmp_path: Path) -> None:
    ts = tmp_path / "stretchtimer_fr.ts"
    shutil.copy(I18N / "stretchtimer_fr.ts", ts)
    package = REPO / "stretchtimer"
    sources = sorted(str(p) for p in
                     [*(package / "ui").rglob("*.py"), *(package / "core").glob("*.py"),
                      package / "cli.py", *(package / "commands").glob("*.py"), package / "localtext.py",
                      package / "desk_status.py"])
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True,
                   capture_output=True, timeout=120)
    assert unfinished(ts) == []


def test_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    qm = tmp_path / "fr.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(I18N / "stretchtimer_fr.ts"), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=120)
    assert qm.read_bytes() == (I18N / "stretchtimer_fr.qm").read_bytes()


def test_every_exercise_and_preset_is_translated(library: Library) -> None:
    french = library.localized("fr")
    for exercise in library:
        translated = french[exercise.id]
        for name in ("name", "summary", "instructions", "safety", "alt"):
            assert getattr(translated, name) != getattr(exercise, name), (exercise.id, name)


def test_player_and_title_speak_french(qtbot, library: Library, fake_clock, french,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    assert QCoreApplication.translate("Phase", "Hold") == "Maintien"
    french_library = library.localized("fr")
    text = "version: 1\nname: Courte\nsteps:\n  - exercise: seated-hamstring-stretch\n    hold: 27\n"
    entry = Entry(Path("courte.yaml"), False, routine_from_text(text, french_library))
    places = Places.from_environment()
    window = MainWindow(french_library, lambda: [], Settings(), SessionDriver(clock=fake_clock),
                        places.assets_dir, "fr")
    qtbot.addWidget(window)
    window.start_entry(entry)
    assert window.windowTitle() == ("0:05 · Préparez-vous · Étirement des ischio-jambiers assis "
                                    "(côté gauche) — Stretch Timer")
    window.driver.skip()
    assert window.windowTitle().startswith("0:27 · Maintien · Étirement des ischio-jambiers assis")
    assert window.player.side_label.text() == "Côté gauche"
    assert window.player.buttons["toggle"].text() == "Pause"
    assert window.player.buttons["skip"].text() == "Passer ▶"
    assert "Asseyez-vous" in window.player.instructions.toPlainText()
    window.driver.skip()
    assert window.windowTitle().startswith("0:05 · Changez de côté · Étirement des ischio-jambiers assis "
                                           "(côté droit)")
    # "droit", not "droite": the side is said in whole phrases.
    assert window.player.side_label.text() == "Côté droit"
    assert window.player.now_label.text() == "Côté droit maintenant"
    assert window.player.next_label.text() == "Ensuite : Maintien, côté droit"
    assert window.announcement(window.driver.session.segment).endswith("côté droit, 5 secondes")


def _strings_under_fr(data: object, french: bool = False) -> list[str]:
    if isinstance(data, dict):
        return [t for k, v in data.items() for t in _strings_under_fr(v, french or k == "fr")]
    if isinstance(data, list):
        return [t for item in data for t in _strings_under_fr(item, french)]
    return [data] if french and isinstance(data, str) else []


def _french_texts() -> list[tuple[str, str]]:
    """Every French translation of the catalogue, and every French text of the routine files."""
    root = Path(__file__).resolve().parents[2]
    tree = ET.parse(root / "stretchtimer" / "i18n" / "stretchtimer_fr.ts")
    texts = [("catalogue", m.findtext("translation") or "") for m in tree.iter("message")]
    for path in sorted((root / "routines").glob("*.yaml")):
        texts += [(path.name, text) for text in _strings_under_fr(yaml.safe_load(path.read_text("utf-8")))]
    return texts


def test_french_uses_typographic_apostrophes() -> None:
    straight = [(where, text) for where, text in _french_texts() if "'" in text]
    assert straight == []


def test_french_says_cote_droit_and_one_name_for_floor_mode() -> None:
    texts = [text.lower() for _, text in _french_texts()]
    assert not any("côté droite" in t for t in texts)
    assert not any("mode au sol" in t or "mode sol" in t for t in texts)
    assert sum("mode tapis" in t for t in texts) >= 3


def test_home_and_editor_say_a_files_problems_in_french(  # type: ignore[no-untyped-def]
        qtbot, library: Library, fake_clock, french, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from stretchtimer.core.catalog import load_entry
    from stretchtimer.core.drafts import Draft, check
    from stretchtimer.core.model import Step
    from stretchtimer.ui.editor.checks import steps_errors

    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: Broken\nsteps:\n  - exercise: alternate-toe-rech\n    hld: 5\n")
    places = Places.from_environment()
    win = MainWindow(library, lambda: [load_entry(broken, library, builtin=False)], Settings(),
                     SessionDriver(clock=fake_clock), places.assets_dir)
    qtbot.addWidget(win)
    detail = win.home.cards[0].findChild(QLabel, "cardDetail").text().replace("\u00a0", " ")
    assert "broken.yaml:4:15: exercice inconnu « alternate-toe-rech » — vouliez-vous dire " \
           "« alternate-toe-reach » ?" in detail
    assert "broken.yaml:5:5: clé inconnue « hld » dans étape 1 — vouliez-vous dire « hold » ?" in detail
    # The editor's list of the steps' problems, from the same codes.
    draft = Draft(name="Broken", steps=(Step(exercise="alternate-toe-rech", hold=5000),))
    errors = [e.replace("\u00a0", " ") for e in steps_errors(draft, check(draft, library))]
    assert any("exercice inconnu « alternate-toe-rech »" in e for e in errors), errors
    hold = "« hold » vaut 5000 ; écrivez un nombre de secondes entre 1 et 1800"
    assert any(hold in e for e in errors), errors


def test_a_one_day_streak_is_singular_in_french(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.ui.home_view import HomeView

    home = HomeView()
    qtbot.addWidget(home)
    home.show_progress(1, done_today=False)
    assert home.status.text().startswith("Série de 1 jour :")
    home.show_progress(3, done_today=False)
    assert home.status.text().startswith("Série de 3 jours :")


def test_a_one_day_streak_reads_well_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.ui.home_view import HomeView

    home = HomeView()
    qtbot.addWidget(home)
    home.show_progress(1, done_today=False)
    assert home.status.text().startswith("1-day streak: stretch today")
