"""pytest set-up shared by every test.

Lessons (notebooks/) and exercise solutions (exercises/solutions/) are checked with
nbval output by output. The student copies (exercises/*.ipynb) have their answers
blanked, so for them we only check that every cell runs without an error (nbval-lax).

nbval is switched on here rather than with ``--nbval`` in pyproject.toml's addopts, so
that ``-p no:nbval`` (unit tests and docstring examples only) is not an unknown option.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).parent
STUDENT_COPIES = ROOT / "exercises"
SANITIZE = ROOT / "tests" / "nbval_sanitize.cfg"


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.hasplugin("nbval"):
        return
    option = config.option
    if not (option.nbval or option.nbval_lax):
        option.nbval = True  # what `--nbval` would set
    option.nbval_current_env = True  # the kernel of this environment, as `uv run` set it up
    if option.nbval_sanitize_with is None:
        option.nbval_sanitize_with = str(SANITIZE)


def pytest_collectstart(collector: pytest.Collector) -> None:
    path = Path(str(getattr(collector, "path", "")))
    if path.suffix == ".ipynb" and path.parent == STUDENT_COPIES:
        collector.compare_outputs = False  # nbval's own switch, as --nbval-lax sets it
