"""The print run's canvas: each page written into the file as soon as it is finished.

ReportLab keeps every page of a document as Python objects (the page, its
drawing operators as text, its resources) until the file is written, then
formats them all at once: for a thousand letters that is about 5 KB held per
letter beyond the letter's share of the PDF (1.3 KB), and the formatting of a
thousand page dictionaries through ReportLab's generic objects was a fifth of
the time of the run.

:func:`letter_canvas_class` makes a canvas whose finished page is written at
once, as PDF bytes, at the end of the file being built: the page dictionary
(written directly: a page here only ever refers to the fonts and to forms)
and its stream, compressed.  A PDF's objects may lie in any order in the file
(the cross-reference table at the end says where each is), so the pages go
first, as they come, and what is only complete at the end (the fonts, whose
subsets are known once every letter is drawn, the forms, the page tree, the
catalogue) follows them when the canvas is saved.  What is held for a written
page is its bytes and where they start: memory grows with the PDF, which is
kept whole anyway (a print run is stored to be reprinted identically).

A page this writer does not know how to write (colour spaces or shadings,
annotations such as links, page boxes, a form used before it is defined) is
left to ReportLab, with its stream compressed already.

This reaches into ReportLab's document (``reportlab.pdfbase.pdfdoc``), which
is why ReportLab is pinned to one minor version (pyproject.toml); the tests
read every batch back with pypdf.  ReportLab is imported lazily (DESIGN §9).
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Callable
from functools import cache
from io import BytesIO
from typing import Any

# What reportlab.pdfbase.pdfdoc.PDFPage.check_format reads without a default.
_PAGE_ATTRIBUTES_READ = frozenset(
    {"MediaBox", "Rotate", "Annots", "Contents", "Resources", "Parent", "ExtGState"}
)
# Page attributes that, when set, mean a page this writer leaves to ReportLab.
_NOT_WRITTEN_HERE = ("CropBox", "ArtBox", "BleedBox", "TrimBox", "Dur", "Annots", "ExtGState")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_.]+")  # a PDF name that needs no escape
_AT_ONCE = 512  # entries of the page tree and the cross-reference table formatted together


class Output:
    """Where the canvas hands over the finished file: the bytes, kept as they are (a
    BytesIO would copy them, a second whole PDF in memory)."""

    def __init__(self) -> None:
        self.data = b""

    def write(self, data: bytes) -> int:
        self.data = data
        return len(data)


@cache
def letter_canvas_class() -> Any:
    """The canvas class (made once: ReportLab is imported on first use)."""
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase.pdfdoc import (
        BasicFonts,
        PDFArray,
        PDFDictionary,
        PDFDocument,
        PDFFile,
        PDFIndirectObject,
        PDFName,
        PDFObject,
        PDFPage,
        PDFPages,
        PDFStream,
        PDFTrailer,
        xObjectName,
    )
    from reportlab.pdfgen.canvas import Canvas

    class FileSoFar:
        """The file being built, started with the canvas: ReportLab's accumulator
        (``add`` returns where the bytes went), into one buffer that becomes the file's
        bytes without a copy (``BytesIO.getvalue`` hands over its own buffer; joining
        the pieces, as ReportLab does, held the PDF twice)."""

        def __init__(self, version: tuple[int, int]) -> None:
            self.buffer = BytesIO()
            self.offset = 0
            self.add(_header(version))

        def add(self, data: bytes) -> int:
            offset = self.offset
            self.buffer.write(data)
            self.offset += len(data)
            return offset

        def start_again(self, version: tuple[int, int]) -> None:
            """Write the header again for ``version``: the same length whatever the
            version, it was written before the document's version was final."""
            self.buffer.seek(0)
            self.buffer.write(_header(version))
            self.buffer.seek(0, 2)

        def data(self) -> bytes:
            return self.buffer.getvalue()

    def _header(version: tuple[int, int]) -> bytes:
        header: bytes = PDFFile(version).strings[0]
        return header

    class Kids(PDFObject):  # type: ignore[misc]
        """The page tree's pages, written a few hundred at a time (ReportLab's array of
        one reference object per page held 0.35 KB a page while the file was finished)."""

        def __init__(self, pages: array[int] | list[Any]) -> None:
            self.pages = pages

        def format(self, document: Any) -> bytes:
            pages = self.pages
            return b"[ %b ]" % b" ".join(
                b" ".join(
                    b"%d 0 R" % page
                    if isinstance(page, int)
                    else document.Reference(page).format(document)
                    for page in pages[start : start + _AT_ONCE]
                )
                for start in range(0, len(pages), _AT_ONCE)
            )

    class PageTree(PDFPages):  # type: ignore[misc]
        """ReportLab's page tree, whose pages already written are their object numbers:
        kept as an array (8 bytes a page) until a page left to ReportLab comes."""

        pages: array[int] | list[Any]

        def addPage(self, page: Any) -> None:
            if isinstance(page, int) and isinstance(self.pages, array):
                self.pages.append(page)
                return
            if isinstance(self.pages, array):
                self.pages = list(self.pages)
            self.pages.append(page)

        def check_format(self, document: Any) -> None:
            self.Kids = Kids(self.pages)
            self.Count = len(self.pages)

    class StreamingDocument(PDFDocument):  # type: ignore[misc]
        """ReportLab's document, whose pages are written into the file as they are added
        (:meth:`addPage`) and whose :meth:`format` continues that file with the objects
        not written yet (ReportLab's own, less what is already there).

        A written page and its stream have object numbers but no entry in ReportLab's
        tables of objects (three dictionaries, 0.6 KB a page): their offsets are kept
        by number (``written``).  So nothing may refer to such a page by ReportLab's
        name for it ("Page12": outlines, bookmarks, links to a page), which a print
        run never does.
        """

        file_so_far: FileSoFar
        page_tree: str  # ReportLab's name for the page tree
        written: array[int]  # by object number: where it starts in the file, -1 if not written
        objectcounter: int  # ReportLab's: the last object number given

        def addPage(self, page: Any) -> None:
            if not self._write(page):
                _pack(page)
                super().addPage(page)
                return
            self.pageCounter += 1
            self.inObject = None

        def _number(self) -> int:
            number = self.objectcounter + 1
            self.objectcounter = number
            return number

        def _write(self, page: Any) -> bool:
            """Write ``page`` at the end of the file; False when it is one to leave to
            ReportLab (drawn with something a page here never has)."""
            numbers = self.idToObjectNumberAndVersion
            if (
                page._colorsUsed
                or getattr(page, "_shadingUsed", None)
                or not page.stream
                or page.Trans.dict
                or any(getattr(page, name) for name in _NOT_WRITTEN_HERE)
            ):
                return False
            forms = page.XObjects
            entries = "" if forms is None else forms.entries(self)
            if entries is None:
                return False
            number, contents = self._number(), self._number()
            width, height = page.pagewidth, page.pageheight
            if page.Rotate in (90, 270):
                width, height = height, width
            procedures = "/PDF /Text /ImageB /ImageC /ImageI" if page.hasImages else "/PDF /Text"
            xobjects = f" /XObject << {entries} >>" if entries else ""
            page_object = (
                f"{number} 0 obj\n<< /Contents {contents} 0 R"
                f" /MediaBox [ {fp_str(0, 0, width, height)} ]"
                f" /Parent {numbers[self.page_tree][0]} 0 R"
                f" /Resources << /Font {numbers[BasicFonts][0]} 0 R"
                f" /ProcSet [ {procedures} ]{xobjects} >>"
                f" /Rotate {page.Rotate} /Type /Page >>\nendobj\n"
            )
            stream = zlib.compress(page.stream.encode("utf8"))
            file, written = self.file_so_far, self.written
            written.extend([-1] * (contents + 1 - len(written)))
            written[number] = file.add(page_object.encode("ascii"))
            written[contents] = file.add(
                b"%d 0 obj\n<< /Filter [ /FlateDecode ] /Length %d >>\nstream\n"
                % (contents, len(stream))
                + stream
                + b"\nendstream\nendobj\n"
            )
            self.Pages.addPage(number)
            return True

        def format(self) -> bytes:
            if self.encrypt.info():
                raise AssertionError("a print run is not encrypted: its file is")
            self.encrypt.prepare(self)
            catalogue, info = self.Reference(self.Catalog), self.Reference(self.info)
            file, written = self.file_so_far, self.written
            file.start_again(self._pdfVersion)
            names, objects, offsets = self.numberToId, self.idToObject, self.idToOffset
            starts = array("q")
            number = 1
            while number <= self.objectcounter:  # formatting may add objects: not a range
                if number < len(written) and written[number] >= 0:
                    starts.append(written[number])
                else:
                    name = names[number]
                    offsets[name] = file.add(PDFIndirectObject(name, objects[name]).format(self))
                    starts.append(offsets[name])
                number += 1
            xref = file.add(b"xref\n0 %d\n0000000000 65535 f \n" % (len(starts) + 1))
            for first in range(0, len(starts), _AT_ONCE):  # not a line per object at once
                piece = starts[first : first + _AT_ONCE]
                file.add(b"".join(b"%010d 00000 n \n" % start for start in piece))
            trailer = PDFTrailer(
                startxref=xref, Size=len(starts) + 1, Root=catalogue, Info=info, ID=self.ID()
            )
            file.add(trailer.format(self))
            return file.data()

    flate = PDFArray([PDFName("FlateDecode")])

    class PackedStream(PDFStream):  # type: ignore[misc]
        """A page's compressed stream, for a page left to ReportLab."""

        def format(self, document: Any) -> bytes:
            formatted: bytes = super().format(document)
            self.content = None  # formatted twice would raise: "stream content not set"
            return formatted

    class FormsOnPage(PDFObject):  # type: ignore[misc]
        """A page's forms, kept as their names (ReportLab's own dictionary holds a
        reference object per form per page: 3 KB for a page that uses a dozen)."""

        def __init__(self, names: list[str]) -> None:
            self.names = tuple(dict.fromkeys(names))

        def entries(self, document: Any) -> str | None:
            """The dictionary's entries written out, or None when a name needs escaping
            or a form is not defined yet."""
            numbers = document.idToObjectNumberAndVersion
            entries = []
            for name in sorted(self.names):
                internal = xObjectName(name)
                if not _PLAIN_NAME.fullmatch(name) or internal not in numbers:
                    return None
                entries.append("/{} {} {} R".format(internal, *numbers[internal]))
            return " ".join(entries)

        def format(self, document: Any) -> bytes:
            entries = self.entries(document)
            if entries is None:
                formatted: bytes = document.xobjDict(self.names).format(document)
                return formatted
            return f"<< {entries} >>".encode("ascii")

    class LetterCanvas(Canvas):  # type: ignore[misc]
        """The canvas of a print run: pages written as they are finished, and a letter's
        pages held back until its page count is known (:meth:`hold_page`)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            document = self._doc
            document.__class__ = StreamingDocument
            document.Pages.__class__ = PageTree
            document.Pages.pages = array("q")
            document.file_so_far = FileSoFar(document._pdfVersion)
            document.written = array("q")
            # Numbered now, so that each page can name its parent as it is written.
            document.page_tree = document.Reference(document.Pages).name
            self._held_pages: list[dict[str, Any]] = []

        def _setXObjects(self, thing: Any) -> None:
            if isinstance(thing, PDFPage) and self._formsinuse:
                thing.XObjects = FormsOnPage(self._formsinuse)
            else:
                super()._setXObjects(thing)

        def hold_page(self) -> None:
            """Start a new page, keeping the one drawn so far to be finished by
            :meth:`release_pages`."""
            # Without the list itself: a page's state that referred to it would be a
            # cycle, kept with the page's drawing until the collector ran (it is paused
            # during a print run, app.letters.prepare_batch).
            state = dict(self.__dict__)
            del state["_held_pages"]
            self._held_pages.append(state)
            self._startPage()

        def release_pages(self, decorate: Callable[[Any, int, int], None]) -> None:
            """Finish the pages held, each decorated with its number and the count."""
            held = self._held_pages
            self._held_pages = []
            for number, state in enumerate(held, start=1):
                self.__dict__.update(state)
                decorate(self, number, len(held))
                self.showPage()

    def _pack(page: Any) -> None:
        """A page left to ReportLab: its stream compressed now (ReportLab would keep the
        operators as text, five times the page's share of the PDF), with the filter
        ReportLab would apply at the end, and only the attributes it set."""
        if page.stream:
            page.Contents = PackedStream(
                PDFDictionary({"Filter": flate}), zlib.compress(page.stream.encode("utf8"))
            )
            page.Contents.__Comment__ = "page stream"
            page.stream = None
        page.__dict__ = {
            name: value
            for name, value in page.__dict__.items()
            if value is not None or name in _PAGE_ATTRIBUTES_READ
        }

    return LetterCanvas
