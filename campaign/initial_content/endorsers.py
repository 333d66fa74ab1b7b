"""Endorsers known from public sources, as (key, fields). Staff add the rest in the admin;
a website only where the official address is certain."""

from ..models import Endorser
from ._text import _t

ENDORSERS = [
    (
        "ccl",
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
                    "Ukrainian human-rights organisation led by Oleksandra Matviichuk. "
                    "Co-laureate of the 2022 Nobel Peace Prize and co-convener of People First."
                ),
                uk=(
                    "Українська правозахисна організація, яку очолює Олександра Матвійчук. "
                    "Центр — один із лауреатів Нобелівської премії миру 2022 року та "
                    "співініціатор кампанії «People First»."
                ),
                ru=(
                    "Украинская правозащитная организация, которую возглавляет Александра "
                    "Матвийчук. Центр — один из лауреатов Нобелевской премии мира 2022 года и "
                    "соинициатор кампании «People First»."
                ),
            ),
        },
    ),
    (
        "memorial",
        {
            "kind": Endorser.Kind.NOBEL,
            "country": "RU",
            "website": "",
            "featured": True,
            # Not «Правозахисний центр «Меморіал»» / «Правозащитный центр «Мемориал»»:
            # that was the organisation Russia liquidated in 2022 (CAMPAIGN-FACTS.md).
            "name": _t(
                en="Memorial Human Rights Defence Centre",
                uk="Центр захисту прав людини «Меморіал»",
                ru="Центр защиты прав человека «Мемориал»",
            ),
            # Oleg Orlov without a title: his titles have changed since 2024.
            "description": _t(
                en=(
                    "Russian human-rights organisation; Oleg Orlov, one of its long-standing "
                    "leaders, is himself a former political prisoner. Co-laureate of the 2022 "
                    "Nobel Peace Prize and co-convener of People First."
                ),
                uk=(
                    "Російська правозахисна організація. Один із її багаторічних лідерів, Олег "
                    "Орлов, і сам у минулому був політв’язнем. «Меморіал» — один із лауреатів "
                    "Нобелівської премії миру 2022 року та співініціатор кампанії «People First»."
                ),
                ru=(
                    "Российская правозащитная организация. Один из её многолетних руководителей, "
                    "Олег Орлов, и сам в прошлом был политзаключённым. «Мемориал» — один из "
                    "лауреатов Нобелевской премии мира 2022 года и соинициатор кампании «People "
                    "First»."
                ),
            ),
        },
    ),
    (
        "katzarova",
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
                    "UN Special Rapporteur on the situation of human rights in the Russian "
                    "Federation; supports the campaign."
                ),
                uk=(
                    "Спеціальна доповідачка ООН щодо ситуації з правами людини в Російській "
                    "Федерації; підтримує кампанію."
                ),
                ru=(
                    "Специальный докладчик ООН по вопросу о положении в области прав человека в "
                    "Российской Федерации; поддерживает кампанию."
                ),
            ),
        },
    ),
    (
        "hrw",
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
                en=(
                    "International human-rights organisation; a member of the People First "
                    "coalition."
                ),
                uk="Міжнародна правозахисна організація, член коаліції «People First».",
                ru="Международная правозащитная организация, член коалиции «People First».",
            ),
        },
    ),
    (
        "epln",
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
                en=(
                    "European human-rights network; one of the organisations that published the "
                    "appeal."
                ),
                uk="Європейська правозахисна мережа; одна з організацій, що оприлюднили звернення.",
                ru="Европейская правозащитная сеть; одна из организаций, опубликовавших обращение.",
            ),
        },
    ),
]
