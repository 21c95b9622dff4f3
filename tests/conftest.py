"""Fixtures the tests share."""

import pytest

from tests.folders import GOOD


@pytest.fixture
def folder(tmp_path):
    """A corpus folder with one good article in it (tests.folders.GOOD)."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path
