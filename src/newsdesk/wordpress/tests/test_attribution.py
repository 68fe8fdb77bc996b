import datetime as dt

import pytest

from newsdesk.newsroom.attribution import Source
from newsdesk.wordpress.attribution import parse_attribution, parse_date

JAN26 = dt.date(2021, 1, 26)
KNOWN = ["Saltreach Courier", "Harbour Wire", "Kestrel Post", "روزنامه ساحل"]


@pytest.mark.parametrize(
    ("text", "sources", "rest"),
    [
        (
            "Jane Roe, Saltreach Courier, Port Alder, January 26 2021:… The tide rose.",
            [Source("Saltreach Courier", ("Jane Roe",), "Port Alder", JAN26)],
            "The tide rose.",
        ),
        (
            "Saltreach Courier, January 26 2021:… Text",
            [Source("Saltreach Courier", (), "", JAN26)],
            "Text",
        ),
        (
            "Saltreach Courier, Port Alder, January 26, 2021: Text",
            [Source("Saltreach Courier", (), "Port Alder", JAN26)],
            "Text",
        ),
        (
            "Jane Roe, Saltreach Courier, 26 Jan 2021:... Text",
            [Source("Saltreach Courier", ("Jane Roe",), "", JAN26)],
            "Text",
        ),
        (
            "Saltreach Courier, Harbour Wire and Kestrel Post, December 23 2020:… T",
            [
                Source("Saltreach Courier", (), "", dt.date(2020, 12, 23)),
                Source("Harbour Wire", (), "", dt.date(2020, 12, 23)),
                Source("Kestrel Post", (), "", dt.date(2020, 12, 23)),
            ],
            "T",
        ),
        (
            "Harbour Wire and Kestrel Post, Port Alder, January 26 2021:… T",
            [
                Source("Harbour Wire", (), "Port Alder", JAN26),
                Source("Kestrel Post", (), "Port Alder", JAN26),
            ],
            "T",
        ),
        (
            "Jane Roe and Sam Vey, Saltreach Courier, Port Alder, January 26 2021: T",
            [Source("Saltreach Courier", ("Jane Roe", "Sam Vey"), "Port Alder", JAN26)],
            "T",
        ),
        (
            "Saltreach Courier:… T",
            [Source("Saltreach Courier")],
            "T",
        ),
        (
            "مریم رحیمی، روزنامه ساحل، بندر آلدر، January 26 2021:… متن",
            [Source("روزنامه ساحل", ("مریم رحیمی",), "بندر آلدر", JAN26)],
            "متن",
        ),
        (
            "روزنامه ساحل، خبرگزاری بندر و صدای کسترل، January 26 2021:… متن",
            [
                Source("روزنامه ساحل", (), "", JAN26),
                Source("خبرگزاری بندر", (), "", JAN26),
                Source("صدای کسترل", (), "", JAN26),
            ],
            "متن",
        ),
        (
            "سارة علي، جريدة الساحل، ٢٦ January ٢٠٢١:… نص",
            [Source("جريدة الساحل", ("سارة علي",), "", JAN26)],
            "نص",
        ),
    ],
)
def test_attribution_lines_are_read(text, sources, rest):
    parsed = parse_attribution(text, KNOWN)
    assert parsed is not None
    assert list(parsed.sources) == sources
    assert parsed.rest == rest


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Tuesday. Here is why: money.",
        "Note: the meeting moved.",
        "January 26 2021: a date alone names no source.",
        "Plain paragraph without any colon at all",
        "One, two, three, four, five, January 26 2021: too many parts",
        "",
    ],
)
def test_other_openings_are_not_attribution(text):
    assert parse_attribution(text, KNOWN) is None


def test_known_outlet_first_means_outlet_then_place():
    parsed = parse_attribution("Kestrel Post, Port Alder, January 26 2021: T", KNOWN)
    assert parsed.sources == (Source("Kestrel Post", (), "Port Alder", JAN26),)
    unknown = parse_attribution("Ada Lind, Moor Gazette, January 26 2021: T", KNOWN)
    assert unknown.sources == (Source("Moor Gazette", ("Ada Lind",), "", JAN26),)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("January 26 2021", JAN26),
        ("Jan. 26, 2021", JAN26),
        ("26 January 2021", JAN26),
        ("2021-01-26", JAN26),
        ("February 30 2021", None),
        ("Someday 26 2021", None),
    ],
)
def test_parse_date(text, date):
    assert parse_date(text) == date
