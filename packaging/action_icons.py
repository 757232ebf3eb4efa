"""Draw the bundled symbolic action icons (assets/icons/actions/*.svg), used where the desktop's
icon theme has none: one 16×16 single-colour shape per action, recoloured by the app at load time.

Run: python packaging/action_icons.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "icons" / "actions"

# Each path is drawn in #000000 (evenodd), which stretchtimer.ui.icons swaps for the text colour.
SHAPES: dict[str, str] = {
    "start": "M4.5 2.2v11.6l9.6-5.8z",
    "try": "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11zM6.5 5v6L11 8z",
    "edit": "M11.3 1.4l3.3 3.3-8.9 8.9L2 14l.4-3.7zM10.2 4.6l-6.4 6.4-.2 1.4 1.4-.2 6.4-6.4z",
    "new": "M7.2 2h1.6v5.2H14v1.6H8.8V14H7.2V8.8H2V7.2h5.2z",
    "reminders": ("M8 1.3c.6 0 1 .4 1 1v.7a4.5 4.5 0 0 1 3.5 4.4v3l1.5 2H2l1.5-2v-3A4.5 4.5 0 0 1 7 3v-.7"
                  "c0-.6"
                  ".4-1 1-1zM6.3 13.6h3.4a1.7 1.7 0 0 1-3.4 0z"),
    "progress": "M2 13h12v1.5H2zM3 8h2.5v4H3zM6.75 3.5h2.5V12h-2.5zM10.5 6H13v6h-2.5z",
    "settings": ("M2 3.2h6.5v1.6H2zM10 2h1.6v4H10zM12.8 3.2H14v1.6h-1.2zM2 11.2h1.6v1.6H2zM4.6 10h1.6v4H4.6z"
                 "M7.4 11.2H14v1.6H7.4zM2 7.2h3.5v1.6H2zM7 6h1.6v4H7zM9.8 7.2H14v1.6H9.8z"),
    "done": "M6 11.2L2.8 8 1.6 9.2 6 13.6l8.4-8.4-1.2-1.2z",
    "restart": "M8 2.5V1l3 2.5L8 6V4a4 4 0 1 0 4 4h1.5A5.5 5.5 0 1 1 8 2.5z",
    "undo": "M5 2.5L1 6l4 3.5v-2.3h5.2a2.6 2.6 0 0 1 0 5.2H7V14h3.2a4.2 4.2 0 0 0 0-8.4H5z",
    "redo": "M11 2.5L15 6l-4 3.5v-2.3H5.8a2.6 2.6 0 0 0 0 5.2H9V14H5.8a4.2 4.2 0 0 1 0-8.4H11z",
    "save": "M2 2h9.6L14 4.4V14H2zm2 1.6v3h7v-3zM5 9v3.4h6V9z",
    "open": "M1.5 3h5l1.5 1.5h6.5V13h-13zM3 6v5.5h10V6z",
    "back": "M10.2 2.4L4.6 8l5.6 5.6 1.2-1.2L6.9 8l4.5-4.4z",
    "find": ("M6.5 1.5a5 5 0 0 1 4.1 7.9l3.7 3.7-1.2 1.2-3.7-3.7A5 5 0 1 1 6.5 1.5z"
             "m0 1.6a3.4 3.4 0 1 0 0 6.8 3.4 3.4 0 0 0 0-6.8z"),
    "streak": ("M8 1c.5 2.3 3.8 3.8 3.8 7.6A3.8 3.8 0 0 1 8 12.6a3.8 3.8 0 0 1-3.8-4c0-1.4.6-2.5 1.5-3.4"
               ".1 1.3.7 2.2 1.4 2.6C7 5.8 7.2 3 8 1zM3 14h10v1.2H3z"),
}


def svg(path: str) -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
            f'<path fill="#000000" fill-rule="evenodd" d="{path}"/></svg>\n')


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, path in SHAPES.items():
        (OUT / f"{name}.svg").write_text(svg(path), encoding="utf-8")


if __name__ == "__main__":
    main()
