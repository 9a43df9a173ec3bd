## Équilibre — English messages

site-name = Équilibre
site-tagline = The information portal for social-housing applicants in the Métropole Européenne de Lille: income limits, housing stock, waiting times and appointments.
site-page-title = { $page } – { $site }
site-short-tagline = Social housing in the Lille metropolitan area
skip-link = Skip to content
nav-label = Main navigation
nav-home = Home
nav-eligibility = Can I apply for social housing?
lang-switcher-label = Language
footer-accessibility = Accessibility: not compliant
footer-privacy = Personal data
footer-api = Open API (OpenAPI)
footer-staff = Staff area
footer-publisher = Information portal of the Métropole Européenne de Lille's plan for managing social-housing applications and informing applicants.

home-title = Applying for social housing in the Lille metropolitan area
home-intro = This portal helps you find out whether you can apply for social housing, where to submit your application, book the interview you are entitled to, and learn about the offer, waiting times and allocations in the Métropole Européenne de Lille.
home-eligibility-title = Can I apply for social housing?
home-eligibility-text = In one minute: your household category, the income limits that apply to you, your income band under the CIET 2016–2022, and the situations that can make your application a priority.
home-register-title = Submitting an application
home-register-text = You apply for social housing online on the national portal or at a registration desk. You then receive a unique application number.
home-register-external = National website, outside this portal.

not-found-title = Page not found
not-found-text = The address you asked for does not exist or no longer exists. Check the address, or start again from the home page.
not-found-home = Back to the home page

a11y-title = Accessibility statement
a11y-intro = The Métropole Européenne de Lille is committed to making this portal accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.
a11y-s1-title = Compliance status
a11y-s1-p1 = This portal does not comply with the French accessibility framework (RGAA 4.1): no compliance audit has been carried out yet.
a11y-s1-p2 = Every page is checked automatically (axe-core, WCAG 2.1 levels A and AA) in French, English and Arabic, with and without JavaScript, and can be used entirely with a keyboard. These automatic checks do not replace an audit.
a11y-s2-title = Known inaccessible content
a11y-s2-p1 = The official documents quoted (intermunicipal agreement, decrees) are published by their authors and may not be accessible.
a11y-s3-title = Feedback and contact
a11y-s3-p1 = If you cannot access some content or a service, write to the housing department of the Métropole Européenne de Lille, 2 boulevard des Cités Unies, 59040 Lille Cedex, to be offered an accessible alternative.
a11y-s4-title = Remedies
a11y-s4-p1 = If you did not get a satisfactory answer, you can contact the Défenseur des droits (online form, regional delegate, or free post: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).

privacy-title = Personal data
privacy-intro = What this portal collects, why, for how long, and how to exercise your rights.
privacy-s1-title = Browsing the portal
privacy-s1-p1 = You can use this portal without an account. No audience measurement or advertising tracker is used.
privacy-s1-p2 = If you choose a language, a "lang" cookie remembers it for one year. It holds only the language code.
privacy-s1-p3 = The server keeps a technical log (date, address requested, response code) for the security of the service, for 30 days at most.
privacy-s2-title = Eligibility simulator
privacy-s2-p1 = What you type in the simulator is only used to compute the result shown. Nothing is stored or logged.
privacy-s3-title = Data controller and contact
privacy-s3-p1 = Data controller: the Métropole Européenne de Lille, 2 boulevard des Cités Unies, 59040 Lille Cedex. You can contact its data protection officer at the same address.
privacy-s4-title = Your rights
privacy-s4-p1 = You have the right of access, rectification, erasure, restriction and objection. If you believe your rights are not respected, you can complain to the CNIL, the French data protection authority.
privacy-s5-title = Appointments at reception sites
privacy-s5-p1 = To book an appointment we record your name, email address, your phone if you give it, your demand number and its registration date, and the place and time chosen. They are used only to organise the appointment, to send you the confirmation, the reminder and any change, and to follow the two-month period.
privacy-s5-p2 = Only the agents of the chosen reception site and the MEL's administrators can see them. This data is deleted automatically one year after the appointment date.
privacy-s6-title = Staff area
privacy-s6-p1 = For staff accounts we record the name, email address, role and scope, and a log of sign-ins and actions (never passwords). Sessions expire after 30 minutes without activity.

elig-title = Can I apply for social housing?
elig-intro = Answer a few questions about your household and income. The result appears at the bottom of the page.
elig-privacy = Nothing you type is stored.
elig-form-household = Your household
elig-adults = Number of adults
elig-adults-hint = Including you: the adults who will live in the home.
elig-dependants = Number of dependants
elig-dependants-hint = Children and other dependants who will live with you, including children you receive under visiting and staying rights.
elig-disabled = Disabled persons
elig-disabled-hint = Number of household members holding the "carte mobilité inclusion" with the "invalidité" mention.
elig-applicant-age = Your age
elig-applicant-age-hint = Optional. Used for one priority situation: young people aged 18 to 30.
elig-couple = We are a couple without dependants
elig-couple-hint = Then give both ages: a young couple (ages adding up to 55 or less) has higher limits.
elig-age1 = Age of the first partner
elig-age2 = Age of the second partner
elig-form-resources = Your income
elig-monthly = Household monthly income (euros)
elig-monthly-hint = All income for the month: wages, benefits, pensions… excluding housing benefit (APL, AL). Example: 1650.50
elig-n2 = Reference tax income of year N-2 (optional)
elig-n2-hint = On your tax notice. For an application in 2026, it is the 2025 notice on 2024 income. If you live as a couple without being married or in a civil partnership, you each have a notice: add the two amounts.
elig-n1 = Reference tax income of year N-1 (optional)
elig-n1-hint = It is used if it is at least 10% lower than year N-2.
elig-12m = Income over the last twelve months (optional)
elig-12m-hint = Your total taxable income over the last twelve months, if your situation has changed (job loss, separation…). It is used if it is at least 10% lower than year N-2; you will have to show proof.
elig-year = Year of the income limits
elig-year-hint = By default, the current year.
elig-form-situations = Your housing situation
elig-situations-hint = Tick the situations that apply to you. They may make your application a priority. These are the 13 situations of the intermunicipal collective agreement of the CIET 2016–2022; the criteria in force today are published by the MEL.
elig-submit = See my result
elig-result-title = Your result
elig-result-waiting = Give at least the number of adults and your monthly income to see your result.
elig-result-fix = Correct the errors shown in the form to see your result.
elig-errors-title = The form has errors
elig-error-item = { $label }: { $message }
elig-summary-yes = Based on your reference tax income, your income is under at least one limit: social housing can be allocated to you, if the other conditions are met.
elig-summary-no = Based on your reference tax income, your income is above every limit: social housing cannot be allocated to you. You can still register an application.
elig-summary-estimate-yes = Based on your monthly income, it is probably under at least one limit. Your tax notice will confirm it.
elig-summary-estimate-no = The estimate from your monthly income would be above every limit. But the estimate also counts benefits that are not taxable: only your tax notice will tell.
elig-category = People in your household: { $persons }. Household category: { $category }.
elig-category-extra = For the limits, { $extra } more person(s) are added to category 6.
elig-monthly-understood = Monthly resources understood: { $amount } a month.
elig-ceilings-caption = { $year } annual income limits for your household
elig-col-financing = Type of home
elig-col-ceiling = Annual limit
elig-col-tax = From your tax income
elig-col-estimate = Estimate from your monthly income
elig-fin-plai = PLAI (lowest rents)
elig-fin-plus = PLUS (standard social housing)
elig-fin-pls = PLS (intermediate rents)
elig-yes = Yes
elig-no = No
elig-not-given = Not given
elig-income-used-n2 = Income used: { $year } reference tax income, { $amount }.
elig-income-used-n1 = Income used: { $year } reference tax income, { $amount }, because it is at least 10% lower than the year before.
elig-income-used-12m = Income used: your income over the last twelve months, { $amount }, because it is at least 10% lower than year N-2. You will have to show proof (payslips, statements).
elig-estimate-note = The estimate compares your monthly income × 12, less 10%, with the limits. It counts all your income, including benefits that the tax income does not count (RSA, family allowances, prime d'activité): it can therefore put you above a limit you are in fact under. Only your reference tax income is authoritative.
elig-band-title = Your income band (CIET 2016–2022)
elig-band-yours = Your household is in the band: { $band }.
elig-band-yours-tag = your band
elig-range-tres-modeste = less than { $p40 } a month
elig-range-modeste = from { $p40 } to { $p60 } a month
elig-range-intermediaire = from { $p60 } to { $p80 } a month
elig-range-superieur = more than { $p80 } a month
elig-band-explain = The MEL's intermunicipal agreement on territorial balance (CIET) aimed at a balance between these four bands: in fragile neighbourhoods, households of the intermediate and higher bands were sought; elsewhere, modest and very modest households. Every band could be offered a home anywhere.
elig-aci-title = A priority application?
elig-aci-historic = These situations are those of the intermunicipal collective agreement (ACI) of the CIET 2016–2022. The MEL renewed it in 2022 with its intermunicipal allocation agreement: the criteria in force are the ones it publishes. The priorities set by law (article L441-1 of the Code de la construction et de l'habitation) apply in every case.
elig-aci-not-selected = You have not ticked any situation. If one applies to you, tick it: your application could be a priority.
elig-aci-possible = Your household could be a priority household under the intermunicipal collective agreements.
elig-aci-none = From your answers, the situations ticked do not seem to meet the conditions. Mention them at your interview: a case-by-case review is still possible.
elig-aci-status-possible = condition met from your answers
elig-aci-status-age-to-confirm = possible, depending on your age (not given)
elig-aci-status-resources-above-limit = your income is above the 2 RSA limit ({ $limit } a month for your household)
elig-aci-status-age-outside-range = your age does not match this situation
elig-aci-item = { $situation } — { $status }
elig-aci-rsa-used = The 2 RSA limit is worked out with the RSA basic amount for a single person in force on { $on }: { $amount } a month (from { $from }, { $source }).
elig-aci-rsa-unverified = This amount has not yet been checked against its decree.
elig-aci-disclaimer = This is not a decision: priority is examined by the partners when your application is processed.
elig-next-title = What next?
elig-next-register = Anyone can register an application for social housing, online on the national portal or at a registration desk: you will receive a unique number. For a home to be allocated to you, your income must be under the home's limit and, if you are a foreign national (outside the European Union), you must be lawfully resident in France (a valid residence permit).
elig-next-interview = Within two months of registering your application, you can have an interview at a labelled reception site of the metropolitan area to refine your housing plans.
elig-ruleset = Computed with the { $year } limits (valid from { $from } to { $to }) — source: { $source }.
elig-ruleset-unverified = Warning: some figures for this year have not yet been checked against the official decree.
elig-band-rule = Income bands: { $name } (from { $from } to { $to }).
elig-band-rule-ended = This agreement was replaced in 2022 by the intermunicipal allocation agreement, whose figures are not loaded yet: the band is computed with the 2016 method.

band-tres-modeste = very modest income
band-modeste = modest income
band-intermediaire = intermediate income
band-superieur = higher income

aci-non-decent = I live in housing that is not decent
aci-insalubre = I live in unfit or dangerous housing
aci-suroccupation-extreme = My home is severely overcrowded
aci-sans-logement = I have no home
aci-perte-logement = I am about to lose my home (eviction, end of lease, sale)
aci-sortie-hebergement = I am leaving emergency or transitional accommodation
aci-sortie-foyer = I am leaving a hostel or a social residence
aci-handicap = A member of my household has a disability
aci-cohabitation-risque = I live in a difficult or risky cohabitation
aci-jeune-precaire = I am 18 to 30, in insecure work and on a low income
aci-age-modeste-mal-loge = I am an older person on a modest income, poorly housed
aci-precarite-insertion = I am in financial hardship with difficulties finding work
aci-situation-particuliere = Another particular situation (refugee, leaving prison, victim of violence or trafficking…)

error-not-found = This resource does not exist.
error-internal = An unexpected error occurred. Please try again in a moment.
error-database-unavailable = The service is temporarily unavailable. Please try again in a moment.
error-invalid-json = The request body is not valid JSON.
error-validation-failed = Some data are invalid.
error-method-not-allowed = This method is not accepted here.
error-payload-too-large = The request is too large.
error-forbidden = This request is not allowed from this site.
error-required = This field is required.
error-not-an-integer = Enter a whole number.
error-invalid-amount = Enter an amount in euros, for example 1650.50.
error-amount-ambiguous = This amount can be read two ways. Write it with a point before the cents, and commas only between groups of three digits: 1650, 1,650 or 1650.50.
error-negative = The number cannot be negative.
error-too-large = The number is too large.
error-out-of-range = The number is outside the accepted limits (1 to 10 adults, 0 to 20 dependants).
error-unknown-field = This field is not recognised.
error-unknown-year = The limits for this year are not available.
error-unknown-situation = This situation is not recognised.
error-not-a-list = A list is expected.
error-disabled-exceeds-persons = There cannot be more disabled persons than persons in the household.
error-couple-ages-need-two-adults = The couple's ages only apply to a household of two adults.
error-age-out-of-range = Enter an age between 16 and 120.
error-n1-without-n2 = Give the reference tax income of year N-2 as well.
error-twelve-months-without-n2 = Give the reference tax income of year N-2 as well: the last twelve months are used only when at least 10% lower.

import-summary = { $rows } line(s) read: { $inserted } added, { $updated } changed, { $unchanged } unchanged.
import-dry-run = Check only (--dry-run): nothing was written.
import-failed = Import refused: { $count } error(s). Nothing was changed. Correct the file and import it again.
import-error-line = Line { $line }, column "{ $column }": { $message } Value: "{ $value }".
import-error-line-only = Line { $line }: { $message }
import-progress = { $done } / { $total } lines
import-error-empty = The file is empty.
import-error-not-text = This is not a text file (binary or UTF-16). Save it as CSV in UTF-8 or Windows-1252.
import-error-unclosed-quote = A quoted field is not closed.
import-error-column-count = The number of columns does not match the header (truncated line?).
import-error-missing-column = This required column is missing from the header.
import-error-required = A required value is missing.
import-error-not-a-count = A whole number is expected.
import-error-negative = The number cannot be negative.
import-error-not-a-flag = Expected: 1 or 0 (yes or no).
import-error-not-one-of = Value not recognised.
import-error-bad-date = A date is expected, as YYYY-MM-DD.
import-error-bad-month = A month is expected, as YYYY-MM.
import-error-bad-decimal = A decimal number is expected (for example 5.62).
import-error-unknown-commune = Unknown INSEE code: not a commune of the Métropole Européenne de Lille.
import-error-unknown-quartier = Unknown neighbourhood: import the neighbourhoods first.
import-error-unknown-landlord = Unknown landlord.
import-error-unknown-residence = Unknown residence: import the residences first.
import-error-vacant-above-units = More vacant dwellings than dwellings.
import-error-duplicate-key = This line repeats an earlier line (same key); the value gives the first line.
import-error-bad-iris = An IRIS code is expected: 9 characters starting with the INSEE code of a commune of the metropolitan area.
import-error-unmapped-iris = This IRIS belongs to no neighbourhood: import the IRIS → neighbourhood table (quartier-iris) first.
import-error-unknown-financing = Unknown financing code (FINAN).
import-error-not-positive = A number greater than zero is expected.

nav-communes = Housing and waiting times by town
home-communes-title = Housing and waiting times by town
home-communes-text = How many social homes, how many applications, how many allocations and how long people wait, town by town and by size of home.
home-booking-title = Book my interview
home-booking-text = Within two months of registering your application, you are entitled to an interview at a labelled reception site. Choose the site, the day and the time; you can move or cancel the appointment.
home-sites-title = Reception and information sites
home-sites-text = Addresses, opening hours, languages spoken and access of the metropolitan area's reception sites.
home-bilan-title = Allocations report
home-bilan-text = How many homes were allocated, to which households, by semester and by area, compared with the objectives of the CIET 2016–2022.
communes-title = Housing and waiting times by town
communes-intro = For each town of the metropolitan area: social homes, pending applications and allocations over the 12 months to { $month }, applications per allocation and median waiting time.
communes-filter-legend = Filter towns
communes-q = Town name
communes-fragility = Fragility of the town
communes-fragility-any = All
communes-typology = Size of home wanted
communes-typology-any = All sizes
communes-filter-submit = Show
communes-download = Download this table:
communes-download-csv = CSV (spreadsheet)
communes-download-json = JSON
communes-caption = { $count } town(s) — { $typology }
communes-col-name = Town
communes-col-fragility = Fragility
communes-col-units = Social homes
communes-col-pending = Pending applications
communes-col-attributions = Allocations over 12 months
communes-col-pressure = Applications per allocation
communes-col-wait = Median wait (months)
communes-none = No town matches these criteria.
communes-explain = "Applications per allocation": pending applications divided by the allocations of the last 12 months. The higher it is, the longer the wait. The median wait is that of satisfied applications: half waited less, half waited more.
fragility-fragile = fragile
fragility-moyenne = medium fragility
fragility-sans = not fragile
fragility-unknown = not given
typology-all = all sizes
typology-t1 = T1
typology-t2 = T2
typology-t3 = T3
typology-t4 = T4
typology-t5plus = T5 and larger
data-sources = Sources of the figures
data-source-item = { $source } (data as of { $as_of })
data-demo-notice = Demonstration data: these figures are generated to try the portal and do not describe reality.
data-demo-sites = Demonstration data: these reception sites, their hours, phone numbers and slots are invented to try the portal. Do not rely on them to call or go there.
data-demo-booking = Demonstration: these sites and slots are invented to try the portal. An appointment made here is not a real appointment.
common-yes = Yes
common-no = No
commune-population = Population
commune-qpv-share = Share of social homes in priority neighbourhoods (QPV)
commune-demand-title = Applications and allocations (to { $month })
commune-demand-caption = Pending applications, allocations over the last 12 months and waiting times, by size of home
commune-col-typology = Size
commune-col-pending-fa = Applications (first home)
commune-col-pending-mut = Transfer applications
commune-col-wait-median = Median wait (months)
commune-col-wait-p75 = 3 in 4 satisfied within (months)
commune-stock-title = Social housing stock
commune-stock-typology = Social homes by size
commune-stock-financing = Social homes by financing
commune-stock-landlord = Social homes by landlord
commune-col-financing = Financing
commune-col-landlord = Landlord
commune-col-units = Homes
commune-col-vacant = Vacant
commune-col-let = Let during the year
commune-financing-other = other (older financing)
commune-landlords-title = Landlords in the town
commune-quartiers-title = Neighbourhoods
commune-quartiers-caption = Neighbourhoods of the town, fragility, priority neighbourhood (QPV) and urban renewal site (NPRU)
commune-col-quartier = Neighbourhood
commune-col-qpv = QPV
commune-col-npru = NPRU site
quartier-objectives-title = Whom do allocations seek here?
quartier-objectives-intro = Under the intermunicipal agreement's objectives for this kind of neighbourhood, allocations should favour households with:
quartier-objectives-intro-ended = For this kind of neighbourhood, the CIET (2016–2022) asked that allocations favour households with:
quartier-objectives-today = These objectives are no longer in force. Today's are set by the MEL's intermunicipal allocation agreement (CIA), which the MEL publishes; they are not yet entered in this portal.
quartier-objectives-unknown = The fragility of this neighbourhood is not given: no objective to show.
quartier-objectives-source = Source: { $source }. Every household can be offered a home anywhere.
quartier-demand-commune = Applications are not known by neighbourhood: the figures below are the town's ({ $commune }).
chart-waits-title = Waiting times by size of home (months)
chart-waits-desc = For each size of home, two bars: the median wait of satisfied applications, then the time within which 3 in 4 were satisfied. The figures are also in the table below.
chart-stock-typology-title = Social dwellings and lettings of the year by size
chart-stock-typology-desc = For each dwelling size, two bars: the number of social dwellings, then the number let during the year. The figures are also in the table that follows.
chart-stock-financing-title = Social dwellings and lettings of the year by financing
chart-stock-financing-desc = For each financing (PLAI, PLUS, PLS, other), two bars: the number of social dwellings, then the number let during the year. The figures are also in the table that follows.

## Staff area errors
error-unauthenticated = Sign in to see this page.
error-not-permitted = Your account does not have access to this resource.
error-csrf-rejected = This form has expired or does not come from this site. Reload the page and try again.
error-too-many-attempts = Too many attempts. Try again later.
error-invalid-credentials = Wrong email address or password.
error-invalid-code = This code is not valid. Type the 6-digit code shown by your app.
error-link-invalid = This link no longer works: it was already used or has expired. Ask the administrator for a new one.
error-password-too-short = The password must have at least 12 characters.
error-password-too-long = The password cannot be longer than 128 characters.
error-password-too-guessable = This password is too easy to guess. A short sentence of several words is safer and easier to remember.
error-passwords-differ = The two passwords are not the same.
error-invalid-email = Type a valid email address, for example first.last@town.fr.
error-email-taken = An account already exists with this address.
error-unknown-role = Choose a role from the list.
error-scope-required = This role needs at least one commune, reception site or landlord.
error-unknown-scope = One of the codes does not exist (commune INSEE code, site number or landlord code).
error-unknown-kind = Choose a file type from the list.
error-file-required = Choose a CSV file.
error-invalid-date = Type a date as YYYY-MM-DD.

## Common form elements
common-error-title = This could not be done
common-errors-title = The form has errors
common-error-item = { $label }: { $message }

## Staff area
staff-nav-label = Staff area
staff-nav-home = Staff home
staff-nav-users = Accounts
staff-nav-audit = Audit trail
staff-nav-imports = Data imports
staff-signed-in-as = Signed in: { $name }
staff-logout = Sign out
staff-logout-everywhere = Sign out of all devices
staff-field = Field
staff-email = Email address
staff-password = Password
staff-password-again = Confirm the password
staff-name = Name
staff-role = Role
staff-scope = Scope
staff-scope-hint = INSEE codes of communes, numbers of reception sites or landlord codes, separated by commas. Not needed for an administrator.
staff-status = Status
staff-totp = Two-factor authentication
staff-sessions = Open sessions
staff-actions = Actions
staff-code = 6-digit code
staff-role-admin = MEL administrator
staff-role-commune = Commune staff
staff-role-agent = Reception agent
staff-role-landlord = Landlord
staff-login-title = Staff sign-in
staff-login-intro = For staff of the MEL, communes, reception sites and landlords.
staff-login-submit = Sign in
staff-login-help = No password yet, or forgot it? Ask the MEL administrator for a link.
staff-locked = Too many sign-in attempts. Try again in { $minutes } minute(s).
staff-notice-password-set = Your password is saved. You can sign in.
staff-notice-logged-out = You are signed out.
staff-notice-totp = Two-factor authentication is on.
staff-notice-created = The account is created. A link to choose the password was emailed.
staff-notice-link = A new link was emailed.
staff-notice-disabled = The account is disabled and its sessions are closed.
staff-notice-enabled = The account is enabled again.
staff-code-title = Verification code
staff-code-intro = Type the 6-digit code shown by your authenticator app.
staff-code-submit = Verify
staff-totp-title = Turn on two-factor authentication
staff-totp-required = Administrator accounts must use two-factor authentication: turn it on to continue.
staff-totp-step1 = Install an authenticator app on your phone (for example FreeOTP, Aegis or your organisation's).
staff-totp-step2 = Add an account in the app by typing this key:
staff-totp-step3 = Type below the 6-digit code the app shows.
staff-totp-open-app = Open in this device's authenticator app
staff-totp-submit = Turn on
staff-totp-current-code = Current code (old key)
staff-totp-current-hint = To replace your two-factor authentication, first type the code your app shows for the key you use today.
staff-totp-on = Two-factor authentication is on for your account.
staff-totp-off = Two-factor authentication is off for your account.
staff-totp-enrol = Turn on two-factor authentication
staff-password-title = Choose your password
staff-password-intro = Hello { $name }, choose the password of your account.
staff-password-hint = At least 12 characters. A short sentence of several words is a good idea.
staff-password-submit = Save the password
staff-home-title = Staff area
staff-home-intro = Hello { $name }. Your role: { $role }.
staff-home-scope = Your scope
staff-home-tools = Your tools
staff-home-account = Your account
staff-home-next-agent = After each appointment, mark the person attended or absent from the day's list.
staff-tool-users = create and disable accounts, send password links.
staff-tool-audit = who did what and when.
staff-tool-imports = load territory, housing stock and demand files.
staff-users-title = Accounts
staff-users-caption = Staff accounts
staff-users-new = Create an account
staff-users-create = Create the account and send the link
staff-status-active = Active
staff-status-pending = Awaiting password
staff-status-disabled = Disabled
staff-user-disable = Disable
staff-user-enable = Enable
staff-user-send-link = Send a link
staff-audit-title = Audit trail
staff-audit-caption = Events, newest first
staff-audit-at = Date and time (Paris)
staff-audit-actor = By
staff-audit-action = Action
staff-audit-target = Object
staff-audit-ip = IP address
staff-audit-detail = Detail
staff-audit-any = All
staff-audit-from = From
staff-audit-to = To
staff-audit-filter = Filter
staff-audit-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
staff-imports-title = Data imports
staff-imports-intro = Each file is checked in full before anything is saved: if it has an error, nothing changes. The formats are described in the documentation.
staff-import-kind = File type
staff-import-file = CSV file
staff-import-source = Source
staff-import-source-hint = The file name by default.
staff-import-as-of = Date of the data
staff-import-dry-run = Only check, save nothing
staff-import-submit = Import
staff-import-done = Import finished
staff-import-failed = File refused: nothing was changed
staff-import-kind-quartiers = Quartiers
staff-import-kind-quartier-fragility = Quartier fragility
staff-import-kind-commune-fragility = Commune fragility
staff-import-kind-quartier-iris = Quartiers and IRIS
staff-import-kind-residences = Residences
staff-import-kind-stock = Social housing stock
staff-import-kind-rpls = RPLS file (dwellings)
staff-import-kind-demand = Demand and attributions
staff-import-kind-attributions = Attribution register
staff-commune-dashboard = Commune dashboard
staff-commune-title = Dashboard: { $name }
staff-commune-intro = Monthly series of demand and attributions, all typologies.
staff-commune-public = See the commune's public page
staff-commune-months = Demand and attributions by month
staff-month = Month
staff-pending-first-access = Pending demands (first access)
staff-pending-mutation = Pending demands (transfer)
staff-attributions-month = Allocations in the month

## Emails
mail-password-subject = Équilibre: choose your password
mail-password-body =
    Hello { $name },

    An Équilibre staff account was opened for you, or a new password was requested for you.
    To choose your password, open this link (valid { $hours } hours, once):

    { $link }

    If you did not expect this message, ignore it: nothing changes without this link.

    — Métropole Européenne de Lille, social-housing demand plan

## Booking errors
error-slot-full = This slot was just taken. Choose another one among the next available slots.
error-nur-already-booked = This demand number already has an appointment with this address, or as many appointments as allowed. To move or cancel yours, use the link in the email you received; otherwise, call the reception site.
error-help-full = The registration-help appointments of this day are all taken at this site. Choose another day or another site.
error-cutoff-passed = This appointment can no longer be changed online (less than 24 hours before). Call the reception site.
error-rate-limited = Too many requests in a short time. Wait a minute and try again.
error-invalid-nur = The demand number has 18 characters, for example 0591126123456GDPUB: 3 digits of the département, the month and year of filing, 6 digits, then 5 letters or digits.
error-registration-in-future = The registration date cannot be in the future.
error-registration-before-nur = This date is before the month and year written in your application number (characters 4 to 7: the month, then the year). Check it on your registration certificate.
error-slot-unavailable = This slot is not offered (too close, past, or it does not exist). Choose a slot from the list.
error-not-bookable = This site is an information point: it does not receive by appointment. Choose a labelled site.
error-invalid-phone = Type a phone number, for example 03 20 12 34 56.
error-consent-required = Tick the box to accept the use of your data for this appointment.
error-unknown-motive = Choose the reason for the appointment.

## Dates
common-weekday-1 = Monday
common-weekday-2 = Tuesday
common-weekday-3 = Wednesday
common-weekday-4 = Thursday
common-weekday-5 = Friday
common-weekday-6 = Saturday
common-weekday-7 = Sunday
common-month-1 = January
common-month-2 = February
common-month-3 = March
common-month-4 = April
common-month-5 = May
common-month-6 = June
common-month-7 = July
common-month-8 = August
common-month-9 = September
common-month-10 = October
common-month-11 = November
common-month-12 = December
common-long-date = { $weekday } { $day } { $month } { $year }
common-month-year = { $month } { $year }

## Appointments: motives and emails
booking-motive-interview = interview about your housing demand
booking-motive-registration-help = help to file a housing demand
mail-booking-ics-summary = Housing appointment — { $site }
mail-booking-ics-description = Interview at the reception site. Bring an identity document and your demand number if you have one.
mail-booking-demo = DEMONSTRATION: this reception site and this appointment are invented to try the portal. Do not go there.
mail-booking-demo-tag = Demonstration
mail-booking-confirmed-subject = Appointment confirmed on { $date } at { $time }
mail-booking-confirmed-body =
    Hello,

    Name given when booking: { $name }

    Your appointment is confirmed: { $motive }.
    On { $date } at { $time }
    { $site }
    { $address }

    Bring an identity document and, if you have one, your demand number.
    The attached file adds the appointment to your calendar.

    To move or cancel this appointment (until { $hours } hours before), open this personal link:
    { $link }
    Do not share it: it lets anyone manage your appointment.
    Less than { $hours } hours before, call the reception site: { $phone }.

    — Métropole Européenne de Lille, social-housing applicant reception
mail-booking-moved-subject = Appointment moved to { $date } at { $time }
mail-booking-moved-body =
    Hello,

    Name given when booking: { $name }

    Your appointment was moved. New date: { $date } at { $time }
    { $site }
    { $address }
    { $reason }

    The attached file updates your calendar. The link received when booking still works.
    Questions: { $phone }.

    — Métropole Européenne de Lille, social-housing applicant reception
mail-booking-cancelled-subject = Appointment of { $date } cancelled
mail-booking-cancelled-body =
    Hello,

    Name given when booking: { $name }

    Your appointment of { $date } at { $time } ({ $site }) is cancelled.
    { $reason }

    You can book another appointment on the portal at any time.
    Questions: { $phone }.

    — Métropole Européenne de Lille, social-housing applicant reception
mail-booking-reminder-subject = Reminder: appointment on { $date } at { $time }
mail-booking-reminder-body =
    Hello,

    Name given when booking: { $name }

    A reminder of your appointment: { $motive }.
    On { $date } at { $time }
    { $site }
    { $address }

    If you cannot come, tell the reception site: { $phone }.

    — Métropole Européenne de Lille, social-housing applicant reception

## Reception sites
sites-title = Reception sites for applicants
sites-intro = Labelled sites receive you by appointment to talk about your social-housing demand; information points answer your questions without an appointment.
sites-commune = Commune
sites-language = Language spoken
sites-any-commune = All communes
sites-any-language = All languages
sites-step-free-only = Step-free access only
sites-filter = Show
sites-count = { $count ->
    [one] { $count } site
   *[other] { $count } sites
}
sites-languages = Languages spoken
sites-access = Access
sites-step-free = Step-free (wheelchair)
sites-not-step-free = Steps at the entrance
sites-phone = Phone
sites-hours = Appointment hours
sites-hours-range = { $start } to { $end }
sites-relais-note = Information point: information during the desk's opening hours, no appointment.
sites-book-here = Book an appointment here
sites-tier-labellise = Labelled site
sites-tier-relais = Information point
sites-kind-commune = Town hall
sites-kind-ccas = CCAS (social services)
sites-kind-landlord = Landlord's agency
sites-kind-action-logement = Action Logement
sites-kind-mel = Métropole Européenne de Lille
sites-lang-fr = French
sites-lang-en = English
sites-lang-ar = Arabic
sites-lang-es = Spanish
sites-lang-pt = Portuguese
sites-lang-tr = Turkish
sites-lang-ro = Romanian
sites-lang-nl = Dutch

## Booking
booking-title = Book an appointment
booking-intro = Once your social-housing demand is registered, you may be received at a labelled site within two months. No demand yet? Book an appointment to get help filing it.
booking-see-sites = See all reception sites and their hours
booking-field = Field
booking-motive = Reason for the appointment
booking-motive-choice-interview = I have a demand number: interview about my demand
booking-motive-choice-help = I have no demand yet: help to file one
booking-nur = Demand number (numéro unique)
booking-nur-hint = 18 characters, on your registration certificate, for example 0591126123456GDPUB. Not needed if you have no demand yet.
booking-registration-date = Date your demand was registered
booking-registration-date-hint = On your registration certificate. Not needed if you have no demand yet.
booking-today = Today: { $date }.
booking-commune = Commune where you want to be received
booking-site = Or a particular site
booking-any-site = Any site
booking-see-slots = See free slots
booking-where = Place
booking-slots-title = Choose a slot
booking-deadline = You may be received until { $date } included (two months after your demand was registered).
booking-deadline-passed = The two months after your demand was registered ended on { $date }. You can still be received: here are the first free slots, and your case is reported to the service.
booking-nur-mismatch = The month and year in your demand number do not match the registration date you gave. This happens with paper filings; check the date on your certificate.
booking-no-slots = No free slot here for now. Choose another commune or site, or call a reception site.
booking-none-before-deadline = No slot is free before your two-month period ends. Here are the first slots available after it; your case is reported to the service so that it offers you a solution.
booking-slots-before = Free slots before your period ends
booking-slots-next = Next free slots
booking-slots-later = First free slots after your period
booking-slot = Slot
booking-slot-label = { $date } at { $time }
booking-contact = Your contact details
booking-name = Full name
booking-email = Email address
booking-email-hint = The confirmation and the link to move or cancel are sent there, in the language of this page.
booking-phone = Phone (optional)
booking-honeypot = Do not fill in this field
booking-consent = I agree that this information is used to organise this appointment. It is kept for one year after the appointment, then deleted.
booking-privacy-link = How we protect your data
booking-confirm = Confirm the appointment
booking-manage-title = Your appointment
booking-done-booked = Your appointment is booked. A confirmation email with this link was sent to you: keep it to move or cancel.
booking-done-moved = Your appointment is moved. A confirmation email was sent to you.
booking-done-cancelled = Your appointment is cancelled. An email was sent to you.
booking-status = Status
booking-status-confirmed = Confirmed
booking-status-cancelled = Cancelled
booking-status-attended = Attended
booking-status-no-show = Did not attend
booking-when-label = Date and time
booking-when = { $date }, { $start } to { $end }
booking-where-label = Place
booking-within-deadline = This appointment is within your two-month period (until { $date }).
booking-after-deadline = This appointment is after your two-month period ended ({ $date }): the service knows.
booking-bring = Bring an identity document and, if you have one, your demand number.
booking-move-title = Move the appointment
booking-move-submit = Move to this slot
booking-cancel-title = Cancel the appointment
booking-cancel-reason = Reason (optional)
booking-cancel-submit = Cancel the appointment
booking-cutoff = This appointment can no longer be changed online less than { $hours } hours before. To move or cancel it, call the reception site: { $phone }.
booking-book-again = Book a new appointment
nav-booking = Appointments

## Reception agents
error-range-overlap = This range overlaps another range of the same day.
staff-nav-sites = Sites and appointments
staff-nav-deadline = Missed deadlines
staff-tool-sites = the day's and week's appointments, hours, closures, booking for an applicant.
staff-tool-deadline = applicants received after their two-month period.
agent-sites-title = Your reception sites
agent-schedule = Hours and closures
agent-book-for = Book for an applicant
agent-book-for-title = Book for an applicant: { $site }
agent-back-to-bookings = Back to appointments
agent-prev-day = Previous day
agent-next-day = Next day
agent-prev-week = Previous week
agent-next-week = Next week
agent-day-view = Day view
agent-week-view = Week view
agent-week-of = Week from { $from } to { $to }
agent-count = { $count ->
    [0] No confirmed appointment
    [one] { $count } confirmed appointment
   *[other] { $count } confirmed appointments
}
agent-bookings-caption = Appointments
agent-col-when = Time
agent-col-who = Person
agent-col-what = Reason
agent-col-status = Status
agent-col-actions = Actions
agent-col-deadline = End of period
agent-col-site = Site
agent-col-contact = Contact
agent-col-opening = Range
agent-col-validity = Validity
agent-col-period = Period
agent-late = (after the period)
agent-identity-check = (check identity: another appointment holds this demand number)
agent-mark-attended = Attended
agent-mark-no-show = Absent
agent-cancel = Cancel
agent-move = Move
agent-reason = Reason
agent-remove = Remove
agent-done-outcome = Attendance recorded.
agent-done-cancelled = Appointment cancelled; the applicant was told by email.
agent-done-moved = Appointment moved; the applicant was told by email.
agent-done-booked = Appointment booked; the confirmation was emailed.
agent-done-schedule = Hours saved.
agent-schedule-title = Hours and closures: { $site }
agent-holidays-closed = The site is closed on public holidays (computed automatically, Easter included).
agent-holidays-open = The site stays open on public holidays.
agent-holidays-close = Close on public holidays
agent-holidays-open-action = Open on public holidays
agent-ranges-caption = Weekly opening ranges
agent-add-range = Add a range
agent-add-range-submit = Add the range
agent-weekday = Day
agent-start = Start
agent-end = End
agent-time-hint = Lille time, as HH:MM, for example 09:00.
agent-slot-minutes = Interview length (minutes)
agent-capacity = Interviews at the same time
agent-valid-from = Valid from
agent-valid-to = Valid until (optional)
agent-closures-caption = Closures
agent-add-closure = Add a closure
agent-add-closure-submit = Add the closure
agent-closure-from = From
agent-closure-to = To (included)
agent-affected-title = Appointments are affected
agent-affected-text = This change would remove slots already booked. Move or cancel each of these appointments, with a reason (the applicant is told by email), then make the change again.
agent-affected-caption = Appointments to move or cancel
agent-move-title = Move an appointment
agent-move-intro = Appointment of { $name }, now on { $when }.
agent-move-submit = Move and tell the applicant
agent-deadline-title = Two-month periods missed
agent-deadline-intro = Applicants whose appointment is after their two-month period ended: offer them an earlier slot if you can.
agent-deadline-caption = Appointments after the period

## Attribution report and quota engine (CIET art. 5, 6, 8, 19)
nav-bilan = Attribution report
quartier-objectives-bilan = See the attribution report
elig-objectives-where = The attribution objectives favour your band in these quartiers: { $classes }.
elig-objectives-where-ended = Until { $to }, the CIET's objectives favoured your band in these quartiers: { $classes }. They are no longer in force: today's are set by the MEL's intermunicipal allocation agreement (convention intercommunale d'attribution, CIA), which the MEL publishes; they are not yet entered in this portal.
elig-objectives-bilan = See the attribution report.
bilan-ruleset-since = Objectives: { $name }, in force since { $from }.
bilan-ruleset-between = Objectives: { $name }, in force from { $from } to { $to }.
bilan-ruleset-source = Source: { $source }.
bilan-ruleset-end-unverified = This end date is an estimate, not yet checked in the act.
bilan-ruleset-standing-partly = These objectives were in force during part of the period only: attributions made outside their dates are compared with them for information only.
bilan-ruleset-standing-ended = These objectives had ended before this period: they are shown for comparison, as history, not as rules in force. Since 2022 the MEL's objectives are set by its intermunicipal allocation agreement (CIA), which it publishes; they are not yet entered in this portal.
bilan-ruleset-note-ciet-2016 = The CIET applied for six years (article 4) and was then to be renewed (article 19): the MEL replaced it in 2022 with its intermunicipal allocation agreement. Its end is placed here six years after its adoption, until the act's exact date is entered. The CIET does not say whether quartiers of medium fragility count among the less fragile ones: they are counted there.
bilan-title = Attribution report
bilan-heading = Attribution report: { $scope }
bilan-period-s1 = First half of { $year } (January to June)
bilan-period-s2 = Second half of { $year } (July to December)
bilan-period-year = Year { $year }
bilan-period-custom = From { $from } to { $to }
bilan-field-period = Period
bilan-field-scope = Area
bilan-field-remaining = Attributions still expected before the end of the period (optional)
bilan-field-remaining-hint = Left empty, they are estimated from the same period of the previous year.
bilan-show = Show
bilan-suppressed = To protect privacy, counts from 1 to 10 are not published (dash), nor those from which they could be worked out, in this table or with those of the other communes, classes and periods. A zero is published: it is about nobody.
bilan-bands-title = Attributions by income band
bilan-totals = { $total } attributions, of which { $unknown } without known resources (counted apart, outside the shares).
bilan-bands-caption = Attributions by income band, share and gap to the reference
bilan-chart-title = Share of each band in attributions
bilan-chart-desc = For each income band, its share of the period's attributions, next to the reference share of a balanced distribution.
bilan-col-band = Band
bilan-col-count = Count
bilan-col-share = Share
bilan-col-gap = Gap to the reference (points)
bilan-col-reference = Reference
bilan-col-class = Quartiers
bilan-col-favoured = Bands sought
bilan-col-favoured-share = Share of the bands sought
bilan-col-threshold = Minimum objective
bilan-col-status = Objective
bilan-col-remaining = Attributions expected
bilan-col-reachable = Still reachable?
bilan-col-indicator = Indicator
bilan-col-note = Note
bilan-col-name = Name
bilan-col-aci = ACI priority (first access)
bilan-col-npru = NPRU rehousing
bilan-col-complexes = Complex or blocked transfers
bilan-col-droit-commun = Ordinary
bilan-col-rules = Quartier objectives met
bilan-class-fragile = Fragile quartiers
bilan-class-moyenne = Medium-fragility quartiers
bilan-class-sans = Non-fragile quartiers
bilan-status-met = met
bilan-status-not-met = not met
bilan-status-none = not applicable
bilan-status-hidden = not published (counts too small)
bilan-reachable = yes
bilan-unreachable = no: out of reach for this period
bilan-rules-title = Objectives by quartier fragility
bilan-rules-intro = In fragile quartiers, at least half of attributions should go to households with intermediate or higher resources; elsewhere, at least half to households with modest or very modest resources.
bilan-rules-none = No attributions in quartiers of known fragility in this period.
bilan-rules-caption = Attribution objectives by quartier fragility
bilan-guidance-title = To meet the objectives by the end of the period
bilan-guidance-projected = { $remaining } attributions are still expected (estimated from the same period of the previous year). The table gives the smallest number of them to direct to each band.
bilan-guidance-given = { $remaining } attributions are still expected (figure entered). The table gives the smallest number of them to direct to each band.
bilan-guidance-closed = The period is over: no more attributions are expected.
bilan-guidance-caption = Minimum attributions to direct to each band
bilan-guidance-explain = These are minimums: the other attributions may go to any band. No household may be turned down for its resources.
bilan-rules-ended = A comparison with objectives no longer in force: "met" or "not met" only says what the attributions give against the CIET.
bilan-guidance-ended = These objectives are no longer in force: this calculation only shows what meeting them would take, for comparison.
bilan-others-title = Priority households, urban renewal and transfers
bilan-others-caption = Other indicators of the report
bilan-row-aci = ACI priority households, among first-access attributions
bilan-row-npru = Urban renewal rehousing (NPRU)
bilan-row-mutations = Transfers (households already in social housing)
bilan-row-complexes = Complex or blocked transfers
bilan-row-droit-commun = Ordinary households
bilan-aci-note = Objective: { $target } of the { $first } first-access attributions ({ $status }).
bilan-npru-note = The agreement's forecast: under { $forecast } of attributions (information, not an objective).
bilan-droit-commun-note = Neither ACI priority, NPRU rehousing nor complex transfers.
bilan-download-csv = Download as CSV
bilan-download-json = Download as JSON
bilan-print-hint = This page prints as it is (your browser's Print menu): charts and tables are kept.
bilan-csv-ruleset = Rules applied
bilan-csv-standing = These rules over the period
bilan-standing-in-force = in force
bilan-standing-partly = in force during part of the period
bilan-standing-ended = no longer in force (historic comparison)
bilan-rules-met = { $met } of { $of }
bilan-table-communes = By commune
bilan-table-landlords = By landlord
bilan-table-quartiers = By quartier
bilan-table-quartierclasses = By quartier fragility
bilan-table-communeclasses = By commune fragility
bilan-dashboard-title = Attribution dashboard
bilan-dashboard-intro = Every row comes from the same engine as the report: choose a row for its detailed report. Column headers sort the table.
bilan-scope-metropole = Métropole Européenne de Lille
bilan-scope-quartier = { $quartier } ({ $commune })
bilan-scope-quartiers-fragile = Fragile quartiers
bilan-scope-quartiers-moyenne = Medium-fragility quartiers
bilan-scope-quartiers-sans = Non-fragile quartiers
bilan-scope-communes-fragile = Fragile communes
bilan-scope-communes-moyenne = Medium-fragility communes
bilan-scope-communes-sans = Non-fragile communes
error-invalid-period = Unknown period: use for example 2026-S1, 2026 or 2026-01-01..2026-03-31.
error-invalid-bilan-scope = Unknown area: metropole, commune:INSEE code, quartier:id, landlord:id, quartier_fragility:class or commune_fragility:class.
error-no-ruleset = No set of objectives covers this period.
error-not-public = This bilan is for signed-in staff only: the public sees semesters and years that have ended, without projections or date ranges.
error-invalid-name = Write the name on one line, in letters (spaces, apostrophes, hyphens and the dots of initials allowed), without digits or web addresses.
import-error-unknown-code = Unknown code in the list.
import-error-quartier-not-in-commune = This quartier is not in this commune.
import-error-situations-without-aci = ACI situations are only possible for an ACI priority household.
import-error-status-without-mutation = A transfer status only applies to a transfer.
import-error-out-of-scope = Outside your remit.
import-error-too-long = Value too long (at most 200 characters).
staff-nav-dashboard = Dashboard
staff-nav-bilan = Report
staff-nav-register = Attribution register
register-title = Attribution register
register-saved = Attribution { $reference } saved.
register-new = Enter an attribution
register-intro = The latest 100 attributions in your remit. ACI situations are shown only to staff in that remit. For a whole file, use the import (kind “attributions”).
register-caption = Latest attributions
register-col-reference = Reference
register-col-date = Decision date (CAL)
register-col-commune = Commune
register-col-quartier = Quartier
register-col-landlord = Landlord
register-col-band = Income band
register-col-kind = Kind
register-col-situations = ACI situations
register-col-npru = NPRU site (rehousing)
register-col-status = Complex or blocked transfer
register-kind-first-access = First access
register-kind-mutation = Transfer
register-status-complexe = complex
register-status-bloquee = blocked
register-field-residence = Residence (id)
register-field-typology = Size
register-field-financing = Financing
register-field-adults = Adults
register-field-dependants = Dependants
register-field-disabled = Disabled persons (invalidity card)
register-field-jeune-menage = Young couple (jeune ménage)
register-jeune-menage-hint = A couple without dependants whose ages add up to 55 or less: its category is 3.
register-field-resources = Declared monthly resources (€)
register-field-aci = ACI priority household
register-field-contingent = Reservation holder
register-field-other = Field
register-none = (not given)
register-new-title = Enter an attribution
register-new-intro = The same checks as for an imported file apply. Without a band, it is computed from the household and resources, with the ceilings of the decision's year.
register-legend-decision = Decision
register-legend-household = Household
register-legend-kind = Kind of attribution
register-legend-aci = ACI priority
register-date-hint = As YYYY-MM-DD.
register-quartier-hint = Quartier id, for example 59350-001 (optional).
register-resources-hint = For example 1250.50.
register-band-hint = Leave empty to compute it from the household and resources.
register-situations-hint = Tick situation codes only: no free text is kept.
register-save = Save the attribution
register-contingent-prefectoral = Prefecture
register-contingent-mel-commune = MEL or commune
register-contingent-action-logement = Action Logement
register-contingent-bailleur = Landlord
register-error-exists = This reference is already recorded for this landlord.
register-situation-non-decent = Non-decent dwelling
register-situation-insalubre = Unfit or dangerous dwelling
register-situation-suroccupation-extreme = Extreme overcrowding
register-situation-sans-logement = Homeless
register-situation-perte-logement = Losing the home (eviction, notice, repossession)
register-situation-sortie-hebergement = Leaving emergency accommodation
register-situation-sortie-foyer = Leaving a hostel or social residence
register-situation-handicap = A household member with a disability
register-situation-cohabitation-risque = Cohabitation at risk, violence
register-situation-jeune-precaire = Young person in precarity
register-situation-age-modeste-mal-loge = Older person, modest means, badly housed
register-situation-precarite-insertion = Precarity, integration pathway
register-situation-situation-particuliere = Particular situation examined
