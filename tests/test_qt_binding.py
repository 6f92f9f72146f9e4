"""Guards against a known defect of one Qt binding release (see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class EmptyModel(QAbstractTableModel):
    """A model whose data() has nothing to say, as most roles of most models do."""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        return None


def test_empty_model_data_keeps_the_reference_count_of_none(qapp):
    # GIVEN a model whose data() returns None
    model = EmptyModel()
    index = model.index(1, 1)
    before = sys.getrefcount(None)
    # WHEN the view side asks for data 20,000 times, through the index and the model
    for _chunk in range(20):
        for _ in range(500):
            index.data(Qt.ItemDataRole.ToolTipRole)
            model.data(index, Qt.ItemDataRole.DisplayRole)
        # THEN None has not lost references (6.12.0 loses one per call and, long before the
        # loop ends, would abort the whole run; checking per chunk fails the test first)
        after = sys.getrefcount(None)
        assert abs(after - before) < 100, (before, after)
