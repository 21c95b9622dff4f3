"""The course in JupyterLab, in a real browser: every lesson runs from the UI without an error.

JupyterLab is started on 127.0.0.1 with a random token, in a temporary folder holding
copies of the notebooks (running them in the browser must not touch the course's
files). Debian's chromium, driven by playwright, opens each lesson, runs all cells from
the Run menu, waits until every code cell has run and the kernel is idle, checks that
no cell shows an error, and saves a screenshot to tests/screenshots/. The server is
always stopped through its own process handle.

Skipped, with the reason, where chromium or playwright is missing (`.ci/run` installs
chromium; `uv sync` installs playwright). Never run `playwright install`: it downloads.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "tests" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LESSONS = [p for p in sorted(ROOT.glob("notebooks/[0-9]*.ipynb")) if not p.name.startswith("00_")]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (uv sync installs it)"
)
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="Debian's chromium is not installed (apt-get install chromium; .ci/run does)",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_settings(config: Path) -> None:
    """No news pop-up over the screenshots; every cell rendered (no lazy windowing)."""
    settings = config / "lab" / "user-settings" / "@jupyterlab"
    (settings / "apputils-extension").mkdir(parents=True)
    (settings / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    (settings / "notebook-extension").mkdir(parents=True)
    (settings / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"})
    )


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A running JupyterLab server: (base url, token, root folder)."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    for path in (root / "notebooks").glob("*.ipynb"):  # start as a learner does: nothing run yet
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"], cell["execution_count"] = [], None
        path.write_text(json.dumps(nb), encoding="utf-8")
    config, runtime = tmp_path_factory.mktemp("config"), tmp_path_factory.mktemp("runtime")
    write_settings(config)
    port, token = free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(config),
        "JUPYTER_RUNTIME_DIR": str(runtime),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip",
        "127.0.0.1",
        "--port",
        str(port),
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    with open(root / "server.log", "w") as log:
        server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        pytest.fail("JupyterLab did not start:\n" + (root / "server.log").read_text()[-2000:])
                    time.sleep(0.5)
            yield base, token, root
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=15)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def run_all(page, panel) -> None:
    """Run → Run All Cells, as a learner does (menu commands need a focused notebook)."""
    page.keyboard.press("Escape")
    panel.locator(".jp-Cell").first.click()
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator("li[data-command='runmenu:run-all']").click()


def code_cell_count(path: Path) -> int:
    """Code cells that run: JupyterLab never runs an empty one (a challenge's space for an answer)."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return sum(1 for cell in cells if cell["cell_type"] == "code" and "".join(cell["source"]).strip())


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_runs_in_jupyterlab(lab, browser, lesson):
    base, token, _root = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{base}/lab/tree/notebooks/{lesson.name}?reset&token={token}")  # reset: no other tabs
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        panel.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=90_000)
        page.get_by_text(re.compile(r"\| Idle$")).first.wait_for(timeout=90_000)  # kernel connected

        expected, prompts = code_cell_count(lesson), panel.locator(".jp-CodeCell .jp-InputPrompt")
        run_all(page, panel)
        started, deadline = time.monotonic(), time.monotonic() + 300
        while True:
            texts = prompts.all_inner_texts()
            done = sum(1 for t in texts if re.search(r"\[\d+\]", t)) == expected
            idle = panel.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").count() == 1
            if done and idle:
                break
            if idle and all(t.strip() == "[ ]:" for t in texts) and time.monotonic() - started > 15:
                run_all(page, panel)  # the first request reached no kernel: ask again
                started = time.monotonic()
            assert time.monotonic() < deadline, f"still running after 300 s: {texts}"
            time.sleep(1)

        errors = panel.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        assert errors.count() == 0, errors.first.inner_text()
        figures = panel.locator(".jp-RenderedImage img")
        assert figures.count() >= 1, "no figure was drawn"

        SCREENSHOTS.mkdir(exist_ok=True)
        figures.first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"{lesson.stem}.png"))
    finally:
        page.close()


def open_notebook(page, base, token, name):
    page.goto(f"{base}/lab/tree/notebooks/{name}?reset&token={token}")
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    panel.locator(".jp-RenderedMarkdown").first.wait_for(timeout=90_000)
    return panel


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
def test_challenge_answers_start_collapsed_and_open_on_a_click(lab, browser, lesson):
    base, token, _root = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        panel = open_notebook(page, base, token, lesson.name)
        details = panel.locator(".jp-MarkdownCell details")
        try:  # cells render one after another: wait for the second answer block
            details.nth(1).wait_for(state="attached", timeout=90_000)
        except sync_api.TimeoutError:
            pytest.fail("fewer than two challenges with a collapsed answer")
        first = details.first
        first.scroll_into_view_if_needed()
        assert first.get_attribute("open") is None, "the answer is shown before the learner asks"
        first.locator("summary").click()
        assert first.get_attribute("open") is not None
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{lesson.stem}-challenge.png"))
    finally:
        page.close()


def test_glossary_headings_have_the_anchors_lessons_link_to(lab, browser):
    sys.path.insert(0, str(ROOT / "tools"))
    from build_glossary import anchor, read_terms

    base, token, _root = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        panel = open_notebook(page, base, token, "glossary.ipynb")
        panel.locator(".jp-RenderedMarkdown h3").first.wait_for(timeout=30_000)
        ids = set(
            panel.locator(".jp-RenderedMarkdown h3").evaluate_all("hs => hs.map(h => h.dataset.jupyterId)")
        )  # JupyterLab 4 keeps a heading's anchor here
        missing = sorted(anchor(term) for term in read_terms() if anchor(term) not in ids)
        assert not missing, f"JupyterLab gives these headings other ids: {missing[:5]}"
    finally:
        page.close()
