"""Draw the share cards and the logos into static/img/ (offline: Pillow + DejaVu fonts).

    .venv/bin/python scripts/make_share_images.py

Writes share-en.png, share-uk.png, share-ru.png (1200 x 630, the Open Graph size, used
by templates/_og.html), and logo.svg, logo.png, logo-white.svg, logo-white.png (the
logos on the press page). The colours are those of static/css/site.css (:root). The
texts below are the campaign's, per language: change them here and run the script again.
"""

import argparse
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "static" / "img"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
BOLD = FONTS / "DejaVuSans-Bold.ttf"
REGULAR = FONTS / "DejaVuSans.ttf"

BRAND_DARK = "#083a66"
ACCENT = "#f5c518"
WHITE = "#ffffff"
SOFT_ON_DARK = "#d9e4ef"  # 9.7:1 on BRAND_DARK

NAME = "People First"
CARDS = {
    "en": {
        "title": "Free all captives of Russia’s war against Ukraine",
        "tagline": "People must come first in any agreement to end the war. Sign the appeal.",
    },
    "uk": {
        "title": "Звільніть усіх полонених війни Росії проти України",
        "tagline": "Люди — понад усе в будь-якій угоді про завершення війни. Підпишіть звернення.",
    },
    "ru": {
        "title": "Освободите всех пленных войны России против Украины",
        "tagline": "Люди — прежде всего в любом соглашении о прекращении войны. "
        "Подпишите обращение.",
    },
}

# --- The mark: a person in a rounded square, over a yellow line; drawn on a 100 x 100
# grid, in SVG and in Pillow from the same numbers.
MARK = {
    "radius": 18,
    "head": (50, 33, 15),  # cx, cy, r
    "body": (22, 54, 78, 106),  # the ellipse whose top half is the shoulders
    "line": (22, 80, 78, 88),  # the yellow line across the shoulders
}


def draw_mark(draw, x, y, size, *, tile, figure):
    def box(x0, y0, x1, y1):
        return [x + x0 * size / 100, y + y0 * size / 100, x + x1 * size / 100, y + y1 * size / 100]

    draw.rounded_rectangle(box(0, 0, 100, 100), radius=MARK["radius"] * size / 100, fill=tile)
    cx, cy, r = MARK["head"]
    draw.ellipse(box(cx - r, cy - r, cx + r, cy + r), fill=figure)
    draw.chord(box(*MARK["body"]), 180, 360, fill=figure)
    draw.rectangle(box(*MARK["line"]), fill=ACCENT)


def mark_image(size, *, tile, figure, oversample=4):
    """The mark as a smooth RGBA image: drawn large, then scaled down (Pillow draws
    shapes without anti-aliasing)."""
    big = Image.new("RGBA", (size * oversample, size * oversample), (0, 0, 0, 0))
    draw_mark(ImageDraw.Draw(big), 0, 0, size * oversample, tile=tile, figure=figure)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def svg_mark(tile, figure):
    cx, cy, r = MARK["head"]
    x0, y0, x1, y1 = MARK["body"]
    mid = (y0 + y1) / 2
    lx0, ly0, lx1, ly1 = MARK["line"]
    return (
        f'<rect width="100" height="100" rx="{MARK["radius"]}" fill="{tile}"/>'
        f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{figure}"/>'
        f'<path d="M{x0} {mid}A{(x1 - x0) / 2} {(y1 - y0) / 2} 0 0 1 {x1} {mid}Z" '
        f'fill="{figure}"/>'
        f'<rect x="{lx0}" y="{ly0}" width="{lx1 - lx0}" height="{ly1 - ly0}" fill="{ACCENT}"/>'
    )


def wrap(draw, text, font, width):
    """Greedy word wrap to `width` pixels."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line]


def share_card(lang):
    width, height, margin = 1200, 630, 80
    image = Image.new("RGB", (width, height), BRAND_DARK)
    draw = ImageDraw.Draw(image)
    mark = mark_image(88, tile=WHITE, figure=BRAND_DARK)
    image.paste(mark, (margin, 64), mark)
    name_font = ImageFont.truetype(str(BOLD), 46)
    draw.text((margin + 112, 108), NAME, font=name_font, fill=WHITE, anchor="lm")

    texts = CARDS[lang]
    text_width = width - 2 * margin
    tagline_font = ImageFont.truetype(str(REGULAR), 34)
    tagline = wrap(draw, texts["tagline"], tagline_font, text_width)
    for size in (68, 64, 60, 56, 52, 48):  # the largest title that leaves room for the rest
        title_font = ImageFont.truetype(str(BOLD), size)
        title = wrap(draw, texts["title"], title_font, text_width)
        leading = round(size * 1.2)
        block = len(title) * leading + 56 + len(tagline) * 46
        if 200 + block <= height - 48:
            break
    else:
        raise SystemExit(f"share-{lang}.png: the text does not fit; shorten it")
    y = 200 + (height - 48 - 200 - block) // 2  # centred under the name
    for line in title:
        draw.text((margin, y), line, font=title_font, fill=WHITE)
        y += leading
    y += 20
    draw.rectangle([margin, y, margin + 120, y + 8], fill=ACCENT)
    y += 36
    for line in tagline:
        draw.text((margin, y), line, font=tagline_font, fill=SOFT_ON_DARK)
        y += 46
    draw.rectangle([0, height - 16, width, height], fill=ACCENT)
    image.save(OUT / f"share-{lang}.png", optimize=True)


def logo_png(name, *, tile, figure, text, scale=4):
    """The logo on a transparent background, `scale` times the SVG's size."""
    width, height = logo_size()
    image = Image.new("RGBA", (width * scale, height * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    mark = mark_image(120 * scale, tile=tile, figure=figure)
    image.paste(mark, (0, 0), mark)
    font = ImageFont.truetype(str(BOLD), 54 * scale)
    draw.text((140 * scale, 60 * scale), NAME, font=font, fill=text, anchor="lm")
    image.save(OUT / name, optimize=True)


def logo_size():
    font = ImageFont.truetype(str(BOLD), 54)
    return 140 + round(font.getlength(NAME)) + 4, 120


def logo_svg(name, *, tile, figure, text):
    width, height = logo_size()
    text_width = width - 144
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="t">'
        f'<title id="t">{NAME}</title>'
        f'<g transform="scale(1.2)">{svg_mark(tile, figure)}</g>'
        f'<text x="140" y="60" dy="0.35em" font-family="DejaVu Sans, Verdana, Arial, '
        f'sans-serif" font-weight="bold" font-size="54" fill="{text}" '
        f'textLength="{text_width}" lengthAdjust="spacingAndGlyphs">{NAME}</text>'
        "</svg>\n"
    )
    (OUT / name).write_text(svg, encoding="utf-8")


def main():
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in CARDS:
        share_card(lang)
    colour = {"tile": BRAND_DARK, "figure": WHITE, "text": BRAND_DARK}
    white = {"tile": WHITE, "figure": BRAND_DARK, "text": WHITE}
    logo_png("logo.png", **colour)
    logo_png("logo-white.png", **white)
    logo_svg("logo.svg", **colour)
    logo_svg("logo-white.svg", **white)


if __name__ == "__main__":
    main()
