# Candor interface text, English (the reference locale).
# Every other locale under locales/ carries exactly the same message ids;
# a test checks that. Reviews themselves are never translated.

## Layout

site-name = Candor
site-tagline = Honest reviews, answered in public.
nav-businesses = Businesses
nav-dashboard = Dashboard
nav-login = Staff login
nav-logout = Log out
locale-label = Language
locale-submit = Change
footer-note = Reviews are shown in the language they were written in. No business can hide a review.
skip-to-content = Skip to content

## Directory

directory-title = Businesses
directory-empty = There are no businesses yet.
review-count = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}

## Business page

score-label = Candor score
score-out-of = out of 5
score-how = How the score is calculated
mean-line = Plain average { $mean } from { $count ->
    [one] one review
   *[other] { $count } reviews
}
no-reviews-yet = No reviews yet. Be the first to write one.
distribution-title = All ratings
distribution-row = { $stars ->
    [one] 1 star
   *[other] { $stars } stars
}
distribution-filter = Show only { $stars }-star reviews
spotlight-title = Read both sides
spotlight-critical = Most helpful critical review
spotlight-positive = Most helpful positive review
spotlight-none-critical = No critical reviews (1 to 3 stars) yet.
spotlight-none-positive = No positive reviews (4 or 5 stars) yet.
reviews-title = Reviews
filter-stars = Stars
filter-language = Language
filter-replied = Answer
filter-sort = Sort by
filter-all = All
filter-replied-yes = Answered
filter-replied-no = Not answered
sort-newest = Newest
sort-helpful = Most helpful
filter-apply = Apply
filter-reset = Reset filters
reviews-none-match = No reviews match these filters.
page-next = Next page
page-first = First page

## A review

stars-aria = { $stars ->
    [one] Rated 1 out of 5 stars
   *[other] Rated { $stars } out of 5 stars
}
review-by = By { $name }
review-written = Written { $date }
review-experienced = Date of experience: { $date }
review-language = Language: { $language }
review-edited = Edited
review-see-history = See all versions
helpful-button = Helpful
helpful-count = { $count ->
    [0] Nobody has found this helpful yet
    [one] One person found this helpful
   *[other] { $count } people found this helpful
}
helpful-thanks = Thank you, your vote is counted.
helpful-already = You have already marked this review as helpful.
reply-from = Reply from { $business }
reply-edited = Reply edited
review-permalink = Link to this review
review-removed = This review was removed by the moderators. Reason: { $reason }
review-pending = This review is waiting for moderation.

## Writing a review

write-title = Write a review
write-intro = Your review is published as you write it. You get a private link to edit it later; earlier versions stay visible.
field-rating = Rating
field-title = Title (optional)
field-body = Your review
field-author-name = Your name (shown publicly)
field-author-email = Your e-mail (never shown)
field-language = Language of your review (optional)
field-language-unset = Not specified
field-experienced-on = Date of experience (optional)
write-submit = Publish review
form-error = Please check your review: { $problem }
thanks-title = Thank you for your review
thanks-published = Your review is published.
thanks-keep-link = Keep this private link to edit your review later. Anyone with the link can edit it, so do not share it.
thanks-edit-link = Edit my review
thanks-back = Back to { $business }

## Editing a review

edit-title = Edit your review
edit-intro = Saving creates a new version. Earlier versions stay visible in the review's history.
edit-submit = Save changes
edit-saved = Your changes are saved.
edit-bad-link = This edit link is not valid.
history-title = History
history-version = Version { $revision }, { $date }
reply-history-title = History of the reply

## Field problems (by field and code)

problem-field-rating = rating
problem-field-title = title
problem-field-body = review text
problem-field-author_name = name
problem-field-author_email = e-mail
problem-field-language = language
problem-field-experienced_on = date of experience
problem-field-stars = stars
problem-field-sort = sort order
problem-field-replied = answer filter
problem-field-cursor = page
problem-field-email = e-mail
problem-field-name = name
problem-required = the { $field } is missing.
problem-too_long = the { $field } is too long.
problem-out_of_range = the { $field } is out of range.
problem-invalid_email = the { $field } is not a valid address.
problem-invalid_language = the { $field } is not a language code.
problem-invalid_date = the { $field } is not a valid date.
problem-control_characters = the { $field } contains invisible control characters.
problem-other = the { $field } is not valid.

## The score explained

score-page-title = How the score of { $business } is calculated
score-intro = The Candor score is a Bayesian average of the published reviews with a recency weight. Anyone can recompute it from the numbers below.
score-formula-title = The formula
score-prior = Every business starts as if it had { $count } reviews of { $mean } stars (the prior). This keeps a business with only a few reviews from jumping to 1 or 5 stars.
score-recency = A review counts less as it ages: its weight halves every { $days } days. A review written today weighs 1, one written { $days } days ago weighs 0.5.
score-table-stars = Stars
score-table-count = Reviews
score-table-weight = Total weight
score-working = ({ $prior_count } × { $prior_mean } + { $weighted_sum }) ÷ ({ $prior_count } + { $weighted_count }) = { $score }
score-mean-note = The plain average of all { $count } published reviews, without prior or weights, is { $mean }.
score-no-low-hiding = No business can hide or remove its low ratings. Only moderators remove reviews, always with a stated reason, and removed reviews are left out of the score.
score-back = Back to the reviews

## Staff

login-title = Staff login
login-email = E-mail
login-password = Password
login-submit = Log in
login-failed = The e-mail or the password is wrong.
dashboard-title = Your businesses
dashboard-empty = Your organisation has no businesses yet.
dashboard-unanswered = { $count ->
    [0] Every review is answered.
    [one] One review has no answer.
   *[other] { $count } reviews have no answer.
}
dashboard-queued = { $count ->
    [one] One imported review waits for its screening.
   *[other] { $count } imported reviews wait for their screening.
}
dashboard-public-page = Public page
dashboard-reviews-title = Reviews of { $business }
dashboard-show-unanswered = Show unanswered only
dashboard-show-all = Show all
reply-label = Public reply
reply-submit-new = Publish reply
reply-submit-edit = Update reply
reply-saved = Reply saved.
reply-public-note = Replies are public and shown under the review. Editing keeps the earlier versions.
tokens-title = API tokens
tokens-intro = Tokens let your systems use the JSON API on behalf of your organisation. Send one as "Authorization: Bearer TOKEN".
tokens-name = Token name
tokens-create = Create token
tokens-created = Copy this token now. It is shown only once:
tokens-none = No tokens yet.
tokens-revoke = Revoke
tokens-revoked = Revoked
tokens-created-at = Created { $date }

## Errors

error-not-found-title = Not found
error-not-found = We could not find that page.
error-forbidden = You are not allowed to do that.
error-internal = Something went wrong on our side. Please try again.
error-bad-request = The request could not be understood.

## Search and aspects on the public page
search-label = Search the reviews
search-placeholder = Words to look for, e.g. delivery
search-submit = Search
filter-aspect = Topic
sort-relevance = Best match
search-results = { $count ->
    [one] One review matches.
   *[other] { $count } reviews match.
}
search-clear = Clear the search
aspect-delivery = Delivery
aspect-price = Price and value
aspect-quality = Product quality
aspect-customer_service = Customer service
aspect-staff = Staff
aspect-communication = Communication
aspect-waiting_time = Waiting time
aspect-returns = Returns and refunds
aspect-website = Website, app and ordering
aspect-documentation = Documentation and instructions
aspect-cleanliness = Cleanliness
aspect-food = Food

## Text analysis on the dashboard
analysis-positive = Positive text
analysis-negative = Negative text
analysis-neutral = Neutral or mixed text
analysis-mismatch = Stars and text disagree
analysis-language = Written in { $language }
analysis-aspects = Topics

## Topics: what sets critical reviews apart
topics-title = What sets critical reviews apart
topics-intro = Phrases found far more often in 1–2 star reviews than in 4–5 star reviews, and the other way round, per language.
topics-negative = In critical reviews
topics-positive = In positive reviews
topics-counts = { $negative } critical, { $positive } positive
topics-none = Not enough reviews yet to tell.
topics-by-aspect = By topic, across languages
topics-example = Example
topics-link = What sets critical reviews apart

## Screening of reviews (trust and safety)
thanks-held = Your review waits for a moderator before it is published, because { $reasons }.
thanks-rejected = Your review was not published, because { $reasons }. It is kept, and a moderator can still publish it.
reason-link = it contains a link
reason-url_shortener = it contains a shortened link
reason-phone_number = it contains a phone number
reason-email_address = it contains an e-mail address
reason-repeated_characters = it repeats a character many times
reason-shouting = it is written in capital letters
reason-off_topic = a line in it is not about the business
reason-blocked_term = it contains a blocked term
reason-spam_model = it reads like spam
reason-honeypot = it was sent by a program

## Moderation, reports and transparency
nav-moderation = Moderation
moderation-title = Moderation queue
moderation-intro = Reviews held by screening or reported by readers and businesses, oldest first. Nobody moderates their own organisation's reviews.
moderation-empty = Nothing is waiting.
moderation-business = Business: { $business }
moderation-spam-score = Spam score { $score }
moderation-suspicion = Coordinated-reviewer suspicion { $score }
moderation-suspicion-block = Coordinated-reviewer suspicion { $score }, group { $block }
moderation-flags = { $count ->
    [one] One open report
   *[other] { $count } open reports
}
moderation-select = Select
moderation-approve = Approve selected
moderation-reject = Reject selected
moderation-reject-reason = Reason to reject
moderation-done = { $count ->
    [one] One review decided.
   *[other] { $count } reviews decided.
}
moderation-failed = { $count ->
    [one] One review could not be decided.
   *[other] { $count } reviews could not be decided.
}
flag-reason-spam = Spam or advertising
flag-reason-fake = Not a genuine experience
flag-reason-offensive = Offensive or hateful
flag-reason-personal_data = Personal data
flag-reason-conflict_of_interest = Written by the business, an employee or a competitor
flag-reason-off_topic = Not about this business
flag-reason-other = Something else
flag-title = Report this review
flag-intro = A report does not hide the review: a moderator looks at it.
flag-reason = Why
flag-note = Note (optional)
flag-submit = Send the report
flag-thanks = Thank you. A moderator will look at this review.
transparency-link = Moderation transparency
transparency-title = Moderation transparency: { $business }
transparency-intro = Reviews removed from this page and why, and the reports made about its reviews. Nothing is deleted: removed reviews are kept.
transparency-removed = Reviews removed, by reason and stars
transparency-none-removed = No review has been removed.
transparency-reason = Reason
transparency-total = Total
transparency-automatic = Rejected automatically (spam, links, duplicates)
transparency-flags = Reports
transparency-none-flags = No review has been reported.
transparency-raised-by = Reported by
transparency-outcome = Outcome
transparency-raised-consumer = Readers
transparency-raised-business = The business
transparency-status-open = Open
transparency-status-upheld = Upheld
transparency-status-dismissed = Dismissed
transparency-count = Count
reason-duplicate = the same text was posted elsewhere
error-rate-limited = You have sent many reviews in a short time. Please try again later.
reason-far_from_consensus = its stars are far from what other reviewers give
reason-burst = a burst of reviews with the same stars arrived
reason-many_businesses = this e-mail reviewed many businesses of the same owner

## Respond: notifications and e-mails to staff
notification-escalation = A review of { $business } passed its reply deadline
notification-negative_review = New 1- or 2-star review of { $business }
email-greeting = Hello { $name },
email-escalation-subject = { $business }: a { $stars }-star review is waiting for a reply
email-escalation-body = This { $stars }-star review of { $business } has had no reply for more than { $hours } hours, the deadline your team set. Silence reads as consent: a short, personal answer still counts.
email-escalation-action = Read it and reply:
email-footer = Candor sends you this because you manage a business here. You can change the language of these e-mails on your dashboard.
email-digest-subject = Your Candor digest for { $date }
email-digest-intro = What happened in the last 24 hours:
email-digest-new = { $count ->
    [one] One new review ({ $negative } with 1-2 stars)
   *[other] { $count } new reviews ({ $negative } with 1-2 stars)
}
email-digest-waiting = { $count ->
    [one] One review waiting for a reply ({ $negative } with 1-2 stars)
   *[other] { $count } reviews waiting for a reply ({ $negative } with 1-2 stars)
}
email-digest-overdue = { $count ->
    [one] One of them is past its deadline
   *[other] { $count } of them are past their deadline
}

## Respond: dashboard
notifications-title = { $count ->
    [0] Notifications
    [one] Notifications (one unread)
   *[other] Notifications ({ $count } unread)
}
notifications-none = No notifications yet.
respond-title = Responses (last 90 days)
respond-rate = Response rate: { $all } of all reviews, { $negative } of 1-2 star reviews
respond-median = Median time to first reply: { $all } h (1-2 stars: { $negative } h)
respond-overdue = { $count ->
    [0] No review is past its reply deadline.
    [one] One review is past its reply deadline and was escalated.
   *[other] { $count } reviews are past their reply deadline and were escalated.
}
respond-deadlines = Reply deadlines:
respond-deadline-negative = { $count ->
    [one] 1-2 stars within one hour
   *[other] 1-2 stars within { $count } hours
}
respond-deadline-mixed = { $count ->
    [one] 3 stars within one hour
   *[other] 3 stars within { $count } hours
}
respond-deadline-positive = { $count ->
    [one] 4-5 stars within one hour
   *[other] 4-5 stars within { $count } hours
}
respond-waiting = Waiting for a reply (1-2 stars first, then oldest)
respond-waiting-none = Every review has a reply.
respond-overdue-since = overdue since { $date }
respond-due = due { $date }

## Recovery cases
case-question = What would it take for you to be satisfied?
case-email-subject = { $business } would like to make things right
case-email-intro = { $business } read your review and wrote to you through Candor:
case-email-answer = Answer privately through this link (replies to this e-mail are not read):
case-email-footer = Candor passes this message on for the business, which does not see your e-mail address. You do not have to answer, and nothing asks you to change your review.
notification-case_answer = A reviewer answered privately about their review of { $business }
review-updated-after-response = Updated after the company responded
case-page-title = Your conversation with { $business }
case-your-review = Your review
case-conversation = Conversation
case-from-you = You
case-no-messages = No messages yet.
case-answer = Your answer
case-send = Send
case-ended = This conversation has ended.
case-update-title = Update your review
case-update-free = You are free to leave your review as it is. Nothing { $business } offers depends on it, and Candor will never ask you to change or remove it.
case-update-save = Save the update
case-updated = Your review was updated. Earlier versions stay in its history.
case-answer-sent = Your answer was sent.
cases-title = Recovery cases
cases-none = No recovery cases yet.
cases-threshold = A review rated { $stars } stars or less opens a case when it arrives.
cases-threshold-never = Cases are opened by hand only.
case-title = Recovery case
case-open-on-review = Open a recovery case
case-no-pressure = Candor never asks a reviewer to change or remove their review, and a remedy must never depend on it. The reviewer's e-mail address stays private: your messages reach them through Candor.
case-state = State
case-state-open = open
case-state-contacted = contacted
case-state-remedy_offered = remedy offered
case-state-resolved = resolved
case-state-not_resolved = not resolved
case-state-closed_without_contact = closed without contact
case-assignee = Assigned to
case-nobody = nobody
case-assign = Assign
case-next-step = Next step
case-action-contact = Contact the reviewer
case-action-offer_remedy = Offer a remedy
case-action-resolve = Mark resolved
case-action-mark_not_resolved = Mark not resolved
case-action-close_without_contact = Close without contact
case-message = Message to the reviewer
case-note = Internal note
case-add-note = Add note
case-send-message = Send message
case-remedy = Remedy
case-remedy-type = Type
case-remedy-value = Value (minor units, e.g. cents)
case-remedy-order-value = Order value (minor units)
case-remedy-currency = Currency
remedy-refund = refund
remedy-replacement = replacement
remedy-gift_card = gift card
remedy-apology = apology
remedy-other = other
case-history = History
case-event-opened = Case opened
case-event-step = State changed
case-event-note = Note
case-event-assigned = Assignment changed
case-event-message = Message sent to the reviewer
case-event-answer = The reviewer answered
case-automatic = automatically
case-rating-at-open = { $stars } stars when the case opened
recovery-summary = Recovery rate: { $rate } ({ $resolved } won back of { $ended } finished conversations). Median time to resolution: { $hours } h. Reviews updated after a response: { $updated }.
recovery-summary-empty = No finished conversations yet.
case-pending = e-mail not sent yet

## Reply help and incidents
notification-incident = Several negative reviews of { $business } about one subject: an incident was opened
draft-greeting = Hello { $name },
draft-negative = Thank you for telling us, and we are sorry that we let you down.
draft-mixed = Thank you for your review; it helps us see what works and what does not.
draft-positive = Thank you so much for your kind review!
draft-praised = We are glad you appreciated this: { $aspects }.
draft-criticised = We are sorry about what went wrong ({ $aspects }) and are looking into it.
draft-make-right = We would like to make it right and will contact you privately.
draft-closing = Kind regards, { $business }
draft-link = Suggest a reply
draft-title = Suggested reply
draft-hint = A suggestion built from the review's rating and subjects, or from your own template: read it and make it yours before posting.
incidents-title = Incidents
incidents-none = No open incidents.
incident-row = { $aspect }: { $count } negative reviews since { $date }
case-review = Review
incident-title = Incident
incident-closed = closed
incident-policy = Remedy policy
incident-reply-hint = One reply to every unanswered review of this incident, in each review's language. {"{"}name{"}"} becomes each reviewer's name; read and adapt the text before sending.
incident-reply-in = Reply in
incident-reply-submit = Reply to all
incident-close = Close the incident
screening-publish = Screening: published (spam score { $score })
screening-hold = Screening: held for moderation (spam score { $score })
screening-reject = Screening: rejected (spam score { $score })

# Invitations and how a review was collected
invite-email-subject = { $business } would like your review
invite-email-reminder-subject = A reminder: { $business } would like your review
invite-email-greeting-anonymous = Hello,
invite-email-intro = Thank you for your order at { $business }. How was it? Write a review through this private link:
invite-email-intro-product = Thank you for your order at { $business } ({ $product }). How was it? Write a review through this private link:
invite-email-honest = Every customer gets this invitation. Say what you really think, good or bad: your review is published either way.
invite-email-footer = Candor sends this invitation for the business. The link works once, for one review.
invite-email-unsubscribe = Do not want invitations from this business? { $link }
invite-page-title = Review { $business }
invite-page-intro = { $business } invited you after your order. Your review will be marked as invited.
invite-used = This invitation has been used. Thank you for your review.
invite-unusable = This invitation can no longer be used.
invite-unsubscribe-title = No more invitations
invite-unsubscribe-confirm = Stop all review invitations from { $business } to this address?
invite-unsubscribe-button = Stop invitations
invite-unsubscribed = { $business } will not invite you to write a review again.
collection-invited = Invited (verified order)
collection-organic = Unprompted
collection-imported = Imported from { $source }
invitations-title = Review invitations
invitations-no-gating = Every customer you upload is invited, whatever they may think: Candor does not let anyone choose who is asked by how they are likely to review. Each gets one e-mail and at most one reminder, and can unsubscribe.
invitations-figures = The last 90 days
invitations-uploaded-count = Customers uploaded
invitations-sent = Invitations sent
invitations-opened = Links opened
invitations-reminded = Reminders sent
invitations-reviewed = Reviews written
invitations-unsubscribed-count = Unsubscribed
invitations-bounced = Bounced
invitations-propensity-invited = Invited customers who reviewed
invitations-propensity-organic = Customers who reviewed unasked
invitations-upload = Upload customers
invitations-upload-help = CSV with a header row: email and order_ref, and any of name, order_date, language, product
invitations-upload-submit = Schedule invitations
invitations-upload-done = { $scheduled } invitations scheduled; { $already } orders were uploaded before; { $unsubscribed } addresses had unsubscribed.
invitations-settings = Timing
invitations-delay = Hours after the order
invitations-reminder = Hours until the one reminder (0: none)
invitations-save = Save
invitations-recent = Newest invitations
invitations-state-scheduled = scheduled
invitations-state-sent = sent
invitations-state-reviewed = reviewed
invitations-state-unsubscribed = unsubscribed
invitations-state-bounced = bounced

# Insights (#7): dashboard, economics, promises, root causes, reports, testimonials
field-testimonial-consent = The business may quote this review on its own website (optional)
insights-title = Insights: { $business }
insights-nav-reviews = Reviews
insights-nav-dashboard = Insights
insights-nav-economics = Recovery economics
insights-nav-promises = Promises
insights-nav-causes = Root causes
insights-nav-report = Report
insights-nav-testimonials = Testimonials
insights-nav-agency = All businesses
insights-from = From
insights-to = To
insights-all-languages = All languages
insights-period = Period
insights-period-month = Month
insights-period-week = Week
insights-apply = Show
insights-backlog = The figures are catching up: { $reviews } reviews still to be read.
insights-no-data = No data for this period.
insights-score-title = Score
insights-summary = { $reviews } reviews in the period, mean { $mean } stars ({ $all } reviews up to its end count towards the score).
insights-trend-title = Score and mean stars over time
insights-trend-desc = Score and mean stars over { $periods } periods; the score at the end is { $score }.
insights-series-score = Score
insights-series-mean = Mean stars
insights-distribution-title = Reviews by stars over time
insights-distribution-desc = { $reviews } reviews in the period, stacked by stars.
insights-table = The figures as a table
insights-reviews = Reviews
insights-responses-title = Responses and recovery
insights-aspects-title = Aspects by share of negative mentions
insights-aspects-desc = { $aspects } aspects, most negative first; the marker shows the change against the period before.
insights-aspect-value = { $negative } of { $mentions } negative
insights-incident = { $aspect }: { $reviews } negative reviews
report-stars = { $stars } ★
perfection-too-few-reviews = Fewer than 10 reviews in the period: too few to say how readers see the rating.
perfection-low = A mean of { $mean } stars: readers are unlikely to buy. Work on what the complaints name first.
perfection-below-peak = A mean of { $mean } stars: below the 4.2 to 4.7 zone where readers are most likely to buy.
perfection-trusted = A mean of { $mean } stars: in the 4.2 to 4.7 zone where readers are most likely to buy.
perfection-too-perfect = A mean of { $mean } stars: above 4.7, where research finds readers trust a rating less. Do not hide critical reviews; answer them.
perfection-flag-no-critical-reviews = Almost no critical reviews: readers look for them to judge whether they can live with the weaknesses, and distrust a profile without any.
perfection-flag-almost-all-five-stars = More than 9 in 10 reviews give 5 stars: readers may take the profile for curated.
segments-title = Ambassadors, detractors and the indifferent
segments-ambassadors = Ambassadors
segments-detractors = Detractors
segments-counts = { $ambassadors } ambassadors (passionate and positive), { $detractors } detractors (passionate and negative), { $indifferent } indifferent.
segments-reach = Word of mouth: detractors tell about { $dlow } to { $dhigh } people, ambassadors about { $alow } to { $ahigh }.
segments-unhappy-tell = People an unhappy customer tells
segments-happy-tell = People a happy customer tells
segments-reach-note = Only reviewers are counted. Unhappy customers tell 9 to 15 others (White House Office of Consumer Affairs, as cited by the seed article); the happy figure of 4 to 6 is an assumption: put in your own.
economics-title = Recovery economics
economics-headline = One bad review takes about { $experiences } good customer experiences to offset.
economics-explanation = After one review of { $bad } stars, { $reviews } reviews of { $good } stars keep the mean above { $target } (exact balance: { $balance } per bad review). Only { $happy } of happy customers write a review, while { $unhappy } of unhappy ones do.
economics-debt = To reach { $target }: { $reviews } more good reviews, about { $experiences } good customer experiences.
economics-headroom = The mean is at { $target } or above: it can take { $bad } more bad reviews and stay there.
economics-input = Input
economics-value = Value
economics-source = Source
economics-source-seed = default (seed article, docs/insights.md)
economics-source-measured = measured from your reviews and invitations
economics-source-given = set by you
economics-input-target = Target score
economics-input-happy-review-probability = Share of happy customers who review
economics-input-unhappy-review-probability = Share of unhappy customers who review
economics-input-happy-stars = Stars a happy customer gives
economics-input-unhappy-stars = Stars an unhappy customer gives
economics-input-invited-review-probability = Share of invited customers who review
economics-input-recover-share = Share of unhappy customers won back
economics-input-cut-negative-share = Cut in bad experiences
economics-scenarios-title = What if
economics-scenario = Scenario
economics-mean-after = Expected mean stars at the end
economics-scenario-baseline = As now
economics-scenario-invite = Invite every customer ({ $rate } review)
economics-scenario-recover = Win back { $share } of unhappy customers
economics-scenario-cut = { $share } fewer bad experiences
economics-chart-title = Expected mean stars, month by month
economics-chart-desc = Expected mean stars over the next { $months } months under each scenario.
economics-model-note = Expected values from your current mix and the inputs above, not a forecast. The formulas are in docs/insights.md.
promises-title = Promises: { $business }
promises-intro = What your marketing promises, and what the reviews say about it, in every language.
promises-none = No promises yet.
promise-concepts = Looked for: { $concepts }
promise-scanning = Reading your earlier reviews for this promise…
promise-verdict = Kept in { $kept } reviews, broken in { $broken }, unclear in { $unclear }: kept { $share } of the time.
promise-kept = Kept
promise-broken = Broken
promise-unclear = Unclear
promise-archive = Archive
promise-add = Add a promise
promise-text = Promise
promise-keywords = Keywords per language (optional), one line each, e.g. "de: finanzierung, genehmig*"
stage-before-purchase = Before purchase
stage-ordering = Ordering
stage-delivery = Delivery
stage-use = Use
stage-support = Support
stage-returns = Returns
causes-title = Root causes: { $business }
causes-complaints = { $complaints } complaints (1-2 stars) in the period.
causes-stages-title = Complaints by customer-journey stage
causes-stage = Stage
causes-complaints-now = Complaints
causes-complaints-before = Period before
causes-paths-title = Where problems start and end
causes-paths-hint = The first and the last stage a complaint speaks of.
causes-starts = Starts at
causes-ends = Ends at
causes-matrix-title = Aspects by stage
education-title = Education gaps
education-intro = Complaints from customers unsure how something is meant to work: candidates for a FAQ entry or better documentation.
education-none = No complaints of this kind in the period.
education-complaints = { $complaints } complaints
education-topic-product = the product
education-question-did-not-know = What should customers know about { $topic } before they start?
education-question-how-to = How do I use { $topic }?
education-question-is-it-normal = Is this normal for { $topic }?
education-question-expectation = How is { $topic } meant to work?
education-question-unclear-instructions = Clearer instructions for { $topic }
report-title = { $business }: report { $from } to { $to }
report-summary = Candor score { $score } · { $reviews } reviews in the period · mean { $mean } stars
report-trend = Score over time
report-distribution = Reviews by stars
report-responses = Responses and recovery
report-praise = Most praised
report-complaints = Most criticised
report-quotes-positive = Most helpful positive reviews
report-quotes-critical = Most helpful critical reviews
report-aspect = { $aspect }: { $negative } of { $mentions } mentions negative ({ $share })
report-footer = Made with Candor. Every figure can be recomputed from the reviews; the formulas are published.
report-pdf = Download as PDF
report-share-title = Share this report
report-share = Make a share link
report-share-made = Anyone with this link can read the report (copy it now: it is shown once):
report-link-revoked = revoked
report-link-revoke = Revoke
testimonials-title = Testimonials: { $business }
testimonials-intro = Reviews whose authors agreed to be quoted on your own site. Choose the ones to show; export them as HTML or JSON.
testimonials-chosen = { $count } chosen
testimonials-export-html = Export as HTML
testimonials-export-json = Export as JSON
testimonials-none = No reviewer has agreed to be quoted yet.
testimonials-save = Save the choice
agency-title = All businesses
agency-business = Business
agency-total = All businesses together
agency-negative = 1-2 stars
agency-replied = Replied
agency-zone = Rating zone
agency-trend = Mean stars by month
agency-sparkline = Mean stars by month: { $business }
agency-sparkline-desc = Mean stars of each month of the period.
zone-too-few-reviews = too few reviews
zone-low = low
zone-below-peak = below the trusted zone
zone-trusted = trusted zone (4.2-4.7)
zone-too-perfect = too perfect (above 4.7)
report-read-review = Read the review
