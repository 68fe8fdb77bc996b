"""Content of the offline demo site: the Friends of Kestrel Bay.

Everything here is fictional. Kestrel Bay, its towns (Saltreach, Port Alder,
Marrowby, Tidewick), its partner wetlands abroad, the outlets, the authors and
the people quoted are invented for the demo and do not refer to real places,
people or publications.

The module holds only literals. Dates are relative: ``week`` counts back from
the current week (0 = this week, 11 = eleven weeks ago) and ``weekday`` runs
from 0 (Monday) to 6 (Sunday). A source's ``days_before`` places its
publication date that many days before the clipping's date, or is ``None`` when
the source carries no date. ``posting_date`` False means the editor gave no
posting date, so the page falls back to the source date.
"""

from __future__ import annotations

from .articles import ARTICLES
from .clippings_weeks_0_3 import CLIPPINGS as _clippings_weeks_0_3
from .clippings_weeks_4_7 import CLIPPINGS as _clippings_weeks_4_7
from .clippings_weeks_8_11 import CLIPPINGS as _clippings_weeks_8_11
from .translations import TRANSLATIONS

# The organisation that runs the demo site.
ORGANISATION = {
    "name": "Friends of Kestrel Bay",
    "tagline": (
        "Volunteers caring for the Kestrel Bay wetland and keeping track of what the "
        "press writes about it."
    ),
    "aims_html": (
        "<p>The <b>Friends of Kestrel Bay</b> are birdwatchers, walkers, anglers, "
        "teachers and neighbours who look after the coastal wetland between Saltreach "
        "and Port Alder, alongside its wardens.</p>"
        "<ul>"
        "<li>We count birds, mend fences, cut reeds and plant eelgrass.</li>"
        "<li>We gather and share what newspapers at home and along the flyway write "
        "about the bay, in five languages.</li>"
        "<li>We welcome visitors, schools and volunteers from our partner wetlands "
        "abroad.</li>"
        "</ul>"
        "<p>Everyone is welcome. No experience is needed, only <i>warm socks</i>.</p>"
    ),
    "footer_html": (
        "<p>Friends of Kestrel Bay, The Sluice Hut, Saltreach. A volunteer group; "
        "every clipping remains the work of its authors and outlet.</p>"
    ),
    "social": [
        (
            "mastodon",
            "@kestrelbay@example.social",
            "https://example.social/@kestrelbay",
        ),
        (
            "bluesky",
            "@kestrelbay.example.social",
            "https://bsky.example.social/profile/kestrelbay",
        ),
        ("telegram", "@kestrelbaynews", "https://t.example.org/kestrelbaynews"),
        ("website", "kestrelbay.example.org", "https://kestrelbay.example.org/"),
        ("email", "desk@kestrelbay.example", "mailto:desk@kestrelbay.example"),
    ],
}

HOME_INTRO_HTML = (
    "<p>News, notices and letters from Kestrel Bay: what the papers say about our "
    "wetland, its birds and its lighthouse, gathered in five languages by the "
    "volunteers of the Friends of Kestrel Bay.</p>"
)

# Site sections, in menu order. Clippings live in “news”.
SECTIONS = [
    {
        "slug": "news",
        "title": "News",
        "intro_html": (
            "<p>Short extracts from press coverage of Kestrel Bay, at home and along "
            "the flyway, with a link to each original article.</p>"
        ),
    },
    {
        "slug": "notices",
        "title": "Notices",
        "intro_html": "<p>Volunteer days, meetings and opening hours.</p>",
    },
    {
        "slug": "letters",
        "title": "Letters",
        "intro_html": "<p>Letters from readers, members and friends of the bay.</p>",
    },
    {
        "slug": "statements",
        "title": "Statements",
        "intro_html": (
            "<p>Statements from the committee of the Friends of Kestrel Bay.</p>"
        ),
    },
]

# The small tag vocabulary used by clippings and articles.
TAGS = [
    "birds",
    "boardwalk",
    "fishing",
    "funding",
    "lighthouse",
    "museum",
    "restoration",
    "schools",
    "storms",
    "tourism",
    "volunteers",
    "water quality",
]

# Press outlets: three in English, two each in French, Albanian, Persian and
# Arabic. Names are given in their own language and script.
OUTLETS = [
    {
        "name": "Saltreach Courier",
        "url": "https://saltreach-courier.example/",
        "language": "en",
        "country": "Westmarch",
    },
    {
        "name": "Port Alder Gazette",
        "url": "https://port-alder-gazette.example/",
        "language": "en",
        "country": "Westmarch",
    },
    {
        "name": "Marrowby Weekly",
        "url": "https://marrowby-weekly.example/",
        "language": "en",
        "country": "Westmarch",
    },
    {
        "name": "Le Héron du Littoral",
        "url": "https://heron-du-littoral.example/",
        "language": "fr",
        "country": "Auberland",
    },
    {
        "name": "Le Courrier des Salines",
        "url": "https://courrier-des-salines.example/",
        "language": "fr",
        "country": "Auberland",
    },
    {
        "name": "Zëri i Lagunës",
        "url": "https://zeri-i-lagunes.example/",
        "language": "sq",
        "country": "Veloria",
    },
    {
        "name": "Gazeta e Bregut",
        "url": "https://gazeta-e-bregut.example/",
        "language": "sq",
        "country": "Veloria",
    },
    {
        "name": "پیک مرداب",
        "url": "https://peyk-e-mordab.example/",
        "language": "fa",
        "country": "Zarvand",
    },
    {
        "name": "نیزار امروز",
        "url": "https://neyzar-emrooz.example/",
        "language": "fa",
        "country": "Zarvand",
    },
    {
        "name": "نشرة المدّ",
        "url": "https://nashrat-al-madd.example/",
        "language": "ar",
        "country": "Almira",
    },
    {
        "name": "بريد المرفأ",
        "url": "https://bareed-al-marfa.example/",
        "language": "ar",
        "country": "Almira",
    },
]


# The weekly digest (issue #8): the demo's issues are numbered from here, and
# one of them quotes a social-media post (as text, never embedded).
DIGEST = {
    "first_number": 268,
    "title": "Weekly Digest",
    "slug": "digest",
    "intro_html": (
        "<p>Every Monday, the week's press about Kestrel Bay in one numbered "
        "issue, language by language.</p>"
    ),
    "social_post": {
        "weeks_ago": 1,
        "author_name": "Tamsin Reedwarden",
        "handle": "@reedwarden@example.social",
        "days_after_monday": 2,
        "text": (
            "Forty-one avocets on the east lagoon at dawn, the most we have "
            "counted since the sluice was mended. Thank you to everyone who "
            "turned out in the rain!"
        ),
        "link": "https://example.social/@reedwarden/1042",
    },
}

# Press clippings, newest first (split by week only to keep the files short).
CLIPPINGS = _clippings_weeks_0_3 + _clippings_weeks_4_7 + _clippings_weeks_8_11

__all__ = [
    "ARTICLES",
    "CLIPPINGS",
    "DIGEST",
    "HOME_INTRO_HTML",
    "ORGANISATION",
    "OUTLETS",
    "SECTIONS",
    "TAGS",
    "TRANSLATIONS",
]
