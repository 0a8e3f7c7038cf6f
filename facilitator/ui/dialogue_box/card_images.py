"""Picture cards from files: checked, decoded by Qt, and kept small enough to travel.

The store keeps the bytes and the domain checks the first bytes (PNG or JPEG); here Qt
must also be able to decode the picture, or the card would show nothing in front of the
group. Photos straight from a phone are scaled down so the dialogue file stays small
enough to e-mail to the coordinator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QIODevice
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtGui import QImageWriter
from PySide6.QtGui import QPixmap

from facilitator.domain import messages as msg
from facilitator.domain.dialogue import NOT_AN_IMAGE
from facilitator.domain.dialogue import check_card_image
from facilitator.domain.messages import UserError
from facilitator.store import database

#: The longest side a stored picture keeps, and the size above which it is re-encoded.
MAX_SIDE = 1600
REENCODE_ABOVE = 1_500_000


def read_card_image(path: Path) -> bytes:
    """The picture to store for ``path``; UserError (in Danish) for anything else."""
    database.refuse_held_camp(Path(path), msg.AS_PICTURE)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(msg.CANNOT_READ, path=str(path),
                        detail=exc.strerror or str(exc)) from exc
    check_card_image(data[:16], Path(path).name)  # PNG or JPEG by its first bytes
    image = QImage.fromData(data)
    if image.isNull():
        raise UserError(NOT_AN_IMAGE, name=Path(path).name)
    if max(image.width(), image.height()) > MAX_SIDE or len(data) > REENCODE_ABOVE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        data = encode(image)
    check_card_image(data, Path(path).name)
    return data


def encode(image: QImage) -> bytes:
    """PNG when the picture has transparency, JPEG otherwise."""
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    png = image.hasAlphaChannel()
    writer = QImageWriter(device, QByteArray(b"PNG" if png else b"JPEG"))
    if not png:
        writer.setQuality(85)
    writer.write(image)
    device.close()
    return bytes(buffer.data())


def card_pixmap(data: bytes | None) -> QPixmap:
    """The picture as a pixmap (empty if there is none or it cannot be read)."""
    pixmap = QPixmap()
    if data:
        pixmap.loadFromData(data)
    return pixmap
