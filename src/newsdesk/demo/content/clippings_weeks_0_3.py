"""Demo clippings dated 0 to 3 weeks back (see `demo.content` for the conventions).

Fictional, like everything in the demo.
"""

from __future__ import annotations

from typing import Any

CLIPPINGS: list[dict[str, Any]] = [
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
]
