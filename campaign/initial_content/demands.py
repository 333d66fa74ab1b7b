"""The seven demands, in the appeal's order: (key, fields)."""

from ._text import _t

DEMANDS = [
    (
        "civilians",
        {
            "title": _t(
                en="Free Ukrainian civilians",
                uk="Звільнити цивільних українців",
                ru="Освободить мирных жителей Украины",
            ),
            "text": _t(
                en=(
                    "Every Ukrainian civilian captured and unlawfully held by Russian forces, "
                    "including those sentenced by Russian courts, must be released immediately "
                    "and unconditionally and allowed to go home. Once released, those whose homes "
                    "are in areas under Russian control must be free to leave for "
                    "government-controlled Ukraine if they wish."
                ),
                uk=(
                    "Усіх цивільних українців, яких російські сили захопили й незаконно "
                    "утримують, зокрема засуджених російськими судами, треба негайно й "
                    "беззастережно звільнити та відпустити додому. Ті зі звільнених, чиї домівки "
                    "розташовані на території під контролем Росії, повинні мати змогу, якщо "
                    "захочуть, виїхати на територію, підконтрольну уряду України."
                ),
                ru=(
                    "Всех мирных жителей Украины, которых российские силы захватили и незаконно "
                    "удерживают, в том числе осуждённых российскими судами, нужно немедленно и "
                    "без всяких условий освободить и отпустить домой. Те из освобождённых, чьи "
                    "дома находятся на территории под контролем России, должны иметь возможность "
                    "при желании выехать на территорию, подконтрольную правительству Украины."
                ),
            ),
        },
    ),
    (
        "children",
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
    ),
    (
        "convicts-and-patients",
        {
            "title": _t(
                en="Bring back deported prisoners and patients",
                uk="Повернути засуджених і пацієнтів закритих закладів",
                ru="Вернуть осуждённых и пациентов закрытых учреждений",
            ),
            "text": _t(
                en=(
                    "Deported Ukrainian convicts and patients of closed institutions, such as "
                    "nursing homes and psychiatric hospitals, must be repatriated without delay."
                ),
                uk=(
                    "Депортованих українських засуджених, а також пацієнтів закритих закладів, "
                    "як-от будинків для літніх людей і психіатричних лікарень, треба без "
                    "зволікань повернути на батьківщину."
                ),
                ru=(
                    "Депортированных украинских осуждённых, а также пациентов закрытых "
                    "учреждений, таких как дома престарелых и психиатрические больницы, нужно без "
                    "промедления вернуть на родину."
                ),
            ),
        },
    ),
    (
        "prisoners-of-war",
        {
            "title": _t(
                en="Repatriate prisoners of war",
                uk="Повернути військовополонених",
                ru="Вернуть военнопленных",
            ),
            "text": _t(
                en=(
                    "Prisoners of war must be brought home, through exchanges or by other means, "
                    "as soon as possible and no later than the end of active hostilities, as the "
                    "Geneva Conventions require."
                ),
                uk=(
                    "Військовополонених треба повернути додому — шляхом обміну чи в інший спосіб — "
                    "якнайшвидше й не пізніше завершення активних бойових дій, як того вимагають "
                    "Женевські конвенції."
                ),
                ru=(
                    "Военнопленных нужно вернуть на родину — путём обмена или иным способом — как "
                    "можно скорее и не позднее окончания активных боевых действий, как того "
                    "требуют Женевские конвенции."
                ),
            ),
        },
    ),
    (
        "political-prisoners",
        {
            "title": _t(
                en="Free Russia’s anti-war political prisoners",
                uk="Звільнити російських антивоєнних політв’язнів",
                ru="Освободить российских антивоенных политзаключённых",
            ),
            "text": _t(
                en=(
                    "Russian political prisoners held for anti-war statements or actions, whether "
                    "already sentenced or still awaiting a verdict, must be released, with no "
                    "limits on their freedom of movement, including the right to travel abroad."
                ),
                uk=(
                    "Російських політв’язнів, позбавлених волі за антивоєнні висловлювання чи "
                    "дії, — і вже засуджених, і тих, хто ще чекає на вирок, — треба звільнити без "
                    "жодних обмежень свободи пересування, зокрема права на виїзд за кордон."
                ),
                ru=(
                    "Российских политзаключённых, лишённых свободы за антивоенные высказывания "
                    "или действия, — и уже осуждённых, и ожидающих приговора, — нужно освободить "
                    "без каких-либо ограничений свободы передвижения, включая право на выезд за "
                    "границу."
                ),
            ),
        },
    ),
    (
        "mechanism",
        {
            "title": _t(
                en="An independent international mechanism",
                uk="Незалежний міжнародний механізм",
                ru="Независимый международный механизм",
            ),
            "text": _t(
                en=(
                    "A special, independent international mechanism must be set up to help bring "
                    "about these releases, monitor compliance with international humanitarian law "
                    "and report regularly and openly on who has been freed and on how "
                    "humanitarian standards are kept."
                ),
                uk=(
                    "Для цього треба створити спеціальний незалежний міжнародний механізм, який "
                    "сприятиме звільненню людей, стежитиме за дотриманням міжнародного "
                    "гуманітарного права та регулярно й прозоро звітуватиме про звільнених і про "
                    "дотримання гуманітарних стандартів."
                ),
                ru=(
                    "Для этого нужно создать специальный независимый международный механизм, "
                    "который будет содействовать освобождению людей, следить за соблюдением "
                    "международного гуманитарного права и регулярно и открыто отчитываться об "
                    "освобождённых и о соблюдении гуманитарных стандартов."
                ),
            ),
        },
    ),
    (
        "access",
        {
            "title": _t(
                en="Access for the UN and the ICRC",
                uk="Доступ для ООН і МКЧХ",
                ru="Доступ для ООН и МККК",
            ),
            "text": _t(
                en=(
                    "Russia must give UN agencies and the International Committee of the Red "
                    "Cross (ICRC) immediate and full access to all captives and to every child who "
                    "was transferred or deported."
                ),
                uk=(
                    "Росія має негайно надати структурам ООН і Міжнародному комітетові Червоного "
                    "Хреста (МКЧХ) повний доступ до всіх бранців і до кожної переміщеної чи "
                    "депортованої дитини."
                ),
                ru=(
                    "Россия должна немедленно предоставить структурам ООН и Международному "
                    "комитету Красного Креста (МККК) полный доступ ко всем пленникам и к каждому "
                    "перемещённому или депортированному ребёнку."
                ),
            ),
        },
    ),
]
