"""Read one article file as text, and say plainly what is wrong with a file that cannot be.

A corpus folder is filled by hand, so its files come in every encoding and form: UTF-8
with or without a byte-order mark, Windows-1252 from an old editor, UTF-16 or UTF-32 from
Windows' Notepad, a web page or a Word document saved with a .txt ending, a photo renamed
by mistake. :func:`read_article_file` reads what can be read and reports the rest as a
:class:`CorpusWarning` that names the file (a :class:`CorpusError` with ``strict=True``).

"""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

__all__ = [
    "ARTICLE_SUFFIXES",
    "LARGE_TEXT",
    "OTHER_DOCUMENTS",
    "WEB_ARCHIVE_SUFFIXES",
    "CorpusError",
    "CorpusWarning",
    "decode_bytes",
    "markup_kind",
    "read_article_file",
    "read_web_archive",
    "report",
    "warn_if_large",
]

#: The file endings read as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".mht", ".mhtml")
#: Web archives: the page and its images in one file ("Web page, single file").
WEB_ARCHIVE_SUFFIXES = (".mht", ".mhtml")
#: Endings of documents that are not read, and what to call them in a warning.
OTHER_DOCUMENTS = {
    ".rtf": "an RTF document",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".pages": "a Pages document",
    ".pdf": "a PDF",
    ".epub": "an e-book",
    ".webarchive": "a Safari web archive",
}
#: Text longer than this (in characters) is many articles' worth: the loader says so.
LARGE_TEXT = 2_000_000
#: Bytes looked at to tell a binary file from text.
_SNIFF = 8192

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|li|ul|article|section|script|meta|link|img)\b[^<>]{0,500}>", re.IGNORECASE
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


class CorpusError(ValueError):
    """A folder of articles cannot be loaded; the message says which file and why."""


class CorpusWarning(UserWarning):
    """One article file has a problem; the message says which file and what was done."""


def report(message: str, strict: bool) -> None:
    """Warn with ``message`` (a :class:`CorpusWarning`), or raise it as an error if ``strict``."""
    if strict:
        raise CorpusError(message)
    warnings.warn(message, CorpusWarning, stacklevel=3)


def markup_kind(text: str) -> str | None:
    """ "html" or "rtf" if ``text`` is a web page or an RTF document, else None.

    >>> markup_kind("<!DOCTYPE html><html><body>Hi</body></html>"), markup_kind(r"{\\rtf1 Hi}")
    ('html', 'rtf')
    >>> markup_kind("<div><p>" + "<br>" * 9 + "Talks</p></div>")
    'html'
    >>> markup_kind("Talks in <b>Ankara</b>") is None
    True
    """
    head = text[:4000]
    if head.lstrip().startswith("{\\rtf"):
        return "rtf"
    if _HTML_START.match(head):
        return "html"
    if head.lstrip().startswith("<") and len(_TAG.findall(head)) >= 10:  # a page's body, cut out
        return "html"
    return None


def _decode_wide(data: bytes, codec: str, label: str, name: str, strict: bool) -> str | None:
    """Decode UTF-16 or UTF-32; a file cut short or damaged is skipped with a warning."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        report(f"{name}: saved as {label} but cut short or damaged (at byte {error.start}); skipped", strict)
        return None
    report(f"{name}: saved as {label}; read as {label} (save it as UTF-8 to silence this)", strict)
    return text


def _utf16_without_mark(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" if ``data`` looks like UTF-16 text with no byte-order mark."""
    sample = data[:2000]
    if len(sample) < 8 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str, strict: bool = False) -> str | None:
    """The text in ``data`` (the bytes of the file called ``name``), or None with a warning.

    UTF-8 is expected. A byte-order mark is removed; UTF-16 and UTF-32 are decoded (a file
    cut short is skipped); a web page that names its character set is decoded with it;
    other text that is not UTF-8 is read as Windows-1252 (the usual culprit) with a
    warning; a binary file, a file with NUL bytes and an empty file are skipped.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        return _decode_wide(data, "utf-32", "UTF-32", name, strict)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_wide(data, "utf-16", "UTF-16", name, strict)
    wide = _utf16_without_mark(data)
    if wide:
        return _decode_wide(data, wide, "UTF-16 (no byte-order mark)", name, strict)
    if b"\x00" in data[:_SNIFF]:
        report(f"{name}: looks like a binary file, not text; skipped", strict)
        return None
    nul = data.find(b"\x00")
    if nul >= 0:
        report(
            f"{name}: contains {data.count(0):,} NUL byte(s), the first at byte {nul:,}; "
            "text never has them, so the file is damaged or not text; skipped",
            strict,
        )
        return None
    if data.startswith(codecs.BOM_UTF8):
        report(f"{name}: starts with a UTF-8 byte-order mark; the mark was removed", strict)
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        declared = _declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            report(f"{name}: not UTF-8 or Windows-1252 text (byte {error.start}); skipped", strict)
            return None
        report(
            f"{name}: not UTF-8 (byte {error.start}); read as Windows-1252, check its quotation marks and accents",
            strict,
        )
    return text


def _declared_charset(data: bytes) -> str | None:
    """The character set a web page declares in a <meta> tag, if Python knows it."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def read_article_file(path: Path, strict: bool = False) -> str | None:
    """The text of one article file, or None (with a warning naming it) if it cannot be used.

    See :func:`decode_bytes` for the encodings read. A file that cannot be opened (no
    permission, removed while loading) or holds only white space is skipped.
    """
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        report(f"{name}: cannot be read ({reason}); skipped", strict)
        return None
    text = decode_bytes(data, name, strict)
    if text is None:
        return None
    if not text.strip():
        report(f"{name}: is empty; skipped", strict)
        return None
    return text


def read_web_archive(path: Path, strict: bool = False) -> str | None:
    """The HTML page inside a web archive (``.mht``/``.mhtml``), or None with a warning.

    Browsers save "Web page, single file" as MHTML: a MIME message (like an e-mail)
    holding the page and its images. The first HTML part is the page.
    """
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        report(
            f"{path.name}: cannot be read ({(error.strerror or type(error).__name__).lower()}); skipped",
            strict,
        )
        return None
    message = message_from_bytes(data, policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html" and isinstance(part, EmailMessage):
            try:
                page = part.get_content()
            except (LookupError, UnicodeDecodeError, ValueError):
                break
            if isinstance(page, str) and page.strip():
                return page
    report(f"{path.name}: a web archive with no readable web page in it; skipped", strict)
    return None


def warn_if_large(text: str, name: str, strict: bool = False) -> None:
    """Warn when one file holds far more text than one article (see :data:`LARGE_TEXT`)."""
    if len(text) > LARGE_TEXT:
        report(
            f"{name}: {len(text) / 1e6:.1f} million characters, the length of hundreds of "
            "articles; if it holds many articles, split it into one file per article "
            "(every lesson treats a file as one article)",
            strict,
        )
