"""Write the font of the fillable PDFs' fields: DejaVu Sans cut down to the letters monitors type.

    .venv/bin/python tools/form_font.py

A PDF viewer draws what a monitor types into a field with the font the PDF embeds for it, so the font of the
fields is embedded whole, not just with the letters the document happens to show. Whole, DejaVu Sans made each
fillable PDF about 550 KB; this cut keeps Latin (with the letters of Serbian Latin, Albanian and the other
languages of the region), Cyrillic (Serbian and Macedonian), combining accents, digits and punctuation.
The result is committed (hooks/handbook/assets/fonts/); run this again only to change what it keeps.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "hooks" / "handbook" / "assets" / "fonts"
SOURCE = FONTS / "DejaVuSans.ttf"
TARGET = FONTS / "DejaVuSans-Fields.ttf"
KEPT = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement: ë, ç, é, °, «»
    (0x0100, 0x024F),  # Latin Extended-A and -B: č, ć, đ, š, ž and the digraph letters
    (0x0300, 0x036F),  # combining accents
    (0x0400, 0x04FF),  # Cyrillic
    (0x2010, 0x2027),  # dashes, quotation marks, bullet, ellipsis
    (0x2030, 0x203A),  # per mille, single guillemets
    (0x20AC, 0x20AC),  # euro
    (0x2116, 0x2116),  # numero sign
]


def kept_characters() -> list[int]:
    return [code for first, last in KEPT for code in range(first, last + 1)]


def write_form_font(source: Path = SOURCE, target: Path = TARGET) -> Path:
    options = subset.Options()
    options.hinting = False  # screens and printers render it well without; hinting is most of the size
    options.name_IDs = ["*"]  # keep the names, the copyright and the licence
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = TTFont(source, recalcTimestamp=False)
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=kept_characters())
    cutter.subset(font)
    font.save(target, reorderTables=True)
    return target


def main() -> int:
    target = write_form_font()
    print(f"{target}: {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
