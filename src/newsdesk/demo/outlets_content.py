"""Stories the demo outlets carry (fictional, written for the demo).

Each story belongs to one outlet (by name, as in `content.OUTLETS`) and is
dated `days_ago` before today. A story with `copy_of` is a syndicated copy of
another outlet's story, with the small edits given in `edits` (old -> new).
"""

from __future__ import annotations

WATCHLIST = {
    "name": "Kestrel Bay",
    "exclusions": "Kestrel Bay Hotel",
    "terms": {
        "Kestrel Bay": "baie de Kestrel\nGjiri i Kestrelit\nخلیج کسترل\nخليج كسترل",
        "Friends of Kestrel Bay": "Amis de la baie de Kestrel\nدوستان خلیج کسترل",
    },
}

STORIES = [
    {
        "outlet": "Saltreach Courier",
        "slug": "heron-count",
        "days_ago": 1,
        "title": "Winter count finds more herons on Kestrel Bay",
        "author": "Jane Roe",
        "paragraphs": [
            "Volunteers from the Friends of Kestrel Bay counted two hundred and "
            "twelve grey herons on the mudflats last weekend, thirty more than at "
            "the same time last year.",
            "The count, made at low tide from six hides along the shore, also "
            "recorded the first spoonbills seen in the bay for a decade. The "
            "group credits the quieter footpaths and the restored reed beds near "
            "Tidewick.",
            "The next count is planned for the end of January, and the group is "
            "looking for volunteers with binoculars and warm boots.",
        ],
    },
    {
        "outlet": "Port Alder Gazette",
        "slug": "herons-up-on-kestrel-bay",
        "days_ago": 1,
        "copy_of": "heron-count",
        "title": "Herons up on Kestrel Bay, volunteers say",
        "edits": {"last weekend": "on Saturday and Sunday", "warm boots": "boots"},
    },
    {
        "outlet": "Marrowby Weekly",
        "slug": "boat-festival",
        "days_ago": 2,
        "title": "Tidewick boat festival draws record crowds",
        "author": "Arlo Venn",
        "paragraphs": [
            "More than four thousand visitors came to the Tidewick boat festival "
            "on Sunday, the largest crowd since the festival began nineteen years "
            "ago.",
            "Boat builders from the whole coast showed their work on the quay, "
            "and the rowing race between the harbour pilots and the lifeboat "
            "crew ended, once again, in a dispute about the finishing line.",
        ],
    },
    {
        "outlet": "Le Héron du Littoral",
        "slug": "benevoles-baie-de-kestrel",
        "days_ago": 3,
        "title": "Des bénévoles nettoient les rives de la baie de Kestrel",
        "author": "Claire Morvan",
        "paragraphs": [
            "Une soixantaine de bénévoles ont ramassé samedi près de deux tonnes "
            "de déchets sur les rives de la baie de Kestrel, à l'appel de "
            "l'association des Amis de la baie de Kestrel.",
            "Filets abandonnés, bouteilles et morceaux de polystyrène formaient "
            "l'essentiel de la collecte. L'association demande à la commune "
            "d'installer des bacs supplémentaires près des parkings.",
            "Une nouvelle journée de nettoyage est prévue au printemps, avant "
            "l'arrivée des oiseaux nicheurs.",
        ],
    },
    {
        "outlet": "Le Courrier des Salines",
        "slug": "deux-tonnes-de-dechets",
        "days_ago": 3,
        "copy_of": "benevoles-baie-de-kestrel",
        "title": "Deux tonnes de déchets ramassées dans la baie de Kestrel",
        "edits": {"Une soixantaine de": "Soixante", "au printemps": "en mars"},
    },
    {
        "outlet": "Zëri i Lagunës",
        "slug": "vullnetaret-ne-breg",
        "days_ago": 2,
        "title": "Vullnetarët pastrojnë bregun e Gjirit të Kestrelit",
        "author": "Drita Malaj",
        "paragraphs": [
            "Rreth gjashtëdhjetë vullnetarë mblodhën të shtunën afro dy ton "
            "mbeturina në bregun e Gjirit të Kestrelit, me ftesë të shoqatës "
            "Miqtë e Kestrel Bay.",
            "Rrjetat e braktisura, shishet dhe copat e polistirenit përbënin "
            "pjesën më të madhe të mbeturinave. Shoqata i kërkon komunës kosha "
            "të rinj pranë parkingjeve.",
        ],
    },
    {
        "outlet": "پیک مرداب",
        "slug": "sarshomari-parandegan",
        "days_ago": 1,
        "title": "سرشماری زمستانی پرندگان در خلیج کسترل",
        "author": "شیرین دریایی",
        "paragraphs": [
            "داوطلبان انجمن دوستان خلیج کسترل آخر هفته‌ی گذشته دویست و دوازده "
            "حواصیل خاکستری را در پهنه‌های گلی شمارش کردند که سی قطعه بیش از "
            "سال گذشته است.",
            "این سرشماری هنگام جزر از شش پناهگاه در کرانه انجام شد و برای "
            "نخستین بار در ده سال گذشته کفچه‌نوک نیز در خلیج دیده شد.",
            "سرشماری بعدی برای پایان دی‌ماه برنامه‌ریزی شده و انجمن به داوطلبانی "
            "با دوربین دوچشمی نیاز دارد.",
        ],
    },
    {
        "outlet": "نیزار امروز",
        "slug": "havasil-dar-khalij",
        "days_ago": 1,
        "copy_of": "sarshomari-parandegan",
        "title": "افزایش شمار حواصیل‌ها در خلیج کسترل",
        # The copy is typed with Arabic letter forms and no ZWNJ.
        "edits": {"ی": "ي", "ک": "ك", "\u200c": " "},
    },
    {
        "outlet": "نشرة المدّ",
        "slug": "mutatawwiun-yunazzifun",
        "days_ago": 2,
        "title": "متطوعون ينظفون شاطئ خليج كسترل",
        "author": "ليلى حداد",
        "paragraphs": [
            "جمع نحو ستين متطوعا يوم السبت قرابة طنين من النفايات على شاطئ "
            "خليج كسترل بدعوة من جمعية أصدقاء خليج كسترل.",
            "وشكلت الشباك المهجورة والزجاجات وقطع البوليسترين معظم ما جُمع، "
            "وطالبت الجمعية البلدية بوضع حاويات إضافية قرب مواقف السيارات.",
        ],
    },
    {
        "outlet": "Saltreach Courier",
        "slug": "harbour-cafe",
        "days_ago": 4,
        "title": "Harbour café changes hands after forty years",
        "author": "Jane Roe",
        "paragraphs": [
            "The Anchor café on Saltreach quay has a new owner for the first "
            "time in forty years. Its founder, who opened it with a single "
            "kettle and four tables, hands over to her former apprentice.",
            "Regulars need not worry: the fish soup stays on the menu.",
        ],
    },
]
