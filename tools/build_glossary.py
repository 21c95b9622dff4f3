"""Write notebooks/glossary.ipynb from the terms each lesson defines in tools/glossary/NN.md.

    uv run python tools/build_glossary.py

Each tools/glossary/NN.md holds the terms Lesson NN uses, one per heading:

    ### Jaccard similarity
    Two or three plain sentences. *Taught in: Lesson 02, section 3.*

The glossary lists every term once, in alphabetical order. A lesson links a term as
``[Jaccard similarity](glossary.ipynb#Jaccard-similarity)``: the anchor is the heading with its
spaces replaced by ``-``, which is the id JupyterLab gives the heading. A term defined twice is
an error (one home per idea). The notebook is generated: edit the .md files, never the notebook.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "glossary"
TARGET = ROOT / "notebooks" / "glossary.ipynb"
_TERM = re.compile(r"^###\s+(.+?)\s*$", re.M)

INTRO = """# Glossary

Every technical word the course uses, in two or three plain sentences, with the lesson that
teaches it. Click a term in a lesson to land here; use your browser's *Back* to return.

[Start page](00_start_here.ipynb)"""


def anchor(term: str) -> str:
    """The link target JupyterLab gives the heading ``### term``."""
    return term.strip().replace(" ", "-")


def read_terms(sources: Path = SOURCES) -> dict[str, str]:
    """term -> its definition, from every .md file in ``sources``."""
    terms: dict[str, str] = {}
    for path in sorted(sources.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        heads = list(_TERM.finditer(text))
        for head, following in zip(heads, [*heads[1:], None]):
            term = head.group(1)
            body = text[head.end() : following.start() if following else len(text)].strip()
            if term.casefold() in {t.casefold() for t in terms}:
                raise ValueError(f"{path.name}: the term {term!r} is already defined in another file")
            if not body:
                raise ValueError(f"{path.name}: the term {term!r} has no definition")
            terms[term] = body
    return terms


def glossary(terms: dict[str, str]) -> nbformat.NotebookNode:
    """The glossary notebook: an introduction, then one cell per initial letter."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    cells = [nbformat.v4.new_markdown_cell(INTRO)]
    by_letter: dict[str, list[str]] = {}
    for term in sorted(terms, key=str.casefold):
        by_letter.setdefault(term[0].upper(), []).append(f"### {term}\n\n{terms[term]}")
    for letter, entries in by_letter.items():
        cells.append(nbformat.v4.new_markdown_cell(f"## {letter}\n\n" + "\n\n".join(entries)))
    for number, cell in enumerate(cells):
        cell["id"] = f"glossary-{number:02d}"
    nb.cells = cells
    return nb


def write(target: Path = TARGET) -> Path:
    nbformat.write(glossary(read_terms()), target)
    return target


if __name__ == "__main__":
    print("wrote", write().relative_to(ROOT))
    sys.exit(0)
