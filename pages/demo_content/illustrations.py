"""Flat illustrations for the demo content, drawn with Pillow.

The demo site needs pictures that carry no third-party rights; rather than ship binary
files, the loader draws simple, deterministic scenes (cacao pods, canopy, beans, river…)
in the site's palette. Each is a JPEG of a few dozen kilobytes.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 1067

CACAO = (91, 58, 41)
CACAO_LIGHT = (150, 92, 58)
POD = (196, 120, 40)
POD_RED = (160, 52, 38)
FOREST = (38, 84, 52)
LEAF = (96, 146, 72)
LEAF_LIGHT = (148, 186, 104)
EARTH = (200, 150, 62)
CREAM = (244, 236, 216)
SKY = (176, 212, 222)
WATER = (84, 150, 176)
WOOD = (122, 82, 50)


def _sky(draw, top=SKY, bottom=CREAM):
    for y in range(HEIGHT):
        t = y / HEIGHT
        color = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (WIDTH, y)], fill=color)


def _hills(draw, rng, base, colors):
    for index, color in enumerate(colors):
        y0 = base + index * 90
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 200, 200):
            points.append((x, y0 + rng.randint(-70, 40)))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=color)


def _tree(draw, x, y, size, trunk=WOOD, crown=LEAF):
    draw.rectangle([x - size // 10, y - size, x + size // 10, y], fill=trunk)
    draw.ellipse([x - size // 1.6, y - size * 1.9, x + size // 1.6, y - size * 0.8], fill=crown)


def _pod(draw, x, y, w, h, color):
    draw.ellipse([x - w // 2, y - h // 2, x + w // 2, y + h // 2], fill=color)
    for offset in (-w // 4, 0, w // 4):
        draw.line(
            [(x + offset, y - h // 2 + 12), (x + offset, y + h // 2 - 12)], fill=CACAO, width=4
        )


def draw_pod(draw, rng):
    _sky(draw, LEAF_LIGHT, FOREST)
    for _ in range(40):
        x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        draw.ellipse([x - 90, y - 40, x + 90, y + 40], fill=rng.choice([LEAF, FOREST, LEAF_LIGHT]))
    draw.rectangle([WIDTH // 2 - 70, 0, WIDTH // 2 + 70, HEIGHT], fill=CACAO)
    for index, (dx, dy) in enumerate([(-210, 300), (200, 480), (-190, 700), (210, 860)]):
        _pod(draw, WIDTH // 2 + dx, dy, 180, 300, POD if index % 2 else POD_RED)


def draw_forest(draw, rng):
    _sky(draw)
    _hills(draw, rng, 520, [LEAF_LIGHT, LEAF, FOREST])
    for _ in range(26):
        _tree(
            draw,
            rng.randint(0, WIDTH),
            rng.randint(650, HEIGHT),
            rng.randint(120, 260),
            crown=rng.choice([LEAF, FOREST, LEAF_LIGHT]),
        )


def draw_beans(draw, rng):
    _sky(draw, CREAM, EARTH)
    for row in range(2):
        for col in range(3):
            x0, y0 = 120 + col * 470, 160 + row * 440
            draw.rectangle([x0, y0, x0 + 420, y0 + 380], fill=WOOD, outline=CACAO, width=12)
            for _ in range(140):
                x, y = rng.randint(x0 + 30, x0 + 390), rng.randint(y0 + 30, y0 + 350)
                draw.ellipse(
                    [x - 16, y - 10, x + 16, y + 10], fill=rng.choice([CACAO, CACAO_LIGHT, POD])
                )


def draw_river(draw, rng):
    _sky(draw)
    _hills(draw, rng, 430, [LEAF_LIGHT, LEAF, FOREST])
    draw.polygon([(700, 560), (900, 560), (1400, HEIGHT), (200, HEIGHT)], fill=WATER)
    for _ in range(12):
        x = rng.randint(400, 1200)
        y = rng.randint(700, HEIGHT - 40)
        draw.line([(x, y), (x + 120, y)], fill=SKY, width=6)


def draw_seedlings(draw, rng):
    _sky(draw, SKY, CREAM)
    draw.rectangle([0, 520, WIDTH, HEIGHT], fill=EARTH)
    for row in range(5):
        y = 600 + row * 100
        for col in range(14):
            x = 60 + col * 110 + (row % 2) * 50
            draw.rectangle([x - 22, y - 10, x + 22, y + 30], fill=CACAO)
            draw.line([(x, y - 10), (x, y - 60)], fill=FOREST, width=6)
            draw.ellipse([x - 34, y - 90, x, y - 50], fill=LEAF)
            draw.ellipse([x, y - 80, x + 34, y - 40], fill=LEAF_LIGHT)


def draw_people(draw, rng):
    _sky(draw, CREAM, EARTH)
    for index in range(7):
        x = 160 + index * 215
        y = 560 + rng.randint(-40, 40)
        color = rng.choice([POD, FOREST, POD_RED, WATER, CACAO_LIGHT])
        draw.ellipse([x - 55, y - 250, x + 55, y - 140], fill=CACAO_LIGHT)
        draw.rounded_rectangle([x - 95, y - 130, x + 95, y + 320], radius=60, fill=color)


def draw_school(draw, rng):
    _sky(draw)
    _hills(draw, rng, 560, [LEAF_LIGHT, LEAF])
    draw.rectangle([420, 420, 1180, 820], fill=CREAM, outline=CACAO, width=10)
    draw.polygon([(380, 430), (800, 200), (1220, 430)], fill=POD_RED)
    draw.rectangle([740, 600, 860, 820], fill=WOOD)
    for x in (500, 960):
        draw.rectangle([x, 520, x + 140, 640], fill=SKY, outline=CACAO, width=6)


def draw_sun(draw, rng):
    _sky(draw, (250, 214, 150), CREAM)
    draw.ellipse([1100, 120, 1400, 420], fill=(240, 180, 60))
    _hills(draw, rng, 560, [EARTH, LEAF, FOREST])
    for index in range(9):
        _tree(draw, 100 + index * 180, 900, 150, crown=LEAF if index % 2 else FOREST)


def draw_map(draw, rng):
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=CREAM)
    zones = [LEAF_LIGHT, LEAF, EARTH, POD]
    centres = [(520, 330), (1080, 360), (560, 760), (1060, 780)]
    for color, (cx, cy) in zip(zones, centres, strict=True):
        points = [
            (cx + int(r * c), cy + int(r * s))
            for r, c, s in [
                (rng.randint(230, 300), 1, 0),
                (rng.randint(230, 300), 0.7, 0.7),
                (rng.randint(230, 300), 0, 1),
                (rng.randint(230, 300), -0.7, 0.7),
                (rng.randint(230, 300), -1, 0),
                (rng.randint(230, 300), -0.7, -0.7),
                (rng.randint(230, 300), 0, -1),
                (rng.randint(230, 300), 0.7, -0.7),
            ]
        ]
        draw.polygon(points, fill=color, outline=CACAO)
    draw.line([(200, 80), (700, 500), (900, 560), (1400, 1000)], fill=WATER, width=18)


MOTIFS = {
    "pod": draw_pod,
    "forest": draw_forest,
    "beans": draw_beans,
    "river": draw_river,
    "seedlings": draw_seedlings,
    "people": draw_people,
    "school": draw_school,
    "sun": draw_sun,
    "map": draw_map,
}


def render(motif, seed):
    """JPEG bytes of the motif; the same motif and seed always give the same picture."""
    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT), CREAM)
    MOTIFS[motif](ImageDraw.Draw(image), rng)
    image = image.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()
