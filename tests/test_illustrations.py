"""Every exercise has its frames: valid SVG that renders to a non-blank picture with the accent."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from stretchtimer.core.model import Library

REPO = Path(__file__).resolve().parent.parent
PICTURES = REPO / "assets" / "illustrations"
ICONS = REPO / "assets" / "icons"


def render(path: Path, width: int = 200, height: int = 150) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def test_every_frame_named_by_the_library_renders(qapp, library: Library) -> None:  # type: ignore[no-untyped-def]
    accent = QColor("#F28C28")
    for exercise in library:
        assert len(exercise.frames) == 2, exercise.id
        for frame in exercise.frames:
            path = PICTURES / f"{frame}.svg"
            root = ET.parse(path).getroot()
            assert root.tag == "{http://www.w3.org/2000/svg}svg"
            image = render(path)
            pixels = [image.pixelColor(x, y) for x in range(0, 200, 2) for y in range(0, 150, 2)]
            drawn = [p for p in pixels if p.alpha() > 0]
            assert len(drawn) > 0.03 * len(pixels), frame
            # The held or end position always shows the stretched muscle; a start pose may not.
            if frame.endswith("-2") or (exercise.sided and exercise.kind != "dynamic"):
                assert any(abs(p.red() - accent.red()) < 12 and abs(p.green() - accent.green()) < 12
                           and abs(p.blue() - accent.blue()) < 12 for p in drawn), frame


def test_every_frame_has_alternative_text(library: Library) -> None:
    alt = yaml.safe_load((PICTURES / "alt.yaml").read_text(encoding="utf-8"))
    for exercise in library:
        for frame in exercise.frames:
            assert len(alt[frame].split()) >= 6, frame


def test_icon_sizes(qapp) -> None:  # type: ignore[no-untyped-def]
    assert QSvgRenderer(str(ICONS / "stretchtimer.svg")).isValid()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(ICONS / f"stretchtimer-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_committed_pictures_match_the_generator(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("illustrations", REPO / "packaging" / "illustrations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_all(tmp_path, pngs=False)
    for made in sorted((tmp_path / "illustrations").iterdir()):
        assert made.read_bytes() == (PICTURES / made.name).read_bytes(), made.name
    assert (tmp_path / "icons" / "stretchtimer.svg").read_bytes() == (ICONS / "stretchtimer.svg").read_bytes()


@pytest.mark.parametrize("kind, sided, phase, side, expected", [
    ("static", True, "hold", "left", 0), ("static", True, "hold", "right", 1),
    ("static", False, "prepare", None, 0), ("static", False, "hold", None, 1),
    ("dynamic", True, "prepare", "left", 0), ("dynamic", True, "hold", "left", 1),
])
def test_frame_choice(kind: str, sided: bool, phase: str, side: str | None, expected: int,
                      library: Library) -> None:
    import dataclasses

    from stretchtimer.core.frames import frame_for
    from stretchtimer.core.timeline import Phase, Segment

    exercise = dataclasses.replace(library["seated-hamstring-stretch"], kind=kind, sided=sided)
    segment = Segment(0, Phase(phase), 0, 30, (), 0, exercise.id, side)
    assert frame_for(exercise, segment, 3.0) == exercise.frames[expected]


def test_reps_alternate_frames_with_the_tempo(library: Library) -> None:
    from stretchtimer.core.frames import frame_for
    from stretchtimer.core.timeline import Phase, Segment

    exercise = library["romanian-single-leg-deadlift"]
    segment = Segment(0, Phase.REPS, 0, 24, (), 0, exercise.id, "left", reps=8, tempo=3)
    shown = [frame_for(exercise, segment, t) for t in (0, 1, 1.5, 2.9, 3.0)]
    assert shown == [exercise.frames[i] for i in (0, 0, 1, 1, 0)]


def test_reduce_motion_keeps_one_picture_a_phase(library: Library) -> None:
    from stretchtimer.core.frames import frame_for
    from stretchtimer.core.timeline import Phase, Segment

    deadlift = library["romanian-single-leg-deadlift"]
    reps = Segment(0, Phase.REPS, 0, 24, (), 0, deadlift.id, "left", reps=8, tempo=3)
    assert {frame_for(deadlift, reps, t, still=True) for t in (0, 1, 1.5, 2.9, 3.0)} == {deadlift.frames[0]}
    roller = library["foam-roll-hamstrings"]
    rolling = Segment(0, Phase.HOLD, 0, 60, (), 0, roller.id, "left")
    assert len({frame_for(roller, rolling, t) for t in range(6)}) == 2
    assert {frame_for(roller, rolling, t, still=True) for t in range(6)} == {roller.frames[0]}


def test_a_selected_thumbnail_sits_on_a_light_tile(qapp, library: Library) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from stretchtimer.core.places import Places
    from stretchtimer.ui.illustration import thumbnail

    icon = thumbnail(Places.from_environment().assets_dir, library["seated-hamstring-stretch"], 48)
    normal = icon.pixmap(48, 48, QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(48, 48, QIcon.Mode.Selected).toImage()
    # Top middle, clear of the figure: see-through normally, light when selected (a highlight
    # row is often as blue as the figure, which then vanished into it).
    assert QColor(normal.pixelColor(24, 1)).alpha() == 0
    tile = QColor(selected.pixelColor(24, 1))
    assert tile.alpha() > 200 and tile.lightness() > 230
    figure = sum(QColor(normal.pixelColor(x, y)).alpha() > 0 for x in range(48) for y in range(48))
    assert figure > 48  # the figure is drawn on both
