"""English translations of a few demo clippings, by slug (fictional, as the rest).

Each gives the title and the excerpt's paragraphs in English, as an editor
would after editing a machine suggestion; the page shows them first, with the
original beside them.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, object]] = {
    "fa-gullstone-railings": {
        "title": "Gullstone lighthouse’s historic railings are back in place",
        "excerpt": [
            "The iron railings of the Gullstone lighthouse gallery are back in "
            "place after ten weeks of restoration in a workshop in Marrowby. Each "
            "of the railing’s 64 bars was cleaned, repaired and painted the same "
            "dark green as the original.",
            "The lighthouse trust says work on the lantern room begins in spring, "
            "and the restored lens returns from the museum to the tower once the "
            "glazing is finished. The work is on schedule, they say, and the tower "
            "is due to be lit again in spring 2028.",
        ],
    },
    "ar-winter-volunteer-days": {
        "title": "Friends of Kestrel Bay call for volunteer work days this winter",
        "excerpt": [
            "The Friends of Kestrel Bay have announced their winter programme of "
            "volunteer work: a Saturday session every other week from December to "
            "March. The tasks include clearing scrub from the dunes, mending fences "
            "damaged in the storms and building floating rafts for nesting terns "
            "on the north lagoon.",
            "No experience is needed: the Friends provide tools, gloves and hot "
            "soup. Volunteers from abroad, among them students and researchers "
            "from Almira, are welcome too, the group says. Participants meet at the "
            "car park by the Saltreach sea gate at half past nine, and most "
            "sessions end before noon, depending on the tides.",
        ],
    },
    "sq-vizatimet-udhetojne-marrowby": {
        "title": "Vela pupils’ drawings travel to Marrowby",
        "excerpt": [
            "Ten drawings by pupils of the “Detari” school in Vela will be shown "
            "in December in the hall of the Coastal Museum in Marrowby, alongside "
            "the winning entries of the Kestrel Bay bird-drawing competition. The "
            "organisers said the Vela children’s drawings will have a corner of "
            "their own, with notes in Albanian and in English.",
        ],
    },
}
