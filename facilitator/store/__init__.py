"""SQLite storage. The only package that imports sqlite3 or sqlite_utils."""

from facilitator.store.camp import CampStore
from facilitator.store.database import APPLICATION_ID
from facilitator.store.database import SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "CampStore"]
