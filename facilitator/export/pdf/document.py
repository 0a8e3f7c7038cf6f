"""The document every report is set in, and how it is written to disk.

:class:`ReportDoc` is the page template: a header with the camp's name, a footer with
"side X af Y", a table of contents and PDF bookmarks for every :class:`Heading`, and
the document's metadata (title, author, subject, language). :func:`write_report`
builds it into a temporary file next to the target and renames it into place
(:func:`facilitator.written_files.write_via`), so a crash or a full disk never leaves
a half-written PDF under the real name.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import BaseDocTemplate
from reportlab.platypus import Flowable
from reportlab.platypus import Frame
from reportlab.platypus import PageTemplate
from reportlab.platypus import TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from facilitator import written_files
from facilitator.export.pdf.drawing import draw_text_lines
from facilitator.export.pdf.fonts import FONT
from facilitator.export.pdf.fonts import register_fonts
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import FRAME_HEIGHT
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import INK
from facilitator.export.pdf.styles import MARGIN_BOTTOM
from facilitator.export.pdf.styles import MARGIN_LEFT
from facilitator.export.pdf.styles import MARGIN_RIGHT
from facilitator.export.pdf.styles import MARGIN_TOP
from facilitator.export.pdf.styles import MUTED
from facilitator.export.pdf.styles import PAGE_SIZE
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import is_dry_run
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import fit_line
from facilitator.export.pdf.text import markup
from facilitator.export.pdf.text import plain
from facilitator.export.pdf.text import printable
from facilitator.export.pdf.text import wrap_text
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import Progress


# -- headings: table of contents and bookmarks --------------------------------------------
class Heading(Para):
    """A heading that lists itself in the contents and the PDF's bookmarks.

    ``level`` 0 and 1 go into the table of contents; deeper levels only into the
    bookmarks. ``toc=False`` keeps a heading out of both.
    """

    _count = 0

    def __init__(self, text: str, style: ParagraphStyle, *, level: int,
                 toc: bool = True) -> None:
        super().__init__(markup(text), style)
        Heading._count += 1
        self.toc_text = plain(text)
        self.toc_level = level if toc else None
        self.toc_key = f"h{Heading._count}"


def contents_table() -> TableOfContents:
    st = styles()
    toc = TableOfContents(dotsMinLevel=1)
    toc.levelStyles = [st.toc0, st.toc1]
    toc.tableStyle = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),  # no standard font sneaks into the file
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ])
    return toc


# -- page template ------------------------------------------------------------------------
@dataclass(frozen=True)
class PageFrame:
    """What the header and footer say; ``cover`` leaves the first page's header off."""

    header_left: str
    header_right: str
    footer_left: str
    cover: bool = False


class ReportDoc(BaseDocTemplate):
    """A4, generous margins, header and footer, contents, bookmarks and metadata.

    "side X af Y" needs Y before the last page is set, so the document is always built
    in (at least) two passes; a pass whose page count differs from the one the footer
    used asks for another, as an unresolved table of contents does.
    """

    def __init__(self, filename: str, *, frame: PageFrame, title: str, author: str,
                 subject: str, lang: str = "da",
                 progress: Progress | None = None) -> None:
        register_fonts()
        super().__init__(
            filename, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=plain(title),
            author=plain(author), subject=plain(subject), creator="Facilitator",
            lang=lang or "da", displayDocTitle=1, initialFontName=FONT,
        )
        self.page_frame = frame
        #: Page of every bookmarked heading, by key: this pass's, and the previous pass's
        #: (what a page reference drawn before its heading can print, see ``PageRef``).
        self.heading_pages: dict[str, int] = {}
        self.known_pages: dict[str, int] = {}
        #: Keys whose page a page reference printed in this pass.
        self.referenced: set[str] = set()
        self._total_used: int | None = None
        self._total_seen = 0
        body = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[body], onPage=self._decorate_cover),
            PageTemplate(id="body", frames=[body], onPage=self._decorate),
        ])
        if progress is not None:
            self.setProgressCallBack(progress)

    # -- passes -------------------------------------------------------------------------
    #: True while a pass only lays the story out (see :meth:`build_all`).
    dry_run = False

    def build_all(self, story: list, max_passes: int = 8) -> None:
        """Lay the story out to learn its page numbers, then draw it with them.

        Like reportlab's ``multiBuild`` (repeat until the contents and the page count
        no longer change), but passes alternate: a layout-only pass (see
        :func:`is_dry_run`) and a drawn one, which is kept when it confirms the page
        numbers it was given. Usually that is one dry and one drawn pass, where
        ``multiBuild`` draws twice. Page references (``PageRef``) print the pages of the
        pass before, and are checked like the contents. The garbage collector is held
        off meanwhile (see :func:`gc_paused`).
        """
        self._indexingFlowables = [f for f in story if f.isIndexing()]
        self._doSave = 0
        edits: list[tuple] = []
        self._multiBuildEdits = edits.append
        self.dry_run = True
        with gc_paused():
            try:
                for _ in range(max_passes + 1):
                    if self._onProgress:
                        self._onProgress("PASS", 0 if self.dry_run else 1)
                    for flowable in self._indexingFlowables:
                        flowable.beforeBuild()
                    self.known_pages, self.heading_pages = self.heading_pages, {}
                    self.referenced = set()
                    self.build(story[:])
                    for flowable in self._indexingFlowables:
                        flowable.afterBuild()
                    settled = self._allSatisfied() and all(
                        self.heading_pages.get(k) == self.known_pages.get(k)
                        for k in self.referenced)
                    if settled and not self.dry_run:
                        _save_binary(self.canv)
                        return
                    # After a dry pass the page numbers are (nearly always) known: draw the
                    # next one, and keep it if it confirms them; if not, lay out again.
                    self.dry_run = not self.dry_run
                    while edits:
                        edit = edits.pop(0)
                        edit[0](*edit[1:])
                raise IndexError(f"page numbers not settled after {max_passes} passes")
            finally:
                self.dry_run = False
                del self._multiBuildEdits

    def _allSatisfied(self) -> int:
        pages = self.page
        happy = super()._allSatisfied() and pages == self._total_used
        self._total_used = pages
        return int(happy)

    def afterFlowable(self, flowable: object) -> None:
        if isinstance(flowable, Heading) and flowable.toc_level is not None:
            level = flowable.toc_level
            self.heading_pages[flowable.toc_key] = self.page
            if level <= 1:
                self.notify("TOCEntry", (level, escape(flowable.toc_text), self.page,
                                         flowable.toc_key))
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.toc_key, level=level,
                                      closed=level > 0)

    # -- decoration -----------------------------------------------------------------------
    def _page_label(self) -> str:
        total = self._total_used or self.page
        return f"side {self.page} af {max(total, self.page)}"

    def _decorate_cover(self, canv, doc) -> None:
        if self.dry_run:
            return
        canv.saveState()
        width, height = PAGE_SIZE
        canv.setFillColor(ACCENT)
        canv.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        canv.rect(MARGIN_LEFT, MARGIN_BOTTOM - 6 * mm, 28 * mm, 1.6, stroke=0, fill=1)
        self._footer(canv)
        canv.restoreState()

    def _decorate(self, canv, doc) -> None:
        if self.dry_run:
            return  # a layout pass's drawing is thrown away
        canv.saveState()
        width, height = PAGE_SIZE
        top = height - MARGIN_TOP + 9 * mm
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        right_text = self.page_frame.header_right
        right_w = pdfmetrics.stringWidth(right_text, FONT, 7.5)
        left_text = fit_line(plain(self.page_frame.header_left),
                             FRAME_WIDTH - right_w - 12 * mm, 7.5)
        canv.drawString(MARGIN_LEFT, top, left_text)
        canv.drawRightString(width - MARGIN_RIGHT, top, right_text)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_LEFT, top - 2.6 * mm, width - MARGIN_RIGHT, top - 2.6 * mm)
        self._footer(canv)
        canv.restoreState()

    def _footer(self, canv) -> None:
        width = PAGE_SIZE[0]
        y = MARGIN_BOTTOM - 12 * mm
        label = self._page_label()
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        label_w = pdfmetrics.stringWidth(label, FONT, 7.5)
        canv.drawString(MARGIN_LEFT, y, fit_line(plain(self.page_frame.footer_left),
                                                 FRAME_WIDTH - label_w - 12 * mm, 7.5))
        canv.setFillColor(INK)
        canv.drawRightString(width - MARGIN_RIGHT, y, label)


def _save_binary(canv) -> None:
    """``canv.save()`` with the streams only compressed, not also ASCII85-encoded.

    ASCII85 makes a PDF a quarter larger and, in pure Python, costs about a tenth of
    the whole build; every PDF reader takes binary streams.
    """
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canv.save()
    finally:
        rl_config.useA85 = before


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold Python's cyclic garbage collector off while a report is built.

    A large report allocates hundreds of thousands of small objects that live until
    it is written; every collection walks all of them again, which made the 10,000-note
    report a third slower (and more so the larger it got). Reference counting still
    frees what is dropped, and the collector runs as usual afterwards. Nested and
    concurrent builds share one pause.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def write_report(out_path: OutPath, story: Callable[[], list[Flowable]], *,
                 frame: PageFrame, title: str, author: str, subject: str, lang: str = "da",
                 progress: Progress | None = None) -> Path:
    """Set the flowables ``story()`` makes in a :class:`ReportDoc` and write the PDF to
    ``out_path`` whole or not at all; returns the path."""

    def build(temp: Path) -> None:
        doc = ReportDoc(str(temp), frame=frame, title=title, author=author,
                        subject=subject, lang=lang, progress=progress)
        doc.build_all(story())

    return written_files.write_via(Path(out_path), build)


def write_named_report(out_path: OutPath, story: Callable[[], list[Flowable]], *,
                       kind: str, name: str, municipality: str, footer: tuple[str, ...],
                       subject: str, lang: str, author: str = "", cover: bool = False,
                       progress: Progress | None = None) -> Path:
    """:func:`write_report` for a report called »kind: name«: the header says »kind ·
    name« with the municipality beside it, the footer the ``footer`` parts there are;
    the author is the municipality unless ``author`` names one."""
    return write_report(
        out_path, story,
        frame=PageFrame(header_left=f"{kind} · {name}", header_right=municipality,
                        footer_left=" · ".join(p for p in footer if p), cover=cover),
        title=f"{kind}: {name}", author=author or municipality, subject=subject, lang=lang,
        progress=progress)


class PageRef(Flowable):
    """A line of text naming the page a heading is on (``{page}`` in ``template``),
    linked to it.

    The page is the one the previous layout pass found (``ReportDoc.known_pages``);
    the document is built again until it no longer changes. Without it (a document
    built in one pass) ``fallback`` is printed.
    """

    def __init__(self, template: str, key: str, *, fallback: str = "",
                 style: ParagraphStyle | None = None, width: float = FRAME_WIDTH) -> None:
        super().__init__()
        self.template = template
        self.key = key
        self.fallback = fallback or template.replace("{page}", "").strip()
        self.style = style or styles().muted
        self.width = width

    def _lines(self, text: str) -> list[str]:
        st = self.style
        return wrap_text(printable(text), st.fontName, st.fontSize, self.width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        longest = max(len(self._lines(self.template.replace("{page}", "0000"))),
                      len(self._lines(self.fallback)))
        self.height = longest * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        referenced = getattr(doc, "referenced", None)
        if referenced is not None:
            referenced.add(self.key)
        if is_dry_run(self.canv):
            return
        page = getattr(doc, "known_pages", {}).get(self.key)
        text = self.template.replace("{page}", str(page)) if page else self.fallback
        st = self.style
        y = self.height - st.fontSize
        lines = []
        for line in self._lines(text):
            lines.append((0.0, y, line, st))
            y -= st.leading
        c = self.canv
        c.saveState()
        draw_text_lines(c, lines)
        c.restoreState()
        if page:
            c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)
