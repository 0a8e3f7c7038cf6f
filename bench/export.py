"""Exports: the camp PDF (the real camp_ff, and synthetic camps), and the spreadsheet.

* pdf: the larger fixture camp (``camp_ff.csv``, imported into a fresh camp) to PDF
  with ``facilitator.export.camp_report.build_camp_report``. Floor: reportlab drawing the
  same text as plain lines on a canvas, in the same embedded TrueType font: the lines
  are the product PDF's own text (read back once with pypdf). Runs alternate.
* pdf-large: 100 tables × 100 notes; and the scaling, time(10,000 notes) / time(1,000
  notes) (10 tables × 100 notes), the two alternating.
* sheet: the 10,000-note camp to XLSX (``export_rows`` + ``write_sheet``).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench.common import FIXTURES
from bench.common import Result
from bench.common import alternate
from bench.common import not_available
from bench.common import ratio
from bench.common import round_figures
from bench.common import summary
from bench.common import timed

PDF_TARGET_S, PDF_TARGET_RATIO = 1.0, 4.0
LARGE_TARGET_S, SCALING_TARGET = 10.0, 12.0
SHEET_TARGET_S = 3.0
#: pdf-large stops after this many runs once this much time is spent.
MIN_LARGE_RUNS, BUDGET_S = 2, 240.0


def _report_builder():
    try:
        from facilitator.export.camp_report import build_camp_report
    except ImportError:
        return None
    return build_camp_report


def fixture_camp(path: Path, sheet: Path = FIXTURES / "camp_ff.csv") -> Path:
    from facilitator.program import load_program
    from facilitator.sheet_files import read_sheet
    from facilitator.store import CampStore
    from facilitator.store.transcription import import_sheet

    with CampStore.create(path, program=load_program("camp_day"), title="") as store:
        import_sheet(store, read_sheet(sheet), source=sheet.name)
    return path


def pdf_lines(pdf: Path) -> list[list[str]]:
    """The text of each page of ``pdf``, as lines."""
    from pypdf import PdfReader

    return [page.extract_text().splitlines() for page in PdfReader(pdf).pages]


def draw_plain(pages: list[list[str]], out: Path) -> None:
    """The floor: the same lines drawn one under the other on A4 pages, Vera embedded."""
    import reportlab
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if "BenchVera" not in pdfmetrics.getRegisteredFontNames():
        fonts = Path(reportlab.__file__).parent / "fonts"
        pdfmetrics.registerFont(TTFont("BenchVera", str(fonts / "Vera.ttf")))
    canvas = Canvas(str(out), pagesize=A4)
    width, height = A4
    for lines in pages:
        canvas.setFont("BenchVera", 9)
        y = height - 50
        for line in lines:
            if y < 50:
                canvas.showPage()
                canvas.setFont("BenchVera", 9)
                y = height - 50
            canvas.drawString(50, y, line)
            y -= 11
        canvas.showPage()
    canvas.save()


def run_pdf(quick: bool = False) -> Result:
    from facilitator.store import CampStore

    title = "camp PDF (camp_ff fixture)"
    target = f"≤ {PDF_TARGET_S:g} s, ratio ≤ {PDF_TARGET_RATIO:g}"
    build = _report_builder()
    if build is None:
        return not_available("pdf", title, "s", target, "facilitator.export.camp_report")
    runs = 5 if quick else 11
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-pdf-") as tmp:
        folder = Path(tmp)
        with CampStore.open(fixture_camp(folder / "ff.camp")) as store:
            out, plain = folder / "ff.pdf", folder / "plain.pdf"
            build(store, out)  # warm-up: fonts, imports
            pages = pdf_lines(out)
            draw_plain(pages, plain)
            made, floor = alternate(lambda: timed(lambda: build(store, out)),
                                    lambda: timed(lambda: draw_plain(pages, plain)), runs)
            size = out.stat().st_size
    median, p95 = summary(made)
    floor_median, floor_p95 = summary(floor)
    r = ratio(median, floor_median)
    return round_figures(Result(
        name="pdf", title=title, unit="s", median=median, p95=p95, runs=runs,
        floor_median=floor_median, floor_p95=floor_p95, ratio=r, target=target,
        met=median <= PDF_TARGET_S and r is not None and r <= PDF_TARGET_RATIO,
        extra={"pages": len(pages), "bytes": size}))


def run_pdf_large(quick: bool = False) -> Result:
    from bench import synthetic
    from facilitator.store import CampStore

    title = "camp PDF, large (100×100); scaling 10k/1k notes"
    target = f"≤ {LARGE_TARGET_S:g} s, 10k/1k ≤ {SCALING_TARGET:g}"
    build = _report_builder()
    if build is None:
        return not_available("pdf-large", title, "s", target, "facilitator.export.camp_report")
    runs = 1 if quick else 5
    large: list[float] = []
    little: list[float] = []
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-pdf-large-") as tmp:
        folder = Path(tmp)
        big_path = synthetic.camp_copy(folder, tables=100, notes=100)
        small_path = synthetic.camp_copy(folder, tables=10, notes=100)
        with CampStore.open(big_path) as big, CampStore.open(small_path) as small:
            build(small, folder / "small.pdf")  # warm-up
            started = time.perf_counter()
            for _ in range(runs):
                # A run far over its target would take the whole benchmark's time: stop
                # after MIN_RUNS once the budget is spent (the note says so).
                if len(large) >= MIN_LARGE_RUNS and time.perf_counter() - started > BUDGET_S:
                    break
                large.append(timed(lambda: build(big, folder / "big.pdf")))
                little.append(timed(lambda: build(small, folder / "small.pdf")))
        from pypdf import PdfReader

        pages = len(PdfReader(folder / "big.pdf").pages)
    median, p95 = summary(large)
    small_median, small_p95 = summary(little)
    scaling = ratio(median, small_median)
    return round_figures(Result(
        name="pdf-large", title=title, unit="s", median=median, p95=p95, runs=len(large),
        floor_median=small_median, floor_p95=small_p95, ratio=scaling, target=target,
        met=median <= LARGE_TARGET_S and scaling is not None and scaling <= SCALING_TARGET,
        note="floor/ratio columns: the 1,000-note camp and time(10k)/time(1k)"
        + (f"; only {len(large)} of {runs} runs (time budget {BUDGET_S:g} s)"
           if len(large) < runs else ""),
        extra={"pages_10k": pages}))


def run_pdf_500(quick: bool = False) -> Result:
    """A camp of 500 notes (5 tables × 100), the size of a big real camp day."""
    from bench import synthetic
    from facilitator.store import CampStore

    title = "camp PDF, 500 notes (5×100)"
    target = f"≤ {PDF_TARGET_S:g} s"
    build = _report_builder()
    if build is None:
        return not_available("pdf-500", title, "s", target, "facilitator.export.camp_report")
    runs = 3 if quick else 9
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-pdf-500-") as tmp:
        folder = Path(tmp)
        path = synthetic.camp_copy(folder, tables=5, notes=100)
        with CampStore.open(path) as store:
            build(store, folder / "warm.pdf")
            times = [timed(lambda: build(store, folder / "r.pdf")) for _ in range(runs)]
    median, p95 = summary(times)
    return round_figures(Result(
        name="pdf-500", title=title, unit="s", median=median, p95=p95, runs=len(times),
        target=target, met=median <= PDF_TARGET_S))


def run_sheet(quick: bool = False) -> Result:
    from bench import synthetic
    from facilitator.export.transcription_sheet import write_sheet
    from facilitator.store import CampStore
    from facilitator.store.transcription import export_rows

    runs = 3 if quick else 7
    times, rows = [], 0
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-sheet-") as tmp:
        path = synthetic.camp_copy(Path(tmp), tables=100, notes=100)
        with CampStore.open(path) as store:
            for _ in range(runs):
                start = time.perf_counter()
                sheet_rows = export_rows(store)
                write_sheet(sheet_rows, Path(tmp) / "camp.xlsx")
                times.append(time.perf_counter() - start)
                rows = len(sheet_rows)
    median, p95 = summary(times)
    return round_figures(Result(
        name="sheet", title="spreadsheet (10k notes → XLSX)", unit="s", median=median, p95=p95,
        runs=runs, target=f"≤ {SHEET_TARGET_S:g} s", met=median <= SHEET_TARGET_S,
        extra={"rows": rows}))


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    for fn in (run_pdf, run_sheet, run_pdf_large):
        print(fn(quick))
