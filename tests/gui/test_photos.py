"""Staff can replace any illustration with a photo (JPEG, PNG or WebP) through a content pack."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.cli import main
from kiosk.tools.itemtree import walk
from tests.conftest import DEFAULT_PACK
from tests.gui.conftest import Kiosk


def pack_with_photo(tmp_path: Path, suffix: str) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(DEFAULT_PACK, pack)
    photo = QImage(640, 400, QImage.Format.Format_RGB32)
    photo.fill(QColor("#3a7"))
    assert photo.save(str(pack / f"booth-photo.{suffix}"))
    toml = pack / "content.toml"
    text = toml.read_text(encoding="utf-8")
    old = 'file = "illustrations/03-digital-government.svg"\nkind = "illustration"'
    assert old in text
    toml.write_text(text.replace(old, f'file = "booth-photo.{suffix}"\nkind = "photo"'), "utf-8")
    return pack


@pytest.mark.parametrize("suffix", ["jpg", "png", "webp"])
def test_a_photo_replaces_an_illustration(
    open_kiosk: Callable[..., Kiosk], tmp_path: Path, suffix: str
) -> None:
    pack = pack_with_photo(tmp_path, suffix)
    assert main(["validate", str(pack)]) == 0
    kiosk = open_kiosk(view="card:3", content=str(pack))
    page = kiosk.item("page-digital-government")
    image = next(i for i in walk(page) if i.objectName() == "detailImage")
    picture = next(i for i in walk(image) if i.metaObject().indexOfProperty("paintedWidth") >= 0)
    assert str(picture.property("source").toString()).endswith(f"booth-photo.{suffix}")
    assert picture.property("paintedWidth") > 0
    labels = [i for i in walk(page) if str(i.property("text") or "") in ("插圖", "Illustration")]
    assert not [label for label in labels if label.isVisible()], (
        "a photo is not marked illustration"
    )
