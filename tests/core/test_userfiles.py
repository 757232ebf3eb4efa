"""User routine files: saved by name, renamed, trashed and restored, imported and exported."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchtimer.core import userfiles
from stretchtimer.core.drafts import Draft, to_yaml
from stretchtimer.core.errors import UserFileError
from stretchtimer.core.loader import read_routine
from stretchtimer.core.model import Library, Step

DRAFT = Draft(name="Soir d'été", steps=(Step("seated-hamstring-stretch"),))


def test_names_become_plain_file_names() -> None:
    assert userfiles.slug("Soir d'été") == "soir-d-ete"
    assert userfiles.slug("  !!! ") == "routine"
    assert userfiles.unique_name("Evening", ["evening", "Evening (2)"]) == "Evening (3)"
    assert userfiles.unique_name("New", ["Old"]) == "New"


def test_save_new_never_overwrites_another_file(tmp_path: Path, library: Library) -> None:
    first = userfiles.save(DRAFT, tmp_path)
    other = userfiles.save(DRAFT, tmp_path)
    assert (first.name, other.name) == ("soir-d-ete.yaml", "soir-d-ete-2.yaml")
    assert read_routine(first, library).name == "Soir d'été"


def test_save_over_keeps_the_file_and_rename_moves_it(tmp_path: Path, library: Library) -> None:
    path = userfiles.save(DRAFT, tmp_path)
    again = userfiles.save(DRAFT.replace(description="Longer"), tmp_path, path)
    assert again == path and read_routine(path, library).description == "Longer"
    renamed = userfiles.save(DRAFT.replace(name="Bedtime"), tmp_path, path)
    assert renamed.name == "bedtime.yaml" and not path.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bedtime.yaml"]


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = userfiles.save(DRAFT, tmp_path)
    before = path.read_bytes()

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(OSError):
        userfiles.save(DRAFT.replace(description="new"), tmp_path, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_trash_and_restore(tmp_path: Path) -> None:
    folder, trash_dir = tmp_path / "routines", tmp_path / "trash"
    path = userfiles.save(DRAFT, folder)
    text = path.read_text()
    gone = userfiles.trash(path, trash_dir, now=lambda: 0.0)
    assert not path.exists() and gone.kept.read_text() == text and gone.kept.parent == trash_dir
    back = userfiles.restore(gone)
    assert back == path and path.read_text() == text and not gone.kept.exists()
    # A new file took the old name meanwhile: the restored one goes beside it.
    gone = userfiles.trash(path, trash_dir, now=lambda: 0.0)
    path.write_text("newer")
    back = userfiles.restore(gone)
    assert back.name == "soir-d-ete-2.yaml" and path.read_text() == "newer"


def test_import_copies_as_written_and_renames_on_a_clash(tmp_path: Path, library: Library) -> None:
    source = tmp_path / "shared.yaml"
    source.write_text("# from a friend\nversion: 1\nname: Desk break\n"
                      "steps:\n  - exercise: alternate-toe-reach\n")
    folder = tmp_path / "routines"
    first = userfiles.import_file(source, folder, library, ["Evening routine"])
    assert first.renamed_from is None and first.path.read_bytes() == source.read_bytes()
    second = userfiles.import_file(source, folder, library, ["Desk break"])
    assert second.renamed_from == "Desk break"
    assert read_routine(second.path, library).name == "Desk break (2)"
    assert first.path.read_bytes() == source.read_bytes()


def test_import_refuses_an_invalid_file_with_its_place(tmp_path: Path, library: Library) -> None:
    source = tmp_path / "bad.yaml"
    source.write_text("version: 1\nname: Bad\nsteps:\n  - exercise: seated-hamstring-strech\n")
    with pytest.raises(UserFileError) as caught:
        userfiles.import_file(source, tmp_path / "routines", library, [])
    assert "bad.yaml:4" in str(caught.value) and "did you mean" in str(caught.value)
    assert not (tmp_path / "routines").exists()


def test_export_writes_the_routine_file(tmp_path: Path, library: Library) -> None:
    target = tmp_path / "out.yaml"
    userfiles.export_file(DRAFT, target)
    assert target.read_text() == to_yaml(DRAFT)
    assert read_routine(target, library).name == DRAFT.name


def test_saving_a_symlinked_routine_keeps_the_link(tmp_path: Path, library: Library) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    elsewhere = tmp_path / "dotfiles" / "desk-break.yaml"
    elsewhere.parent.mkdir()
    draft = Draft(name="Desk break", steps=(Step(exercise="standing-quad-stretch", hold=30),))
    elsewhere.write_text(to_yaml(draft))
    link = folder / "desk-break.yaml"
    link.symlink_to(elsewhere)
    written = userfiles.save(draft.replace(description="Twice a day"), folder, link)
    assert written == link and link.is_symlink()
    assert read_routine(elsewhere, library).description == "Twice a day"
