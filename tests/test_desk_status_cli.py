"""`stretchtimer desk-breaks status`: the running app's status, or that it is not running."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from stretchtimer.cli import main


def test_not_running_says_so_and_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert main(["desk-breaks", "status"]) == 1
    assert "Stretch Timer is not running" in capsys.readouterr().out


def test_the_running_app_status_in_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    config = tmp_path / "config" / "stretchtimer"
    config.mkdir(parents=True)
    (config / "settings.yaml").write_text("version: 1\nlanguage: fr\n")
    status = tmp_path / "stretchtimer" / "desk-breaks.json"
    status.parent.mkdir()
    status.write_text(json.dumps({"pid": os.getpid(), "source": "gnome", "active_minutes": 12,
                                  "hold": "busy", "detail": "do-not-disturb", "hours": [8, 18],
                                  "due_at": "2026-11-30T10:38:00+00:00", "work_minutes": 50,
                                  "started_today": 1, "snoozed_today": 0, "skipped_today": 2}))
    assert main(["desk-breaks", "status"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Pauses bureau : activées (temps d’inactivité fourni par gnome)"
    assert out[1] == "Activité depuis la dernière pause : 12 min"
    assert out[2].startswith("Prochaine pause bureau : ")
    assert out[3] == "Aucune n’est due pour l’instant : le mode Ne pas déranger est activé."
    assert out[4] == "Aujourd’hui : 1 commencée(s), 0 reportée(s), 2 passée(s)"
