"""Token-guarded writes (SPARQL Update, Graph Store Protocol), disabled by default."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["update"])
