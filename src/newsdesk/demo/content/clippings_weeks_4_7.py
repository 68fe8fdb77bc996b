"""Demo clippings dated 4 to 7 weeks back (see `demo.content` for the conventions).

Fictional, like everything in the demo.
"""

from __future__ import annotations

from typing import Any

CLIPPINGS: list[dict[str, Any]] = [
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
]
