from datetime import date

import pytest

from newsdesk.newsroom.attribution import (
    Part,
    Punctuation,
    Source,
    attribution_parts,
    attribution_text,
    join_names,
    punctuation_for,
    split_authors,
)

D = date(2021, 1, 26)
A = "https://a.example/story"
B = "https://www.b.example/x"
C = "https://c.example/y"


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        # One source, every part present, and each part missing in turn.
        (
            [Source("Outlet A", ("Jane Roe",), "Saltreach", D, A)],
            "Jane Roe, Outlet A, Saltreach, January 26 2021",
        ),
        (
            [Source("Outlet A", (), "Saltreach", D, A)],
            "Outlet A, Saltreach, January 26 2021",
        ),
        (
            [Source("Outlet A", ("Jane Roe",), "", D, A)],
            "Jane Roe, Outlet A, January 26 2021",
        ),
        (
            [Source("Outlet A", ("Jane Roe",), "Saltreach", None, A)],
            "Jane Roe, Outlet A, Saltreach",
        ),
        (
            [Source("", ("Jane Roe",), "Saltreach", D, "")],
            "Jane Roe, Saltreach, January 26 2021",
        ),
        ([Source("Outlet A")], "Outlet A"),
        ([Source(date=D)], "January 26 2021"),
        ([Source(place="Saltreach")], "Saltreach"),
        # No outlet and no author: the source's host names it.
        ([Source(url=B, date=D)], "b.example, January 26 2021"),
        # Several authors of one source.
        (
            [Source("Outlet A", ("Jane Roe", "Sam Poe"))],
            "Jane Roe and Sam Poe, Outlet A",
        ),
        (
            [Source("Outlet A", ("Jane Roe", "Sam Poe", "Ana Lee"), "", D)],
            "Jane Roe, Sam Poe and Ana Lee, Outlet A, January 26 2021",
        ),
        # All missing: nothing at all, not a stray comma.
        ([], ""),
        ([Source()], ""),
        ([Source(), Source()], ""),
        # Several outlets carrying one story.
        (
            [
                Source("Outlet A", date=date(2020, 12, 23)),
                Source("Outlet B", date=date(2020, 12, 24)),
                Source("Outlet C"),
            ],
            "Outlet A, Outlet B and Outlet C, December 23 2020",
        ),
        ([Source("Outlet A"), Source("Outlet B")], "Outlet A and Outlet B"),
        # Shared author and place are kept once; differing ones are left out.
        (
            [
                Source("Outlet A", ("Jane Roe",), "Saltreach", D),
                Source("Outlet B", ("Jane Roe",), "Saltreach"),
            ],
            "Jane Roe, Outlet A and Outlet B, Saltreach, January 26 2021",
        ),
        (
            [
                Source("Outlet A", ("Jane Roe",), "Saltreach"),
                Source("Outlet B", ("Sam Poe",), "Marrowby", D),
            ],
            "Outlet A and Outlet B, January 26 2021",
        ),
        # An empty source among several is ignored.
        ([Source("Outlet A", date=D), Source()], "Outlet A, January 26 2021"),
        # Persian script passes through untouched.
        (
            [Source("روزنامه ساحل", ("مریم احمدی",), "بندر آلدر", D)],
            "مریم احمدی, روزنامه ساحل, بندر آلدر, January 26 2021",
        ),
    ],
)
def test_attribution_text(sources, expected):
    assert attribution_text(sources) == expected


def test_each_outlet_links_to_its_own_source():
    parts = attribution_parts(
        [
            Source("Outlet A", url=A),
            Source("Outlet B", url=B),
            Source("Outlet C", url=C),
        ]
    )
    assert [(p.text, p.url) for p in parts if p.url] == [
        ("Outlet A", A),
        ("Outlet B", B),
        ("Outlet C", C),
    ]


def test_author_links_when_there_is_no_outlet():
    parts = attribution_parts([Source("", ("Jane Roe",), url=A)])
    assert parts == [Part("Jane Roe", A)]


def test_single_source_links_outlet_not_place_or_date():
    parts = attribution_parts([Source("Outlet A", ("Jane Roe",), "Saltreach", D, A)])
    linked = [p for p in parts if p.url]
    assert linked == [Part("Outlet A", A)]


@pytest.mark.parametrize(
    ("names", "joined"),
    [
        ([], ""),
        (["A"], "A"),
        (["A", "B"], "A and B"),
        (["A", "B", "C"], "A, B and C"),
        (["A", "", "C"], "A and C"),
    ],
)
def test_join_names(names, joined):
    assert join_names(names) == joined


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("", ()),
        ("Jane Roe", ("Jane Roe",)),
        ("Jane Roe, Sam Poe", ("Jane Roe", "Sam Poe")),
        ("Jane Roe; Sam Poe\nAna Lee", ("Jane Roe", "Sam Poe", "Ana Lee")),
        (" , Jane Roe ,, ", ("Jane Roe",)),
    ],
)
def test_split_authors(text, names):
    assert split_authors(text) == names


PERSIAN = Punctuation("، ", " و ")


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (
            [Source("روزنامه ساحل", ("مریم احمدی", "آرش مهرپویا"), "بندر آلدر")],
            "مریم احمدی و آرش مهرپویا، روزنامه ساحل، بندر آلدر",
        ),
        (
            [Source("الف"), Source("ب"), Source("ج")],
            "الف، ب و ج",
        ),
    ],
)
def test_arabic_script_punctuation(sources, expected):
    assert attribution_text(sources, PERSIAN) == expected


def test_separators_are_marked():
    parts = attribution_parts([Source("Outlet A"), Source("Outlet B", date=D)])
    assert [p.text for p in parts if p.separator] == [" and ", ", "]
    assert not any(p.separator for p in parts if p.url)


def test_a_group_names_each_outlet_once():
    """Seen: "Le Courrier des Salines, Le Héron du Littoral, Le Courrier des
    Salines and Le Héron du Littoral"."""
    sources = [
        Source("Le Courrier des Salines", (), "", D, A),
        Source("Le Héron du Littoral", (), "", D, B),
        Source("Le Courrier des Salines", (), "", None, C),
        Source("le héron du  littoral", (), "", None, C + "2"),
    ]
    assert attribution_text(sources) == (
        "Le Courrier des Salines and Le Héron du Littoral, January 26 2021"
    )
    names = [p for p in attribution_parts(sources) if p.url]
    assert [(p.text, p.url) for p in names] == [
        ("Le Courrier des Salines", A),
        ("Le Héron du Littoral", B),
    ]


DEC_6 = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("language", "numbering", "sources", "expected"),
    [
        (
            "en",
            "latn",
            [Source("Courier", date=DEC_6), Source("Gazette"), Source("Post")],
            "Courier, Gazette and Post, December 6 2026",
        ),
        (
            "fa",
            "arabext",
            [Source("روزنامه ساحل", date=DEC_6), Source("خبرگزاری بندر")],
            "روزنامه ساحل و خبرگزاری بندر، ۱۵ آذر ۱۴۰۵",
        ),
        (
            "fa",
            "arabext",
            [Source("روزنامه ساحل", ("مریم احمدی",), "بندر آلدر", DEC_6)],
            "مریم احمدی، روزنامه ساحل، بندر آلدر، ۱۵ آذر ۱۴۰۵",
        ),
        (
            "ar",
            "latn",
            [Source("الوادي", date=DEC_6), Source("الساحل"), Source("المرفأ")],
            "الوادي، الساحل و المرفأ، 6 ديسمبر 2026",
        ),
        (
            "ar",
            "arab",
            [Source("الوادي", date=DEC_6)],
            "الوادي، ٦ ديسمبر ٢٠٢٦",
        ),
        (
            "fr",
            "latn",
            [Source("La Gazette", ("Anne Roy", "Luc Blanc"), "Lyon", DEC_6)],
            "Anne Roy et Luc Blanc, La Gazette, Lyon, 6 décembre 2026",
        ),
        (
            "fr-CA",
            "latn",
            [Source("La Gazette", date=DEC_6), Source("Le Courrier")],
            "La Gazette et Le Courrier, 6 décembre 2026",
        ),
        (
            "sq",
            "latn",
            [Source("Zëri", date=DEC_6), Source("Koha"), Source("Shekulli")],
            "Zëri, Koha dhe Shekulli, 6 dhjetor 2026",
        ),
        # A language without an interface: its CLDR date, English "and".
        ("de", "latn", [Source("Kurier", date=DEC_6)], "Kurier, 6 Dezember 2026"),
    ],
)
def test_attribution_line_in_the_items_language(language, numbering, sources, expected):
    punctuation = punctuation_for(language, numbering)
    assert attribution_text(sources, punctuation) == expected
