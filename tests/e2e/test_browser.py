"""Entity HTML pages rendered by a real browser (headless Chromium from Debian)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import pytest

from tests.conftest import Server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI must have chromium (installed by .ci/run)")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")


def _render(url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=60)


def test_report_page_renders_with_links(server: Server) -> None:
    proc = _render(server.base_url + "/id/report/530112/2020.html", "--dump-dom")
    dom = proc.stdout
    assert "西山区2020年政府工作报告" in dom
    # outgoing statements and incoming links (targets set by this report) are both shown
    assert "planYear" in dom and "Linked from" in dom and "setBy" in dom
    assert "/id/target/530112/2020/" in dom


def test_target_page_screenshot(server: Server, tmp_path) -> None:
    shot = tmp_path / "target.png"
    url = server.base_url + "/id/report/530112/2020.html"
    proc = _render(url, f"--screenshot={shot}", "--window-size=1200,900")
    assert shot.exists() and shot.stat().st_size > 10_000, proc.stderr[-2000:]
