"""The composition root: builds the concrete stores and engines from `Settings`.

Tests build a `Container` the same way with their own settings, so every path is wired
exactly as in production.
"""

from __future__ import annotations

from functools import cached_property

from sqlalchemy.engine import Engine

from core.settings import Settings
from portfolio import db


class Container:
    """Lazily created parts of one aipmo process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def engine(self) -> Engine:
        return db.make_engine(self.settings.effective_database_url)

    def upgrade_database(self) -> None:
        db.upgrade(self.settings.effective_database_url)
