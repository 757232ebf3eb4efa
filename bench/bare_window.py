"""The baseline: a bare PySide6 window with a tray icon, nothing else."""

import sys

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
