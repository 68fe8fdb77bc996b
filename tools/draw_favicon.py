"""Draw the site's own icon: a folded news page on the accent colour.

Writes src/newsdesk/public/static/public/favicon.ico (16, 32 and 48 px) and
favicon.png (180 px, for touch screens). Run once after changing the drawing:
`uv run python tools/draw_favicon.py`; the files are committed.
"""

from pathlib import Path

from PIL import Image, ImageDraw

STATIC = Path(__file__).resolve().parents[1] / "src/newsdesk/public/static/public"
ACCENT = (15, 92, 122, 255)  # --accent in site.css
PAPER = (253, 252, 249, 255)  # --paper
INK = (29, 31, 35, 255)  # --ink
SIZE = 192


def draw(size: int = SIZE) -> Image.Image:
    """Return the icon at `size` pixels square."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = size / 16
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=3 * unit, fill=ACCENT)
    page = (3.5 * unit, 3 * unit, 12.5 * unit, 13 * unit)
    pen.rectangle(page, fill=PAPER)
    # A headline and three lines of text.
    pen.rectangle((5 * unit, 4.5 * unit, 11 * unit, 6.5 * unit), fill=INK)
    for top in (8, 9.75, 11.5):
        pen.rectangle(
            (5 * unit, top * unit, 11 * unit, (top + 0.75) * unit), fill=ACCENT
        )
    return image


def main() -> None:
    icon = draw()
    icon.save(STATIC / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    icon.resize((180, 180), Image.Resampling.LANCZOS).save(STATIC / "favicon.png")


if __name__ == "__main__":
    main()
