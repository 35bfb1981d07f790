"""Draw the demo's photos of paper prototypes (run once; the JPEGs are committed).

They stand for what a team photographs at the end of a prototyping session: a
storyboard on paper, a phone screen drawn in felt pen, a card taped to a wall.
Pillow comes with reportlab, so this needs nothing more than the app does.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
FONTS = HERE.parent / "fonts"
PAPER = (246, 242, 230)
PEN = (35, 40, 70)
RED = (190, 40, 40)
GREEN = (40, 120, 60)
W, H = 1200, 900


def font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def paper(rng: random.Random) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (W, H), (120, 110, 100))  # the table under the sheet
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 30, W - 40, H - 30), fill=PAPER)
    for _ in range(2500):  # the grain of the paper
        x, y = rng.randrange(40, W - 40), rng.randrange(30, H - 30)
        shade = rng.randrange(-12, 6)
        draw.point((x, y), fill=tuple(max(0, min(255, c + shade)) for c in PAPER))
    return image, draw


def wobbly_line(
    draw: ImageDraw.ImageDraw,
    points: list[tuple[float, float]],
    rng: random.Random,
    colour: tuple[int, int, int] = PEN,
    width: int = 5,
) -> None:
    shaken = [(x + rng.uniform(-2, 2), y + rng.uniform(-2, 2)) for x, y in points]
    draw.line(shaken, fill=colour, width=width, joint="curve")


def box(
    draw: ImageDraw.ImageDraw,
    corners: tuple[float, float, float, float],
    rng: random.Random,
    colour: tuple[int, int, int] = PEN,
) -> None:
    left, top, right, bottom = corners
    wobbly_line(
        draw, [(left, top), (right, top), (right, bottom), (left, bottom), (left, top)], rng, colour
    )


def person(
    draw: ImageDraw.ImageDraw,
    x: float,
    y: float,
    rng: random.Random,
    colour: tuple[int, int, int] = PEN,
) -> None:
    draw.ellipse((x - 18, y - 60, x + 18, y - 24), outline=colour, width=4)
    wobbly_line(draw, [(x, y - 24), (x, y + 30)], rng, colour, 4)
    wobbly_line(draw, [(x - 28, y - 5), (x, y - 12), (x + 28, y - 5)], rng, colour, 4)
    wobbly_line(draw, [(x - 22, y + 70), (x, y + 30), (x + 22, y + 70)], rng, colour, 4)


def finish(image: Image.Image, rng: random.Random, name: str) -> None:
    """A photo, not a scan: slightly turned, slightly soft, lit unevenly."""
    image = image.rotate(
        rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC, fillcolor=(120, 110, 100)
    )
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    light = Image.linear_gradient("L").resize((W, H)).point(lambda v: 215 + v // 6)
    image = Image.composite(image, Image.new("RGB", (W, H), (0, 0, 0)), light)
    image.save(HERE / name, "JPEG", quality=82, optimize=True)


def storyboard() -> None:
    rng = random.Random(1)
    image, draw = paper(rng)
    draw.text((90, 60), "Binôme d’accueil — storyboard", font=font(44, bold=True), fill=PEN)
    titles = ("1. L’arrivée au village", "2. Premier repas ensemble", "3. Au marché le samedi")
    for n, title in enumerate(titles):
        left = 90 + n * 360
        box(draw, (left, 150, left + 320, 620), rng)
        draw.text((left + 10, 640), title, font=font(24), fill=PEN)
        person(draw, left + 110, 420, rng)
        person(draw, left + 210, 420, rng, RED)
        if n == 0:
            box(draw, (left + 30, 200, left + 150, 320), rng)  # the house
            wobbly_line(draw, [(left + 30, 200), (left + 90, 160), (left + 150, 200)], rng)
        if n == 1:
            wobbly_line(draw, [(left + 60, 500), (left + 260, 500)], rng, width=7)  # the table
        if n == 2:
            for k in range(3):
                draw.ellipse(
                    (left + 40 + k * 80, 210, left + 90 + k * 80, 260), outline=GREEN, width=4
                )
    draw.text(
        (90, 720),
        "Une famille du village parraine une famille arrivante pendant 6 mois.",
        font=font(28),
        fill=PEN,
    )
    draw.text(
        (90, 770), "Test : 2 binômes à Saint-Flour en avril", font=font(28, bold=True), fill=RED
    )
    finish(image, rng, "storyboard-binome.jpg")


def phone() -> None:
    rng = random.Random(2)
    image, draw = paper(rng)
    box(draw, (380, 70, 820, 840), rng)  # the phone
    draw.ellipse((585, 800, 615, 830), outline=PEN, width=4)
    draw.text((420, 110), "Covoit’ Saint-Flour", font=font(34, bold=True), fill=PEN)
    trips = (
        ("Mar. 8 h 30", "Mairie → Sous-préfecture"),
        ("Mer. 14 h", "Ferme → Centre de santé"),
        ("Ven. 9 h", "Gare → Pôle emploi"),
    )
    for n, (when, where) in enumerate(trips):
        top = 190 + n * 170
        box(draw, (410, top, 790, top + 140), rng)
        draw.text((430, top + 15), when, font=font(28, bold=True), fill=PEN)
        draw.text((430, top + 60), where, font=font(24), fill=PEN)
        draw.text(
            (700, top + 95), "✔" if n else "?", font=font(30, bold=True), fill=GREEN if n else RED
        )
    draw.text((410, 720), "+ Proposer un trajet", font=font(30, bold=True), fill=GREEN)
    draw.text(
        (860, 200),
        "Gros boutons,\npictos pour\nceux qui lisent\npeu le français",
        font=font(26),
        fill=RED,
    )
    wobbly_line(draw, [(855, 240), (800, 260)], rng, RED, 4)
    finish(image, rng, "maquette-covoiturage.jpg")


def card() -> None:
    rng = random.Random(3)
    image, draw = paper(rng)
    draw.rectangle((180, 120, 1020, 780), fill=(255, 244, 170))
    box(draw, (180, 120, 1020, 780), rng)
    draw.rectangle((520, 90, 680, 150), fill=(220, 220, 210))  # the tape
    draw.text((240, 190), "Allô interprète", font=font(64, bold=True), fill=PEN)
    draw.text((240, 300), "04 71 00 00 00", font=font(56, bold=True), fill=RED)
    draw.text((240, 400), "Dari · Pachto · Arabe · Tigrigna · Ukrainien", font=font(32), fill=PEN)
    draw.text((240, 470), "Lun.–ven., 9 h – 17 h", font=font(32), fill=PEN)
    draw.text(
        (240, 560),
        "À garder dans le portefeuille,\nà montrer au médecin ou au guichet.",
        font=font(30),
        fill=PEN,
    )
    finish(image, rng, "carte-interprete.jpg")


def wall() -> None:
    """The paper wall of day 1: five clusters of sticky notes under their names."""
    rng = random.Random(4)
    image = Image.new("RGB", (W, H), (232, 230, 222))
    draw = ImageDraw.Draw(image)
    colours = [(255, 240, 140), (255, 200, 150), (190, 230, 190), (180, 210, 250), (250, 190, 220)]
    names = ("Logement", "Mobilité", "Emploi", "Lien social", "Droits, santé")
    for n, name in enumerate(names):
        left = 40 + n * 232
        draw.text((left + 10, 40), name, font=font(30, bold=True), fill=PEN)
        for k in range(rng.randrange(4, 6)):
            x = left + 10 + (k % 2) * 105 + rng.randrange(-6, 6)
            y = 110 + (k // 2) * 120 + rng.randrange(-6, 6)
            draw.rectangle((x, y, x + 95, y + 95), fill=colours[n], outline=(150, 150, 140))
            for line in range(3):
                length = rng.randrange(40, 80)
                ly = y + 22 + line * 22
                draw.line((x + 10, ly, x + 10 + length, ly), fill=PEN, width=3)
        for d in range(rng.randrange(1, 6)):  # the dots stuck at the end of the day
            draw.ellipse((left + 20 + d * 30, 520, left + 42 + d * 30, 542), fill=RED)
    draw.text((40, 820), "Mur d’idées — jour 1, salle du conseil", font=font(28), fill=PEN)
    finish(image, rng, "mur-idees-jour1.jpg")


if __name__ == "__main__":
    storyboard()
    phone()
    card()
    wall()
