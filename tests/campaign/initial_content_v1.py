"""The content the first release shipped (campaign/initial_content at commit 17822d9),
kept verbatim to build the database of a site that ran that release: the loader must
bring it up to date without undoing staff edits. campaign/initial_content/legacy.py
holds the hashes of these values; a test checks that the two agree.

Do not correct anything here: these are the old texts, errors included."""

import importlib

from campaign.models import Endorser

# --- campaign/initial_content/_text.py -------------------------------------------------------
NNBSP = "\u202f"


def _t(en, uk, ru):
    """One text in the site's three languages."""
    return {"en": en, "uk": uk, "ru": ru}


def _paragraphs(*paragraphs):
    return "\n\n".join(paragraphs)


# --- campaign/initial_content/appeal.py ------------------------------------------------------
APPEAL = {
    "title": _t(
        en="Freedom for every captive of Russia’s war against Ukraine",
        uk="Свободу всім бранцям війни Росії проти України",
        ru="Свободу всем пленникам войны России против Украины",
    ),
    "lead": _t(
        en=(
            "Any agreement to end the war must begin with people: bringing home detained "
            "civilians, deported children and prisoners of war, and freeing those jailed in Russia "
            "for opposing the war."
        ),
        uk=(
            "Будь-яка угода про завершення війни має починатися з людей: з повернення додому "
            "затриманих цивільних, депортованих дітей і військовополонених та зі звільнення тих, "
            "хто опинився за ґратами в Росії через антивоєнну позицію."
        ),
        ru=(
            "Любое соглашение об окончании войны должно начинаться с людей: с возвращения домой "
            "задержанных мирных жителей, депортированных детей и военнопленных и с освобождения "
            "тех, кто оказался за решёткой в России из-за антивоенной позиции."
        ),
    ),
    "body": _t(
        en=_paragraphs(
            (
                "People First was launched in January 2025 and presented to the public around 24 "
                "February 2025, the third anniversary of Russia’s full-scale invasion of Ukraine. "
                "It was convened by two co-laureates of the 2022 Nobel Peace Prize: the Center for "
                "Civil Liberties in Ukraine, led by Oleksandra Matviichuk, and the Memorial Human "
                "Rights Defence Centre in Russia, whose co-chair Oleg Orlov is himself a former "
                "political prisoner. Mariana Katzarova, the UN Special Rapporteur on the situation "
                "of human rights in the Russian Federation, supports the campaign."
            ),
            (
                "By the campaign’s count in 2025, Russia was holding more than 16,000 Ukrainian "
                "civilians, either in the occupied territories or after taking them into Russia. "
                "At least 20,000 Ukrainian children had been transferred or deported to Russia."
            ),
            (
                "Both sides hold thousands of prisoners of war. In Russia itself, hundreds of "
                "people have been detained for speaking out against the war or for helping "
                "Ukraine; in August 2024 the UN human-rights office (OHCHR) counted 1,372 people "
                "held by Russia on politically motivated charges."
            ),
            (
                "Our position is simple: <strong>any agreement negotiated to end the war must put "
                "these people first.</strong> Every detained civilian must return to Ukraine, "
                "every prisoner of war must be exchanged, and Russian political prisoners jailed "
                "for opposing the war must go free."
            ),
            (
                "More than forty Ukrainian, Russian and international human-rights organisations "
                "backed the appeal at its launch; by late November 2025 the coalition numbered 73, "
                "Human Rights Watch among them. On 26 November 2025 the campaign sent an open "
                "letter to the President of the United States, the leaders of the EU member "
                "states, the UK Prime Minister and the President of Türkiye, urging them to place "
                "people at the heart of any peace plan."
            ),
            (
                "Sign the appeal and add your voice. We will deliver the signatures to the leaders "
                "it is addressed to."
            ),
        ),
        uk=_paragraphs(
            (
                "Кампанія «People First» стартувала в січні 2025 року, а публічно її представили "
                "близько 24 лютого 2025-го, у третю річницю повномасштабного вторгнення Росії в "
                "Україну. Її ініціювали дві організації — лауреати Нобелівської премії миру 2022 "
                "року: український Центр громадянських свобод, який очолює Олександра Матвійчук, і "
                "російський Правозахисний центр «Меморіал», чий співголова Олег Орлов у минулому "
                "сам був політв’язнем. Кампанію підтримує спеціальна доповідачка ООН щодо ситуації "
                "з правами людини в Російській Федерації Маріана Кацарова."
            ),
            (
                "За підрахунками кампанії у 2025 році, Росія утримувала понад 16 тисяч цивільних "
                "українців: одних — на окупованих територіях, інших — у самій Росії, куди їх "
                "вивезли. Щонайменше 20 тисяч українських дітей було переміщено або депортовано до "
                "Росії."
            ),
            (
                "Обидві сторони утримують тисячі військовополонених. Водночас у Росії сотні людей "
                "затримано за антивоєнні висловлювання або допомогу Україні; за даними Управління "
                "Верховного комісара ООН з прав людини, у серпні 2024 року Росія тримала під "
                "вартою за політично вмотивованими звинуваченнями 1372 особи."
            ),
            (
                "Наша позиція проста: <strong>у будь-якій угоді про завершення війни ці люди мають "
                "стояти на першому місці.</strong> Усі затримані цивільні мають повернутися в "
                "Україну, усіх військовополонених треба обміняти, а російських політв’язнів, "
                "ув’язнених за спротив війні, — звільнити."
            ),
            (
                "На старті звернення підтримали понад сорок українських, російських і міжнародних "
                "правозахисних організацій, а до кінця листопада 2025 року коаліція налічувала вже "
                "73 організації, серед них Human Rights Watch. 26 листопада 2025 року кампанія "
                "надіслала відкритий лист президентові США, лідерам держав — членів ЄС, "
                "прем’єр-міністрові Великої Британії та президентові Туреччини із закликом "
                "поставити людей у центр будь-якого мирного плану."
            ),
            (
                "Підпишіть звернення, щоб і ваш голос було почуто. Ми передамо підписи лідерам, "
                "яким воно адресоване."
            ),
        ),
        ru=_paragraphs(
            (
                "Кампания «People First» стартовала в январе 2025 года, а публично её представили "
                "около 24 февраля 2025-го — в третью годовщину полномасштабного вторжения России в "
                "Украину. Её инициировали две организации — лауреаты Нобелевской премии мира 2022 "
                "года: украинский Центр гражданских свобод, который возглавляет Александра "
                "Матвийчук, и российский Правозащитный центр «Мемориал», сопредседатель которого "
                "Олег Орлов в прошлом сам был политзаключённым. Кампанию поддерживает специальный "
                "докладчик ООН по вопросу о положении в области прав человека в Российской "
                "Федерации Мариана Кацарова."
            ),
            (
                "По подсчётам кампании на 2025 год, Россия удерживала более 16 тысяч мирных "
                "жителей Украины: одних — на оккупированных территориях, других — в самой России, "
                "куда их вывезли. Не менее 20 тысяч украинских детей были перемещены или "
                "депортированы в Россию."
            ),
            (
                "Обе стороны удерживают тысячи военнопленных. При этом в России сотни людей "
                "задержаны за антивоенные высказывания или помощь Украине; в августе 2024 года "
                "Управление Верховного комиссара ООН по правам человека насчитало 1372 человека, "
                "которых Россия держала за решёткой по политически мотивированным обвинениям."
            ),
            (
                "Наша позиция проста: <strong>в любом соглашении об окончании войны эти люди "
                "должны стоять на первом месте.</strong> Все задержанные мирные жители должны "
                "вернуться в Украину, всех военнопленных нужно обменять, а российских "
                "политзаключённых, осуждённых за антивоенную позицию, — освободить."
            ),
            (
                "При запуске обращение поддержали более сорока украинских, российских и "
                "международных правозащитных организаций, а к концу ноября 2025 года в коалицию "
                "входило уже 73 организации, в том числе Human Rights Watch. 26 ноября 2025 года "
                "кампания направила открытое письмо президенту США, лидерам государств — членов "
                "ЕС, премьер-министру Великобритании и президенту Турции с призывом поставить "
                "людей в центр любого мирного плана."
            ),
            (
                "Подпишите обращение, чтобы ваш голос тоже был услышан. Мы передадим подписи "
                "лидерам, которым оно адресовано."
            ),
        ),
    ),
}

# (number, label): the number is shown as it is in every language.
FIGURES = [
    (
        f"16{NNBSP}000+",
        _t(
            en="Ukrainian civilians held by Russia, in occupied areas or in Russia itself",
            uk="цивільних українців у російській неволі — на окупованих територіях і в самій Росії",
            ru=(
                "мирных жителей Украины в российской неволе — на оккупированных территориях и в "
                "самой России"
            ),
        ),
    ),
    (
        f"20{NNBSP}000+",
        _t(
            en="Ukrainian children transferred or deported to Russia",
            uk="українських дітей переміщено або депортовано до Росії",
            ru="украинских детей перемещены или депортированы в Россию",
        ),
    ),
    (
        f"1{NNBSP}372",
        _t(
            en=(
                "people held by Russia on politically motivated charges (UN human-rights office, "
                "August 2024)"
            ),
            uk=(
                "особи, яких Росія утримує за політично вмотивованими звинуваченнями (дані "
                "Управління ООН з прав людини, серпень 2024 р.)"
            ),
            ru=(
                "человека, которых Россия держит за решёткой по политически мотивированным "
                "обвинениям (данные Управления ООН по правам человека, август 2024 г.)"
            ),
        ),
    ),
    (
        "73",
        _t(
            en="human-rights organisations in the coalition by late November 2025",
            uk="правозахисні організації в коаліції станом на кінець листопада 2025 року",
            ru="правозащитные организации в коалиции на конец ноября 2025 года",
        ),
    ),
]

# In the appeal's order; `order` is the position in this list.


# --- campaign/initial_content/demands.py -----------------------------------------------------
DEMANDS = [
    {
        "title": _t(
            en="Free Ukrainian civilians",
            uk="Звільнити цивільних українців",
            ru="Освободить мирных жителей Украины",
        ),
        "text": _t(
            en=(
                "Every Ukrainian civilian captured and unlawfully held by Russian forces, "
                "including those sentenced by Russian courts, must be released immediately and "
                "unconditionally and allowed to go home. People living in areas under Russian "
                "control must be free to leave for government-controlled Ukraine if they wish."
            ),
            uk=(
                "Усіх цивільних українців, яких російські сили захопили й незаконно утримують, "
                "зокрема засуджених російськими судами, треба негайно й беззастережно звільнити та "
                "відпустити додому. Мешканці окупованих територій мають отримати змогу, якщо "
                "забажають, виїхати на підконтрольну Україні територію."
            ),
            ru=(
                "Всех мирных жителей Украины, захваченных российскими силами и незаконно "
                "удерживаемых, в том числе осуждённых российскими судами, нужно немедленно и без "
                "всяких условий освободить и отпустить домой. Жители территорий под контролем "
                "России должны иметь возможность при желании выехать на подконтрольную Украине "
                "территорию."
            ),
        ),
    },
    {
        "title": _t(
            en="Bring the children back",
            uk="Повернути дітей",
            ru="Вернуть детей",
        ),
        "text": _t(
            en="Every child who was unlawfully transferred or deported must be returned.",
            uk="Усіх незаконно переміщених або депортованих дітей треба повернути.",
            ru="Всех незаконно перемещённых или депортированных детей нужно вернуть.",
        ),
    },
    {
        "title": _t(
            en="Bring back deported prisoners and patients",
            uk="Повернути засуджених і пацієнтів закритих закладів",
            ru="Вернуть осуждённых и пациентов закрытых учреждений",
        ),
        "text": _t(
            en=(
                "Ukrainian convicts and patients of closed institutions, such as nursing homes and "
                "psychiatric hospitals, who were deported must be repatriated without delay."
            ),
            uk=(
                "Депортованих українських засуджених, а також пацієнтів закритих закладів, як-от "
                "будинків для літніх людей і психіатричних лікарень, треба без зволікань повернути "
                "на батьківщину."
            ),
            ru=(
                "Депортированных украинских осуждённых, а также пациентов закрытых учреждений, "
                "таких как дома престарелых и психиатрические больницы, нужно без промедления "
                "вернуть на родину."
            ),
        ),
    },
    {
        "title": _t(
            en="Repatriate prisoners of war",
            uk="Повернути військовополонених",
            ru="Вернуть военнопленных",
        ),
        "text": _t(
            en=(
                "Prisoners of war must be brought home, through exchanges or by other means, as "
                "soon as possible and no later than the end of active hostilities, as the Geneva "
                "Conventions require."
            ),
            uk=(
                "Військовополонених треба повернути додому — через обміни чи в інший спосіб — "
                "якнайшвидше і не пізніше завершення активних бойових дій, як того вимагають "
                "Женевські конвенції."
            ),
            ru=(
                "Военнопленных нужно вернуть на родину — путём обмена или иным способом — как "
                "можно скорее и не позднее окончания активных боевых действий, как того требуют "
                "Женевские конвенции."
            ),
        ),
    },
    {
        "title": _t(
            en="Free Russia’s anti-war political prisoners",
            uk="Звільнити російських антивоєнних політв’язнів",
            ru="Освободить российских антивоенных политзаключённых",
        ),
        "text": _t(
            en=(
                "Russian political prisoners held for anti-war statements or actions, whether "
                "already sentenced or still awaiting a verdict, must be released, with no limits "
                "on their freedom of movement, including the right to travel abroad."
            ),
            uk=(
                "Російських політв’язнів, ув’язнених за антивоєнні висловлювання чи дії, — як уже "
                "засуджених, так і тих, хто ще чекає на вирок, — треба звільнити без жодних "
                "обмежень свободи пересування, зокрема права виїхати за кордон."
            ),
            ru=(
                "Российских политзаключённых, лишённых свободы за антивоенные высказывания или "
                "действия, — и уже осуждённых, и ожидающих приговора, — нужно освободить без "
                "каких-либо ограничений свободы передвижения, включая выезд за границу."
            ),
        ),
    },
    {
        "title": _t(
            en="An independent international mechanism",
            uk="Незалежний міжнародний механізм",
            ru="Независимый международный механизм",
        ),
        "text": _t(
            en=(
                "A special, independent international mechanism must be set up to carry out these "
                "releases, monitor compliance with international humanitarian law and report "
                "regularly and openly on who has been freed and on how humanitarian standards are "
                "kept."
            ),
            uk=(
                "Для цього треба створити спеціальний незалежний міжнародний механізм, який "
                "сприятиме звільненню людей, стежитиме за дотриманням міжнародного гуманітарного "
                "права та регулярно й прозоро звітуватиме про звільнених і про дотримання "
                "гуманітарних стандартів."
            ),
            ru=(
                "Для этого нужно создать специальный независимый международный механизм, который "
                "будет содействовать освобождению людей, следить за соблюдением международного "
                "гуманитарного права и регулярно и открыто отчитываться об освобождённых и о "
                "соблюдении гуманитарных стандартов."
            ),
        ),
    },
    {
        "title": _t(
            en="Access for the UN and the ICRC",
            uk="Доступ для ООН і МКЧХ",
            ru="Доступ для ООН и МККК",
        ),
        "text": _t(
            en=(
                "UN agencies and the International Committee of the Red Cross (ICRC) must be given "
                "immediate and full access to all captives and to every child who was transferred "
                "or deported."
            ),
            uk=(
                "Агенції ООН і Міжнародний комітет Червоного Хреста (МКЧХ) мають негайно отримати "
                "повний доступ до всіх бранців і до кожної переміщеної чи депортованої дитини."
            ),
            ru=(
                "Агентства ООН и Международный комитет Красного Креста (МККК) должны немедленно "
                "получить полный доступ ко всем пленникам и к каждому перемещённому или "
                "депортированному ребёнку."
            ),
        ),
    },
]

# Only endorsers known from public sources; staff add the rest in the admin. A website
# only where the official address is certain.


# --- campaign/initial_content/endorsers.py ---------------------------------------------------
ENDORSERS = [
    {
        "kind": Endorser.Kind.NOBEL,
        "country": "UA",
        "website": "https://ccl.org.ua/",
        "featured": True,
        "name": _t(
            en="Center for Civil Liberties",
            uk="Центр громадянських свобод",
            ru="Центр гражданских свобод",
        ),
        "description": _t(
            en=(
                "Ukrainian human-rights organisation led by Oleksandra Matviichuk. Co-laureate of "
                "the 2022 Nobel Peace Prize and co-convener of People First."
            ),
            uk=(
                "Українська правозахисна організація, яку очолює Олександра Матвійчук. Центр — "
                "один із лауреатів Нобелівської премії миру 2022 року та співініціатор кампанії "
                "«People First»."
            ),
            ru=(
                "Украинская правозащитная организация, которую возглавляет Александра Матвийчук. "
                "Центр — один из лауреатов Нобелевской премии мира 2022 года и соинициатор "
                "кампании «People First»."
            ),
        ),
    },
    {
        "kind": Endorser.Kind.NOBEL,
        "country": "RU",
        "website": "",
        "featured": True,
        "name": _t(
            en="Memorial Human Rights Defence Centre",
            uk="Правозахисний центр «Меморіал»",
            ru="Правозащитный центр «Мемориал»",
        ),
        "description": _t(
            en=(
                "Russian human-rights centre; its co-chair Oleg Orlov is himself a former "
                "political prisoner. Co-laureate of the 2022 Nobel Peace Prize and co-convener of "
                "People First."
            ),
            uk=(
                "Російська правозахисна організація; її співголова Олег Орлов у минулому сам був "
                "політв’язнем. «Меморіал» — один із лауреатів Нобелівської премії миру 2022 року "
                "та співініціатор кампанії «People First»."
            ),
            ru=(
                "Российская правозащитная организация; её сопредседатель Олег Орлов в прошлом сам "
                "был политзаключённым. «Мемориал» — один из лауреатов Нобелевской премии мира 2022 "
                "года и соинициатор кампании «People First»."
            ),
        ),
    },
    {
        "kind": Endorser.Kind.UN,
        "country": "",
        "website": "",
        "featured": True,
        "name": _t(
            en="Mariana Katzarova",
            uk="Маріана Кацарова",
            ru="Мариана Кацарова",
        ),
        "description": _t(
            en=(
                "UN Special Rapporteur on the situation of human rights in the Russian Federation; "
                "supports the campaign."
            ),
            uk=(
                "Спеціальна доповідачка ООН щодо ситуації з правами людини в Російській Федерації; "
                "підтримує кампанію."
            ),
            ru=(
                "Специальный докладчик ООН по вопросу о положении в области прав человека в "
                "Российской Федерации; поддерживает кампанию."
            ),
        ),
    },
    {
        "kind": Endorser.Kind.ORGANISATION,
        "country": "",
        "website": "https://www.hrw.org/",
        "featured": True,
        "name": _t(
            en="Human Rights Watch",
            uk="Human Rights Watch",
            ru="Human Rights Watch",
        ),
        "description": _t(
            en="International human-rights organisation; a member of the People First coalition.",
            uk="Міжнародна правозахисна організація, учасниця коаліції «People First».",
            ru="Международная правозащитная организация, участница коалиции «People First».",
        ),
    },
    {
        "kind": Endorser.Kind.ORGANISATION,
        "country": "",
        "website": "https://www.prisonlitigation.org/",
        "featured": False,
        "name": _t(
            en="European Prison Litigation Network",
            uk="European Prison Litigation Network",
            ru="European Prison Litigation Network",
        ),
        "description": _t(
            en="European human-rights network; one of the organisations that published the appeal.",
            uk="Європейська правозахисна мережа; одна з організацій, що оприлюднили звернення.",
            ru="Европейская правозащитная сеть; одна из организаций, опубликовавших обращение.",
        ),
    },
]

# No real person is quoted: the coalition's position, in other words than the appeal's.
STATEMENTS = [
    {
        "person": _t(
            en="People First coalition",
            uk="Коаліція «People First»",
            ru="Коалиция «People First»",
        ),
        "role": _t(
            en="joint appeal, 2025",
            uk="спільне звернення, 2025",
            ru="совместное обращение, 2025",
        ),
        "text": _t(
            en=(
                "Whatever the terms that end this war, its captives must come first: civilians and "
                "children returned to Ukraine, prisoners of war exchanged, and everyone jailed in "
                "Russia for opposing the war set free."
            ),
            uk=(
                "Хоч би на яких умовах закінчилася ця війна, насамперед треба подбати про її "
                "бранців: повернути в Україну цивільних і дітей, обміняти військовополонених і "
                "звільнити тих, кого в Росії ув’язнили за спротив війні."
            ),
            ru=(
                "На каких бы условиях ни закончилась эта война, прежде всего нужно позаботиться о "
                "её пленниках: вернуть в Украину мирных жителей и детей, обменять военнопленных и "
                "освободить тех, кого в России посадили за несогласие с войной."
            ),
        ),
    },
]

# The about page's press contact and the privacy page's list of what is stored are
# rendered by their templates (templates/campaign/page_*.html), not written here.


# --- campaign/initial_content/pages.py -------------------------------------------------------
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
                    "проти України. Ми вимагаємо, щоб їхнє звільнення стало першочерговим "
                    "завданням будь-якої угоди про завершення війни."
                ),
                (
                    "Кампанію в січні 2025 року ініціювали дві організації — лауреати Нобелівської "
                    "премії миру 2022 року: Центр громадянських свобод (Україна) і Правозахисний "
                    "центр «Меморіал» (Росія). Її підтримує спеціальна доповідачка ООН щодо "
                    "ситуації з правами людини в Російській Федерації Маріана Кацарова. На старті "
                    "до кампанії долучилися понад сорок організацій, а до кінця листопада 2025 "
                    "року — вже 73."
                ),
                (
                    '<strong>Як долучитися.</strong> Будь-хто може <a href="/uk/#sign">підписати '
                    "звернення</a>: підпис зараховується, щойно ви підтвердите його за посиланням "
                    "із нашого листа. Організації, які поділяють наші вимоги, можуть <a "
                    'href="/uk/endorse/">подати заявку на підтримку кампанії</a>; ми розглядаємо '
                    'кожну заявку, перш ніж назва з’явиться у <a href="/uk/endorsers/">списку '
                    "прихильників</a>."
                ),
                "У соцмережах кампанію можна знайти за хештегом #People1st.",
            ),
            ru=_paragraphs(
                (
                    "«People First» («Люди прежде всего») — кампания украинских, российских и "
                    "международных правозащитных организаций за освобождение всех пленников войны "
                    "России против Украины. Мы добиваемся, чтобы их освобождение стало "
                    "первоочередной задачей любого соглашения об окончании войны."
                ),
                (
                    "Кампанию в январе 2025 года инициировали две организации — лауреаты "
                    "Нобелевской премии мира 2022 года: Центр гражданских свобод (Украина) и "
                    "Правозащитный центр «Мемориал» (Россия). Её поддерживает специальный "
                    "докладчик ООН по вопросу о положении в области прав человека в Российской "
                    "Федерации Мариана Кацарова. При запуске к кампании присоединились более "
                    "сорока организаций, а к концу ноября 2025 года — уже 73."
                ),
                (
                    "<strong>Как присоединиться.</strong> Любой человек может <a "
                    'href="/ru/#sign">подписать обращение</a>: подпись засчитывается, как только '
                    "вы подтвердите её по ссылке из нашего письма. Организации, которые разделяют "
                    'наши требования, могут <a href="/ru/endorse/">подать заявку на поддержку '
                    "кампании</a>; мы рассматриваем каждую заявку, прежде чем название появится в "
                    '<a href="/ru/endorsers/">списке сторонников</a>.'
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
                    "We ask for your name, email address and country for one purpose: to show how "
                    "many people support the appeal and to deliver the signatures to the leaders "
                    "it is addressed to. If you ask for news, we also use your address to send you "
                    "updates about the campaign."
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
                    "Ми просимо ваше ім’я, адресу електронної пошти та країну з однією метою: "
                    "показати, скільки людей підтримують звернення, і передати підписи лідерам, "
                    "яким воно адресоване. Якщо ви захочете отримувати новини, ми також "
                    "надсилатимемо вам на цю адресу повідомлення про кампанію."
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
                    "Мы просим ваше имя, адрес электронной почты и страну с одной целью: показать, "
                    "сколько людей поддерживают обращение, и передать подписи лидерам, которым оно "
                    "адресовано. Если вы захотите получать новости, мы также будем присылать вам "
                    "на этот адрес сообщения о кампании."
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
                "Russia’s war against Ukraine must first of all set free everyone the war holds "
                "captive."
            ),
            (
                'You endorse the <a href="/en/#demands">seven demands of the appeal</a>: freedom '
                "for the Ukrainian civilians held by Russia; the return of deported children, "
                "convicts and patients of closed institutions; the repatriation of prisoners of "
                "war; the release of Russian political prisoners jailed for opposing the war; an "
                "independent international mechanism to see all this through; and full access for "
                "the UN and the ICRC to every captive."
            ),
            "We will deliver the signatures to the leaders the appeal is addressed to.",
        ),
        uk=_paragraphs(
            (
                "Підписуючи звернення, ви приєднуєтеся до заклику коаліції «People First»: "
                "будь-яка угода про завершення війни Росії проти України має насамперед повернути "
                "свободу всім її бранцям."
            ),
            (
                'Ви підтримуєте <a href="/uk/#demands">сім вимог звернення</a>: звільнення '
                "цивільних українців, яких утримує Росія; повернення в Україну депортованих дітей, "
                "засуджених і пацієнтів закритих закладів; репатріацію військовополонених; "
                "звільнення російських політв’язнів, ув’язнених за спротив війні; створення "
                "незалежного міжнародного механізму, який простежить за всім цим; повний доступ "
                "ООН і МКЧХ до всіх бранців."
            ),
            "Ми передамо підписи лідерам, яким адресоване звернення.",
        ),
        ru=_paragraphs(
            (
                "Подписывая обращение, вы присоединяетесь к призыву коалиции «People First»: любое "
                "соглашение об окончании войны России против Украины должно прежде всего вернуть "
                "свободу всем её пленникам."
            ),
            (
                'Вы поддерживаете <a href="/ru/#demands">семь требований обращения</a>: '
                "освобождение мирных жителей Украины, которых удерживает Россия; возвращение в "
                "Украину депортированных детей, осуждённых и пациентов закрытых учреждений; "
                "репатриацию военнопленных; освобождение российских политзаключённых, осуждённых "
                "за антивоенную позицию; создание независимого международного механизма, который "
                "проследит за всем этим; полный доступ ООН и МККК ко всем пленникам."
            ),
            "Мы передадим подписи лидерам, которым адресовано обращение.",
        ),
    ),
}


# The first release's keys, in the order of its lists (the current content keeps them).
FIGURE_KEYS = ["civilians", "children", "political-prisoners", "coalition"]
DEMAND_KEYS = [
    "civilians",
    "children",
    "convicts-and-patients",
    "prisoners-of-war",
    "political-prisoners",
    "mechanism",
    "access",
]
ENDORSER_KEYS = ["ccl", "memorial", "katzarova", "hrw", "epln"]
STATEMENT_KEYS = ["coalition"]


def _fields(data):
    kwargs = {}
    for name, value in data.items():
        if isinstance(value, dict):
            kwargs.update({f"{name}_{lang}": text for lang, text in value.items()})
        else:
            kwargs[name] = value
    return kwargs


def records():
    """(key, model, field values) of every object the first release created, in today's
    schema: a figure's number, then text, is split the way migration 0003 splits it."""
    from campaign.models import Appeal, Demand, KeyFigure, Page, Statement
    from petitions.models import Petition

    migration = importlib.import_module("campaign.migrations.0004_quotes_figures_commitment")
    yield "appeal", Appeal, _fields(APPEAL)
    for order, ((number, label), key) in enumerate(zip(FIGURES, FIGURE_KEYS, strict=True), 1):
        value, suffix = migration.split_number(number)
        fields = {"value": value, "suffix": suffix, "order": order, **_fields({"label": label})}
        yield f"figure-{key}", KeyFigure, fields
    for order, (demand, key) in enumerate(zip(DEMANDS, DEMAND_KEYS, strict=True), 1):
        yield f"demand-{key}", Demand, {"order": order, "published": True, **_fields(demand)}
    for order, (endorser, key) in enumerate(zip(ENDORSERS, ENDORSER_KEYS, strict=True), 1):
        yield f"endorser-{key}", Endorser, {"order": order, **_fields(endorser)}
    for order, (statement, key) in enumerate(zip(STATEMENTS, STATEMENT_KEYS, strict=True), 1):
        yield f"statement-{key}", Statement, {"order": order, **_fields(statement)}
    for slug, page in PAGES.items():
        yield f"page-{slug}", Page, _fields(page)
    petition = dict(PETITION)
    yield f"petition-{petition.pop('slug')}", Petition, _fields(petition)


def create():
    """The database the first release's `load_initial_content` left behind."""
    from campaign.models import Appeal, KeyFigure

    appeal = None
    for key, model, fields in records():
        extra = {}
        if model is KeyFigure:
            extra = {"appeal": appeal}
        elif key.startswith(("page-", "petition-")):
            extra = {"slug": key.split("-", 1)[1]}
        obj = model.objects.create(**extra, **fields)
        if model is Appeal:
            appeal = obj
