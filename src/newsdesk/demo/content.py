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

# Press clippings, newest first.
CLIPPINGS = [
    {
        "slug": "fa-gullstone-railings",
        "title": "نرده‌های تاریخی فانوس دریایی گال‌استون به جای خود بازگشتند",
        "language": "fa",
        "section": "news",
        "week": 0,
        "weekday": 5,
        "sources": [
            {
                "outlet": "نیزار امروز",
                "authors": "آرش مهرپویا",
                "place": "",
                "days_before": 1,
                "path": "/heritage/gullstone-railings",
            },
        ],
        "excerpt": [
            (
                "نرده‌های آهنی بالکن فانوس دریایی گال‌استون، پس از ده هفته مرمت در "
                "کارگاهی در شهر ماروبی، دوباره در جای خود نصب شدند. هر یک از ۶۴ میلهٔ "
                "این نرده تمیز و تعمیر شده و با همان رنگ سبز تیرهٔ اصلی رنگ‌آمیزی شده "
                "است."
            ),
            (
                "مسئولان بنیاد فانوس دریایی می‌گویند مرمت اتاقک نور در بهار آغاز "
                "می‌شود و عدسی مرمت‌شده پس از پایان شیشه‌کاری از موزه به برج "
                "بازمی‌گردد. به گفتهٔ آنان، کار طبق برنامه پیش می‌رود و برج قرار است "
                "در بهار ۲۰۲۸ دوباره روشن شود."
            ),
        ],
        "commentary": "",
        "tags": ["lighthouse"],
        "posting_date": False,
    },
    {
        "slug": "gullstone-railings-restored",
        "title": "Gullstone’s gallery railings restored before winter",
        "language": "en",
        "section": "news",
        "week": 0,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Port Alder Gazette",
                "authors": "Rory Tanwick",
                "place": "Tidewick",
                "days_before": 0,
                "path": "/news/2026/gullstone-railings",
            },
            {
                "outlet": "Saltreach Courier",
                "authors": "",
                "place": "",
                "days_before": 1,
                "path": "/2026/11/lighthouse-railings",
            },
            {
                "outlet": "Marrowby Weekly",
                "authors": "Elspeth Marrin",
                "place": "",
                "days_before": 2,
                "path": "/2026/11/18/gullstone-railings",
            },
        ],
        "excerpt": [
            (
                "The wrought-iron railings around the Gullstone Lighthouse’s lantern "
                "gallery are back in place after ten weeks in a workshop in Marrowby, "
                "where each of the 64 uprights was cleaned, repaired and repainted in "
                "the original deep green. Engineers fitted the last section on "
                "Wednesday during a rare calm spell, closing the tower to the weather "
                "for the winter."
            ),
            (
                "Trust chair Marjorie Quayle said the lantern itself would be tackled "
                "in the spring, with the restored lens due to return from the museum "
                "once the glazing is complete. “We are on schedule, which in a "
                "lighthouse restoration is practically a miracle,” she said."
            ),
        ],
        "commentary": (
            "Good news to end the autumn. The trust’s open day on the headland in "
            "January will be a chance to see the work up close."
        ),
        "tags": ["lighthouse", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "salt-and-feather-extended",
        "title": "‘Salt and Feather’ extended until the end of April",
        "language": "en",
        "section": "news",
        "week": 0,
        "weekday": 3,
        "sources": [
            {
                "outlet": "Marrowby Weekly",
                "authors": "",
                "place": "",
                "days_before": None,
                "path": "/whats-on/salt-and-feather-extended",
            },
        ],
        "excerpt": [
            (
                "The Museum of the Coast has extended its ‘Salt and Feather’ "
                "exhibition until the end of April after welcoming more than 9,000 "
                "visitors in its first month, a record for a temporary display at the "
                "Marrowby museum. Staff say the recorded interviews with former salt "
                "workers have been especially popular with school groups and with "
                "families bringing grandparents who remember the pans."
            ),
        ],
        "commentary": "",
        "tags": ["museum", "tourism"],
        "posting_date": True,
    },
    {
        "slug": "ar-winter-volunteer-days",
        "title": "«أصدقاء خليج كيسترل» تدعو إلى أيام عمل تطوعية هذا الشتاء",
        "language": "ar",
        "section": "news",
        "week": 0,
        "weekday": 2,
        "sources": [
            {
                "outlet": "نشرة المدّ",
                "authors": "ريم العطّار",
                "place": "",
                "days_before": 1,
                "path": "/2026/11/winter-volunteer-days",
            },
        ],
        "excerpt": [
            (
                "أعلنت جمعية «أصدقاء خليج كيسترل» برنامجها الشتوي للأعمال التطوعية، "
                "الذي يتضمن جلسة عمل يوم السبت مرة كل أسبوعين، من ديسمبر حتى مارس. "
                "وتشمل المهام إزالة الشجيرات من الكثبان، وإصلاح الأسوار التي تضررت "
                "خلال العواصف، وصنع منصات عائمة لتعشيش طيور الخرشنة في البحيرة "
                "الشمالية."
            ),
            (
                "ولا تُشترط أي خبرة سابقة، إذ توفر الجمعية الأدوات والقفازات والحساء "
                "الساخن للمشاركين. وتقول الجمعية إن المتطوعين القادمين من الخارج، "
                "ومنهم طلاب وباحثون من ألميرا، مرحَّب بهم أيضاً. ويلتقي المشاركون عند "
                "موقف السيارات قرب بوابة سالتريتش البحرية في التاسعة والنصف صباحاً، "
                "وتنتهي معظم الجلسات قبل الظهر بحسب مواعيد المدّ."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers"],
        "posting_date": True,
    },
    {
        "slug": "winter-work-parties-announced",
        "title": "Winter work parties announced for the marsh",
        "language": "en",
        "section": "news",
        "week": 0,
        "weekday": 1,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Gareth Pellow",
                "place": "",
                "days_before": 0,
                "path": "/2026/11/winter-work-parties",
            },
        ],
        "excerpt": [
            (
                "The Friends of Kestrel Bay have published their winter programme of "
                "work parties, with sessions every second Saturday from December to "
                "March. Tasks include clearing scrub from the dunes, repairing "
                "storm-damaged fencing, and building nesting rafts for terns, to be "
                "floated on the North Lagoon in the spring."
            ),
            (
                "No experience is needed, and tools, gloves and hot soup are provided. "
                "Volunteers meet at the Saltreach Sluice car park at half past nine, "
                "and most sessions finish before lunch, tides permitting. Families are "
                "welcome, and there are lighter jobs for anyone who would rather not "
                "swing a mallet, from sorting seed to making tea."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "fr-pointe-grise-prepare-accueil",
        "title": "Pointe-Grise prépare l’accueil des bénévoles de Kestrel Bay",
        "language": "fr",
        "section": "news",
        "week": 0,
        "weekday": 0,
        "sources": [
            {
                "outlet": "Le Héron du Littoral",
                "authors": "Inès Calvaroux",
                "place": "Pointe-Grise",
                "days_before": 2,
                "path": "/vie-locale/2026/accueil-benevoles-kestrel-bay",
            },
        ],
        "excerpt": [
            (
                "Après l’accueil chaleureux reçu à Kestrel Bay en septembre, "
                "l’association des Amis de Pointe-Grise prépare à son tour la venue "
                "d’une délégation de bénévoles du Westmarch, prévue en avril. Au "
                "programme : comptages d’oiseaux, une journée de baguage avec la "
                "station ornithologique et une visite des anciens marais salants."
            ),
            (
                "« Nous leur devons au moins une bonne soupe de poissons », plaisante "
                "le président de l’association, Gérard Pellissou. Les habitants qui "
                "souhaitent héberger un bénévole peuvent se faire connaître à la "
                "mairie jusqu’à la fin janvier. L’association cherche aussi des "
                "volontaires pour traduire le livret d’accueil en anglais."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers", "birds"],
        "posting_date": False,
    },
    {
        "slug": "fr-bilan-automne-spatules",
        "title": "Bilan d’automne : trois spatules de Pointe-Grise à Kestrel Bay",
        "language": "fr",
        "section": "news",
        "week": 1,
        "weekday": 5,
        "sources": [
            {
                "outlet": "Le Courrier des Salines",
                "authors": "Louis Barthemont",
                "place": "",
                "days_before": 1,
                "path": "/2026/11/bilan-automne-kestrel-bay",
            },
            {
                "outlet": "Le Héron du Littoral",
                "authors": "",
                "place": "",
                "days_before": 2,
                "path": "/nature/2026/bilan-automne",
            },
        ],
        "excerpt": [
            (
                "L’observatoire ornithologique de Wrenfold a publié son bilan "
                "d’automne pour Kestrel Bay. Outre le record de limicoles enregistré "
                "en octobre, le rapport signale le plus grand rassemblement automnal "
                "d’avocettes depuis dix ans et trois observations de spatules baguées "
                "à Pointe-Grise."
            ),
            (
                "« Nos spatules ont visiblement leurs habitudes là-bas », sourit "
                "Aurélie Montbrun, qui espère renforcer le programme de baguage commun "
                "au printemps. Le rapport complet sera présenté en janvier lors d’une "
                "soirée publique à Saltreach, à laquelle la station de Pointe-Grise "
                "participera à distance."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "reedway-low-lights",
        "title": "Low lights for the Reedway’s winter evenings",
        "language": "en",
        "section": "news",
        "week": 1,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Marrowby Weekly",
                "authors": "Callum Reddaway",
                "place": "Saltreach",
                "days_before": None,
                "path": "/2026/11/reedway-lights",
            },
        ],
        "excerpt": [
            (
                "Small solar-powered lights set into the handrail will guide walkers "
                "along the first stretch of the Reedway boardwalk on winter "
                "afternoons, Saltreach Town Council has confirmed. The amber lamps sit "
                "below knee height and point downwards, so that they light the boards "
                "without shining out across the reedbed where birds roost."
            ),
            (
                "The lights will switch off automatically an hour after sunset. The "
                "rest of the boardwalk, beyond the first hide, will remain unlit, and "
                "the council has promised to review the scheme with the wardens after "
                "its first winter. If the lights prove a success, a similar design may "
                "be used on the path to the Gullstone headland."
            ),
        ],
        "commentary": (
            "We asked for lights that bats and birds would barely notice, and this "
            "design seems to do just that."
        ),
        "tags": ["boardwalk"],
        "posting_date": True,
    },
    {
        "slug": "fa-autumn-survey-summary",
        "title": "جمع‌بندی شمارش پاییزی: فصلی استثنایی برای پرندگان خلیج کسترل",
        "language": "fa",
        "section": "news",
        "week": 1,
        "weekday": 3,
        "sources": [
            {
                "outlet": "پیک مرداب",
                "authors": "",
                "place": "",
                "days_before": 0,
                "path": "/1405/birds/autumn-survey-summary",
            },
            {
                "outlet": "نیزار امروز",
                "authors": "ترانه سپهری‌نژاد",
                "place": "",
                "days_before": None,
                "path": "/environment/autumn-bird-survey",
            },
        ],
        "excerpt": [
            (
                "رصدخانهٔ پرندگان رن‌فولد گزارش پاییزی خود را دربارهٔ خلیج کسترل منتشر "
                "کرد. بر اساس این گزارش، افزون بر رکورد شمارش پرندگان کنارآبزی در ماه "
                "اکتبر، بزرگ‌ترین تجمع پاییزی آووست‌ها در ده سال گذشته نیز ثبت شده "
                "است. سه کفچه‌نوک حلقه‌گذاری‌شده از سواحل اوبرلند هم در تالاب دیده "
                "شده‌اند."
            ),
            (
                "در این گزارش از ۹۶ داوطلب قدردانی شده که دست‌کم در یکی از شمارش‌ها "
                "شرکت کرده‌اند؛ از جمله چند پرنده‌نگر زروندی‌تبار ساکن ماروبی و "
                "پژوهشگرانی از زروند. رصدخانه قصد دارد در ماه ژانویه نتایج کامل را در "
                "نشستی عمومی ارائه کند."
            ),
        ],
        "commentary": "",
        "tags": ["birds", "volunteers"],
        "posting_date": True,
    },
    {
        "slug": "autumn-survey-remarkable-season",
        "title": "Autumn bird survey confirms a remarkable season",
        "language": "en",
        "section": "news",
        "week": 1,
        "weekday": 2,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Maeve Ashdown",
                "place": "",
                "days_before": 1,
                "path": "/2026/11/autumn-bird-survey",
            },
        ],
        "excerpt": [
            (
                "The Wrenfold Bird Observatory has published its autumn summary for "
                "Kestrel Bay, and the numbers bear out what regular visitors "
                "suspected: it has been an exceptional season. Alongside October’s "
                "record wader count, the report notes the largest autumn gathering of "
                "avocets in a decade and three sightings of spoonbills ringed on the "
                "Auberland coast."
            ),
            (
                "Dr Tomas Brierley thanked the 96 volunteers who took part in at least "
                "one count. “A survey like this is only as good as the people standing "
                "in the cold with notebooks,” he said. The observatory will hold an "
                "open evening in January to present the findings."
            ),
        ],
        "commentary": "",
        "tags": ["birds", "volunteers"],
        "posting_date": False,
    },
    {
        "slug": "sq-vizatimet-udhetojne-marrowby",
        "title": "Vizatimet e nxënësve të Velës udhëtojnë drejt Marrowby-t",
        "language": "sq",
        "section": "news",
        "week": 1,
        "weekday": 1,
        "sources": [
            {
                "outlet": "Gazeta e Bregut",
                "authors": "",
                "place": "",
                "days_before": None,
                "path": "/2026/11/vizatimet-ne-muze",
            },
        ],
        "excerpt": [
            (
                "Dhjetë vizatime të nxënësve të shkollës «Detari» në Vela do të "
                "ekspozohen në dhjetor në hollin e Muzeut të Bregdetit në Marrowby, "
                "krahas punimeve fituese të konkursit për vizatimin e shpendëve në "
                "Kestrel Bay. Organizatorët thanë se vizatimet e fëmijëve të Velës do "
                "të kenë një kënd të veçantë, me shënime në shqip dhe në anglisht."
            ),
        ],
        "commentary": "",
        "tags": ["schools", "museum"],
        "posting_date": True,
    },
    {
        "slug": "schools-bird-art-competition",
        "title": "Young artists take flight in schools’ bird competition",
        "language": "en",
        "section": "news",
        "week": 2,
        "weekday": 5,
        "sources": [
            {
                "outlet": "Marrowby Weekly",
                "authors": "",
                "place": "",
                "days_before": 1,
                "path": "/2026/11/bird-art-competition",
            },
        ],
        "excerpt": [
            (
                "More than 180 entries from eleven schools have been submitted to this "
                "year’s Kestrel Bay bird art competition, organised by the Friends of "
                "Kestrel Bay and judged by a panel that included a local illustrator "
                "and a retired lighthouse keeper. The winning pictures, chosen in "
                "three age groups, will be displayed in the foyer of the Museum of the "
                "Coast throughout December."
            ),
            (
                "The judges singled out a collage of an avocet made entirely from "
                "sweet wrappers, and a large painting of the Gullstone Lighthouse "
                "surrounded by what its eight-year-old artist described as “all the "
                "birds that live there, even the ones I made up”."
            ),
        ],
        "commentary": "",
        "tags": ["schools", "birds"],
        "posting_date": True,
    },
    {
        "slug": "fr-benevole-recompensee",
        "title": "Une bénévole de Kestrel Bay récompensée, Pointe-Grise applaudit",
        "language": "fr",
        "section": "news",
        "week": 2,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Le Héron du Littoral",
                "authors": "Camille Vernadet",
                "place": "",
                "days_before": 1,
                "path": "/vie-locale/2026/prix-bethan-carrow",
            },
        ],
        "excerpt": [
            (
                "Bethan Carrow, coordinatrice des bénévoles des Amis de Kestrel Bay, a "
                "reçu le prix annuel de la conservation communautaire de la côte de "
                "Wrenfold. Les bénévoles de Pointe-Grise, qui l’ont rencontrée lors de "
                "leur séjour en septembre, lui ont envoyé une carte signée par toute "
                "l’équipe et ornée d’une spatule, son oiseau préféré."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers"],
        "posting_date": True,
    },
    {
        "slug": "volunteer-coordinator-honoured",
        "title": "Volunteer coordinator honoured for ten years on the marsh",
        "language": "en",
        "section": "news",
        "week": 2,
        "weekday": 3,
        "sources": [
            {
                "outlet": "Port Alder Gazette",
                "authors": "Joss Arbery",
                "place": "",
                "days_before": 2,
                "path": "/news/2026/bethan-carrow-award",
            },
        ],
        "excerpt": [
            (
                "Bethan Carrow, who has coordinated volunteers for the Friends of "
                "Kestrel Bay since 2016, has received the Wrenfold Coast Partnership’s "
                "annual award for community conservation. In that time she has "
                "organised more than four hundred work parties, from reed-cutting and "
                "litter picks to the monthly bird counts that now draw volunteers from "
                "as far away as Auberland and Veloria."
            ),
            (
                "Accepting the award at a ceremony in Saltreach Town Hall, she "
                "insisted it belonged to “everyone who ever turned up in the rain”. "
                "Her colleagues presented her with a framed photograph of her "
                "favourite bird, a spoonbill, taken on the marsh last autumn."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers"],
        "posting_date": True,
    },
    {
        "slug": "fa-young-researcher-mudflats",
        "title": "پژوهشگر جوان زروندی در خلیج کسترل؛ از گل و لای تا داده",
        "language": "fa",
        "section": "news",
        "week": 2,
        "weekday": 2,
        "sources": [
            {
                "outlet": "نیزار امروز",
                "authors": "کاوه نیک‌فرجام",
                "place": "",
                "days_before": 3,
                "path": "/people/parisa-kamrani-kestrel-bay",
            },
        ],
        "excerpt": [
            (
                "پریسا کامرانی، دانشجوی دکترای زیست‌شناسی، سه ماه است که بیشتر روزهایش "
                "را با چکمه‌های بلند روی پهنه‌های گلی خلیج کسترل می‌گذراند. او بررسی "
                "می‌کند که پرندگان کنارآبزی کوچک در ساعت‌های مختلف جزر و مد چه "
                "می‌خورند و چه مدت را صرف تغذیه می‌کنند."
            ),
            (
                "کامرانی می‌گوید: «بسیاری از همین پرندگان در راه بازگشت به شمال از "
                "سواحل ما هم می‌گذرند. اگر بدانیم در هر توقف به چه نیاز دارند، بهتر "
                "می‌توانیم در هر دو کشور از آن‌ها محافظت کنیم.» او از مهربانی داوطلبان "
                "محلی هم تعریف می‌کند که به گفتهٔ خودش «هر روز صبح با فلاسک چای به "
                "استقبالم می‌آیند»."
            ),
        ],
        "commentary": (
            "A lovely profile of one of this autumn’s visiting researchers, who has "
            "joined several of our counts."
        ),
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "ar-fish-study-first-results",
        "title": "نتائج أولية: قنوات المستنقعات المالحة تؤوي آلاف الأسماك الصغيرة",
        "language": "ar",
        "section": "news",
        "week": 2,
        "weekday": 1,
        "sources": [
            {
                "outlet": "بريد المرفأ",
                "authors": "يوسف القلعاوي",
                "place": "",
                "days_before": 2,
                "path": "/science/2026/saltmarsh-fish-results",
            },
        ],
        "excerpt": [
            (
                "أعلن فريق معهد ألميرا لعلوم البحار النتائج الأولية لدراسته الميدانية "
                "في خليج كيسترل، وهي تشير إلى أن القنوات الضحلة داخل المستنقعات "
                "المالحة تؤوي ما يصل إلى ثلاثين سمكة صغيرة في كل متر مربع خلال ساعات "
                "المدّ. ومعظم هذه الأسماك من الأنواع التي يصطادها الصيادون المحليون "
                "لاحقاً في البحر المفتوح."
            ),
            (
                "وقال الدكتور نادر السعدي إن هذه الأرقام «تؤكد أن حماية المستنقعات "
                "ليست مسألة بيئية فحسب، بل تهمّ الصيادين أيضاً». ومن المتوقع أن يُنشر "
                "التقرير الكامل في الربيع المقبل، بعد استكمال تحليل العينات في مختبرات "
                "المعهد. وأشار الفريق إلى أنه سيعود إلى الخليج في الصيف لمقارنة "
                "النتائج بين الفصول، وقياس أثر المستنقع الجديد الذي يُستعاد قرب بوابة "
                "دانمير."
            ),
        ],
        "commentary": "",
        "tags": ["fishing", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "sq-numerimi-vjeshtes-krahasim",
        "title": (
            "Numërimi i vjeshtës: Laguna e Velës krahason të dhënat me Kestrel Bay"
        ),
        "language": "sq",
        "section": "news",
        "week": 2,
        "weekday": 0,
        "sources": [
            {
                "outlet": "Zëri i Lagunës",
                "authors": "Drita Selmanaj",
                "place": "Vela",
                "days_before": 0,
                "path": "/lajme/2026/numerimi-i-vjeshtes",
            },
        ],
        "excerpt": [
            (
                "Për herë të parë, rojet e Lagunës së Velës kanë krahasuar rezultatet "
                "e numërimit të vjeshtës me ato të Kestrel Bay. Sipas të dhënave, të "
                "paktën katër lloje shpendësh ujorë u regjistruan në të dy zonat "
                "brenda pak javësh, gjë që konfirmon se ata ndjekin të njëjtën rrugë "
                "shtegtimi."
            ),
            (
                "«Tani e kemi me numra atë që e ndienim prej kohësh», tha Ardit "
                "Hoxholli. Të dhënat e përbashkëta do t’u paraqiten nxënësve dhe "
                "vullnetarëve në një takim të hapur në dhjetor, ku do të flasin edhe "
                "dy vullnetarë nga Kestrel Bay përmes videolidhjes."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "fr-exposition-sel-et-plume",
        "title": "« Sel et plume » : le musée de Marrowby raconte Kestrel Bay",
        "language": "fr",
        "section": "news",
        "week": 3,
        "weekday": 5,
        "sources": [
            {
                "outlet": "Le Courrier des Salines",
                "authors": "Élodie Fauchereau",
                "place": "Marrowby",
                "days_before": 2,
                "path": "/culture/2026/sel-et-plume",
            },
        ],
        "excerpt": [
            (
                "Le musée de la Côte de Marrowby présente jusqu’à fin février « Sel et "
                "plume », une exposition consacrée à l’histoire de Kestrel Bay. On y "
                "découvre d’anciens bassins à sel, des tables de marées dessinées à la "
                "main et des carnets d’observation tenus par des familles de la région "
                "pendant plus d’un siècle."
            ),
            (
                "Les visiteurs venus de Pointe-Grise y trouveront un clin d’œil "
                "familier : une vitrine consacrée aux oiseaux bagués chez nous et "
                "observés là-bas, dont la fameuse spatule « K7 ». L’entrée est libre "
                "et les commentaires enregistrés sont disponibles en anglais et en "
                "français."
            ),
        ],
        "commentary": "",
        "tags": ["museum"],
        "posting_date": True,
    },
    {
        "slug": "fa-salt-and-feather",
        "title": "«نمک و پر»؛ نمایشگاهی دربارهٔ مردمان ساحل",
        "language": "fa",
        "section": "news",
        "week": 3,
        "weekday": 4,
        "sources": [
            {
                "outlet": "پیک مرداب",
                "authors": "شیرین دلاوری",
                "place": "ماروبی",
                "days_before": 2,
                "path": "/1405/culture/salt-and-feather",
            },
        ],
        "excerpt": [
            (
                "نمایشگاه «نمک و پر» در موزهٔ ساحل شهر ماروبی، که از هفتهٔ گذشته درهای "
                "خود را به روی بازدیدکنندگان گشوده است، داستان خلیج کسترل را از زبان "
                "مردمانی روایت می‌کند که سال‌ها در آن کار و زندگی کرده‌اند. حوضچه‌های "
                "قدیمی نمک‌گیری، جدول‌های دست‌نویس جزر و مد و دفترچه‌های مشاهدهٔ "
                "پرندگان از جمله اشیای این نمایشگاه‌اند."
            ),
            (
                "پرطرفدارترین بخش نمایشگاه، عدسی بزرگ فانوس دریایی گال‌استون است که در "
                "دورهٔ مرمت برج در موزه نگهداری می‌شود. صدای ضبط‌شدهٔ کارگران نمک و "
                "شکارچیان قدیمی نیز در سالن پخش می‌شود. ورود به نمایشگاه رایگان است و "
                "تا پایان ماه فوریه ادامه دارد."
            ),
        ],
        "commentary": "",
        "tags": ["museum"],
        "posting_date": True,
    },
    {
        "slug": "ar-brent-geese-arrive",
        "title": "وصول آلاف من إوز البرنت إلى خليج كيسترل",
        "language": "ar",
        "section": "news",
        "week": 3,
        "weekday": 3,
        "sources": [
            {
                "outlet": "نشرة المدّ",
                "authors": "هالة النجّار",
                "place": "",
                "days_before": 1,
                "path": "/nature/2026/brent-geese-kestrel-bay",
            },
        ],
        "excerpt": [
            (
                "وصل نحو ألفين وثمانمئة طائر من إوز البرنت إلى السهول الطينية في خليج "
                "كيسترل مطلع الأسبوع، قادمة من مناطق تكاثرها في أقصى الشمال. ويقضي هذا "
                "الإوز الصغير الداكن اللون فصل الشتاء في الخليج، حيث يتغذى على الأعشاب "
                "البحرية ونباتات المستنقعات المالحة."
            ),
            (
                "ويأمل القائمون على المحمية أن تستفيد هذه الطيور مستقبلاً من مروج "
                "الأعشاب البحرية التي زرعها المتطوعون في البحيرة الشمالية قبل أسابيع، "
                "وإن كانت نتائج الزراعة لن تتضح قبل الصيف المقبل. وتنصح إدارة المحمية "
                "الزوار بمشاهدة الإوز من الجدار البحري أو من المخبأ الجديد على الممشى "
                "الخشبي، وعدم النزول إلى السهول الطينية حتى لا تُزعج الطيور."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "review-salt-and-feather",
        "title": "Review: ‘Salt and Feather’ gives the marsh a voice",
        "language": "en",
        "section": "news",
        "week": 3,
        "weekday": 2,
        "sources": [
            {
                "outlet": "Marrowby Weekly",
                "authors": "Maeve Ashdown",
                "place": "Marrowby",
                "days_before": 1,
                "path": "/2026/10/review-salt-and-feather",
            },
        ],
        "excerpt": [
            (
                "There is a moment, halfway through the Museum of the Coast’s new "
                "exhibition, when you turn a corner and find yourself face to face "
                "with the Gullstone lens, its prisms catching the light from a tall "
                "window. It is a showstopper, but the quieter objects stay with you "
                "longer: a child’s wooden decoy, a salt rake worn smooth by three "
                "generations of hands, and a notebook in which someone wrote ‘first "
                "curlew’ every autumn for fifty-one years."
            ),
            (
                "The recorded voices are the exhibition’s real triumph. Former salt "
                "workers and wildfowlers talk about cold mornings and long tides "
                "without a trace of nostalgia, and that honesty makes the room feel "
                "alive. ‘Salt and Feather’ runs until the end of February; entry is "
                "free, with donations welcome."
            ),
        ],
        "commentary": "",
        "tags": ["museum"],
        "posting_date": True,
    },
    {
        "slug": "brent-geese-arrive",
        "title": "Brent geese arrive in their thousands",
        "language": "en",
        "section": "news",
        "week": 3,
        "weekday": 1,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Hannah Corlett",
                "place": "Saltreach",
                "days_before": 0,
                "path": "/2026/10/brent-geese-arrive",
            },
            {
                "outlet": "Port Alder Gazette",
                "authors": "Rory Tanwick",
                "place": "",
                "days_before": 1,
                "path": "/news/2026/geese-on-the-flats",
            },
        ],
        "excerpt": [
            (
                "The brent geese are back. Around 2,800 birds were counted on the "
                "Samphire Flats on Monday morning, their low, grumbling calls carrying "
                "right across Saltreach harbour. The small, dark geese spend the "
                "winter grazing on eelgrass and saltmarsh plants before flying north "
                "to breed on the tundra in late spring."
            ),
            (
                "Wardens remind visitors that geese take flight easily when people "
                "walk out onto the mud. The best views are from the sea wall near the "
                "sluice or from the new hide on the Reedway boardwalk, especially in "
                "the two hours before high tide."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": False,
    },
    {
        "slug": "sq-ekspozita-kripe-dhe-pende",
        "title": "«Kripë dhe pendë»: një ekspozitë për njerëzit e bregdetit",
        "language": "sq",
        "section": "news",
        "week": 4,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Gazeta e Bregut",
                "authors": "Ilir Merxhani",
                "place": "Marrowby",
                "days_before": 2,
                "path": "/kulture/2026/kripe-dhe-pende",
            },
        ],
        "excerpt": [
            (
                "Muzeu i Bregdetit në Marrowby hapi këtë javë ekspozitën «Kripë dhe "
                "pendë», kushtuar historisë së Kestrel Bay. Vizitorët mund të shohin "
                "vaska të vjetra për nxjerrjen e kripës, tabela baticash të vizatuara "
                "me dorë dhe fletore vëzhgimi të mbajtura nga familjet vendase për më "
                "shumë se njëqind vjet."
            ),
            (
                "Ekspozita përfshin edhe një kënd të vogël kushtuar Lagunës së Velës, "
                "me fotografi të dërguara nga vullnetarët e Velës. «Donim të tregonim "
                "se bregdeti ynë është pjesë e një rrjeti më të madh», tha kuratorja "
                "Ada Whitcombe. Hyrja është falas, ndërsa shpjegimet e regjistruara "
                "mund të dëgjohen në anglisht dhe në frëngjisht."
            ),
        ],
        "commentary": "",
        "tags": ["museum"],
        "posting_date": True,
    },
    {
        "slug": "fa-storm-corrin",
        "title": "توفان کورین پوشش داربست‌های فانوس دریایی را پاره کرد",
        "language": "fa",
        "section": "news",
        "week": 4,
        "weekday": 3,
        "sources": [
            {
                "outlet": "نیزار امروز",
                "authors": "آرش مهرپویا",
                "place": "",
                "days_before": 1,
                "path": "/news/storm-corrin-lighthouse",
            },
        ],
        "excerpt": [
            (
                "دومین توفان پاییزی سواحل رن‌فولد، که «کورین» نام گرفته، بخشی از پوشش "
                "پلاستیکی داربست‌های فانوس دریایی گال‌استون را پاره کرد. مهندسان روز "
                "سه‌شنبه سازه را بازرسی کردند و اعلام کردند که خود داربست‌ها آسیبی "
                "ندیده‌اند و پوشش تازه پس از آرام شدن باد نصب خواهد شد."
            ),
            (
                "در پی بارش‌های شدید، آزمایشگاه آب منطقه نیز به پرورش‌دهندگان صدف در "
                "بندر پورت آلدر توصیه کرد برداشت را به مدت پنج روز متوقف کنند. به "
                "گفتهٔ این آزمایشگاه، این توصیه اقدامی احتیاطی و معمول پس از توفان است "
                "و به معنای ناسالم بودن صدف‌ها نیست."
            ),
        ],
        "commentary": "",
        "tags": ["storms", "lighthouse"],
        "posting_date": True,
    },
    {
        "slug": "fr-tempete-corrin-phare",
        "title": "Tempête Corrin : la bâche du phare de Gullstone arrachée",
        "language": "fr",
        "section": "news",
        "week": 4,
        "weekday": 3,
        "sources": [
            {
                "outlet": "Le Héron du Littoral",
                "authors": "",
                "place": "",
                "days_before": None,
                "path": "/breves/tempete-corrin-gullstone",
            },
        ],
        "excerpt": [
            (
                "La tempête Corrin, deuxième de la saison sur la côte du Westmarch, a "
                "arraché une partie de la bâche de protection qui entourait "
                "l’échafaudage du phare de Gullstone, à l’entrée de Kestrel Bay. Les "
                "ingénieurs ont confirmé mardi que l’échafaudage lui-même n’avait pas "
                "bougé. Une nouvelle bâche sera posée dès que le vent faiblira."
            ),
        ],
        "commentary": "",
        "tags": ["storms", "lighthouse"],
        "posting_date": True,
    },
    {
        "slug": "storm-corrin-lighthouse-sheeting",
        "title": "Storm Corrin tears lighthouse sheeting, but the scaffold holds",
        "language": "en",
        "section": "news",
        "week": 4,
        "weekday": 2,
        "sources": [
            {
                "outlet": "Port Alder Gazette",
                "authors": "Nia Fenwright",
                "place": "Tidewick",
                "days_before": 0,
                "path": "/news/2026/storm-corrin-gullstone",
            },
        ],
        "excerpt": [
            (
                "The second named storm of the season brought a long night for the "
                "Gullstone Lighthouse Trust, as gusts tore away part of the protective "
                "sheeting wrapped around the upper scaffolding. Volunteers watched "
                "from the harbour wall at first light as long strips of white plastic "
                "flapped from the lantern gallery like bunting."
            ),
            (
                "Engineers inspected the structure on Tuesday and confirmed that the "
                "scaffolding itself had not moved. “The tower was built for weather "
                "like this, and so, thankfully, was the scaffold,” said trust chair "
                "Marjorie Quayle. New sheeting will be fitted once the wind drops."
            ),
        ],
        "commentary": "",
        "tags": ["storms", "lighthouse"],
        "posting_date": True,
    },
    {
        "slug": "ar-oyster-harvest-pause",
        "title": "توقف مؤقت لجمع المحار في بورت ألدر بعد الأمطار الغزيرة",
        "language": "ar",
        "section": "news",
        "week": 4,
        "weekday": 2,
        "sources": [
            {
                "outlet": "بريد المرفأ",
                "authors": "سامر بن عيسى",
                "place": "بورت ألدر",
                "days_before": 0,
                "path": "/2026/10/oyster-harvest-pause",
            },
            {
                "outlet": "نشرة المدّ",
                "authors": "",
                "place": "",
                "days_before": 2,
                "path": "/economy/port-alder-oysters",
            },
        ],
        "excerpt": [
            (
                "طلب مختبر المياه في منطقة رينفولد من مزارعي المحار في بورت ألدر وقف "
                "الجمع لمدة خمسة أيام، بعد أن جرفت السيول التي رافقت العاصفة «كورين» "
                "مياه التلال والحقول نحو الخليج. وأوضح المختبر أن هذا الإجراء احترازي "
                "ومعتاد بعد العواصف، ولا يعني أن المحار غير صالح للاستهلاك."
            ),
            (
                "وقال عدد من المزارعين إنهم يتوقعون العودة إلى العمل قبل نهاية "
                "الأسبوع، فيما ستُنشر نتائج العينات الجديدة على موقع المختبر فور "
                "تحليلها. ويأمل الصيادون ألا يؤثر هذا التوقف القصير على طلبيات الأسواق "
                "الشتوية، التي تبدأ عادة في منتصف نوفمبر. وقال أحدهم مبتسماً: «البحر "
                "يعطينا الكثير، ويحق له أن يطلب منا بعض الصبر أحياناً»."
            ),
        ],
        "commentary": "",
        "tags": ["fishing", "water quality", "storms"],
        "posting_date": True,
    },
    {
        "slug": "shellfish-advice-after-rain",
        "title": "Shellfish advice after heavy rain in the bay",
        "language": "en",
        "section": "news",
        "week": 4,
        "weekday": 1,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "",
                "place": "",
                "days_before": 1,
                "path": "/2026/10/shellfish-advice",
            },
        ],
        "excerpt": [
            (
                "The Wrenfold Water Laboratory has advised oyster growers in Port "
                "Alder to pause harvesting for five days after heavy rain from Storm "
                "Corrin washed run-off from the hills into the bay. The advice is a "
                "standard precaution after storms and does not mean the shellfish are "
                "unsafe, the laboratory said."
            ),
            (
                "Samples taken on Monday and Wednesday will be published on the "
                "laboratory’s website as soon as they have been analysed. Growers said "
                "they expected to be back on the beds by the weekend, in time for the "
                "busy run-up to the winter markets."
            ),
        ],
        "commentary": (
            "Precautionary advice only; the laboratory expects normal results within "
            "days."
        ),
        "tags": ["water quality", "fishing"],
        "posting_date": True,
    },
    {
        "slug": "half-term-bumper-week",
        "title": "Half-term brings a bumper week for coast businesses",
        "language": "en",
        "section": "news",
        "week": 5,
        "weekday": 6,
        "sources": [
            {
                "outlet": "Marrowby Weekly",
                "authors": "Elspeth Marrin",
                "place": "",
                "days_before": 2,
                "path": "/2026/10/half-term-visitors",
            },
        ],
        "excerpt": [
            (
                "Cafés, bike-hire shops and guest houses around Kestrel Bay reported "
                "one of their busiest autumn half-terms on record, helped by mild "
                "weather and news of the record bird count. The Saltreach visitor "
                "centre counted more than 3,400 people through its doors over the "
                "week, almost double the figure for the same period last year."
            ),
            (
                "“People come for the birds and stay for the chips,” joked Lorna Pask, "
                "who runs the Sluice Café. Local businesses have joined the Friends of "
                "Kestrel Bay in reminding visitors to park only in marked areas and to "
                "keep to the paths while the winter flocks settle in."
            ),
        ],
        "commentary": "",
        "tags": ["tourism"],
        "posting_date": False,
    },
    {
        "slug": "ar-half-term-visitors",
        "title": "إقبال قياسي على خليج كيسترل خلال عطلة منتصف الفصل",
        "language": "ar",
        "section": "news",
        "week": 5,
        "weekday": 5,
        "sources": [
            {
                "outlet": "بريد المرفأ",
                "authors": "طارق الزيدي",
                "place": "سالتريتش",
                "days_before": 1,
                "path": "/travel/2026/kestrel-bay-half-term",
            },
        ],
        "excerpt": [
            (
                "شهدت المقاهي ومحلات تأجير الدراجات ودور الضيافة المحيطة بخليج كيسترل "
                "أسبوعاً حافلاً خلال عطلة منتصف الفصل الدراسي، بفضل الطقس المعتدل "
                "والاهتمام الذي أثاره العدد القياسي للطيور. وسجّل مركز الزوار في "
                "سالتريتش أكثر من ثلاثة آلاف وأربعمئة زائر خلال أسبوع واحد، أي ضعف "
                "العدد تقريباً مقارنة بالعام الماضي."
            ),
            (
                "ودعت جمعية «أصدقاء خليج كيسترل» الزوار إلى ركن سياراتهم في الأماكن "
                "المخصصة والالتزام بالممرات، حفاظاً على هدوء أسراب الطيور التي بدأت "
                "تستقر في المنطقة لقضاء فصل الشتاء. وأشارت الجمعية إلى أن أفضل أوقات "
                "المشاهدة هي الساعتان السابقتان للمدّ العالي، حين تتجمع الطيور قرب "
                "الشاطئ ويسهل رؤيتها من الجدار البحري."
            ),
        ],
        "commentary": "",
        "tags": ["tourism"],
        "posting_date": True,
    },
    {
        "slug": "fa-dunmere-sluice",
        "title": "بازگرداندن جزر و مد به چراگاه‌های قدیمی خلیج کسترل",
        "language": "fa",
        "section": "news",
        "week": 5,
        "weekday": 3,
        "sources": [
            {
                "outlet": "نیزار امروز",
                "authors": "ترانه سپهری‌نژاد",
                "place": "",
                "days_before": 2,
                "path": "/environment/dunmere-sluice-restoration",
            },
        ],
        "excerpt": [
            (
                "کار جایگزینی دریچهٔ قدیمی دانمیر در خلیج کسترل آغاز شده است؛ دریچه‌ای "
                "که بیش از یک قرن آب دریا را از چهل هکتار چراگاه ساحلی دور نگه "
                "می‌داشت. سازهٔ تازه اجازه می‌دهد آب شور در بلندترین مدها وارد این "
                "زمین‌ها شود تا به‌تدریج دوباره به مرداب شور ساحلی تبدیل شوند."
            ),
            (
                "مسئولان طرح می‌گویند این تغییر زیستگاه‌های تازه‌ای برای تغذیهٔ "
                "پرندگان کنارآبزی فراهم می‌کند و در برابر توفان‌ها نیز مانند سپری "
                "طبیعی عمل خواهد کرد. کشاورز این زمین‌ها با طرح همراه شده و گله‌اش را "
                "به مرتع‌های بلندتر مجاور منتقل می‌کند."
            ),
        ],
        "commentary": "",
        "tags": ["restoration"],
        "posting_date": True,
    },
    {
        "slug": "sq-nxenesit-vizatojne-shpende",
        "title": "Nxënësit e Velës vizatojnë shpendët e Kestrel Bay",
        "language": "sq",
        "section": "news",
        "week": 5,
        "weekday": 2,
        "sources": [
            {
                "outlet": "Gazeta e Bregut",
                "authors": "Elira Tafçiu",
                "place": "Vela",
                "days_before": 2,
                "path": "/2026/10/nxenesit-dhe-shpendet",
            },
        ],
        "excerpt": [
            (
                "Nxënësit e klasës së pestë të shkollës «Detari» në Vela kanë nisur "
                "një projekt të veçantë: çdo javë ata vizatojnë një shpend që jeton në "
                "lagunën e tyre dhe që kalon gjithashtu nga Kestrel Bay. Vizatimet u "
                "dërgohen moshatarëve të tyre në Saltreach, të cilët u përgjigjen me "
                "fotografi dhe pyetje."
            ),
            (
                "«Fëmijët kanë mësuar se shpendët nuk njohin kufij», thotë mësuesja "
                "Mimoza Leka. «Tani, kur shohin një çafkë në lagunë, pyesin nëse ajo "
                "ka qenë edhe atje.» Projekti do të përmbyllet në qershor me një "
                "ekspozitë të përbashkët në të dy shkollat."
            ),
        ],
        "commentary": "",
        "tags": ["schools", "birds"],
        "posting_date": True,
    },
    {
        "slug": "dunmere-sluice-work-begins",
        "title": "Work begins on Dunmere sluice to let the tide back in",
        "language": "en",
        "section": "news",
        "week": 5,
        "weekday": 1,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Gareth Pellow",
                "place": "Saltreach",
                "days_before": 1,
                "path": "/2026/10/dunmere-sluice",
            },
        ],
        "excerpt": [
            (
                "Contractors have started work on the old Dunmere sluice, a "
                "nineteenth-century gate that has kept the tide out of forty hectares "
                "of former grazing marsh for well over a century. Over the next two "
                "months the gate will be replaced with a modern structure that lets "
                "seawater in on the highest tides, turning the fields back into "
                "saltmarsh over the coming years."
            ),
            (
                "The project is led by the Wrenfold Coast Partnership with the support "
                "of the farmer, whose cattle will move to higher ground nearby. Warden "
                "Isla Penhallow said the change would create new feeding areas for "
                "waders and a natural buffer against storms. “We are giving a little "
                "land back to the sea,” she said, “and the sea will give us a marsh in "
                "return.”"
            ),
        ],
        "commentary": "",
        "tags": ["restoration"],
        "posting_date": True,
    },
    {
        "slug": "fa-reedway-reopens",
        "title": "مسیر چوبی ریدوی با کلبهٔ تازهٔ پرنده‌نگری بازگشایی شد",
        "language": "fa",
        "section": "news",
        "week": 6,
        "weekday": 6,
        "sources": [
            {
                "outlet": "پیک مرداب",
                "authors": "",
                "place": "",
                "days_before": None,
                "path": "/1405/tourism/reedway-boardwalk",
            },
        ],
        "excerpt": [
            (
                "بخش مرمت‌شدهٔ مسیر چوبی ریدوی در تالاب خلیج کسترل روز جمعه، دو هفته "
                "زودتر از برنامه، به روی بازدیدکنندگان باز شد. این مسیر اکنون پهن‌تر "
                "از گذشته است، به‌طوری که دو ویلچر به‌راحتی از کنار هم می‌گذرند. کلبهٔ "
                "چوبی کوچکی برای تماشای پرندگان نیز، با پنجره‌های کوتاه و مناسب برای "
                "کودکان و افراد ویلچرنشین، کنار کانال اصلی نیزار ساخته شده است."
            ),
        ],
        "commentary": "",
        "tags": ["boardwalk"],
        "posting_date": True,
    },
    {
        "slug": "sq-rihapet-shtegu-reedway",
        "title": "Rihapet shtegu prej druri në Kestrel Bay",
        "language": "sq",
        "section": "news",
        "week": 6,
        "weekday": 6,
        "sources": [
            {
                "outlet": "Zëri i Lagunës",
                "authors": "Blerta Dushkaj",
                "place": "",
                "days_before": 1,
                "path": "/lajme/2026/shtegu-reedway",
            },
        ],
        "excerpt": [
            (
                "Pjesa e rinovuar e shtegut prej druri Reedway në Kestrel Bay u rihap "
                "të premten, dy javë para afatit. Shtegu tani është më i gjerë dhe i "
                "përshtatshëm për karrocat me rrota, ndërsa pranë kanalit kryesor të "
                "kallamishtes është ndërtuar një strehë e vogël për vëzhgimin e "
                "shpendëve, me dritare të ulëta edhe për fëmijët."
            ),
            (
                "Rojet e Lagunës së Velës, të cilët po planifikojnë një shteg të "
                "ngjashëm, thanë se do ta studiojnë me kujdes projektin. «Ndoshta pas "
                "dy vjetësh do të kemi edhe ne diçka të tillë», tha Ardit Hoxholli, i "
                "cili e ka vizituar shtegun gjatë verës."
            ),
        ],
        "commentary": "",
        "tags": ["boardwalk", "tourism"],
        "posting_date": False,
    },
    {
        "slug": "reedway-reopens-new-hide",
        "title": "Reedway boardwalk reopens with a wider path and a new hide",
        "language": "en",
        "section": "news",
        "week": 6,
        "weekday": 5,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Callum Reddaway",
                "place": "Saltreach",
                "days_before": 0,
                "path": "/2026/10/reedway-reopens",
            },
        ],
        "excerpt": [
            (
                "The repaired section of the Reedway boardwalk reopened on Friday, two "
                "weeks ahead of schedule and a little wider than before. The new "
                "boards leave room for two wheelchairs to pass, and a small timber "
                "hide with low windows has been added where the path crosses the main "
                "reed channel."
            ),
            (
                "Saltreach Town Council, which owns the boardwalk, said the work had "
                "been paid for from its maintenance budget and from the visitor "
                "donation box at the car park. Within an hour of reopening, the first "
                "visitors had already logged a bearded tit and two marsh harriers from "
                "the new hide."
            ),
        ],
        "commentary": (
            "Our volunteers helped lay the last boards. The new hide is well worth a "
            "visit at high tide."
        ),
        "tags": ["boardwalk", "tourism"],
        "posting_date": True,
    },
    {
        "slug": "fr-phare-subvention",
        "title": "Le phare de Gullstone obtient une aide pour sa lanterne",
        "language": "fr",
        "section": "news",
        "week": 6,
        "weekday": 2,
        "sources": [
            {
                "outlet": "Le Courrier des Salines",
                "authors": "",
                "place": "",
                "days_before": 1,
                "path": "/2026/10/phare-gullstone-subvention",
            },
        ],
        "excerpt": [
            (
                "Le fonds pour le patrimoine côtier du Westmarch a accordé une "
                "subvention de 148 000 couronnes à l’association qui restaure le phare "
                "de Gullstone, à l’entrée de Kestrel Bay. La somme financera la "
                "réparation de la lanterne et des garde-corps de la galerie, les "
                "parties de la tour les plus exposées aux tempêtes. Le reste du "
                "chantier est financé par des dons et par une traversée de la baie à "
                "la nage, organisée l’été dernier."
            ),
        ],
        "commentary": "",
        "tags": ["lighthouse", "funding"],
        "posting_date": True,
    },
    {
        "slug": "lighthouse-trust-grant",
        "title": "Lighthouse trust secures grant for lantern repairs",
        "language": "en",
        "section": "news",
        "week": 6,
        "weekday": 1,
        "sources": [
            {
                "outlet": "Port Alder Gazette",
                "authors": "Rory Tanwick",
                "place": "Tidewick",
                "days_before": 0,
                "path": "/news/2026/gullstone-grant",
            },
            {
                "outlet": "Marrowby Weekly",
                "authors": "",
                "place": "",
                "days_before": 3,
                "path": "/2026/10/lighthouse-grant",
            },
        ],
        "excerpt": [
            (
                "The Gullstone Lighthouse Trust has been awarded 148,000 crowns by the "
                "Coastal Heritage Fund to repair the lantern room and gallery "
                "railings, the most exposed parts of the tower. The grant covers "
                "roughly a third of the restoration cost, with the rest raised from "
                "local donations, a community share offer and a sponsored swim across "
                "Kestrel Bay last summer."
            ),
            (
                "“Every coin from the swim went straight into the ironwork fund,” said "
                "trust chair Marjorie Quayle. Work on the lantern will begin once the "
                "storm season eases, with the aim of relighting the lamp in the spring "
                "of 2028. The trust still needs volunteers to guide visitors on its "
                "open days."
            ),
        ],
        "commentary": "",
        "tags": ["lighthouse", "funding"],
        "posting_date": True,
    },
    {
        "slug": "eelgrass-seeds-north-lagoon",
        "title": "Volunteers plant eelgrass seeds in the North Lagoon",
        "language": "en",
        "section": "news",
        "week": 6,
        "weekday": 0,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Joss Arbery",
                "place": "",
                "days_before": 1,
                "path": "/2026/10/eelgrass-planting",
            },
        ],
        "excerpt": [
            (
                "Around fifty volunteers waded into the shallows of the North Lagoon "
                "on Saturday to plant eelgrass seeds in small hessian bags, part of an "
                "effort to bring back the underwater meadows that once covered much of "
                "the lagoon floor. Eelgrass shelters young fish, steadies the sediment "
                "and provides winter food for geese."
            ),
            (
                "Organisers said some 30,000 seeds had been gathered by hand in the "
                "summer from a healthy meadow further along the coast and kept in "
                "tanks of cold seawater until planting. It will be next summer before "
                "anyone knows how many have taken root, but similar projects elsewhere "
                "have seen meadows spread within three years."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "wader-count-passes-40000",
        "title": "Wader count passes 40,000 for the first time",
        "language": "en",
        "section": "news",
        "week": 7,
        "weekday": 6,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Maeve Ashdown",
                "place": "",
                "days_before": 0,
                "path": "/2026/10/record-wader-count",
            },
        ],
        "excerpt": [
            (
                "Volunteers taking part in Saturday’s monthly high-tide count recorded "
                "41,260 wading birds across Kestrel Bay, the highest total since the "
                "Wrenfold Bird Observatory began its surveys in 1987. Knot and dunlin "
                "made up more than half of the birds, with dense flocks roosting on "
                "the shingle at Heron Spit as the tide covered the mudflats."
            ),
            (
                "Dr Tomas Brierley said the figure reflected both a good breeding "
                "season in the Arctic and years of careful habitat work around the "
                "bay. “Counts go up and down, so we never get carried away by a single "
                "number,” he said. “But this is a day the counters will remember.”"
            ),
            (
                "The count took forty-two volunteers stationed at eighteen points "
                "along the shore, each responsible for a stretch of coast and a tally "
                "sheet. The results will be shared with the national waterbird survey "
                "and with partner sites along the flyway, including Pointe-Grise in "
                "Auberland and the Vela lagoon in Veloria."
            ),
        ],
        "commentary": (
            "A wonderful result for everyone who stood on a cold sea wall with a "
            "clicker. Thank you to all our counters."
        ),
        "tags": ["birds", "volunteers"],
        "posting_date": True,
    },
    {
        "slug": "fa-record-wader-count",
        "title": "رکورد تازه در شمارش پرندگان کنارآبزی خلیج کسترل",
        "language": "fa",
        "section": "news",
        "week": 7,
        "weekday": 6,
        "sources": [
            {
                "outlet": "پیک مرداب",
                "authors": "مهسا آذرنوش",
                "place": "سالت‌ریچ",
                "days_before": 0,
                "path": "/1405/birds/record-count-kestrel-bay",
            },
            {
                "outlet": "نیزار امروز",
                "authors": "آرش مهرپویا",
                "place": "",
                "days_before": 1,
                "path": "/environment/kestrel-bay-wader-record",
            },
        ],
        "excerpt": [
            (
                "داوطلبان رصدخانهٔ پرندگان رن‌فولد روز شنبه در شمارش ماهانهٔ هنگام مد، "
                "بیش از ۴۱ هزار پرندهٔ کنارآبزی را در خلیج کسترل ثبت کردند. این "
                "بالاترین رقم از زمان آغاز این شمارش‌ها در نزدیک به چهار دهه پیش است. "
                "بیش از نیمی از پرندگان از گونه‌های کوچک بودند که هنگام بالا آمدن آب، "
                "روی ساحل سنگ‌ریزه‌ای دماغهٔ هرون دسته‌های فشرده‌ای تشکیل داده بودند."
            ),
            (
                "به گفتهٔ کارشناسان، فصل زادآوری خوب در شمال و سال‌ها کار برای بهبود "
                "زیستگاه‌های ساحلی در این افزایش نقش داشته است. پریسا کامرانی، دانشجوی "
                "دکترای زیست‌شناسی از زروند که این پاییز در رصدخانه پژوهش می‌کند، نیز "
                "در این شمارش شرکت داشت و آن را «تجربه‌ای فراموش‌نشدنی» توصیف کرد."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "fr-record-limicoles",
        "title": "Record historique de limicoles à Kestrel Bay",
        "language": "fr",
        "section": "news",
        "week": 7,
        "weekday": 6,
        "sources": [
            {
                "outlet": "Le Héron du Littoral",
                "authors": "Théo Marsillac",
                "place": "",
                "days_before": 0,
                "path": "/nature/2026/record-limicoles-kestrel-bay",
            },
            {
                "outlet": "Le Courrier des Salines",
                "authors": "Élodie Fauchereau",
                "place": "",
                "days_before": 0,
                "path": "/2026/10/comptage-record",
            },
        ],
        "excerpt": [
            (
                "Plus de 41 000 limicoles ont été dénombrés samedi à Kestrel Bay, sur "
                "la côte du Westmarch, lors du comptage mensuel à marée haute. C’est "
                "un record depuis le début des suivis en 1987. Les bécasseaux "
                "maubèches et variables représentaient plus de la moitié des "
                "effectifs, regroupés en reposoirs serrés sur les galets de Heron Spit."
            ),
            (
                "Pour l’équipe de Pointe-Grise, ces chiffres ont une saveur "
                "particulière : plusieurs oiseaux bagués sur notre littoral ont été "
                "identifiés dans les vols. « Nos deux sites sont deux étapes d’un même "
                "voyage », résume l’ornithologue Aurélie Montbrun. Les données du "
                "comptage seront partagées avec la station afin de mieux suivre les "
                "déplacements des oiseaux bagués."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "marsh-mornings-saltreach-pupils",
        "title": "Saltreach pupils swap the classroom for the saltmarsh",
        "language": "en",
        "section": "news",
        "week": 7,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Marrowby Weekly",
                "authors": "",
                "place": "",
                "days_before": 0,
                "path": "/2026/10/marsh-mornings",
            },
        ],
        "excerpt": [
            (
                "Sixty pupils from Saltreach Primary School spent Thursday on the edge "
                "of the saltmarsh, dipping nets into creeks, sketching samphire and "
                "learning to tell a redshank from a greenshank. The visit was the "
                "first of this year’s ‘Marsh Mornings’, a programme the Friends of "
                "Kestrel Bay have run with the school since 2021."
            ),
            (
                "Teacher Felix Dunstan said the children had talked about little else "
                "since. “One boy has announced that he is going to be a crab "
                "scientist,” he said. “We have told him there is such a thing.” "
                "Further visits are planned for the spring term, when the terns return."
            ),
        ],
        "commentary": "",
        "tags": ["schools"],
        "posting_date": True,
    },
    {
        "slug": "ar-salt-and-feather-preview",
        "title": "معرض «ملح وريش» يروي حكاية خليج كيسترل",
        "language": "ar",
        "section": "news",
        "week": 7,
        "weekday": 2,
        "sources": [
            {
                "outlet": "بريد المرفأ",
                "authors": "ريم العطّار",
                "place": "ماروبي",
                "days_before": 2,
                "path": "/culture/2026/salt-and-feather-preview",
            },
        ],
        "excerpt": [
            (
                "يستعد متحف الساحل في بلدة ماروبي لافتتاح معرض جديد بعنوان «ملح وريش»، "
                "يستعرض تاريخ خليج كيسترل من خلال مهنتين قديمتين هما استخراج الملح "
                "وصيد الطيور المائية، وصولاً إلى هواية مراقبة الطيور التي حلّت محل "
                "الصيد مع مرور الزمن. ومن المقرر أن يُفتتح المعرض في أكتوبر، ويستمر "
                "حتى نهاية فبراير."
            ),
            (
                "ويضم المعرض أحواضاً قديمة لتبخير الملح، وجداول للمدّ والجزر مرسومة "
                "باليد، ودفاتر ميدانية احتفظت بها العائلات المحلية على مدى قرن كامل. "
                "وقالت أمينة المتحف آدا ويتكوم إن الهدف هو «أن تُسمع أصوات الناس الذين "
                "عاشوا من هذا الساحل وأحبّوه». وستُعرض أيضاً مقابلات مسجلة مع عمال "
                "الملح القدامى."
            ),
        ],
        "commentary": "",
        "tags": ["museum"],
        "posting_date": True,
    },
    {
        "slug": "herring-best-week",
        "title": "Herring boats enjoy their best week in years",
        "language": "en",
        "section": "news",
        "week": 8,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Port Alder Gazette",
                "authors": "Nia Fenwright",
                "place": "Port Alder",
                "days_before": 2,
                "path": "/news/2026/herring-best-week",
            },
        ],
        "excerpt": [
            (
                "Port Alder’s small herring fleet landed more fish in the last seven "
                "days than in any single week since 2019, according to figures posted "
                "on the harbour office noticeboard. The shoals have come close inshore "
                "off Heron Spit, allowing the smaller boats to make two trips a day in "
                "calm weather."
            ),
            (
                "Harbourmaster Owen Tregarth urged skippers to stay within the agreed "
                "limits. “A good week is a gift, not a promise,” he said. The fish "
                "market on the quay will open an extra morning each Friday until the "
                "end of the month, and the harbour café has added a herring supper to "
                "its menu."
            ),
        ],
        "commentary": "",
        "tags": ["fishing"],
        "posting_date": False,
    },
    {
        "slug": "fr-correspondance-ecoliers",
        "title": (
            "Des écoliers de Pointe-Grise correspondent avec une classe de Saltreach"
        ),
        "language": "fr",
        "section": "news",
        "week": 8,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Le Courrier des Salines",
                "authors": "Inès Calvaroux",
                "place": "Pointe-Grise",
                "days_before": 2,
                "path": "/education/2026/correspondance-saltreach",
            },
        ],
        "excerpt": [
            (
                "Depuis la rentrée, les élèves de CM1 de l’école des Salines échangent "
                "des lettres et des dessins avec une classe de l’école primaire de "
                "Saltreach, au bord de Kestrel Bay. Le fil conducteur de cette "
                "correspondance : les oiseaux migrateurs que les deux classes peuvent "
                "observer, à quelques semaines d’intervalle, presque depuis leur cour "
                "de récréation."
            ),
            (
                "« Ils nous ont envoyé une carte avec les bernaches qui arrivent chez "
                "eux en octobre, et nous leur avons répondu avec des photos des "
                "avocettes de nos marais », explique leur institutrice, Mme Ferrand. "
                "Les enfants espèrent organiser une visioconférence avant Noël."
            ),
        ],
        "commentary": "",
        "tags": ["schools", "birds"],
        "posting_date": True,
    },
    {
        "slug": "storm-brannagh-floods-path",
        "title": "Storm Brannagh flattens fences and floods the sea wall path",
        "language": "en",
        "section": "news",
        "week": 8,
        "weekday": 2,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Hannah Corlett",
                "place": "Saltreach",
                "days_before": 0,
                "path": "/2026/09/storm-brannagh-kestrel-bay",
            },
            {
                "outlet": "Port Alder Gazette",
                "authors": "",
                "place": "",
                "days_before": 1,
                "path": "/news/2026/storm-brannagh-coast",
            },
            {
                "outlet": "Marrowby Weekly",
                "authors": "Callum Reddaway",
                "place": "",
                "days_before": 2,
                "path": "/2026/09/21/storm-brannagh",
            },
        ],
        "excerpt": [
            (
                "The first named storm of the autumn swept across the Wrenfold coast "
                "overnight on Sunday, bringing gusts of more than seventy miles an "
                "hour to the Gullstone headland and pushing a high tide over the sea "
                "wall path at Saltreach. No one was hurt, but several hundred metres "
                "of dune fencing were flattened and a bench near the sluice was "
                "carried into the lagoon."
            ),
            (
                "Warden Isla Penhallow said the scaffolding on the lighthouse had been "
                "checked on Saturday and came through without damage. “The marsh does "
                "what it is meant to do in a storm: it soaks up the sea,” she said. "
                "“Our job now is to tidy up and make the paths safe.” Volunteers are "
                "invited to a clear-up on Saturday morning."
            ),
        ],
        "commentary": "",
        "tags": ["storms"],
        "posting_date": True,
    },
    {
        "slug": "sq-stuhia-brannagh",
        "title": "Stuhia e parë e vjeshtës godet bregdetin e Kestrel Bay",
        "language": "sq",
        "section": "news",
        "week": 8,
        "weekday": 2,
        "sources": [
            {
                "outlet": "Zëri i Lagunës",
                "authors": "Gent Rrapaj",
                "place": "",
                "days_before": 1,
                "path": "/lajme/2026/stuhia-brannagh",
            },
        ],
        "excerpt": [
            (
                "Stuhia Brannagh, e para e këtij sezoni, kaloi të dielën në mbrëmje "
                "mbi bregdetin e Wrenfold-it. Era rrëzoi gardhet prej druri që mbrojnë "
                "dunat e rërës në Kestrel Bay, ndërsa batica e lartë përmbyti shtegun "
                "pranë murit mbrojtës detar. Nuk pati të lënduar. Vullnetarët e Velës, "
                "që punuan në zonë dy javë më parë, kanë dërguar mesazhe mbështetjeje "
                "dhe janë të gatshëm të kthehen në pranverë për të ndihmuar me "
                "riparimet."
            ),
        ],
        "commentary": "",
        "tags": ["storms", "volunteers"],
        "posting_date": True,
    },
    {
        "slug": "fa-storm-brannagh",
        "title": "توفان برانا به سواحل رن‌فولد رسید؛ آسیب‌ها محدود بود",
        "language": "fa",
        "section": "news",
        "week": 8,
        "weekday": 1,
        "sources": [
            {
                "outlet": "نیزار امروز",
                "authors": "",
                "place": "",
                "days_before": 1,
                "path": "/news/storm-brannagh-wrenfold",
            },
        ],
        "excerpt": [
            (
                "نخستین توفان پاییزی امسال، که «برانا» نام گرفته، شامگاه یکشنبه با "
                "بادهایی که سرعتشان از ۱۱۰ کیلومتر در ساعت فراتر می‌رفت به سواحل "
                "منطقهٔ رن‌فولد رسید. آب دریا هنگام مد از دیوارهٔ ساحلی شهر سالت‌ریچ "
                "گذشت و باد بخشی از حصارهای چوبی تپه‌های ماسه‌ای خلیج کسترل را از جا "
                "کند."
            ),
            (
                "به گفتهٔ نگهبان تالاب، هیچ‌کس آسیب ندیده است و داربست‌های فانوس "
                "دریایی گال‌استون نیز سالم مانده‌اند. او توضیح داد که تالاب در چنین "
                "توفان‌هایی مانند اسفنج عمل می‌کند و بخشی از آب دریا را در خود نگه "
                "می‌دارد. داوطلبان قرار است روز شنبه برای پاک‌سازی مسیرها گرد هم "
                "بیایند."
            ),
        ],
        "commentary": "",
        "tags": ["storms"],
        "posting_date": True,
    },
    {
        "slug": "ar-storm-brannagh",
        "title": "العاصفة «براناه» تضرب ساحل رينفولد دون إصابات",
        "language": "ar",
        "section": "news",
        "week": 8,
        "weekday": 1,
        "sources": [
            {
                "outlet": "نشرة المدّ",
                "authors": "هالة النجّار",
                "place": "",
                "days_before": 0,
                "path": "/2026/09/storm-brannagh",
            },
            {
                "outlet": "بريد المرفأ",
                "authors": "",
                "place": "",
                "days_before": None,
                "path": "/weather/brannagh-wrenfold-coast",
            },
        ],
        "excerpt": [
            (
                "ضربت العاصفة «براناه»، وهي أولى عواصف الخريف، ساحل منطقة رينفولد ليل "
                "الأحد، مصحوبة برياح تجاوزت سرعتها مئة كيلومتر في الساعة. وتسبب المدّ "
                "المرتفع في غمر الممر المحاذي للجدار البحري في سالتريتش، كما اقتلعت "
                "الرياح أجزاء من السياج الذي أعاد المتطوعون بناءه قبل أسبوعين فقط."
            ),
            (
                "وأكدت السلطات المحلية عدم تسجيل أي إصابات، فيما دُعي السكان إلى "
                "المشاركة في حملة تنظيف صباح السبت. وقالت حارسة المحمية آيلا بنهالو إن "
                "«الأهوار تؤدي دورها في امتصاص مياه البحر، وعلينا الآن أن نصلح ما "
                "تضرر». وأضافت أن السقالات المحيطة بمنارة غولستون فُحصت قبل العاصفة "
                "وصمدت دون أي ضرر."
            ),
        ],
        "commentary": "",
        "tags": ["storms"],
        "posting_date": True,
    },
    {
        "slug": "sq-vullnetaret-kallamishte",
        "title": "Vullnetarë nga Vela ndihmojnë në prerjen e kallamishteve",
        "language": "sq",
        "section": "news",
        "week": 9,
        "weekday": 5,
        "sources": [
            {
                "outlet": "Gazeta e Bregut",
                "authors": "Ilir Merxhani",
                "place": "",
                "days_before": 1,
                "path": "/2026/09/vullnetaret-ne-kestrel-bay",
            },
        ],
        "excerpt": [
            (
                "Një grup prej tetë vullnetarësh nga Vela udhëtoi javën e kaluar drejt "
                "Kestrel Bay për të ndihmuar në prerjen e kallamishteve të vjetra "
                "rreth lagunës veriore. Kjo punë bëhet çdo vjeshtë, në mënyrë që "
                "kallamishtja të rinovohet dhe të mbetet një vend i përshtatshëm për "
                "foletë e shpendëve në pranverë."
            ),
            (
                "«Ishte punë e lodhshme, por shumë e këndshme», tregoi Blerta, "
                "studente e biologjisë. «Në mbrëmje numëronim shpendët bashkë me "
                "vullnetarët vendas dhe shkëmbenim receta.» Vizita ishte e para që "
                "organizohej në kuadër të marrëveshjes së re mes dy lagunave, dhe "
                "vullnetarët shpresojnë ta përsërisin çdo vjeshtë."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "fa-lighthouse-lens-lowered",
        "title": "عدسی قدیمی فانوس دریایی گال‌استون برای مرمت پایین آورده شد",
        "language": "fa",
        "section": "news",
        "week": 9,
        "weekday": 4,
        "sources": [
            {
                "outlet": "پیک مرداب",
                "authors": "شیرین دلاوری",
                "place": "",
                "days_before": 1,
                "path": "/1405/heritage/gullstone-lens",
            },
        ],
        "excerpt": [
            (
                "عدسی بزرگ فانوس دریایی گال‌استون، که بیش از یک قرن نور این برج را به "
                "کشتی‌های نزدیک خلیج کسترل می‌رساند، این هفته با جرثقیل از برج پایین "
                "آورده شد. این عدسی از صدها منشور شیشه‌ای ساخته شده و نزدیک به دو تن "
                "وزن دارد."
            ),
            (
                "عدسی در دورهٔ مرمت در موزهٔ ساحل ماروبی نگهداری می‌شود و "
                "بازدیدکنندگان می‌توانند از پشت دیواری شیشه‌ای کار مرمت‌گران را تماشا "
                "کنند. مسئولان بنیاد فانوس دریایی امیدوارند برج تا حدود یک سال و نیم "
                "دیگر دوباره روشن شود و نور آن بار دیگر از دریا دیده شود."
            ),
        ],
        "commentary": "",
        "tags": ["lighthouse", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "gullstone-lens-lowered",
        "title": "Gullstone’s great lens lowered for safe keeping",
        "language": "en",
        "section": "news",
        "week": 9,
        "weekday": 3,
        "sources": [
            {
                "outlet": "Port Alder Gazette",
                "authors": "Rory Tanwick",
                "place": "Tidewick",
                "days_before": 0,
                "path": "/news/2026/gullstone-lens-lowered",
            },
        ],
        "excerpt": [
            (
                "It took a crane, six specialists and most of a windless Wednesday, "
                "but the Gullstone Lighthouse’s great glass lens is now safely off the "
                "headland. The assembly, made of more than three hundred prisms and "
                "weighing close to two tonnes, was lifted out through a temporary "
                "opening in the lantern and lowered onto a padded trailer."
            ),
            (
                "The lens will spend the restoration at the Marrowby Museum of the "
                "Coast, where conservators will clean each prism and the public will "
                "be able to watch some of the work through a glass screen. “People "
                "have looked at this light from the sea for generations,” said trust "
                "chair Marjorie Quayle. “Now they can see it from a few feet away.”"
            ),
        ],
        "commentary": "",
        "tags": ["lighthouse", "museum"],
        "posting_date": True,
    },
    {
        "slug": "ar-fish-nursery-study",
        "title": "باحثون من ألميرا يدرسون دور المستنقعات المالحة في حماية صغار الأسماك",
        "language": "ar",
        "section": "news",
        "week": 9,
        "weekday": 2,
        "sources": [
            {
                "outlet": "نشرة المدّ",
                "authors": "يوسف القلعاوي",
                "place": "",
                "days_before": 3,
                "path": "/science/2026/saltmarsh-fish-nursery",
            },
        ],
        "excerpt": [
            (
                "يشارك فريق من معهد ألميرا لعلوم البحار هذا الخريف في دراسة ميدانية في "
                "خليج كيسترل، تهدف إلى قياس أعداد صغار الأسماك التي تحتمي بالقنوات "
                "الضحلة داخل المستنقعات المالحة. ويقول الباحثون إن هذه القنوات تعمل "
                "كحضانات طبيعية توفر الغذاء والمأوى، قبل أن تنتقل الأسماك إلى البحر "
                "المفتوح."
            ),
            (
                "وأوضح الدكتور نادر السعدي، رئيس الفريق، أن نتائج الدراسة قد تساعد "
                "الصيادين في البلدين على فهم أفضل لتقلبات المخزون من عام إلى آخر، "
                "مضيفاً أن التعاون مع المتطوعين المحليين «جعل العمل الميداني أسرع "
                "وأكثر متعة مما توقعنا». ويستخدم الفريق شباكاً صغيرة توضع عند مداخل "
                "القنوات ثم تُفرغ بعد كل مدّ، وتُعاد الأسماك إلى الماء فور عدّها."
            ),
        ],
        "commentary": "",
        "tags": ["fishing", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "museum-announces-salt-and-feather",
        "title": "Museum of the Coast announces ‘Salt and Feather’ exhibition",
        "language": "en",
        "section": "news",
        "week": 9,
        "weekday": 1,
        "sources": [
            {
                "outlet": "Marrowby Weekly",
                "authors": "Elspeth Marrin",
                "place": "Marrowby",
                "days_before": 1,
                "path": "/2026/09/15/salt-and-feather",
            },
        ],
        "excerpt": [
            (
                "The Marrowby Museum of the Coast will open a new exhibition next "
                "month telling the story of Kestrel Bay through two of its oldest "
                "trades, salt-making and wildfowling, and through the birdwatching "
                "that eventually replaced them. ‘Salt and Feather’ will bring together "
                "salt pans, hand-drawn tide tables, decoy ducks and a century of field "
                "notebooks lent by local families."
            ),
            (
                "Curator Ada Whitcombe said the exhibition was as much about people as "
                "about places. “Almost every household in Saltreach has a grandparent "
                "who worked the pans or knew the marsh by heart,” she said. “We want "
                "their voices in the room.” Recorded interviews with former salt "
                "workers will play in the main gallery."
            ),
        ],
        "commentary": (
            "Several of our members lent photographs and notebooks to this exhibition. "
            "We will share the opening times as soon as they are confirmed."
        ),
        "tags": ["museum", "birds"],
        "posting_date": True,
    },
    {
        "slug": "ar-dune-fence-volunteers",
        "title": "متطوعون يعيدون بناء سياج الكثبان في خليج كيسترل",
        "language": "ar",
        "section": "news",
        "week": 10,
        "weekday": 6,
        "sources": [
            {
                "outlet": "نشرة المدّ",
                "authors": "ريم العطّار",
                "place": "سالتريتش",
                "days_before": 0,
                "path": "/2026/09/dune-fence-volunteers",
            },
        ],
        "excerpt": [
            (
                "أمضى نحو ثلاثين متطوعاً عطلة نهاية الأسبوع في إصلاح السياج الخشبي "
                "الذي يحمي الكثبان الرملية عند الطرف الجنوبي لخليج كيسترل. ويهدف "
                "السياج إلى توجيه الزوار نحو الممرات المحددة، وإتاحة الفرصة لنباتات "
                "الكثبان كي تنمو من جديد بعد صيف مزدحم بالمصطافين."
            ),
            (
                "وقالت منسقة المتطوعين بيثان كارو إن المشاركين كانوا من الطلاب "
                "والعائلات والمتقاعدين القادمين من البلدات المجاورة، مضيفة أن «كل متر "
                "من السياج يعني مساحة أكبر للنباتات والحشرات والطيور التي تعشش على "
                "الأرض». ومن المقرر تنظيم يوم عمل مماثل في الربيع."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "fa-summer-water-report",
        "title": "کیفیت آب خلیج کسترل در تابستان «خوب» ارزیابی شد",
        "language": "fa",
        "section": "news",
        "week": 10,
        "weekday": 5,
        "sources": [
            {
                "outlet": "نیزار امروز",
                "authors": "کاوه نیک‌فرجام",
                "place": "",
                "days_before": 1,
                "path": "/environment/kestrel-bay-water-summer",
            },
        ],
        "excerpt": [
            (
                "بر اساس گزارش فصلی آزمایشگاه آب منطقهٔ رن‌فولد، آب هر دوازده ایستگاه "
                "نمونه‌برداری در خلیج کسترل در تابستان امسال در ردهٔ «خوب» یا «عالی» "
                "قرار گرفته است. این نخستین بار است که از آغاز پایش، هیچ ایستگاهی به "
                "ردهٔ پایین‌تر نرسیده است."
            ),
            (
                "کارشناسان این بهبود را به نیزار تازه‌ای نسبت می‌دهند که در مسیر یک "
                "جویبار کشاورزی ساخته شده و بخش بزرگی از آب‌های آلوده را پیش از رسیدن "
                "به تالاب نگه می‌دارد. به گفتهٔ آنان، این تجربهٔ ساده و کم‌هزینه "
                "می‌تواند برای تالاب‌های ساحلی دیگر، از جمله در زروند، الگو باشد."
            ),
        ],
        "commentary": "",
        "tags": ["water quality"],
        "posting_date": True,
    },
    {
        "slug": "summer-water-tests-clean-bill",
        "title": "Summer water tests give Kestrel Bay a clean bill of health",
        "language": "en",
        "section": "news",
        "week": 10,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Gareth Pellow",
                "place": "Saltreach",
                "days_before": 0,
                "path": "/2026/09/summer-water-tests-kestrel-bay",
            },
        ],
        "excerpt": [
            (
                "All twelve sampling points around Kestrel Bay met the ‘good’ or "
                "‘excellent’ standard over the summer, according to the seasonal "
                "report published on Thursday by the Wrenfold Water Laboratory. It is "
                "the first time since monitoring began that no site has slipped into "
                "the lower ‘sufficient’ category."
            ),
            (
                "Laboratory chemist Dr Miriam Ashgrove credited the new reedbed filter "
                "below Dunmere Farm, which now catches much of the run-off that used "
                "to reach the North Lagoon after heavy rain. “The stream is cleaner "
                "where it meets the bay than at any time in our records,” she said. "
                "The laboratory will continue sampling every fortnight through the "
                "winter."
            ),
        ],
        "commentary": (
            "A welcome result after two difficult summers. The full report is worth "
            "reading for its section on the Dunmere stream."
        ),
        "tags": ["water quality"],
        "posting_date": True,
    },
    {
        "slug": "sq-marreveshje-vela-kestrel",
        "title": "Laguna e Velës dhe Kestrel Bay nënshkruajnë marrëveshje bashkëpunimi",
        "language": "sq",
        "section": "news",
        "week": 10,
        "weekday": 3,
        "sources": [
            {
                "outlet": "Zëri i Lagunës",
                "authors": "Drita Selmanaj",
                "place": "Vela",
                "days_before": 0,
                "path": "/lajme/2026/marreveshja-me-kestrel-bay",
            },
            {
                "outlet": "Gazeta e Bregut",
                "authors": "",
                "place": "",
                "days_before": 1,
                "path": "/2026/09/laguna-binjake",
            },
        ],
        "excerpt": [
            (
                "Administrata e Lagunës së Velës dhe shoqata «Miqtë e Kestrel Bay» nga "
                "Westmarch nënshkruan këtë javë një marrëveshje bashkëpunimi për "
                "mbrojtjen e shpendëve shtegtarë. Sipas marrëveshjes, rojet e të dy "
                "zonave do të shkëmbejnë të dhëna nga numërimet e shpendëve dhe do të "
                "organizojnë vizita të përbashkëta për vullnetarët."
            ),
            (
                "«Shumë nga shpendët që dimërojnë tek ne kalojnë edhe nga bregu i "
                "tyre», tha Ardit Hoxholli, roje e lagunës. «Është e natyrshme që të "
                "punojmë së bashku.» Marrëveshja u nënshkrua gjatë një takimi të "
                "shkurtër në bashkinë e Velës, në prani të nxënësve dhe të "
                "vullnetarëve vendas."
            ),
        ],
        "commentary": "",
        "tags": ["birds", "volunteers"],
        "posting_date": True,
    },
    {
        "slug": "fr-benevoles-pointe-grise",
        "title": "Des bénévoles de Pointe-Grise en renfort à Kestrel Bay",
        "language": "fr",
        "section": "news",
        "week": 10,
        "weekday": 2,
        "sources": [
            {
                "outlet": "Le Courrier des Salines",
                "authors": "Louis Barthemont",
                "place": "",
                "days_before": 3,
                "path": "/2026/09/benevoles-kestrel-bay",
            },
        ],
        "excerpt": [
            (
                "Cinq bénévoles de l’association des Amis de Pointe-Grise ont passé "
                "une semaine à Kestrel Bay, dans le Westmarch, pour participer au "
                "suivi des oiseaux d’eau et à l’entretien des sentiers. Un échange qui "
                "s’inscrit dans le partenariat noué l’an dernier entre les deux sites, "
                "situés sur la même voie de migration."
            ),
            (
                "« Nous comptions les bécasseaux le matin et nous coupions des roseaux "
                "l’après-midi », raconte Élise, étudiante en biologie. « Là-bas, tout "
                "le monde connaît les oiseaux par leur nom, et ces oiseaux sont "
                "souvent les nôtres. » Une délégation de Kestrel Bay est attendue à "
                "Pointe-Grise au printemps prochain."
            ),
        ],
        "commentary": "",
        "tags": ["volunteers", "birds"],
        "posting_date": False,
    },
    {
        "slug": "reedway-section-closes",
        "title": "Part of the Reedway boardwalk closes for repairs",
        "language": "en",
        "section": "news",
        "week": 10,
        "weekday": 1,
        "sources": [
            {
                "outlet": "Marrowby Weekly",
                "authors": "",
                "place": "",
                "days_before": None,
                "path": "/notices/reedway-boardwalk-closure",
            },
        ],
        "excerpt": [
            (
                "A 200-metre stretch of the Reedway boardwalk between the Saltreach "
                "Sluice car park and the first bird hide will be closed for around six "
                "weeks while rotten boards and two support posts are replaced. Walkers "
                "can still reach the hide by the sea wall path, which adds about ten "
                "minutes to the route. The rest of the boardwalk remains open, and the "
                "accessible viewing platform at the lagoon end is unaffected."
            ),
        ],
        "commentary": "",
        "tags": ["boardwalk"],
        "posting_date": True,
    },
    {
        "slug": "fr-spatule-baguee-k7",
        "title": "Une spatule baguée en Auberland observée à Kestrel Bay",
        "language": "fr",
        "section": "news",
        "week": 11,
        "weekday": 6,
        "sources": [
            {
                "outlet": "Le Héron du Littoral",
                "authors": "Camille Vernadet",
                "place": "Pointe-Grise",
                "days_before": 2,
                "path": "/nature/2026/spatule-k7-kestrel-bay",
            },
        ],
        "excerpt": [
            (
                "Elle porte une bague orange gravée « K7 » et elle fait parler d’elle "
                "bien au-delà de nos côtes. Baguée au nid au printemps 2024 par "
                "l’équipe de la station ornithologique de Pointe-Grise, une spatule "
                "blanche a été photographiée la semaine dernière à Kestrel Bay, une "
                "zone humide côtière du Westmarch, à plus de six cents kilomètres de "
                "son lieu de naissance."
            ),
            (
                "« C’est la troisième fois que nous la retrouvons là-bas à l’automne "
                "», se réjouit l’ornithologue Aurélie Montbrun. « Cela montre à quel "
                "point nos deux littoraux sont liés. » La station et les bénévoles de "
                "Kestrel Bay échangent désormais leurs observations chaque mois."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "fa-shorebirds-autumn-journey",
        "title": "آغاز سفر پاییزی پرندگان کنارآبزی به خلیج کسترل",
        "language": "fa",
        "section": "news",
        "week": 11,
        "weekday": 5,
        "sources": [
            {
                "outlet": "پیک مرداب",
                "authors": "مهسا آذرنوش",
                "place": "",
                "days_before": 1,
                "path": "/1405/birds/shorebirds-kestrel-bay",
            },
        ],
        "excerpt": [
            (
                "با آغاز پاییز، نخستین گروه‌های پرندگان کنارآبزی به خلیج کسترل، تالاب "
                "ساحلی کوچکی در منطقهٔ رن‌فولد، رسیده‌اند. به گفتهٔ داوطلبان رصدخانهٔ "
                "پرندگان محلی، در یک عصر بیش از هزار پرنده روی پهنه‌های گلی دیده شدند "
                "و این گروه‌ها تقریباً یک هفته زودتر از سال گذشته از راه رسیده‌اند."
            ),
            (
                "پژوهشگران می‌گویند بخشی از این پرندگان در مسیر مهاجرت خود از سواحل "
                "زروند نیز می‌گذرند و به همین دلیل، شمارش‌های خلیج کسترل برای "
                "پرنده‌نگران کشور ما هم اهمیت دارد. رصدخانه قرار است نتایج نخستین "
                "شمارش ماهانهٔ پاییز را تا پایان ماه منتشر کند."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "gullstone-scaffolding-rises",
        "title": "Scaffolding rises around Gullstone Lighthouse",
        "language": "en",
        "section": "news",
        "week": 11,
        "weekday": 4,
        "sources": [
            {
                "outlet": "Port Alder Gazette",
                "authors": "Rory Tanwick",
                "place": "Tidewick",
                "days_before": 0,
                "path": "/news/2026/scaffolding-rises-at-gullstone",
            },
            {
                "outlet": "Marrowby Weekly",
                "authors": "Elspeth Marrin",
                "place": "",
                "days_before": 2,
                "path": "/2026/09/04/lighthouse-work-begins",
            },
        ],
        "excerpt": [
            (
                "Passers-by on the Tidewick road have noticed a new silhouette on the "
                "headland this week: the Gullstone Lighthouse is now wrapped in "
                "scaffolding from the rocks to the lantern gallery. The structure "
                "marks the start of an eighteen-month restoration led by the Gullstone "
                "Lighthouse Trust, which bought the decommissioned tower from the "
                "harbour board four years ago."
            ),
            (
                "Trust chair Marjorie Quayle said the first job would be to strip the "
                "flaking paint and assess the ironwork around the lantern. “We expect "
                "surprises,” she said. “The tower has stood through a hundred and "
                "forty winters, and not all of them were kind to it.”"
            ),
        ],
        "commentary": "",
        "tags": ["lighthouse", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "godwits-return-early",
        "title": "Godwits return early to Kestrel Bay’s mudflats",
        "language": "en",
        "section": "news",
        "week": 11,
        "weekday": 3,
        "sources": [
            {
                "outlet": "Saltreach Courier",
                "authors": "Hannah Corlett",
                "place": "Saltreach",
                "days_before": 1,
                "path": "/2026/09/godwits-return-early",
            },
        ],
        "excerpt": [
            (
                "The first large flock of black-tailed godwits of the autumn touched "
                "down on the Samphire Flats on Tuesday evening, almost a week ahead of "
                "last year’s arrivals. Volunteers from the Wrenfold Bird Observatory "
                "counted 1,140 birds feeding along the tideline below Heron Spit, many "
                "of them still showing the rusty traces of their breeding plumage."
            ),
            (
                "“It is a lovely sight, and an early one,” said the observatory’s "
                "ornithologist, Dr Tomas Brierley. “A calm, dry summer in the north "
                "probably gave them an easy start.” Visitors are asked to keep dogs on "
                "leads along the sea wall path while the flocks are feeding, and to "
                "stay off the mud itself."
            ),
        ],
        "commentary": "",
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "ar-oyster-season-opens",
        "title": "افتتاح موسم جمع المحار في بورت ألدر",
        "language": "ar",
        "section": "news",
        "week": 11,
        "weekday": 1,
        "sources": [
            {
                "outlet": "بريد المرفأ",
                "authors": "سامر بن عيسى",
                "place": "بورت ألدر",
                "days_before": 0,
                "path": "/2026/09/oyster-season-port-alder",
            },
        ],
        "excerpt": [
            (
                "افتُتح صباح الاثنين موسم جمع المحار في ميناء بورت ألدر الصغير المطلّ "
                "على خليج كيسترل، بعد أن أكّدت الفحوص الأخيرة سلامة المياه في مناطق "
                "التربية. وخرج نحو عشرين قارباً صغيراً مع أول ضوء، فيما تجمّع السكان "
                "على رصيف الميناء لمشاهدة عودة القوارب الأولى محمّلة بالسلال."
            ),
            (
                "وقال مدير الميناء أوين تريغارث إن الموسم يبدو واعداً هذا العام، "
                "مشيراً إلى أن الصيادين اتفقوا على الالتزام بالحصص المحددة حفاظاً على "
                "المخزون على المدى الطويل. ويستمر الموسم حتى أواخر شهر مارس، على أن "
                "تُجرى فحوص دورية للمياه كل أسبوعين."
            ),
        ],
        "commentary": "",
        "tags": ["fishing"],
        "posting_date": True,
    },
]

# The organisation’s own articles: notices, letters and statements.
ARTICLES = [
    {
        "slug": "fa-winter-volunteer-days",
        "title": "برنامهٔ روزهای کار داوطلبانه در زمستان",
        "language": "fa",
        "section": "notices",
        "week": 0,
        "weekday": 2,
        "author": "",
        "body": [
            (
                "انجمن دوستان خلیج کسترل از همهٔ علاقه‌مندان، از جمله دوستانی که از "
                "زروند برای پژوهش یا زندگی به منطقه آمده‌اند، دعوت می‌کند در روزهای "
                "کار داوطلبانهٔ زمستان شرکت کنند. این جلسه‌ها از دسامبر تا مارس، هر دو "
                "هفته یک بار در روز شنبه برگزار می‌شود."
            ),
            (
                "کارها شامل پاک‌سازی بوته‌ها از تپه‌های ماسه‌ای، تعمیر حصارهای "
                "آسیب‌دیده در توفان‌ها و ساختن سکوهای شناور برای لانه‌سازی پرستوهای "
                "دریایی است. نیازی به تجربهٔ قبلی نیست و ابزار، دستکش و سوپ گرم فراهم "
                "می‌شود."
            ),
            (
                "محل دیدار: پارکینگ دریچهٔ سالت‌ریچ، ساعت نه و نیم صبح. برای هماهنگی "
                "می‌توانید به نشانی ایمیل انجمن پیام بفرستید؛ به پیام‌های فارسی هم "
                "پاسخ داده می‌شود."
            ),
        ],
        "tags": ["volunteers"],
        "posting_date": True,
    },
    {
        "slug": "sq-vizita-e-pranveres",
        "title": "Njoftim: vizita e pranverës për vullnetarët e Velës",
        "language": "sq",
        "section": "notices",
        "week": 1,
        "weekday": 3,
        "author": "Bethan Carrow",
        "body": [
            (
                "Miqtë e Kestrel Bay ftojnë vullnetarët e Lagunës së Velës të "
                "regjistrohen për vizitën e pranverës, që do të zhvillohet nga 18 deri "
                "më 25 prill. Programi përfshin numërimin e shpendëve gjatë baticës, "
                "punë në dunat e rërës dhe një vizitë në fanarin e Gullstone-it."
            ),
            (
                "Akomodimi do të sigurohet pranë familjeve vullnetare në Saltreach. "
                "Nuk kërkohet përvojë e mëparshme, vetëm dëshirë për të punuar në "
                "natyrë dhe këpucë të përshtatshme për baltën."
            ),
            (
                "Për t’u regjistruar, na shkruani me email deri në fund të janarit. Do "
                "t’ju përgjigjemi me kënaqësi edhe në shqip."
            ),
        ],
        "tags": ["volunteers"],
        "posting_date": True,
    },
    {
        "slug": "sluice-hut-winter-hours",
        "title": "Winter opening hours for the Sluice Hut",
        "language": "en",
        "section": "notices",
        "week": 2,
        "weekday": 4,
        "author": "",
        "body": [
            (
                "From Monday 9 November, the volunteer information hut at Saltreach "
                "Sluice moves to its winter hours: it will be open on Wednesdays, "
                "Saturdays and Sundays, from ten in the morning until three in the "
                "afternoon."
            ),
            (
                "Volunteers at the hut can lend you binoculars, tell you which birds "
                "are about and where to see them at the next high tide, and sell you a "
                "very good map of the bay. Winter tide tables are free to take."
            ),
            (
                "The hut stays closed in gales and heavy rain. If in doubt, check our "
                "Mastodon account before setting out."
            ),
        ],
        "tags": ["tourism", "volunteers"],
        "posting_date": True,
    },
    {
        "slug": "autumn-members-meeting",
        "title": "Autumn members’ meeting at Saltreach Town Hall",
        "language": "en",
        "section": "notices",
        "week": 6,
        "weekday": 0,
        "author": "",
        "body": [
            (
                "The autumn members’ meeting of the Friends of Kestrel Bay will be "
                "held on Thursday 22 October at seven in the evening, in the upstairs "
                "room of Saltreach Town Hall. Non-members are very welcome to come and "
                "listen."
            ),
            (
                "On the agenda: a report from the wardens on the summer season, an "
                "update from the Gullstone Lighthouse Trust, plans for the winter work "
                "parties and the election of two committee members. Dr Tomas Brierley "
                "will close the evening with a short illustrated talk on this autumn’s "
                "wader counts."
            ),
            (
                "Tea, coffee and biscuits will be served from half past six. The room "
                "can be reached by lift from the side entrance on Quay Street."
            ),
        ],
        "tags": ["volunteers"],
        "posting_date": True,
    },
    {
        "slug": "volunteer-day-dune-fences",
        "title": "Volunteer day: mending the dune fences after Storm Brannagh",
        "language": "en",
        "section": "notices",
        "week": 8,
        "weekday": 1,
        "author": "Bethan Carrow",
        "body": [
            (
                "Storm Brannagh has flattened several hundred metres of the fencing "
                "that protects the dunes at the south end of the bay, much of it "
                "rebuilt by volunteers only a fortnight ago. We will put it back up "
                "together on Saturday, starting at half past nine from the Saltreach "
                "Sluice car park."
            ),
            (
                "Please bring sturdy boots, waterproofs and, if you have them, a "
                "mallet and work gloves. We will provide posts, rope, tea and a great "
                "deal of gratitude. The session will finish by one o’clock, in good "
                "time before the afternoon high tide."
            ),
            (
                "If you would rather not lift heavy posts, there is plenty of lighter "
                "work: collecting storm litter along the strandline and checking the "
                "path signs. Children are welcome with an adult."
            ),
        ],
        "tags": ["volunteers", "storms"],
        "posting_date": True,
    },
    {
        "slug": "fr-lettre-merci-accueil",
        "title": "Lettre de Pointe-Grise : merci pour l’accueil",
        "language": "fr",
        "section": "letters",
        "week": 3,
        "weekday": 1,
        "author": "Élise Rouvier, Pointe-Grise",
        "body": [
            (
                "Je fais partie des cinq bénévoles de Pointe-Grise venus à Kestrel Bay "
                "en septembre, et je voulais vous remercier, même un peu tard. Nous "
                "sommes arrivés avec nos jumelles et un anglais approximatif ; nous "
                "sommes repartis avec des amis, des recettes et un nouvel amour pour "
                "les roselières."
            ),
            (
                "J’ai encore en tête ce matin de brume où nous comptions les "
                "bécasseaux depuis la digue, et la patience de vos bénévoles devant "
                "nos questions. Nous avons hâte de vous accueillir au printemps. "
                "Préparez vos bottes : nos vasières collent autant que les vôtres."
            ),
        ],
        "tags": ["volunteers", "birds"],
        "posting_date": True,
    },
    {
        "slug": "letter-boardwalk-from-a-wheelchair",
        "title": "The boardwalk, seen from a wheelchair",
        "language": "en",
        "section": "letters",
        "week": 4,
        "weekday": 5,
        "author": "Dennis Yardley, Marrowby",
        "body": [
            (
                "I want to thank whoever designed the new section of the Reedway "
                "boardwalk. For the first time since I started using a wheelchair, I "
                "was able to go all the way to the hide with my grandchildren instead "
                "of waiting for them in the car park."
            ),
            (
                "The low windows in the new hide mean I can see out without craning my "
                "neck, and the wider boards mean nobody has to squeeze into the reeds "
                "to let me pass. It sounds like a small thing. It is not."
            ),
            (
                "If I may make one request: a bench or two along the way would be very "
                "welcome for those who walk with sticks."
            ),
        ],
        "tags": ["boardwalk"],
        "posting_date": True,
    },
    {
        "slug": "fa-letter-birdwatching-grandfather",
        "title": "یادی از پرنده‌نگری با پدربزرگ",
        "language": "fa",
        "section": "letters",
        "week": 5,
        "weekday": 4,
        "author": "فرهاد صدری‌نیا، ماروبی",
        "body": [
            (
                "وقتی گزارش شمارش پرندگان خلیج کسترل را در روزنامه خواندم، یاد "
                "پدربزرگم افتادم. او در زروند، کنار تالابی کوچک، هر صبح دوربین "
                "قدیمی‌اش را برمی‌داشت و نام پرندگان را یکی‌یکی برایم می‌گفت. سال‌ها "
                "بعد که به ماروبی آمدم، نخستین جایی که آرامم کرد همین خلیج بود."
            ),
            (
                "این پاییز با دخترم در شمارش ماهانه شرکت کردیم. او حالا آووست را از "
                "دور می‌شناسد و به من یادآوری می‌کند که حرف نزنم تا پرنده‌ها نترسند. "
                "از داوطلبان انجمن سپاسگزارم که ما را با مهربانی پذیرفتند و حتی برگهٔ "
                "راهنمای پرندگان را برایمان به فارسی ترجمه کردند."
            ),
        ],
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "letter-dogs-birds-patience",
        "title": "Dogs, birds and a little patience",
        "language": "en",
        "section": "letters",
        "week": 7,
        "weekday": 3,
        "author": "Anne Tulliver, Saltreach",
        "body": [
            (
                "I am a dog owner and I love the bay, so I write this with affection. "
                "On Sunday I watched a whole flock of godwits lift off the mud and "
                "wheel away because a spaniel had run out to greet them. The dog had a "
                "marvellous time; the birds lost an hour of feeding at high tide."
            ),
            (
                "Most owners I meet are careful, and the signs along the sea wall are "
                "clear. Perhaps the Friends could print a small card explaining why "
                "leads matter in autumn, when the birds have just arrived from a very "
                "long journey?"
            ),
        ],
        "tags": ["birds", "tourism"],
        "posting_date": True,
    },
    {
        "slug": "letter-a-first-spoonbill",
        "title": "A first spoonbill, after thirty years",
        "language": "en",
        "section": "letters",
        "week": 10,
        "weekday": 2,
        "author": "Margaret Hollis, Port Alder",
        "body": [
            (
                "I have walked the sea wall at Kestrel Bay most mornings for thirty "
                "years, and last Tuesday I saw my first spoonbill. It was standing in "
                "the shallows by the sluice, sweeping its extraordinary bill from side "
                "to side like someone looking for a lost earring."
            ),
            (
                "A young volunteer with a telescope let me have a proper look and told "
                "me that the orange ring on its leg meant it had come from across the "
                "sea. I went home and told my husband, who has never shown the "
                "slightest interest in birds, and he came back with me the next day."
            ),
            (
                "Thank you to the volunteers who share their telescopes and their "
                "knowledge so freely. Thirty years was worth the wait."
            ),
        ],
        "tags": ["birds"],
        "posting_date": True,
    },
    {
        "slug": "remarkable-autumn-thanks-counters",
        "title": "A remarkable autumn: our thanks to the counters",
        "language": "en",
        "section": "statements",
        "week": 1,
        "weekday": 3,
        "author": "",
        "body": [
            (
                "The Friends of Kestrel Bay welcome the Wrenfold Bird Observatory’s "
                "autumn summary, which confirms this as one of the best seasons on "
                "record for the bay’s birds. We are proud that so many of our members "
                "took part in the counts, often before dawn and rarely in sunshine."
            ),
            (
                "The figures also show the value of the long, unglamorous work of the "
                "past decade: the reedbed filter, the dune fencing, the careful "
                "management of the sluices. Good numbers are never guaranteed, but "
                "they are far more likely when habitats are looked after."
            ),
            (
                "We look forward to the observatory’s open evening in January and "
                "invite members to join us there."
            ),
        ],
        "tags": ["birds", "volunteers"],
        "posting_date": True,
    },
    {
        "slug": "ar-welcome-fish-study",
        "title": "ترحيب بالنتائج الأولية لدراسة الأسماك في المستنقعات المالحة",
        "language": "ar",
        "section": "statements",
        "week": 2,
        "weekday": 2,
        "author": "",
        "body": [
            (
                "ترحّب جمعية «أصدقاء خليج كيسترل» بالنتائج الأولية التي أعلنها فريق "
                "معهد ألميرا لعلوم البحار حول دور قنوات المستنقعات المالحة في إيواء "
                "صغار الأسماك. وتؤكد هذه النتائج ما لاحظه الصيادون والمتطوعون منذ "
                "سنوات: أن صحة المستنقع وصحة البحر مرتبطتان ارتباطاً وثيقاً."
            ),
            (
                "ونشكر الباحثين على تعاونهم مع متطوعينا وعلى صبرهم في شرح عملهم للزوار "
                "والتلاميذ. ونتطلع إلى قراءة التقرير الكامل في الربيع، وإلى مواصلة هذا "
                "التعاون في السنوات المقبلة."
            ),
        ],
        "tags": ["fishing", "restoration"],
        "posting_date": True,
    },
    {
        "slug": "thanks-storm-clear-up-volunteers",
        "title": "Thank you to the storm clear-up volunteers",
        "language": "en",
        "section": "statements",
        "week": 7,
        "weekday": 0,
        "author": "",
        "body": [
            (
                "On Saturday, sixty-three people turned out in a cold wind to repair "
                "the damage left by Storm Brannagh. Between them they rebuilt four "
                "hundred metres of dune fencing, carried two tonnes of storm litter "
                "off the strandline and returned the sluice bench to dry land."
            ),
            (
                "The committee of the Friends of Kestrel Bay would like to thank every "
                "one of them, as well as the Sluice Café for the soup and Saltreach "
                "Town Council for the loan of a trailer. The marsh looks after us in a "
                "storm; it is good to be able to return the favour."
            ),
        ],
        "tags": ["volunteers", "storms"],
        "posting_date": True,
    },
    {
        "slug": "welcome-summer-water-report",
        "title": "We welcome the summer water report",
        "language": "en",
        "section": "statements",
        "week": 10,
        "weekday": 4,
        "author": "",
        "body": [
            (
                "The Friends of Kestrel Bay warmly welcome the Wrenfold Water "
                "Laboratory’s summer report, which rates every sampling point in the "
                "bay as good or excellent. This is the result of years of patient work "
                "by farmers, the laboratory, the wardens and the many volunteers who "
                "helped plant and maintain the reedbed filter below Dunmere Farm."
            ),
            (
                "We will continue to support the fortnightly sampling through the "
                "winter and to share the results with our members. Anyone who notices "
                "unusual colours or smells in the streams that feed the bay is "
                "encouraged to report them to the laboratory."
            ),
        ],
        "tags": ["water quality"],
        "posting_date": True,
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
