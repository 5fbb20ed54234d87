# Candor interface text, Danish (translated from the English reference locale).
# Every other locale under locales/ carries exactly the same message ids;
# a test checks that. Reviews themselves are never translated.

## Layout

site-name = Candor
site-tagline = Ærlige anmeldelser, besvaret offentligt.
nav-businesses = Virksomheder
nav-dashboard = Oversigt
nav-login = Log ind for medarbejdere
nav-logout = Log ud
locale-label = Sprog
locale-submit = Skift
footer-note = Anmeldelser vises på det sprog, de er skrevet på. Ingen virksomhed kan skjule en anmeldelse.
skip-to-content = Gå til indhold

## Directory

directory-title = Virksomheder
directory-empty = Der er endnu ingen virksomheder.
review-count = { $count ->
    [one] { $count } anmeldelse
   *[other] { $count } anmeldelser
}

## Business page

score-label = Candor-score
score-out-of = ud af 5
score-how = Sådan beregnes scoren
mean-line = Simpelt gennemsnit { $mean } ud fra { $count ->
    [one] én anmeldelse
   *[other] { $count } anmeldelser
}
no-reviews-yet = Ingen anmeldelser endnu. Bliv den første til at skrive en.
distribution-title = Alle bedømmelser
distribution-row = { $stars ->
    [one] 1 stjerne
   *[other] { $stars } stjerner
}
distribution-filter = Vis kun { $stars }-stjernede anmeldelser
spotlight-title = Læs begge sider
spotlight-critical = Mest nyttige kritiske anmeldelse
spotlight-positive = Mest nyttige positive anmeldelse
spotlight-none-critical = Ingen kritiske anmeldelser (1 til 3 stjerner) endnu.
spotlight-none-positive = Ingen positive anmeldelser (4 eller 5 stjerner) endnu.
reviews-title = Anmeldelser
filter-stars = Stjerner
filter-language = Sprog
filter-replied = Svar
filter-sort = Sortér efter
filter-all = Alle
filter-replied-yes = Besvaret
filter-replied-no = Ikke besvaret
sort-newest = Nyeste
sort-helpful = Mest nyttige
filter-apply = Anvend
filter-reset = Nulstil filtre
reviews-none-match = Ingen anmeldelser matcher disse filtre.
page-next = Næste side
page-first = Første side

## A review

stars-aria = { $stars ->
    [one] Bedømt til 1 ud af 5 stjerner
   *[other] Bedømt til { $stars } ud af 5 stjerner
}
review-by = Af { $name }
review-written = Skrevet { $date }
review-experienced = Dato for oplevelsen: { $date }
review-language = Sprog: { $language }
review-edited = Redigeret
review-see-history = Se alle versioner
helpful-button = Nyttig
helpful-count = { $count ->
    [0] Ingen har fundet dette nyttigt endnu
    [one] Én person fandt dette nyttigt
   *[other] { $count } personer fandt dette nyttigt
}
helpful-thanks = Tak, din stemme er talt med.
helpful-already = Du har allerede markeret denne anmeldelse som nyttig.
reply-from = Svar fra { $business }
reply-edited = Svar redigeret
review-permalink = Link til denne anmeldelse
review-removed = Denne anmeldelse er fjernet af moderatorerne. Begrundelse: { $reason }
review-pending = Denne anmeldelse afventer moderering.

## Writing a review

write-title = Skriv en anmeldelse
write-intro = Din anmeldelse offentliggøres, som du skriver den. Du får et privat link, så du kan redigere den senere; tidligere versioner forbliver synlige.
field-rating = Bedømmelse
field-title = Overskrift (valgfri)
field-body = Din anmeldelse
field-author-name = Dit navn (vises offentligt)
field-author-email = Din e-mail (vises aldrig)
field-language = Sproget i din anmeldelse (valgfrit)
field-language-unset = Ikke angivet
field-experienced-on = Dato for oplevelsen (valgfri)
write-submit = Offentliggør anmeldelse
form-error = Tjek venligst din anmeldelse: { $problem }
thanks-title = Tak for din anmeldelse
thanks-published = Din anmeldelse er offentliggjort.
thanks-keep-link = Gem dette private link, så du kan redigere din anmeldelse senere. Alle, der har linket, kan redigere anmeldelsen, så del det ikke med andre.
thanks-edit-link = Rediger min anmeldelse
thanks-back = Tilbage til { $business }

## Editing a review

edit-title = Rediger din anmeldelse
edit-intro = Når du gemmer, oprettes en ny version. Tidligere versioner forbliver synlige i anmeldelsens historik.
edit-submit = Gem ændringer
edit-saved = Dine ændringer er gemt.
edit-bad-link = Dette redigeringslink er ikke gyldigt.
history-title = Historik
history-version = Version { $revision }, { $date }
reply-history-title = Svarets historik

## Field problems (by field and code)

problem-field-rating = bedømmelse
problem-field-title = overskrift
problem-field-body = anmeldelsestekst
problem-field-author_name = navn
problem-field-author_email = e-mail
problem-field-language = sprog
problem-field-experienced_on = dato for oplevelsen
problem-field-stars = stjerner
problem-field-sort = sortering
problem-field-replied = svarfilter
problem-field-cursor = side
problem-field-email = e-mail
problem-field-name = navn
problem-required = feltet »{ $field }« er ikke udfyldt.
problem-too_long = feltet »{ $field }« er for langt.
problem-out_of_range = feltet »{ $field }« er uden for det tilladte interval.
problem-invalid_email = feltet »{ $field }« er ikke en gyldig adresse.
problem-invalid_language = feltet »{ $field }« er ikke en sprogkode.
problem-invalid_date = feltet »{ $field }« er ikke en gyldig dato.
problem-control_characters = feltet »{ $field }« indeholder usynlige kontroltegn.
problem-other = feltet »{ $field }« er ikke gyldigt.

## The score explained

score-page-title = Sådan beregnes scoren for { $business }
score-intro = Candor-scoren er et bayesiansk gennemsnit af de offentliggjorte anmeldelser, hvor nyere anmeldelser vægter mere. Alle kan regne den efter ud fra tallene nedenfor.
score-formula-title = Formlen
score-prior = Alle virksomheder starter, som om de allerede havde { $count } anmeldelser med { $mean } stjerner (a priori-værdien). Det forhindrer, at en virksomhed med kun få anmeldelser springer til 1 eller 5 stjerner.
score-recency = En anmeldelse tæller mindre, jo ældre den bliver: Dens vægt halveres hver { $days }. dag. En anmeldelse skrevet i dag vejer 1, en anmeldelse skrevet for { $days } dage siden vejer 0,5.
score-table-stars = Stjerner
score-table-count = Anmeldelser
score-table-weight = Samlet vægt
score-working = ({ $prior_count } × { $prior_mean } + { $weighted_sum }) ÷ ({ $prior_count } + { $weighted_count }) = { $score }
score-mean-note = Det simple gennemsnit af alle { $count } offentliggjorte anmeldelser, uden a priori-værdi og vægtning, er { $mean }.
score-no-low-hiding = Ingen virksomhed kan skjule eller fjerne sine lave bedømmelser; en anmeldelse regnes kun som fjernet, når moderatorerne har fjernet den med en angivet begrundelse.
score-back = Tilbage til anmeldelserne

## Staff

login-title = Log ind for medarbejdere
login-email = E-mail
login-password = Adgangskode
login-submit = Log ind
login-failed = E-mailen eller adgangskoden er forkert.
dashboard-title = Dine virksomheder
dashboard-empty = Din organisation har endnu ingen virksomheder.
dashboard-unanswered = { $count ->
    [0] Alle anmeldelser er besvaret.
    [one] Én anmeldelse mangler svar.
   *[other] { $count } anmeldelser mangler svar.
}
dashboard-queued = { $count ->
    [one] Én importeret anmeldelse venter på kontrol.
   *[other] { $count } importerede anmeldelser venter på kontrol.
}
dashboard-public-page = Offentlig side
dashboard-reviews-title = Anmeldelser af { $business }
dashboard-show-unanswered = Vis kun ubesvarede
dashboard-show-all = Vis alle
reply-label = Offentligt svar
reply-submit-new = Offentliggør svar
reply-submit-edit = Opdater svar
reply-saved = Svaret er gemt.
reply-public-note = Svar er offentlige og vises under anmeldelsen. Tidligere versioner bevares, når du redigerer.
tokens-title = API-tokens
tokens-intro = Med tokens kan dine systemer bruge JSON-API'et på vegne af din organisation. Send et token som »Authorization: Bearer TOKEN«.
tokens-name = Navn på token
tokens-create = Opret token
tokens-created = Kopiér dette token nu. Det vises kun én gang:
tokens-none = Ingen tokens endnu.
tokens-revoke = Tilbagekald
tokens-revoked = Tilbagekaldt
tokens-created-at = Oprettet { $date }

## Errors

error-not-found-title = Ikke fundet
error-not-found = Vi kunne ikke finde siden.
error-forbidden = Du har ikke tilladelse til at gøre det.
error-internal = Noget gik galt hos os. Prøv venligst igen.
error-bad-request = Forespørgslen kunne ikke forstås.

## Search and aspects on the public page
search-label = Søg i anmeldelserne
search-placeholder = Ord at søge efter, f.eks. levering
search-submit = Søg
filter-aspect = Emne
sort-relevance = Bedste match
search-results = { $count ->
    [one] Én anmeldelse matcher.
   *[other] { $count } anmeldelser matcher.
}
search-clear = Ryd søgningen
aspect-delivery = Levering
aspect-price = Pris og værdi
aspect-quality = Produktkvalitet
aspect-customer_service = Kundeservice
aspect-staff = Personale
aspect-communication = Kommunikation
aspect-waiting_time = Ventetid
aspect-returns = Returnering og refusion
aspect-website = Hjemmeside, app og bestilling
aspect-documentation = Dokumentation og vejledning
aspect-cleanliness = Renlighed
aspect-food = Mad

## Text analysis on the dashboard
analysis-positive = Positiv tekst
analysis-negative = Negativ tekst
analysis-neutral = Neutral eller blandet tekst
analysis-mismatch = Stjerner og tekst stemmer ikke overens
analysis-language = Skrevet på { $language }
analysis-aspects = Emner

## Topics: what sets critical reviews apart
topics-title = Hvad der adskiller kritiske anmeldelser
topics-intro = Vendinger, der forekommer langt oftere i anmeldelser med 1–2 stjerner end i anmeldelser med 4–5 stjerner, og omvendt, opdelt efter sprog.
topics-negative = I kritiske anmeldelser
topics-positive = I positive anmeldelser
topics-counts = { $negative } kritiske, { $positive } positive
topics-none = Der er endnu ikke nok anmeldelser til at sige noget.
topics-by-aspect = Efter emne, på tværs af sprog
topics-example = Eksempel
topics-link = Hvad der adskiller kritiske anmeldelser

## Screening of reviews (trust and safety)
thanks-held = Din anmeldelse skal godkendes af en moderator, før den offentliggøres, fordi { $reasons }.
thanks-rejected = Din anmeldelse blev ikke offentliggjort, fordi { $reasons }. Den er gemt, og en moderator kan stadig offentliggøre den.
reason-link = den indeholder et link
reason-url_shortener = den indeholder et forkortet link
reason-phone_number = den indeholder et telefonnummer
reason-email_address = den indeholder en e-mailadresse
reason-repeated_characters = den gentager et tegn mange gange
reason-shouting = den er skrevet med store bogstaver
reason-off_topic = en linje i den handler om noget andet end virksomheden
reason-blocked_term = den indeholder et blokeret udtryk
reason-spam_model = den ligner spam
reason-honeypot = den blev sendt af et program

## Moderation, reports and transparency
nav-moderation = Moderering
moderation-title = Modereringskø
moderation-intro = Anmeldelser, der er tilbageholdt af den automatiske kontrol eller indberettet af læsere og virksomheder, ældste først. Ingen modererer anmeldelser fra sin egen organisation.
moderation-empty = Der venter ikke noget.
moderation-business = Virksomhed: { $business }
moderation-spam-score = Spamscore { $score }
moderation-suspicion = Mistanke om koordinerede anmeldelser { $score }
moderation-suspicion-block = Mistanke om koordinerede anmeldelser { $score }, gruppe { $block }
moderation-flags = { $count ->
    [one] Én åben indberetning
   *[other] { $count } åbne indberetninger
}
moderation-select = Vælg
moderation-approve = Godkend valgte
moderation-reject = Afvis valgte
moderation-reject-reason = Begrundelse for afvisning
moderation-done = { $count ->
    [one] Der er truffet afgørelse om én anmeldelse.
   *[other] Der er truffet afgørelse om { $count } anmeldelser.
}
moderation-failed = { $count ->
    [one] Der kunne ikke træffes afgørelse om én anmeldelse.
   *[other] Der kunne ikke træffes afgørelse om { $count } anmeldelser.
}
flag-reason-spam = Spam eller reklame
flag-reason-fake = Ikke en ægte oplevelse
flag-reason-offensive = Krænkende eller hadefuld
flag-reason-personal_data = Personoplysninger
flag-reason-conflict_of_interest = Skrevet af virksomheden, en medarbejder eller en konkurrent
flag-reason-off_topic = Handler ikke om denne virksomhed
flag-reason-other = Noget andet
flag-title = Indberet denne anmeldelse
flag-intro = En indberetning skjuler ikke anmeldelsen: En moderator ser på den.
flag-reason = Hvorfor
flag-note = Bemærkning (valgfri)
flag-submit = Send indberetningen
flag-thanks = Tak. En moderator vil se på denne anmeldelse.
transparency-link = Åbenhed om moderering
transparency-title = Åbenhed om moderering: { $business }
transparency-intro = Anmeldelser, der er fjernet fra denne side, og hvorfor, samt indberetninger om sidens anmeldelser. Intet slettes: Fjernede anmeldelser bevares.
transparency-removed = Fjernede anmeldelser efter begrundelse og stjerner
transparency-none-removed = Ingen anmeldelser er blevet fjernet.
transparency-reason = Begrundelse
transparency-total = I alt
transparency-automatic = Automatisk afvist (spam, links, dubletter)
transparency-flags = Indberetninger
transparency-none-flags = Ingen anmeldelser er blevet indberettet.
transparency-raised-by = Indberettet af
transparency-outcome = Udfald
transparency-raised-consumer = Læsere
transparency-raised-business = Virksomheden
transparency-status-open = Åben
transparency-status-upheld = Taget til følge
transparency-status-dismissed = Afvist
transparency-count = Antal
reason-duplicate = den samme tekst er offentliggjort et andet sted
error-rate-limited = Du har sendt mange anmeldelser på kort tid. Prøv igen senere.
reason-far_from_consensus = dens stjerner ligger langt fra, hvad andre anmeldere giver
reason-burst = den kom i en pludselig bølge af anmeldelser med samme antal stjerner
reason-many_businesses = denne e-mailadresse har anmeldt mange virksomheder med samme ejer

## Respond: notifications and e-mails to staff
notification-escalation = En anmeldelse af { $business } har overskredet svarfristen
notification-negative_review = Ny anmeldelse med 1 eller 2 stjerner af { $business }
email-greeting = Hej { $name },
email-escalation-subject = { $business }: en anmeldelse med { $stars } stjerner venter på svar
email-escalation-body = Denne anmeldelse af { $business } med { $stars } stjerner har ikke fået svar i mere end { $hours } timer, den frist jeres team har sat. Tavshed opfattes som samtykke: et kort, personligt svar tæller stadig.
email-escalation-action = Læs den og svar:
email-footer = Candor sender dig dette, fordi du administrerer en virksomhed her. Du kan ændre sproget i disse e-mails på dit dashboard.
email-digest-subject = Dit Candor-overblik for { $date }
email-digest-intro = Det skete i de sidste 24 timer:
email-digest-new = { $count ->
    [one] Én ny anmeldelse ({ $negative } med 1-2 stjerner)
   *[other] { $count } nye anmeldelser ({ $negative } med 1-2 stjerner)
}
email-digest-waiting = { $count ->
    [one] Én anmeldelse venter på svar ({ $negative } med 1-2 stjerner)
   *[other] { $count } anmeldelser venter på svar ({ $negative } med 1-2 stjerner)
}
email-digest-overdue = { $count ->
    [one] Én af dem har overskredet fristen
   *[other] { $count } af dem har overskredet fristen
}

## Respond: dashboard
notifications-title = { $count ->
    [0] Notifikationer
    [one] Notifikationer (én ulæst)
   *[other] Notifikationer ({ $count } ulæste)
}
notifications-none = Ingen notifikationer endnu.
respond-title = Svar (seneste 90 dage)
respond-rate = Svarprocent: { $all } af alle anmeldelser, { $negative } af anmeldelser med 1-2 stjerner
respond-median = Mediantid til første svar: { $all } t (1-2 stjerner: { $negative } t)
respond-overdue = { $count ->
    [0] Ingen anmeldelse har overskredet svarfristen.
    [one] Én anmeldelse har overskredet svarfristen og er eskaleret.
   *[other] { $count } anmeldelser har overskredet svarfristen og er eskaleret.
}
respond-deadlines = Svarfrister:
respond-deadline-negative = { $count ->
    [one] 1-2 stjerner inden for én time
   *[other] 1-2 stjerner inden for { $count } timer
}
respond-deadline-mixed = { $count ->
    [one] 3 stjerner inden for én time
   *[other] 3 stjerner inden for { $count } timer
}
respond-deadline-positive = { $count ->
    [one] 4-5 stjerner inden for én time
   *[other] 4-5 stjerner inden for { $count } timer
}
respond-waiting = Venter på svar (1-2 stjerner først, derefter de ældste)
respond-waiting-none = Alle anmeldelser har fået svar.
respond-overdue-since = forsinket siden { $date }
respond-due = frist { $date }

## Recovery cases
case-question = Hvad skal der til, for at du bliver tilfreds?
case-email-subject = { $business } vil gerne gøre det godt igen
case-email-intro = { $business } har læst din anmeldelse og skrevet til dig via Candor:
case-email-answer = Svar privat via dette link (svar på denne e-mail bliver ikke læst):
case-email-footer = Candor videresender denne besked på vegne af virksomheden, som ikke kan se din e-mailadresse. Du behøver ikke at svare, og du bliver aldrig bedt om at ændre din anmeldelse.
notification-case_answer = En anmelder har svaret privat om sin anmeldelse af { $business }
review-updated-after-response = Opdateret efter virksomhedens svar
case-page-title = Din samtale med { $business }
case-your-review = Din anmeldelse
case-conversation = Samtale
case-from-you = Dig
case-no-messages = Ingen beskeder endnu.
case-answer = Dit svar
case-send = Send
case-ended = Denne samtale er afsluttet.
case-update-title = Opdater din anmeldelse
case-update-free = Det står dig frit for at lade din anmeldelse stå, som den er. Intet af det, { $business } tilbyder, afhænger af den, og Candor vil aldrig bede dig om at ændre eller fjerne den.
case-update-save = Gem opdateringen
case-updated = Din anmeldelse er opdateret. Tidligere versioner bevares i dens historik.
case-answer-sent = Dit svar er sendt.
cases-title = Opfølgningssager
cases-none = Ingen opfølgningssager endnu.
cases-threshold = Når der kommer en anmeldelse med { $stars } stjerner eller færre, oprettes der en sag.
cases-threshold-never = Sager oprettes kun manuelt.
case-title = Opfølgningssag
case-open-on-review = Opret en opfølgningssag
case-no-pressure = Candor beder aldrig en anmelder om at ændre eller fjerne sin anmeldelse, og en kompensation må aldrig afhænge af det. Anmelderens e-mailadresse forbliver privat: Dine beskeder når frem via Candor.
case-state = Status
case-state-open = åben
case-state-contacted = kontaktet
case-state-remedy_offered = kompensation tilbudt
case-state-resolved = løst
case-state-not_resolved = ikke løst
case-state-closed_without_contact = lukket uden kontakt
case-assignee = Tildelt
case-nobody = ingen
case-assign = Tildel
case-next-step = Næste skridt
case-action-contact = Kontakt anmelderen
case-action-offer_remedy = Tilbyd kompensation
case-action-resolve = Markér som løst
case-action-mark_not_resolved = Markér som ikke løst
case-action-close_without_contact = Luk uden kontakt
case-message = Besked til anmelderen
case-note = Intern note
case-add-note = Tilføj note
case-send-message = Send besked
case-remedy = Kompensation
case-remedy-type = Type
case-remedy-value = Værdi (i mindste møntenhed, f.eks. øre)
case-remedy-order-value = Ordreværdi (i mindste møntenhed)
case-remedy-currency = Valuta
remedy-refund = refusion
remedy-replacement = erstatningsvare
remedy-gift_card = gavekort
remedy-apology = undskyldning
remedy-other = andet
case-history = Historik
case-event-opened = Sag oprettet
case-event-step = Status ændret
case-event-note = Note
case-event-assigned = Tildeling ændret
case-event-message = Besked sendt til anmelderen
case-event-answer = Anmelderen svarede
case-automatic = automatisk
case-rating-at-open = { $stars } stjerner, da sagen blev oprettet
recovery-summary = Andel vundet tilbage: { $rate } ({ $resolved } ud af { $ended } afsluttede samtaler). Mediantid til løsning: { $hours } t. Anmeldelser opdateret efter virksomhedens svar: { $updated }.
recovery-summary-empty = Ingen afsluttede samtaler endnu.
case-pending = e-mail endnu ikke sendt

## Reply help and incidents
notification-incident = Flere negative anmeldelser af { $business } om samme emne: Der er oprettet en hændelse
draft-greeting = Hej { $name },
draft-negative = Tak, fordi du gjorde os opmærksom på det. Vi er kede af, at vi har skuffet dig.
draft-mixed = Tak for din anmeldelse. Den hjælper os med at se, hvad der fungerer, og hvad der ikke gør.
draft-positive = Tusind tak for din flotte anmeldelse!
draft-praised = Det glæder os, at du satte pris på følgende: { $aspects }.
draft-criticised = Vi beklager det, der gik galt ({ $aspects }), og vi ser nærmere på det.
draft-make-right = Vi vil gerne gøre det godt igen og kontakter dig privat.
draft-closing = Venlig hilsen { $business }
draft-link = Foreslå et svar
draft-title = Forslag til svar
draft-hint = Et forslag ud fra anmeldelsens stjerner og emner eller ud fra din egen skabelon: Læs det, og gør det til dit eget, før du offentliggør det.
incidents-title = Hændelser
incidents-none = Ingen åbne hændelser.
incident-row = { $aspect }: { $count } negative anmeldelser siden { $date }
case-review = Anmeldelse
incident-title = Hændelse
incident-closed = lukket
incident-policy = Kompensationspolitik
incident-reply-hint = Ét svar på hver ubesvaret anmeldelse i denne hændelse, på anmeldelsens eget sprog. {"{"}name{"}"} bliver til den enkelte anmelders navn; læs og tilpas teksten, før du sender.
incident-reply-in = Svar på
incident-reply-submit = Svar alle
incident-close = Luk hændelsen
screening-publish = Screening: offentliggjort (spamscore { $score })
screening-hold = Screening: tilbageholdt til moderering (spamscore { $score })
screening-reject = Screening: afvist (spamscore { $score })

# Invitations and how a review was collected
invite-email-subject = { $business } vil gerne have din anmeldelse
invite-email-reminder-subject = En påmindelse: { $business } vil gerne have din anmeldelse
invite-email-greeting-anonymous = Hej,
invite-email-intro = Tak for din ordre hos { $business }. Hvordan gik det? Skriv en anmeldelse via dette personlige link:
invite-email-intro-product = Tak for din ordre hos { $business } ({ $product }). Hvordan gik det? Skriv en anmeldelse via dette personlige link:
invite-email-honest = Alle kunder får denne invitation. Sig, hvad du virkelig mener, godt eller dårligt: din anmeldelse bliver offentliggjort uanset hvad.
invite-email-footer = Candor sender denne invitation for virksomheden. Linket virker én gang, til én anmeldelse.
invite-email-unsubscribe = Vil du ikke have invitationer fra denne virksomhed? { $link }
invite-page-title = Anmeld { $business }
invite-page-intro = { $business } inviterede dig efter din ordre. Din anmeldelse bliver markeret som inviteret.
invite-used = Denne invitation er brugt. Tak for din anmeldelse.
invite-unusable = Denne invitation kan ikke længere bruges.
invite-unsubscribe-title = Ikke flere invitationer
invite-unsubscribe-confirm = Stop alle invitationer til anmeldelser fra { $business } til denne adresse?
invite-unsubscribe-button = Stop invitationer
invite-unsubscribed = { $business } vil ikke invitere dig til at skrive en anmeldelse igen.
collection-invited = Inviteret (bekræftet ordre)
collection-organic = Uopfordret
collection-imported = Importeret fra { $source }
invitations-title = Invitationer til anmeldelser
invitations-no-gating = Alle kunder, du uploader, bliver inviteret, uanset hvad de måtte mene: Candor lader ingen vælge, hvem der spørges, efter hvordan de sandsynligvis anmelder. Hver får én e-mail og højst én påmindelse og kan afmelde sig.
invitations-figures = De seneste 90 dage
invitations-uploaded-count = Uploadede kunder
invitations-sent = Sendte invitationer
invitations-opened = Åbnede links
invitations-reminded = Sendte påmindelser
invitations-reviewed = Skrevne anmeldelser
invitations-unsubscribed-count = Afmeldt
invitations-bounced = Kunne ikke leveres
invitations-propensity-invited = Inviterede, der anmeldte
invitations-propensity-organic = Kunder, der anmeldte uopfordret
invitations-upload = Upload kunder
invitations-upload-help = CSV med overskriftsrække: email og order_ref, samt valgfrit name, order_date, language, product
invitations-upload-submit = Planlæg invitationer
invitations-upload-done = { $scheduled } invitationer planlagt; { $already } ordrer var uploadet før; { $unsubscribed } adresser havde afmeldt sig.
invitations-settings = Tidspunkt
invitations-delay = Timer efter ordren
invitations-reminder = Timer til den ene påmindelse (0: ingen)
invitations-save = Gem
invitations-recent = Nyeste invitationer
invitations-state-scheduled = planlagt
invitations-state-sent = sendt
invitations-state-reviewed = anmeldt
invitations-state-unsubscribed = afmeldt
invitations-state-bounced = ikke leveret

# Indsigt (#7): oversigt, genopretning i tal, løfter, grundårsager, rapporter, kundeudtalelser
field-testimonial-consent = Virksomheden må citere denne anmeldelse på sin egen hjemmeside (valgfrit)
insights-title = Indsigt: { $business }
insights-nav-reviews = Anmeldelser
insights-nav-dashboard = Indsigt
insights-nav-economics = Genopretning i tal
insights-nav-promises = Løfter
insights-nav-causes = Grundårsager
insights-nav-report = Rapport
insights-nav-testimonials = Kundeudtalelser
insights-nav-agency = Alle virksomheder
insights-from = Fra
insights-to = Til
insights-all-languages = Alle sprog
insights-period = Periode
insights-period-month = Måned
insights-period-week = Uge
insights-apply = Vis
insights-backlog = Tallene er ved at blive opdateret: { $reviews } anmeldelser mangler stadig at blive læst.
insights-no-data = Ingen data for denne periode.
insights-score-title = Score
insights-summary = { $reviews } anmeldelser i perioden, gennemsnitligt { $mean } stjerner ({ $all } anmeldelser frem til periodens slutning tæller med i scoren).
insights-trend-title = Score og gennemsnitlige stjerner over tid
insights-trend-desc = Score og gennemsnitlige stjerner over { $periods } perioder; scoren ved slutningen er { $score }.
insights-series-score = Score
insights-series-mean = Gennemsnitlige stjerner
insights-distribution-title = Anmeldelser efter stjerner over tid
insights-distribution-desc = { $reviews } anmeldelser i perioden, stablet efter stjerner.
insights-table = Tallene som tabel
insights-reviews = Anmeldelser
insights-responses-title = Svar og opfølgning
insights-aspects-title = Emner efter andel negative omtaler
insights-aspects-desc = { $aspects } emner, de mest negative først; markøren viser ændringen i forhold til perioden før.
insights-aspect-value = { $negative } ud af { $mentions } negative
insights-incident = { $aspect }: { $reviews } negative anmeldelser
report-stars = { $stars } ★
perfection-too-few-reviews = Færre end 10 anmeldelser i perioden: for få til at sige, hvordan læserne opfatter bedømmelsen.
perfection-low = Et gennemsnit på { $mean } stjerner: læserne køber næppe. Tag først fat i det, klagerne nævner.
perfection-below-peak = Et gennemsnit på { $mean } stjerner: under zonen fra 4,2 til 4,7, hvor læserne er mest tilbøjelige til at købe.
perfection-trusted = Et gennemsnit på { $mean } stjerner: i zonen fra 4,2 til 4,7, hvor læserne er mest tilbøjelige til at købe.
perfection-too-perfect = Et gennemsnit på { $mean } stjerner: over 4,7, hvor læserne ifølge forskningen stoler mindre på en bedømmelse. Skjul ikke kritiske anmeldelser; svar på dem.
perfection-flag-no-critical-reviews = Næsten ingen kritiske anmeldelser: læserne leder efter dem for at vurdere, om de kan leve med svaghederne, og har mistillid til en profil helt uden.
perfection-flag-almost-all-five-stars = Mere end 9 ud af 10 anmeldelser giver 5 stjerner: læserne kan opfatte profilen som håndplukket.
segments-title = Ambassadører, kritikere og ligeglade
segments-ambassadors = Ambassadører
segments-detractors = Kritikere
segments-counts = { $ambassadors } ambassadører (engagerede og positive), { $detractors } kritikere (engagerede og negative), { $indifferent } ligeglade.
segments-reach = Mund-til-mund: kritikere fortæller det til cirka { $dlow } til { $dhigh } personer, ambassadører til { $alow } til { $ahigh }.
segments-unhappy-tell = Personer, en utilfreds kunde fortæller det til
segments-happy-tell = Personer, en tilfreds kunde fortæller det til
segments-reach-note = Kun anmeldere tælles med. Utilfredse kunder fortæller det til 9 til 15 andre (White House Office of Consumer Affairs, som citeret i kildeartiklen); tallet 4 til 6 for tilfredse kunder er en antagelse: angiv dit eget.
economics-title = Genopretning i tal
economics-headline = Det kræver cirka { $experiences } gode kundeoplevelser at opveje én dårlig anmeldelse.
economics-explanation = Efter én anmeldelse med { $bad } stjerner holder { $reviews } anmeldelser med { $good } stjerner gennemsnittet over { $target } (præcis balance: { $balance } pr. dårlig anmeldelse). Kun { $happy } af de tilfredse kunder skriver en anmeldelse, mens { $unhappy } af de utilfredse gør det.
economics-debt = For at nå { $target }: { $reviews } gode anmeldelser mere, cirka { $experiences } gode kundeoplevelser.
economics-headroom = Gennemsnittet er på { $target } eller derover: det kan tåle { $bad } dårlige anmeldelser mere og stadig holde sig der.
economics-input = Parameter
economics-value = Værdi
economics-source = Kilde
economics-source-seed = standard (artikel, docs/insights.md)
economics-source-measured = målt ud fra dine anmeldelser og invitationer
economics-source-given = angivet af dig
economics-input-target = Målscore
economics-input-happy-review-probability = Andel af tilfredse kunder, der anmelder
economics-input-unhappy-review-probability = Andel af utilfredse kunder, der anmelder
economics-input-happy-stars = Stjerner fra en tilfreds kunde
economics-input-unhappy-stars = Stjerner fra en utilfreds kunde
economics-input-invited-review-probability = Andel af inviterede kunder, der anmelder
economics-input-recover-share = Andel af utilfredse kunder, der vindes tilbage
economics-input-cut-negative-share = Reduktion i dårlige oplevelser
economics-scenarios-title = Hvad nu hvis
economics-scenario = Scenarie
economics-mean-after = Forventede gennemsnitlige stjerner ved slutningen
economics-scenario-baseline = Som nu
economics-scenario-invite = Invitér alle kunder ({ $rate } anmelder)
economics-scenario-recover = Vind { $share } af de utilfredse kunder tilbage
economics-scenario-cut = { $share } færre dårlige oplevelser
economics-chart-title = Forventede gennemsnitlige stjerner måned for måned
economics-chart-desc = Forventede gennemsnitlige stjerner de næste { $months } måneder i hvert scenarie.
economics-model-note = Forventede værdier ud fra din nuværende fordeling og parametrene ovenfor, ikke en prognose. Formlerne står i docs/insights.md.
promises-title = Løfter: { $business }
promises-intro = Hvad din markedsføring lover, og hvad anmeldelserne siger om det, på alle sprog.
promises-none = Ingen løfter endnu.
promise-concepts = Søgt efter: { $concepts }
promise-scanning = Gennemgår dine tidligere anmeldelser for dette løfte…
promise-verdict = Holdt i { $kept } anmeldelser, brudt i { $broken }, uklart i { $unclear }: holdt i { $share } af tilfældene.
promise-kept = Holdt
promise-broken = Brudt
promise-unclear = Uklart
promise-archive = Arkivér
promise-add = Tilføj et løfte
promise-text = Løfte
promise-keywords = Søgeord pr. sprog (valgfrit), én linje pr. sprog, f.eks. »de: finanzierung, genehmig*«
stage-before-purchase = Før købet
stage-ordering = Bestilling
stage-delivery = Levering
stage-use = Brug
stage-support = Support
stage-returns = Returnering
causes-title = Grundårsager: { $business }
causes-complaints = { $complaints } klager (1-2 stjerner) i perioden.
causes-stages-title = Klager efter fase i kunderejsen
causes-stage = Fase
causes-complaints-now = Klager
causes-complaints-before = Perioden før
causes-paths-title = Hvor problemerne starter og slutter
causes-paths-hint = Den første og den sidste fase, som en klage nævner.
causes-starts = Starter ved
causes-ends = Slutter ved
causes-matrix-title = Emner efter fase
education-title = Videnshuller
education-intro = Klager fra kunder, der er usikre på, hvordan noget skal fungere: kandidater til et FAQ-punkt eller bedre dokumentation.
education-none = Ingen klager af denne slags i perioden.
education-complaints = { $complaints } klager
education-topic-product = Produktet
education-question-did-not-know = { $topic }: Hvad skal kunderne vide, før de går i gang?
education-question-how-to = { $topic }: Hvordan bruger jeg det?
education-question-is-it-normal = { $topic }: Er det normalt?
education-question-expectation = { $topic }: Hvordan skal det fungere?
education-question-unclear-instructions = { $topic }: tydeligere vejledning
report-title = { $business }: rapport { $from } til { $to }
report-summary = Candor-score { $score } · { $reviews } anmeldelser i perioden · gennemsnitligt { $mean } stjerner
report-trend = Score over tid
report-distribution = Anmeldelser efter stjerner
report-responses = Svar og opfølgning
report-praise = Mest rost
report-complaints = Mest kritiseret
report-quotes-positive = Mest nyttige positive anmeldelser
report-quotes-critical = Mest nyttige kritiske anmeldelser
report-aspect = { $aspect }: { $negative } ud af { $mentions } omtaler negative ({ $share })
report-footer = Lavet med Candor. Alle tal kan regnes efter ud fra anmeldelserne; formlerne er offentliggjort.
report-pdf = Download som PDF
report-share-title = Del denne rapport
report-share = Opret et delingslink
report-share-made = Alle, der har dette link, kan læse rapporten (kopiér det nu, det vises kun én gang):
report-link-revoked = tilbagekaldt
report-link-revoke = Tilbagekald
testimonials-title = Kundeudtalelser: { $business }
testimonials-intro = Anmeldelser, hvis forfattere har givet lov til at blive citeret på din egen hjemmeside. Vælg dem, der skal vises, og eksportér dem som HTML eller JSON.
testimonials-chosen = { $count } valgt
testimonials-export-html = Eksportér som HTML
testimonials-export-json = Eksportér som JSON
testimonials-none = Ingen anmeldere har givet lov til at blive citeret endnu.
testimonials-save = Gem valget
agency-title = Alle virksomheder
agency-business = Virksomhed
agency-total = Alle virksomheder samlet
agency-negative = 1-2 stjerner
agency-replied = Besvaret
agency-zone = Bedømmelseszone
agency-trend = Gennemsnitlige stjerner pr. måned
agency-sparkline = Gennemsnitlige stjerner pr. måned: { $business }
agency-sparkline-desc = Gennemsnitlige stjerner for hver måned i perioden.
zone-too-few-reviews = for få anmeldelser
zone-low = lav
zone-below-peak = under tillidszonen
zone-trusted = tillidszonen (4,2-4,7)
zone-too-perfect = for perfekt (over 4,7)
report-read-review = Læs anmeldelsen
