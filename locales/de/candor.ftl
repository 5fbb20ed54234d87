# Candor interface text, German (translated from the English reference locale).
# Every other locale under locales/ carries exactly the same message ids;
# a test checks that. Reviews themselves are never translated.

## Layout

site-name = Candor
site-tagline = Ehrliche Bewertungen, öffentlich beantwortet.
nav-businesses = Unternehmen
nav-dashboard = Dashboard
nav-login = Anmeldung für Mitarbeitende
nav-logout = Abmelden
locale-label = Sprache
locale-submit = Ändern
footer-note = Bewertungen werden in der Sprache angezeigt, in der sie verfasst wurden. Kein Unternehmen kann eine Bewertung verbergen.
skip-to-content = Zum Inhalt springen

## Directory

directory-title = Unternehmen
directory-empty = Es gibt noch keine Unternehmen.
review-count = { $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
}

## Business page

score-label = Candor-Score
score-out-of = von 5
score-how = So wird der Score berechnet
mean-line = Einfacher Durchschnitt { $mean } aus { $count ->
    [one] einer Bewertung
   *[other] { $count } Bewertungen
}
no-reviews-yet = Noch keine Bewertungen. Schreiben Sie die erste.
distribution-title = Alle Sternebewertungen
distribution-row = { $stars ->
    [one] 1 Stern
   *[other] { $stars } Sterne
}
distribution-filter = Nur Bewertungen mit { $stars } von 5 Sternen anzeigen
spotlight-title = Beide Seiten lesen
spotlight-critical = Hilfreichste kritische Bewertung
spotlight-positive = Hilfreichste positive Bewertung
spotlight-none-critical = Noch keine kritischen Bewertungen (1 bis 3 Sterne).
spotlight-none-positive = Noch keine positiven Bewertungen (4 oder 5 Sterne).
reviews-title = Bewertungen
filter-stars = Sterne
filter-language = Sprache
filter-replied = Antwort
filter-sort = Sortieren nach
filter-all = Alle
filter-replied-yes = Beantwortet
filter-replied-no = Nicht beantwortet
sort-newest = Neueste
sort-helpful = Hilfreichste
filter-apply = Anwenden
filter-reset = Filter zurücksetzen
reviews-none-match = Keine Bewertungen entsprechen diesen Filtern.
page-next = Nächste Seite
page-first = Erste Seite

## A review

stars-aria = { $stars ->
    [one] Bewertet mit 1 von 5 Sternen
   *[other] Bewertet mit { $stars } von 5 Sternen
}
review-by = Von { $name }
review-written = Verfasst am { $date }
review-experienced = Datum der Erfahrung: { $date }
review-language = Sprache: { $language }
review-edited = Bearbeitet
review-see-history = Alle Versionen ansehen
helpful-button = Hilfreich
helpful-count = { $count ->
    [0] Bisher hat niemand dies als hilfreich markiert
    [one] Eine Person fand dies hilfreich
   *[other] { $count } Personen fanden dies hilfreich
}
helpful-thanks = Vielen Dank, Ihre Stimme wurde gezählt.
helpful-already = Sie haben diese Bewertung bereits als hilfreich markiert.
reply-from = Antwort von { $business }
reply-edited = Antwort bearbeitet
review-permalink = Link zu dieser Bewertung
review-removed = Diese Bewertung wurde von der Moderation entfernt. Grund: { $reason }
review-pending = Diese Bewertung wartet auf die Freigabe durch die Moderation.

## Writing a review

write-title = Bewertung schreiben
write-intro = Ihre Bewertung wird so veröffentlicht, wie Sie sie schreiben. Sie erhalten einen privaten Link, mit dem Sie sie später bearbeiten können; frühere Versionen bleiben sichtbar.
field-rating = Sternebewertung
field-title = Titel (optional)
field-body = Ihre Bewertung
field-author-name = Ihr Name (öffentlich sichtbar)
field-author-email = Ihre E-Mail-Adresse (wird nie angezeigt)
field-language = Sprache Ihrer Bewertung (optional)
field-language-unset = Keine Angabe
field-experienced-on = Datum der Erfahrung (optional)
write-submit = Bewertung veröffentlichen
form-error = Bitte überprüfen Sie Ihre Bewertung: { $problem }
thanks-title = Vielen Dank für Ihre Bewertung
thanks-published = Ihre Bewertung ist veröffentlicht.
thanks-keep-link = Bewahren Sie diesen privaten Link auf, um Ihre Bewertung später zu bearbeiten. Jede Person mit diesem Link kann die Bewertung bearbeiten – geben Sie ihn daher nicht weiter.
thanks-edit-link = Meine Bewertung bearbeiten
thanks-back = Zurück zu { $business }

## Editing a review

edit-title = Ihre Bewertung bearbeiten
edit-intro = Beim Speichern wird eine neue Version angelegt. Frühere Versionen bleiben im Verlauf der Bewertung sichtbar.
edit-submit = Änderungen speichern
edit-saved = Ihre Änderungen wurden gespeichert.
edit-bad-link = Dieser Bearbeitungslink ist ungültig.
history-title = Verlauf
history-version = Version { $revision }, { $date }
reply-history-title = Verlauf der Antwort

## Field problems (by field and code)

problem-field-rating = Sternebewertung
problem-field-title = Titel
problem-field-body = Bewertungstext
problem-field-author_name = Name
problem-field-author_email = E-Mail-Adresse
problem-field-language = Sprache
problem-field-experienced_on = Datum der Erfahrung
problem-field-stars = Sterne
problem-field-sort = Sortierung
problem-field-replied = Antwortfilter
problem-field-cursor = Seite
problem-field-email = E-Mail-Adresse
problem-field-name = Name
problem-required = die Angabe „{ $field }“ fehlt.
problem-too_long = die Angabe „{ $field }“ ist zu lang.
problem-out_of_range = die Angabe „{ $field }“ liegt außerhalb des zulässigen Bereichs.
problem-invalid_email = die Angabe „{ $field }“ ist keine gültige Adresse.
problem-invalid_language = die Angabe „{ $field }“ ist kein Sprachcode.
problem-invalid_date = die Angabe „{ $field }“ ist kein gültiges Datum.
problem-control_characters = die Angabe „{ $field }“ enthält unsichtbare Steuerzeichen.
problem-other = die Angabe „{ $field }“ ist ungültig.

## The score explained

score-page-title = So wird der Score von { $business } berechnet
score-intro = Der Candor-Score ist ein bayesscher Durchschnitt der veröffentlichten Bewertungen, bei dem neuere Bewertungen stärker gewichtet werden. Alle können ihn anhand der folgenden Zahlen nachrechnen.
score-formula-title = Die Formel
score-prior = Jedes Unternehmen startet so, als hätte es bereits { $count } Bewertungen mit { $mean } Sternen (der A-priori-Wert). So springt ein Unternehmen mit nur wenigen Bewertungen nicht sofort auf 1 oder 5 Sterne.
score-recency = Eine Bewertung zählt mit zunehmendem Alter weniger: Ihr Gewicht halbiert sich alle { $days } Tage. Eine heute verfasste Bewertung hat das Gewicht 1, eine vor { $days } Tagen verfasste das Gewicht 0,5.
score-table-stars = Sterne
score-table-count = Bewertungen
score-table-weight = Gesamtgewicht
score-working = ({ $prior_count } × { $prior_mean } + { $weighted_sum }) ÷ ({ $prior_count } + { $weighted_count }) = { $score }
score-mean-note = Der einfache Durchschnitt aller { $count } veröffentlichten Bewertungen, ohne A-priori-Wert und Gewichtung, beträgt { $mean }.
score-no-low-hiding = Kein Unternehmen kann seine schlechten Bewertungen verbergen oder entfernen; als entfernt gilt eine Bewertung nur, wenn die Moderation sie mit Angabe eines Grundes entfernt hat.
score-back = Zurück zu den Bewertungen

## Staff

login-title = Anmeldung für Mitarbeitende
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-failed = E-Mail-Adresse oder Passwort ist falsch.
dashboard-title = Ihre Unternehmen
dashboard-empty = Ihre Organisation hat noch keine Unternehmen.
dashboard-unanswered = { $count ->
    [0] Alle Bewertungen sind beantwortet.
    [one] Eine Bewertung ist noch unbeantwortet.
   *[other] { $count } Bewertungen sind noch unbeantwortet.
}
dashboard-queued = { $count ->
    [one] Eine importierte Bewertung wartet auf die Prüfung.
   *[other] { $count } importierte Bewertungen warten auf die Prüfung.
}
dashboard-public-page = Öffentliche Seite
dashboard-reviews-title = Bewertungen für { $business }
dashboard-show-unanswered = Nur unbeantwortete anzeigen
dashboard-show-all = Alle anzeigen
reply-label = Öffentliche Antwort
reply-submit-new = Antwort veröffentlichen
reply-submit-edit = Antwort aktualisieren
reply-saved = Antwort gespeichert.
reply-public-note = Antworten sind öffentlich und werden unter der Bewertung angezeigt. Beim Bearbeiten bleiben frühere Versionen erhalten.
tokens-title = API-Tokens
tokens-intro = Mit Tokens können Ihre Systeme die JSON-API im Namen Ihrer Organisation nutzen. Senden Sie ein Token als „Authorization: Bearer TOKEN“.
tokens-name = Name des Tokens
tokens-create = Token erstellen
tokens-created = Kopieren Sie dieses Token jetzt. Es wird nur einmal angezeigt:
tokens-none = Noch keine Tokens.
tokens-revoke = Widerrufen
tokens-revoked = Widerrufen
tokens-created-at = Erstellt am { $date }

## Errors

error-not-found-title = Nicht gefunden
error-not-found = Diese Seite konnten wir nicht finden.
error-forbidden = Dazu sind Sie nicht berechtigt.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.
error-bad-request = Die Anfrage konnte nicht verstanden werden.

## Search and aspects on the public page
search-label = Bewertungen durchsuchen
search-placeholder = Suchbegriffe, z. B. Lieferung
search-submit = Suchen
filter-aspect = Thema
sort-relevance = Beste Übereinstimmung
search-results = { $count ->
    [one] Eine Bewertung entspricht der Suche.
   *[other] { $count } Bewertungen entsprechen der Suche.
}
search-clear = Suche zurücksetzen
aspect-delivery = Lieferung
aspect-price = Preis und Leistung
aspect-quality = Produktqualität
aspect-customer_service = Kundenservice
aspect-staff = Personal
aspect-communication = Kommunikation
aspect-waiting_time = Wartezeit
aspect-returns = Rückgabe und Erstattung
aspect-website = Website, App und Bestellung
aspect-documentation = Dokumentation und Anleitungen
aspect-cleanliness = Sauberkeit
aspect-food = Essen

## Text analysis on the dashboard
analysis-positive = Positiver Text
analysis-negative = Negativer Text
analysis-neutral = Neutraler oder gemischter Text
analysis-mismatch = Sterne und Text passen nicht zusammen
analysis-language = Verfasst auf { $language }
analysis-aspects = Themen

## Topics: what sets critical reviews apart
topics-title = Was kritische Bewertungen unterscheidet
topics-intro = Wendungen, die in Bewertungen mit 1–2 Sternen weit häufiger vorkommen als in Bewertungen mit 4–5 Sternen, und umgekehrt – je Sprache.
topics-negative = In kritischen Bewertungen
topics-positive = In positiven Bewertungen
topics-counts = { $negative } kritische, { $positive } positive
topics-none = Noch nicht genügend Bewertungen für eine Aussage.
topics-by-aspect = Nach Thema, über alle Sprachen hinweg
topics-example = Beispiel
topics-link = Was kritische Bewertungen unterscheidet

## Screening of reviews (trust and safety)
thanks-held = Ihre Bewertung wird erst nach Freigabe durch die Moderation veröffentlicht, denn { $reasons }.
thanks-rejected = Ihre Bewertung wurde nicht veröffentlicht, denn { $reasons }. Sie bleibt gespeichert, und die Moderation kann sie dennoch veröffentlichen.
reason-link = sie enthält einen Link
reason-url_shortener = sie enthält einen gekürzten Link
reason-phone_number = sie enthält eine Telefonnummer
reason-email_address = sie enthält eine E-Mail-Adresse
reason-repeated_characters = sie wiederholt ein Zeichen sehr oft
reason-shouting = sie ist in Großbuchstaben geschrieben
reason-off_topic = eine Zeile darin hat nichts mit dem Unternehmen zu tun
reason-blocked_term = sie enthält einen gesperrten Begriff
reason-spam_model = sie liest sich wie Spam
reason-honeypot = sie wurde von einem Programm abgeschickt

## Moderation, reports and transparency
nav-moderation = Moderation
moderation-title = Warteschlange der Moderation
moderation-intro = Bewertungen, die bei der automatischen Prüfung zurückgehalten oder von Lesenden und Unternehmen gemeldet wurden, die ältesten zuerst. Niemand moderiert Bewertungen der eigenen Organisation.
moderation-empty = Derzeit wartet nichts.
moderation-business = Unternehmen: { $business }
moderation-spam-score = Spam-Score { $score }
moderation-suspicion = Verdacht auf koordinierte Bewertungen { $score }
moderation-suspicion-block = Verdacht auf koordinierte Bewertungen { $score }, Gruppe { $block }
moderation-flags = { $count ->
    [one] Eine offene Meldung
   *[other] { $count } offene Meldungen
}
moderation-select = Auswählen
moderation-approve = Ausgewählte freigeben
moderation-reject = Ausgewählte ablehnen
moderation-reject-reason = Grund für die Ablehnung
moderation-done = { $count ->
    [one] Über eine Bewertung wurde entschieden.
   *[other] Über { $count } Bewertungen wurde entschieden.
}
moderation-failed = { $count ->
    [one] Über eine Bewertung konnte nicht entschieden werden.
   *[other] Über { $count } Bewertungen konnte nicht entschieden werden.
}
flag-reason-spam = Spam oder Werbung
flag-reason-fake = Keine echte Erfahrung
flag-reason-offensive = Beleidigend oder hasserfüllt
flag-reason-personal_data = Personenbezogene Daten
flag-reason-conflict_of_interest = Verfasst vom Unternehmen, von Mitarbeitenden oder von der Konkurrenz
flag-reason-off_topic = Betrifft nicht dieses Unternehmen
flag-reason-other = Etwas anderes
flag-title = Diese Bewertung melden
flag-intro = Eine Meldung verbirgt die Bewertung nicht: Die Moderation sieht sie sich an.
flag-reason = Grund
flag-note = Anmerkung (optional)
flag-submit = Meldung senden
flag-thanks = Vielen Dank. Die Moderation wird sich diese Bewertung ansehen.
transparency-link = Transparenz der Moderation
transparency-title = Transparenz der Moderation: { $business }
transparency-intro = Von dieser Seite entfernte Bewertungen mit den Gründen dafür sowie die Meldungen zu ihren Bewertungen. Nichts wird gelöscht: Entfernte Bewertungen bleiben gespeichert.
transparency-removed = Entfernte Bewertungen nach Grund und Sternen
transparency-none-removed = Es wurde keine Bewertung entfernt.
transparency-reason = Grund
transparency-total = Gesamt
transparency-automatic = Automatisch abgelehnt (Spam, Links, Duplikate)
transparency-flags = Meldungen
transparency-none-flags = Es wurde keine Bewertung gemeldet.
transparency-raised-by = Gemeldet von
transparency-outcome = Ergebnis
transparency-raised-consumer = Lesende
transparency-raised-business = Das Unternehmen
transparency-status-open = Offen
transparency-status-upheld = Bestätigt
transparency-status-dismissed = Zurückgewiesen
transparency-count = Anzahl
reason-duplicate = derselbe Text wurde auch anderswo veröffentlicht
error-rate-limited = Sie haben in kurzer Zeit viele Bewertungen gesendet. Bitte versuchen Sie es später erneut.
reason-far_from_consensus = ihre Sterne weichen stark von denen anderer Bewertungen ab
reason-burst = sie kam mit einer plötzlichen Häufung gleicher Sternebewertungen
reason-many_businesses = diese E-Mail-Adresse hat viele Unternehmen desselben Inhabers bewertet

## Respond: notifications and e-mails to staff
notification-escalation = Eine Bewertung von { $business } hat die Antwortfrist überschritten
notification-negative_review = Neue Bewertung mit 1 oder 2 Sternen für { $business }
email-greeting = Hallo { $name },
email-escalation-subject = { $business }: eine { $stars }-Sterne-Bewertung wartet auf eine Antwort
email-escalation-body = Diese { $stars }-Sterne-Bewertung von { $business } ist seit mehr als { $hours } Stunden unbeantwortet, der Frist, die Ihr Team festgelegt hat. Schweigen wirkt wie Zustimmung: Eine kurze, persönliche Antwort zählt noch immer.
email-escalation-action = Lesen und antworten:
email-footer = Candor schickt Ihnen diese E-Mail, weil Sie hier ein Unternehmen verwalten. Die Sprache dieser E-Mails ändern Sie in Ihrem Dashboard.
email-digest-subject = Ihre Candor-Übersicht für den { $date }
email-digest-intro = Das ist in den letzten 24 Stunden passiert:
email-digest-new = { $count ->
    [one] Eine neue Bewertung ({ $negative } mit 1-2 Sternen)
   *[other] { $count } neue Bewertungen ({ $negative } mit 1-2 Sternen)
}
email-digest-waiting = { $count ->
    [one] Eine Bewertung wartet auf eine Antwort ({ $negative } mit 1-2 Sternen)
   *[other] { $count } Bewertungen warten auf eine Antwort ({ $negative } mit 1-2 Sternen)
}
email-digest-overdue = { $count ->
    [one] Eine davon hat ihre Frist überschritten
   *[other] { $count } davon haben ihre Frist überschritten
}

## Respond: dashboard
notifications-title = { $count ->
    [0] Benachrichtigungen
    [one] Benachrichtigungen (eine ungelesen)
   *[other] Benachrichtigungen ({ $count } ungelesen)
}
notifications-none = Noch keine Benachrichtigungen.
respond-title = Antworten (letzte 90 Tage)
respond-rate = Antwortquote: { $all } aller Bewertungen, { $negative } der Bewertungen mit 1-2 Sternen
respond-median = Mittlere Zeit bis zur ersten Antwort (Median): { $all } h (1-2 Sterne: { $negative } h)
respond-overdue = { $count ->
    [0] Keine Bewertung hat ihre Antwortfrist überschritten.
    [one] Eine Bewertung hat ihre Antwortfrist überschritten und wurde eskaliert.
   *[other] { $count } Bewertungen haben ihre Antwortfrist überschritten und wurden eskaliert.
}
respond-deadlines = Antwortfristen:
respond-deadline-negative = { $count ->
    [one] 1-2 Sterne innerhalb einer Stunde
   *[other] 1-2 Sterne innerhalb von { $count } Stunden
}
respond-deadline-mixed = { $count ->
    [one] 3 Sterne innerhalb einer Stunde
   *[other] 3 Sterne innerhalb von { $count } Stunden
}
respond-deadline-positive = { $count ->
    [one] 4-5 Sterne innerhalb einer Stunde
   *[other] 4-5 Sterne innerhalb von { $count } Stunden
}
respond-waiting = Warten auf eine Antwort (zuerst 1-2 Sterne, dann die ältesten)
respond-waiting-none = Jede Bewertung hat eine Antwort.
respond-overdue-since = überfällig seit { $date }
respond-due = fällig am { $date }

## Recovery cases
case-question = Was können wir tun, damit Sie zufrieden sind?
case-email-subject = { $business } möchte es wiedergutmachen
case-email-intro = { $business } hat Ihre Bewertung gelesen und Ihnen über Candor geschrieben:
case-email-answer = Antworten Sie vertraulich über diesen Link (Antworten auf diese E-Mail werden nicht gelesen):
case-email-footer = Candor leitet diese Nachricht im Auftrag des Unternehmens weiter, das Ihre E-Mail-Adresse nicht sieht. Sie müssen nicht antworten, und Sie werden an keiner Stelle gebeten, Ihre Bewertung zu ändern.
notification-case_answer = Eine bewertende Person hat vertraulich zu ihrer Bewertung für { $business } geantwortet
review-updated-after-response = Aktualisiert, nachdem das Unternehmen reagiert hat
case-page-title = Ihr Gespräch mit { $business }
case-your-review = Ihre Bewertung
case-conversation = Gespräch
case-from-you = Sie
case-no-messages = Noch keine Nachrichten.
case-answer = Ihre Antwort
case-send = Senden
case-ended = Dieses Gespräch ist beendet.
case-update-title = Ihre Bewertung aktualisieren
case-update-free = Es steht Ihnen frei, Ihre Bewertung so zu lassen, wie sie ist. Kein Angebot von { $business } hängt davon ab, und Candor wird Sie nie bitten, sie zu ändern oder zu entfernen.
case-update-save = Aktualisierung speichern
case-updated = Ihre Bewertung wurde aktualisiert. Frühere Versionen bleiben in ihrem Verlauf erhalten.
case-answer-sent = Ihre Antwort wurde gesendet.
cases-title = Klärungsfälle
cases-none = Noch keine Klärungsfälle.
cases-threshold = Geht eine Bewertung mit { $stars } oder weniger Sternen ein, wird ein Klärungsfall eröffnet.
cases-threshold-never = Klärungsfälle werden nur manuell eröffnet.
case-title = Klärungsfall
case-open-on-review = Klärungsfall eröffnen
case-no-pressure = Candor bittet Bewertende nie, ihre Bewertung zu ändern oder zu entfernen, und eine Wiedergutmachung darf niemals davon abhängen. Die E-Mail-Adresse der bewertenden Person bleibt vertraulich: Ihre Nachrichten erreichen sie über Candor.
case-state = Status
case-state-open = offen
case-state-contacted = kontaktiert
case-state-remedy_offered = Wiedergutmachung angeboten
case-state-resolved = gelöst
case-state-not_resolved = nicht gelöst
case-state-closed_without_contact = ohne Kontakt geschlossen
case-assignee = Zuständig
case-nobody = niemand
case-assign = Zuweisen
case-next-step = Nächster Schritt
case-action-contact = Bewertende Person kontaktieren
case-action-offer_remedy = Wiedergutmachung anbieten
case-action-resolve = Als gelöst markieren
case-action-mark_not_resolved = Als nicht gelöst markieren
case-action-close_without_contact = Ohne Kontakt schließen
case-message = Nachricht an die bewertende Person
case-note = Interne Notiz
case-add-note = Notiz hinzufügen
case-send-message = Nachricht senden
case-remedy = Wiedergutmachung
case-remedy-type = Art
case-remedy-value = Wert (in der kleinsten Währungseinheit, z. B. Cent)
case-remedy-order-value = Bestellwert (in der kleinsten Währungseinheit)
case-remedy-currency = Währung
remedy-refund = Erstattung
remedy-replacement = Ersatz
remedy-gift_card = Gutschein
remedy-apology = Entschuldigung
remedy-other = Sonstiges
case-history = Verlauf
case-event-opened = Klärungsfall eröffnet
case-event-step = Status geändert
case-event-note = Notiz
case-event-assigned = Zuständigkeit geändert
case-event-message = Nachricht an die bewertende Person gesendet
case-event-answer = Die bewertende Person hat geantwortet
case-automatic = automatisch
case-rating-at-open = { $stars } Sterne bei Eröffnung des Falls
recovery-summary = Rückgewinnungsquote: { $rate } ({ $resolved } von { $ended } abgeschlossenen Gesprächen erfolgreich). Mittlere Zeit bis zur Lösung (Median): { $hours } h. Nach einer Reaktion des Unternehmens aktualisierte Bewertungen: { $updated }.
recovery-summary-empty = Noch keine abgeschlossenen Gespräche.
case-pending = E-Mail noch nicht versendet

## Reply help and incidents
notification-incident = Mehrere negative Bewertungen von { $business } zum selben Thema: Ein Vorfall wurde eröffnet
draft-greeting = Hallo { $name },
draft-negative = vielen Dank, dass Sie uns das mitteilen, und es tut uns leid, dass wir Sie enttäuscht haben.
draft-mixed = vielen Dank für Ihre Bewertung – sie zeigt uns, was gut funktioniert und was nicht.
draft-positive = herzlichen Dank für Ihre freundliche Bewertung!
draft-praised = Es freut uns, dass Ihnen Folgendes gefallen hat: { $aspects }.
draft-criticised = Wir bedauern, was nicht gut gelaufen ist ({ $aspects }), und gehen der Sache nach.
draft-make-right = Wir möchten es gern wiedergutmachen und setzen uns direkt mit Ihnen in Verbindung.
draft-closing = Freundliche Grüße, Ihr Team von { $business }
draft-link = Antwort vorschlagen
draft-title = Antwortvorschlag
draft-hint = Ein Vorschlag auf Grundlage der Sterne und Themen der Bewertung oder Ihrer eigenen Vorlage: Lesen Sie ihn und machen Sie ihn zu Ihrer eigenen Antwort, bevor Sie ihn veröffentlichen.
incidents-title = Vorfälle
incidents-none = Keine offenen Vorfälle.
incident-row = { $aspect }: { $count } negative Bewertungen seit { $date }
case-review = Bewertung
incident-title = Vorfall
incident-closed = geschlossen
incident-policy = Regelung zur Wiedergutmachung
incident-reply-hint = Eine Antwort auf jede unbeantwortete Bewertung dieses Vorfalls, in der Sprache der jeweiligen Bewertung. {"{"}name{"}"} wird durch den Namen der bewertenden Person ersetzt; lesen und passen Sie den Text vor dem Senden an.
incident-reply-in = Antwort auf
incident-reply-submit = Allen antworten
incident-close = Vorfall schließen
screening-publish = Prüfung: veröffentlicht (Spam-Wert { $score })
screening-hold = Prüfung: zur Moderation zurückgehalten (Spam-Wert { $score })
screening-reject = Prüfung: abgelehnt (Spam-Wert { $score })

# Invitations and how a review was collected
invite-email-subject = { $business } bittet um Ihre Bewertung
invite-email-reminder-subject = Erinnerung: { $business } bittet um Ihre Bewertung
invite-email-greeting-anonymous = Hallo,
invite-email-intro = Danke für Ihre Bestellung bei { $business }. Wie war es? Schreiben Sie eine Bewertung über diesen persönlichen Link:
invite-email-intro-product = Danke für Ihre Bestellung bei { $business } ({ $product }). Wie war es? Schreiben Sie eine Bewertung über diesen persönlichen Link:
invite-email-honest = Jede Kundin und jeder Kunde erhält diese Einladung. Sagen Sie, was Sie wirklich denken, gut oder schlecht: Ihre Bewertung wird in jedem Fall veröffentlicht.
invite-email-footer = Candor versendet diese Einladung für das Unternehmen. Der Link gilt einmal, für eine Bewertung.
invite-email-unsubscribe = Keine Einladungen mehr von diesem Unternehmen? { $link }
invite-page-title = { $business } bewerten
invite-page-intro = { $business } hat Sie nach Ihrer Bestellung eingeladen. Ihre Bewertung wird als eingeladen gekennzeichnet.
invite-used = Diese Einladung wurde bereits genutzt. Danke für Ihre Bewertung.
invite-unusable = Diese Einladung kann nicht mehr genutzt werden.
invite-unsubscribe-title = Keine Einladungen mehr
invite-unsubscribe-confirm = Alle Bewertungseinladungen von { $business } an diese Adresse beenden?
invite-unsubscribe-button = Einladungen beenden
invite-unsubscribed = { $business } wird Sie nicht mehr zu einer Bewertung einladen.
collection-invited = Eingeladen (bestätigte Bestellung)
collection-organic = Unaufgefordert
collection-imported = Importiert von { $source }
invitations-title = Bewertungseinladungen
invitations-no-gating = Jede hochgeladene Kundin und jeder Kunde wird eingeladen, was immer sie denken mögen: Candor lässt niemanden danach auswählen, wie jemand voraussichtlich bewertet. Jede Person erhält eine E-Mail und höchstens eine Erinnerung und kann sich abmelden.
invitations-figures = Die letzten 90 Tage
invitations-uploaded-count = Hochgeladene Kunden
invitations-sent = Versandte Einladungen
invitations-opened = Geöffnete Links
invitations-reminded = Versandte Erinnerungen
invitations-reviewed = Geschriebene Bewertungen
invitations-unsubscribed-count = Abgemeldet
invitations-bounced = Unzustellbar
invitations-propensity-invited = Eingeladene, die bewertet haben
invitations-propensity-organic = Kunden, die ungefragt bewertet haben
invitations-upload = Kunden hochladen
invitations-upload-help = CSV mit Kopfzeile: email und order_ref, dazu beliebig name, order_date, language, product
invitations-upload-submit = Einladungen planen
invitations-upload-done = { $scheduled } Einladungen geplant; { $already } Bestellungen waren schon hochgeladen; { $unsubscribed } Adressen hatten sich abgemeldet.
invitations-settings = Zeitpunkt
invitations-delay = Stunden nach der Bestellung
invitations-reminder = Stunden bis zur einen Erinnerung (0: keine)
invitations-save = Speichern
invitations-recent = Neueste Einladungen
invitations-state-scheduled = geplant
invitations-state-sent = versandt
invitations-state-reviewed = bewertet
invitations-state-unsubscribed = abgemeldet
invitations-state-bounced = unzustellbar

# Auswertungen (#7): Dashboard, Rückgewinnung in Zahlen, Versprechen, Ursachen, Berichte, Kundenstimmen
field-testimonial-consent = Das Unternehmen darf diese Bewertung auf seiner eigenen Website zitieren (optional)
insights-title = Auswertungen: { $business }
insights-nav-reviews = Bewertungen
insights-nav-dashboard = Auswertungen
insights-nav-economics = Rückgewinnung in Zahlen
insights-nav-promises = Versprechen
insights-nav-causes = Ursachen
insights-nav-report = Bericht
insights-nav-testimonials = Kundenstimmen
insights-nav-agency = Alle Unternehmen
insights-from = Von
insights-to = Bis
insights-all-languages = Alle Sprachen
insights-period = Zeitraum
insights-period-month = Monat
insights-period-week = Woche
insights-apply = Anzeigen
insights-backlog = Die Zahlen werden gerade aktualisiert: { $reviews } Bewertungen sind noch nicht ausgewertet.
insights-no-data = Keine Daten für diesen Zeitraum.
insights-score-title = Score
insights-summary = { $reviews } Bewertungen im Zeitraum, durchschnittlich { $mean } Sterne ({ $all } Bewertungen bis zum Ende des Zeitraums fließen in den Score ein).
insights-trend-title = Score und durchschnittliche Sterne im Zeitverlauf
insights-trend-desc = Score und durchschnittliche Sterne über { $periods } Zeiträume; am Ende liegt der Score bei { $score }.
insights-series-score = Score
insights-series-mean = Durchschnittliche Sterne
insights-distribution-title = Bewertungen nach Sternen im Zeitverlauf
insights-distribution-desc = { $reviews } Bewertungen im Zeitraum, gestapelt nach Sternen.
insights-table = Die Zahlen als Tabelle
insights-reviews = Bewertungen
insights-responses-title = Antworten und Rückgewinnung
insights-aspects-title = Themen nach Anteil negativer Erwähnungen
insights-aspects-desc = { $aspects } Themen, die negativsten zuerst; die Markierung zeigt die Veränderung gegenüber dem vorherigen Zeitraum.
insights-aspect-value = { $negative } von { $mentions } negativ
insights-incident = { $aspect }: { $reviews } negative Bewertungen
report-stars = { $stars } ★
perfection-too-few-reviews = Weniger als 10 Bewertungen im Zeitraum: zu wenige, um zu sagen, wie Lesende die Sternebewertung wahrnehmen.
perfection-low = Durchschnittlich { $mean } Sterne: Lesende kaufen so kaum. Kümmern Sie sich zuerst um das, was in den Beschwerden genannt wird.
perfection-below-peak = Durchschnittlich { $mean } Sterne: unter dem Bereich von 4,2 bis 4,7, in dem Lesende am ehesten kaufen.
perfection-trusted = Durchschnittlich { $mean } Sterne: im Bereich von 4,2 bis 4,7, in dem Lesende am ehesten kaufen.
perfection-too-perfect = Durchschnittlich { $mean } Sterne: über 4,7, wo Lesende einer Sternebewertung laut Studien weniger vertrauen. Verbergen Sie kritische Bewertungen nicht, sondern beantworten Sie sie.
perfection-flag-no-critical-reviews = Kaum kritische Bewertungen: Lesende suchen gezielt danach, um einzuschätzen, ob sie mit den Schwächen leben können, und misstrauen einem Profil ganz ohne Kritik.
perfection-flag-almost-all-five-stars = Mehr als 9 von 10 Bewertungen vergeben 5 Sterne: Lesende könnten das Profil für handverlesen halten.
segments-title = Botschafter, Kritiker und Gleichgültige
segments-ambassadors = Botschafter
segments-detractors = Kritiker
segments-counts = { $ambassadors } Botschafter (leidenschaftlich und positiv), { $detractors } Kritiker (leidenschaftlich und negativ), { $indifferent } Gleichgültige.
segments-reach = Mundpropaganda: Kritiker erzählen etwa { $dlow } bis { $dhigh } Personen davon, Botschafter { $alow } bis { $ahigh }.
segments-unhappy-tell = Personen, denen ein unzufriedener Kunde davon erzählt
segments-happy-tell = Personen, denen ein zufriedener Kunde davon erzählt
segments-reach-note = Gezählt werden nur Bewertende. Unzufriedene Kunden erzählen 9 bis 15 anderen davon (White House Office of Consumer Affairs, zitiert im Ausgangsartikel); der Wert von 4 bis 6 für zufriedene Kunden ist eine Annahme: Tragen Sie Ihre eigenen Werte ein.
economics-title = Rückgewinnung in Zahlen
economics-headline = Um eine schlechte Bewertung auszugleichen, braucht es etwa { $experiences } gute Kundenerlebnisse.
economics-explanation = Nach einer Bewertung mit { $bad } Sternen halten { $reviews } Bewertungen mit { $good } Sternen den Durchschnitt über { $target } (genauer Ausgleich: { $balance } pro schlechter Bewertung). Nur { $happy } der zufriedenen Kunden schreiben eine Bewertung, aber { $unhappy } der unzufriedenen.
economics-debt = Um { $target } zu erreichen: noch { $reviews } gute Bewertungen, also etwa { $experiences } gute Kundenerlebnisse.
economics-headroom = Der Durchschnitt liegt bei { $target } oder darüber: Er verkraftet noch { $bad } schlechte Bewertungen, ohne darunter zu fallen.
economics-input = Parameter
economics-value = Wert
economics-source = Quelle
economics-source-seed = Standardwert (Artikel, docs/insights.md)
economics-source-measured = aus Ihren Bewertungen und Einladungen ermittelt
economics-source-given = von Ihnen festgelegt
economics-input-target = Ziel-Score
economics-input-happy-review-probability = Anteil zufriedener Kunden, die bewerten
economics-input-unhappy-review-probability = Anteil unzufriedener Kunden, die bewerten
economics-input-happy-stars = Sterne eines zufriedenen Kunden
economics-input-unhappy-stars = Sterne eines unzufriedenen Kunden
economics-input-invited-review-probability = Anteil eingeladener Kunden, die bewerten
economics-input-recover-share = Anteil zurückgewonnener unzufriedener Kunden
economics-input-cut-negative-share = Rückgang schlechter Erlebnisse
economics-scenarios-title = Was wäre, wenn …
economics-scenario = Szenario
economics-mean-after = Erwartete durchschnittliche Sterne am Ende
economics-scenario-baseline = Wie bisher
economics-scenario-invite = Alle Kunden einladen ({ $rate } bewerten)
economics-scenario-recover = { $share } der unzufriedenen Kunden zurückgewinnen
economics-scenario-cut = { $share } weniger schlechte Erlebnisse
economics-chart-title = Erwartete durchschnittliche Sterne, Monat für Monat
economics-chart-desc = Erwartete durchschnittliche Sterne in den nächsten { $months } Monaten je Szenario.
economics-model-note = Erwartungswerte aus Ihrer aktuellen Verteilung und den obigen Parametern, keine Prognose. Die Formeln stehen in docs/insights.md.
promises-title = Versprechen: { $business }
promises-intro = Was Ihr Marketing verspricht und was die Bewertungen dazu sagen, in allen Sprachen.
promises-none = Noch keine Versprechen.
promise-concepts = Gesucht nach: { $concepts }
promise-scanning = Ihre früheren Bewertungen werden auf dieses Versprechen hin gelesen …
promise-verdict = Gehalten in { $kept } Bewertungen, gebrochen in { $broken }, unklar in { $unclear }: in { $share } der Fälle gehalten.
promise-kept = Gehalten
promise-broken = Gebrochen
promise-unclear = Unklar
promise-archive = Archivieren
promise-add = Versprechen hinzufügen
promise-text = Versprechen
promise-keywords = Suchbegriffe je Sprache (optional), eine Zeile pro Sprache, z. B. „de: finanzierung, genehmig*“
stage-before-purchase = Vor dem Kauf
stage-ordering = Bestellung
stage-delivery = Lieferung
stage-use = Nutzung
stage-support = Support
stage-returns = Rückgabe
causes-title = Ursachen: { $business }
causes-complaints = { $complaints } Beschwerden (1-2 Sterne) im Zeitraum.
causes-stages-title = Beschwerden nach Phase der Customer Journey
causes-stage = Phase
causes-complaints-now = Beschwerden
causes-complaints-before = Vorheriger Zeitraum
causes-paths-title = Wo Probleme beginnen und enden
causes-paths-hint = Die erste und die letzte Phase, die in einer Beschwerde vorkommt.
causes-starts = Beginnt bei
causes-ends = Endet bei
causes-matrix-title = Themen nach Phase
education-title = Wissenslücken
education-intro = Beschwerden von Kunden, die nicht sicher sind, wie etwas funktionieren soll: Kandidaten für einen FAQ-Eintrag oder eine bessere Dokumentation.
education-none = Keine Beschwerden dieser Art im Zeitraum.
education-complaints = { $complaints } Beschwerden
education-topic-product = Produkt
education-question-did-not-know = { $topic }: Was sollten Kunden vorher wissen?
education-question-how-to = { $topic }: Wie nutze ich das?
education-question-is-it-normal = { $topic }: Ist das normal?
education-question-expectation = { $topic }: Wie soll das funktionieren?
education-question-unclear-instructions = { $topic }: verständlichere Anleitung
report-title = { $business }: Bericht vom { $from } bis { $to }
report-summary = Candor-Score { $score } · { $reviews } Bewertungen im Zeitraum · durchschnittlich { $mean } Sterne
report-trend = Score im Zeitverlauf
report-distribution = Bewertungen nach Sternen
report-responses = Antworten und Rückgewinnung
report-praise = Am häufigsten gelobt
report-complaints = Am häufigsten kritisiert
report-quotes-positive = Hilfreichste positive Bewertungen
report-quotes-critical = Hilfreichste kritische Bewertungen
report-aspect = { $aspect }: { $negative } von { $mentions } Erwähnungen negativ ({ $share })
report-footer = Erstellt mit Candor. Jede Zahl lässt sich aus den Bewertungen nachrechnen; die Formeln sind veröffentlicht.
report-pdf = Als PDF herunterladen
report-share-title = Diesen Bericht teilen
report-share = Link zum Teilen erstellen
report-share-made = Alle mit diesem Link können den Bericht lesen (kopieren Sie ihn jetzt, er wird nur einmal angezeigt):
report-link-revoked = widerrufen
report-link-revoke = Widerrufen
testimonials-title = Kundenstimmen: { $business }
testimonials-intro = Bewertungen, deren Verfasser einem Zitat auf Ihrer eigenen Website zugestimmt haben. Wählen Sie aus, welche angezeigt werden, und exportieren Sie sie als HTML oder JSON.
testimonials-chosen = { $count } ausgewählt
testimonials-export-html = Als HTML exportieren
testimonials-export-json = Als JSON exportieren
testimonials-none = Bisher hat keine bewertende Person zugestimmt, zitiert zu werden.
testimonials-save = Auswahl speichern
agency-title = Alle Unternehmen
agency-business = Unternehmen
agency-total = Alle Unternehmen zusammen
agency-negative = 1-2 Sterne
agency-replied = Beantwortet
agency-zone = Bewertungsbereich
agency-trend = Durchschnittliche Sterne je Monat
agency-sparkline = Durchschnittliche Sterne je Monat: { $business }
agency-sparkline-desc = Durchschnittliche Sterne für jeden Monat des Zeitraums.
zone-too-few-reviews = zu wenige Bewertungen
zone-low = niedrig
zone-below-peak = unter der Vertrauenszone
zone-trusted = Vertrauenszone (4,2-4,7)
zone-too-perfect = zu perfekt (über 4,7)
report-read-review = Bewertung lesen
