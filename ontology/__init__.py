"""The govreport-kg ontology, SHACL shapes and example graphs, shipped as package data."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable


def path(*parts: str) -> Traversable:
    """A file or folder inside the ontology package."""
    return resources.files(__name__).joinpath(*parts)
