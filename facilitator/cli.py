"""Headless verbs: import and export sheets, make kits and bundles, collect a camp.

The same store operations as the app, for organisers with many camps, for scripts and
for tests. Expected failures (a bad sheet, a bundle from another camp, a missing file)
end with a Danish message on stderr and exit code 2, never a traceback, and leave every
existing camp file exactly as it was.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from facilitator import cli_followup
from facilitator.cli_suggestions import suggestion_verbs
from facilitator.domain.messages import UserError
from facilitator.domain.transcription import SHEET_SUFFIXES
from facilitator.domain.transcription import SheetError
from facilitator.domain.words import counted
from facilitator.export.camp_exports import camp_pdf
from facilitator.export.camp_exports import cross_pdf
from facilitator.export.camp_exports import write_spreadsheet
from facilitator.program import ProgramError
from facilitator.program import load_program
from facilitator.sheet_files import read_sheet
from facilitator.store import CampStore
from facilitator.store import camp_lock
from facilitator.store.base import local_time
from facilitator.store.bundles import collect
from facilitator.store.bundles import deliveries
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit
from facilitator.store.transcription import IMPORTED_BEFORE
from facilitator.store.transcription import ImportSummary
from facilitator.store.transcription import check_import
from facilitator.store.transcription import import_sheet

OK, FAILED, BAD_INPUT = 0, 1, 2
NAMES_HELP = "erstat navnene på campens liste »Navne i rapporter« (camp-filen ændres ikke)"
#: More problems than this are summed up: nobody reads the 400th line.
MAX_PROBLEMS_SHOWN = 100


def say(err: UserError) -> str:
    """A UserError in Danish: the source texts are Danish, so no translation is needed."""
    return err.format(err.text)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # A file name that is not UTF-8 (an old stick) is printed escaped, never a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already explained on stderr
        return exc.code if isinstance(exc.code, int) else (OK if exc.code is None else BAD_INPUT)
    try:
        run: Callable[[argparse.Namespace], int] = args.run  # the verb's own function
        return run(args)
    except SheetError as err:
        _error(say(err))
        for problem in err.problems[:MAX_PROBLEMS_SHOWN]:
            _error(f"  {say(problem)}")
        if len(err.problems) > MAX_PROBLEMS_SHOWN:
            _error(f"  … og {len(err.problems) - MAX_PROBLEMS_SHOWN} fejl mere.")
    except UserError as err:
        _error(say(err))
    except ProgramError as err:
        _error(f"Programskabelonen kan ikke bruges: {err}")
    except OSError as err:
        where = f" »{err.filename}«" if err.filename else ""
        _error(f"Filen{where} kan ikke læses eller skrives: {err.strerror or err}.")
    except Exception as err:
        _error(f"Uventet fejl ({type(err).__name__}: {' '.join(str(err).split())[:300]}). "
               "Intet er gemt, og campen er uændret. Fortæl os gerne om fejlen.")
        return FAILED
    return BAD_INPUT


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(BAD_INPUT, f"{self.prog}: forkert brug: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="facilitator", description="Facilitator på kommandolinjen.")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="KOMMANDO",
                                  parser_class=_Parser)

    def verb(name: str, run: Callable[[argparse.Namespace], int], text: str, *,
             source: str = "camp", metavar: str = "CAMP", many: bool = False,
             out: str = "") -> _Parser:
        """A verb on the file ``source`` (``many``: one or more), writing ``--out`` if named."""
        p = verbs.add_parser(name, help=text, description=text)
        p.set_defaults(run=run)
        p.add_argument(source, type=Path, metavar=metavar, nargs="+" if many else None)
        if out:
            p.add_argument("--out", type=Path, required=True, metavar=out)
        return p

    p = verb("import-sheet", _import_sheet, "Indlæs et transskriberingsark (.csv/.xlsx) i en camp.",
             source="sheet", metavar="ARK")
    p.add_argument("--camp", type=Path, required=True, metavar="CAMP",
                   help="camp-filen; oprettes, hvis den ikke findes")
    p.add_argument("--program", default="camp_day", help="program til en ny camp (camp_day)")
    p.add_argument("--again", action="store_true",
                   help="indlæs arket, selv om campen har fået det før "
                        "(hver note kommer to gange)")

    p = verb("export-bundle", _export_bundle, "Gem et bords rækker som bordpakke.")
    p.add_argument("--table", required=True, metavar="BORD", help="bordets kode, fx H1-B2")
    p.add_argument("--out", type=Path, required=True, metavar="PAKKE")

    p = verb("collect", _collect, "Saml bordpakker (filer eller mapper) i campen.")
    p.add_argument("bundles", type=Path, nargs="+", metavar="PAKKE")

    verb("purge-deleted", _purge_deleted,
         "Slet teksten i alt slettet i campen for altid (kan ikke fortrydes).")

    p = verb("export-sheet", _export_sheet,
             "Gem campens noter som ark: .csv, eller .xlsx med et ark pr. trin.", out="ARK")
    p.add_argument("--pseudonymise", action="store_true", help=NAMES_HELP)

    p = verb("export-pdf", _export_pdf, "Gem campens opsamling (eller et bords bordark) som PDF.",
             out="PDF")
    p.add_argument("--table", metavar="BORD", help="kun dette bords bordark, fx H1-B2")
    p.add_argument("--pseudonymise", action="store_true", help=NAMES_HELP)

    p = verb("export-cross", _export_cross,
             "Gem flere camps gennemgående budskaber og kategorier side om side som PDF.",
             source="camps", many=True, out="PDF")
    p.add_argument("--pseudonymise", action="store_true",
                   help="erstat i hver camp navnene på dens liste »Navne i rapporter«")

    verb("export-kit", _export_kit, "Gem campen som kit til bordenes computere.", out="KIT")

    p = verb("open-kit", _open_kit, "Lav en bord-computers egen camp-fil ud fra et kit.",
             source="kit", metavar="KIT")
    p.add_argument("--camp", type=Path, required=True, metavar="CAMP")
    _dialogue_verbs(verb)
    suggestion_verbs(verb)
    cli_followup.add_verbs(verb)
    return parser


def _dialogue_verbs(verb: Callable[..., _Parser]) -> None:
    """The dialogue box (DESIGN.md §3): a dialogue's documentation, the kit to print, and
    the coordinator's overview of many gathered dialogues."""
    p = verb("export-dialogue", _export_dialogue, "Gem en dialogs dokumentation som PDF.",
             metavar="DIALOG", out="PDF")
    p.add_argument("--table", metavar="KODE", help="dialogens kode, fx D2 (når filen har flere)")
    p.add_argument("--pseudonymise", action="store_true", help=NAMES_HELP)

    p = verb("export-dialogue-kit", _export_dialogue_kit,
             "Gem dialogkassen til print som PDF: kort til at klippe ud og plakater.",
             metavar="DIALOG", out="PDF")
    p.add_argument("--poster", choices=["A4", "A3"], default="A4",
                   help="plakaternes papirstørrelse (A4)")
    p.add_argument("--pseudonymise", action="store_true", help=NAMES_HELP)

    p = verb("export-gathering", _export_gathering,
             "Gem overblikket over alle indsamlede dialoger som PDF.", metavar="DIALOG", out="PDF")
    p.add_argument("--pseudonymise", action="store_true", help=NAMES_HELP)


def _error(text: str) -> None:
    print(text, file=sys.stderr)


def _counted(counts: dict[str, int], names: dict[str, str]) -> str:
    return ", ".join(f"{names.get(k, k) or '(uden bord)'} {n}" for k, n in counts.items())


def _open_to_write(camp: Path) -> CampStore:
    """The camp, to write: refused while another copy of the app has it open (the store
    would open it read-only, and every change would be refused one by one)."""
    store = CampStore.open(camp)
    if store.held_elsewhere:
        store.close()
        raise UserError(camp_lock.HELD_ELSEWHERE, path=str(camp))
    return store


# -- verbs ------------------------------------------------------------------------------
def _import_sheet(args: argparse.Namespace) -> int:
    sheet, camp = args.sheet, args.camp
    rows = read_sheet(sheet)  # every problem of the sheet, before any camp is touched
    created = not camp.exists()
    done: list[ImportSummary] = []
    if created:
        # Built whole under another name: a kill leaves no camp, or one with every row.
        store = CampStore.create(camp, program=load_program(args.program), fill=lambda s:
                                 done.append(import_sheet(s, rows, source=sheet.name)))
    else:
        with CampStore.open(camp, snapshot=True) as reader:
            check_import(reader, rows, source=sheet.name)
        store = _open_to_write(camp)
    with store:
        try:
            summary = done[0] if done else import_sheet(store, rows, source=sheet.name,
                                                        again=args.again)
        except UserError as err:
            if err.text != IMPORTED_BEFORE:
                raise
            _error(say(err))
            _error("Skal det alligevel indlæses en gang til, så brug --again.")
            return BAD_INPUT
        steps = {s.key: s.title for s in store.frame.steps()}
    print(f"Indlæst {counted(summary.rows, '%n række', '%n rækker')} fra {sheet.name} i {camp.name}"
          f"{' (ny camp)' if created else ''}.")
    print(f"  Borde: {_counted(summary.per_table, {})}")
    print(f"  Trin: {_counted(summary.per_step, steps)}")
    for label, made in (("hovedgrupper", summary.main_groups_created),
                        ("borde", summary.tables_created), ("aktører", summary.actors_created),
                        ("forudsætninger", summary.prerequisites_created)):
        if made:
            print(f"  Nye {label}: {', '.join(made)}")
    return OK


def _export_bundle(args: argparse.Namespace) -> int:
    with CampStore.open(args.camp, snapshot=True) as store:
        manifest = export_bundle(store, args.table, args.out)
    c = manifest.counts
    print(f"Bordpakke for bord {manifest.table_code} gemt i {args.out}: "
          f"{counted(c['note'], '%n note', '%n noter')}, "
          f"{counted(c['front_page'], '%n avisforside', '%n avisforsider')}, "
          f"{c['contribution']} bidrag (inkl. slettede).")
    return OK


def _collect(args: argparse.Namespace) -> int:
    with _open_to_write(args.camp) as store:
        summary = collect(store, args.bundles)
        status = deliveries(store)
    for entry in summary.tables.values():
        print(f"Bord {entry.table_code}: {counted(entry.new, '%n ny', '%n nye')}, "
              f"{counted(entry.changed, '%n ændret', '%n ændrede')}, "
              f"{counted(entry.deleted, '%n slettet', '%n slettede')} "
              f"(seneste pakke {local_time(entry.last_bundle_at)}).")
    for path in summary.skipped:
        print(f"Sprunget over (konfliktkopi fra en synkroniseringstjeneste): {path.name}")
    if not summary.tables and not summary.refused:
        print("Ingen bordpakker fundet.")
    empty = [d.table_code for d in status if d.empty]
    if empty:
        print(f"Leveret, ingen noter: {', '.join(empty)}")
    missing = [d.table_code for d in status if not d.delivered]
    if missing:
        print(f"Mangler stadig pakke fra: {', '.join(missing)}")
    for _path, err in summary.refused:
        _error(f"Afvist: {say(err)}")
    return BAD_INPUT if summary.refused else OK


#: How the purge's tables are named in its report (one, several).
PURGED_NAMES = {
    "main_group": ("hovedgruppe", "hovedgrupper"), "camp_table": ("bord", "borde"),
    "step": ("trin", "trin"), "persona": ("persona", "personas"),
    "actor": ("aktør", "aktører"), "note": ("note", "noter"),
    "front_page": ("avisforside", "avisforsider"), "contribution": ("bidrag", "bidrag"),
    "dialogue": ("dialog", "dialoger"), "reading": ("termometermåling", "termometermålinger"),
    "card": ("dilemmakort", "dilemmakort"), "card_reflection": ("refleksion", "refleksioner"),
    "template_answer": ("svar på skabelonen", "svar på skabelonen"),
    "agreement": ("aftale", "aftaler"), "category": ("kategori", "kategorier"),
    "message": ("budskab", "budskaber"), "analysis_text": ("tekst om formålet",
                                                          "tekster om formålet"),
    "consolidated_prerequisite": ("forudsætning", "forudsætninger"),
    "pseudonym": ("navn i rapporter", "navne i rapporter"),
}


def _purge_deleted(args: argparse.Namespace) -> int:
    from facilitator.store.purge import purge_deleted

    with CampStore.open(args.camp) as store:
        summary = purge_deleted(store)
    if not summary.total:
        print(f"Ingen slettede tekster i {args.camp}; filen er ryddet.")
        return OK
    parts = ", ".join(f"{n} {PURGED_NAMES.get(t, (t, t))[n != 1]}"
                      for t, n in summary.cleared.items())
    things = counted(summary.total, "%n slettet ting", "%n slettede ting")
    print(f"Teksten i {things} er slettet for altid i {args.camp}: {parts}.")
    return OK


def _export_sheet(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() not in SHEET_SUFFIXES:
        _error(f"»{out}«: et ark gemmes som .csv eller .xlsx.")
        return BAD_INPUT
    with CampStore.open(args.camp, snapshot=True) as store:
        names = _names(store) if args.pseudonymise else None
        count = write_spreadsheet(store, out, pseudonyms=names)
    print(f"{counted(count, '%n række', '%n rækker')} gemt i {out}.")
    return OK


def _names(store: CampStore) -> dict[str, str]:
    """The camp's names in reports; says so when the list is empty."""
    names = store.names.pseudonyms()
    if not names:
        _error("Campen har ingen navne på listen »Navne i rapporter«; ingen navne er erstattet.")
    return names


def _export_pdf(args: argparse.Namespace) -> int:
    listed = 0
    if args.pseudonymise:
        with CampStore.open(args.camp, snapshot=True) as store:
            listed = len(_names(store))
    out = camp_pdf(args.camp, args.out, table_code=args.table, pseudonymise=args.pseudonymise)
    what = f"Bordark for bord {args.table}" if args.table is not None else "Opsamlingen"
    print(f"{what} er gemt i {out}.")
    if listed:
        print(f"  {listed} {'navn' if listed == 1 else 'navne'} er erstattet i rapporten; "
              "camp-filen er uændret.")
    return OK


def _export_cross(args: argparse.Namespace) -> int:
    out = cross_pdf(args.camps, args.out, pseudonymise=args.pseudonymise)
    count = len({p.resolve() for p in args.camps})
    print(f"Rapporten på tværs af {count} {'camp' if count == 1 else 'camps'} er gemt i {out}.")
    return OK


def _export_kit(args: argparse.Namespace) -> int:
    with CampStore.open(args.camp, snapshot=True) as store:
        manifest = export_kit(store, args.out)
    c = manifest.counts
    print(f"Camp-kit gemt i {args.out}: {counted(c['camp_table'], '%n bord', '%n borde')}, "
          f"{c['step']} trin, {counted(c['actor'], '%n aktør', '%n aktører')}.")
    return OK


def _open_kit(args: argparse.Namespace) -> int:
    path = open_kit(args.kit, args.camp)
    print(f"Camp-fil oprettet: {path}. Vælg dit bord, når du åbner den.")
    return OK


def _report_target(args: argparse.Namespace) -> None:
    """A dialogue PDF is never written over a camp, a kit, a bundle or its own file."""
    from facilitator.store.bundle_files import OTHER
    from facilitator.store.bundle_files import check_target

    check_target(args.out, OTHER, [args.camp])


def _export_dialogue(args: argparse.Namespace) -> int:
    from facilitator.export.dialogue_report import build_dialogue_report

    return _dialogue_pdf(args, lambda store, names: build_dialogue_report(
        store, args.out, table_code=args.table, pseudonyms=names),
        "Dialogens dokumentation er gemt i {out}.")


def _export_dialogue_kit(args: argparse.Namespace) -> int:
    from facilitator.export.dialogue_kit import build_dialogue_kit

    return _dialogue_pdf(args, lambda store, names: build_dialogue_kit(
        store, args.out, poster_size=args.poster, pseudonyms=names),
        "Dialogkassen til print er gemt i {out}.")


def _dialogue_pdf(args: argparse.Namespace,
                  build: Callable[[CampStore, dict[str, str] | None], Path], said: str) -> int:
    """One dialogue file's PDF, the same way for each: the target checked, the file read
    from a snapshot, its names replaced when asked; ``said`` tells where it went."""
    _report_target(args)
    with CampStore.open(args.camp, snapshot=True) as store:
        out = build(store, _names(store) if args.pseudonymise else None)
    print(said.format(out=out))
    return OK


def _export_gathering(args: argparse.Namespace) -> int:
    from facilitator.export.gathering_data import gathering_data
    from facilitator.export.gathering_report import render_gathering_report
    from facilitator.export.names import renamed

    _report_target(args)
    with CampStore.open(args.camp, snapshot=True) as store:
        data = renamed(gathering_data(store, images=True),
                       _names(store) if args.pseudonymise else None)
    out = render_gathering_report(data, args.out)
    print(f"Overblikket over {len(data.dialogues)} "
          f"{'dialog' if len(data.dialogues) == 1 else 'dialoger'} er gemt i {out}.")
    if data.waiting:
        print(f"  Endnu ingen dialog fra: {', '.join(data.waiting)}")
    return OK


if __name__ == "__main__":
    sys.exit(main())
