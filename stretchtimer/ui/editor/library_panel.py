"""The exercise library beside the routine: search, filters, the list and a preview of the chosen one."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.core.model import Exercise, Library
from stretchtimer.ui.editor.step_lists import LibraryList
from stretchtimer.ui.illustration import THUMB, thumbnail

translate = QCoreApplication.translate  # in the editor's one catalogue context
PREVIEW = 120  # pixels, the side of the chosen exercise's picture


def kind_words() -> dict[str, str]:
    return {"dynamic": translate("EditorWindow", "Moving"), "static": translate("EditorWindow", "Held"),
            "roller": translate("EditorWindow", "Foam roller")}


def _filter(name: str, accessible: str, everything: str, values: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setAccessibleName(accessible)
    combo.addItem(everything, "")
    for value, label in values:
        combo.addItem(label, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def rank(exercise: Exercise, words: list[str]) -> int | None:
    """How well ``words`` (casefolded) match: 0 all in the name, 1 name or id and the rest, 2 only
    elsewhere (summary, muscles, equipment); None when a word matches nothing."""
    name = f"{exercise.name} {exercise.id}".casefold()
    rest = " ".join([exercise.summary, *exercise.targets, *exercise.equipment]).casefold()
    if not all(w in name or w in rest for w in words):
        return None
    in_name = sum(w in name for w in words)
    return 0 if in_name == len(words) else 1 if in_name else 2


def _id(item: QListWidgetItem) -> str:
    return str(item.data(Qt.ItemDataRole.UserRole))


class LibraryPanel(QGroupBox):
    """Finds an exercise by words, kind, muscle or equipment; ``chosen`` adds it to the routine."""

    chosen = Signal(str)  # exercise id

    def __init__(self, library: Library, assets_dir: Path) -> None:
        super().__init__(translate("EditorWindow", "Exercises"))
        self.library = library
        self.assets_dir = assets_dir
        self.search: QLineEdit = QLineEdit(objectName="librarySearch")
        self.search.setPlaceholderText(translate("EditorWindow", "Search by name, muscle or equipment"))
        self.search.setAccessibleName(translate("EditorWindow", "Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self._add_current)  # Enter adds the top match
        self.kind_filter = _filter("kindFilter", translate("EditorWindow", "Kind of exercise"),
                                   translate("EditorWindow", "All kinds"), list(kind_words().items()))
        self.muscle_filter = _filter("muscleFilter", translate("EditorWindow", "Target muscle"),
                                     translate("EditorWindow", "All muscles"),
                                     [(m, m) for m in self._all(lambda e: e.targets)])
        self.equipment_filter = _filter("equipmentFilter", translate("EditorWindow", "Equipment"),
                                        translate("EditorWindow", "Any equipment"),
                                        [(q, q) for q in self._all(lambda e: e.equipment)])
        # One under the other: side by side, "Any equipment" was cut in a small window.
        filters = QGridLayout()
        for number, combo in enumerate((self.kind_filter, self.equipment_filter, self.muscle_filter)):
            combo.currentIndexChanged.connect(self._filter_library)
            filters.addWidget(combo, number, 0)
        self.search.textChanged.connect(self._filter_library)
        self.library_list = self._build_list()
        self.add_button = QPushButton(translate("EditorWindow", "Add to routine"), objectName="addExercise")
        self.add_button.setToolTip(
            translate("EditorWindow", "Add the chosen exercise after the current step (Enter)"))
        self.add_button.clicked.connect(self._add_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.library_list, 3)
        layout.addWidget(self.add_button)
        layout.addWidget(self._build_preview(), 2)
        if self.library_list.count():
            self.library_list.setCurrentRow(0)

    def _all(self, field: Callable[[Exercise], tuple[str, ...]]) -> list[str]:
        return sorted({v for e in self.library for v in field(e)}, key=str.casefold)

    def _build_list(self) -> LibraryList:
        listing = LibraryList(objectName="libraryList")
        listing.setAccessibleName(translate("EditorWindow", "Exercise library"))
        listing.setIconSize(QSize(THUMB, THUMB))
        listing.setDragEnabled(True)
        listing.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        listing.setWordWrap(True)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setToolTip(
            translate("EditorWindow", "Double-click, press Enter or drag to add to the routine"))
        for exercise in self.library:
            item = QListWidgetItem(thumbnail(self.assets_dir, exercise), exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(exercise.summary)
            listing.addItem(item)
        listing.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        listing.currentItemChanged.connect(self._preview)
        return listing

    def _build_preview(self) -> QScrollArea:
        self.preview_picture = QLabel()
        self.preview_picture.setFixedSize(PREVIEW, PREVIEW)
        self.preview_text = QLabel(objectName="exercisePreview")
        self.preview_text.setWordWrap(True)
        self.preview_text.setTextFormat(Qt.TextFormat.RichText)
        self.preview_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.preview_picture, 0, Qt.AlignmentFlag.AlignHCenter)
        preview_layout.addWidget(self.preview_text, 1)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(preview)
        return scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down):
            self.library_list.setFocus(Qt.FocusReason.TabFocusReason)  # Down walks on into the matches
            return True
        if (watched is self.search and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.search.text()):
            self.search.clear()  # Escape empties the search first; a second one closes the window
            event.accept()
            return True
        return False

    def _add_current(self) -> None:
        item = self.library_list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _rank(self, exercise: Exercise, words: list[str]) -> int | None:
        """The search's rank, or None when the search or a filter leaves the exercise out."""
        kind = self.kind_filter.currentData()
        muscle = self.muscle_filter.currentData()
        thing = self.equipment_filter.currentData()
        if ((kind and exercise.kind != kind) or (muscle and muscle not in exercise.targets)
                or (thing and thing not in exercise.equipment)):
            return None
        return rank(exercise, words)

    def _filter_library(self) -> None:
        words = self.search.text().casefold().split()
        listing = self.library_list
        kept = _id(listing.currentItem()) if listing.currentItem() is not None else None
        order = {exercise.id: number for number, exercise in enumerate(self.library)}
        items = [listing.takeItem(0) for _ in range(listing.count())]
        ranks = {_id(item): self._rank(self.library[_id(item)], words) for item in items}
        # Best matches first: "quad" finds the quad stretch before exercises that merely work the quads.
        items.sort(key=lambda item: (ranks[_id(item)] is None, ranks[_id(item)] or 0, order[_id(item)]))
        for item in items:
            listing.addItem(item)
            item.setHidden(ranks[_id(item)] is None)
        shown = [item for item in items if not item.isHidden()]
        keep = next((item for item in shown if _id(item) == kept), None)
        if shown:  # typing picks the top match, for Enter to add; a filter keeps the choice it lets through
            listing.setCurrentItem(shown[0] if self.sender() is self.search or keep is None else keep)
        self.add_button.setEnabled(bool(shown))

    def clear_search(self) -> None:
        """Start afresh: no words, no filters, the first exercise chosen."""
        for combo in (self.kind_filter, self.muscle_filter, self.equipment_filter):
            combo.setCurrentIndex(0)
        self.search.clear()
        self._filter_library()
        if self.library_list.count():
            self.library_list.setCurrentRow(0)
        self.library_list.scrollToTop()

    def visible_exercises(self) -> list[str]:
        """Ids of the exercises the search and filters let through, best match first."""
        return [self.library_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.library_list.count()) if not self.library_list.item(i).isHidden()]

    def _preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.preview_text.clear()
            return
        exercise = self.library[item.data(Qt.ItemDataRole.UserRole)]
        self.preview_picture.setPixmap(thumbnail(self.assets_dir, exercise, PREVIEW).pixmap(PREVIEW, PREVIEW))
        self.preview_picture.setAccessibleName(exercise.name)
        self.preview_picture.setAccessibleDescription(exercise.alt)
        kind = kind_words().get(exercise.kind, exercise.kind)
        facts = " · ".join([kind, ", ".join(exercise.targets), ", ".join(exercise.equipment)])
        steps = "".join(f"<li>{escape(line)}</li>" for line in exercise.instructions)
        self.preview_text.setText(f"<b>{escape(exercise.name)}</b><br><i>{escape(facts)}</i>"
                                  f"<p>{escape(exercise.summary)}</p><ol>{steps}</ol>")
