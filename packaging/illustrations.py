"""Draw every exercise illustration (and the app icon) from one table of poses.

A pose places a figure's joints on a 400x300 canvas (side view, floor at y=250).
One renderer turns any pose into SVG, so the set stays uniform and a pose is
corrected in one place. Sided stretches get their second frame by mirroring.
Run: python packaging/illustrations.py
"""

from __future__ import annotations

import sys
from pathlib import Path

Point = tuple[float, float]

BODY = "#4A6FA5"  # the near side; mid blue reads on light and dark backgrounds
FAR = "#35527E"  # the far side, a shade darker so depth reads
SKIN = "#E0B48C"
ACCENT = "#F28C28"  # the stretched muscle group
MAT = "#8FA3B8"
PROP = "#9C7BC8"
FLOOR_Y = 250
LIMB = 17  # stroke width of limbs
TORSO = 30

# Joints: head, neck, chest (shoulders), pelvis; near_/far_ + knee, ankle, toe, elbow, hand.
# "accent": which segments to paint in the accent colour, as (joint, joint) pairs or ("dot", joint).
POSES: dict[str, dict[str, object]] = {
    "foam-roll-hamstrings-1": {
        "head": (122, 128), "neck": (132, 146), "chest": (140, 160), "pelvis": (172, 208),
        "near_knee": (232, 205), "near_ankle": (290, 207), "near_toe": (298, 192),
        "far_knee": (216, 156), "far_ankle": (252, 240), "far_toe": (270, 245),
        "near_elbow": (128, 200), "near_hand": (112, 243), "far_elbow": (138, 198), "far_hand": (124, 243),
        "roller": (222, 232), "accent": [("pelvis", "near_knee")],
        "alt": "Sitting with the left leg straight over a foam roller near the knee, hands on the floor behind.",
    },
    # The body slides over the roller: frame 1 with it near the knee, frame 2 rolled up to the
    # sit bone, the whole figure moved forward so the change reads even in a thumbnail.
    "foam-roll-hamstrings-2": {
        "head": (166, 128), "neck": (176, 146), "chest": (184, 160), "pelvis": (216, 208),
        "near_knee": (276, 205), "near_ankle": (334, 207), "near_toe": (342, 192),
        "far_knee": (260, 156), "far_ankle": (296, 240), "far_toe": (314, 245),
        "near_elbow": (172, 200), "near_hand": (156, 243), "far_elbow": (182, 198), "far_hand": (168, 243),
        "roller": (228, 232), "accent": [("pelvis", "near_knee")],
        "alt": "The same seat with the body rolled forward, so the roller is under the top of the thigh near the sit bone.",
    },
    # The warm-up: marching on the spot, one knee up and the other arm forward, then the other.
    "warmup-march-1": {
        "head": (200, 38), "neck": (200, 56), "chest": (200, 70), "pelvis": (200, 140),
        "near_knee": (252, 150), "near_ankle": (248, 204), "near_toe": (266, 208),
        "far_knee": (201, 195), "far_ankle": (199, 246), "far_toe": (219, 248),
        "near_elbow": (184, 104), "near_hand": (170, 132), "far_elbow": (214, 106), "far_hand": (240, 92),
        "accent": [],
        "alt": "Marching on the spot: standing tall, one knee lifted to hip height, the opposite arm swinging forward.",
    },
    "warmup-march-2": {
        "head": (200, 38), "neck": (200, 56), "chest": (200, 70), "pelvis": (200, 140),
        "far_knee": (252, 150), "far_ankle": (248, 204), "far_toe": (266, 208),
        "near_knee": (201, 195), "near_ankle": (199, 246), "near_toe": (219, 248),
        "far_elbow": (186, 104), "far_hand": (172, 132), "near_elbow": (214, 106), "near_hand": (240, 92),
        "accent": [],
        "alt": "Marching on the spot: the other knee lifted and the other arm forward, the standing leg straight.",
    },
    "alternate-toe-reach-1": {
        "head": (200, 38), "neck": (200, 56), "chest": (200, 70), "pelvis": (200, 140),
        "near_knee": (202, 195), "near_ankle": (202, 246), "near_toe": (222, 248),
        "far_knee": (196, 195), "far_ankle": (194, 246), "far_toe": (214, 248),
        "near_elbow": (204, 105), "near_hand": (207, 140), "far_elbow": (197, 105), "far_hand": (198, 140),
        "accent": [],
        "alt": "Standing tall with feet hip-width apart, arms by the sides.",
    },
    "alternate-toe-reach-2": {
        "head": (262, 200), "neck": (250, 186), "chest": (240, 176), "pelvis": (186, 132),
        "near_knee": (196, 190), "near_ankle": (206, 246), "near_toe": (226, 248),
        "far_knee": (190, 190), "far_ankle": (198, 246), "far_toe": (218, 248),
        "near_elbow": (248, 212), "near_hand": (226, 244), "far_elbow": (242, 210), "far_hand": (218, 242),
        "accent": [("pelvis", "near_knee"), ("near_knee", "near_ankle")],
        "alt": "Folded forward from the hips with straight legs, both hands reaching to one foot.",
    },
    "romanian-single-leg-deadlift-1": {
        "head": (200, 38), "neck": (200, 56), "chest": (200, 70), "pelvis": (200, 140),
        "near_knee": (205, 195), "near_ankle": (200, 246), "near_toe": (220, 248),
        "far_knee": (196, 196), "far_ankle": (184, 242), "far_toe": (200, 246),
        "near_elbow": (204, 105), "near_hand": (207, 140), "far_elbow": (197, 105), "far_hand": (198, 140),
        "accent": [],
        "alt": "Standing on the left leg, knee soft, the right foot resting just behind.",
    },
    "romanian-single-leg-deadlift-2": {
        "head": (300, 126), "neck": (282, 132), "chest": (268, 136), "pelvis": (198, 146),
        "near_knee": (206, 198), "near_ankle": (200, 246), "near_toe": (220, 248),
        "far_knee": (140, 146), "far_ankle": (82, 146), "far_toe": (76, 160),
        "near_elbow": (266, 176), "near_hand": (262, 214), "far_elbow": (258, 176), "far_hand": (254, 214),
        "accent": [("pelvis", "near_knee")],
        "alt": "Hinged forward on the left leg, body parallel to the floor, right leg straight behind, arms reaching down.",
    },
    "standing-wide-hamstring-stretch-1": {
        "front": True,
        "head": (200, 40), "neck": (200, 58), "chest": (200, 74), "pelvis": (200, 142),
        "near_hip": (188, 142), "far_hip": (212, 142),
        "near_knee": (166, 196), "near_ankle": (142, 246), "near_toe": (128, 248),
        "far_knee": (234, 196), "far_ankle": (258, 246), "far_toe": (272, 248),
        "near_shoulder": (178, 76), "far_shoulder": (222, 76),
        "near_elbow": (170, 110), "near_hand": (166, 145), "far_elbow": (230, 110), "far_hand": (234, 145),
        "accent": [],
        "alt": "Standing with the feet wide apart and pointing forward, seen from the front.",
    },
    "standing-wide-hamstring-stretch-2": {
        "front": True,
        "head": (200, 204), "neck": (200, 186), "chest": (200, 174), "pelvis": (200, 132),
        "near_hip": (188, 134), "far_hip": (212, 134),
        "near_knee": (166, 190), "near_ankle": (142, 246), "near_toe": (128, 248),
        "far_knee": (234, 190), "far_ankle": (258, 246), "far_toe": (272, 248),
        "near_shoulder": (182, 172), "far_shoulder": (218, 172),
        "near_elbow": (176, 208), "near_hand": (172, 244), "far_elbow": (224, 208), "far_hand": (228, 244),
        "accent": [("near_hip", "near_knee"), ("far_hip", "far_knee")],
        "alt": "Folded forward from the hips in the wide stance, head low, hands on the floor.",
    },
    "seated-hamstring-stretch-1": {
        "head": (240, 160), "neck": (228, 168), "chest": (218, 176), "pelvis": (170, 232),
        "near_knee": (228, 235), "near_ankle": (286, 237), "near_toe": (294, 222),
        "far_knee": (206, 214), "far_ankle": (184, 238), "far_toe": (198, 244),
        "near_elbow": (254, 202), "near_hand": (286, 222), "far_elbow": (248, 198), "far_hand": (278, 220),
        "accent": [("pelvis", "near_knee")],
        "alt": "Seated, the left leg straight and the right foot tucked in, leaning forward to reach the left foot.",
    },
    "lying-hamstring-stretch-1": {
        "head": (92, 226), "neck": (110, 232), "chest": (124, 234), "pelvis": (196, 236),
        "near_knee": (214, 180), "near_ankle": (232, 124), "near_toe": (250, 120),
        "far_knee": (242, 196), "far_ankle": (266, 244), "far_toe": (284, 246),
        "near_elbow": (166, 200), "near_hand": (214, 168), "far_elbow": (158, 204), "far_hand": (208, 172),
        "accent": [("pelvis", "near_knee")],
        "alt": "Lying on the back, right knee bent, the left leg raised to the ceiling with hands behind the thigh.",
    },
    "hip-flexor-lunge-stretch-1": {
        "head": (214, 82), "neck": (212, 100), "chest": (212, 112), "pelvis": (208, 184),
        "near_knee": (186, 242), "near_ankle": (130, 244), "near_toe": (120, 236),
        "far_knee": (266, 184), "far_ankle": (268, 244), "far_toe": (288, 248),
        "near_elbow": (230, 148), "near_hand": (258, 176), "far_elbow": (236, 146), "far_hand": (264, 174),
        "accent": [("pelvis", "near_knee")],
        "alt": "Kneeling on the left knee in a lunge, right foot forward, upper body upright, hips pressed forward.",
    },
    "figure-four-glute-stretch-1": {
        "head": (92, 226), "neck": (110, 232), "chest": (124, 234), "pelvis": (196, 236),
        "far_knee": (222, 180), "far_ankle": (270, 178), "far_toe": (280, 164),
        "near_knee": (172, 186), "near_ankle": (222, 176), "near_toe": (234, 168),
        "near_elbow": (166, 206), "near_hand": (212, 196), "far_elbow": (160, 210), "far_hand": (206, 200),
        "accent": [("dot", "pelvis")],
        "alt": "Lying on the back, the left ankle crossed over the right knee, hands drawing the right thigh in.",
    },
    "standing-quad-stretch-1": {
        "head": (200, 38), "neck": (200, 56), "chest": (200, 70), "pelvis": (200, 140),
        "far_knee": (202, 195), "far_ankle": (200, 246), "far_toe": (220, 248),
        "near_knee": (196, 198), "near_ankle": (160, 156), "near_toe": (150, 146),
        "near_elbow": (178, 112), "near_hand": (162, 152), "far_elbow": (234, 96), "far_hand": (268, 104),
        "wall": 276, "accent": [("pelvis", "near_knee")],
        "alt": "Standing on the right leg, one hand on a wall, the left heel held up towards the buttock.",
    },
}

# Sided stretches: the second frame is the first seen from the other side.
MIRRORED = {
    "seated-hamstring-stretch-2": "seated-hamstring-stretch-1",
    "lying-hamstring-stretch-2": "lying-hamstring-stretch-1",
    "hip-flexor-lunge-stretch-2": "hip-flexor-lunge-stretch-1",
    "figure-four-glute-stretch-2": "figure-four-glute-stretch-1",
    "standing-quad-stretch-2": "standing-quad-stretch-1",
}
MIRRORED_ALT = {
    "seated-hamstring-stretch-2": "Seated, the right leg straight and the left foot tucked in, leaning forward to reach the right foot.",
    "lying-hamstring-stretch-2": "Lying on the back, left knee bent, the right leg raised to the ceiling with hands behind the thigh.",
    "hip-flexor-lunge-stretch-2": "Kneeling on the right knee in a lunge, left foot forward, upper body upright, hips pressed forward.",
    "figure-four-glute-stretch-2": "Lying on the back, the right ankle crossed over the left knee, hands drawing the left thigh in.",
    "standing-quad-stretch-2": "Standing on the left leg, one hand on a wall, the right heel held up towards the buttock.",
}


def _p(pose: dict[str, object], name: str) -> Point:
    value = pose[name]
    assert isinstance(value, tuple)
    return value


def _line(a: Point, b: Point, colour: str, width: float) -> str:
    return (f'<line x1="{a[0]:g}" y1="{a[1]:g}" x2="{b[0]:g}" y2="{b[1]:g}" stroke="{colour}" '
            f'stroke-width="{width:g}" stroke-linecap="round"/>')


def _path(points: list[Point], colour: str, width: float) -> str:
    d = " ".join(f"{'M' if i == 0 else 'L'}{x:g} {y:g}" for i, (x, y) in enumerate(points))
    return (f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width:g}" '
            f'stroke-linecap="round" stroke-linejoin="round"/>')


def figure(pose: dict[str, object]) -> list[str]:
    """SVG elements for the figure, far limbs first so the near ones overlap them."""
    out: list[str] = []
    front = bool(pose.get("front"))
    hip = {side: _p(pose, f"{side}_hip") if front else _p(pose, "pelvis") for side in ("near", "far")}
    shoulder = {side: _p(pose, f"{side}_shoulder") if front else _p(pose, "chest")
                for side in ("near", "far")}
    far_colour = BODY if front else FAR
    # far arm and leg
    out.append(_path([hip["far"], _p(pose, "far_knee"), _p(pose, "far_ankle"), _p(pose, "far_toe")],
                     far_colour, LIMB))
    out.append(_path([shoulder["far"], _p(pose, "far_elbow"), _p(pose, "far_hand")], far_colour, LIMB - 4))
    # torso and head
    out.append(_line(_p(pose, "chest"), _p(pose, "pelvis"), BODY, TORSO))
    if front:
        out.append(_line(shoulder["near"], shoulder["far"], BODY, LIMB))
        out.append(_line(hip["near"], hip["far"], BODY, LIMB))
    out.append(_line(_p(pose, "neck"), _p(pose, "chest"), SKIN, 10))
    head = _p(pose, "head")
    out.append(f'<circle cx="{head[0]:g}" cy="{head[1]:g}" r="16" fill="{SKIN}"/>')
    # near leg and arm
    out.append(_path([hip["near"], _p(pose, "near_knee"), _p(pose, "near_ankle"), _p(pose, "near_toe")],
                     BODY, LIMB))
    for item in pose.get("accent", []):  # type: ignore[union-attr]
        if item[0] == "dot":
            centre = _p(pose, item[1])
            out.append(f'<circle cx="{centre[0]:g}" cy="{centre[1]:g}" r="13" fill="{ACCENT}"/>')
        else:
            a = hip["near"] if item[0] == "near_hip" else hip["far"] if item[0] == "far_hip" else _p(pose, item[0])
            b = _p(pose, item[1])
            # the middle of the segment, where the muscle belly is
            a2 = (a[0] + (b[0] - a[0]) * 0.15, a[1] + (b[1] - a[1]) * 0.15)
            b2 = (a[0] + (b[0] - a[0]) * 0.85, a[1] + (b[1] - a[1]) * 0.85)
            out.append(_line(a2, b2, ACCENT, LIMB - 6))
    out.append(_path([shoulder["near"], _p(pose, "near_elbow"), _p(pose, "near_hand")], BODY, LIMB - 4))
    for hand in ("near_hand", "far_hand"):
        x, y = _p(pose, hand)
        out.append(f'<circle cx="{x:g}" cy="{y:g}" r="6" fill="{SKIN}"/>')
    return out


def scene(pose: dict[str, object], mirror: bool = False) -> str:
    parts = [f'<rect x="30" y="{FLOOR_Y}" width="340" height="10" rx="5" fill="{MAT}"/>']
    if "wall" in pose:
        x = pose["wall"]
        parts.append(f'<rect x="{x}" y="40" width="10" height="{FLOOR_Y - 40}" rx="3" fill="{MAT}"/>')
    if "roller" in pose:
        cx, cy = _p(pose, "roller")
        parts.append(f'<circle cx="{cx:g}" cy="{cy:g}" r="17" fill="{PROP}"/>')
        parts.append(f'<circle cx="{cx:g}" cy="{cy:g}" r="6" fill="none" stroke="#FFFFFF" '
                     'stroke-opacity="0.6" stroke-width="2"/>')
    parts += figure(pose)
    body = "\n    ".join(parts)
    group = '<g transform="translate(400 0) scale(-1 1)">' if mirror else "<g>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 400 300" '
        'width="400" height="300">\n'
        f"  {group}\n    {body}\n  </g>\n</svg>\n"
    )


def frames() -> dict[str, tuple[str, str]]:
    """Every frame name with its SVG text and its alternative text."""
    result = {name: (scene(pose), str(pose["alt"])) for name, pose in POSES.items()}
    for name, source in MIRRORED.items():
        result[name] = (scene(POSES[source], mirror=True), MIRRORED_ALT[name])
    return dict(sorted(result.items()))


def icon_svg() -> str:
    """A figure folding forward inside a timer ring, in bold shapes that read at 16 px."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 64 64" width="64" height="64">\n'
        '  <circle cx="32" cy="32" r="29" fill="#FFFFFF" stroke="#4A6FA5" stroke-width="5"/>\n'
        f'  <path d="M32 3 A29 29 0 0 1 61 32" fill="none" stroke="{ACCENT}" stroke-width="5" '
        'stroke-linecap="round"/>\n'
        f'  <path d="M24 50 L28 34 L42 40" fill="none" stroke="{BODY}" stroke-width="6" '
        'stroke-linecap="round" stroke-linejoin="round"/>\n'
        f'  <path d="M28 34 L32 50" fill="none" stroke="{ACCENT}" stroke-width="6" stroke-linecap="round"/>\n'
        f'  <circle cx="46" cy="44" r="5" fill="{SKIN}"/>\n'
        f'  <path d="M38 42 L36 50" fill="none" stroke="{BODY}" stroke-width="4" stroke-linecap="round"/>\n'
        '</svg>\n'
    )


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def write_pngs(svg: Path, folder: Path) -> None:
    """Render the icon to PNG sizes with Qt, when PySide6 is there."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"stretchtimer-{size}.png"))


def write_all(assets: Path, pngs: bool = True) -> None:
    pictures = assets / "illustrations"
    pictures.mkdir(parents=True, exist_ok=True)
    alt_lines = ["# Alternative text for each illustration frame (generated)."]
    for name, (svg, alt) in frames().items():
        (pictures / f"{name}.svg").write_text(svg, encoding="utf-8")
        alt_lines.append(f"{name}: \"{alt}\"")
    (pictures / "alt.yaml").write_text("\n".join(alt_lines) + "\n", encoding="utf-8")
    icons = assets / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    (icons / "stretchtimer.svg").write_text(icon_svg(), encoding="utf-8")
    if pngs:
        write_pngs(icons / "stretchtimer.svg", icons)


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "assets"
    write_all(root)
    print(f"wrote {len(frames())} frames and the icon to {root}")
