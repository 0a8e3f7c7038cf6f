"""What the organiser has collected: each table's latest bundle (the collect screen's list)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.store.reader import CampReader


@dataclass(frozen=True)
class TableDelivery:
    """A table of the camp and its latest collected bundle (``delivered`` False if none)."""

    table_id: str
    table_code: str
    delivered: bool = False
    bundles: int = 0
    bundle: str = ""
    bundle_created_at: str = ""
    received_at: str = ""
    new_rows: int = 0
    changed_rows: int = 0
    deleted_rows: int = 0
    #: Live rows of its own table the bundle carried; None for a delivery collected
    #: before schema 7 counted them.
    items: int | None = None
    #: The table's live notes already in this camp file, however they came (a bundle,
    #: typed here, a sheet, or the demo built in): a table with none delivered may have some.
    notes_in_file: int = 0

    @property
    def empty(self) -> bool:
        """Delivered, and the table wrote nothing (or deleted all it wrote)."""
        return self.delivered and self.items == 0


def deliveries(store: CampReader) -> list[TableDelivery]:
    """Every table of the camp with its latest collected bundle, in the camp's table order."""
    result = []
    notes = {r["table_id"]: r["n"] for r in store.records(
        "SELECT table_id, COUNT(*) AS n FROM note WHERE NOT deleted GROUP BY table_id")}
    for table in store.frame.tables():
        rows = store.records(
            "SELECT * FROM delivery WHERE table_id = ? "
            "ORDER BY bundle_created_at DESC, received_at DESC", [table.id])
        in_file = notes.get(table.id, 0)
        if not rows:
            result.append(TableDelivery(table_id=table.id, table_code=table.code,
                                        notes_in_file=in_file))
            continue
        last = rows[0]
        result.append(TableDelivery(
            table_id=table.id, table_code=table.code, notes_in_file=in_file,
            delivered=True, bundles=len(rows),
            bundle=last["bundle"], bundle_created_at=last["bundle_created_at"],
            received_at=last["received_at"], new_rows=last["new_rows"],
            changed_rows=last["changed_rows"], deleted_rows=last["deleted_rows"],
            items=last["items"]))
    return result
