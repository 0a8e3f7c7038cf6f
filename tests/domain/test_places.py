"""Which folders are no place for a live camp file, and what bundles are called."""

from __future__ import annotations

import pytest

from facilitator.domain.places import NETWORK
from facilitator.domain.places import REMOVABLE
from facilitator.domain.places import SYNCED
from facilitator.domain.places import bundle_file_name
from facilitator.domain.places import safe_file_stem
from facilitator.domain.places import shared_place


@pytest.mark.parametrize(("path", "kind"), [
    (r"C:\Users\anne\OneDrive - Lejre Kommune\Camps\camp.camp", SYNCED),
    ("/Users/anne/Library/CloudStorage/OneDrive-Personal/camp.camp", SYNCED),
    ("/home/bo/Dropbox/camp.camp", SYNCED),
    (r"G:\Mit drev\Google Drive\camp.camp", SYNCED),
    ("/Users/anne/Library/Mobile Documents/com~apple~CloudDocs/camp.camp", SYNCED),
    (r"C:\Users\anne\iCloudDrive\camp.camp", SYNCED),
    ("/home/bo/Sync/syncthing/camp.camp", SYNCED),
    (r"C:\Users\anne\Lejre Kommune\SharePoint - Camps\camp.camp", SYNCED),
    (r"\\filserver\faelles\camp.camp", NETWORK),
    ("//filserver/faelles/camp.camp", NETWORK),
    ("/media/anne/USB/camp.camp", REMOVABLE),
    ("/run/media/anne/USB/camp.camp", REMOVABLE),
    ("/mnt/usb/camp.camp", REMOVABLE),
    ("/Volumes/KINGSTON/camp.camp", REMOVABLE),
])
def test_synced_network_and_removable_places_are_named(path: str, kind: str) -> None:
    assert shared_place(path) == kind


@pytest.mark.parametrize("path", [
    "/home/anne/.local/share/Facilitator/camp.camp",
    r"C:\Users\anne\AppData\Roaming\Facilitator\camp.camp",
    "/Users/anne/Documents/Camps/camp.camp",
    "/home/anne/mediaplan/camp.camp",  # 'media' only as a part of a name
    "/srv/mnt/camp.camp",  # a folder called mnt, not the mount root
    "/media",
])
def test_the_laptops_own_disk_is_fine(path: str) -> None:
    assert shared_place(path) is None


def test_a_mapped_network_drive_is_known_by_its_file_system() -> None:
    assert shared_place(r"S:\Camps\camp.camp") is None
    assert shared_place(r"S:\Camps\camp.camp", fs_type="CIFS") == NETWORK
    assert shared_place("/home/anne/camp.camp", fs_type="ext4") is None


def test_bundle_names_are_safe_everywhere() -> None:
    assert bundle_file_name("ff", "Camp 3", "H1-B2", ".campbundle") == "ff-H1-B2.campbundle"
    assert bundle_file_name("", "Camp 3: Fritid", "H1/B2", ".campbundle") == \
        "Camp 3_ Fritid-H1_B2.campbundle"
    assert safe_file_stem("  ...  ") == "camp"
    assert safe_file_stem('a<b>c:"d"?') == "a_b_c_d_"
