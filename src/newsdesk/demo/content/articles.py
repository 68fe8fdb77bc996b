"""Demo articles: the organisation's own pieces (fictional)."""

from __future__ import annotations

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
