"""Build the camp files of every schema version the app has had: ``schema_vK.camp``.

Each file is what version K of Facilitator would have written: an empty file with our
``application_id``, the migrations ``db/001 … db/K`` applied in order, and representative
rows inserted with plain SQL for that schema (no app code: the app of today must not
shape yesterday's files). ``tests/store/test_schema_files.py`` opens a copy of each with
today's store and checks that every value below survives the migration.

Run it after adding a migration (``db/NNN_*.sql``): extend :func:`rows_for` with the new
version's tables, then ``python tests/data/make_schema_files.py`` and commit the new file.
The files are small (page size 512, DELETE journal, vacuumed) and deterministic.
"""

from __future__ import annotations

import re
import sqlite3
import struct
import sys
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MIGRATIONS = HERE.parents[1] / "db"
#: "FCLT": the application_id of every camp file (facilitator.store.database.APPLICATION_ID).
APPLICATION_ID = 0x46434C54
STAMP = "2025-05-09T10:00:00.000000Z"
LATER = "2025-05-09T14:30:00.000000Z"


def ident(n: int) -> str:
    """A fixed UUID-shaped id, so the files are the same every time they are built."""
    return f"00000000-0000-4000-8000-{n:012d}"


CAMP = ident(1)
GROUP = ident(10)
TABLE_1, TABLE_2 = ident(20), ident(21)
STEP = {"indicators": ident(30), "dilemmas": ident(31), "front_pages": ident(32),
        "prerequisites": ident(33), "contributions": ident(34),
        "thermometer": ident(35), "triangle": ident(36), "dilemma_cards": ident(37),
        "free_sheet": ident(38), "agreements": ident(39)}
PERSONA = ident(40)
ACTOR_MUNICIPALITY, ACTOR_CITIZENS = ident(50), ident(51)
NOTE_VOTED, NOTE_PLAIN, NOTE_DILEMMA, NOTE_PREREQ, NOTE_OTHER_TABLE, NOTE_GROUP, \
    NOTE_DELETED, NOTE_LEVEL = (ident(60 + i) for i in range(8))
FRONT_PAGE = ident(70)
CONTRIBUTION_1, CONTRIBUTION_2 = ident(80), ident(81)
DELIVERY = ident(90)
CATEGORY = ident(100)
NOTE_CATEGORY = ident(101)
EXCERPT = ident(102)
MESSAGE = ident(110)
CONSOLIDATED = ident(111)
DIALOGUE = ident(120)
READING = ident(121)
CARD_TEXT, CARD_PICTURE = ident(122), ident(123)
REFLECTION = ident(124)
TEMPLATE_ANSWER = ident(125)
SHEET_IMPORT = ident(131)
AGREEMENT = ident(126)
PSEUDONYM = ident(130)
FOLLOWUP_COMMENT = ident(140)
COUNTED_WITH = ident(160)
COUNT_CITIZENS, COUNT_ASSOCIATIONS, COUNT_POLITICIANS, COUNT_DELETED = (
    ident(150 + i) for i in range(4))


def tiny_png() -> bytes:
    """A 1×1 PNG, made by hand: a picture card's image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xc0\x40\x20")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def _row(**values: Any) -> dict[str, Any]:
    return {"created_at": STAMP, "updated_at": STAMP, **values}


def rows_for(version: int) -> dict[str, list[dict[str, Any]]]:
    """The rows a camp of schema ``version`` holds, by table, in insertion order."""
    camp = _row(id=CAMP, title="Lejre camp – trivsel", core_task="Trivsel for unge",
                purpose="Unge skal trives i fritiden", date="2025-05-09",
                venue="Hvalsø Hallen", municipality="Lejre Kommune", language="da",
                participants=48, program="camp_day")
    if version >= 2:
        camp["code"] = "lj"
    steps = [
        ("indicators", "notes", "Indikatorer på succes"),
        ("dilemmas", "dilemmas", "Dilemmaer"),
        ("front_pages", "front_page", "Fremtidens forside"),
        ("prerequisites", "notes", "Forudsætninger"),
        ("contributions", "contributions", "Bidrag"),
    ]
    if version >= 5:
        steps += [
            ("thermometer", "thermometer", "Termometer"),
            ("triangle", "triangle", "Den omvendte trekant"),
            ("dilemma_cards", "dilemma_cards", "Dilemmakort"),
            ("free_sheet", "free_template", "Det frie ark"),
            ("agreements", "agreements", "Aftaler"),
        ]
    rows: dict[str, list[dict[str, Any]]] = {
        "camp": [camp],
        "main_group": [_row(id=GROUP, code="H1", name="Fritid", position=0)],
        "camp_table": [
            _row(id=TABLE_1, main_group_id=GROUP, code="H1-B1", facilitator="Anne",
                 chair="Bo", participants=6, position=0),
            _row(id=TABLE_2, main_group_id=GROUP, code="H1-B2", position=1),
        ],
        "step": [_row(id=STEP[key], position=i, kind=kind, key=key, title=title,
                      prompt=f"Spørgsmål til {title.lower()}", minutes=20)
                 for i, (key, kind, title) in enumerate(steps)],
        "persona": [_row(id=PERSONA, step_id=STEP["dilemmas"], name="Maja, 15",
                         description="Går til håndbold og vil hjem sent", position=0)],
        "actor": [_row(id=ACTOR_MUNICIPALITY, key="municipality", name="Kommunen", position=0),
                  _row(id=ACTOR_CITIZENS, key="citizens", name="Borgerne", position=1)],
        "note": [
            _row(id=NOTE_VOTED, step_id=STEP["indicators"], table_id=TABLE_1,
                 text="Flere unge i foreningerne", votes=3, selected=1, position=0,
                 updated_at=LATER),
            _row(id=NOTE_PLAIN, step_id=STEP["indicators"], table_id=TABLE_1,
                 text="Trygge cykelstier\nogså om vinteren", votes=1, position=1),
            _row(id=NOTE_DILEMMA, step_id=STEP["dilemmas"], table_id=TABLE_1,
                 text="Frihed mod tryghed", tag="dilemma", position=0),
            _row(id=NOTE_PREREQ, step_id=STEP["prerequisites"], table_id=TABLE_1,
                 text="Busser om aftenen", selected=1, position=0),
            _row(id=NOTE_OTHER_TABLE, step_id=STEP["indicators"], table_id=TABLE_2,
                 text="Æbler på træerne – og 💚", votes=2, position=0),
            _row(id=NOTE_GROUP, step_id=STEP["indicators"], main_group_id=GROUP,
                 text="Hovedgruppens egen note", position=0),
            _row(id=NOTE_DELETED, step_id=STEP["indicators"], table_id=TABLE_1,
                 text="Slettet note", position=2, deleted=1),
        ],
        "front_page": [_row(id=FRONT_PAGE, step_id=STEP["front_pages"], table_id=TABLE_1,
                            headline="Lejre vinder prisen", story="Ungdomsklubben er fuld",
                            quote="Det er vores by", quote_by="Sofie, 16", position=0)],
        "contribution": [
            _row(id=CONTRIBUTION_1, step_id=STEP["contributions"], table_id=TABLE_1,
                 prerequisite_id=NOTE_PREREQ, actor_id=ACTOR_MUNICIPALITY,
                 text="Forlæng linje 233", votes=2, selected=1, position=0),
            _row(id=CONTRIBUTION_2, step_id=STEP["contributions"], table_id=TABLE_1,
                 prerequisite_id=NOTE_PREREQ, actor_id=ACTOR_CITIZENS,
                 text="Forældre kører på skift", position=0),
        ],
    }
    if version >= 2:
        rows["delivery"] = [{
            "id": DELIVERY, "table_id": TABLE_2, "bundle": "Lejre-H1-B2.campbundle",
            "sha256": "ab" * 32, "bundle_created_at": STAMP, "received_at": LATER,
            "new_rows": 1, "changed_rows": 0, "deleted_rows": 0}]
    if version >= 3:
        rows["category"] = [_row(id=CATEGORY, step_id=STEP["indicators"], name="Fællesskab",
                                 position=0)]
        rows["note_category"] = [_row(id=NOTE_CATEGORY, note_id=NOTE_VOTED,
                                      category_id=CATEGORY)]
        rows["excerpt"] = [_row(id=EXCERPT, note_id=NOTE_PLAIN)]
        rows["step_summary"] = [{"step_id": STEP["indicators"],
                                 "text": "OPSUMMERET: fællesskab og tryghed",
                                 "updated_at": STAMP}]
    if version >= 4:
        rows["message"] = [_row(id=MESSAGE, heading="TVÆRGÅENDE SAMARBEJDE",
                                body="Foreninger og skoler skal tale sammen.", position=0)]
        rows["analysis_text"] = [_row(key="purpose_implications",
                                      text="Formålet holder, men mangler transport.")]
        rows["consolidated_prerequisite"] = [_row(id=CONSOLIDATED, text="Bedre busser",
                                                  position=0, note_id=NOTE_PREREQ)]
    if version >= 5:
        rows["note"].append(_row(id=NOTE_LEVEL, step_id=STEP["triangle"], table_id=TABLE_1,
                                 text="Vi kan selv starte en klub", level=3, position=0))
        rows["dialogue"] = [_row(id=DIALOGUE, table_id=TABLE_1, host="Karen",
                                 group_name="Ungdomsrådet", place="Biblioteket",
                                 date="2025-06-02", participants=7)]
        rows["reading"] = [_row(id=READING, step_id=STEP["thermometer"], table_id=TABLE_1,
                                round="start", value=7, label="AB", position=0)]
        rows["card"] = [
            _row(id=CARD_TEXT, step_id=STEP["dilemma_cards"], key="skole-1",
                 text="Din ven pjækker fra skole", position=0),
            _row(id=CARD_PICTURE, step_id=STEP["dilemma_cards"], caption="Skolegården",
                 image=tiny_png(), mime="image/png", position=1),
        ]
        rows["card_reflection"] = [_row(id=REFLECTION, card_id=CARD_TEXT, table_id=TABLE_1,
                                        question="what_would_you_do",
                                        text="Tale med ham først")]
        rows["template_answer"] = [_row(id=TEMPLATE_ANSWER, step_id=STEP["free_sheet"],
                                        table_id=TABLE_1, prompt_key="wish",
                                        prompt="Hvad ønsker I?", text="Et sted at være")]
        rows["agreement"] = [_row(id=AGREEMENT, step_id=STEP["agreements"], table_id=TABLE_1,
                                  what="Mødes igen i juni", who="Karen",
                                  by_when="2025-06-30", position=0)]
    if version >= 6:
        rows["pseudonym"] = [_row(id=PSEUDONYM, name="Karen Hansen", replacement="K.H.")]
    if version >= 7:
        rows["note"][0]["revision"] = 3
        rows["delivery"][0]["items"] = 1
        rows["sheet_import"] = [{"id": SHEET_IMPORT, "sha256": "cd" * 32,
                                 "name": "lejre-bord-2.csv", "rows": 4, "imported_at": LATER}]
    if version >= 8:
        # Dots per participant, as an organiser changed them: not the camp day's three,
        # so a test can tell a kept value from one the migration filled in.
        dots = {"indicators": 5, "prerequisites": 2}
        for step in rows["step"]:
            step["dots"] = dots.get(step["key"], 0)
    if version >= 9:
        # The organiser's follow-up of a contribution and an agreement (issue 18).
        rows["followup"] = [
            {"item_id": CONTRIBUTION_1, "kind": "contribution", "actor_id": ACTOR_CITIZENS,
             "person": "Bo Jensen", "deadline": "2025-09-01", "status": "in_progress",
             "created_at": STAMP, "updated_at": LATER},
            {"item_id": AGREEMENT, "kind": "agreement", "actor_id": None, "person": "",
             "deadline": "", "status": "done", "created_at": STAMP, "updated_at": STAMP}]
        rows["followup_comment"] = [_row(id=FOLLOWUP_COMMENT, item_id=CONTRIBUTION_1,
                                         date="2025-06-15", text="Ringet til busselskabet")]
    if version >= 10:
        # People by group: table 1 counted (a 0 entered too), table 2's only count
        # taken back (a tombstone: not counted).
        rows["participant_count"] = [
            _row(id=COUNT_CITIZENS, table_id=TABLE_1, group_key="citizens", people=4,
                 revision=1, updated_at=LATER),
            _row(id=COUNT_ASSOCIATIONS, table_id=TABLE_1, group_key="associations", people=2),
            _row(id=COUNT_POLITICIANS, table_id=TABLE_1, group_key="politicians", people=0),
            _row(id=COUNT_DELETED, table_id=TABLE_2, group_key="staff", people=3, deleted=1),
        ]
    if version >= 11:
        # Two notes of the indicators counted as one message, in the same category.
        rows["note_category"].append(_row(id=ident(161), note_id=NOTE_PLAIN,
                                          category_id=CATEGORY))
        rows["counted_with"] = [_row(id=COUNTED_WITH, note_id=NOTE_PLAIN,
                                     first_note_id=NOTE_VOTED)]
    return rows


def migrations() -> list[tuple[int, Path]]:
    found = []
    for path in sorted(MIGRATIONS.glob("[0-9][0-9][0-9]_*.sql")):
        match = re.match(r"(\d+)_", path.name)
        if match:
            found.append((int(match.group(1)), path))
    return found


def latest_version() -> int:
    return max(number for number, _ in migrations())


def versions() -> list[int]:
    """Every schema version the app has had: each migration's number (a number no
    migration has, which two branches may leave, was never a version)."""
    return [number for number, _ in migrations()]


def build(path: Path, version: int) -> Path:
    """A camp file of schema ``version`` at ``path`` (which must not exist)."""
    if path.exists():
        raise FileExistsError(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA page_size = 512")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number, script in migrations():
            if number > version:
                break
            conn.executescript(
                f"BEGIN;\n{script.read_text(encoding='utf-8')}\n"
                f"PRAGMA user_version = {number};\nCOMMIT;")
        conn.execute("BEGIN")
        for table, rows in rows_for(version).items():
            for row in rows:
                conn.execute(
                    f"INSERT INTO {table} ({', '.join(row)}) "
                    f"VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        conn.close()
    return path


def file_for(version: int, folder: Path = HERE) -> Path:
    return folder / f"schema_v{version}.camp"


def main() -> int:
    for version in versions():
        path = file_for(version)
        path.unlink(missing_ok=True)
        build(path, version)
        print(f"{path.name}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
