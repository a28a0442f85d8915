"""GUI fixtures: real widgets offscreen over a real demo database file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.demo.build import build_demo
from app.services.office import actor_for
from app.store import Database, open_database


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo office, built once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    build_demo(db, district="Xaçmaz", beneficiaries=80, seed=3, today=date.today())
    db.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    source = open_database(demo_file)
    copy = source.backup(tmp_path / "demo.sqlite")
    source.close()
    db = open_database(copy)
    yield db
    from app.ui import workers

    workers.wait_all()
    db.close()


@pytest.fixture
def make_window(qtbot, qapp, demo_db):
    """``make_window("loan1")``: the main window as that demo officer, shown and settled."""
    from app.ui.app import install_fonts
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    install_fonts(qapp)

    def make(login: str = "supervisor") -> MainWindow:
        window = MainWindow(
            AppContext(demo_db, actor_for(demo_db, login)),
            automatic_sync=False,
            automatic_backup=False,  # never into the real user data folder
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.nav.currentRow() >= 0)
        return window

    return make


def settle(qtbot) -> None:
    """Let queued worker results arrive."""
    from app.ui import workers

    workers.wait_all()
    qtbot.wait(50)


def type_text(widget, text: str) -> None:
    """Type any text, Azerbaijani letters included, as key events into a widget.

    ``qtbot.keyClicks`` only knows ASCII keys (QTest asserts on ``ə``); a key event carrying
    the text is what a keyboard with an Azerbaijani layout sends.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture(autouse=True)
def _own_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own settings file (language, backup folder), never the user's."""
    monkeypatch.setenv("FIELDBOOK_SETTINGS", str(tmp_path / "settings.json"))


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Modal message boxes recorded as ``(kind, title, text)`` instead of blocking the test.

    ``warning``, ``critical`` and ``information`` answer OK; ``question`` answers No (the safe
    choice), so a test that wants Yes patches the screen's own ``confirm``.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str, str]] = []

    def record(kind: str, answer: QMessageBox.StandardButton):
        def box(_parent, title, text, *_args, **_kwargs):
            shown.append((kind, title, text))
            return answer

        return staticmethod(box)

    ok, no = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind, ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", no))
    return shown
