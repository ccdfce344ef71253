"""What ``QPdfWriter`` cannot write, added to its PDF as an incremental update: the outline (a
bookmark per slide or section), the document's subject and its language.

Qt 6.12's ``QPdfWriter`` sets the title, author and creator but has no outline, subject or
language. An incremental update (PDF 1.7, 7.5.6) leaves every byte Qt wrote in place and appends
new objects, a new catalog and info dictionary under their old numbers, a cross-reference
section for them and a trailer pointing back at Qt's: every reader applies it, and a reader that
failed on it would still find Qt's own document before it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


class PdfStructureError(ValueError):
    """The PDF is not laid out as ``QPdfWriter`` writes it."""


def pdf_text(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte-order mark, as hexadecimal."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


@lru_cache(maxsize=2)
def _offsets(data: bytes) -> dict[int, int]:
    """Where each object's dictionary starts (after its ``<<``), the last definition winning."""
    return {
        int(match.group(1)): match.end()
        for match in re.finditer(rb"(?<![0-9])(\d+) 0 obj\s*<<", data)
    }


def _object_body(data: bytes, number: int) -> bytes:
    """The dictionary of object ``number`` without its ``<<`` ``>>`` (the last definition)."""
    start = _offsets(data).get(number)
    if start is None:
        raise PdfStructureError(f"object {number} not found")
    end = data.find(b"endobj", start)
    if end < 0:
        raise PdfStructureError(f"object {number} has no end")
    body = data[start:end].rstrip()
    stream = body.find(b"stream")
    if stream >= 0:
        body = body[:stream].rstrip()
    if not body.endswith(b">>"):
        raise PdfStructureError(f"object {number} is not a dictionary")
    return body[:-2]


def _trailer(data: bytes) -> tuple[dict[str, bytes], int]:
    tail = data[data.rfind(b"trailer") :]
    found = re.search(rb"startxref\s+(\d+)", tail)
    if not found:
        raise PdfStructureError("no startxref")
    keys: dict[str, bytes] = {}
    for key in ("Size", "Root", "Info"):
        match = re.search(rb"/%s\s+(\d+)" % key.encode(), tail)
        if not match:
            raise PdfStructureError(f"no /{key} in the trailer")
        keys[key] = match.group(1)
    identifier = re.search(rb"/ID\s*(\[[^\]]*\])", tail)
    if identifier:
        keys["ID"] = identifier.group(1)
    return keys, int(found.group(1))


def page_objects(data: bytes) -> list[int]:
    """The object numbers of the pages, in order (Qt writes one flat page tree)."""
    keys, _ = _trailer(data)
    catalog = _object_body(data, int(keys["Root"]))
    pages = re.search(rb"/Pages\s+(\d+)\s+0\s+R", catalog)
    if not pages:
        raise PdfStructureError("the catalog names no page tree")
    tree = _object_body(data, int(pages.group(1)))
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", tree)
    if not kids:
        raise PdfStructureError("the page tree has no kids")
    numbers = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]
    for number in numbers:
        if not re.search(rb"/Type\s*/Page(?!s)", _object_body(data, number)):
            raise PdfStructureError(f"object {number} in the page tree is not a page")
    return numbers


def finish_pdf(
    path: Path,
    bookmarks: list[tuple[str, int]],
    subject: str,
    language: str,
    page_scale: float,
    page_height: float,
) -> None:
    """Appends the outline (``bookmarks``: title and 0-based page), subject and language;
    ``page_scale`` is points per device unit and ``page_height`` the page's height in points."""
    data = path.read_bytes()
    keys, previous_xref = _trailer(data)
    pages = page_objects(data)
    root, info, size = int(keys["Root"]), int(keys["Info"]), int(keys["Size"])
    catalog = _object_body(data, root)
    catalog = re.sub(rb"/(Outlines|PageMode|Lang)\s+(\d+\s+0\s+R|/\w+|\([^)]*\))", b"", catalog)
    information = re.sub(rb"/Subject\s*(\([^)]*\)|<[^>]*>)", b"", _object_body(data, info))

    objects: dict[int, bytes] = {}
    outline_root = size
    items = [(title, page) for title, page in bookmarks if 0 <= page < len(pages) and title.strip()]
    first_item = size + 1
    for index, (title, page) in enumerate(items):
        number = first_item + index
        entry = b"/Title " + pdf_text(title) + b" /Parent %d 0 R" % outline_root
        if index > 0:
            entry += b" /Prev %d 0 R" % (number - 1)
        if index < len(items) - 1:
            entry += b" /Next %d 0 R" % (number + 1)
        entry += b" /Dest [%d 0 R /Fit]" % pages[page]
        objects[number] = b"<< " + entry + b" >>"
    outline = b"<< /Type /Outlines"
    if items:
        outline += b" /First %d 0 R /Last %d 0 R /Count %d" % (
            first_item,
            first_item + len(items) - 1,
            len(items),
        )
    objects[outline_root] = outline + b" >>"
    objects[root] = (
        b"<<"
        + catalog.rstrip()
        + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n/Lang " % outline_root
        + pdf_text(language)
        + b"\n>>"
    )
    objects[info] = b"<<" + information.rstrip() + b"\n/Subject " + pdf_text(subject) + b"\n>>"
    objects.update(luminosity_masks(data, page_scale, page_height))
    objects.update(subset_font_names(data))
    objects.update(dash_mappings(data))

    update = bytearray(b"\n" if not data.endswith(b"\n") else b"")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(data) + len(update)
        update += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(data) + len(update)
    update += b"xref\n"
    for start, run in _runs(sorted(offsets)):
        update += b"%d %d\n" % (start, len(run))
        for number in run:
            update += b"%010d 00000 n \n" % offsets[number]
    new_size = max(size, max(objects) + 1)
    update += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d" % (
        new_size,
        root,
        info,
        previous_xref,
    )
    if "ID" in keys:
        update += b" /ID " + keys["ID"]
    update += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    with open(path, "ab") as handle:
        handle.write(bytes(update))
    _offsets.cache_clear()  # a running kiosk keeps no copy of the file


_ALPHA_MASK = re.compile(
    rb"(?<![0-9])(\d+) 0 obj\s*<<\s*/SMask\s*<<\s*/S\s*/Alpha\s*/G\s*(\d+) 0 R\s*>>\s*>>"
)
_PATTERN = re.compile(rb"(?<![0-9])(\d+) 0 obj\s*<<\s*/Type\s*/Pattern\b")
_NUMBER = rb"(-?[0-9.]+)"


def luminosity_masks(data: bytes, scale: float, height: float) -> dict[int, bytes]:
    """Qt's soft masks for translucent gradients, made to work.

    For a gradient whose colours fade (an SVG ``stop-opacity``), Qt paints the opacities as a
    grey shading into a form and names it as an ``/Alpha`` soft mask; but an alpha mask takes
    the form's coverage, which the shading paints fully, so readers drew the glow as a solid
    block. The grey levels are the opacities, which a ``/Luminosity`` mask reads (PDF 1.7,
    11.6.5.2). The form also lacks the gradient's placement: Qt sets the mask under the page's
    own transformation (``scale`` points a device unit, flipped at ``height``), so the form gets
    the matrix of the gradient's pattern (written just before it) relative to that."""
    patterns = [int(m.group(1)) for m in _PATTERN.finditer(data)]
    replaced: dict[int, bytes] = {}
    for match in _ALPHA_MASK.finditer(data):
        state, form = int(match.group(1)), int(match.group(2))
        replaced[state] = b"<< /SMask << /S /Luminosity /G %d 0 R >> >>" % form
        before = [n for n in patterns if n < form]
        if not before:
            continue
        pattern = _object_body(data, max(before))
        matrix = re.search(rb"/Matrix\s*\[\s*" + rb"\s+".join([_NUMBER] * 6) + rb"\s*\]", pattern)
        begin = _offsets(data).get(form)
        if not matrix or begin is None:
            continue
        whole = data[begin : data.find(b"endobj", begin)]
        stream = whole.find(b"stream")
        if stream < 0 or b"/Matrix" in whole[:stream]:
            continue
        a, b, c, d, e, f = (float(v) for v in matrix.groups())
        placed = (a / scale, -b / scale, c / scale, -d / scale, e / scale, (height - f) / scale)
        numbers = b" ".join(b"%.6f" % value for value in placed)
        head = re.sub(
            rb"/BBox\s*\[[^\]]*\]", b"/BBox [-100000 -100000 100000 100000]", whole[:stream]
        )
        replaced[form] = b"<< /Matrix [" + numbers + b"]" + head + whole[stream:].rstrip()
    return replaced


_CID_FONT = re.compile(
    rb"(?<![0-9])(\d+) 0 obj\s*<<\s*/Type\s*/Font\s*/Subtype\s*/CIDFontType[02]\b"
)
_BASE_FONT = re.compile(rb"/BaseFont\s*/[^\s/\[<>()]+")


def subset_font_names(data: bytes) -> dict[int, bytes]:
    """The fonts named as the subsets they are.

    Qt embeds only the glyphs used (70 KB of the bundled 1.6 MB font) and tags the font
    descriptor's name as a subset (``QKWBAA+InnoKioskSansHK-Bold``), but leaves the font
    dictionaries' ``/BaseFont`` untagged, where PDF 9.6.4 and readers (``pdffonts``) look."""
    replaced: dict[int, bytes] = {}
    for match in _CID_FONT.finditer(data):
        number = int(match.group(1))
        body = _object_body(data, number)
        descriptor = re.search(rb"/FontDescriptor\s+(\d+)\s+0\s+R", body)
        if not descriptor:
            continue
        name = re.search(rb"/FontName\s*/(\S+)", _object_body(data, int(descriptor.group(1))))
        if not name or b"+" not in name.group(1):
            continue
        base = b"/BaseFont /" + name.group(1)
        replaced[number] = b"<<" + _BASE_FONT.sub(base, body, count=1) + b">>"
        parent = re.search(
            rb"(?<![0-9])(\d+) 0 obj\s*<<[^>]*?/DescendantFonts\s*\[\s*%d 0 R\s*\]" % number,
            data,
        )
        if parent:
            outer = int(parent.group(1))
            replaced[outer] = b"<<" + _BASE_FONT.sub(base, _object_body(data, outer), count=1)
            replaced[outer] += b">>"
    return replaced


def dash_mappings(data: bytes) -> dict[int, bytes]:
    """The en dash read back as an en dash.

    The bundled font draws the figure dash (U+2012) and the en dash (U+2013) with one glyph,
    and Qt's character map for the PDF names the glyph by the first, so "HK–Shenzhen" was
    found and copied as "HK‒Shenzhen". The content's text uses the en dash, never the figure
    dash."""
    import zlib

    replaced: dict[int, bytes] = {}
    for number in {int(n) for n in re.findall(rb"/ToUnicode\s+(\d+)\s+0\s+R", data)}:
        start = re.search(rb"(?<![0-9])%d 0 obj\s*<<(.*?)>>\s*stream\r?\n" % number, data, re.S)
        if not start:
            continue
        end = data.find(b"endstream", start.end())
        raw = data[start.end() : end].rstrip(b"\r\n")
        compressed = b"/FlateDecode" in start.group(1)
        try:
            text = zlib.decompress(raw) if compressed else raw
        except zlib.error:
            continue
        if b"<2012>" not in text:
            continue
        text = text.replace(b"<2012>", b"<2013>")
        body = zlib.compress(text) if compressed else text
        head = b"/Filter /FlateDecode " if compressed else b""
        replaced[number] = (
            b"<< " + head + b"/Length %d >>\nstream\n" % len(body) + body + b"\nendstream"
        )
    return replaced


def _runs(numbers: list[int]) -> list[tuple[int, list[int]]]:
    """Consecutive object numbers grouped, for the cross-reference subsections."""
    runs: list[tuple[int, list[int]]] = []
    for number in numbers:
        if runs and runs[-1][1][-1] == number - 1:
            runs[-1][1].append(number)
        else:
            runs.append((number, [number]))
    return runs
