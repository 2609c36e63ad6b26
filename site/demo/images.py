"""Demo images: explanatory diagrams and illustrations drawn locally with Pillow.

Every image is drawn from code, with fixed random seeds, so the demo site looks the same on every
machine and nothing is downloaded. Titles double as the alternative text of course cards, so they
describe what each picture shows.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

W, H = 1200, 675
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
    "mono-bold": "DejaVuSansMono-Bold.ttf",
}

# A calm palette with dark ink: every text colour below passes WCAG AA on the light fills.
PAPER = (250, 248, 243)
INK = (24, 26, 44)
MUTED = (62, 66, 86)
TEAL = (13, 100, 92)
BLUE = (33, 72, 178)
ORANGE = (178, 60, 10)
PLUM = (104, 38, 142)
RED = (170, 26, 26)
GREEN = (20, 112, 56)
GOLD = (150, 98, 6)
NAVY = (20, 30, 72)
WHITE = (255, 255, 255)
TINTS = {
    TEAL: (218, 240, 235),
    BLUE: (223, 231, 251),
    ORANGE: (252, 232, 220),
    PLUM: (239, 228, 247),
    RED: (251, 226, 226),
    GREEN: (222, 243, 229),
    GOLD: (250, 238, 207),
    INK: (232, 233, 240),
}


@dataclass(frozen=True)
class ImageSpec:
    title: str
    draw: Callable[[], Image.Image]


# --- Drawing helpers ------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _font(size, style="regular"):
    try:
        return ImageFont.truetype(str(FONT_DIR / FONT_FILES[style]), size)
    except OSError:
        return ImageFont.load_default()


def _rng(seed):
    return random.Random(seed)  # noqa: S311  (deterministic pictures, not security)


def _canvas(size=(W, H), bg=PAPER):
    image = Image.new("RGB", size, bg)
    return image, ImageDraw.Draw(image)


def _wrap(draw, text, font, width):
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}".strip()
            if not line or draw.textlength(candidate, font=font) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _text(draw, xy, text, size=22, style="regular", fill=INK, width=None, spacing=1.3):
    """Draw (wrapped) text from the top-left corner; returns the y just below it."""
    font = _font(size, style)
    x, y = xy
    lines = _wrap(draw, text, font, width) if width else text.split("\n")
    for line in lines:
        draw.text((x, y), line, font=font, fill=fill)
        y += round(size * spacing)
    return y


def _centred(draw, box, text, size=22, style="regular", fill=INK, spacing=1.25):
    """Draw wrapped text centred in a box."""
    font = _font(size, style)
    x0, y0, x1, y1 = box
    lines = _wrap(draw, text, font, x1 - x0 - 16)
    line_height = round(size * spacing)
    y = (y0 + y1) / 2 - line_height * len(lines) / 2 + (line_height - size) / 2
    for line in lines:
        width = draw.textlength(line, font=font)
        draw.text(((x0 + x1 - width) / 2, y), line, font=font, fill=fill)
        y += line_height


def _box(draw, box, colour, fill=None, width=3, radius=16):
    draw.rounded_rectangle(
        box, radius=radius, fill=fill or TINTS.get(colour, WHITE), outline=colour, width=width
    )


def _card(draw, box, title, body="", colour=TEAL, title_size=24, body_size=19):
    """A rounded box with a bold title and optional smaller body text, left-aligned."""
    _box(draw, box, colour)
    x0, y0, x1, _ = box
    y = _text(draw, (x0 + 18, y0 + 14), title, title_size, "bold", colour, x1 - x0 - 36)
    if body:
        _text(draw, (x0 + 18, y + 4), body, body_size, "regular", INK, x1 - x0 - 36)


def _arrow(draw, start, end, fill=INK, width=5, head=16):
    (x0, y0), (x1, y1) = start, end
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    base = (x1 - ux * head, y1 - uy * head)
    draw.line([start, base], fill=fill, width=width)
    left = (base[0] - uy * head * 0.6, base[1] + ux * head * 0.6)
    right = (base[0] + uy * head * 0.6, base[1] - ux * head * 0.6)
    draw.polygon([end, left, right], fill=fill)


def _header(draw, title, subtitle="", colour=TEAL, width=W):
    draw.rectangle((0, 0, 14, 110), fill=colour)
    size = 38
    while size > 26 and draw.textlength(title, font=_font(size, "bold")) > width - 96:
        size -= 1
    _text(draw, (48, 30 + (38 - size) // 2), title, size, "bold", INK)
    if subtitle:
        _text(draw, (48, 80), subtitle, 21, "regular", MUTED, width - 96)


def _noise(size, seed, low=0, high=255):
    """RGB noise from a seeded generator, scaled into [low, high]."""
    rng = _rng(seed)
    noise = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    if (low, high) != (0, 255):
        noise = noise.point(lambda v: low + v * (high - low) // 255)
    return noise


def _gradient(size, top, bottom):
    height = size[1]
    column = Image.new("RGB", (1, height))
    for y in range(height):
        t = y / max(height - 1, 1)
        column.putpixel(
            (0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    return column.resize(size)


def _artwork(size=(600, 600), seed=7):
    """A small stylised landscape painting: the stand-in for 'an artist's work' in diagrams."""
    width, height = size
    image = _gradient(size, (252, 196, 120), (120, 170, 214))
    draw = ImageDraw.Draw(image)
    sun_r = width * 0.11
    cx, cy = width * 0.7, height * 0.3
    draw.ellipse((cx - sun_r, cy - sun_r, cx + sun_r, cy + sun_r), fill=(255, 236, 170))
    rng = _rng(seed)
    layers = [((86, 128, 96), 0.55), ((54, 96, 82), 0.68), ((36, 66, 70), 0.82)]
    for colour, base in layers:
        points = [(0, height)]
        phase = rng.uniform(0, 6.28)
        for i in range(0, 21):
            x = width * i / 20
            wave = (((i * 0.9 + phase) % 6.28) - 3.14) ** 2 / 9.87
            y = height * (base - 0.08 * wave + rng.uniform(-0.015, 0.015))
            points.append((x, y))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    for _ in range(5):
        tx, ty = rng.uniform(0.05, 0.45) * width, rng.uniform(0.7, 0.82) * height
        trunk = height * 0.05
        draw.rectangle((tx - 3, ty, tx + 3, ty + trunk), fill=(60, 40, 30))
        draw.ellipse((tx - 22, ty - 44, tx + 22, ty + 6), fill=(30, 90, 58))
    for _ in range(int(width * height / 900)):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        shade = rng.randint(-18, 18)
        r, g, b = image.getpixel((int(x), int(y)))
        colour = (
            max(0, min(255, r + shade)),
            max(0, min(255, g + shade)),
            max(0, min(255, b + shade)),
        )
        draw.line((x, y, x + rng.uniform(4, 12), y + rng.uniform(-3, 3)), fill=colour, width=3)
    return image


def _thumb(size, seed):
    """A tiny abstract picture standing for one scraped image."""
    rng = _rng(seed)
    palette = [(233, 196, 106), (42, 157, 143), (231, 111, 81), (38, 70, 83), (244, 162, 97)]
    bg = palette[seed % len(palette)]
    image = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(image)
    w, h = size
    for _ in range(3):
        colour = rng.choice(palette)
        x, y = rng.uniform(0, w * 0.6), rng.uniform(0, h * 0.6)
        r = rng.uniform(w * 0.15, w * 0.35)
        if rng.random() < 0.5:
            draw.ellipse((x, y, x + r, y + r), fill=colour)
        else:
            draw.rectangle((x, y, x + r * 1.3, y + r * 0.8), fill=colour)
    return image


def _paste_framed(canvas, picture, xy, border=6, colour=INK):
    x, y = xy
    draw = ImageDraw.Draw(canvas)
    draw.rectangle(
        (x - border, y - border, x + picture.width + border - 1, y + picture.height + border - 1),
        fill=colour,
    )
    canvas.paste(picture, (x, y))


def _window(draw, box, title, colour=NAVY):
    """A simple application/browser window frame; returns the content box."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=14, fill=WHITE, outline=colour, width=3)
    draw.rounded_rectangle((x0, y0, x1, y0 + 44), radius=14, fill=colour)
    draw.rectangle((x0, y0 + 30, x1, y0 + 44), fill=colour)
    for i, dot in enumerate([(239, 83, 80), (255, 202, 40), (102, 187, 106)]):
        draw.ellipse((x0 + 16 + i * 24, y0 + 14, x0 + 32 + i * 24, y0 + 30), fill=dot)
    draw.text((x0 + 100, y0 + 11), title, font=_font(19, "bold"), fill=WHITE)
    return (x0 + 3, y0 + 44, x1 - 3, y1 - 3)


# --- Course cards ---------------------------------------------------------------------------


def course_how_models_learn():
    image, draw = _canvas(bg=(236, 242, 248))
    for i in range(16):
        row, col = divmod(i, 4)
        x, y = 70 + col * 104, 120 + row * 104
        _paste_framed(image, _thumb((86, 86), i + 3), (x, y), border=3)
    for row in range(4):
        _arrow(draw, (500, 163 + row * 104), (620, 330), fill=BLUE, width=4)
    draw.rounded_rectangle((620, 230, 800, 440), radius=24, fill=NAVY)
    rng = _rng(11)
    nodes = [(650 + c * 40, 260 + r * 38) for c in range(4) for r in range(5)]
    for a in nodes:
        for b in nodes:
            if 0 < b[0] - a[0] <= 40 and rng.random() < 0.55:
                draw.line((a, b), fill=(120, 150, 230), width=2)
    for x, y in nodes:
        draw.ellipse((x - 7, y - 7, x + 7, y + 7), fill=(250, 210, 120))
    _arrow(draw, (810, 335), (880, 335), fill=BLUE, width=6)
    _paste_framed(image, _artwork((250, 250), seed=3), (900, 210), border=6)
    _text(draw, (70, 560), "Billions of examples in", 26, "bold", NAVY)
    _text(draw, (620, 470), "Patterns in\nthe model", 24, "bold", NAVY)
    _text(draw, (900, 490), "A new image out", 26, "bold", NAVY)
    return image


def course_copyright_law():
    image, draw = _canvas(bg=NAVY)
    gold = (238, 190, 80)
    draw.line((600, 140, 600, 520), fill=gold, width=10)
    draw.polygon([(520, 540), (680, 540), (640, 500), (560, 500)], fill=gold)
    draw.line((360, 190, 840, 190), fill=gold, width=10)
    draw.ellipse((584, 120, 616, 152), fill=gold)
    for cx, label in [(360, "Training"), (840, "Outputs")]:
        draw.line((cx, 190, cx - 90, 360), fill=gold, width=4)
        draw.line((cx, 190, cx + 90, 360), fill=gold, width=4)
        draw.chord((cx - 120, 300, cx + 120, 420), 0, 180, fill=gold)
        _centred(draw, (cx - 120, 430, cx + 120, 470), label, 26, "bold", WHITE)
    draw.ellipse((525, 235, 675, 385), fill=NAVY)
    _centred(draw, (525, 235, 675, 385), "©", 120, "bold", WHITE)
    for i, region in enumerate(["US", "EU", "UK"]):
        x = 420 + i * 130
        draw.rounded_rectangle((x, 585, x + 100, 635), radius=12, outline=WHITE, width=3)
        _centred(draw, (x, 585, x + 100, 635), region, 26, "bold", WHITE)
    for i in range(4):
        y = 80 + i * 18
        draw.line((60, y, 250 - i * 30, y), fill=(90, 110, 170), width=6)
        draw.line((950 + i * 20, y, 1140, y), fill=(90, 110, 170), width=6)
    return image


def course_opting_out():
    image, draw = _canvas(bg=(244, 238, 228))
    content = _window(draw, (80, 90, 700, 590), "example-artist.org/robots.txt")
    lines = [
        ("# No AI training, please", MUTED),
        ("User-agent: GPTBot", BLUE),
        ("Disallow: /", RED),
        ("", INK),
        ("User-agent: CCBot", BLUE),
        ("Disallow: /", RED),
        ("", INK),
        ("User-agent: Google-Extended", BLUE),
        ("Disallow: /", RED),
    ]
    y = content[1] + 24
    for text, colour in lines:
        draw.text((content[0] + 28, y), text, font=_font(30, "mono"), fill=colour)
        y += 46
    cx, cy = 930, 330
    draw.rounded_rectangle((cx - 90, cy - 80, cx + 90, cy + 70), radius=26, fill=(120, 130, 150))
    draw.ellipse((cx - 55, cy - 35, cx - 15, cy + 5), fill=(250, 210, 120))
    draw.ellipse((cx + 15, cy - 35, cx + 55, cy + 5), fill=(250, 210, 120))
    draw.rectangle((cx - 40, cy + 25, cx + 40, cy + 40), fill=INK)
    draw.line((cx, cy - 80, cx, cy - 120), fill=(120, 130, 150), width=8)
    draw.ellipse((cx - 14, cy - 140, cx + 14, cy - 112), fill=ORANGE)
    draw.ellipse((cx - 160, cy - 180, cx + 160, cy + 140), outline=RED, width=22)
    draw.line((cx - 112, cy + 92, cx + 112, cy - 132), fill=RED, width=22)
    _centred(draw, (760, 500, 1100, 560), "Say no, in ways machines can read", 26, "bold", INK)
    return image


def course_content_credentials():
    image, draw = _canvas(bg=(232, 238, 236))
    _paste_framed(image, _artwork((520, 360), seed=21), (90, 90), border=8)
    draw.ellipse((520, 110, 600, 190), fill=WHITE, outline=INK, width=4)
    _centred(draw, (520, 110, 600, 190), "CR", 30, "bold", INK)
    _box(draw, (670, 90, 1140, 470), TEAL, fill=WHITE)
    _text(draw, (700, 110), "Content Credentials", 28, "bold", TEAL)
    rows = [
        ("Signed by", "Example Camera Co."),
        ("Captured", "2025-05-14"),
        ("Edited with", "Photo editor"),
        ("AI used", "No"),
        ("AI training", "Not allowed"),
    ]
    y = 170
    for label, value in rows:
        _text(draw, (700, y), label, 22, "regular", MUTED)
        _text(draw, (860, y), value, 22, "bold", INK)
        y += 56
    for i, step in enumerate(["Captured", "Edited", "Published"]):
        x = 160 + i * 330
        _box(draw, (x, 540, x + 230, 610), TEAL)
        _centred(draw, (x, 540, x + 230, 610), step, 26, "bold", TEAL)
        if i < 2:
            _arrow(draw, (x + 240, 575), (x + 320, 575), fill=TEAL)
    return image


def course_licensing_consent():
    image, draw = _canvas(bg=(246, 240, 232))
    draw.rounded_rectangle((110, 70, 590, 620), radius=10, fill=WHITE, outline=INK, width=3)
    _text(draw, (150, 100), "Workshop consent", 30, "bold", INK)
    options = [
        (True, "Photos for our website"),
        (True, "Show my artwork"),
        (False, "Use my work in AI tools"),
    ]
    y = 180
    for checked, label in options:
        draw.rectangle((150, y, 182, y + 32), outline=INK, width=3)
        if checked:
            draw.line((156, y + 16, 166, y + 27, 178, y + 5), fill=GREEN, width=5)
        _text(draw, (200, y + 2), label, 24, "regular", INK)
        y += 70
    draw.line((150, 520, 540, 520), fill=INK, width=2)
    draw.line((160, 505, 200, 470, 230, 505, 270, 465, 300, 500, 340, 480), fill=BLUE, width=4)
    _text(draw, (150, 530), "Signature and date", 20, "regular", MUTED)
    badges = [("BY", TEAL), ("NC", ORANGE), ("ND", PLUM), ("SA", BLUE)]
    for i, (label, colour) in enumerate(badges):
        x, y = 700 + (i % 2) * 200, 140 + (i // 2) * 200
        draw.ellipse((x, y, x + 150, y + 150), fill=colour)
        _centred(draw, (x, y, x + 150, y + 150), label, 48, "bold", WHITE)
    _centred(draw, (660, 540, 1110, 600), "Your licence, your terms", 30, "bold", INK)
    return image


def home_hero():
    image, draw = _canvas(bg=(238, 233, 224))
    draw.rectangle((0, 470, W, H), fill=(214, 200, 180))
    frames = [
        (110, 50, 330, 240, 5),
        (390, 36, 640, 226, 9),
        (700, 50, 870, 250, 13),
        (930, 44, 1110, 224, 17),
    ]
    for x0, y0, x1, y1, seed in frames:
        picture = _artwork((x1 - x0, y1 - y0), seed=seed)
        _paste_framed(image, picture, (x0, y0), border=8, colour=(92, 62, 36))
    people = [
        (250, (178, 60, 10), (150, 104, 72)),
        (420, (13, 100, 92), (232, 192, 160)),
        (780, (104, 38, 142), (110, 76, 52)),
        (960, (33, 72, 178), (214, 170, 130)),
    ]
    for x, colour, skin in people:
        draw.ellipse((x - 34, 320, x + 34, 388), fill=skin)
        draw.rounded_rectangle((x - 60, 396, x + 60, 600), radius=40, fill=colour)
    wood = (120, 84, 52)
    draw.rounded_rectangle((170, 470, 1050, 512), radius=8, fill=wood)
    draw.rectangle((220, 512, 242, 660), fill=wood)
    draw.rectangle((978, 512, 1000, 660), fill=wood)
    draw.polygon([(520, 470), (680, 470), (700, 440), (540, 440)], fill=(60, 64, 80))
    draw.rectangle((545, 360, 690, 440), fill=(60, 64, 80))
    draw.rectangle((553, 368, 682, 434), fill=(200, 225, 245))
    for x, colour in [(300, (233, 196, 106)), (820, (42, 157, 143))]:
        draw.rectangle((x, 452, x + 110, 468), fill=colour)
    return image


# --- Lesson diagrams ------------------------------------------------------------------------


def dataset_pipeline():
    image, draw = _canvas(size=(W, 720))
    _header(
        draw, "From web pages to a training set", "How a LAION-style image–text dataset is built"
    )
    steps = [
        ("1. Web pages", "Artists' sites, shops, blogs, news, portfolios", BLUE),
        ("2. Common Crawl", "Non-profit archive of billions of pages, free to download", TEAL),
        ("3. Find images + alt text", "Keep each image address and its caption or alt text", PLUM),
        ("4. Filter", "An AI model (CLIP) scores how well caption and image match", ORANGE),
        ("5. Link list", "LAION-5B: 5.85 billion links and captions, not the image files", GOLD),
        ("6. Download and train", "Model builders fetch the images and train on them", RED),
    ]
    for i, (title, body, colour) in enumerate(steps):
        row, col = divmod(i, 3)
        x = 48 + col * 384
        y = 150 if row == 0 else 420
        _card(draw, (x, y, x + 340, y + 190), title, body, colour, 25, 20)
        if col < 2:
            _arrow(draw, (x + 344, y + 95), (x + 380, y + 95), fill=INK)
    draw.line((986, 342, 986, 380), fill=INK, width=5)
    draw.line((218, 380, 986, 380), fill=INK, width=5)
    _arrow(draw, (218, 378), (218, 418), fill=INK)
    note = "Simplified. Captions come from the web, so a name in alt text can become a prompt."
    _text(draw, (48, 660), note, 20, "regular", MUTED)
    return image


def diffusion_steps():
    image, draw = _canvas()
    _header(
        draw,
        "Diffusion: from noise to picture, one step at a time",
        "Generating runs left to right: the model removes a little noise at each step",
        BLUE,
    )
    panel = 170
    art = _artwork((panel, panel), seed=3)
    _arrow(draw, (60, 160), (1140, 160), fill=BLUE, width=5)
    levels = [1.0, 0.8, 0.6, 0.4, 0.2, 0.0]
    labels = ["Pure noise", "Step 2", "Step 3", "Step 4", "Step 5", "Finished"]
    for i, (alpha, label) in enumerate(zip(levels, labels, strict=True)):
        x = 48 + i * 188
        noisy = Image.blend(art, _noise((panel, panel), seed=100 + i), alpha)
        _paste_framed(image, noisy, (x, 190), border=4)
        _centred(draw, (x - 10, 372, x + panel + 10, 404), label, 20, "bold", INK)
    training = (
        "Take a real image and its caption, add a random amount of noise, and ask the model "
        "to predict the noise. Repeat billions of times."
    )
    generating = (
        "Start from fresh noise. Guided by your text prompt, the model removes a little "
        "predicted noise at each step until an image appears."
    )
    _card(draw, (48, 440, 580, 640), "Training", training, ORANGE, 24, 20)
    _card(draw, (620, 440, 1152, 640), "Generating", generating, BLUE, 24, 20)
    return image


def next_token():
    image, draw = _canvas()
    _header(
        draw,
        "A language model predicts the next token",
        "It scores every possible next piece of text, picks one, and repeats",
        PLUM,
    )
    _box(draw, (48, 140, 1152, 220), PLUM, fill=WHITE)
    draw.text((72, 160), "The gallery opened its new", font=_font(34, "bold"), fill=INK)
    draw.text((620, 160), "…", font=_font(34, "bold"), fill=PLUM)
    options = [
        ("exhibition", 0.38),
        ("wing", 0.21),
        ("café", 0.12),
        ("season", 0.09),
        ("doors", 0.07),
    ]
    for i, (word, p) in enumerate(options):
        y = 260 + i * 66
        draw.text((72, y + 8), word, font=_font(28, "regular"), fill=INK)
        length = int(700 * p / options[0][1])
        colour = PLUM if i == 0 else (150, 120, 180)
        draw.rounded_rectangle((280, y, 280 + length, y + 48), radius=8, fill=colour)
        draw.text((300 + length, y + 10), f"{p:.0%}", font=_font(24, "bold"), fill=INK)
    _text(
        draw,
        (72, 600),
        "Illustrative numbers. Real models choose among tens of thousands of tokens.",
        21,
        "regular",
        MUTED,
    )
    return image


def memorisation_spectrum():
    image, draw = _canvas()
    _header(
        draw,
        "From learned patterns to memorised copies",
        "Most outputs sit on the left; memorisation is rarer but real",
        ORANGE,
    )
    bar = Image.new("RGB", (1080, 40))
    bar_draw = ImageDraw.Draw(bar)
    for x in range(1080):
        t = x / 1079
        colour = (
            round(13 + (178 - 13) * t),
            round(100 + (60 - 100) * t),
            round(92 + (10 - 92) * t),
        )
        bar_draw.line((x, 0, x, 40), fill=colour)
    image.paste(bar, (60, 170))
    stops = [
        (60, "General patterns", "Light, texture, what 'a cat' or 'a sunset' tends to look like"),
        (330, "Style imitation", "Recognisable look of an artist or school, new composition"),
        (600, "Close paraphrase", "Composition and key elements of one work reused"),
        (
            870,
            "Near-exact copy",
            "A training image or text passage reproduced (often duplicated in the data)",
        ),
    ]
    for x, title, body in stops:
        draw.polygon([(x + 130, 220), (x + 115, 245), (x + 145, 245)], fill=INK)
        _card(draw, (x, 255, x + 262, 470), title, body, INK, 22, 19)
    art = _artwork((150, 150), seed=3)
    _paste_framed(image, art, (110, 500), border=3)
    blurred = art.filter(ImageFilter.GaussianBlur(5))
    _paste_framed(image, blurred.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (380, 500), border=3)
    _paste_framed(image, art.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (650, 500), border=3)
    _paste_framed(image, art, (920, 500), border=3)
    return image


def weights_not_database():
    image, draw = _canvas()
    _header(
        draw,
        "Why a work can't simply be deleted from a trained model",
        "A dataset is a list of files; a model is one shared set of numbers",
        RED,
    )
    _box(draw, (60, 150, 520, 620), BLUE, fill=WHITE)
    _text(draw, (84, 168), "Training dataset", 26, "bold", BLUE)
    for i in range(7):
        y = 220 + i * 46
        draw.rounded_rectangle((84, y, 496, y + 36), radius=6, fill=TINTS[BLUE])
        name = "your-painting.jpg" if i == 3 else f"image-{i + 1:06d}.jpg"
        draw.text((100, y + 6), name, font=_font(20, "mono"), fill=INK)
        if i == 3:
            draw.line((96, y + 18, 470, y + 18), fill=RED, width=4)
    _text(draw, (84, 560), "Easy to find and remove one entry", 21, "bold", BLUE)
    _arrow(draw, (540, 385), (640, 385), fill=INK, width=6)
    _text(draw, (548, 400), "training", 20, "regular", MUTED)
    _box(draw, (660, 150, 1140, 620), RED, fill=WHITE)
    _text(draw, (684, 168), "Trained model", 26, "bold", RED)
    rng = _rng(5)
    for row in range(12):
        for col in range(22):
            x, y = 690 + col * 20, 222 + row * 24
            value = rng.uniform(-1, 1)
            shade = (
                round(200 - 120 * max(value, 0)),
                round(200 - 120 * abs(value)),
                round(200 - 120 * max(-value, 0)),
            )
            draw.rectangle((x, y, x + 16, y + 18), fill=shade)
    note = "Every example nudged millions of these numbers a little. No single place to delete."
    _text(draw, (684, 530), note, 20, "bold", RED, 440)
    return image


def us_cases_timeline():
    image, draw = _canvas(size=(W, 760))
    _header(
        draw,
        "US AI copyright cases: key moments to 2025",
        "District-court rulings, not final answers; appeals and new cases continue",
        BLUE,
    )
    draw.line((80, 380, 1120, 380), fill=INK, width=6)
    events = [
        (120, "Jan 2023", "Andersen v. Stability AI filed by visual artists", True),
        (250, "Feb 2023", "Getty Images sues Stability AI in the US", False),
        (380, "Dec 2023", "New York Times sues OpenAI and Microsoft", True),
        (520, "11 Feb 2025", "Thomson Reuters v. Ross: not fair use", False),
        (660, "9 May 2025", "Copyright Office training report (pre-publication)", True),
        (800, "23 Jun 2025", "Bartz v. Anthropic: training fair use; pirated library not", False),
        (940, "25 Jun 2025", "Kadrey v. Meta: fair use on that record", True),
        (1080, "Sep 2025", "Bartz settlement, $1.5bn, preliminarily approved", False),
    ]
    for x, date, text, above in events:
        draw.ellipse((x - 11, 369, x + 11, 391), fill=BLUE)
        if above:
            draw.line((x, 369, x, 300), fill=BLUE, width=3)
            box = (x - 110, 130, x + 110, 300)
        else:
            draw.line((x, 391, x, 460), fill=BLUE, width=3)
            box = (x - 110, 460, x + 110, 630)
        _box(draw, box, BLUE, fill=WHITE, width=2, radius=10)
        _text(draw, (box[0] + 10, box[1] + 10), date, 19, "bold", BLUE)
        _text(draw, (box[0] + 10, box[1] + 40), text, 17, "regular", INK, 200)
    _text(
        draw,
        (80, 680),
        "Check the current status of every case: rulings may be appealed, settled or overtaken.",
        21,
        "bold",
        RED,
    )
    return image


def tdm_exceptions_table():
    image, draw = _canvas(size=(W, 700))
    _header(
        draw,
        "Text and data mining: who may copy, and can you say no?",
        "Simplified comparison as of 2025. Not legal advice.",
        TEAL,
    )
    columns = [
        ("", 60, 260),
        ("Who can use it", 260, 560),
        ("For what", 560, 850),
        ("Can rights holders opt out?", 850, 1140),
    ]
    rows = [
        (
            "EU Art. 3",
            "Research organisations and cultural heritage institutions",
            "Scientific research",
            "No",
        ),
        (
            "EU Art. 4",
            "Anyone with lawful access",
            "Any purpose, incl. commercial",
            "Yes: expressly, e.g. machine-readable online",
        ),
        (
            "UK s.29A",
            "Anyone with lawful access",
            "Non-commercial research only",
            "No, but commercial TDM needs a licence",
        ),
        (
            "US fair use",
            "Decided case by case in court",
            "Four-factor test",
            "No opt-out; courts weigh market harm",
        ),
    ]
    y = 140
    for title, x0, x1 in columns:
        draw.rectangle((x0, y, x1, y + 72), fill=TEAL)
        _text(draw, (x0 + 14, y + 12), title, 20, "bold", WHITE, x1 - x0 - 28)
    y += 72
    for i, row in enumerate(rows):
        fill = WHITE if i % 2 == 0 else TINTS[TEAL]
        draw.rectangle((60, y, 1140, y + 112), fill=fill)
        for j, (_, x0, x1) in enumerate(columns):
            style = "bold" if j == 0 else "regular"
            _text(draw, (x0 + 14, y + 14), row[j], 20, style, INK, x1 - x0 - 28)
        y += 112
    draw.rectangle((60, 140, 1140, y), outline=TEAL, width=3)
    return image


def ai_act_timeline():
    image, draw = _canvas()
    _header(
        draw,
        "EU AI Act: when the rules apply",
        "Regulation (EU) 2024/1689, dates as adopted in 2024; check for later amendments",
        PLUM,
    )
    draw.line((80, 250, 1120, 250), fill=INK, width=6)
    events = [
        (130, "1 Aug 2024", "The Act enters into force"),
        (350, "2 Feb 2025", "Some AI practices banned; AI literacy duty starts"),
        (
            570,
            "2 Aug 2025",
            "Duties for general-purpose AI models: copyright policy, training summary",
        ),
        (790, "2 Aug 2026", "Most other rules, incl. Art. 50 transparency; AI Office can enforce"),
        (1010, "2 Aug 2027", "Deadline for GPAI models already on the market before Aug 2025"),
    ]
    for x, date, text in events:
        draw.ellipse((x - 14, 236, x + 14, 264), fill=PLUM)
        _centred(draw, (x - 110, 180, x + 110, 222), date, 22, "bold", PLUM)
        _box(draw, (x - 105, 290, x + 105, 460), PLUM, fill=WHITE, width=2, radius=10)
        _text(draw, (x - 90, 306), text, 20, "regular", INK, 180)
    note = (
        "In 2026 EU lawmakers agreed a 'Digital Omnibus' that moves some of the later dates. "
        "Check the current text in the Official Journal."
    )
    _text(draw, (80, 510), note, 21, "bold", RED, 1040)
    return image


def robots_txt_file():
    image, draw = _canvas(size=(W, 760), bg=(236, 238, 244))
    content = _window(draw, (60, 40, 1140, 720), "https://example-artist.org/robots.txt")
    lines = [
        ("# AI training crawlers: please don't", MUTED),
        ("User-agent: GPTBot", BLUE),
        ("User-agent: CCBot", BLUE),
        ("User-agent: ClaudeBot", BLUE),
        ("User-agent: Google-Extended", BLUE),
        ("User-agent: Applebot-Extended", BLUE),
        ("User-agent: Meta-ExternalAgent", BLUE),
        ("Disallow: /", RED),
        ("", INK),
        ("# Everyone else may visit", MUTED),
        ("User-agent: *", BLUE),
        ("Allow: /", GREEN),
    ]
    y = content[1] + 26
    for text, colour in lines:
        draw.text((content[0] + 34, y), text, font=_font(28, "mono"), fill=colour)
        y += 44
    _box(draw, (720, 400, 1110, 690), ORANGE, width=3)
    _text(draw, (742, 416), "Remember", 24, "bold", ORANGE)
    remember = (
        "Voluntary: well-behaved crawlers follow it. Only affects future visits to this site. "
        "Does not remove anything already collected."
    )
    _text(draw, (742, 454), remember, 21, "regular", INK, 348)
    return image


def artwork_original():
    return _artwork((W, H), seed=42)


def artwork_cloaked():
    base = _artwork((W, H), seed=42)
    fine = _noise((W, H), seed=4242, low=0, high=12)
    cloaked = ImageChops.add(base, fine, scale=1.0, offset=-6)
    blotches = _noise((60, 34), seed=99, low=0, high=16).resize((W, H), Image.Resampling.BICUBIC)
    return ImageChops.add(cloaked, blotches, scale=1.0, offset=-8)


def _cow(size):
    image = _gradient(size, (170, 210, 240), (196, 226, 246))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((0, h * 0.68, w, h), fill=(110, 170, 90))
    body = (w * 0.18, h * 0.38, w * 0.72, h * 0.66)
    draw.rounded_rectangle(body, radius=int(h * 0.1), fill=WHITE, outline=INK, width=2)
    for lx in (0.24, 0.34, 0.56, 0.66):
        draw.rectangle((w * lx, h * 0.64, w * lx + w * 0.05, h * 0.84), fill=WHITE, outline=INK)
    draw.ellipse((w * 0.66, h * 0.3, w * 0.9, h * 0.52), fill=WHITE, outline=INK, width=2)
    draw.ellipse((w * 0.8, h * 0.4, w * 0.9, h * 0.5), fill=(240, 170, 170))
    for sx, sy, r in [(0.3, 0.44, 0.07), (0.5, 0.5, 0.06), (0.6, 0.42, 0.04)]:
        draw.ellipse((w * (sx - r), h * (sy - r), w * (sx + r), h * (sy + r)), fill=INK)
    return image


def glaze_nightshade():
    image, draw = _canvas()
    _header(
        draw,
        "What Glaze and Nightshade try to do",
        "Small pixel changes chosen to mislead a model's feature extractor (simplified)",
        GOLD,
    )
    rows = [
        (
            "Glaze",
            _artwork((180, 180), seed=8),
            "your painting",
            "a different art style",
            "Aim: make style mimicry by fine-tuning fail",
            GOLD,
        ),
        (
            "Nightshade",
            _cow((180, 180)),
            "a cow in a field",
            "a leather handbag",
            "Aim: make unlicensed training learn the wrong concept",
            RED,
        ),
    ]
    for i, (name, picture, seen, model_sees, aim, colour) in enumerate(rows):
        y = 140 + i * 260
        _text(draw, (48, y + 70), name, 30, "bold", colour)
        _paste_framed(image, picture, (250, y + 10), border=3)
        _text(draw, (470, y + 20), "People see", 20, "regular", MUTED)
        _text(draw, (470, y + 50), seen, 26, "bold", INK)
        _arrow(draw, (470, y + 110), (760, y + 110), fill=colour)
        _text(draw, (800, y + 20), "The model 'sees'", 20, "regular", MUTED)
        _text(draw, (800, y + 50), model_sees, 26, "bold", colour)
        _text(draw, (470, y + 140), aim, 21, "regular", INK, 680)
    return image


def protection_layers():
    image, draw = _canvas(size=(W, 760))
    _header(
        draw,
        "Layers of protection: no single tool is enough",
        "Combine what fits your work; each layer covers gaps in the others",
        GREEN,
    )
    layers = [
        (
            "Records and rights",
            "Keep dated originals; register where useful (e.g. US); know your contracts",
            INK,
        ),
        (
            "Platform settings",
            "Object or opt out where platforms offer it; re-check after policy changes",
            BLUE,
        ),
        (
            "Your website",
            "robots.txt for AI crawlers, TDMRep, a clear rights-reservation notice",
            TEAL,
        ),
        ("Your files", "Metadata and Content Credentials with a 'do not train' preference", PLUM),
        (
            "Your images",
            "Lower-resolution posts, visible marks, cloaking tools such as Glaze",
            GOLD,
        ),
        ("Together", "Unions, societies and collective licensing; report misuse", GREEN),
    ]
    for i, (title, body, colour) in enumerate(layers):
        inset = i * 26
        y = 140 + i * 98
        _box(draw, (60 + inset, y, 1140 - inset, y + 86), colour, width=3, radius=12)
        _text(draw, (84 + inset, y + 12), title, 24, "bold", colour)
        _text(draw, (84 + inset, y + 48), body, 19, "regular", INK, 1000 - 2 * inset)
    return image


def c2pa_manifest():
    image, draw = _canvas(size=(W, 760))
    _header(
        draw,
        "Inside a C2PA manifest",
        "Assertions are hashed into a claim; the claim is signed; the file is bound by its hash",
        TEAL,
    )
    _box(draw, (48, 140, 1152, 700), INK, fill=WHITE, width=3)
    _text(
        draw, (72, 152), "Image file (e.g. JPEG) with an embedded manifest store", 22, "bold", INK
    )
    _paste_framed(image, _artwork((260, 190), seed=21), (80, 210), border=3)
    _text(draw, (80, 420), "The pixels", 22, "bold", INK)
    pixels = "Hashed for the hard binding. Change one pixel and the hash no longer matches."
    _text(draw, (80, 452), pixels, 18, "regular", INK, 270)
    _box(draw, (380, 200, 760, 680), PLUM)
    _text(draw, (400, 214), "Assertions", 24, "bold", PLUM)
    assertions = [
        "c2pa.actions: created, edited",
        "Ingredients: earlier files",
        "Thumbnail",
        "Camera / software details",
        "Training and data mining: notAllowed",
        "Identity (CAWG): who is named",
    ]
    y = 260
    for text in assertions:
        draw.rounded_rectangle((400, y, 740, y + 54), radius=8, fill=WHITE, outline=PLUM, width=2)
        _text(draw, (414, y + 6), text, 18, "regular", INK, 312)
        y += 68
    _box(draw, (800, 200, 1130, 420), BLUE)
    _text(draw, (820, 214), "Claim", 24, "bold", BLUE)
    claim = (
        "Lists a hash of every assertion, the hard-binding hash of the pixels, and the tool "
        "that made the claim."
    )
    _text(draw, (820, 252), claim, 18, "regular", INK, 290)
    _box(draw, (800, 460, 1130, 680), ORANGE)
    _text(draw, (820, 474), "Claim signature", 24, "bold", ORANGE)
    signature = (
        "Made with the signer's private key and certificate. Shows who signed, and that "
        "nothing changed since."
    )
    _text(draw, (820, 512), signature, 18, "regular", INK, 290)
    _arrow(draw, (762, 310), (798, 310), fill=INK, width=4, head=12)
    _arrow(draw, (965, 422), (965, 458), fill=INK, width=4, head=12)
    return image


def credentials_proves():
    image, draw = _canvas()
    _header(
        draw,
        "What Content Credentials can and cannot tell you",
        "Valid credentials show who signed which claims, and that the file is unchanged since",
        TEAL,
    )
    can = [
        "Which certificate signed the manifest",
        "The file has not changed since signing",
        "The history the signers chose to record",
        "Stated AI use and training preferences",
    ]
    cannot = [
        "That the picture shows what really happened",
        "That images without credentials are fake",
        "Who made it, unless an identity is verified",
        "Anything, once metadata is stripped (without a watermark or lookup)",
    ]
    columns = [("Can show", can, GREEN, "✓"), ("Cannot show", cannot, RED, "✗")]
    for col, (title, items, colour, mark) in enumerate(columns):
        x = 48 + col * 566
        _box(draw, (x, 140, x + 540, 640), colour, fill=WHITE)
        _text(draw, (x + 24, 158), title, 30, "bold", colour)
        y = 222
        for item in items:
            draw.text((x + 24, y - 4), mark, font=_font(32, "bold"), fill=colour)
            y = _text(draw, (x + 72, y), item, 23, "regular", INK, 440) + 24
    return image


def training_mining_assertion():
    image, draw = _canvas(bg=(236, 238, 244))
    content = _window(
        draw, (60, 40, 1140, 640), "A 'do not train' preference, as JSON (simplified)"
    )
    lines = [
        ("{", INK),
        ('  "label": "c2pa.training-mining",', BLUE),
        ('  "data": { "entries": {', INK),
        ('    "c2pa.ai_generative_training": { "use": "notAllowed" },', RED),
        ('    "c2pa.ai_training":            { "use": "notAllowed" },', RED),
        ('    "c2pa.data_mining":            { "use": "constrained",', GOLD),
        ('        "constraint_info": "Licence: see my website" },', GOLD),
        ('    "c2pa.ai_inference":           { "use": "allowed" }', GREEN),
        ("  } }", INK),
        ("}", INK),
    ]
    y = content[1] + 24
    for text, colour in lines:
        draw.text((content[0] + 30, y), text, font=_font(24, "mono"), fill=colour)
        y += 40
    _text(
        draw,
        (100, 560),
        "Newer specifications publish this as the CAWG assertion 'cawg.training-mining'.",
        21,
        "bold",
        MUTED,
    )
    return image


def consent_form():
    image, draw = _canvas(size=(W, 760), bg=(236, 232, 224))
    draw.rounded_rectangle((200, 30, 1000, 730), radius=8, fill=WHITE, outline=INK, width=3)
    _text(draw, (240, 56), "Photo and artwork consent", 32, "bold", INK)
    subtitle = "Workshop: Your art and AI training · Saturday 10:00–13:00"
    _text(draw, (240, 104), subtitle, 20, "regular", MUTED)
    items = [
        (True, "You may photograph me during the workshop"),
        (True, "Photos of me may appear on the venue website"),
        (False, "Photos of me may appear on social media"),
        (True, "You may photograph my artwork and credit me as:"),
        (False, "My artwork or image may be used with AI tools"),
    ]
    y = 160
    font = _font(22)
    for checked, text in items:
        draw.rectangle((240, y, 272, y + 32), outline=INK, width=3)
        if checked:
            draw.line((246, y + 16, 256, y + 27, 268, y + 5), fill=GREEN, width=5)
        _text(draw, (292, y + 2), text, 22, "regular", INK, 660)
        if text.endswith(":"):
            end = 292 + draw.textlength(text, font=font) + 12
            draw.line((end, y + 28, 960, y + 28), fill=MUTED, width=2)
        y += 66
    change = "You can change your mind at any time: tell the workshop lead or email the venue."
    _text(draw, (240, y + 20), change, 20, "bold", TEAL, 720)
    draw.line((240, 640, 600, 640), fill=INK, width=2)
    draw.line((660, 640, 960, 640), fill=INK, width=2)
    _text(draw, (240, 650), "Signature", 18, "regular", MUTED)
    _text(draw, (660, 650), "Date", 18, "regular", MUTED)
    return image


def cc_licence_spectrum():
    image, draw = _canvas(size=(W, 760))
    _header(
        draw,
        "Creative Commons: from most to least permissive",
        "Licences grant permissions; where an exception already allows a use, they do not apply",
        GREEN,
    )
    licences = [
        ("CC0", "No conditions: a public domain dedication"),
        ("CC BY", "Give credit"),
        ("CC BY-SA", "Give credit; share adaptations under the same licence"),
        ("CC BY-NC", "Give credit; non-commercial use only"),
        ("CC BY-ND", "Give credit; do not share adapted versions"),
        ("CC BY-NC-SA", "Give credit; non-commercial; share alike"),
        ("CC BY-NC-ND", "Give credit; non-commercial; no adapted versions"),
    ]
    for i, (name, body) in enumerate(licences):
        y = 136 + i * 62
        tint = (round(236 - i * 14), round(248 - i * 5), round(236 - i * 14))
        draw.rounded_rectangle((130, y, 1140, y + 52), radius=10, fill=tint, outline=GREEN, width=2)
        _text(draw, (150, y + 12), name, 23, "bold", INK)
        _text(draw, (350, y + 13), body, 21, "regular", INK)
    _arrow(draw, (80, 140), (80, 560), fill=GREEN, width=6)
    _text(draw, (40, 570), "More restrictive", 19, "bold", GREEN)
    _box(draw, (40, 610, 1160, 730), ORANGE)
    warning = (
        "None of these says 'no AI training'. Where training is allowed by law anyway "
        "(for example fair use or a TDM exception), licence conditions may not apply at all."
    )
    _text(draw, (64, 628), warning, 22, "regular", INK, 1070)
    return image


IMAGES = {
    "course-how-models-learn": ImageSpec(
        "Illustration: many small pictures flow into a model, which produces a new landscape image",
        course_how_models_learn,
    ),
    "course-copyright-law": ImageSpec(
        (
            "Illustration: a balance weighing training against outputs, with a copyright symbol "
            "and US, EU and UK labels"
        ),
        course_copyright_law,
    ),
    "course-opting-out": ImageSpec(
        "Illustration: a robots.txt file blocking AI crawlers, beside a robot in a no-entry sign",
        course_opting_out,
    ),
    "course-content-credentials": ImageSpec(
        "Illustration: a landscape picture with a CR badge and its Content Credentials panel",
        course_content_credentials,
    ),
    "course-licensing-consent": ImageSpec(
        (
            "Illustration: a workshop consent form with tick boxes beside licence badges BY, NC, "
            "ND and SA"
        ),
        course_licensing_consent,
    ),
    "home-hero": ImageSpec(
        (
            "Illustration: workshop participants around a table with a laptop, in a gallery hung "
            "with paintings"
        ),
        home_hero,
    ),
    "dataset-pipeline": ImageSpec(
        (
            "Diagram: six steps from web pages through Common Crawl and filtering to a LAION-style "
            "dataset"
        ),
        dataset_pipeline,
    ),
    "diffusion-steps": ImageSpec(
        (
            "Diagram: a row of panels going from pure noise to a finished landscape, with notes on "
            "training and generating"
        ),
        diffusion_steps,
    ),
    "next-token": ImageSpec(
        "Diagram: bar chart of likely next words after 'The gallery opened its new'",
        next_token,
    ),
    "memorisation-spectrum": ImageSpec(
        (
            "Diagram: spectrum from general patterns to style imitation, close paraphrase and "
            "near-exact copy"
        ),
        memorisation_spectrum,
    ),
    "weights-not-database": ImageSpec(
        (
            "Diagram: a dataset list where one file can be struck out, next to a grid of model "
            "weights with no single entry to delete"
        ),
        weights_not_database,
    ),
    "us-cases-timeline": ImageSpec(
        "Timeline of US AI copyright cases and rulings from January 2023 to September 2025",
        us_cases_timeline,
    ),
    "tdm-exceptions-table": ImageSpec(
        (
            "Table comparing EU Articles 3 and 4, UK section 29A and US fair use for text and data "
            "mining"
        ),
        tdm_exceptions_table,
    ),
    "ai-act-timeline": ImageSpec(
        "Timeline of EU AI Act application dates from August 2024 to August 2027",
        ai_act_timeline,
    ),
    "robots-txt-file": ImageSpec(
        "A robots.txt file asking named AI crawlers not to visit, with a note on its limits",
        robots_txt_file,
    ),
    "artwork-original": ImageSpec(
        "A stylised landscape painting: orange sky, pale sun, layered green hills and small trees",
        artwork_original,
    ),
    "artwork-cloaked": ImageSpec(
        (
            "The same landscape with simulated cloaking: faint grain and blotchy colour shifts in "
            "flat areas"
        ),
        artwork_cloaked,
    ),
    "glaze-nightshade": ImageSpec(
        (
            "Diagram: Glaze makes a painting's style look different to a model; Nightshade makes a "
            "cow look like a handbag"
        ),
        glaze_nightshade,
    ),
    "protection-layers": ImageSpec(
        "Diagram: six stacked layers of protection, from records and rights to collective action",
        protection_layers,
    ),
    "c2pa-manifest": ImageSpec(
        (
            "Diagram of a C2PA manifest: pixels hashed for the hard binding, assertions, claim and "
            "claim signature"
        ),
        c2pa_manifest,
    ),
    "credentials-proves": ImageSpec(
        "Two columns: what Content Credentials can show, and what they cannot show",
        credentials_proves,
    ),
    "training-mining-assertion": ImageSpec(
        (
            "A simplified JSON 'do not train' assertion with notAllowed, constrained and allowed "
            "entries"
        ),
        training_mining_assertion,
    ),
    "consent-form": ImageSpec(
        (
            "Mock-up of a workshop photo and artwork consent form with separate tick boxes for "
            "each use"
        ),
        consent_form,
    ),
    "cc-licence-spectrum": ImageSpec(
        (
            "The seven Creative Commons tools from CC0 to CC BY-NC-ND, with a note that none of "
            "them says 'no AI training'"
        ),
        cc_licence_spectrum,
    ),
}
