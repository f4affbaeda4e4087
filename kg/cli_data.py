"""Reference-data and linking commands (``kg load-divisions``, ``kg link …``)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main CLI."""
