"""The dialogue box to print ("Dialogkassen til print"): the physical kit as one PDF.

* a first page saying what is in the kit and how to print and cut it;
* the thermometer poster: the scale 1–10 as a tube in a cold-to-warm colour gradient
  (drawn with reportlab graphics), numbers, a line per number for the group's dots, and
  the two ends named;
* the inverted triangle poster: the three bands, broad to near, and the step's three
  questions beside their numbers;
* the creative sheet, when the program has one: its prompts with room to write;
* the dilemma cards as cut-out sheets: A4, eight cards to a page in a 2 × 4 grid with
  light dashed cut lines running to the paper's edge; a text card shows its situation,
  a picture card its picture (from the card itself) and caption.

Posters come on A4 or A3 (``poster_size``); card sheets are always A4. Every text comes
from the file (the program's steps, the deck), so a program sets its own wording.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import Rect
from reportlab.lib.colors import Color
from reportlab.lib.colors import HexColor
from reportlab.lib.colors import white
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A3
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from facilitator import written_files
from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import intro_lines
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.export.dialogue_charts import BAND_COLOURS
from facilitator.export.dialogue_charts import triangle_bands
from facilitator.export.dialogue_charts import value_colour
from facilitator.export.dialogue_data import BOTTOM_LABEL
from facilitator.export.dialogue_data import QUESTION_LABELS
from facilitator.export.dialogue_data import TOP_LABEL
from facilitator.export.dialogue_data import CardRow
from facilitator.export.dialogue_data import FileInfo
from facilitator.export.dialogue_data import card_rows
from facilitator.export.dialogue_data import file_info
from facilitator.export.dialogue_data import level_questions
from facilitator.export.dialogue_data import template_prompts
from facilitator.export.names import renamed
from facilitator.export.pdf.fonts import FONT
from facilitator.export.pdf.fonts import FONT_BOLD
from facilitator.export.pdf.fonts import register_fonts
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import ACCENT_LIGHT
from facilitator.export.pdf.styles import INK
from facilitator.export.pdf.styles import MUTED
from facilitator.export.pdf.text import markup
from facilitator.export.pdf.text import plain
from facilitator.export.report_files import NameMap
from facilitator.export.report_files import OutPath
from facilitator.store.reader import CampReader

#: Cards per sheet: two across, four down.
COLUMNS, ROWS = 2, 4
CARDS_PER_PAGE = COLUMNS * ROWS
#: The sheet's margin around the card grid, and the cards' own inner margin.
SHEET_MARGIN = 12 * mm
CARD_PAD = 7 * mm
CUT_COLOUR = HexColor("#aab4b8")
POSTER_SIZES = {"A4": A4, "A3": A3}


@dataclass(frozen=True)
class KitData:
    file: FileInfo
    thermometer: Step | None
    triangle: Step | None
    template: Step | None
    cards_step: Step | None
    cards: tuple[CardRow, ...]


def kit_data(store: CampReader) -> KitData:
    """The steps the kit prints (the first of each kind) and the deck with its pictures."""
    steps = store.frame.steps()

    def first(kind: str) -> Step | None:
        return next((s for s in steps if s.kind == kind), None)

    cards_step = first(StepKind.DILEMMA_CARDS)
    cards = tuple(card_rows(store, cards_step.id)) if cards_step is not None else ()
    return KitData(file=file_info(store), thermometer=first(StepKind.THERMOMETER),
                   triangle=first(StepKind.TRIANGLE), template=first(StepKind.FREE_TEMPLATE),
                   cards_step=cards_step, cards=cards)


def build_dialogue_kit(store: CampReader, out_path: OutPath, *,
                       poster_size: str = "A4",
                       pseudonyms: NameMap | None = None) -> Path:
    """Write the printable kit of ``store``'s dialogue program to ``out_path``."""
    data = renamed(kit_data(store), pseudonyms)
    return render_dialogue_kit(data, out_path, poster_size=poster_size)


def render_dialogue_kit(data: KitData, out_path: OutPath, *,
                        poster_size: str = "A4") -> Path:
    poster = POSTER_SIZES.get(poster_size.upper(), A4)

    def build(path: Path) -> None:
        register_fonts()
        c = Canvas(str(path), pagesize=A4, lang=data.file.language or "da", initialFontName=FONT)
        c.setTitle(plain(f"Dialogkassen til print: {data.file.program or data.file.title}"))
        c.setAuthor(plain(data.file.municipality))
        c.setSubject(plain(data.file.program or "Dialogkassen"))
        c.setCreator("Facilitator")
        _intro_page(c, data, poster_size.upper() if poster is not A4 else "A4")
        if data.thermometer is not None:
            _page(c, poster)
            thermometer_poster(c, data.thermometer, data.file, poster)
        if data.triangle is not None:
            _page(c, poster)
            triangle_poster(c, data.triangle, data.file, poster)
        if data.template is not None:
            _page(c, A4)
            template_sheet(c, data.template, data.file)
        pages = card_pages(data.cards)
        for number, chunk in enumerate(pages, start=1):
            _page(c, A4)
            card_sheet(c, chunk, title=data.cards_step.title if data.cards_step else "",
                       page=number, pages=len(pages))
        c.save()

    return written_files.write_via(Path(out_path), build)


def _page(c: Canvas, size: tuple[float, float]) -> None:
    """End the page drawn so far and start one of ``size``."""
    c.showPage()
    c.setPageSize(size)


def card_pages(cards: Sequence[CardRow]) -> list[list[CardRow]]:
    return [list(cards[i:i + CARDS_PER_PAGE]) for i in range(0, len(cards), CARDS_PER_PAGE)]


# -- text helpers --------------------------------------------------------------------------
def _style(size: float, *, bold: bool = False, colour: Color = INK, align: int = TA_LEFT,
           leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(f"kit{size}{bold}", fontName=FONT_BOLD if bold else FONT,
                          fontSize=size, leading=leading or size * 1.28, textColor=colour,
                          alignment=align)


def draw_text(c: Canvas, text: str, x: float, top: float, width: float,
              style: ParagraphStyle) -> float:
    """User text (made safe) wrapped to ``width`` with its top at ``top``; its height."""
    p = Paragraph(markup(text), style)
    _, h = p.wrap(width, 10**6)
    p.drawOn(c, x, top - h)
    return h


def fit_text(text: str, width: float, height: float, *, largest: float, smallest: float,
             bold: bool = False, align: int = TA_CENTER) -> Paragraph:
    """The text at the largest size (down to ``smallest``) that fits the box; a text too
    long even then is shortened with "…"."""
    size = largest
    while True:
        p = Paragraph(markup(text), _style(size, bold=bold, align=align))
        _, h = p.wrap(width, 10**6)
        if h <= height:
            return p
        if size - 0.5 >= smallest:
            size -= 0.5
            continue
        words = text.split()
        if len(words) <= 1:
            return p
        text = " ".join(words[:-1]).rstrip(",.;:") + " …"
        if len(words) > 400:
            text = " ".join(words[:400]) + " …"


def _footer(c: Canvas, file: FileInfo, size: tuple[float, float]) -> None:
    w, _ = size
    s = w / A4[0]
    c.setFont(FONT, 7.5 * s)
    c.setFillColor(MUTED)
    c.drawString(SHEET_MARGIN * s, 10 * mm * s, plain(file.program or "Dialogkassen"))
    if file.municipality:
        c.drawRightString(w - SHEET_MARGIN * s, 10 * mm * s, plain(file.municipality))


# -- the first page ------------------------------------------------------------------------
def _intro_page(c: Canvas, data: KitData, poster_size: str) -> None:
    w, h = A4
    x, width = 25 * mm, w - 50 * mm
    c.setFillColor(ACCENT)
    c.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
    top = h - 35 * mm
    top -= draw_text(c, " · ".join(p for p in ("DIALOGKASSEN TIL PRINT",
                                               data.file.municipality.upper()) if p),
                     x, top, width, _style(9, bold=True, colour=ACCENT)) + 8
    top -= draw_text(c, data.file.program or "Dialogkassen", x, top, width,
                     _style(26, bold=True, leading=32)) + 16
    parts: list[str] = []
    if data.thermometer is not None:
        parts.append(f"Plakat: {data.thermometer.title} ({poster_size})")
    if data.triangle is not None:
        parts.append(f"Plakat: {data.triangle.title} ({poster_size})")
    if data.template is not None:
        parts.append(f"Ark: {data.template.title}")
    if data.cards:
        pages = len(card_pages(data.cards))
        parts.append(f"{len(data.cards)} dilemmakort på {pages} ark (A4) til at klippe ud")
    top -= draw_text(c, "Indhold", x, top, width, _style(13, bold=True, colour=ACCENT)) + 6
    for part in parts:
        top -= draw_text(c, f"• {part}", x + 4, top, width - 4, _style(11)) + 4
    top -= 14
    top -= draw_text(c, "Sådan printer I", x, top, width, _style(13, bold=True, colour=ACCENT)) + 6
    for tip in (
        "Print i faktisk størrelse (100 %), ikke »tilpas til siden«, så kortene passer.",
        "Print gerne kortene på tykt papir eller karton. Klip langs de stiplede linjer; "
        "linjerne fortsætter ud til papirets kant, så I også kan bruge en papirskærer.",
        "Hæng termometeret og trekanten op, hvor alle kan se dem. Deltagerne kan sætte en "
        "prik ud for det tal, der passer, og noter på trekantens niveauer.",
        "Skriv gruppens svar ind i Facilitator undervejs, så er dialogen dokumenteret, "
        "når I går hjem.",
    ):
        top -= draw_text(c, f"• {tip}", x + 4, top, width - 4, _style(10.5)) + 4
    _footer(c, data.file, A4)


# -- the thermometer poster ----------------------------------------------------------------
def thermometer_drawing(height: float, *, tube_w: float,
                        bulb_r: float) -> tuple[Drawing, dict[int, float]]:
    """The tube and bulb, filled cold blue (1, bottom) to warm red (10, top); and where on
    the drawing each number of the scale stands (its colour is the tube's there)."""
    width = bulb_r * 2 + 4
    d = Drawing(width, height)
    cx, line = width / 2, max(1.6, tube_w / 22)
    bulb_cy = bulb_r + 2
    tube_top = height - 2
    d.add(Circle(cx, bulb_cy, bulb_r, fillColor=white, strokeColor=INK, strokeWidth=line))
    d.add(Rect(cx - tube_w / 2, bulb_cy, tube_w, tube_top - bulb_cy, rx=tube_w / 2,
               ry=tube_w / 2, fillColor=white, strokeColor=INK, strokeWidth=line))
    d.add(Circle(cx, bulb_cy, bulb_r - line / 2, fillColor=white, strokeColor=None))
    inner = tube_w - 4 * line
    fill_top = tube_top - tube_w / 2
    low, high = bulb_cy + bulb_r + tube_w * 0.35, fill_top - tube_w * 0.1
    ticks = {v: low + (high - low) * (v - 1) / (len(SCALE) - 1) for v in SCALE}

    def value_at(y: float) -> float:
        return 1 + 9 * max(0.0, min(1.0, (y - low) / (high - low)))

    strips = 160
    span = fill_top - bulb_cy
    for i in range(strips):
        y = bulb_cy + span * i / strips
        d.add(Rect(cx - inner / 2, y, inner, span / strips + 0.6,
                   fillColor=value_colour(value_at(y + span / strips / 2)), strokeColor=None))
    d.add(Circle(cx, fill_top, inner / 2, fillColor=value_colour(10), strokeColor=None))
    d.add(Circle(cx, bulb_cy, bulb_r - 2.5 * line, fillColor=value_colour(1), strokeColor=None))
    return d, ticks


def _titled(c: Canvas, step: Step, size: tuple[float, float], *, points: float,
            gap: float) -> tuple[float, float, float]:
    """A poster's or sheet's title drawn at the top of the page, everything scaled with
    the paper (A3 is A4 × √2); returns the scale, the margin and the top below the
    title."""
    s = size[0] / A4[0]
    margin = 20 * mm * s
    top = size[1] - margin
    top -= draw_text(c, step.title, margin, top, size[0] - 2 * margin,
                     _style(points * s, bold=True, colour=ACCENT)) + gap * s
    return s, margin, top


def thermometer_poster(c: Canvas, step: Step, file: FileInfo,
                       size: tuple[float, float]) -> None:
    w = size[0]
    s, margin, top = _titled(c, step, size, points=28, gap=8)
    width = w - 2 * margin
    top -= draw_text(c, step.prompt, margin, top, width, _style(12.5 * s)) + 22 * s
    bottom = 22 * mm * s
    tube_w, bulb_r = 46 * s, 40 * s
    drawing, ticks = thermometer_drawing(top - bottom, tube_w=tube_w, bulb_r=bulb_r)
    tx = margin + 30 * s
    renderPDF.draw(drawing, c, tx, bottom)
    right = tx + drawing.width / 2 + tube_w / 2
    for value, at in ticks.items():
        y = bottom + at
        colour = value_colour(value)
        c.setStrokeColor(INK)
        c.setLineWidth(1.4 * s)
        c.line(right, y, right + 10 * s, y)
        c.setFillColor(colour)
        c.setFont(FONT_BOLD, 24 * s)
        c.drawRightString(right + 50 * s, y - 8.5 * s, str(value))
        c.setStrokeColor(Color(colour.red, colour.green, colour.blue, alpha=0.6))
        c.setLineWidth(0.9 * s)
        c.setDash(1.5 * s, 3.5 * s)
        c.line(right + 60 * s, y, w - margin, y)
        c.setDash()
    label_x = right + 62 * s
    c.setFont(FONT_BOLD, 14 * s)
    c.setFillColor(value_colour(10))
    c.drawString(label_x, bottom + ticks[10] + 12 * s, plain(TOP_LABEL))
    c.setFillColor(value_colour(1))
    c.drawString(label_x, bottom + ticks[1] - 22 * s, plain(BOTTOM_LABEL))
    c.setFont(FONT, 10 * s)
    c.setFillColor(MUTED)
    c.drawString(label_x, bottom + 8 * s,
                 "Sæt en prik ud for det tal, der passer – eller ét mærke for hele gruppen.")
    _footer(c, file, size)


# -- the triangle poster -------------------------------------------------------------------
def triangle_drawing(width: float, height: float) -> Drawing:
    """The inverted triangle's three bands, broad (1) at the top to near (3) at the tip."""
    return triangle_bands(width, height, gap=max(2.0, height * 0.012))[0]


def triangle_poster(c: Canvas, step: Step, file: FileInfo, size: tuple[float, float]) -> None:
    w, h = size
    s, margin, top = _titled(c, step, size, points=28, gap=6)
    width = w - 2 * margin
    intro = intro_lines(step.prompt)
    if intro:
        top -= draw_text(c, intro, margin, top, width, _style(13 * s)) + 12 * s
    questions = level_questions(step)
    tri_h = min(h * 0.40, top - h * 0.40)
    drawing = triangle_drawing(width, tri_h)
    renderPDF.draw(drawing, c, margin, top - tri_h)
    band = tri_h / 3
    for i in range(3):
        y = top - (i + 0.5) * band
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, (46 if i < 2 else 30) * s)
        c.drawCentredString(w / 2, y - (16 if i < 2 else 10) * s, str(i + 1))
    top -= tri_h + 22 * s
    badge = 17 * s
    for i, question in enumerate(questions):
        c.setFillColor(HexColor(BAND_COLOURS[i]))
        c.circle(margin + badge, top - badge, badge, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 18 * s)
        c.drawCentredString(margin + badge, top - badge - 6.5 * s, str(i + 1))
        height = draw_text(c, question, margin + 2 * badge + 12 * s, top - 4 * s,
                           width - 2 * badge - 12 * s, _style(17 * s))
        top -= max(2 * badge, height + 4 * s) + 14 * s
    _footer(c, file, size)


# -- the creative sheet --------------------------------------------------------------------
def template_sheet(c: Canvas, step: Step, file: FileInfo) -> None:
    _, margin, top = _titled(c, step, A4, points=22, gap=6)
    width = A4[0] - 2 * margin
    intro = intro_lines(step.prompt)
    if intro:
        top -= draw_text(c, intro, margin, top, width, _style(11.5)) + 10
    prompts = template_prompts(step)
    room = (top - 22 * mm) / max(1, len(prompts))
    for prompt in prompts:
        height = draw_text(c, prompt, margin, top, width, _style(13, bold=True))
        box_top = top - height - 6
        box_h = room - height - 18
        c.setFillColor(ACCENT_LIGHT)
        c.roundRect(margin, box_top - box_h, width, box_h, 6, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(1)
        y = box_top - 26
        while y > box_top - box_h + 8:
            c.line(margin + 10, y, margin + width - 10, y)
            y -= 24
        top -= room
    _footer(c, file, A4)


# -- the dilemma cards ---------------------------------------------------------------------
def card_grid() -> tuple[float, float]:
    """The size of one card on the sheet (width, height)."""
    w, h = A4
    return (w - 2 * SHEET_MARGIN) / COLUMNS, (h - 2 * SHEET_MARGIN) / ROWS


def cut_lines(c: Canvas) -> None:
    """Light dashed lines between and around the cards, running on to the paper's edge."""
    w, h = A4
    cw, ch = card_grid()
    c.saveState()
    c.setStrokeColor(CUT_COLOUR)
    c.setLineWidth(0.5)
    c.setDash(3, 3)
    for col in range(COLUMNS + 1):
        x = SHEET_MARGIN + col * cw
        c.line(x, 0, x, h)
    for row in range(ROWS + 1):
        y = SHEET_MARGIN + row * ch
        c.line(0, y, w, y)
    c.restoreState()


def card_sheet(c: Canvas, cards: Sequence[CardRow], *, title: str, page: int,
               pages: int) -> None:
    w, h = A4
    cw, ch = card_grid()
    cut_lines(c)
    c.setFont(FONT, 7)
    c.setFillColor(MUTED)
    c.drawString(SHEET_MARGIN + 4, h - SHEET_MARGIN + 4,
                 plain(f"{title or 'Dilemmakort'} · klip langs de stiplede linjer"))
    c.drawRightString(w - SHEET_MARGIN - 4, h - SHEET_MARGIN + 4, f"ark {page} af {pages}")
    for i, card in enumerate(cards):
        col, row = i % COLUMNS, i // COLUMNS
        x = SHEET_MARGIN + col * cw
        y = h - SHEET_MARGIN - (row + 1) * ch
        draw_card(c, card, x, y, cw, ch)


def draw_card(c: Canvas, card: CardRow, x: float, y: float, width: float,
              height: float) -> None:
    """One card in its cell: a label and number, the situation or picture, the questions."""
    pad = CARD_PAD
    inner_w = width - 2 * pad
    c.saveState()
    c.setFillColor(ACCENT)
    c.rect(x + pad, y + height - pad - 2.2, 18, 2.2, stroke=0, fill=1)
    c.setFont(FONT_BOLD, 7)
    c.drawString(x + pad, y + height - pad - 12, "DILEMMAKORT")
    c.setFillColor(MUTED)
    c.setFont(FONT, 7)
    c.drawRightString(x + width - pad, y + height - pad - 12, str(card.number))
    questions = " · ".join(QUESTION_LABELS.values())
    q = fit_text(questions, inner_w, 20, largest=6.5, smallest=5, align=TA_CENTER)
    q.style.textColor = MUTED
    _, qh = q.wrap(inner_w, 20)
    q.drawOn(c, x + pad, y + pad)
    box_top = y + height - pad - 20
    box_bottom = y + pad + qh + 6
    box_h = box_top - box_bottom
    if card.is_picture:
        caption_h = 0.0
        caption = None
        if card.caption.strip() or card.text.strip():
            caption = fit_text(card.caption.strip() or card.text.strip(), inner_w,
                               box_h * 0.32, largest=11, smallest=7, bold=True)
            _, caption_h = caption.wrap(inner_w, box_h)
        picture_h = box_h - caption_h - (6 if caption is not None else 0)
        if not _draw_picture(c, card, x + pad, box_bottom + caption_h + 6, inner_w, picture_h):
            c.setFillColor(MUTED)
            c.setFont(FONT, 8)
            c.drawCentredString(x + width / 2, box_bottom + caption_h + picture_h / 2,
                                "(billedet kan ikke vises)")
        if caption is not None:
            caption.drawOn(c, x + pad, box_bottom)
    else:
        p = fit_text(card.text, inner_w, box_h, largest=14, smallest=7.5)
        _, ph = p.wrap(inner_w, box_h)
        p.drawOn(c, x + pad, box_bottom + (box_h - ph) / 2)
    c.restoreState()


def _draw_picture(c: Canvas, card: CardRow, x: float, y: float, width: float,
                  height: float) -> bool:
    if not card.image or height <= 10:
        return False
    try:
        reader = ImageReader(BytesIO(card.image))
        iw, ih = reader.getSize()
        if not iw or not ih:
            return False
        scale = min(width / iw, height / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(reader, x + (width - dw) / 2, y + (height - dh) / 2, dw, dh, mask="auto")
    except Exception:  # a damaged picture: the card still prints, with a note
        return False
    return True
