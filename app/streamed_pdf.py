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
page is its bytes and its object numbers: memory grows with the PDF, which is
kept whole anyway (a print run is stored to be reprinted identically).

A page this writer does not know how to write (images drawn on the page
itself, colour spaces, annotations, a form used before it is defined) is left
to ReportLab, with its stream compressed already.

This reaches into ReportLab's document (``reportlab.pdfbase.pdfdoc``), which
is why ReportLab is pinned to one minor version (pyproject.toml); the tests
read every batch back with pypdf.  ReportLab is imported lazily (DESIGN §9).
"""

from __future__ import annotations

import re
import zlib
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
        PDFCrossReferenceTable,
        PDFDictionary,
        PDFDocument,
        PDFFile,
        PDFIndirectObject,
        PDFName,
        PDFObject,
        PDFObjectReference,
        PDFPage,
        PDFPages,
        PDFStream,
        PDFTrailer,
        xObjectName,
    )
    from reportlab.pdfgen.canvas import Canvas

    class Written(PDFObject):  # type: ignore[misc]  # ReportLab ships no type hints
        """Stands, in the document's table of objects, for an object already in the file."""

        def format(self, document: Any) -> bytes:
            raise AssertionError("an object already written is written once")

    written = Written()

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

    class PageTree(PDFPages):  # type: ignore[misc]
        """ReportLab's page tree, whose pages already written are kept as their names
        (ReportLab's reference objects weigh 0.6 KB each)."""

        def check_format(self, document: Any) -> None:
            self.Kids = PDFArray(
                [
                    PDFObjectReference(page) if isinstance(page, str) else document.Reference(page)
                    for page in self.pages
                ]
            )
            self.Count = len(self.pages)

    class StreamingDocument(PDFDocument):  # type: ignore[misc]
        """ReportLab's document, whose :meth:`format` continues the file the pages went
        into and skips the objects already there (ReportLab's own, less that)."""

        file_so_far: FileSoFar
        objectcounter: int  # ReportLab's: the last object number given

        def new_number(self) -> tuple[str, int]:
            """A new object number, for an object written now (ReportLab's ``Reference``
            without an object to hold)."""
            number = self.objectcounter + 1
            self.objectcounter = number
            name = f"RelaisW{number}"
            self.idToObjectNumberAndVersion[name] = (number, 0)
            self.numberToId[number] = name
            self.idToObject[name] = written
            return name, number

        def format(self) -> bytes:
            if self.encrypt.info():
                raise AssertionError("a print run is not encrypted: its file is")
            self.encrypt.prepare(self)
            catalogue, info = self.Reference(self.Catalog), self.Reference(self.info)
            file = self.file_so_far
            file.start_again(self._pdfVersion)
            numbers, objects, offsets = self.numberToId, self.idToObject, self.idToOffset
            ids = []
            counter = 1
            while counter in numbers:  # formatting may add objects: not a range
                name = numbers[counter]
                if objects[name] is not written:
                    offsets[name] = file.add(PDFIndirectObject(name, objects[name]).format(self))
                ids.append(name)
                counter += 1
            xref = PDFCrossReferenceTable()
            xref.addsection(0, ids)
            start = file.add(xref.format(self))
            trailer = PDFTrailer(
                startxref=start, Size=len(ids) + 1, Root=catalogue, Info=info, ID=self.ID()
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
            document.file_so_far = FileSoFar(document._pdfVersion)
            # Numbered now, so that each page can name its parent as it is written.
            self._page_tree = document.Reference(document.Pages).name
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            super().showPage()
            pages = self._doc.Pages.pages
            page = pages[-1]
            if not self._write_page(page):
                _pack(page)

        def _write_page(self, page: Any) -> bool:
            """Write ``page`` into the file now; False when it is one to leave to ReportLab."""
            document = self._doc
            numbers = document.idToObjectNumberAndVersion
            forms = page.XObjects
            if (
                page._colorsUsed
                or getattr(page, "_shadingUsed", None)
                or not page.stream
                or page.Trans.dict
                or any(getattr(page, name) for name in _NOT_WRITTEN_HERE)
            ):
                return False
            entries = "" if forms is None else forms.entries(document)
            if entries is None:
                return False
            name = page.__InternalName__
            contents, contents_number = document.new_number()
            width, height = page.pagewidth, page.pageheight
            if page.Rotate in (90, 270):
                width, height = height, width
            procedures = "/PDF /Text /ImageB /ImageC /ImageI" if page.hasImages else "/PDF /Text"
            xobjects = f" /XObject << {entries} >>" if entries else ""
            page_object = (
                f"{numbers[name][0]} 0 obj\n<< /Contents {contents_number} 0 R"
                f" /MediaBox [ {fp_str(0, 0, width, height)} ]"
                f" /Parent {numbers[self._page_tree][0]} 0 R"
                f" /Resources << /Font {numbers[BasicFonts][0]} 0 R"
                f" /ProcSet [ {procedures} ]{xobjects} >>"
                f" /Rotate {page.Rotate} /Type /Page >>\nendobj\n"
            )
            stream = zlib.compress(page.stream.encode("utf8"))
            file = document.file_so_far
            offsets = document.idToOffset
            offsets[name] = file.add(page_object.encode("ascii"))
            offsets[contents] = file.add(
                b"%d 0 obj\n<< /Filter [ /FlateDecode ] /Length %d >>\nstream\n"
                % (contents_number, len(stream))
                + stream
                + b"\nendstream\nendobj\n"
            )
            document.idToObject[name] = written
            document.Pages.pages[-1] = name
            return True

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
