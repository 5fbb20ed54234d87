# Candor interface text, Russian (translated from the English reference locale).
# Every other locale under locales/ carries exactly the same message ids;
# a test checks that. Reviews themselves are never translated.

## Layout

site-name = Candor
site-tagline = Честные отзывы и открытые ответы на них.
nav-businesses = Компании
nav-dashboard = Панель управления
nav-login = Вход для сотрудников
nav-logout = Выйти
locale-label = Язык
locale-submit = Сменить
footer-note = Отзывы показываются на том языке, на котором они написаны. Ни одна компания не может скрыть отзыв.
skip-to-content = Перейти к содержимому

## Directory

directory-title = Компании
directory-empty = Компаний пока нет.
review-count = { $count ->
    [one] { $count } отзыв
    [few] { $count } отзыва
    [many] { $count } отзывов
   *[other] { $count } отзыва
}

## Business page

score-label = Рейтинг Candor
score-out-of = из 5
score-how = Как рассчитывается рейтинг
mean-line = Простое среднее { $mean } по { $count ->
    [one] { $count } отзыву
    [few] { $count } отзывам
    [many] { $count } отзывам
   *[other] { $count } отзыва
}
no-reviews-yet = Отзывов пока нет. Будьте первым, кто его оставит.
distribution-title = Все оценки
distribution-row = { $stars ->
    [one] { $stars } звезда
    [few] { $stars } звезды
    [many] { $stars } звёзд
   *[other] { $stars } звезды
}
distribution-filter = { $stars ->
    [one] Показать только отзывы с { $stars } звездой
   *[other] Показать только отзывы с { $stars } звёздами
}
spotlight-title = Обе точки зрения
spotlight-critical = Самый полезный критический отзыв
spotlight-positive = Самый полезный положительный отзыв
spotlight-none-critical = Критических отзывов (от 1 до 3 звёзд) пока нет.
spotlight-none-positive = Положительных отзывов (4 или 5 звёзд) пока нет.
reviews-title = Отзывы
filter-stars = Звёзды
filter-language = Язык
filter-replied = Ответ
filter-sort = Сортировка
filter-all = Все
filter-replied-yes = С ответом
filter-replied-no = Без ответа
sort-newest = Сначала новые
sort-helpful = Сначала полезные
filter-apply = Применить
filter-reset = Сбросить фильтры
reviews-none-match = Нет отзывов, соответствующих этим фильтрам.
page-next = Следующая страница
page-first = Первая страница

## A review

stars-aria = { $stars ->
    [one] Оценка: { $stars } звезда из 5
    [few] Оценка: { $stars } звезды из 5
    [many] Оценка: { $stars } звёзд из 5
   *[other] Оценка: { $stars } звезды из 5
}
review-by = Автор: { $name }
review-written = Написан { $date }
review-experienced = Дата события: { $date }
review-language = Язык: { $language }
review-edited = Изменён
review-see-history = Посмотреть все версии
helpful-button = Полезно
helpful-count = { $count ->
    [0] Пока никто не отметил этот отзыв как полезный
    [one] { $count } человек счёл этот отзыв полезным
    [few] { $count } человека сочли этот отзыв полезным
    [many] { $count } человек сочли этот отзыв полезным
   *[other] { $count } человека сочли этот отзыв полезным
}
helpful-thanks = Спасибо, ваш голос учтён.
helpful-already = Вы уже отметили этот отзыв как полезный.
reply-from = Ответ компании { $business }
reply-edited = Ответ изменён
review-permalink = Ссылка на этот отзыв
review-removed = Этот отзыв удалён модераторами. Причина: { $reason }
review-pending = Этот отзыв ожидает проверки модератором.

## Writing a review

write-title = Написать отзыв
write-intro = Ваш отзыв публикуется в том виде, в котором вы его написали. Вы получите личную ссылку, чтобы изменить его позже; предыдущие версии останутся видны.
field-rating = Оценка
field-title = Заголовок (необязательно)
field-body = Ваш отзыв
field-author-name = Ваше имя (будет видно всем)
field-author-email = Ваш адрес электронной почты (никогда не публикуется)
field-language = Язык отзыва (необязательно)
field-language-unset = Не указан
field-experienced-on = Дата события (необязательно)
write-submit = Опубликовать отзыв
form-error = Проверьте, пожалуйста, ваш отзыв: { $problem }
thanks-title = Спасибо за отзыв
thanks-published = Ваш отзыв опубликован.
thanks-keep-link = Сохраните эту личную ссылку, чтобы позже изменить отзыв. Любой, у кого есть эта ссылка, может изменить отзыв, поэтому никому её не передавайте.
thanks-edit-link = Изменить мой отзыв
thanks-back = Вернуться на страницу компании { $business }

## Editing a review

edit-title = Редактирование отзыва
edit-intro = При сохранении создаётся новая версия. Предыдущие версии остаются видны в истории отзыва.
edit-submit = Сохранить изменения
edit-saved = Изменения сохранены.
edit-bad-link = Эта ссылка для редактирования недействительна.
history-title = История изменений
history-version = Версия { $revision }, { $date }
reply-history-title = История ответа

## Field problems (by field and code)

problem-field-rating = оценка
problem-field-title = заголовок
problem-field-body = текст отзыва
problem-field-author_name = имя
problem-field-author_email = адрес электронной почты
problem-field-language = язык
problem-field-experienced_on = дата события
problem-field-stars = звёзды
problem-field-sort = порядок сортировки
problem-field-replied = фильтр по ответу
problem-field-cursor = страница
problem-field-email = адрес электронной почты
problem-field-name = имя
problem-required = не заполнено поле «{ $field }».
problem-too_long = значение поля «{ $field }» слишком длинное.
problem-out_of_range = значение поля «{ $field }» вне допустимого диапазона.
problem-invalid_email = в поле «{ $field }» указан недействительный адрес.
problem-invalid_language = значение поля «{ $field }» не является кодом языка.
problem-invalid_date = в поле «{ $field }» указана недействительная дата.
problem-control_characters = поле «{ $field }» содержит невидимые управляющие символы.
problem-other = значение поля «{ $field }» недопустимо.

## The score explained

score-page-title = Как рассчитывается рейтинг компании { $business }
score-intro = Рейтинг Candor — это байесовское среднее опубликованных отзывов с учётом их давности. Любой может пересчитать его по приведённым ниже числам.
score-formula-title = Формула
score-prior = Расчёт для каждой компании начинается так, будто у неё уже есть { $count ->
    [one] { $count } отзыв
    [few] { $count } отзыва
    [many] { $count } отзывов
   *[other] { $count } отзыва
} с оценкой { $mean } (априорное значение). Благодаря этому рейтинг компании, у которой всего несколько отзывов, не скачет сразу до 1 или 5 звёзд.
score-recency = Чем старше отзыв, тем меньше он весит: его вес уменьшается вдвое { $days ->
    [one] каждый { $days } день
    [few] каждые { $days } дня
    [many] каждые { $days } дней
   *[other] каждые { $days } дня
}. Отзыв, написанный сегодня, весит 1, а написанный { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} назад — 0,5.
score-table-stars = Звёзды
score-table-count = Отзывы
score-table-weight = Суммарный вес
score-working = ({ $prior_count } × { $prior_mean } + { $weighted_sum }) ÷ ({ $prior_count } + { $weighted_count }) = { $score }
score-mean-note = Простое среднее по всем опубликованным отзывам (всего: { $count }) без априорного значения и весов равно { $mean }.
score-no-low-hiding = Ни одна компания не может скрыть или удалить свои низкие оценки; отзыв считается удалённым, только если его удалили модераторы с указанием причины.
score-back = Назад к отзывам

## Staff

login-title = Вход для сотрудников
login-email = Электронная почта
login-password = Пароль
login-submit = Войти
login-failed = Неверный адрес электронной почты или пароль.
dashboard-title = Ваши компании
dashboard-empty = У вашей организации пока нет компаний.
dashboard-unanswered = { $count ->
    [0] На все отзывы есть ответ.
    [one] { $count } отзыв без ответа.
    [few] { $count } отзыва без ответа.
    [many] { $count } отзывов без ответа.
   *[other] { $count } отзыва без ответа.
}
dashboard-queued = { $count ->
    [one] { $count } импортированный отзыв ждёт проверки.
    [few] { $count } импортированных отзыва ждут проверки.
    [many] { $count } импортированных отзывов ждут проверки.
   *[other] { $count } импортированного отзыва ждут проверки.
}
dashboard-public-page = Публичная страница
dashboard-reviews-title = Отзывы о компании { $business }
dashboard-show-unanswered = Показать только без ответа
dashboard-show-all = Показать все
reply-label = Публичный ответ
reply-submit-new = Опубликовать ответ
reply-submit-edit = Обновить ответ
reply-saved = Ответ сохранён.
reply-public-note = Ответы публичны и показываются под отзывом. При редактировании предыдущие версии сохраняются.
tokens-title = API-токены
tokens-intro = Токены позволяют вашим системам работать с JSON API от имени вашей организации. Передавайте токен в заголовке «Authorization: Bearer TOKEN».
tokens-name = Название токена
tokens-create = Создать токен
tokens-created = Скопируйте этот токен сейчас. Он показывается только один раз:
tokens-none = Токенов пока нет.
tokens-revoke = Отозвать
tokens-revoked = Отозван
tokens-created-at = Создан { $date }

## Errors

error-not-found-title = Не найдено
error-not-found = Не удалось найти эту страницу.
error-forbidden = У вас нет прав на это действие.
error-internal = На нашей стороне что-то пошло не так. Попробуйте ещё раз.
error-bad-request = Не удалось разобрать запрос.

## Search and aspects on the public page
search-label = Поиск по отзывам
search-placeholder = Слова для поиска, например «доставка»
search-submit = Найти
filter-aspect = Тема
sort-relevance = Сначала наиболее подходящие
search-results = { $count ->
    [one] Найден { $count } отзыв.
    [few] Найдено { $count } отзыва.
    [many] Найдено { $count } отзывов.
   *[other] Найдено { $count } отзыва.
}
search-clear = Сбросить поиск
aspect-delivery = Доставка
aspect-price = Цена и качество
aspect-quality = Качество товара
aspect-customer_service = Обслуживание клиентов
aspect-staff = Персонал
aspect-communication = Общение
aspect-waiting_time = Время ожидания
aspect-returns = Возврат товара и денег
aspect-website = Сайт, приложение и заказ
aspect-documentation = Документация и инструкции
aspect-cleanliness = Чистота
aspect-food = Еда

## Text analysis on the dashboard
analysis-positive = Положительный текст
analysis-negative = Отрицательный текст
analysis-neutral = Нейтральный или смешанный текст
analysis-mismatch = Оценка в звёздах и текст расходятся
analysis-language = Язык текста: { $language }
analysis-aspects = Темы

## Topics: what sets critical reviews apart
topics-title = Чем отличаются критические отзывы
topics-intro = Выражения, которые в отзывах с 1–2 звёздами встречаются гораздо чаще, чем в отзывах с 4–5 звёздами, и наоборот, — отдельно для каждого языка.
topics-negative = В критических отзывах
topics-positive = В положительных отзывах
topics-counts = критических: { $negative }, положительных: { $positive }
topics-none = Отзывов пока недостаточно, чтобы делать выводы.
topics-by-aspect = По темам, по всем языкам
topics-example = Пример
topics-link = Чем отличаются критические отзывы

## Screening of reviews (trust and safety)
thanks-held = Ваш отзыв ожидает проверки модератором перед публикацией, потому что { $reasons }.
thanks-rejected = Ваш отзыв не опубликован, потому что { $reasons }. Он сохранён, и модератор всё ещё может его опубликовать.
reason-link = он содержит ссылку
reason-url_shortener = он содержит сокращённую ссылку
reason-phone_number = он содержит номер телефона
reason-email_address = он содержит адрес электронной почты
reason-repeated_characters = в нём много раз повторяется один и тот же символ
reason-shouting = он написан заглавными буквами
reason-off_topic = одна из строк в нём не относится к компании
reason-blocked_term = он содержит запрещённое выражение
reason-spam_model = он похож на спам
reason-honeypot = его отправила программа

## Moderation, reports and transparency
nav-moderation = Модерация
moderation-title = Очередь модерации
moderation-intro = Отзывы, задержанные автоматической проверкой или получившие жалобы от читателей и компаний; сначала самые старые. Никто не модерирует отзывы своей организации.
moderation-empty = Ничего не ожидает проверки.
moderation-business = Компания: { $business }
moderation-spam-score = Оценка спама: { $score }
moderation-suspicion = Подозрение на согласованные отзывы { $score }
moderation-suspicion-block = Подозрение на согласованные отзывы { $score }, группа { $block }
moderation-flags = { $count ->
    [one] { $count } открытая жалоба
    [few] { $count } открытые жалобы
    [many] { $count } открытых жалоб
   *[other] { $count } открытой жалобы
}
moderation-select = Выбрать
moderation-approve = Одобрить выбранные
moderation-reject = Отклонить выбранные
moderation-reject-reason = Причина отклонения
moderation-done = { $count ->
    [one] Решение принято по { $count } отзыву.
    [few] Решение принято по { $count } отзывам.
    [many] Решение принято по { $count } отзывам.
   *[other] Решение принято по { $count } отзыва.
}
moderation-failed = { $count ->
    [one] Не удалось принять решение по { $count } отзыву.
    [few] Не удалось принять решение по { $count } отзывам.
    [many] Не удалось принять решение по { $count } отзывам.
   *[other] Не удалось принять решение по { $count } отзыва.
}
flag-reason-spam = Спам или реклама
flag-reason-fake = Не основан на реальном опыте
flag-reason-offensive = Оскорбления или разжигание ненависти
flag-reason-personal_data = Персональные данные
flag-reason-conflict_of_interest = Написан самой компанией, её сотрудником или конкурентом
flag-reason-off_topic = Не относится к этой компании
flag-reason-other = Другое
flag-title = Пожаловаться на отзыв
flag-intro = Жалоба не скрывает отзыв: его проверит модератор.
flag-reason = Причина
flag-note = Комментарий (необязательно)
flag-submit = Отправить жалобу
flag-thanks = Спасибо. Модератор проверит этот отзыв.
transparency-link = Прозрачность модерации
transparency-title = Прозрачность модерации: { $business }
transparency-intro = Отзывы, удалённые с этой страницы, и причины их удаления, а также жалобы на отзывы о компании. Ничего не стирается: удалённые отзывы сохраняются.
transparency-removed = Удалённые отзывы по причинам и оценкам
transparency-none-removed = Ни один отзыв не удалён.
transparency-reason = Причина
transparency-total = Всего
transparency-automatic = Отклонены автоматически (спам, ссылки, дубликаты)
transparency-flags = Жалобы
transparency-none-flags = Жалоб на отзывы не поступало.
transparency-raised-by = Кто пожаловался
transparency-outcome = Результат
transparency-raised-consumer = Читатели
transparency-raised-business = Компания
transparency-status-open = Открыта
transparency-status-upheld = Удовлетворена
transparency-status-dismissed = Отклонена
transparency-count = Количество
reason-duplicate = такой же текст опубликован в другом месте
error-rate-limited = Вы отправили много отзывов за короткое время. Пожалуйста, попробуйте позже.
reason-far_from_consensus = его оценка сильно отличается от оценок других
reason-burst = он пришёл во время всплеска отзывов с той же оценкой
reason-many_businesses = с этого адреса оставлены отзывы о многих компаниях одного владельца

## Respond: notifications and e-mails to staff
notification-escalation = Отзыв о { $business } остался без ответа дольше установленного срока
notification-negative_review = Новый отзыв с 1 или 2 звёздами о { $business }
email-greeting = Здравствуйте, { $name }!
email-escalation-subject = { $business }: отзыв с оценкой { $stars } ждёт ответа
email-escalation-body = Этот отзыв о { $business } с оценкой { $stars } остаётся без ответа больше { $hours } ч. — срока, который установила ваша команда. Молчание воспринимается как согласие: короткий личный ответ всё ещё имеет значение.
email-escalation-action = Прочитайте и ответьте:
email-footer = Candor отправляет вам это письмо, потому что вы управляете здесь компанией. Язык этих писем можно изменить в панели управления.
email-digest-subject = Ваша сводка Candor за { $date }
email-digest-intro = Что произошло за последние 24 часа:
email-digest-new = { $count ->
    [one] { $count } новый отзыв (с 1-2 звёздами: { $negative })
    [few] { $count } новых отзыва (с 1-2 звёздами: { $negative })
   *[other] { $count } новых отзывов (с 1-2 звёздами: { $negative })
}
email-digest-waiting = { $count ->
    [one] { $count } отзыв ждёт ответа (с 1-2 звёздами: { $negative })
    [few] { $count } отзыва ждут ответа (с 1-2 звёздами: { $negative })
   *[other] { $count } отзывов ждут ответа (с 1-2 звёздами: { $negative })
}
email-digest-overdue = { $count ->
    [one] Срок ответа истёк у { $count } из них
   *[other] Срок ответа истёк у { $count } из них
}

## Respond: dashboard
notifications-title = { $count ->
    [0] Уведомления
   *[other] Уведомления (непрочитанных: { $count })
}
notifications-none = Уведомлений пока нет.
respond-title = Ответы (последние 90 дней)
respond-rate = Доля отзывов с ответом: { $all } всех отзывов, { $negative } отзывов с 1-2 звёздами
respond-median = Медианное время до первого ответа: { $all } ч (1-2 звезды: { $negative } ч)
respond-overdue = { $count ->
    [0] Ни один отзыв не просрочен.
   *[other] Просрочено и передано руководителям отзывов: { $count }.
}
respond-deadlines = Сроки ответа:
respond-deadline-negative = { $count ->
   *[other] 1-2 звезды — в течение { $count } ч
}
respond-deadline-mixed = { $count ->
   *[other] 3 звезды — в течение { $count } ч
}
respond-deadline-positive = { $count ->
   *[other] 4-5 звёзд — в течение { $count } ч
}
respond-waiting = Ждут ответа (сначала 1-2 звезды, затем самые старые)
respond-waiting-none = На все отзывы есть ответ.
respond-overdue-since = просрочен с { $date }
respond-due = срок { $date }

## Recovery cases
case-question = Что нам сделать, чтобы вы остались довольны?
case-email-subject = Компания { $business } хочет исправить ситуацию
case-email-intro = Компания { $business } прочитала ваш отзыв и написала вам через Candor:
case-email-answer = Ответить в личной переписке можно по этой ссылке (ответы на это письмо не читаются):
case-email-footer = Candor пересылает это сообщение от имени компании, которая не видит ваш адрес электронной почты. Вы не обязаны отвечать, и никто не просит вас изменить отзыв.
notification-case_answer = Автор отзыва о { $business } ответил в личной переписке
review-updated-after-response = Обновлён после ответа компании
case-page-title = Ваша переписка с компанией { $business }
case-your-review = Ваш отзыв
case-conversation = Переписка
case-from-you = Вы
case-no-messages = Сообщений пока нет.
case-answer = Ваш ответ
case-send = Отправить
case-ended = Эта переписка завершена.
case-update-title = Обновить отзыв
case-update-free = Вы вправе оставить отзыв без изменений. Ничто из того, что предлагает компания { $business }, от этого не зависит, и Candor никогда не попросит вас изменить или удалить отзыв.
case-update-save = Сохранить обновлённый отзыв
case-updated = Ваш отзыв обновлён. Предыдущие версии сохраняются в его истории.
case-answer-sent = Ваш ответ отправлен.
cases-title = Обращения к недовольным клиентам
cases-none = Обращений пока нет.
cases-threshold = Когда приходит отзыв с оценкой { $stars } или ниже, обращение открывается автоматически.
cases-threshold-never = Обращения открываются только вручную.
case-title = Обращение к недовольному клиенту
case-open-on-review = Открыть обращение
case-no-pressure = Candor никогда не просит авторов изменить или удалить отзыв, и компенсация ни в коем случае не должна от этого зависеть. Адрес электронной почты автора отзыва остаётся скрытым: ваши сообщения доходят до него через Candor.
case-state = Статус
case-state-open = открыто
case-state-contacted = связались с автором
case-state-remedy_offered = предложена компенсация
case-state-resolved = решено
case-state-not_resolved = не решено
case-state-closed_without_contact = закрыто без связи с автором
case-assignee = Ответственный
case-nobody = не назначен
case-assign = Назначить
case-next-step = Следующий шаг
case-action-contact = Связаться с автором отзыва
case-action-offer_remedy = Предложить компенсацию
case-action-resolve = Отметить как решённое
case-action-mark_not_resolved = Отметить как нерешённое
case-action-close_without_contact = Закрыть без связи с автором
case-message = Сообщение автору отзыва
case-note = Внутренняя заметка
case-add-note = Добавить заметку
case-send-message = Отправить сообщение
case-remedy = Компенсация
case-remedy-type = Тип
case-remedy-value = Стоимость (в минимальных единицах валюты, например в копейках)
case-remedy-order-value = Сумма заказа (в минимальных единицах валюты)
case-remedy-currency = Валюта
remedy-refund = возврат денег
remedy-replacement = замена
remedy-gift_card = подарочная карта
remedy-apology = извинение
remedy-other = другое
case-history = История
case-event-opened = Обращение открыто
case-event-step = Статус изменён
case-event-note = Заметка
case-event-assigned = Ответственный изменён
case-event-message = Автору отзыва отправлено сообщение
case-event-answer = Автор отзыва ответил
case-automatic = автоматически
case-rating-at-open = Оценка при открытии обращения: { $stars }
recovery-summary = Доля возвращённых клиентов: { $rate } (успешно: { $resolved } из { $ended } завершённых переписок). Медианное время до решения: { $hours } ч. Отзывы, обновлённые после ответа компании: { $updated }.
recovery-summary-empty = Завершённых переписок пока нет.
case-pending = письмо ещё не отправлено

## Reply help and incidents
notification-incident = Несколько негативных отзывов о { $business } на одну тему: открыт инцидент
draft-greeting = Здравствуйте, { $name }!
draft-negative = Спасибо, что рассказали нам об этом, и простите, что мы вас подвели.
draft-mixed = Спасибо за ваш отзыв: он помогает нам понять, что у нас получается, а что нет.
draft-positive = Большое спасибо за ваш тёплый отзыв!
draft-praised = Мы рады, что вы оценили следующее: { $aspects }.
draft-criticised = Нам жаль, что не всё прошло как надо ({ $aspects }), и мы разбираемся, в чём дело.
draft-make-right = Мы хотим исправить ситуацию и свяжемся с вами в личной переписке.
draft-closing = С уважением, { $business }
draft-link = Предложить ответ
draft-title = Предлагаемый ответ
draft-hint = Вариант, составленный по оценке и темам отзыва или по вашему собственному шаблону: прочитайте его и доработайте под себя, прежде чем публиковать.
incidents-title = Инциденты
incidents-none = Открытых инцидентов нет.
incident-row = { $aspect } — негативных отзывов с { $date }: { $count }
case-review = Отзыв
incident-title = Инцидент
incident-closed = закрыт
incident-policy = Порядок компенсации
incident-reply-hint = Один ответ на каждый отзыв этого инцидента без ответа, на языке отзыва. {"{"}name{"}"} заменяется именем автора отзыва; прочитайте и поправьте текст перед отправкой.
incident-reply-in = Ответ на языке
incident-reply-submit = Ответить всем
incident-close = Закрыть инцидент
screening-publish = Проверка: опубликован (оценка спама { $score })
screening-hold = Проверка: задержан для модерации (оценка спама { $score })
screening-reject = Проверка: отклонён (оценка спама { $score })

# Invitations and how a review was collected
invite-email-subject = { $business } просит ваш отзыв
invite-email-reminder-subject = Напоминание: { $business } просит ваш отзыв
invite-email-greeting-anonymous = Здравствуйте,
invite-email-intro = Спасибо за заказ в { $business }. Как всё прошло? Напишите отзыв по этой личной ссылке:
invite-email-intro-product = Спасибо за заказ в { $business } ({ $product }). Как всё прошло? Напишите отзыв по этой личной ссылке:
invite-email-honest = Это приглашение получает каждый покупатель. Напишите, что вы действительно думаете, хорошее или плохое: ваш отзыв будет опубликован в любом случае.
invite-email-footer = Candor отправляет это приглашение от имени компании. Ссылка действует один раз, для одного отзыва.
invite-email-unsubscribe = Не хотите получать приглашения от этой компании? { $link }
invite-page-title = Отзыв о { $business }
invite-page-intro = { $business } пригласила вас после заказа. Ваш отзыв будет отмечен как написанный по приглашению.
invite-used = Это приглашение уже использовано. Спасибо за ваш отзыв.
invite-unusable = Это приглашение больше нельзя использовать.
invite-unsubscribe-title = Больше никаких приглашений
invite-unsubscribe-confirm = Прекратить все приглашения к отзывам от { $business } на этот адрес?
invite-unsubscribe-button = Прекратить приглашения
invite-unsubscribed = { $business } больше не будет приглашать вас написать отзыв.
collection-invited = По приглашению (подтверждённый заказ)
collection-organic = Без приглашения
collection-imported = Импортирован из { $source }
invitations-title = Приглашения к отзывам
invitations-no-gating = Приглашение получает каждый загруженный покупатель, что бы он ни думал: Candor не позволяет выбирать, кого спрашивать, по тому, какой отзыв он, вероятно, напишет. Каждый получает одно письмо и не больше одного напоминания и может отписаться.
invitations-figures = Последние 90 дней
invitations-uploaded-count = Загружено покупателей
invitations-sent = Отправлено приглашений
invitations-opened = Открыто ссылок
invitations-reminded = Отправлено напоминаний
invitations-reviewed = Написано отзывов
invitations-unsubscribed-count = Отписались
invitations-bounced = Не доставлено
invitations-propensity-invited = Приглашённые, написавшие отзыв
invitations-propensity-organic = Покупатели, написавшие отзыв без приглашения
invitations-upload = Загрузить покупателей
invitations-upload-help = CSV со строкой заголовков: email и order_ref, а также по желанию name, order_date, language, product
invitations-upload-submit = Запланировать приглашения
invitations-upload-done = Запланировано приглашений: { $scheduled }; заказов, загруженных ранее: { $already }; отписавшихся адресов: { $unsubscribed }.
invitations-settings = Сроки
invitations-delay = Часов после заказа
invitations-reminder = Часов до единственного напоминания (0: без него)
invitations-save = Сохранить
invitations-recent = Последние приглашения
invitations-state-scheduled = запланировано
invitations-state-sent = отправлено
invitations-state-reviewed = отзыв написан
invitations-state-unsubscribed = отписка
invitations-state-bounced = не доставлено

# Аналитика (#7): панель, экономика репутации, обещания, первопричины, отчёты, отзывы для сайта
field-testimonial-consent = Компания может цитировать этот отзыв на своём сайте (необязательно)
insights-title = Аналитика: { $business }
insights-nav-reviews = Отзывы
insights-nav-dashboard = Аналитика
insights-nav-economics = Экономика репутации
insights-nav-promises = Обещания
insights-nav-causes = Первопричины
insights-nav-report = Отчёт
insights-nav-testimonials = Отзывы для сайта
insights-nav-agency = Все компании
insights-from = С
insights-to = По
insights-all-languages = Все языки
insights-period = Период
insights-period-month = Месяц
insights-period-week = Неделя
insights-apply = Показать
insights-backlog = Данные ещё обновляются (необработанных отзывов: { $reviews }).
insights-no-data = Нет данных за этот период.
insights-score-title = Рейтинг
insights-summary = Отзывов за период: { $reviews }, средняя оценка { $mean } (в рейтинге учитываются все отзывы до конца периода: { $all }).
insights-trend-title = Динамика рейтинга и средней оценки
insights-trend-desc = Рейтинг и средняя оценка по периодам (всего периодов: { $periods }); рейтинг на конец — { $score }.
insights-series-score = Рейтинг
insights-series-mean = Средняя оценка
insights-distribution-title = Динамика отзывов по числу звёзд
insights-distribution-desc = Отзывов за период: { $reviews }, с разбивкой по числу звёзд.
insights-table = Данные в виде таблицы
insights-reviews = Отзывы
insights-responses-title = Ответы и возврат клиентов
insights-aspects-title = Темы по доле негативных упоминаний
insights-aspects-desc = Темы (всего: { $aspects }), сначала самые негативные; метка показывает изменение по сравнению с предыдущим периодом.
insights-aspect-value = негативных: { $negative } из { $mentions }
insights-incident = { $aspect } — негативных отзывов: { $reviews }
report-stars = { $stars } ★
perfection-too-few-reviews = Меньше 10 отзывов за период: слишком мало, чтобы судить, как читатели воспринимают оценку.
perfection-low = Средняя оценка { $mean }: читатели вряд ли решатся на покупку. Сначала займитесь тем, что упоминается в жалобах.
perfection-below-peak = Средняя оценка { $mean }: ниже зоны от 4,2 до 4,7, в которой читатели охотнее всего покупают.
perfection-trusted = Средняя оценка { $mean }: в зоне от 4,2 до 4,7, в которой читатели охотнее всего покупают.
perfection-too-perfect = Средняя оценка { $mean }: выше 4,7, а такой оценке, по данным исследований, читатели доверяют меньше. Не скрывайте критические отзывы — отвечайте на них.
perfection-flag-no-critical-reviews = Почти нет критических отзывов: читатели ищут их, чтобы понять, смогут ли они смириться с недостатками, и не доверяют профилю, где таких отзывов нет.
perfection-flag-almost-all-five-stars = Больше 9 из 10 отзывов — на 5 звёзд: читатели могут решить, что отзывы отобраны вручную.
segments-title = Сторонники, критики и равнодушные
segments-ambassadors = Сторонники
segments-detractors = Критики
segments-counts = Сторонники (эмоциональные и довольные): { $ambassadors }, критики (эмоциональные и недовольные): { $detractors }, равнодушные: { $indifferent }.
segments-reach = Сарафанное радио: критики рассказывают о своём опыте примерно { $dlow }–{ $dhigh } людям, сторонники — { $alow }–{ $ahigh }.
segments-unhappy-tell = Скольким людям рассказывает недовольный клиент
segments-happy-tell = Скольким людям рассказывает довольный клиент
segments-reach-note = Учитываются только авторы отзывов. Об опыте недовольного клиента узнают от 9 до 15 человек (данные White House Office of Consumer Affairs, приведённые в исходной статье); цифра от 4 до 6 для довольных клиентов — допущение: укажите свою.
economics-title = Экономика репутации
economics-headline = Чтобы компенсировать один плохой отзыв, нужно примерно { $experiences } раза порадовать клиента.
economics-explanation = После одного отзыва с оценкой { $bad } средняя оценка остаётся выше { $target } благодаря отзывам с оценкой { $good }: их нужно { $reviews } (точное соотношение — { $balance } на один плохой отзыв). Отзыв пишут лишь { $happy } довольных клиентов, а среди недовольных — { $unhappy }.
economics-debt = Чтобы достичь { $target }: ещё хороших отзывов — { $reviews }, довольных клиентов — около { $experiences }.
economics-headroom = Средняя оценка — { $target } или выше и останется такой, пока новых плохих отзывов будет не больше { $bad }.
economics-input = Параметр
economics-value = Значение
economics-source = Источник
economics-source-seed = по умолчанию (статья, docs/insights.md)
economics-source-measured = по вашим отзывам и приглашениям
economics-source-given = задано вами
economics-input-target = Целевой рейтинг
economics-input-happy-review-probability = Доля довольных клиентов, которые пишут отзыв
economics-input-unhappy-review-probability = Доля недовольных клиентов, которые пишут отзыв
economics-input-happy-stars = Оценка довольного клиента
economics-input-unhappy-stars = Оценка недовольного клиента
economics-input-invited-review-probability = Доля приглашённых клиентов, которые пишут отзыв
economics-input-recover-share = Доля недовольных клиентов, которых удаётся вернуть
economics-input-cut-negative-share = Сокращение негативного опыта
economics-scenarios-title = Что, если
economics-scenario = Сценарий
economics-mean-after = Ожидаемая средняя оценка в конце
economics-scenario-baseline = Как сейчас
economics-scenario-invite = Приглашать всех клиентов (отзыв пишут { $rate })
economics-scenario-recover = Вернуть { $share } недовольных клиентов
economics-scenario-cut = На { $share } меньше негативного опыта
economics-chart-title = Ожидаемая средняя оценка по месяцам
economics-chart-desc = Ожидаемая средняя оценка на { $months } мес. вперёд для каждого сценария.
economics-model-note = Ожидаемые значения на основе текущего распределения оценок и параметров выше, а не прогноз. Формулы приведены в docs/insights.md.
promises-title = Обещания: { $business }
promises-intro = Что обещает ваш маркетинг и что об этом говорят отзывы — на всех языках.
promises-none = Обещаний пока нет.
promise-concepts = Искомые понятия: { $concepts }
promise-scanning = Ищем это обещание в ваших прежних отзывах…
promise-verdict = По отзывам: выполнено — { $kept }, нарушено — { $broken }, неясно — { $unclear }; обещание выполняется в { $share } случаев.
promise-kept = Выполнено
promise-broken = Нарушено
promise-unclear = Неясно
promise-archive = В архив
promise-add = Добавить обещание
promise-text = Обещание
promise-keywords = Ключевые слова по языкам (необязательно), по одной строке на язык, например «de: finanzierung, genehmig*»
stage-before-purchase = До покупки
stage-ordering = Оформление заказа
stage-delivery = Доставка
stage-use = Использование
stage-support = Поддержка
stage-returns = Возврат
causes-title = Первопричины: { $business }
causes-complaints = Жалоб (1-2 звезды) за период: { $complaints }.
causes-stages-title = Жалобы по этапам пути клиента
causes-stage = Этап
causes-complaints-now = Жалобы
causes-complaints-before = Предыдущий период
causes-paths-title = Где проблемы начинаются и где заканчиваются
causes-paths-hint = Первый и последний этап, о которых говорится в жалобе.
causes-starts = Начало
causes-ends = Конец
causes-matrix-title = Темы по этапам
education-title = Пробелы в знаниях клиентов
education-intro = Жалобы клиентов, которые не понимают, как что-то должно работать: кандидаты в FAQ или повод улучшить документацию.
education-none = Таких жалоб за период нет.
education-complaints = Жалоб: { $complaints }
education-topic-product = Товар
education-question-did-not-know = { $topic }: что нужно знать заранее?
education-question-how-to = { $topic }: как этим пользоваться?
education-question-is-it-normal = { $topic }: это нормально?
education-question-expectation = { $topic }: как это должно работать?
education-question-unclear-instructions = { $topic }: более понятная инструкция
report-title = { $business }: отчёт с { $from } по { $to }
report-summary = Рейтинг Candor { $score } · отзывов за период: { $reviews } · средняя оценка { $mean }
report-trend = Динамика рейтинга
report-distribution = Отзывы по числу звёзд
report-responses = Ответы и возврат клиентов
report-praise = Чаще всего хвалят
report-complaints = Чаще всего критикуют
report-quotes-positive = Самые полезные положительные отзывы
report-quotes-critical = Самые полезные критические отзывы
report-aspect = { $aspect }: негативных упоминаний — { $negative } из { $mentions } ({ $share })
report-footer = Сделано в Candor. Любую цифру можно пересчитать по отзывам; формулы опубликованы.
report-pdf = Скачать PDF
report-share-title = Поделиться отчётом
report-share = Создать ссылку для доступа
report-share-made = Отчёт может прочитать любой, у кого есть эта ссылка (скопируйте её сейчас: она показывается только один раз):
report-link-revoked = отозвана
report-link-revoke = Отозвать
testimonials-title = Отзывы для сайта: { $business }
testimonials-intro = Отзывы, авторы которых разрешили цитировать их на вашем собственном сайте. Выберите, какие показывать, и экспортируйте их в HTML или JSON.
testimonials-chosen = Выбрано: { $count }
testimonials-export-html = Экспорт в HTML
testimonials-export-json = Экспорт в JSON
testimonials-none = Пока никто из авторов не разрешил цитировать свой отзыв.
testimonials-save = Сохранить выбор
agency-title = Все компании
agency-business = Компания
agency-total = Все компании вместе
agency-negative = 1-2 звезды
agency-replied = С ответом
agency-zone = Зона оценки
agency-trend = Средняя оценка по месяцам
agency-sparkline = Средняя оценка по месяцам: { $business }
agency-sparkline-desc = Средняя оценка за каждый месяц периода.
zone-too-few-reviews = слишком мало отзывов
zone-low = низкая
zone-below-peak = ниже зоны доверия
zone-trusted = зона доверия (4,2-4,7)
zone-too-perfect = слишком идеально (выше 4,7)
report-read-review = Читать отзыв
