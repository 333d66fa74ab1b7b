"""The seven demands."""

from ._text import _t

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
