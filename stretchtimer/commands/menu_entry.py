"""`stretchtimer --install-desktop-entry` and `--uninstall-desktop-entry`: the applications menu entry."""

from __future__ import annotations

import sys

from stretchtimer.commands import EXIT_INVALID, EXIT_OK
from stretchtimer.core.places import Places


def cmd_desktop_entry(places: Places, install: bool) -> int:
    from stretchtimer import desktop_entry

    share = places.data_dir.parent
    try:
        if install:
            written = desktop_entry.install(places, share)
            print(f"Installed the menu entry, icons and metainfo ({len(written)} files) under {share}")
        else:
            removed = desktop_entry.uninstall(share)
            print(f"Removed {len(removed)} files from {share}" if removed
                  else f"Nothing to remove under {share}")
    except OSError as exc:
        print(f"stretchtimer: could not write under {share}: {exc.strerror} ({exc.filename})",
              file=sys.stderr)
        return EXIT_INVALID
    desktop_entry.refresh_caches(share)
    return EXIT_OK
