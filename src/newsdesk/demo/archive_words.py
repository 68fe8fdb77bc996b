"""Word lists for the generated archive: fictional outlets, places, people."""

import random

from django.utils.text import slugify

OUTLETS = [
    ("Fenby Ledger", "en"),
    ("Marrowgate Daily", "en"),
    ("The Heronsford Post", "en"),
    ("Coldwater Gazette", "en"),
    ("Riverlea Observer", "en"),
    ("Quillmouth Herald", "en"),
    ("Le Courrier de Brumeval", "fr"),
    ("Gazeta e Lumëzës", "sq"),
    ("Tidewick Evening News", "en"),
    ("Ashcombe Weekly", "en"),
    ("Northfen Bulletin", "en"),
    ("Saltmere Review", "en"),
]
PLACES = ["Fenby", "Marrowgate", "Heronsford", "Coldwater", "Riverlea", "Quillmouth"]
TAGS = [
    "wetlands",
    "water rights",
    "river survey",
    "fisheries",
    "town council",
    "volunteers",
    "floods",
    "birdlife",
    "reed beds",
    "harbour",
    "public hearing",
    "restoration",
]
FIRST = ["Ada", "Bram", "Cora", "Dov", "Edda", "Fitz", "Greta", "Hal", "Isla", "Jory"]
LAST = ["Marsh", "Reedy", "Tallow", "Brook", "Wren", "Fallow", "Pike", "Moss", "Heath"]
SUBJECTS = [
    "Heron count",
    "River survey",
    "Council vote",
    "Reed bed plan",
    "Flood barrier",
    "Volunteer patrol",
    "Harbour dredging",
    "Eel ladder",
    "Water permit",
    "Marsh trail",
]
VERBS = ["rises in", "stalls in", "returns to", "divides", "delayed in", "praised in"]
SENTENCES = [
    "Volunteers counted the birds at dawn along the northern channel.",
    "The council said the survey would be published before the autumn session.",
    "Residents asked for the hearing to be held in the evening.",
    "Water levels stayed below the spring average for a third week.",
    "The trust's report lists forty sites where reeds have returned.",
    "Fishers at the harbour described a quieter season than last year.",
    "An engineer told the meeting the barrier would be tested in March.",
    "The plan keeps the old towpath open to walkers and cyclists.",
]


def headline(rng: random.Random) -> str:
    """Return a fictional headline: "Heron count rises in Fenby"."""
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(PLACES)}"


def slug(title: str) -> str:
    return slugify(title)[:60]


def author(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def excerpt(rng: random.Random) -> str:
    chosen = rng.sample(SENTENCES, 3)
    return "".join(f"<p>{sentence}</p>" for sentence in chosen)


def comment(rng: random.Random) -> str:
    return rng.choice(SENTENCES)


def outlet_url(name: str) -> str:
    return f"https://{slugify(name)}.example/"
