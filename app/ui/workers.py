"""One helper for all long work (STYLE §7): run a plain function off the GUI thread.

``start(fn, *args, on_done=..., on_error=..., title=..., parent=...)`` runs ``fn(*args, state)``
on a pool thread. ``state`` is a :class:`TaskState` the function uses to report progress and
to notice a cancel. Results and errors come back on the GUI thread through queued signals.
With a ``title``, a progress dialog with a Cancel button appears if the work takes longer
than a moment. Functions get ids and plain values, never widgets or ORM rows.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskState:
    """What a running task sees: progress to report and whether it was cancelled."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def set_progress(self, done: int, total: int, label: str = "") -> None:
        self._signals.progressed.emit(int(done), int(total), label)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, state: TaskState, sig: _Signals):
        super().__init__()
        self.fn, self.args, self.state, self.sig = fn, args, state, sig
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, self.state)
        except BaseException as e:  # every failure goes back to the GUI thread
            e.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.sig.failed.emit(e)
        else:
            self.sig.finished.emit(result)


class Task(QObject):
    """A started task; keeps its signals alive until it ends."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.state = TaskState(self.signals)
        self.done = False


_pool = QThreadPool()
_pool.setMaxThreadCount(2)
_running: set[Task] = set()


def start(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    title: str = "",
    parent: QWidget | None = None,
    delay_ms: int = 300,
) -> Task:
    """Run ``fn(*args, state)`` on a pool thread; call back on the GUI thread."""
    task = Task(parent)
    _running.add(task)
    dialog: QProgressDialog | None = None
    if title:
        dialog = QProgressDialog(
            title, QCoreApplication.translate("workers", "Cancel"), 0, 0, parent
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.state.cancel)

        def progressed(done: int, total: int, label: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if label:
                dialog.setLabelText(label)

        task.signals.progressed.connect(progressed)

    def finish() -> None:
        task.done = True
        _running.discard(task)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def finished(result: Any) -> None:
        finish()
        on_done(result)

    def failed(error: BaseException) -> None:
        finish()
        if on_error is not None:
            on_error(error)
        elif not isinstance(error, Cancelled):
            raise error

    task.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    _pool.start(_Runnable(fn, args, task.state, task.signals))
    return task


def wait_all(ms: int = 10_000) -> bool:
    """Wait for running tasks (closing the app, tests)."""
    return _pool.waitForDone(ms)
