"""The about and privacy pages, and the people-first petition.

The appeal names no addressees: nothing here promises to deliver the signatures to
anyone. A commitment the campaign really makes is for staff to state in the admin
(Appeal.commitment)."""

from ._text import _paragraphs, _t

PAGES = {
    "about": {
        "title": _t(en="About the campaign", uk="Про кампанію", ru="О кампании"),
        "body": _t(
            en=_paragraphs(
                (
                    "People First is a campaign of Ukrainian, Russian and international "
                    "human-rights organisations for the release of all captives of Russia’s war "
                    "against Ukraine. We ask that freeing them be the first priority of any "
                    "negotiated agreement to end the war."
                ),
                (
                    "The campaign was convened in January 2025 by two co-laureates of the 2022 "
                    "Nobel Peace Prize: the Center for Civil Liberties (Ukraine) and the Memorial "
                    "Human Rights Defence Centre (Russia). Mariana Katzarova, the UN Special "
                    "Rapporteur on the situation of human rights in the Russian Federation, "
                    "supports it. More than forty organisations joined at the launch; by late "
                    "November 2025 there were 73."
                ),
                (
                    '<strong>How to take part.</strong> Anyone can <a href="/en/#sign">sign the '
                    "appeal</a>: your signature counts once you confirm it through the link we "
                    "email you. Organisations that share our demands can <a "
                    'href="/en/endorse/">ask to endorse the campaign</a>; we review every request '
                    'before the name appears on the <a href="/en/endorsers/">list of endorsers</a>.'
                ),
                "On social media, follow the campaign under the hashtag #People1st.",
            ),
            uk=_paragraphs(
                (
                    "«People First» («Люди передусім») — кампанія українських, російських і "
                    "міжнародних правозахисних організацій за звільнення всіх бранців війни Росії "
                    "проти України. Ми домагаємося, щоб будь-яка угода про завершення війни "
                    "насамперед забезпечила їхнє звільнення."
                ),
                (
                    "Кампанію в січні 2025 року ініціювали дві організації — лауреати Нобелівської "
                    "премії миру 2022 року: Центр громадянських свобод (Україна) і Центр захисту "
                    "прав людини «Меморіал» (Росія). Кампанію підтримує спеціальна доповідачка ООН "
                    "щодо ситуації з правами людини в Російській Федерації Маріана Кацарова. На "
                    "старті до кампанії долучилися понад сорок організацій, а наприкінці листопада "
                    "2025 року їх було вже 73."
                ),
                (
                    '<strong>Як долучитися.</strong> Будь-хто може <a href="/uk/#sign">підписати '
                    "звернення</a>: підпис зараховується, щойно ви підтвердите його за посиланням "
                    "із нашого листа. Організації, які поділяють наші вимоги, можуть <a "
                    'href="/uk/endorse/">подати заявку на підтримку кампанії</a>; ми розглядаємо '
                    "кожну заявку, перш ніж назва організації з’явиться у "
                    '<a href="/uk/endorsers/">списку прихильників</a>.'
                ),
                "У соцмережах кампанію можна знайти за хештегом #People1st.",
            ),
            ru=_paragraphs(
                (
                    "«People First» («Люди прежде всего») — кампания украинских, российских и "
                    "международных правозащитных организаций за освобождение всех пленников войны "
                    "России против Украины. Мы добиваемся, чтобы любое соглашение об окончании "
                    "войны прежде всего обеспечило их освобождение."
                ),
                (
                    "Кампанию в январе 2025 года инициировали две организации — лауреаты "
                    "Нобелевской премии мира 2022 года: Центр гражданских свобод (Украина) и Центр "
                    "защиты прав человека «Мемориал» (Россия). Кампанию поддерживает специальный "
                    "докладчик ООН по вопросу о положении в области прав человека в Российской "
                    "Федерации Мариана Кацарова. При запуске к кампании присоединились более "
                    "сорока организаций, а к концу ноября 2025 года их было уже 73."
                ),
                (
                    "<strong>Как присоединиться.</strong> Любой человек может <a "
                    'href="/ru/#sign">подписать обращение</a>: подпись засчитывается, как только '
                    "вы подтвердите её по ссылке из нашего письма. Организации, которые разделяют "
                    'наши требования, могут <a href="/ru/endorse/">подать заявку на поддержку '
                    "кампании</a>; мы рассматриваем каждую заявку, прежде чем название "
                    'организации появится в <a href="/ru/endorsers/">списке сторонников</a>.'
                ),
                "В соцсетях кампанию можно найти по хештегу #People1st.",
            ),
        ),
    },
    "privacy": {
        "title": _t(
            en="Privacy notice",
            uk="Політика конфіденційності",
            ru="Политика конфиденциальности",
        ),
        "body": _t(
            en=_paragraphs(
                (
                    "The People First coalition is responsible for this site and for the "
                    "signatures collected on it."
                ),
                (
                    "We ask for your name, email address and country so that we can count your "
                    "signature exactly once and so that the coalition has a list of the people "
                    "who signed the appeal. If you ask for news, we also use your address to send "
                    "you updates about the campaign."
                ),
                (
                    "We collect as little as we can and protect what we keep. Below is exactly "
                    "what is stored when you sign, who can read it and how to withdraw your "
                    "signature."
                ),
            ),
            uk=_paragraphs(
                "За цей сайт і зібрані на ньому підписи відповідає коаліція «People First».",
                (
                    "Ми просимо ваше ім’я, адресу електронної пошти та країну, щоб зарахувати ваш "
                    "підпис рівно один раз і щоб у коаліції був список людей, які підписали "
                    "звернення. Якщо ви захочете отримувати новини, ми також надсилатимемо на цю "
                    "адресу повідомлення про кампанію."
                ),
                (
                    "Ми збираємо якомога менше даних і захищаємо те, що зберігаємо. Нижче докладно "
                    "описано, що саме зберігається, коли ви підписуєте звернення, хто може це "
                    "прочитати і як відкликати свій підпис."
                ),
            ),
            ru=_paragraphs(
                "За этот сайт и собранные на нём подписи отвечает коалиция «People First».",
                (
                    "Мы просим ваше имя, адрес электронной почты и страну, чтобы засчитать вашу "
                    "подпись ровно один раз и чтобы у коалиции был список людей, подписавших "
                    "обращение. Если вы захотите получать новости, мы также будем присылать на "
                    "этот адрес сообщения о кампании."
                ),
                (
                    "Мы собираем как можно меньше данных и защищаем то, что храним. Ниже подробно "
                    "описано, что именно сохраняется, когда вы подписываете обращение, кто может "
                    "это прочитать и как отозвать свою подпись."
                ),
            ),
        ),
    },
}

PETITION = {
    "slug": "people-first",
    "goal": 100_000,
    "featured": True,
    "is_active": True,
    "title": _t(
        en="Put people first: free every captive of the war",
        uk="Насамперед — люди: свободу всім бранцям війни",
        ru="Прежде всего — люди: свободу всем пленникам войны",
    ),
    "text": _t(
        en=_paragraphs(
            (
                "By signing, you join the call of the People First coalition: any agreement to end "
                "Russia’s war against Ukraine must first of all free everyone the war holds "
                "captive and bring the deported children home."
            ),
            (
                'You endorse the <a href="/en/#demands">seven demands of the appeal</a>: freedom '
                "for the Ukrainian civilians held by Russia; the return of transferred and "
                "deported children; the repatriation of deported convicts and patients of closed "
                "institutions, and of prisoners of war; freedom for Russian political prisoners "
                "held for opposing the war; an independent international mechanism to help bring "
                "all this about and report on it; and full access for the UN and the ICRC to "
                "every captive and every deported child."
            ),
        ),
        uk=_paragraphs(
            (
                "Підписуючи звернення, ви приєднуєтеся до заклику коаліції «People First»: "
                "будь-яка угода про завершення війни Росії проти України має насамперед звільнити "
                "всіх бранців цієї війни й повернути додому депортованих дітей."
            ),
            (
                'Ви підтримуєте <a href="/uk/#demands">сім вимог звернення</a>: звільнення '
                "цивільних українців, яких утримує Росія; повернення переміщених і депортованих "
                "дітей; повернення на батьківщину депортованих засуджених, пацієнтів закритих "
                "закладів і військовополонених; звільнення російських політв’язнів, позбавлених "
                "волі за антивоєнну позицію; створення незалежного міжнародного механізму, який "
                "сприятиме всьому цьому й звітуватиме про це; повний доступ ООН і МКЧХ до всіх "
                "бранців і депортованих дітей."
            ),
        ),
        ru=_paragraphs(
            (
                "Подписывая обращение, вы присоединяетесь к призыву коалиции «People First»: любое "
                "соглашение об окончании войны России против Украины должно прежде всего "
                "освободить всех пленников этой войны и вернуть домой депортированных детей."
            ),
            (
                'Вы поддерживаете <a href="/ru/#demands">семь требований обращения</a>: '
                "освобождение мирных жителей Украины, которых удерживает Россия; возвращение "
                "перемещённых и депортированных детей; возвращение на родину депортированных "
                "осуждённых, пациентов закрытых учреждений и военнопленных; освобождение "
                "российских политзаключённых, лишённых свободы за антивоенную позицию, — как "
                "осуждённых, так и ожидающих приговора; создание независимого международного "
                "механизма, который будет "
                "содействовать всему этому и отчитываться об этом; полный доступ ООН и МККК ко "
                "всем пленникам и депортированным детям."
            ),
        ),
    ),
}
