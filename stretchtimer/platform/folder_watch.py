"""Notices routine files added, removed or edited by other programs (a text editor, a sync tool)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300  # a save is often several writes and a rename: wait for it to settle


class FolderWatch(QObject):
    """Emits ``changed`` once after the folder or any of its routine files changes."""

    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._watch()

    def _watch(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            files = sorted(str(p) for p in self.folder.glob("*.yaml"))
        except OSError:
            return  # nothing to watch in a folder that cannot be made or read
        if str(self.folder) not in self._watcher.directories():
            self._watcher.addPath(str(self.folder))
        known = set(self._watcher.files())
        new = [f for f in files if f not in known]
        if new:
            self._watcher.addPaths(new)

    def close(self) -> None:
        self._settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def _settled(self) -> None:
        self._watch()  # files renamed over are watched again under their name
        self.changed.emit()
