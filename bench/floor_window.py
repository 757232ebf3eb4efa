"""The floor: the bare window, plus what any PySide6 app that keeps YAML settings pays first.

Touching ``Qt`` (for an alignment, a focus policy, a key) builds all of Qt's enums in Python,
and PyYAML's import compiles its readers' expressions. bench/desktop.py reports this window's
start-up next to the bare one's, so the ratio the app reaches can be read against it.
"""

import sys

import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSystemTrayIcon

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Floor window")
label = QLabel(yaml.safe_dump({"baseline": True}))
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
window.resize(800, 600)
pixmap = QPixmap(32, 32)
pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
if "--tray" not in sys.argv:
    window.show()
sys.exit(app.exec())
