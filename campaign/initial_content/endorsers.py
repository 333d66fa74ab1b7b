"""Endorsers known from public sources, and the coalition's statement."""

from ..models import Endorser
from ._text import _t

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
