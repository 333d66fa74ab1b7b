"""The appeal and its key figures."""

from ._text import _paragraphs, _t

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
            "затриманих цивільних, депортованих дітей і військовополонених, а також зі звільнення "
            "тих, кого в Росії ув’язнили за антивоєнну позицію."
        ),
        ru=(
            "Любое соглашение об окончании войны должно начинаться с людей: с возвращения домой "
            "задержанных мирных жителей, депортированных детей и военнопленных, а также с "
            "освобождения тех, кого в России лишили свободы за антивоенную позицию."
        ),
    ),
    "body": _t(
        en=_paragraphs(
            (
                "People First was launched in January 2025 and presented to the public around 24 "
                "February 2025, the third anniversary of Russia’s full-scale invasion of Ukraine. "
                "It was convened by two co-laureates of the 2022 Nobel Peace Prize: the Center for "
                "Civil Liberties in Ukraine, led by Oleksandra Matviichuk, and the Memorial Human "
                "Rights Defence Centre in Russia, one of whose long-standing leaders, Oleg Orlov, "
                "is himself a former political prisoner. Mariana Katzarova, the UN Special "
                "Rapporteur on the situation of human rights in the Russian Federation, supports "
                "the campaign."
            ),
            (
                "By the campaign’s count in 2025, Russia was holding more than 16,000 Ukrainian "
                "civilians, either in the occupied territories or after taking them into Russia. "
                "At least 20,000 Ukrainian children had been transferred or deported to Russia."
            ),
            (
                "Both sides were holding thousands of prisoners of war, and in Russia itself "
                "hundreds of people had been detained for speaking out against the war or for "
                "helping Ukraine. As of August 2024, the UN human-rights office (OHCHR) counted "
                "1,372 people held by Russia on politically motivated charges."
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
                "states, the UK Prime Minister and the President of Türkiye, asking that any peace "
                "plan be built around the fate of people."
            ),
            "Sign the appeal and add your voice to theirs.",
        ),
        uk=_paragraphs(
            (
                "Кампанія «People First» розпочалася в січні 2025 року, а публічно її представили "
                "близько 24 лютого 2025 року, у третю річницю повномасштабного вторгнення Росії в "
                "Україну. Ініціювали кампанію дві організації — лауреати Нобелівської премії миру "
                "2022 року: український Центр громадянських свобод, який очолює Олександра "
                "Матвійчук, і російський Центр захисту прав людини «Меморіал». Один із "
                "багаторічних лідерів «Меморіалу», Олег Орлов, і сам у минулому був політв’язнем. "
                "Кампанію підтримує спеціальна доповідачка ООН щодо ситуації з правами людини в "
                "Російській Федерації Маріана Кацарова."
            ),
            (
                "У 2025 році, за підрахунками кампанії, Росія утримувала понад 16 000 цивільних "
                "українців: одних — на окупованих територіях, інших — у самій Росії, куди їх "
                "вивезли. Щонайменше 20 000 українських дітей було переміщено або депортовано до "
                "Росії."
            ),
            (
                "Обидві сторони утримували тисячі військовополонених, а в самій Росії сотні людей "
                "затримали за антивоєнні висловлювання або допомогу Україні. Станом на серпень "
                "2024 року Управління Верховного комісара ООН з прав людини налічило 1 372 особи, "
                "яких Росія утримувала за політично вмотивованими звинуваченнями."
            ),
            (
                "Наша позиція проста: <strong>у будь-якій угоді про завершення війни ці люди мають "
                "бути на першому місці.</strong> Усі затримані цивільні мають повернутися в "
                "Україну, усіх військовополонених треба обміняти, а російських політв’язнів, "
                "ув’язнених за антивоєнну позицію, — звільнити."
            ),
            (
                "На старті звернення підтримали понад сорок українських, російських і міжнародних "
                "правозахисних організацій, а наприкінці листопада 2025 року коаліція налічувала "
                "вже 73 організації, серед них Human Rights Watch. 26 листопада 2025 року кампанія "
                "надіслала відкритий лист президентові США, лідерам держав — членів ЄС, "
                "прем’єр-міністрові Великої Британії та президентові Туреччини із закликом "
                "поставити долю людей на чільне місце в будь-якому мирному плані."
            ),
            "Підпишіть звернення, щоб і ваш голос було почуто.",
        ),
        ru=_paragraphs(
            (
                "Кампания «People First» началась в январе 2025 года, а публично её представили "
                "около 24 февраля 2025 года — в третью годовщину полномасштабного вторжения России "
                "в Украину. Инициировали кампанию две организации — лауреаты Нобелевской премии "
                "мира 2022 года: украинский Центр гражданских свобод, который возглавляет "
                "Александра Матвийчук, и российский Центр защиты прав человека «Мемориал». Один из "
                "многолетних руководителей «Мемориала», Олег Орлов, и сам в прошлом был "
                "политзаключённым. Кампанию поддерживает специальный докладчик ООН по вопросу о "
                "положении в области прав человека в Российской Федерации Мариана Кацарова."
            ),
            (
                "В 2025 году, по подсчётам кампании, Россия удерживала более 16 000 мирных жителей "
                "Украины: одних — на оккупированных территориях, других — в самой России, куда их "
                "вывезли. Не менее 20 000 украинских детей были перемещены или депортированы в "
                "Россию."
            ),
            (
                "Обе стороны удерживали тысячи военнопленных, а в самой России сотни людей были "
                "задержаны за антивоенные высказывания или помощь Украине. По состоянию на август "
                "2024 года Управление Верховного комиссара ООН по правам человека насчитало "
                "1 372 человека, которых Россия держала за решёткой по политически мотивированным "
                "обвинениям."
            ),
            (
                "Наша позиция проста: <strong>в любом соглашении об окончании войны эти люди "
                "должны быть на первом месте.</strong> Все задержанные мирные жители должны "
                "вернуться в Украину, всех военнопленных нужно обменять, а российских "
                "политзаключённых, которых лишили свободы за антивоенную позицию, — освободить."
            ),
            (
                "При запуске обращение поддержали более сорока украинских, российских и "
                "международных правозащитных организаций, а к концу ноября 2025 года в коалицию "
                "входили уже 73 организации, в том числе Human Rights Watch. 26 ноября 2025 года "
                "кампания направила открытое письмо президенту США, лидерам государств — членов "
                "ЕС, премьер-министру Великобритании и президенту Турции с призывом, чтобы в "
                "основе любого мирного плана была судьба людей."
            ),
            "Подпишите обращение, чтобы ваш голос тоже был услышан.",
        ),
    ),
    # The endorsers page says its list is a selection while fewer organisations are listed.
    "coalition_size": 73,
}

# (key, value, suffix, label). Each language writes the value its own way (16,000+ in
# English, 16 000+ in Ukrainian and Russian): see KeyFigure.number. Every figure keeps
# its date, and its label the tense of that date.
FIGURES = [
    (
        "civilians",
        16_000,
        "+",
        _t(
            en="Ukrainian civilians held by Russia in occupied areas or in Russia itself (the "
            "campaign’s count, 2025)",
            uk="цивільних українців, яких Росія утримувала на окупованих територіях і в самій "
            "Росії (підрахунок кампанії, 2025 рік)",
            ru="мирных жителей Украины, которых Россия удерживала на оккупированных территориях и "
            "в самой России (подсчёт кампании, 2025 год)",
        ),
    ),
    (
        "children",
        20_000,
        "+",
        _t(
            en="Ukrainian children transferred or deported to Russia (the campaign’s count, 2025)",
            uk="українських дітей, переміщених або депортованих до Росії (підрахунок кампанії, "
            "2025 рік)",
            ru="украинских детей, перемещённых или депортированных в Россию (подсчёт кампании, "
            "2025 год)",
        ),
    ),
    (
        "political-prisoners",
        1_372,
        "",
        _t(
            en="people held by Russia on politically motivated charges as of August 2024 (UN "
            "human-rights office)",
            uk="особи, яких Росія утримувала за політично вмотивованими звинуваченнями, станом на "
            "серпень 2024 року (дані Управління ООН з прав людини)",
            ru="человека, которых Россия держала за решёткой по политически мотивированным "
            "обвинениям, на август 2024 года (данные Управления ООН по правам человека)",
        ),
    ),
    (
        "coalition",
        73,
        "",
        _t(
            en="human-rights organisations in the coalition by late November 2025",
            uk="правозахисні організації в коаліції станом на кінець листопада 2025 року",
            ru="правозащитные организации в коалиции на конец ноября 2025 года",
        ),
    ),
]
