import type { LocalizedText } from './entities';

/**
 * The five key points of the study tour's terms of reference, in all four languages.
 * A new tour starts with them; the delegation may rename, reorder and add to them.
 */
export const DEFAULT_KEY_POINTS: readonly LocalizedText[] = [
  {
    ru: 'Организационные и плановые методы (центральный и региональный уровень) и нормативные акты, содействующие взаимодействию организаций гражданского общества и полиции',
    be: 'Арганізацыйныя і планавыя метады (цэнтральны і рэгіянальны ўзровень) і нарматыўныя акты, якія садзейнічаюць узаемадзеянню арганізацый грамадзянскай супольнасці і паліцыі',
    en: 'Organisational and planning methods (central and regional level) and regulations that facilitate relations between civil society organisations and the police',
    hu: 'Szervezési és tervezési módszerek (központi és regionális szinten), valamint a civil szervezetek és a rendőrség kapcsolatát elősegítő szabályozás',
  },
  {
    ru: 'Основные тактики, инструменты и механизмы полицейской деятельности, ориентированной на население: извлечённые уроки, повседневная работа с сообществами (тактика патрулирования, подходы, формы, методы)',
    be: 'Асноўныя тактыкі, інструменты і механізмы паліцэйскай дзейнасці, арыентаванай на насельніцтва: вынесеныя ўрокі, штодзённая работа з супольнасцямі (тактыка патрулявання, падыходы, формы, метады)',
    en: 'Basic tactics, tools and mechanisms of people-oriented policing: lessons learned, day-to-day dealing with communities (patrol tactics, approaches, forms, methods)',
    hu: 'A lakosságközpontú rendőrözés alapvető taktikái, eszközei és mechanizmusai: tanulságok, napi kapcsolattartás a közösségekkel (járőrtaktika, megközelítések, formák, módszerek)',
  },
  {
    ru: 'Помещения полицейских участков, с особым вниманием к помещениям для приёма граждан',
    be: 'Памяшканні паліцэйскіх участкаў з асаблівай увагай да памяшканняў для прыёму грамадзян',
    en: 'Police station premises, with special attention to rooms to receive the public',
    hu: 'A rendőrkapitányságok helyiségei, különös tekintettel az ügyfélfogadó helyiségekre',
  },
  {
    ru: 'Управление повседневными задачами полицейской деятельности в сообществе с учётом местной криминогенной и оперативной обстановки; механизмы партнёрства полиции и населения',
    be: 'Кіраванне штодзённымі задачамі паліцэйскай дзейнасці ў супольнасці з улікам мясцовай крыміногеннай і аператыўнай абстаноўкі; механізмы партнёрства паліцыі і насельніцтва',
    en: 'Managing day-to-day community policing tasks in the local criminal and operational environment; mechanisms for a partnership of police and population',
    hu: 'A közösségi rendőrözés napi feladatainak irányítása a helyi bűnügyi és operatív környezetben; a rendőrség és a lakosság közötti partnerség mechanizmusai',
  },
  {
    ru: 'Роли и обязанности в полицейской деятельности в сообществе с гендерной точки зрения',
    be: 'Ролі і абавязкі ў паліцэйскай дзейнасці ў супольнасці з гендарнага пункту гледжання',
    en: 'Roles and responsibilities of community policing from a gender perspective',
    hu: 'A közösségi rendőrözés szerepei és felelőssége a társadalmi nemek szempontjából',
  },
];
