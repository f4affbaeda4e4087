"""Every setting is documented in the README and has a description."""

from __future__ import annotations

from pathlib import Path

from kg.config import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")


def test_every_setting_is_documented() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description, f"{name} has no description"
        assert f"KG_{name.upper()}" in README, f"KG_{name.upper()} missing from README"


def test_settings_come_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("KG_QUERY_TIMEOUT_S", "2.5")
    monkeypatch.setenv("KG_CORS_ORIGINS", '["https://example.org"]')
    s = Settings()
    assert s.query_timeout_s == 2.5 and s.cors_origins == ["https://example.org"]
