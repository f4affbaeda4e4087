"""Dataset self-description (DCAT, VoID) and read-only dumps."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["dataset"])
