"""Demo clippings dated 8 to 11 weeks back (see `demo.content` for the conventions).

Fictional, like everything in the demo.
"""

from __future__ import annotations

from typing import Any

CLIPPINGS: list[dict[str, Any]] = [
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
