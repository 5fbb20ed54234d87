# Candor interface text, Norwegian Bokmål (translated from the English reference locale).
# Every other locale under locales/ carries exactly the same message ids;
# a test checks that. Reviews themselves are never translated.

## Layout

site-name = Candor
site-tagline = Ærlige anmeldelser, besvart offentlig.
nav-businesses = Bedrifter
nav-dashboard = Oversikt
nav-login = Innlogging for ansatte
nav-logout = Logg ut
locale-label = Språk
locale-submit = Bytt
footer-note = Anmeldelser vises på språket de ble skrevet på. Ingen bedrift kan skjule en anmeldelse.
skip-to-content = Gå til innholdet

## Directory

directory-title = Bedrifter
directory-empty = Det finnes ingen bedrifter ennå.
review-count = { $count ->
    [one] { $count } anmeldelse
   *[other] { $count } anmeldelser
}

## Business page

score-label = Candor-score
score-out-of = av 5
score-how = Slik beregnes scoren
mean-line = Enkelt gjennomsnitt { $mean } basert på { $count ->
    [one] én anmeldelse
   *[other] { $count } anmeldelser
}
no-reviews-yet = Ingen anmeldelser ennå. Bli den første til å skrive en.
distribution-title = Alle vurderinger
distribution-row = { $stars ->
    [one] 1 stjerne
   *[other] { $stars } stjerner
}
distribution-filter = Vis bare { $stars }-stjerners anmeldelser
spotlight-title = Les begge sider
spotlight-critical = Mest nyttige kritiske anmeldelse
spotlight-positive = Mest nyttige positive anmeldelse
spotlight-none-critical = Ingen kritiske anmeldelser (1 til 3 stjerner) ennå.
spotlight-none-positive = Ingen positive anmeldelser (4 eller 5 stjerner) ennå.
reviews-title = Anmeldelser
filter-stars = Stjerner
filter-language = Språk
filter-replied = Svar
filter-sort = Sorter etter
filter-all = Alle
filter-replied-yes = Besvart
filter-replied-no = Ikke besvart
sort-newest = Nyeste
sort-helpful = Mest nyttige
filter-apply = Bruk
filter-reset = Tilbakestill filtre
reviews-none-match = Ingen anmeldelser samsvarer med disse filtrene.
page-next = Neste side
page-first = Første side

## A review

stars-aria = { $stars ->
    [one] Vurdert til 1 av 5 stjerner
   *[other] Vurdert til { $stars } av 5 stjerner
}
review-by = Av { $name }
review-written = Skrevet { $date }
review-experienced = Dato for opplevelsen: { $date }
review-language = Språk: { $language }
review-edited = Redigert
review-see-history = Se alle versjoner
helpful-button = Nyttig
helpful-count = { $count ->
    [0] Ingen har markert dette som nyttig ennå
    [one] Én person syntes dette var nyttig
   *[other] { $count } personer syntes dette var nyttig
}
helpful-thanks = Takk, stemmen din er registrert.
helpful-already = Du har allerede markert denne anmeldelsen som nyttig.
reply-from = Svar fra { $business }
reply-edited = Svar redigert
review-permalink = Lenke til denne anmeldelsen
review-removed = Denne anmeldelsen er fjernet av moderatorene. Begrunnelse: { $reason }
review-pending = Denne anmeldelsen venter på moderering.

## Writing a review

write-title = Skriv en anmeldelse
write-intro = Anmeldelsen din publiseres slik du skriver den. Du får en privat lenke som du kan bruke til å redigere den senere; tidligere versjoner forblir synlige.
field-rating = Vurdering
field-title = Tittel (valgfritt)
field-body = Anmeldelsen din
field-author-name = Navnet ditt (vises offentlig)
field-author-email = E-postadressen din (vises aldri)
field-language = Språket i anmeldelsen (valgfritt)
field-language-unset = Ikke oppgitt
field-experienced-on = Dato for opplevelsen (valgfritt)
write-submit = Publiser anmeldelse
form-error = Sjekk anmeldelsen din: { $problem }
thanks-title = Takk for anmeldelsen din
thanks-published = Anmeldelsen din er publisert.
thanks-keep-link = Ta vare på denne private lenken, så kan du redigere anmeldelsen senere. Alle som har lenken, kan redigere anmeldelsen, så ikke del den med andre.
thanks-edit-link = Rediger anmeldelsen min
thanks-back = Tilbake til { $business }

## Editing a review

edit-title = Rediger anmeldelsen din
edit-intro = Når du lagrer, opprettes en ny versjon. Tidligere versjoner forblir synlige i anmeldelsens historikk.
edit-submit = Lagre endringer
edit-saved = Endringene dine er lagret.
edit-bad-link = Denne redigeringslenken er ikke gyldig.
history-title = Historikk
history-version = Versjon { $revision }, { $date }
reply-history-title = Historikk for svaret

## Field problems (by field and code)

problem-field-rating = vurdering
problem-field-title = tittel
problem-field-body = anmeldelsestekst
problem-field-author_name = navn
problem-field-author_email = e-postadresse
problem-field-language = språk
problem-field-experienced_on = dato for opplevelsen
problem-field-stars = stjerner
problem-field-sort = sortering
problem-field-replied = svarfilter
problem-field-cursor = side
problem-field-email = e-postadresse
problem-field-name = navn
problem-required = feltet «{ $field }» er ikke fylt ut.
problem-too_long = feltet «{ $field }» er for langt.
problem-out_of_range = feltet «{ $field }» er utenfor det tillatte området.
problem-invalid_email = feltet «{ $field }» er ikke en gyldig adresse.
problem-invalid_language = feltet «{ $field }» er ikke en språkkode.
problem-invalid_date = feltet «{ $field }» er ikke en gyldig dato.
problem-control_characters = feltet «{ $field }» inneholder usynlige kontrolltegn.
problem-other = feltet «{ $field }» er ikke gyldig.

## The score explained

score-page-title = Slik beregnes scoren til { $business }
score-intro = Candor-scoren er et bayesiansk gjennomsnitt av de publiserte anmeldelsene, der nyere anmeldelser teller mer. Hvem som helst kan regne den ut på nytt fra tallene nedenfor.
score-formula-title = Formelen
score-prior = Alle bedrifter starter som om de allerede hadde { $count } anmeldelser med { $mean } stjerner (a priori-verdien). Slik hopper ikke en bedrift med bare noen få anmeldelser rett til 1 eller 5 stjerner.
score-recency = En anmeldelse teller mindre jo eldre den blir: Vekten halveres hver { $days }. dag. En anmeldelse skrevet i dag veier 1, en som ble skrevet for { $days } dager siden, veier 0,5.
score-table-stars = Stjerner
score-table-count = Anmeldelser
score-table-weight = Samlet vekt
score-working = ({ $prior_count } × { $prior_mean } + { $weighted_sum }) ÷ ({ $prior_count } + { $weighted_count }) = { $score }
score-mean-note = Det enkle gjennomsnittet av alle de { $count } publiserte anmeldelsene, uten a priori-verdi og vekting, er { $mean }.
score-no-low-hiding = Ingen bedrift kan skjule eller fjerne sine lave vurderinger; en anmeldelse regnes bare som fjernet når moderatorene har fjernet den med en oppgitt begrunnelse.
score-back = Tilbake til anmeldelsene

## Staff

login-title = Innlogging for ansatte
login-email = E-post
login-password = Passord
login-submit = Logg inn
login-failed = E-postadressen eller passordet er feil.
dashboard-title = Dine bedrifter
dashboard-empty = Organisasjonen din har ingen bedrifter ennå.
dashboard-unanswered = { $count ->
    [0] Alle anmeldelser er besvart.
    [one] Én anmeldelse mangler svar.
   *[other] { $count } anmeldelser mangler svar.
}
dashboard-queued = { $count ->
    [one] Én importert anmeldelse venter på kontroll.
   *[other] { $count } importerte anmeldelser venter på kontroll.
}
dashboard-public-page = Offentlig side
dashboard-reviews-title = Anmeldelser av { $business }
dashboard-show-unanswered = Vis bare ubesvarte
dashboard-show-all = Vis alle
reply-label = Offentlig svar
reply-submit-new = Publiser svar
reply-submit-edit = Oppdater svar
reply-saved = Svaret er lagret.
reply-public-note = Svar er offentlige og vises under anmeldelsen. Tidligere versjoner beholdes når du redigerer.
tokens-title = API-tokener
tokens-intro = Med tokener kan systemene dine bruke JSON-API-et på vegne av organisasjonen din. Send et token som «Authorization: Bearer TOKEN».
tokens-name = Navn på token
tokens-create = Opprett token
tokens-created = Kopier dette tokenet nå. Det vises bare én gang:
tokens-none = Ingen tokener ennå.
tokens-revoke = Tilbakekall
tokens-revoked = Tilbakekalt
tokens-created-at = Opprettet { $date }

## Errors

error-not-found-title = Ikke funnet
error-not-found = Vi fant ikke den siden.
error-forbidden = Du har ikke tillatelse til å gjøre dette.
error-internal = Noe gikk galt hos oss. Prøv igjen.
error-bad-request = Forespørselen kunne ikke forstås.

## Search and aspects on the public page
search-label = Søk i anmeldelsene
search-placeholder = Ord du vil søke etter, f.eks. levering
search-submit = Søk
filter-aspect = Tema
sort-relevance = Beste treff
search-results = { $count ->
    [one] Én anmeldelse samsvarer med søket.
   *[other] { $count } anmeldelser samsvarer med søket.
}
search-clear = Tøm søket
aspect-delivery = Levering
aspect-price = Pris og verdi
aspect-quality = Produktkvalitet
aspect-customer_service = Kundeservice
aspect-staff = Personale
aspect-communication = Kommunikasjon
aspect-waiting_time = Ventetid
aspect-returns = Retur og refusjon
aspect-website = Nettsted, app og bestilling
aspect-documentation = Dokumentasjon og bruksanvisninger
aspect-cleanliness = Renslighet
aspect-food = Mat

## Text analysis on the dashboard
analysis-positive = Positiv tekst
analysis-negative = Negativ tekst
analysis-neutral = Nøytral eller blandet tekst
analysis-mismatch = Stjerner og tekst stemmer ikke overens
analysis-language = Skrevet på { $language }
analysis-aspects = Temaer

## Topics: what sets critical reviews apart
topics-title = Hva som skiller kritiske anmeldelser fra de andre
topics-intro = Uttrykk som forekommer langt oftere i anmeldelser med 1–2 stjerner enn i anmeldelser med 4–5 stjerner, og omvendt, per språk.
topics-negative = I kritiske anmeldelser
topics-positive = I positive anmeldelser
topics-counts = { $negative } kritiske, { $positive } positive
topics-none = Det er ikke nok anmeldelser ennå til å si noe.
topics-by-aspect = Etter tema, på tvers av språk
topics-example = Eksempel
topics-link = Hva som skiller kritiske anmeldelser fra de andre

## Screening of reviews (trust and safety)
thanks-held = Anmeldelsen din må godkjennes av en moderator før den kan publiseres, fordi { $reasons }.
thanks-rejected = Anmeldelsen din ble ikke publisert fordi { $reasons }. Den er lagret, og en moderator kan fortsatt publisere den.
reason-link = den inneholder en lenke
reason-url_shortener = den inneholder en forkortet lenke
reason-phone_number = den inneholder et telefonnummer
reason-email_address = den inneholder en e-postadresse
reason-repeated_characters = den gjentar et tegn mange ganger
reason-shouting = den er skrevet med store bokstaver
reason-off_topic = en linje i den handler om noe annet enn bedriften
reason-blocked_term = den inneholder et blokkert uttrykk
reason-spam_model = den ser ut som spam
reason-honeypot = den ble sendt av et program

## Moderation, reports and transparency
nav-moderation = Moderering
moderation-title = Modereringskø
moderation-intro = Anmeldelser som er holdt tilbake av den automatiske kontrollen eller rapportert av lesere og bedrifter, eldste først. Ingen modererer anmeldelser fra sin egen organisasjon.
moderation-empty = Ingenting venter.
moderation-business = Bedrift: { $business }
moderation-spam-score = Spamscore { $score }
moderation-suspicion = Mistanke om koordinerte anmeldelser { $score }
moderation-suspicion-block = Mistanke om koordinerte anmeldelser { $score }, gruppe { $block }
moderation-flags = { $count ->
    [one] Én åpen rapport
   *[other] { $count } åpne rapporter
}
moderation-select = Velg
moderation-approve = Godkjenn valgte
moderation-reject = Avvis valgte
moderation-reject-reason = Begrunnelse for avvisning
moderation-done = { $count ->
    [one] Én anmeldelse er avgjort.
   *[other] { $count } anmeldelser er avgjort.
}
moderation-failed = { $count ->
    [one] Én anmeldelse kunne ikke avgjøres.
   *[other] { $count } anmeldelser kunne ikke avgjøres.
}
flag-reason-spam = Spam eller reklame
flag-reason-fake = Ikke en ekte opplevelse
flag-reason-offensive = Krenkende eller hatefull
flag-reason-personal_data = Personopplysninger
flag-reason-conflict_of_interest = Skrevet av bedriften, en ansatt eller en konkurrent
flag-reason-off_topic = Handler ikke om denne bedriften
flag-reason-other = Noe annet
flag-title = Rapporter denne anmeldelsen
flag-intro = En rapport skjuler ikke anmeldelsen: En moderator ser på den.
flag-reason = Hvorfor
flag-note = Merknad (valgfritt)
flag-submit = Send rapporten
flag-thanks = Takk. En moderator vil se på denne anmeldelsen.
transparency-link = Åpenhet om moderering
transparency-title = Åpenhet om moderering: { $business }
transparency-intro = Anmeldelser som er fjernet fra denne siden, og hvorfor, samt rapportene om anmeldelsene her. Ingenting slettes: Fjernede anmeldelser blir tatt vare på.
transparency-removed = Fjernede anmeldelser etter begrunnelse og stjerner
transparency-none-removed = Ingen anmeldelser er fjernet.
transparency-reason = Begrunnelse
transparency-total = Totalt
transparency-automatic = Avvist automatisk (spam, lenker, duplikater)
transparency-flags = Rapporter
transparency-none-flags = Ingen anmeldelser er rapportert.
transparency-raised-by = Rapportert av
transparency-outcome = Utfall
transparency-raised-consumer = Lesere
transparency-raised-business = Bedriften
transparency-status-open = Åpen
transparency-status-upheld = Tatt til følge
transparency-status-dismissed = Avvist
transparency-count = Antall
reason-duplicate = den samme teksten er publisert et annet sted
error-rate-limited = Du har sendt mange anmeldelser på kort tid. Prøv igjen senere.
reason-far_from_consensus = stjernene ligger langt fra det andre anmeldere gir
reason-burst = den kom i en plutselig bølge av anmeldelser med samme antall stjerner
reason-many_businesses = denne e-postadressen har anmeldt mange bedrifter med samme eier

## Respond: notifications and e-mails to staff
notification-escalation = En anmeldelse av { $business } har passert svarfristen
notification-negative_review = Ny anmeldelse med 1 eller 2 stjerner av { $business }
email-greeting = Hei { $name },
email-escalation-subject = { $business }: en anmeldelse med { $stars } stjerner venter på svar
email-escalation-body = Denne anmeldelsen av { $business } med { $stars } stjerner har ikke fått svar på mer enn { $hours } timer, fristen teamet ditt har satt. Taushet leses som samtykke: et kort, personlig svar teller fortsatt.
email-escalation-action = Les den og svar:
email-footer = Candor sender deg dette fordi du administrerer en virksomhet her. Du kan endre språket i disse e-postene på dashbordet ditt.
email-digest-subject = Din Candor-oversikt for { $date }
email-digest-intro = Dette skjedde de siste 24 timene:
email-digest-new = { $count ->
    [one] Én ny anmeldelse ({ $negative } med 1-2 stjerner)
   *[other] { $count } nye anmeldelser ({ $negative } med 1-2 stjerner)
}
email-digest-waiting = { $count ->
    [one] Én anmeldelse venter på svar ({ $negative } med 1-2 stjerner)
   *[other] { $count } anmeldelser venter på svar ({ $negative } med 1-2 stjerner)
}
email-digest-overdue = { $count ->
    [one] Én av dem har passert fristen
   *[other] { $count } av dem har passert fristen
}

## Respond: dashboard
notifications-title = { $count ->
    [0] Varsler
    [one] Varsler (ett ulest)
   *[other] Varsler ({ $count } uleste)
}
notifications-none = Ingen varsler ennå.
respond-title = Svar (siste 90 dager)
respond-rate = Svarandel: { $all } av alle anmeldelser, { $negative } av anmeldelser med 1-2 stjerner
respond-median = Mediantid til første svar: { $all } t (1-2 stjerner: { $negative } t)
respond-overdue = { $count ->
    [0] Ingen anmeldelse har passert svarfristen.
    [one] Én anmeldelse har passert svarfristen og er eskalert.
   *[other] { $count } anmeldelser har passert svarfristen og er eskalert.
}
respond-deadlines = Svarfrister:
respond-deadline-negative = { $count ->
    [one] 1-2 stjerner innen én time
   *[other] 1-2 stjerner innen { $count } timer
}
respond-deadline-mixed = { $count ->
    [one] 3 stjerner innen én time
   *[other] 3 stjerner innen { $count } timer
}
respond-deadline-positive = { $count ->
    [one] 4-5 stjerner innen én time
   *[other] 4-5 stjerner innen { $count } timer
}
respond-waiting = Venter på svar (1-2 stjerner først, deretter de eldste)
respond-waiting-none = Alle anmeldelser har fått svar.
respond-overdue-since = forsinket siden { $date }
respond-due = frist { $date }

## Recovery cases
case-question = Hva skal til for at du blir fornøyd?
case-email-subject = { $business } ønsker å gjøre det godt igjen
case-email-intro = { $business } har lest anmeldelsen din og skrevet til deg via Candor:
case-email-answer = Svar privat via denne lenken (svar på denne e-posten blir ikke lest):
case-email-footer = Candor formidler denne meldingen på vegne av bedriften, som ikke ser e-postadressen din. Du trenger ikke å svare, og du blir aldri bedt om å endre anmeldelsen din.
notification-case_answer = En anmelder har svart privat om anmeldelsen sin av { $business }
review-updated-after-response = Oppdatert etter svar fra bedriften
case-page-title = Samtalen din med { $business }
case-your-review = Anmeldelsen din
case-conversation = Samtale
case-from-you = Deg
case-no-messages = Ingen meldinger ennå.
case-answer = Svaret ditt
case-send = Send
case-ended = Denne samtalen er avsluttet.
case-update-title = Oppdater anmeldelsen din
case-update-free = Du står fritt til å la anmeldelsen din stå som den er. Ingenting { $business } tilbyr, avhenger av den, og Candor vil aldri be deg om å endre eller fjerne den.
case-update-save = Lagre oppdateringen
case-updated = Anmeldelsen din er oppdatert. Tidligere versjoner blir værende i historikken.
case-answer-sent = Svaret ditt er sendt.
cases-title = Oppfølgingssaker
cases-none = Ingen oppfølgingssaker ennå.
cases-threshold = En anmeldelse med { $stars } stjerner eller færre åpner en sak når den kommer inn.
cases-threshold-never = Saker åpnes bare manuelt.
case-title = Oppfølgingssak
case-open-on-review = Åpne en oppfølgingssak
case-no-pressure = Candor ber aldri en anmelder om å endre eller fjerne anmeldelsen sin, og en kompensasjon må aldri avhenge av det. Anmelderens e-postadresse forblir privat: Meldingene dine når fram via Candor.
case-state = Status
case-state-open = åpen
case-state-contacted = kontaktet
case-state-remedy_offered = kompensasjon tilbudt
case-state-resolved = løst
case-state-not_resolved = ikke løst
case-state-closed_without_contact = lukket uten kontakt
case-assignee = Tildelt
case-nobody = ingen
case-assign = Tildel
case-next-step = Neste steg
case-action-contact = Kontakt anmelderen
case-action-offer_remedy = Tilby kompensasjon
case-action-resolve = Merk som løst
case-action-mark_not_resolved = Merk som ikke løst
case-action-close_without_contact = Lukk uten kontakt
case-message = Melding til anmelderen
case-note = Internt notat
case-add-note = Legg til notat
case-send-message = Send melding
case-remedy = Kompensasjon
case-remedy-type = Type
case-remedy-value = Verdi (i minste myntenhet, f.eks. øre)
case-remedy-order-value = Ordreverdi (i minste myntenhet)
case-remedy-currency = Valuta
remedy-refund = refusjon
remedy-replacement = erstatningsvare
remedy-gift_card = gavekort
remedy-apology = unnskyldning
remedy-other = annet
case-history = Historikk
case-event-opened = Sak åpnet
case-event-step = Status endret
case-event-note = Notat
case-event-assigned = Tildeling endret
case-event-message = Melding sendt til anmelderen
case-event-answer = Anmelderen svarte
case-automatic = automatisk
case-rating-at-open = { $stars } stjerner da saken ble åpnet
recovery-summary = Andel vunnet tilbake: { $rate } ({ $resolved } av { $ended } avsluttede samtaler). Mediantid til løsning: { $hours } t. Anmeldelser oppdatert etter svar fra bedriften: { $updated }.
recovery-summary-empty = Ingen avsluttede samtaler ennå.
case-pending = e-post ikke sendt ennå

## Reply help and incidents
notification-incident = Flere negative anmeldelser av { $business } om samme tema: En hendelse er åpnet
draft-greeting = Hei { $name },
draft-negative = Takk for at du sier ifra. Vi beklager at vi har skuffet deg.
draft-mixed = Takk for anmeldelsen din. Den hjelper oss å se hva som fungerer, og hva som ikke gjør det.
draft-positive = Tusen takk for den fine anmeldelsen din!
draft-praised = Det gleder oss at du satte pris på dette: { $aspects }.
draft-criticised = Det er leit at noe gikk galt ({ $aspects }), og vi ser nærmere på det.
draft-make-right = Vi ønsker å gjøre det godt igjen og tar kontakt med deg privat.
draft-closing = Vennlig hilsen { $business }
draft-link = Foreslå et svar
draft-title = Forslag til svar
draft-hint = Et forslag basert på stjernene og temaene i anmeldelsen eller på din egen mal: Les det og gjør det til ditt eget før du publiserer det.
incidents-title = Hendelser
incidents-none = Ingen åpne hendelser.
incident-row = { $aspect }: { $count } negative anmeldelser siden { $date }
case-review = Anmeldelse
incident-title = Hendelse
incident-closed = lukket
incident-policy = Kompensasjonspolicy
incident-reply-hint = Ett svar på hver ubesvarte anmeldelse i denne hendelsen, på anmeldelsens eget språk. {"{"}name{"}"} blir til hver anmelders navn; les og tilpass teksten før du sender.
incident-reply-in = Svar på
incident-reply-submit = Svar alle
incident-close = Lukk hendelsen
screening-publish = Kontroll: publisert (spampoeng { $score })
screening-hold = Kontroll: holdt tilbake for moderering (spampoeng { $score })
screening-reject = Kontroll: avvist (spampoeng { $score })

# Invitations and how a review was collected
invite-email-subject = { $business } vil gjerne ha vurderingen din
invite-email-reminder-subject = En påminnelse: { $business } vil gjerne ha vurderingen din
invite-email-greeting-anonymous = Hei,
invite-email-intro = Takk for bestillingen hos { $business }. Hvordan var det? Skriv en vurdering via denne personlige lenken:
invite-email-intro-product = Takk for bestillingen hos { $business } ({ $product }). Hvordan var det? Skriv en vurdering via denne personlige lenken:
invite-email-honest = Alle kunder får denne invitasjonen. Si hva du egentlig mener, godt eller dårlig: vurderingen din publiseres uansett.
invite-email-footer = Candor sender denne invitasjonen for bedriften. Lenken virker én gang, for én vurdering.
invite-email-unsubscribe = Vil du ikke ha invitasjoner fra denne bedriften? { $link }
invite-page-title = Vurder { $business }
invite-page-intro = { $business } inviterte deg etter bestillingen. Vurderingen din merkes som invitert.
invite-used = Denne invitasjonen er brukt. Takk for vurderingen.
invite-unusable = Denne invitasjonen kan ikke lenger brukes.
invite-unsubscribe-title = Ingen flere invitasjoner
invite-unsubscribe-confirm = Stoppe alle invitasjoner til vurderinger fra { $business } til denne adressen?
invite-unsubscribe-button = Stopp invitasjoner
invite-unsubscribed = { $business } vil ikke invitere deg til å skrive en vurdering igjen.
collection-invited = Invitert (bekreftet bestilling)
collection-organic = Uoppfordret
collection-imported = Importert fra { $source }
invitations-title = Invitasjoner til vurderinger
invitations-no-gating = Alle kunder du laster opp, blir invitert, uansett hva de måtte mene: Candor lar ingen velge hvem som spørres etter hvordan de trolig vil vurdere. Hver får én e-post og høyst én påminnelse, og kan melde seg av.
invitations-figures = De siste 90 dagene
invitations-uploaded-count = Opplastede kunder
invitations-sent = Sendte invitasjoner
invitations-opened = Åpnede lenker
invitations-reminded = Sendte påminnelser
invitations-reviewed = Skrevne vurderinger
invitations-unsubscribed-count = Avmeldt
invitations-bounced = Kunne ikke leveres
invitations-propensity-invited = Inviterte som skrev vurdering
invitations-propensity-organic = Kunder som vurderte uoppfordret
invitations-upload = Last opp kunder
invitations-upload-help = CSV med overskriftsrad: email og order_ref, og ellers name, order_date, language, product
invitations-upload-submit = Planlegg invitasjoner
invitations-upload-done = { $scheduled } invitasjoner planlagt; { $already } bestillinger var lastet opp før; { $unsubscribed } adresser hadde meldt seg av.
invitations-settings = Tidspunkt
invitations-delay = Timer etter bestillingen
invitations-reminder = Timer til den ene påminnelsen (0: ingen)
invitations-save = Lagre
invitations-recent = Nyeste invitasjoner
invitations-state-scheduled = planlagt
invitations-state-sent = sendt
invitations-state-reviewed = vurdert
invitations-state-unsubscribed = avmeldt
invitations-state-bounced = ikke levert

# Innsikt (#7): oversikt, gjenoppretting i tall, løfter, rotårsaker, rapporter, kundeuttalelser
field-testimonial-consent = Bedriften får sitere denne anmeldelsen på sitt eget nettsted (valgfritt)
insights-title = Innsikt: { $business }
insights-nav-reviews = Anmeldelser
insights-nav-dashboard = Innsikt
insights-nav-economics = Gjenoppretting i tall
insights-nav-promises = Løfter
insights-nav-causes = Rotårsaker
insights-nav-report = Rapport
insights-nav-testimonials = Kundeuttalelser
insights-nav-agency = Alle bedrifter
insights-from = Fra
insights-to = Til
insights-all-languages = Alle språk
insights-period = Periode
insights-period-month = Måned
insights-period-week = Uke
insights-apply = Vis
insights-backlog = Tallene oppdateres fortsatt: { $reviews } anmeldelser gjenstår å lese.
insights-no-data = Ingen data for denne perioden.
insights-score-title = Score
insights-summary = { $reviews } anmeldelser i perioden, gjennomsnittlig { $mean } stjerner ({ $all } anmeldelser fram til periodens slutt teller med i scoren).
insights-trend-title = Score og gjennomsnittlige stjerner over tid
insights-trend-desc = Score og gjennomsnittlige stjerner over { $periods } perioder; scoren ved slutten er { $score }.
insights-series-score = Score
insights-series-mean = Gjennomsnittlige stjerner
insights-distribution-title = Anmeldelser etter stjerner over tid
insights-distribution-desc = { $reviews } anmeldelser i perioden, stablet etter stjerner.
insights-table = Tallene som tabell
insights-reviews = Anmeldelser
insights-responses-title = Svar og oppfølging
insights-aspects-title = Temaer etter andel negative omtaler
insights-aspects-desc = { $aspects } temaer, de mest negative først; markøren viser endringen fra forrige periode.
insights-aspect-value = { $negative } av { $mentions } negative
insights-incident = { $aspect }: { $reviews } negative anmeldelser
report-stars = { $stars } ★
perfection-too-few-reviews = Færre enn 10 anmeldelser i perioden: for få til å si hvordan leserne oppfatter vurderingen.
perfection-low = Et gjennomsnitt på { $mean } stjerner: leserne kjøper neppe. Ta først tak i det klagene nevner.
perfection-below-peak = Et gjennomsnitt på { $mean } stjerner: under sonen fra 4,2 til 4,7, der leserne er mest tilbøyelige til å kjøpe.
perfection-trusted = Et gjennomsnitt på { $mean } stjerner: i sonen fra 4,2 til 4,7, der leserne er mest tilbøyelige til å kjøpe.
perfection-too-perfect = Et gjennomsnitt på { $mean } stjerner: over 4,7, der forskning viser at leserne stoler mindre på en vurdering. Ikke skjul kritiske anmeldelser; svar på dem.
perfection-flag-no-critical-reviews = Nesten ingen kritiske anmeldelser: leserne ser etter dem for å vurdere om de kan leve med svakhetene, og mistror en profil helt uten.
perfection-flag-almost-all-five-stars = Mer enn 9 av 10 anmeldelser gir 5 stjerner: leserne kan oppfatte profilen som håndplukket.
segments-title = Ambassadører, kritikere og likegyldige
segments-ambassadors = Ambassadører
segments-detractors = Kritikere
segments-counts = { $ambassadors } ambassadører (engasjerte og positive), { $detractors } kritikere (engasjerte og negative), { $indifferent } likegyldige.
segments-reach = Muntlig omtale: kritikere forteller det til rundt { $dlow } til { $dhigh } personer, ambassadører til { $alow } til { $ahigh }.
segments-unhappy-tell = Personer en misfornøyd kunde forteller det til
segments-happy-tell = Personer en fornøyd kunde forteller det til
segments-reach-note = Bare anmeldere telles. Misfornøyde kunder forteller det til 9 til 15 andre (White House Office of Consumer Affairs, slik kildeartikkelen siterer det); tallet 4 til 6 for fornøyde kunder er en antakelse: legg inn ditt eget.
economics-title = Gjenoppretting i tall
economics-headline = Det trengs rundt { $experiences } gode kundeopplevelser for å veie opp for én dårlig anmeldelse.
economics-explanation = Etter én anmeldelse med { $bad } stjerner holder { $reviews } anmeldelser med { $good } stjerner gjennomsnittet over { $target } (nøyaktig balanse: { $balance } per dårlig anmeldelse). Bare { $happy } av de fornøyde kundene skriver en anmeldelse, mens { $unhappy } av de misfornøyde gjør det.
economics-debt = For å nå { $target }: { $reviews } gode anmeldelser til, rundt { $experiences } gode kundeopplevelser.
economics-headroom = Gjennomsnittet er { $target } eller høyere: det tåler { $bad } dårlige anmeldelser til og holder seg likevel der.
economics-input = Parameter
economics-value = Verdi
economics-source = Kilde
economics-source-seed = standard (artikel, docs/insights.md)
economics-source-measured = målt fra anmeldelsene og invitasjonene dine
economics-source-given = satt av deg
economics-input-target = Målscore
economics-input-happy-review-probability = Andel fornøyde kunder som skriver anmeldelse
economics-input-unhappy-review-probability = Andel misfornøyde kunder som skriver anmeldelse
economics-input-happy-stars = Stjerner fra en fornøyd kunde
economics-input-unhappy-stars = Stjerner fra en misfornøyd kunde
economics-input-invited-review-probability = Andel inviterte kunder som skriver anmeldelse
economics-input-recover-share = Andel misfornøyde kunder som vinnes tilbake
economics-input-cut-negative-share = Reduksjon i dårlige opplevelser
economics-scenarios-title = Hva om
economics-scenario = Scenario
economics-mean-after = Forventede gjennomsnittlige stjerner ved slutten
economics-scenario-baseline = Som nå
economics-scenario-invite = Inviter alle kunder ({ $rate } skriver anmeldelse)
economics-scenario-recover = Vinn tilbake { $share } av de misfornøyde kundene
economics-scenario-cut = { $share } færre dårlige opplevelser
economics-chart-title = Forventede gjennomsnittlige stjerner måned for måned
economics-chart-desc = Forventede gjennomsnittlige stjerner de neste { $months } månedene i hvert scenario.
economics-model-note = Forventede verdier ut fra dagens fordeling og parameterne over, ikke en prognose. Formlene står i docs/insights.md.
promises-title = Løfter: { $business }
promises-intro = Hva markedsføringen din lover, og hva anmeldelsene sier om det, på alle språk.
promises-none = Ingen løfter ennå.
promise-concepts = Søkte etter: { $concepts }
promise-scanning = Går gjennom de tidligere anmeldelsene dine for dette løftet…
promise-verdict = Holdt i { $kept } anmeldelser, brutt i { $broken }, uklart i { $unclear }: holdt i { $share } av tilfellene.
promise-kept = Holdt
promise-broken = Brutt
promise-unclear = Uklart
promise-archive = Arkiver
promise-add = Legg til et løfte
promise-text = Løfte
promise-keywords = Søkeord per språk (valgfritt), én linje per språk, f.eks. «de: finanzierung, genehmig*»
stage-before-purchase = Før kjøpet
stage-ordering = Bestilling
stage-delivery = Levering
stage-use = Bruk
stage-support = Kundestøtte
stage-returns = Retur
causes-title = Rotårsaker: { $business }
causes-complaints = { $complaints } klager (1-2 stjerner) i perioden.
causes-stages-title = Klager etter fase i kundereisen
causes-stage = Fase
causes-complaints-now = Klager
causes-complaints-before = Forrige periode
causes-paths-title = Hvor problemene starter og slutter
causes-paths-hint = Den første og den siste fasen en klage nevner.
causes-starts = Starter i
causes-ends = Slutter i
causes-matrix-title = Temaer etter fase
education-title = Kunnskapshull
education-intro = Klager fra kunder som er usikre på hvordan noe skal fungere: kandidater til en FAQ-oppføring eller bedre dokumentasjon.
education-none = Ingen klager av denne typen i perioden.
education-complaints = { $complaints } klager
education-topic-product = Produktet
education-question-did-not-know = { $topic }: Hva bør kundene vite før de begynner?
education-question-how-to = { $topic }: Hvordan bruker jeg det?
education-question-is-it-normal = { $topic }: Er dette normalt?
education-question-expectation = { $topic }: Hvordan er det ment å fungere?
education-question-unclear-instructions = { $topic }: tydeligere bruksanvisning
report-title = { $business }: rapport { $from } til { $to }
report-summary = Candor-score { $score } · { $reviews } anmeldelser i perioden · gjennomsnittlig { $mean } stjerner
report-trend = Score over tid
report-distribution = Anmeldelser etter stjerner
report-responses = Svar og oppfølging
report-praise = Mest rost
report-complaints = Mest kritisert
report-quotes-positive = Mest nyttige positive anmeldelser
report-quotes-critical = Mest nyttige kritiske anmeldelser
report-aspect = { $aspect }: { $negative } av { $mentions } omtaler negative ({ $share })
report-footer = Laget med Candor. Alle tall kan regnes ut på nytt fra anmeldelsene; formlene er publisert.
report-pdf = Last ned som PDF
report-share-title = Del denne rapporten
report-share = Lag en delingslenke
report-share-made = Alle som har denne lenken, kan lese rapporten (kopier den nå, den vises bare én gang):
report-link-revoked = tilbakekalt
report-link-revoke = Tilbakekall
testimonials-title = Kundeuttalelser: { $business }
testimonials-intro = Anmeldelser der forfatteren har sagt ja til å bli sitert på ditt eget nettsted. Velg hvilke som skal vises, og eksporter dem som HTML eller JSON.
testimonials-chosen = { $count } valgt
testimonials-export-html = Eksporter som HTML
testimonials-export-json = Eksporter som JSON
testimonials-none = Ingen anmeldere har sagt ja til å bli sitert ennå.
testimonials-save = Lagre utvalget
agency-title = Alle bedrifter
agency-business = Bedrift
agency-total = Alle bedrifter samlet
agency-negative = 1-2 stjerner
agency-replied = Besvart
agency-zone = Vurderingssone
agency-trend = Gjennomsnittlige stjerner per måned
agency-sparkline = Gjennomsnittlige stjerner per måned: { $business }
agency-sparkline-desc = Gjennomsnittlige stjerner for hver måned i perioden.
zone-too-few-reviews = for få anmeldelser
zone-low = lav
zone-below-peak = under tillitssonen
zone-trusted = tillitssonen (4,2-4,7)
zone-too-perfect = for perfekt (over 4,7)
report-read-review = Les anmeldelsen
