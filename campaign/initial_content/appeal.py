"""The appeal and its key figures."""

from ._text import NNBSP, _paragraphs, _t

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
