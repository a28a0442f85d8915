"""Where the shipped resources live (fonts, templates, translations), in a checkout or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the ``app`` package, or inside a PyInstaller bundle (#7)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


FONT_REGULAR = resources_dir() / "fonts" / "Arimo-Regular.ttf"
FONT_BOLD = resources_dir() / "fonts" / "Arimo-Bold.ttf"
