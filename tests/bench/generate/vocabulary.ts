/** Word banks for the generated tour: Hungarian names with ő/ű, Russian sentences, English versions. */

export const FAMILY_NAMES = [
  'Kővári',
  'Szűcs',
  'Győri',
  'Fűzi',
  'Szőke',
  'Bőszénfai',
  'Kőrösi',
  'Tűri',
  'Őry',
  'Fűrész',
  'Nagy',
  'Kovács',
  'Tóth',
  'Szabó',
  'Horváth',
  'Varga',
  'Kiss',
  'Molnár',
  'Németh',
  'Farkas',
  'Balogh',
  'Papp',
  'Lakatos',
  'Takács',
  'Juhász',
  'Oláh',
  'Mészáros',
  'Simon',
  'Rácz',
  'Fekete',
  'Szilágyi',
  'Török',
  'Fehér',
  'Balázs',
  'Gál',
  'Kis',
  'Szűts',
  'Pintér',
  'Kőszegi',
  'Csűrös',
];

export const GIVEN_NAMES = [
  'Győző',
  'Előd',
  'Lőrinc',
  'Ödön',
  'Őrs',
  'Zsófia',
  'Réka',
  'Erzsébet',
  'Gyöngyi',
  'Tünde',
  'Ünige',
  'Kinga',
  'Dóra',
  'László',
  'István',
  'Gábor',
  'Zoltán',
  'Péter',
  'Csaba',
  'Tamás',
  'Krisztina',
  'Anikó',
  'Judit',
  'Eszter',
  'Ildikó',
  'Bőske',
  'Kálmán',
  'Géza',
  'Levente',
  'Zsolt',
];

export const CITIES = [
  'Budapest',
  'Győr',
  'Pécs',
  'Szeged',
  'Debrecen',
  'Székesfehérvár',
  'Kőszeg',
  'Miskolc',
];

export const ORGANISATION_STEMS = [
  { hu: 'Rendőr-főkapitányság', ru: 'Главное управление полиции', en: 'Police Headquarters' },
  {
    hu: 'Belügyminisztérium Főosztály',
    ru: 'Департамент Министерства внутренних дел',
    en: 'Ministry of Interior Department',
  },
  { hu: 'Polgármesteri Hivatal', ru: 'Мэрия', en: 'Mayor’s Office' },
  { hu: 'Bűnmegelőzési Központ', ru: 'Центр профилактики преступлений', en: 'Crime Prevention Centre' },
  { hu: 'Rendőrtiszti Főiskola', ru: 'Полицейская академия', en: 'Police College' },
  { hu: 'Emberi Jogi Egyesület', ru: 'Правозащитная ассоциация', en: 'Human Rights Association' },
];

export const THEMES = [
  { ru: 'Профилактика правонарушений несовершеннолетних', en: 'Juvenile crime prevention' },
  { ru: 'Взаимодействие полиции с местным самоуправлением', en: 'Police cooperation with local government' },
  { ru: 'Защита прав человека в деятельности полиции', en: 'Human rights in policing' },
  { ru: 'Подготовка и переподготовка кадров', en: 'Training and retraining of staff' },
  { ru: 'Безопасность дорожного движения', en: 'Road safety' },
  { ru: 'Противодействие торговле людьми', en: 'Countering human trafficking' },
  { ru: 'Работа с обращениями граждан', en: 'Handling citizens’ complaints' },
  { ru: 'Общественный порядок на массовых мероприятиях', en: 'Public order at mass events' },
];

/** Pairs of a Russian sentence and its English translation; findings are made of these. */
export const SENTENCES: readonly (readonly [string, string])[] = [
  [
    'Участковые инспекторы закреплены за микрорайонами на срок не менее трёх лет, что обеспечивает доверие жителей.',
    'Community officers are assigned to a neighbourhood for at least three years, which earns the residents’ trust.',
  ],
  [
    'Муниципалитет финансирует совместные патрули полиции и гражданской охраны в вечернее время.',
    'The municipality funds joint evening patrols of the police and the civil guard.',
  ],
  [
    'Обращения граждан регистрируются в единой электронной системе и рассматриваются в течение пятнадцати дней.',
    'Citizens’ complaints are registered in a single electronic system and answered within fifteen days.',
  ],
  [
    'В каждой школе района назначен сотрудник полиции, ответственный за профилактические беседы.',
    'Every school in the district has a police officer responsible for prevention talks.',
  ],
  [
    'Статистика правонарушений публикуется ежемесячно на сайте управления с разбивкой по кварталам.',
    'Crime statistics are published monthly on the headquarters’ website, broken down by district.',
  ],
  [
    'Подготовка курсантов включает обязательный модуль по правам человека и этике общения.',
    'Cadet training includes a compulsory module on human rights and communication ethics.',
  ],
  [
    'Видеонаблюдение в центре города сократило число краж из автомобилей почти на треть.',
    'CCTV in the city centre cut thefts from cars by almost a third.',
  ],
  [
    'Венгерские коллеги отметили, что ключевым фактором успеха стало участие неправительственных организаций.',
    'The Hungarian colleagues noted that the involvement of NGOs was the key to success.',
  ],
  [
    'Опыт требует адаптации к белорусскому законодательству в части полномочий местных советов.',
    'The practice needs adapting to Belarusian law as regards the powers of local councils.',
  ],
  [
    'Результаты пилотного проекта оценивались независимым университетским центром ежегодно.',
    'The results of the pilot were assessed every year by an independent university centre.',
  ],
  [
    'Для мониторинга дорожной обстановки используются мобильные группы на мотоциклах.',
    'Mobile teams on motorcycles monitor the traffic situation.',
  ],
  [
    'Горячая линия для жертв торговли людьми работает круглосуточно на четырёх языках.',
    'The hotline for victims of trafficking runs around the clock in four languages.',
  ],
];

export const RECOMMENDATION_OPENINGS = [
  'Рассмотреть возможность',
  'Изучить целесообразность',
  'Подготовить предложения по',
  'Организовать обмен опытом по вопросу',
];

export const EVENT_TITLES = [
  { ru: 'Посещение', en: 'Visit to' },
  { ru: 'Встреча в', en: 'Meeting at' },
  { ru: 'Брифинг в', en: 'Briefing at' },
];
