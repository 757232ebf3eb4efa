"""The baseline: a bare PySide6 window with a tray icon, nothing else.

With ``--floor`` it is the floor instead: the same window after what any PySide6 app that keeps
YAML settings pays first. Touching ``Qt`` (an alignment, a focus policy, a key) builds all of
Qt's enums in Python, and PyYAML's import compiles its readers' expressions. bench/desktop.py
reports the floor's start-up next to the bare one's, so the app's ratio can be read against it.
"""

import sys

if "--floor" in sys.argv:
    import yaml
    from PySide6.QtCore import Qt

    floor = (yaml.safe_dump({"baseline": True}), Qt.AlignmentFlag.AlignCenter)

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSystemTrayIcon

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
window.setCentralWidget(QLabel("baseline"))
window.resize(800, 600)
pixmap = QPixmap(32, 32)
pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
if "--tray" not in sys.argv:
    window.show()
sys.exit(app.exec())
