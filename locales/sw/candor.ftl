# Candor interface text, Swahili (translated from the English reference locale).
# Every other locale under locales/ carries exactly the same message ids;
# a test checks that. Reviews themselves are never translated.

## Layout

site-name = Candor
site-tagline = Maoni ya kweli, yanayojibiwa hadharani.
nav-businesses = Biashara
nav-dashboard = Dashibodi
nav-login = Kuingia kwa wafanyakazi
nav-logout = Toka
locale-label = Lugha
locale-submit = Badilisha
footer-note = Maoni huonyeshwa katika lugha yaliyoandikwa kwayo. Hakuna biashara inayoweza kuficha maoni.
skip-to-content = Ruka hadi maudhui

## Directory

directory-title = Biashara
directory-empty = Bado hakuna biashara.
review-count = { $count ->
    [one] maoni { $count }
   *[other] maoni { $count }
}

## Business page

score-label = Alama ya Candor
score-out-of = kati ya 5
score-how = Jinsi alama inavyokokotolewa
mean-line = Wastani wa kawaida { $mean } kutokana na { $count ->
    [one] maoni moja
   *[other] maoni { $count }
}
no-reviews-yet = Bado hakuna maoni. Kuwa wa kwanza kuandika maoni.
distribution-title = Ukadiriaji wote
distribution-row = { $stars ->
    [one] nyota 1
   *[other] nyota { $stars }
}
distribution-filter = Onyesha maoni ya nyota { $stars } pekee
spotlight-title = Soma pande zote mbili
spotlight-critical = Maoni ya ukosoaji yenye manufaa zaidi
spotlight-positive = Maoni chanya yenye manufaa zaidi
spotlight-none-critical = Bado hakuna maoni ya ukosoaji (nyota 1 hadi 3).
spotlight-none-positive = Bado hakuna maoni chanya (nyota 4 au 5).
reviews-title = Maoni
filter-stars = Nyota
filter-language = Lugha
filter-replied = Jibu
filter-sort = Panga kwa
filter-all = Yote
filter-replied-yes = Yamejibiwa
filter-replied-no = Hayajajibiwa
sort-newest = Mapya zaidi
sort-helpful = Yenye manufaa zaidi
filter-apply = Tumia
filter-reset = Ondoa vichujio
reviews-none-match = Hakuna maoni yanayolingana na vichujio hivi.
page-next = Ukurasa unaofuata
page-first = Ukurasa wa kwanza

## A review

stars-aria = { $stars ->
    [one] Ukadiriaji: nyota 1 kati ya 5
   *[other] Ukadiriaji: nyota { $stars } kati ya 5
}
review-by = Mwandishi: { $name }
review-written = Yaliandikwa { $date }
review-experienced = Tarehe ya tukio: { $date }
review-language = Lugha: { $language }
review-edited = Yamehaririwa
review-see-history = Tazama matoleo yote
helpful-button = Yana manufaa
helpful-count = { $count ->
    [0] Bado hakuna aliyeona maoni haya kuwa ya manufaa
    [one] Mtu mmoja ameona maoni haya kuwa ya manufaa
   *[other] Watu { $count } wameona maoni haya kuwa ya manufaa
}
helpful-thanks = Asante, kura yako imehesabiwa.
helpful-already = Tayari umeonyesha kwamba maoni haya yana manufaa.
reply-from = Jibu kutoka kwa { $business }
reply-edited = Jibu limehaririwa
review-permalink = Kiungo cha maoni haya
review-removed = Maoni haya yameondolewa na wasimamizi. Sababu: { $reason }
review-pending = Maoni haya yanasubiri kukaguliwa na wasimamizi.

## Writing a review

write-title = Andika maoni
write-intro = Maoni yako yanachapishwa kama ulivyoyaandika. Utapata kiungo cha faragha ili uweze kuyahariri baadaye; matoleo ya awali yataendelea kuonekana.
field-rating = Ukadiriaji
field-title = Kichwa (si lazima)
field-body = Maoni yako
field-author-name = Jina lako (litaonyeshwa hadharani)
field-author-email = Barua pepe yako (haitaonyeshwa kamwe)
field-language = Lugha ya maoni yako (si lazima)
field-language-unset = Haijabainishwa
field-experienced-on = Tarehe ya tukio (si lazima)
write-submit = Chapisha maoni
form-error = Tafadhali kagua maoni yako: { $problem }
thanks-title = Asante kwa maoni yako
thanks-published = Maoni yako yamechapishwa.
thanks-keep-link = Hifadhi kiungo hiki cha faragha ili uweze kuhariri maoni yako baadaye. Mtu yeyote mwenye kiungo hiki anaweza kuyahariri, kwa hiyo usikishiriki na mtu mwingine.
thanks-edit-link = Hariri maoni yangu
thanks-back = Rudi kwa { $business }

## Editing a review

edit-title = Hariri maoni yako
edit-intro = Kuhifadhi huunda toleo jipya. Matoleo ya awali yanaendelea kuonekana katika historia ya maoni.
edit-submit = Hifadhi mabadiliko
edit-saved = Mabadiliko yako yamehifadhiwa.
edit-bad-link = Kiungo hiki cha kuhariri si halali.
history-title = Historia
history-version = Toleo la { $revision }, { $date }
reply-history-title = Historia ya jibu

## Field problems (by field and code)

problem-field-rating = ukadiriaji
problem-field-title = kichwa
problem-field-body = maandishi ya maoni
problem-field-author_name = jina
problem-field-author_email = barua pepe
problem-field-language = lugha
problem-field-experienced_on = tarehe ya tukio
problem-field-stars = nyota
problem-field-sort = mpangilio
problem-field-replied = kichujio cha majibu
problem-field-cursor = ukurasa
problem-field-email = barua pepe
problem-field-name = jina
problem-required = sehemu ya “{ $field }” haijajazwa.
problem-too_long = sehemu ya “{ $field }” ni ndefu mno.
problem-out_of_range = sehemu ya “{ $field }” iko nje ya kiwango kinachoruhusiwa.
problem-invalid_email = sehemu ya “{ $field }” si anwani halali.
problem-invalid_language = sehemu ya “{ $field }” si msimbo wa lugha.
problem-invalid_date = sehemu ya “{ $field }” si tarehe halali.
problem-control_characters = sehemu ya “{ $field }” ina herufi za udhibiti zisizoonekana.
problem-other = sehemu ya “{ $field }” si halali.

## The score explained

score-page-title = Jinsi alama ya { $business } inavyokokotolewa
score-intro = Alama ya Candor ni wastani wa Kibayesi wa maoni yaliyochapishwa, ambapo maoni mapya yana uzito zaidi. Mtu yeyote anaweza kuikokotoa upya kwa kutumia takwimu zilizo hapa chini.
score-formula-title = Fomula
score-prior = Kila biashara huanza kana kwamba tayari ina maoni { $count } ya nyota { $mean } (thamani ya awali). Hii huzuia biashara yenye maoni machache tu kuruka moja kwa moja hadi nyota 1 au 5.
score-recency = Maoni hupewa uzito mdogo zaidi kadiri yanavyozeeka: uzito wake hupungua kwa nusu kila baada ya siku { $days }. Maoni yaliyoandikwa leo yana uzito wa 1, na yaliyoandikwa siku { $days } zilizopita yana uzito wa 0.5.
score-table-stars = Nyota
score-table-count = Maoni
score-table-weight = Jumla ya uzito
score-working = ({ $prior_count } × { $prior_mean } + { $weighted_sum }) ÷ ({ $prior_count } + { $weighted_count }) = { $score }
score-mean-note = Wastani wa kawaida wa maoni yote { $count } yaliyochapishwa, bila thamani ya awali wala uzito, ni { $mean }.
score-no-low-hiding = Hakuna biashara inayoweza kuficha au kuondoa ukadiriaji wake wa chini; maoni huhesabiwa kuwa yameondolewa pale tu wasimamizi wanapoyaondoa kwa sababu iliyoelezwa.
score-back = Rudi kwenye maoni

## Staff

login-title = Kuingia kwa wafanyakazi
login-email = Barua pepe
login-password = Nenosiri
login-submit = Ingia
login-failed = Barua pepe au nenosiri si sahihi.
dashboard-title = Biashara zako
dashboard-empty = Shirika lako bado halina biashara.
dashboard-unanswered = { $count ->
    [0] Maoni yote yamejibiwa.
    [one] Maoni moja hayajajibiwa.
   *[other] Maoni { $count } hayajajibiwa.
}
dashboard-queued = { $count ->
    [one] Maoni moja yaliyoingizwa yanasubiri kukaguliwa.
   *[other] Maoni { $count } yaliyoingizwa yanasubiri kukaguliwa.
}
dashboard-public-page = Ukurasa wa umma
dashboard-reviews-title = Maoni kuhusu { $business }
dashboard-show-unanswered = Onyesha yasiyojibiwa pekee
dashboard-show-all = Onyesha yote
reply-label = Jibu la hadharani
reply-submit-new = Chapisha jibu
reply-submit-edit = Sasisha jibu
reply-saved = Jibu limehifadhiwa.
reply-public-note = Majibu ni ya hadharani na huonyeshwa chini ya maoni. Ukihariri, matoleo ya awali huhifadhiwa.
tokens-title = Tokeni za API
tokens-intro = Tokeni huruhusu mifumo yako kutumia API ya JSON kwa niaba ya shirika lako. Tuma tokeni kama "Authorization: Bearer TOKEN".
tokens-name = Jina la tokeni
tokens-create = Unda tokeni
tokens-created = Nakili tokeni hii sasa. Inaonyeshwa mara moja tu:
tokens-none = Bado hakuna tokeni.
tokens-revoke = Batilisha
tokens-revoked = Imebatilishwa
tokens-created-at = Iliundwa { $date }

## Errors

error-not-found-title = Haikupatikana
error-not-found = Hatukuweza kupata ukurasa huo.
error-forbidden = Huruhusiwi kufanya hivyo.
error-internal = Hitilafu fulani imetokea upande wetu. Tafadhali jaribu tena.
error-bad-request = Ombi halikueleweka.

## Search and aspects on the public page
search-label = Tafuta katika maoni
search-placeholder = Maneno ya kutafuta, k.m. usafirishaji
search-submit = Tafuta
filter-aspect = Mada
sort-relevance = Yanayolingana zaidi
search-results = { $count ->
    [one] Maoni moja yanalingana na utafutaji.
   *[other] Maoni { $count } yanalingana na utafutaji.
}
search-clear = Futa utafutaji
aspect-delivery = Usafirishaji
aspect-price = Bei na thamani
aspect-quality = Ubora wa bidhaa
aspect-customer_service = Huduma kwa wateja
aspect-staff = Wafanyakazi
aspect-communication = Mawasiliano
aspect-waiting_time = Muda wa kusubiri
aspect-returns = Kurejesha bidhaa na kurudishiwa pesa
aspect-website = Tovuti, programu na kuagiza
aspect-documentation = Nyaraka na maelekezo
aspect-cleanliness = Usafi
aspect-food = Chakula

## Text analysis on the dashboard
analysis-positive = Maandishi chanya
analysis-negative = Maandishi hasi
analysis-neutral = Maandishi yasiyoegemea upande wowote au mchanganyiko
analysis-mismatch = Nyota na maandishi havilingani
analysis-language = Yameandikwa kwa { $language }
analysis-aspects = Mada

## Topics: what sets critical reviews apart
topics-title = Kinachotofautisha maoni ya ukosoaji
topics-intro = Misemo inayopatikana mara nyingi zaidi katika maoni ya nyota 1–2 kuliko katika maoni ya nyota 4–5, na kinyume chake, kwa kila lugha.
topics-negative = Katika maoni ya ukosoaji
topics-positive = Katika maoni chanya
topics-counts = Ya ukosoaji: { $negative }, chanya: { $positive }
topics-none = Bado hakuna maoni ya kutosha kuweza kusema.
topics-by-aspect = Kwa mada, katika lugha zote
topics-example = Mfano
topics-link = Kinachotofautisha maoni ya ukosoaji

## Screening of reviews (trust and safety)
thanks-held = Maoni yako yanasubiri kukaguliwa na msimamizi kabla ya kuchapishwa, kwa sababu { $reasons }.
thanks-rejected = Maoni yako hayajachapishwa, kwa sababu { $reasons }. Yamehifadhiwa, na msimamizi bado anaweza kuyachapisha.
reason-link = yana kiungo
reason-url_shortener = yana kiungo kilichofupishwa
reason-phone_number = yana nambari ya simu
reason-email_address = yana anwani ya barua pepe
reason-repeated_characters = yanarudia herufi moja mara nyingi sana
reason-shouting = yameandikwa kwa herufi kubwa
reason-off_topic = mstari mmoja ndani yake hauhusu biashara hii
reason-blocked_term = yana neno lililozuiwa
reason-spam_model = yanaonekana kama barua taka
reason-honeypot = yametumwa na programu ya kompyuta

## Moderation, reports and transparency
nav-moderation = Usimamizi
moderation-title = Foleni ya usimamizi
moderation-intro = Maoni yaliyozuiliwa na ukaguzi wa kiotomatiki au kuripotiwa na wasomaji na biashara, ya zamani zaidi kwanza. Hakuna anayesimamia maoni ya shirika lake mwenyewe.
moderation-empty = Hakuna kinachosubiri.
moderation-business = Biashara: { $business }
moderation-spam-score = Alama ya barua taka { $score }
moderation-suspicion = Shaka ya maoni yaliyoratibiwa { $score }
moderation-suspicion-block = Shaka ya maoni yaliyoratibiwa { $score }, kundi { $block }
moderation-flags = { $count ->
    [one] Ripoti moja ambayo haijashughulikiwa
   *[other] Ripoti { $count } ambazo hazijashughulikiwa
}
moderation-select = Chagua
moderation-approve = Idhinisha yaliyochaguliwa
moderation-reject = Kataa yaliyochaguliwa
moderation-reject-reason = Sababu ya kukataa
moderation-done = { $count ->
    [one] Uamuzi umefanywa kuhusu maoni moja.
   *[other] Uamuzi umefanywa kuhusu maoni { $count }.
}
moderation-failed = { $count ->
    [one] Haikuwezekana kufanya uamuzi kuhusu maoni moja.
   *[other] Haikuwezekana kufanya uamuzi kuhusu maoni { $count }.
}
flag-reason-spam = Barua taka au matangazo
flag-reason-fake = Si tukio halisi
flag-reason-offensive = Yanaudhi au yana chuki
flag-reason-personal_data = Taarifa binafsi
flag-reason-conflict_of_interest = Yameandikwa na biashara, mfanyakazi wake au mshindani
flag-reason-off_topic = Hayahusu biashara hii
flag-reason-other = Jambo jingine
flag-title = Ripoti maoni haya
flag-intro = Ripoti haifichi maoni: msimamizi huyakagua.
flag-reason = Kwa nini
flag-note = Maelezo (si lazima)
flag-submit = Tuma ripoti
flag-thanks = Asante. Msimamizi atayakagua maoni haya.
transparency-link = Uwazi wa usimamizi
transparency-title = Uwazi wa usimamizi: { $business }
transparency-intro = Maoni yaliyoondolewa kwenye ukurasa huu na sababu zake, pamoja na ripoti zilizotolewa kuhusu maoni yake. Hakuna kinachofutwa: maoni yaliyoondolewa huhifadhiwa.
transparency-removed = Maoni yaliyoondolewa, kulingana na sababu na nyota
transparency-none-removed = Hakuna maoni yaliyoondolewa.
transparency-reason = Sababu
transparency-total = Jumla
transparency-automatic = Yamekataliwa kiotomatiki (barua taka, viungo, marudio)
transparency-flags = Ripoti
transparency-none-flags = Hakuna maoni yaliyoripotiwa.
transparency-raised-by = Yameripotiwa na
transparency-outcome = Matokeo
transparency-raised-consumer = Wasomaji
transparency-raised-business = Biashara yenyewe
transparency-status-open = Wazi
transparency-status-upheld = Imekubaliwa
transparency-status-dismissed = Imekataliwa
transparency-count = Idadi
reason-duplicate = maandishi yaleyale yamechapishwa mahali pengine
error-rate-limited = Umetuma maoni mengi kwa muda mfupi. Tafadhali jaribu tena baadaye.
reason-far_from_consensus = nyota zake ziko mbali na zile za wakaguzi wengine
reason-burst = yamekuja katika wimbi la ghafla la maoni yenye nyota sawa
reason-many_businesses = barua pepe hii imetoa maoni kwa biashara nyingi za mmiliki mmoja

## Respond: notifications and e-mails to staff
notification-escalation = Maoni kuhusu { $business } yamepita muda wa kujibiwa
notification-negative_review = Maoni mapya ya nyota 1 au 2 kuhusu { $business }
email-greeting = Habari { $name },
email-escalation-subject = { $business }: maoni ya nyota { $stars } yanasubiri jibu
email-escalation-body = Maoni haya ya nyota { $stars } kuhusu { $business } hayajajibiwa kwa zaidi ya saa { $hours }, muda ambao timu yako iliweka. Ukimya husomeka kama kukubali: jibu fupi la kibinafsi bado lina maana.
email-escalation-action = Yasome na ujibu:
email-footer = Candor inakutumia barua hii kwa sababu unasimamia biashara hapa. Unaweza kubadilisha lugha ya barua hizi kwenye dashibodi yako.
email-digest-subject = Muhtasari wako wa Candor wa { $date }
email-digest-intro = Yaliyotokea katika saa 24 zilizopita:
email-digest-new = { $count ->
    [one] Maoni mapya moja ({ $negative } ya nyota 1-2)
   *[other] Maoni mapya { $count } ({ $negative } ya nyota 1-2)
}
email-digest-waiting = { $count ->
    [one] Maoni moja yanasubiri jibu ({ $negative } ya nyota 1-2)
   *[other] Maoni { $count } yanasubiri jibu ({ $negative } ya nyota 1-2)
}
email-digest-overdue = { $count ->
    [one] Moja kati yake limepita muda wake
   *[other] { $count } kati yake yamepita muda wake
}

## Respond: dashboard
notifications-title = { $count ->
    [0] Arifa
   *[other] Arifa ({ $count } hazijasomwa)
}
notifications-none = Bado hakuna arifa.
respond-title = Majibu (siku 90 zilizopita)
respond-rate = Kiwango cha kujibu: { $all } ya maoni yote, { $negative } ya maoni ya nyota 1-2
respond-median = Muda wa kati hadi jibu la kwanza: saa { $all } (nyota 1-2: saa { $negative })
respond-overdue = { $count ->
    [0] Hakuna maoni yaliyopita muda wa kujibiwa.
    [one] Maoni moja yamepita muda wa kujibiwa na yamepelekwa kwa meneja.
   *[other] Maoni { $count } yamepita muda wa kujibiwa na yamepelekwa kwa meneja.
}
respond-deadlines = Muda wa kujibu:
respond-deadline-negative = { $count ->
    [one] nyota 1-2 ndani ya saa moja
   *[other] nyota 1-2 ndani ya saa { $count }
}
respond-deadline-mixed = { $count ->
    [one] nyota 3 ndani ya saa moja
   *[other] nyota 3 ndani ya saa { $count }
}
respond-deadline-positive = { $count ->
    [one] nyota 4-5 ndani ya saa moja
   *[other] nyota 4-5 ndani ya saa { $count }
}
respond-waiting = Yanasubiri jibu (nyota 1-2 kwanza, kisha ya zamani zaidi)
respond-waiting-none = Maoni yote yamejibiwa.
respond-overdue-since = yamechelewa tangu { $date }
respond-due = mwisho { $date }

## Recovery cases
case-question = Tufanye nini ili uridhike?
case-email-subject = { $business } ingependa kurekebisha mambo
case-email-intro = { $business } imesoma maoni yako na imekuandikia kupitia Candor:
case-email-answer = Jibu kwa faragha kupitia kiungo hiki (majibu kwa barua pepe hii hayasomwi):
case-email-footer = Candor inawasilisha ujumbe huu kwa niaba ya biashara, ambayo haioni anwani yako ya barua pepe. Si lazima ujibu, na hutaombwa kamwe kubadilisha maoni yako.
notification-case_answer = Mwandishi wa maoni kuhusu { $business } amejibu kwa faragha
review-updated-after-response = Yamesasishwa baada ya biashara kujibu
case-page-title = Mazungumzo yako na { $business }
case-your-review = Maoni yako
case-conversation = Mazungumzo
case-from-you = Wewe
case-no-messages = Bado hakuna ujumbe.
case-answer = Jibu lako
case-send = Tuma
case-ended = Mazungumzo haya yamemalizika.
case-update-title = Sasisha maoni yako
case-update-free = Uko huru kuacha maoni yako kama yalivyo. Hakuna chochote ambacho { $business } inatoa kinachotegemea maoni hayo, na Candor haitakuomba kamwe uyabadilishe au uyaondoe.
case-update-save = Hifadhi mabadiliko
case-updated = Maoni yako yamesasishwa. Matoleo ya awali yanabaki katika historia ya maoni.
case-answer-sent = Jibu lako limetumwa.
cases-title = Masuala ya kurejesha wateja
cases-none = Bado hakuna masuala ya kurejesha wateja.
cases-threshold = Maoni ya nyota { $stars } au chini yanapowasili, suala hufunguliwa kiotomatiki.
cases-threshold-never = Masuala hufunguliwa kwa mkono pekee.
case-title = Suala la kurejesha mteja
case-open-on-review = Fungua suala la kurejesha mteja
case-no-pressure = Candor haimwombi kamwe mwandishi wa maoni kubadilisha au kuondoa maoni yake, na suluhisho lolote halipaswi kamwe kutegemea jambo hilo. Anwani ya barua pepe ya mwandishi wa maoni inabaki ya faragha: ujumbe wako unamfikia kupitia Candor.
case-state = Hali
case-state-open = wazi
case-state-contacted = mawasiliano yameanzishwa
case-state-remedy_offered = suluhisho limetolewa
case-state-resolved = limetatuliwa
case-state-not_resolved = halijatatuliwa
case-state-closed_without_contact = limefungwa bila mawasiliano
case-assignee = Aliyekabidhiwa
case-nobody = hakuna
case-assign = Kabidhi
case-next-step = Hatua inayofuata
case-action-contact = Wasiliana na mwandishi wa maoni
case-action-offer_remedy = Toa suluhisho
case-action-resolve = Weka kuwa limetatuliwa
case-action-mark_not_resolved = Weka kuwa halijatatuliwa
case-action-close_without_contact = Funga bila mawasiliano
case-message = Ujumbe kwa mwandishi wa maoni
case-note = Dokezo la ndani
case-add-note = Ongeza dokezo
case-send-message = Tuma ujumbe
case-remedy = Suluhisho
case-remedy-type = Aina
case-remedy-value = Thamani (kwa kipimo kidogo kabisa cha sarafu, k.m. senti)
case-remedy-order-value = Thamani ya oda (kwa kipimo kidogo kabisa cha sarafu)
case-remedy-currency = Sarafu
remedy-refund = kurudishiwa pesa
remedy-replacement = bidhaa mbadala
remedy-gift_card = kadi ya zawadi
remedy-apology = kuomba radhi
remedy-other = nyingine
case-history = Historia
case-event-opened = Suala limefunguliwa
case-event-step = Hali imebadilishwa
case-event-note = Dokezo
case-event-assigned = Aliyekabidhiwa amebadilishwa
case-event-message = Ujumbe umetumwa kwa mwandishi wa maoni
case-event-answer = Mwandishi wa maoni amejibu
case-automatic = kiotomatiki
case-rating-at-open = Nyota { $stars } wakati suala lilipofunguliwa
recovery-summary = Kiwango cha kurejesha wateja: { $rate } (wateja { $resolved } wamerejeshwa kati ya mazungumzo { $ended } yaliyokamilika). Muda wa kati hadi kutatuliwa: saa { $hours }. Maoni yaliyosasishwa baada ya biashara kujibu: { $updated }.
recovery-summary-empty = Bado hakuna mazungumzo yaliyokamilika.
case-pending = barua pepe bado haijatumwa

## Reply help and incidents
notification-incident = Maoni kadhaa hasi kuhusu { $business } juu ya mada moja: tukio limefunguliwa
draft-greeting = Habari { $name },
draft-negative = Asante kwa kutujulisha, na tunasikitika kwamba hatukutimiza matarajio yako.
draft-mixed = Asante kwa maoni yako; yanatusaidia kuona kinachofanya kazi vizuri na kisichofanya kazi.
draft-positive = Asante sana kwa maoni yako mazuri!
draft-praised = Tunafurahi kwamba ulipendezwa na haya: { $aspects }.
draft-criticised = Tunaomba radhi kwa yaliyokwenda vibaya ({ $aspects }), na tunalifuatilia jambo hili.
draft-make-right = Tungependa kurekebisha mambo na tutawasiliana nawe kwa faragha.
draft-closing = Salamu za dhati, { $business }
draft-link = Pendekeza jibu
draft-title = Jibu linalopendekezwa
draft-hint = Pendekezo lililoandaliwa kutokana na nyota na mada za maoni, au kutoka kwenye kiolezo chako mwenyewe: lisome na ulirekebishe liwe lako kabla ya kulichapisha.
incidents-title = Matukio
incidents-none = Hakuna matukio yaliyo wazi.
incident-row = { $aspect }: maoni hasi { $count } tangu { $date }
case-review = Maoni
incident-title = Tukio
incident-closed = limefungwa
incident-policy = Sera ya fidia
incident-reply-hint = Jibu moja kwa kila maoni ambayo hayajajibiwa katika tukio hili, kwa lugha ya maoni hayo. {"{"}name{"}"} linabadilishwa kuwa jina la kila mwandishi wa maoni; soma na urekebishe maandishi kabla ya kutuma.
incident-reply-in = Jibu kwa
incident-reply-submit = Jibu wote
incident-close = Funga tukio
screening-publish = Ukaguzi: yamechapishwa (alama ya barua taka { $score })
screening-hold = Ukaguzi: yamezuiliwa kwa ajili ya usimamizi (alama ya barua taka { $score })
screening-reject = Ukaguzi: yamekataliwa (alama ya barua taka { $score })

# Invitations and how a review was collected
invite-email-subject = { $business } ingependa maoni yako
invite-email-reminder-subject = Ukumbusho: { $business } ingependa maoni yako
invite-email-greeting-anonymous = Habari,
invite-email-intro = Asante kwa agizo lako kwa { $business }. Ilikuwaje? Andika maoni kupitia kiungo hiki cha faragha:
invite-email-intro-product = Asante kwa agizo lako kwa { $business } ({ $product }). Ilikuwaje? Andika maoni kupitia kiungo hiki cha faragha:
invite-email-honest = Kila mteja anapata mwaliko huu. Sema unachofikiri kweli, kizuri au kibaya: maoni yako yatachapishwa kwa vyovyote vile.
invite-email-footer = Candor inatuma mwaliko huu kwa niaba ya biashara. Kiungo kinafanya kazi mara moja, kwa maoni moja.
invite-email-unsubscribe = Hutaki mialiko kutoka kwa biashara hii? { $link }
invite-page-title = Toa maoni kuhusu { $business }
invite-page-intro = { $business } imekualika baada ya agizo lako. Maoni yako yatawekwa alama kuwa ya mwaliko.
invite-used = Mwaliko huu umeshatumika. Asante kwa maoni yako.
invite-unusable = Mwaliko huu hauwezi kutumika tena.
invite-unsubscribe-title = Hakuna mialiko zaidi
invite-unsubscribe-confirm = Kusimamisha mialiko yote ya maoni kutoka { $business } kwa anwani hii?
invite-unsubscribe-button = Simamisha mialiko
invite-unsubscribed = { $business } haitakualika tena kuandika maoni.
collection-invited = Kwa mwaliko (agizo lililothibitishwa)
collection-organic = Bila kuombwa
collection-imported = Imeingizwa kutoka { $source }
invitations-title = Mialiko ya maoni
invitations-no-gating = Kila mteja unayepakia anaalikwa, bila kujali anachofikiri: Candor haimruhusu mtu kuchagua nani aulizwe kwa jinsi anavyotarajiwa kutoa maoni. Kila mmoja anapata barua pepe moja na ukumbusho mmoja tu zaidi, na anaweza kujiondoa.
invitations-figures = Siku 90 zilizopita
invitations-uploaded-count = Wateja waliopakiwa
invitations-sent = Mialiko iliyotumwa
invitations-opened = Viungo vilivyofunguliwa
invitations-reminded = Ukumbusho uliotumwa
invitations-reviewed = Maoni yaliyoandikwa
invitations-unsubscribed-count = Waliojiondoa
invitations-bounced = Haikufika
invitations-propensity-invited = Walioalikwa walioandika maoni
invitations-propensity-organic = Wateja walioandika maoni bila kuombwa
invitations-upload = Pakia wateja
invitations-upload-help = CSV yenye safu ya vichwa: email na order_ref, pamoja na name, order_date, language, product ukipenda
invitations-upload-submit = Panga mialiko
invitations-upload-done = Mialiko { $scheduled } imepangwa; maagizo { $already } yalishapakiwa; anwani { $unsubscribed } zilikuwa zimejiondoa.
invitations-settings = Muda
invitations-delay = Saa baada ya agizo
invitations-reminder = Saa hadi ukumbusho mmoja (0: hakuna)
invitations-save = Hifadhi
invitations-recent = Mialiko ya karibuni
invitations-state-scheduled = imepangwa
invitations-state-sent = imetumwa
invitations-state-reviewed = ametoa maoni
invitations-state-unsubscribed = amejiondoa
invitations-state-bounced = haikufika

# Maarifa (#7): dashibodi, hesabu za kurejesha wateja, ahadi, vyanzo vya matatizo, ripoti, shuhuda
field-testimonial-consent = Biashara inaweza kunukuu maoni haya kwenye tovuti yake yenyewe (si lazima)
insights-title = Maarifa: { $business }
insights-nav-reviews = Maoni
insights-nav-dashboard = Maarifa
insights-nav-economics = Hesabu za kurejesha wateja
insights-nav-promises = Ahadi
insights-nav-causes = Vyanzo vya matatizo
insights-nav-report = Ripoti
insights-nav-testimonials = Shuhuda
insights-nav-agency = Biashara zote
insights-from = Kuanzia
insights-to = Hadi
insights-all-languages = Lugha zote
insights-period = Kipindi
insights-period-month = Mwezi
insights-period-week = Wiki
insights-apply = Onyesha
insights-backlog = Takwimu bado zinasasishwa: maoni { $reviews } bado hayajasomwa.
insights-no-data = Hakuna takwimu za kipindi hiki.
insights-score-title = Alama
insights-summary = Maoni { $reviews } katika kipindi hiki, wastani wa nyota { $mean } (maoni { $all } hadi mwisho wa kipindi yanahesabiwa katika alama).
insights-trend-title = Alama na wastani wa nyota kwa muda
insights-trend-desc = Alama na wastani wa nyota katika vipindi { $periods }; alama mwishoni ni { $score }.
insights-series-score = Alama
insights-series-mean = Wastani wa nyota
insights-distribution-title = Maoni kulingana na nyota kwa muda
insights-distribution-desc = Maoni { $reviews } katika kipindi hiki, yamepangwa kwa tabaka kulingana na nyota.
insights-table = Takwimu katika jedwali
insights-reviews = Maoni
insights-responses-title = Majibu na kurejesha wateja
insights-aspects-title = Mada kulingana na sehemu ya kutajwa kwa njia hasi
insights-aspects-desc = Mada { $aspects }, zenye hasi zaidi kwanza; kiashiria kinaonyesha mabadiliko ikilinganishwa na kipindi kilichotangulia.
insights-aspect-value = { $negative } kati ya { $mentions } ni hasi
insights-incident = { $aspect }: maoni hasi { $reviews }
report-stars = { $stars } ★
perfection-too-few-reviews = Maoni chini ya 10 katika kipindi hiki: ni machache mno kuweza kusema jinsi wasomaji wanavyouona ukadiriaji.
perfection-low = Wastani wa nyota { $mean }: kuna uwezekano mdogo kwamba wasomaji watanunua. Shughulikia kwanza yale yanayotajwa katika malalamiko.
perfection-below-peak = Wastani wa nyota { $mean }: chini ya eneo la 4.2 hadi 4.7, ambapo wasomaji wana uwezekano mkubwa zaidi wa kununua.
perfection-trusted = Wastani wa nyota { $mean }: ndani ya eneo la 4.2 hadi 4.7, ambapo wasomaji wana uwezekano mkubwa zaidi wa kununua.
perfection-too-perfect = Wastani wa nyota { $mean }: juu ya 4.7, ambapo tafiti zinaonyesha kwamba imani ya wasomaji kwa ukadiriaji hupungua. Usifiche maoni ya ukosoaji; yajibu.
perfection-flag-no-critical-reviews = Karibu hakuna maoni ya ukosoaji: wasomaji huyatafuta ili kupima kama wanaweza kuvumilia udhaifu, na hawauamini wasifu usio na maoni kama hayo.
perfection-flag-almost-all-five-stars = Zaidi ya maoni 9 kati ya 10 yanatoa nyota 5: wasomaji wanaweza kudhani kwamba maoni yamechaguliwa kwa makusudi.
segments-title = Mabalozi, wakosoaji na wasiojali
segments-ambassadors = Mabalozi
segments-detractors = Wakosoaji
segments-counts = Mabalozi { $ambassadors } (wenye hisia kali chanya), wakosoaji { $detractors } (wenye hisia kali hasi), wasiojali { $indifferent }.
segments-reach = Neno la mdomo: wakosoaji huwaambia takriban watu { $dlow } hadi { $dhigh }, mabalozi huwaambia { $alow } hadi { $ahigh }.
segments-unhappy-tell = Idadi ya watu ambao mteja asiyeridhika huwaambia
segments-happy-tell = Idadi ya watu ambao mteja aliyeridhika huwaambia
segments-reach-note = Wanaohesabiwa ni waandishi wa maoni pekee. Wateja wasioridhika huwaambia watu wengine 9 hadi 15 (White House Office of Consumer Affairs, kama ilivyonukuliwa katika makala ya msingi); idadi ya 4 hadi 6 kwa wateja walioridhika ni makisio: weka yako mwenyewe.
economics-title = Hesabu za kurejesha wateja
economics-headline = Ili kufidia maoni mabaya moja, yanahitajika takriban matukio { $experiences } ya wateja kuhudumiwa vizuri.
economics-explanation = Baada ya maoni moja ya nyota { $bad }, maoni { $reviews } ya nyota { $good } huweka wastani juu ya { $target } (usawa kamili: { $balance } kwa kila maoni mabaya). Ni { $happy } tu ya wateja walioridhika wanaoandika maoni, ilhali { $unhappy } ya wasioridhika huandika.
economics-debt = Ili kufikia { $target }: maoni mazuri { $reviews } zaidi, yaani takriban matukio { $experiences } ya wateja kuhudumiwa vizuri.
economics-headroom = Wastani uko kwenye { $target } au zaidi: unaweza kuhimili maoni mabaya { $bad } zaidi na kubaki hapo.
economics-input = Kigezo
economics-value = Thamani
economics-source = Chanzo
economics-source-seed = chaguo-msingi (makala, docs/insights.md)
economics-source-measured = imepimwa kutoka kwa maoni na mialiko yako
economics-source-given = imewekwa na wewe
economics-input-target = Alama lengwa
economics-input-happy-review-probability = Sehemu ya wateja walioridhika wanaoandika maoni
economics-input-unhappy-review-probability = Sehemu ya wateja wasioridhika wanaoandika maoni
economics-input-happy-stars = Nyota anazotoa mteja aliyeridhika
economics-input-unhappy-stars = Nyota anazotoa mteja asiyeridhika
economics-input-invited-review-probability = Sehemu ya wateja walioalikwa wanaoandika maoni
economics-input-recover-share = Sehemu ya wateja wasioridhika wanaorejeshwa
economics-input-cut-negative-share = Kupungua kwa matukio mabaya
economics-scenarios-title = Itakuwaje ikiwa
economics-scenario = Hali
economics-mean-after = Wastani wa nyota unaotarajiwa mwishoni
economics-scenario-baseline = Kama ilivyo sasa
economics-scenario-invite = Alika kila mteja ({ $rate } huandika maoni)
economics-scenario-recover = Rejesha { $share } ya wateja wasioridhika
economics-scenario-cut = Punguza matukio mabaya kwa { $share }
economics-chart-title = Wastani wa nyota unaotarajiwa, mwezi kwa mwezi
economics-chart-desc = Wastani wa nyota unaotarajiwa katika miezi { $months } ijayo kwa kila hali.
economics-model-note = Thamani zinazotarajiwa kutokana na mchanganyiko wako wa sasa na vigezo vilivyo hapo juu, si utabiri. Fomula ziko katika docs/insights.md.
promises-title = Ahadi: { $business }
promises-intro = Kile ambacho matangazo yako yanaahidi, na kile ambacho maoni yanasema kuhusu hilo, katika kila lugha.
promises-none = Bado hakuna ahadi.
promise-concepts = Kilichotafutwa: { $concepts }
promise-scanning = Tunasoma maoni yako ya awali kuhusu ahadi hii…
promise-verdict = Imetimizwa katika maoni { $kept }, imevunjwa katika { $broken }, haiko wazi katika { $unclear }: imetimizwa kwa { $share } ya matukio.
promise-kept = Imetimizwa
promise-broken = Imevunjwa
promise-unclear = Haiko wazi
promise-archive = Hifadhi kwenye kumbukumbu
promise-add = Ongeza ahadi
promise-text = Ahadi
promise-keywords = Maneno ya kutafuta kwa kila lugha (si lazima), mstari mmoja kwa kila lugha, k.m. "de: finanzierung, genehmig*"
stage-before-purchase = Kabla ya kununua
stage-ordering = Kuagiza
stage-delivery = Usafirishaji
stage-use = Matumizi
stage-support = Usaidizi
stage-returns = Kurejesha bidhaa
causes-title = Vyanzo vya matatizo: { $business }
causes-complaints = Malalamiko { $complaints } (nyota 1-2) katika kipindi hiki.
causes-stages-title = Malalamiko kwa hatua ya safari ya mteja
causes-stage = Hatua
causes-complaints-now = Malalamiko
causes-complaints-before = Kipindi kilichotangulia
causes-paths-title = Matatizo yanapoanzia na kuishia
causes-paths-hint = Hatua ya kwanza na ya mwisho zinazotajwa katika lalamiko.
causes-starts = Yanaanzia
causes-ends = Yanaishia
causes-matrix-title = Mada kwa hatua
education-title = Mapengo ya uelewa
education-intro = Malalamiko kutoka kwa wateja wasio na uhakika jinsi kitu kinavyopaswa kufanya kazi: yanaweza kuwa swali jipya la FAQ au sababu ya kuboresha nyaraka.
education-none = Hakuna malalamiko ya aina hii katika kipindi hiki.
education-complaints = Malalamiko { $complaints }
education-topic-product = Bidhaa
education-question-did-not-know = { $topic }: Wateja wanapaswa kujua nini kabla ya kuanza?
education-question-how-to = { $topic }: Jinsi ya kutumia
education-question-is-it-normal = { $topic }: Je, hii ni kawaida?
education-question-expectation = { $topic }: Je, hufanya kazi vipi?
education-question-unclear-instructions = { $topic }: maelekezo yaliyo wazi zaidi
report-title = { $business }: ripoti ya { $from } hadi { $to }
report-summary = Alama ya Candor { $score } · maoni { $reviews } katika kipindi hiki · wastani wa nyota { $mean }
report-trend = Alama kwa muda
report-distribution = Maoni kulingana na nyota
report-responses = Majibu na kurejesha wateja
report-praise = Yanayosifiwa zaidi
report-complaints = Yanayokosolewa zaidi
report-quotes-positive = Maoni chanya yenye manufaa zaidi
report-quotes-critical = Maoni ya ukosoaji yenye manufaa zaidi
report-aspect = { $aspect }: kutajwa kwa njia hasi mara { $negative } kati ya { $mentions } ({ $share })
report-footer = Imetengenezwa kwa Candor. Kila takwimu inaweza kukokotolewa upya kutoka kwa maoni; fomula zimechapishwa.
report-pdf = Pakua kama PDF
report-share-title = Shiriki ripoti hii
report-share = Tengeneza kiungo cha kushiriki
report-share-made = Mtu yeyote mwenye kiungo hiki anaweza kusoma ripoti (nakili sasa: kinaonyeshwa mara moja tu):
report-link-revoked = kimebatilishwa
report-link-revoke = Batilisha
testimonials-title = Shuhuda: { $business }
testimonials-intro = Maoni ambayo waandishi wake wamekubali yanukuliwe kwenye tovuti yako mwenyewe. Chagua yatakayoonyeshwa; yahamishe kama HTML au JSON.
testimonials-chosen = Yaliyochaguliwa: { $count }
testimonials-export-html = Hamisha kama HTML
testimonials-export-json = Hamisha kama JSON
testimonials-none = Bado hakuna mwandishi wa maoni aliyekubali kunukuliwa.
testimonials-save = Hifadhi uteuzi
agency-title = Biashara zote
agency-business = Biashara
agency-total = Biashara zote kwa pamoja
agency-negative = Nyota 1-2
agency-replied = Yamejibiwa
agency-zone = Eneo la ukadiriaji
agency-trend = Wastani wa nyota kwa mwezi
agency-sparkline = Wastani wa nyota kwa mwezi: { $business }
agency-sparkline-desc = Wastani wa nyota wa kila mwezi katika kipindi.
zone-too-few-reviews = maoni machache mno
zone-low = chini
zone-below-peak = chini ya eneo la kuaminika
zone-trusted = eneo la kuaminika (4.2-4.7)
zone-too-perfect = kamili mno (juu ya 4.7)
report-read-review = Soma maoni
