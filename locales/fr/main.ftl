## Équilibre — messages français (langue de référence)

site-name = Équilibre
site-tagline = Le portail d'information des demandeurs de logement social de la Métropole Européenne de Lille : conditions de ressources, offre, délais et rendez-vous.
site-page-title = { $page } – { $site }
site-short-tagline = Logement social dans la Métropole Européenne de Lille
skip-link = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-eligibility = Puis-je demander un logement social ?
lang-switcher-label = Langue
footer-accessibility = Accessibilité : non conforme
footer-privacy = Données personnelles
footer-api = API ouverte (OpenAPI)
footer-staff = Espace professionnel
footer-publisher = Portail d'information du Plan partenarial de gestion de la demande de logement social et d'information des demandeurs de la Métropole Européenne de Lille.

## Accueil
home-title = Demander un logement social dans la métropole lilloise
home-intro = Ce portail vous aide à savoir si vous pouvez demander un logement social, à trouver où déposer votre demande, à prendre rendez-vous pour l'entretien auquel vous avez droit, et à connaître l'offre, les délais d'attente et les attributions dans la Métropole Européenne de Lille.
home-eligibility-title = Puis-je demander un logement social ?
home-eligibility-text = En une minute : votre catégorie de ménage, les plafonds de ressources qui s'appliquent à vous, votre tranche de ressources au sens de la CIET 2016–2022 et les situations qui peuvent rendre votre demande prioritaire.
home-register-title = Déposer une demande
home-register-text = La demande de logement social se fait en ligne sur le portail national ou auprès d'un guichet enregistreur. Vous recevez alors un numéro unique de demande.
home-register-external = Site national, hors de ce portail.

## Page introuvable
not-found-title = Page introuvable
not-found-text = L'adresse demandée n'existe pas ou n'existe plus. Vérifiez l'adresse, ou repartez de l'accueil.
not-found-home = Retour à l'accueil

## Déclaration d'accessibilité
a11y-title = Déclaration d'accessibilité
a11y-intro = La Métropole Européenne de Lille s'engage à rendre ce portail accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.
a11y-s1-title = État de conformité
a11y-s1-p1 = Ce portail est non conforme au référentiel général d'amélioration de l'accessibilité (RGAA 4.1) : aucun audit de conformité n'a encore été réalisé.
a11y-s1-p2 = Chaque page est vérifiée automatiquement (outil axe-core, critères WCAG 2.1 niveaux A et AA) en français, en anglais et en arabe, avec et sans JavaScript, et peut être utilisée entièrement au clavier. Ces vérifications automatiques ne remplacent pas un audit.
a11y-s2-title = Contenus non accessibles connus
a11y-s2-p1 = Les documents officiels cités (convention intercommunale, arrêtés) sont publiés par leurs auteurs et peuvent ne pas être accessibles.
a11y-s3-title = Retour d'information et contact
a11y-s3-p1 = Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez au service habitat de la Métropole Européenne de Lille, 2 boulevard des Cités Unies, 59040 Lille Cedex, pour être orienté vers une alternative accessible.
a11y-s4-title = Voies de recours
a11y-s4-p1 = Si vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (formulaire en ligne, délégué de votre région, ou courrier gratuit : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).

## Données personnelles
privacy-title = Données personnelles
privacy-intro = Ce que ce portail collecte, pourquoi, combien de temps, et comment exercer vos droits.
privacy-s1-title = Consulter le portail
privacy-s1-p1 = Vous pouvez consulter ce portail sans compte. Aucun outil de mesure d'audience ni aucun traceur publicitaire n'est utilisé.
privacy-s1-p2 = Si vous choisissez une langue, un cookie « lang » la retient pendant un an. Il ne contient que le code de la langue.
privacy-s1-p3 = Le serveur tient un journal technique (date, adresse demandée, code de réponse) pour la sécurité du service. Ce journal est conservé 30 jours au plus.
privacy-s2-title = Simulateur d'éligibilité
privacy-s2-p1 = Ce que vous saisissez dans le simulateur sert seulement à calculer le résultat affiché. Rien n'est enregistré ni journalisé.
privacy-s3-title = Responsable du traitement et contact
privacy-s3-p1 = Responsable du traitement : la Métropole Européenne de Lille, 2 boulevard des Cités Unies, 59040 Lille Cedex. Vous pouvez contacter son délégué à la protection des données à la même adresse.
privacy-s4-title = Vos droits
privacy-s4-p1 = Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
privacy-s5-title = Rendez-vous dans les lieux d'accueil
privacy-s5-p1 = Pour réserver un rendez-vous, nous enregistrons votre nom, votre adresse électronique, votre téléphone si vous le donnez, votre numéro de demande et sa date d'enregistrement, le lieu et l'heure choisis. Ils servent seulement à organiser le rendez-vous, à vous envoyer la confirmation, le rappel et les changements, et à suivre le délai de deux mois.
privacy-s5-p2 = Seuls les agents du lieu d'accueil choisi et les administrateurs de la MEL y ont accès. Ces données sont effacées automatiquement un an après la date du rendez-vous.
privacy-s6-title = Espace professionnel
privacy-s6-p1 = Pour les comptes des agents, nous enregistrons le nom, l'adresse électronique, le rôle et le périmètre, ainsi qu'un journal des connexions et des actions (sans mot de passe). Les sessions expirent après 30 minutes d'inactivité.

## Simulateur d'éligibilité
elig-title = Puis-je demander un logement social ?
elig-intro = Répondez à quelques questions sur votre foyer et vos ressources. Le résultat s'affiche en bas de la page.
elig-privacy = Rien de ce que vous saisissez n'est enregistré.
elig-form-household = Votre foyer
elig-adults = Nombre d'adultes
elig-adults-hint = Vous compris, les adultes qui vivront dans le logement.
elig-dependants = Nombre de personnes à charge
elig-dependants-hint = Enfants et autres personnes à charge qui vivront avec vous, y compris les enfants que vous recevez au titre d'un droit de visite et d'hébergement.
elig-disabled = Personnes handicapées
elig-disabled-hint = Nombre de personnes du foyer titulaires de la carte mobilité inclusion mention « invalidité ».
elig-applicant-age = Votre âge
elig-applicant-age-hint = Facultatif. Il sert pour une situation prioritaire : les jeunes de 18 à 30 ans.
elig-couple = Nous sommes un couple sans personne à charge
elig-couple-hint = Indiquez alors vos deux âges : un jeune couple (âges additionnés de 55 ans au plus) a des plafonds plus élevés.
elig-age1 = Âge de la première personne du couple
elig-age2 = Âge de la seconde personne du couple
elig-form-resources = Vos ressources
elig-monthly = Ressources mensuelles du foyer (en euros)
elig-monthly-hint = Toutes les ressources du mois : salaires, allocations, pensions… sans les aides au logement (APL, AL). Exemple : 1 650,50
elig-n2 = Revenu fiscal de référence de l'année N-2 (facultatif)
elig-n2-hint = Sur votre avis d'imposition. Pour une demande en 2026, c'est l'avis 2025 sur les revenus 2024. Si vous vivez en couple sans être mariés ni pacsés, vous avez chacun un avis : additionnez les deux montants.
elig-n1 = Revenu fiscal de référence de l'année N-1 (facultatif)
elig-n1-hint = Il est retenu s'il est inférieur d'au moins 10 % à celui de l'année N-2.
elig-12m = Ressources des douze derniers mois (facultatif)
elig-12m-hint = Le total de vos revenus imposables des douze derniers mois, si votre situation a changé (perte d'emploi, séparation…). Il est retenu s'il est inférieur d'au moins 10 % au revenu de l'année N-2 ; il faudra le justifier.
elig-year = Année des plafonds
elig-year-hint = Par défaut, l'année en cours.
elig-form-situations = Votre situation de logement
elig-situations-hint = Cochez les situations qui vous concernent. Elles peuvent rendre votre demande prioritaire. Ce sont les 13 situations de l'accord collectif intercommunal de la CIET 2016–2022 ; les critères en vigueur aujourd'hui sont publiés par la MEL.
elig-submit = Voir mon résultat
elig-result-title = Votre résultat
elig-result-waiting = Indiquez au moins le nombre d'adultes et vos ressources mensuelles pour voir votre résultat.
elig-result-fix = Corrigez les erreurs signalées dans le formulaire pour voir votre résultat.
elig-errors-title = Le formulaire contient des erreurs
elig-error-item = { $label } : { $message }
elig-summary-yes = D'après votre revenu fiscal de référence, vos ressources sont sous au moins un plafond : un logement social peut vous être attribué, si les autres conditions sont remplies.
elig-summary-no = D'après votre revenu fiscal de référence, vos ressources dépassent tous les plafonds : un logement social ne pourra pas vous être attribué. Vous pouvez tout de même enregistrer une demande.
elig-summary-estimate-yes = D'après vos ressources mensuelles, elles sont probablement sous au moins un plafond. Votre avis d'imposition le confirmera.
elig-summary-estimate-no = D'après l'estimation tirée de vos ressources mensuelles, elles dépasseraient tous les plafonds. Mais l'estimation compte aussi des aides qui ne sont pas imposables : seul votre avis d'imposition le dira.
elig-category = Personnes dans votre foyer : { $persons }. Catégorie de ménage : { $category }.
elig-category-extra = Pour le calcul des plafonds, { $extra } personne(s) s'ajoutent à la catégorie 6.
elig-monthly-understood = Ressources mensuelles comprises : { $amount } par mois.
elig-ceilings-caption = Plafonds de ressources annuels { $year } pour votre foyer
elig-col-financing = Type de logement
elig-col-ceiling = Plafond annuel
elig-col-tax = D'après votre revenu fiscal
elig-col-estimate = Estimation d'après vos ressources mensuelles
elig-fin-plai = PLAI (loyers les plus bas)
elig-fin-plus = PLUS (logement social classique)
elig-fin-pls = PLS (loyers intermédiaires)
elig-yes = Oui
elig-no = Non
elig-not-given = Non renseigné
elig-income-used-n2 = Revenu retenu : revenu fiscal de référence { $year }, { $amount }.
elig-income-used-n1 = Revenu retenu : revenu fiscal de référence { $year }, { $amount }, car il est inférieur d'au moins 10 % à celui de l'année précédente.
elig-income-used-12m = Revenu retenu : vos ressources des douze derniers mois, { $amount }, car elles sont inférieures d'au moins 10 % au revenu de l'année N-2. Il faudra les justifier (bulletins de salaire, attestations).
elig-estimate-note = L'estimation compare vos ressources mensuelles × 12, moins 10 %, aux plafonds. Elle compte toutes vos ressources, y compris des aides que le revenu fiscal ne compte pas (RSA, allocations familiales, prime d'activité) : elle peut donc vous placer au-dessus d'un plafond que vous ne dépassez pas. Seul votre revenu fiscal de référence fait foi.
elig-band-title = Votre tranche de ressources (CIET 2016–2022)
elig-band-yours = Votre foyer est dans la tranche : { $band }.
elig-band-yours-tag = votre tranche
elig-range-tres-modeste = moins de { $p40 } par mois
elig-range-modeste = de { $p40 } à { $p60 } par mois
elig-range-intermediaire = de { $p60 } à { $p80 } par mois
elig-range-superieur = plus de { $p80 } par mois
elig-band-explain = La convention intercommunale d'équilibre territorial (CIET) de la MEL visait un équilibre entre ces quatre tranches : dans les quartiers fragiles, plutôt des ménages des tranches intermédiaires et plus élevées ; ailleurs, plutôt des ménages modestes et très modestes. Toutes les tranches pouvaient obtenir un logement partout.
elig-aci-title = Demande prioritaire ?
elig-aci-historic = Ces situations sont celles de l'accord collectif intercommunal (ACI) de la CIET 2016–2022. La MEL l'a renouvelé en 2022 avec sa convention intercommunale d'attribution : les critères en vigueur sont ceux qu'elle publie. Les priorités fixées par la loi (article L441-1 du code de la construction et de l'habitation) s'appliquent dans tous les cas.
elig-aci-not-selected = Vous n'avez coché aucune situation. Si l'une d'elles vous concerne, cochez-la : votre demande pourrait être prioritaire.
elig-aci-possible = Votre foyer pourrait être un ménage prioritaire au titre des accords collectifs intercommunaux.
elig-aci-none = D'après vos réponses, les situations cochées ne semblent pas remplir les conditions. Parlez-en lors de votre entretien : un examen au cas par cas reste possible.
elig-aci-status-possible = condition remplie d'après vos réponses
elig-aci-status-age-to-confirm = possible, selon votre âge (non indiqué)
elig-aci-status-resources-above-limit = vos ressources dépassent la limite de 2 RSA ({ $limit } par mois pour votre foyer)
elig-aci-status-age-outside-range = votre âge ne correspond pas à cette situation
elig-aci-item = { $situation } — { $status }
elig-aci-rsa-used = La limite de 2 RSA est calculée avec le montant forfaitaire du RSA pour une personne seule en vigueur le { $on } : { $amount } par mois (à partir du { $from }, { $source }).
elig-aci-rsa-unverified = Ce montant n'a pas encore été vérifié au regard de son décret.
elig-aci-disclaimer = Ce n'est pas une décision : la priorité est examinée par les partenaires lors de l'instruction de votre demande.
elig-next-title = Et maintenant ?
elig-next-register = Tout le monde peut déposer une demande de logement social, en ligne sur le portail national ou auprès d'un guichet enregistreur : vous recevrez un numéro unique. Pour qu'un logement vous soit attribué, vos ressources doivent être sous le plafond du logement et, si vous êtes de nationalité étrangère (hors Union européenne), votre séjour en France doit être régulier (titre de séjour en cours de validité).
elig-next-interview = Dans les deux mois qui suivent l'enregistrement de votre demande, vous pouvez être reçu en entretien dans un lieu d'accueil labellisé de la métropole pour préciser votre projet.
elig-ruleset = Calcul selon les plafonds { $year } (valables du { $from } au { $to }) — source : { $source }.
elig-ruleset-unverified = Attention : certains chiffres de cette année n'ont pas encore été vérifiés dans l'arrêté officiel.
elig-band-rule = Tranches de ressources : { $name } (du { $from } au { $to }).
elig-band-rule-ended = Cette convention a été remplacée en 2022 par la convention intercommunale d'attribution, dont les chiffres ne sont pas encore chargés : la tranche est calculée selon la méthode de 2016.

## Tranches de ressources
band-tres-modeste = ressources très modestes
band-modeste = ressources modestes
band-intermediaire = ressources intermédiaires
band-superieur = ressources plus élevées

## Situations prioritaires (ACI)
aci-non-decent = Je vis dans un logement non décent
aci-insalubre = Je vis dans un logement insalubre ou dangereux
aci-suroccupation-extreme = Mon logement est très surpeuplé
aci-sans-logement = Je n'ai pas de logement
aci-perte-logement = Je vais perdre mon logement (expulsion, fin de bail, vente)
aci-sortie-hebergement = Je quitte un hébergement d'urgence ou d'insertion
aci-sortie-foyer = Je quitte un foyer ou une résidence sociale
aci-handicap = Une personne de mon foyer est en situation de handicap
aci-cohabitation-risque = Je vis une cohabitation difficile ou à risque
aci-jeune-precaire = J'ai entre 18 et 30 ans, un emploi précaire et de faibles ressources
aci-age-modeste-mal-loge = Je suis une personne âgée aux ressources modestes, mal logée
aci-precarite-insertion = Je suis en situation de précarité avec des difficultés d'insertion professionnelle
aci-situation-particuliere = Autre situation particulière (réfugié, sortie de prison, victime de violences ou de traite…)

## Erreurs
error-not-found = Cette ressource n'existe pas.
error-internal = Une erreur inattendue s'est produite. Réessayez dans quelques instants.
error-database-unavailable = Le service est momentanément indisponible. Réessayez dans quelques instants.
error-invalid-json = Le corps de la requête n'est pas un JSON valide.
error-validation-failed = Certaines données sont invalides.
error-method-not-allowed = Cette méthode n'est pas acceptée ici.
error-payload-too-large = La requête est trop volumineuse.
error-forbidden = Cette requête n'est pas autorisée depuis ce site.
error-required = Ce champ est obligatoire.
error-not-an-integer = Saisissez un nombre entier.
error-invalid-amount = Saisissez un montant en euros, par exemple 1 650,50.
error-amount-ambiguous = Ce montant peut se lire de deux façons. Écrivez-le sans point ni virgule pour les milliers, et avec une virgule avant les centimes : 1650 ou 1650,50.
error-negative = Le nombre ne peut pas être négatif.
error-too-large = Le nombre est trop grand.
error-out-of-range = Le nombre n'est pas dans les limites acceptées (1 à 10 adultes, 0 à 20 personnes à charge).
error-unknown-field = Ce champ n'est pas reconnu.
error-unknown-year = Les plafonds de cette année ne sont pas disponibles.
error-unknown-situation = Cette situation n'est pas reconnue.
error-not-a-list = Une liste est attendue.
error-disabled-exceeds-persons = Il ne peut pas y avoir plus de personnes handicapées que de personnes dans le foyer.
error-couple-ages-need-two-adults = Les âges du couple ne s'indiquent que pour un foyer de deux adultes.
error-age-out-of-range = Saisissez un âge entre 16 et 120 ans.
error-n1-without-n2 = Indiquez aussi le revenu fiscal de référence de l'année N-2.
error-twelve-months-without-n2 = Indiquez aussi le revenu fiscal de référence de l'année N-2 : les douze derniers mois ne sont retenus que s'ils sont inférieurs d'au moins 10 %.

## Imports (ligne de commande et pages du personnel)
import-summary = { $rows } ligne(s) lue(s) : { $inserted } ajoutée(s), { $updated } modifiée(s), { $unchanged } inchangée(s).
import-dry-run = Vérification seule (--dry-run) : rien n'a été écrit.
import-failed = Import refusé : { $count } erreur(s). Rien n'a été modifié. Corrigez le fichier et importez-le de nouveau.
import-error-line = Ligne { $line }, colonne « { $column } » : { $message } Valeur : « { $value } ».
import-error-line-only = Ligne { $line } : { $message }
import-progress = { $done } / { $total } lignes
import-error-empty = Le fichier est vide.
import-error-not-text = Ce n'est pas un fichier texte (fichier binaire ou UTF-16). Enregistrez-le en CSV UTF-8 ou Windows-1252.
import-error-unclosed-quote = Un champ entre guillemets n'est pas refermé.
import-error-column-count = Le nombre de colonnes ne correspond pas à l'en-tête (ligne tronquée ?).
import-error-missing-column = Cette colonne obligatoire manque dans l'en-tête.
import-error-required = Valeur obligatoire manquante.
import-error-not-a-count = Un nombre entier est attendu.
import-error-negative = Le nombre ne peut pas être négatif.
import-error-not-a-flag = Attendu : 1 ou 0 (oui ou non).
import-error-not-one-of = Valeur non reconnue.
import-error-bad-date = Date attendue au format AAAA-MM-JJ.
import-error-bad-month = Mois attendu au format AAAA-MM.
import-error-bad-decimal = Nombre décimal attendu (par exemple 5,62).
import-error-unknown-commune = Code INSEE inconnu : ce n'est pas une commune de la Métropole Européenne de Lille.
import-error-unknown-quartier = Quartier inconnu : importez d'abord les quartiers.
import-error-unknown-landlord = Bailleur inconnu.
import-error-unknown-residence = Résidence inconnue : importez d'abord les résidences.
import-error-vacant-above-units = Plus de logements vacants que de logements.
import-error-duplicate-key = Cette ligne répète une ligne précédente (même clé) ; la valeur indique la première ligne.
import-error-bad-iris = Code IRIS attendu : 9 caractères commençant par le code INSEE d'une commune de la métropole.
import-error-unmapped-iris = Cet IRIS n'est rattaché à aucun quartier : importez d'abord la table IRIS → quartier (quartier-iris).
import-error-unknown-financing = Code de financement (FINAN) inconnu.
import-error-not-positive = Un nombre strictement positif est attendu.

## Offre et délais : communes
nav-communes = Offre et délais par commune
home-communes-title = Offre et délais d'attente par commune
home-communes-text = Combien de logements sociaux, combien de demandes, combien d'attributions et combien de temps on attend, commune par commune et par taille de logement.
home-booking-title = Prendre rendez-vous pour mon entretien
home-booking-text = Dans les deux mois qui suivent l'enregistrement de votre demande, vous avez droit à un entretien dans un lieu d'accueil labellisé. Choisissez le lieu, le jour et l'heure ; vous pourrez déplacer ou annuler le rendez-vous.
home-sites-title = Lieux d'accueil et d'information
home-sites-text = Les adresses, horaires, langues parlées et accès des lieux d'accueil de la métropole.
home-bilan-title = Bilan des attributions
home-bilan-text = Combien de logements ont été attribués, à quels ménages, par semestre et par territoire, comparés aux objectifs de la CIET 2016–2022.
communes-title = Offre et délais d'attente par commune
communes-intro = Pour chaque commune de la métropole : logements sociaux, demandes en attente et attributions des 12 derniers mois jusqu'à { $month }, nombre de demandes pour une attribution et délai d'attente médian.
communes-filter-legend = Filtrer les communes
communes-q = Nom de la commune
communes-fragility = Fragilité de la commune
communes-fragility-any = Toutes
communes-typology = Taille de logement recherchée
communes-typology-any = Toutes tailles
communes-filter-submit = Afficher
communes-download = Télécharger ce tableau :
communes-download-csv = CSV (tableur)
communes-download-json = JSON
communes-caption = { $count } commune(s) — { $typology }
communes-col-name = Commune
communes-col-fragility = Fragilité
communes-col-units = Logements sociaux
communes-col-pending = Demandes en attente
communes-col-attributions = Attributions sur 12 mois
communes-col-pressure = Demandes pour une attribution
communes-col-wait = Délai médian (mois)
communes-none = Aucune commune ne correspond à ces critères.
communes-explain = « Demandes pour une attribution » : demandes en attente divisées par les attributions des 12 derniers mois. Plus ce nombre est élevé, plus l'attente est longue. Le délai médian est celui des demandes satisfaites : la moitié a attendu moins, l'autre moitié plus.
fragility-fragile = fragile
fragility-moyenne = fragilité moyenne
fragility-sans = non fragile
fragility-unknown = non renseignée
typology-all = toutes tailles
typology-t1 = T1
typology-t2 = T2
typology-t3 = T3
typology-t4 = T4
typology-t5plus = T5 et plus
data-sources = Sources des chiffres
data-source-item = { $source } (données au { $as_of })
data-demo-notice = Données de démonstration : ces chiffres sont générés pour essayer le portail et ne décrivent pas la réalité.
data-demo-sites = Données de démonstration : ces lieux d'accueil, leurs horaires, leurs numéros et leurs créneaux sont inventés pour essayer le portail. Ne vous y fiez pas pour appeler ou vous déplacer.
data-demo-booking = Démonstration : ces lieux et ces créneaux sont inventés pour essayer le portail. Un rendez-vous pris ici n'est pas un vrai rendez-vous.
common-yes = Oui
common-no = Non
commune-population = Population
commune-qpv-share = Part des logements sociaux en quartier prioritaire (QPV)
commune-demand-title = Demandes et attributions (jusqu'à { $month })
commune-demand-caption = Demandes en attente, attributions des 12 derniers mois et délais d'attente, par taille de logement
commune-col-typology = Taille
commune-col-pending-fa = Demandes (premier accès)
commune-col-pending-mut = Demandes de mutation
commune-col-wait-median = Délai médian (mois)
commune-col-wait-p75 = 3 demandes sur 4 satisfaites en moins de (mois)
commune-stock-title = Le parc social
commune-stock-typology = Logements sociaux par taille
commune-stock-financing = Logements sociaux par financement
commune-stock-landlord = Logements sociaux par bailleur
commune-col-financing = Financement
commune-col-landlord = Bailleur
commune-col-units = Logements
commune-col-vacant = Vacants
commune-col-let = Loués dans l'année
commune-financing-other = autres (financements anciens)
commune-landlords-title = Bailleurs présents dans la commune
commune-quartiers-title = Les quartiers
commune-quartiers-caption = Quartiers de la commune, fragilité, quartier prioritaire (QPV) et site de renouvellement urbain (NPRU)
commune-col-quartier = Quartier
commune-col-qpv = QPV
commune-col-npru = Site NPRU
quartier-objectives-title = Qui les attributions recherchent-elles ici ?
quartier-objectives-intro = Selon les objectifs de la convention intercommunale pour ce type de quartier, les attributions doivent favoriser les ménages aux :
quartier-objectives-intro-ended = Pour ce type de quartier, la CIET (2016–2022) demandait de favoriser les ménages aux :
quartier-objectives-today = Ces objectifs ne sont plus en vigueur. Ceux d'aujourd'hui sont fixés par la convention intercommunale d'attribution (CIA) de la MEL, qui les publie ; ils ne sont pas encore saisis dans ce portail.
quartier-objectives-unknown = La fragilité de ce quartier n'est pas renseignée : pas d'objectif à afficher.
quartier-objectives-source = Source : { $source }. Tous les ménages peuvent obtenir un logement partout.
quartier-demand-commune = Les demandes ne sont pas connues par quartier : les chiffres ci-dessous sont ceux de la commune ({ $commune }).
chart-waits-title = Délais d'attente par taille de logement (mois)
chart-waits-desc = Pour chaque taille de logement, deux barres : le délai médian des demandes satisfaites, puis le délai dans lequel 3 demandes sur 4 ont été satisfaites. Les chiffres sont aussi dans le tableau qui suit.
chart-stock-typology-title = Logements sociaux et relocations de l'année par taille de logement
chart-stock-typology-desc = Pour chaque taille de logement, deux barres : le nombre de logements sociaux, puis le nombre de logements reloués dans l'année. Les chiffres sont aussi dans le tableau qui suit.
chart-stock-financing-title = Logements sociaux et relocations de l'année par financement
chart-stock-financing-desc = Pour chaque financement (PLAI, PLUS, PLS, autres), deux barres : le nombre de logements sociaux, puis le nombre de logements reloués dans l'année. Les chiffres sont aussi dans le tableau qui suit.

## Erreurs de l'espace professionnel
error-unauthenticated = Connectez-vous pour accéder à cette page.
error-not-permitted = Votre compte n'a pas accès à cette ressource.
error-csrf-rejected = Ce formulaire a expiré ou ne vient pas de ce site. Rechargez la page et recommencez.
error-too-many-attempts = Trop de tentatives. Réessayez plus tard.
error-invalid-credentials = Adresse électronique ou mot de passe incorrect.
error-invalid-code = Ce code n'est pas valide. Saisissez le code à 6 chiffres affiché par votre application.
error-link-invalid = Ce lien n'est plus valable : il a déjà servi ou a expiré. Demandez un nouveau lien à l'administrateur.
error-password-too-short = Le mot de passe doit compter au moins 12 caractères.
error-password-too-long = Le mot de passe ne peut pas dépasser 128 caractères.
error-password-too-guessable = Ce mot de passe est trop facile à deviner. Une courte phrase de plusieurs mots est plus sûre et plus facile à retenir.
error-passwords-differ = Les deux mots de passe ne sont pas identiques.
error-invalid-email = Saisissez une adresse électronique valide, par exemple prenom.nom@ville.fr.
error-email-taken = Un compte existe déjà avec cette adresse.
error-unknown-role = Choisissez un rôle dans la liste.
error-scope-required = Ce rôle demande au moins une commune, un lieu d'accueil ou un bailleur.
error-unknown-scope = Un des codes saisis n'existe pas (code INSEE de commune, numéro de lieu ou code de bailleur).
error-unknown-kind = Choisissez un type de fichier dans la liste.
error-file-required = Choisissez un fichier CSV.
error-invalid-date = Saisissez une date au format AAAA-MM-JJ.

## Éléments communs des formulaires
common-error-title = Action impossible
common-errors-title = Le formulaire contient des erreurs
common-error-item = { $label } : { $message }

## Espace professionnel
staff-nav-label = Espace professionnel
staff-nav-home = Accueil de l'espace
staff-nav-users = Comptes
staff-nav-audit = Journal d'audit
staff-nav-imports = Imports de données
staff-signed-in-as = Connecté·e : { $name }
staff-logout = Se déconnecter
staff-logout-everywhere = Se déconnecter de tous les appareils
staff-field = Champ
staff-email = Adresse électronique
staff-password = Mot de passe
staff-password-again = Confirmez le mot de passe
staff-name = Nom
staff-role = Rôle
staff-scope = Périmètre
staff-scope-hint = Codes INSEE des communes, numéros des lieux d'accueil ou codes des bailleurs, séparés par des virgules. Inutile pour un administrateur.
staff-status = État
staff-totp = Double authentification
staff-sessions = Sessions ouvertes
staff-actions = Actions
staff-code = Code à 6 chiffres
staff-role-admin = Administrateur MEL
staff-role-commune = Agent de commune
staff-role-agent = Agent d'accueil
staff-role-landlord = Bailleur
staff-login-title = Connexion à l'espace professionnel
staff-login-intro = Réservé aux agents de la MEL, des communes, des lieux d'accueil et des bailleurs.
staff-login-submit = Se connecter
staff-login-help = Pas encore de mot de passe, ou mot de passe oublié ? Demandez un lien à l'administrateur de la MEL.
staff-locked = Trop de tentatives de connexion. Réessayez dans { $minutes } minute(s).
staff-notice-password-set = Votre mot de passe est enregistré. Vous pouvez vous connecter.
staff-notice-logged-out = Vous êtes déconnecté·e.
staff-notice-totp = La double authentification est activée.
staff-notice-created = Le compte est créé. Un lien pour choisir le mot de passe a été envoyé par courriel.
staff-notice-link = Un nouveau lien a été envoyé par courriel.
staff-notice-disabled = Le compte est désactivé et ses sessions sont fermées.
staff-notice-enabled = Le compte est réactivé.
staff-code-title = Code de vérification
staff-code-intro = Saisissez le code à 6 chiffres affiché par votre application d'authentification.
staff-code-submit = Vérifier
staff-totp-title = Activer la double authentification
staff-totp-required = Les comptes d'administration doivent utiliser la double authentification : activez-la pour continuer.
staff-totp-step1 = Installez une application d'authentification sur votre téléphone (par exemple FreeOTP, Aegis ou celle de votre organisation).
staff-totp-step2 = Ajoutez un compte dans l'application en saisissant cette clé :
staff-totp-step3 = Saisissez ci-dessous le code à 6 chiffres que l'application affiche.
staff-totp-open-app = Ouvrir dans l'application d'authentification de cet appareil
staff-totp-submit = Activer
staff-totp-current-code = Code actuel (ancienne clé)
staff-totp-current-hint = Pour remplacer votre double authentification, saisissez d'abord le code que votre application affiche pour la clé que vous utilisez aujourd'hui.
staff-totp-on = La double authentification est activée sur votre compte.
staff-totp-off = La double authentification n'est pas activée sur votre compte.
staff-totp-enrol = Activer la double authentification
staff-password-title = Choisir votre mot de passe
staff-password-intro = Bonjour { $name }, choisissez le mot de passe de votre compte.
staff-password-hint = Au moins 12 caractères. Une courte phrase de plusieurs mots est une bonne idée.
staff-password-submit = Enregistrer le mot de passe
staff-home-title = Espace professionnel
staff-home-intro = Bonjour { $name }. Votre rôle : { $role }.
staff-home-scope = Votre périmètre
staff-home-tools = Vos outils
staff-home-account = Votre compte
staff-home-next-agent = Après chaque rendez-vous, marquez la personne présente ou absente depuis la liste du jour.
staff-tool-users = créer, désactiver des comptes, envoyer des liens de mot de passe.
staff-tool-audit = qui a fait quoi et quand.
staff-tool-imports = charger les fichiers de territoire, de parc et de demande.
staff-users-title = Comptes
staff-users-caption = Comptes de l'espace professionnel
staff-users-new = Créer un compte
staff-users-create = Créer le compte et envoyer le lien
staff-status-active = Actif
staff-status-pending = En attente du mot de passe
staff-status-disabled = Désactivé
staff-user-disable = Désactiver
staff-user-enable = Réactiver
staff-user-send-link = Envoyer un lien
staff-audit-title = Journal d'audit
staff-audit-caption = Événements, du plus récent au plus ancien
staff-audit-at = Date et heure (Paris)
staff-audit-actor = Auteur
staff-audit-action = Action
staff-audit-target = Objet
staff-audit-ip = Adresse IP
staff-audit-detail = Détail
staff-audit-any = Toutes
staff-audit-from = Du
staff-audit-to = Au
staff-audit-filter = Filtrer
staff-audit-count = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
staff-imports-title = Imports de données
staff-imports-intro = Chaque fichier est vérifié en entier avant d'être enregistré : s'il contient une erreur, rien n'est modifié. Les formats sont décrits dans la documentation.
staff-import-kind = Type de fichier
staff-import-file = Fichier CSV
staff-import-source = Source
staff-import-source-hint = Par défaut, le nom du fichier.
staff-import-as-of = Date des données
staff-import-dry-run = Vérifier seulement, sans rien enregistrer
staff-import-submit = Importer
staff-import-done = Import terminé
staff-import-failed = Fichier refusé : rien n'a été modifié
staff-import-kind-quartiers = Quartiers
staff-import-kind-quartier-fragility = Fragilité des quartiers
staff-import-kind-commune-fragility = Fragilité des communes
staff-import-kind-quartier-iris = Quartiers et IRIS
staff-import-kind-residences = Résidences
staff-import-kind-stock = Parc social
staff-import-kind-rpls = Fichier RPLS (logements)
staff-import-kind-demand = Demande et attributions
staff-import-kind-attributions = Registre des attributions
staff-commune-dashboard = Tableau de bord communal
staff-commune-title = Tableau de bord : { $name }
staff-commune-intro = Série mensuelle de la demande et des attributions, toutes typologies.
staff-commune-public = Voir la page publique de la commune
staff-commune-months = Demande et attributions par mois
staff-month = Mois
staff-pending-first-access = Demandes en attente (premier accès)
staff-pending-mutation = Demandes en attente (mutation)
staff-attributions-month = Attributions du mois

## Courriels
mail-password-subject = Équilibre : choisissez votre mot de passe
mail-password-body =
    Bonjour { $name },

    Un compte de l'espace professionnel Équilibre vous a été ouvert ou un nouveau mot de passe a été demandé pour vous.
    Pour choisir votre mot de passe, ouvrez ce lien (valable { $hours } heures, une seule fois) :

    { $link }

    Si vous n'attendiez pas ce message, ignorez-le : rien ne change sans ce lien.

    — Métropole Européenne de Lille, plan de gestion de la demande de logement social

## Erreurs des rendez-vous
error-slot-full = Ce créneau vient d'être pris. Choisissez un autre créneau parmi les prochains disponibles.
error-nur-already-booked = Ce numéro de demande a déjà un rendez-vous avec cette adresse, ou le nombre de rendez-vous permis. Pour déplacer ou annuler le vôtre, utilisez le lien reçu par courriel ; sinon, appelez le site d'accueil.
error-help-full = Les rendez-vous d'aide à l'inscription de ce jour sont tous pris sur ce site. Choisissez un autre jour ou un autre site.
error-cutoff-passed = Ce rendez-vous ne peut plus être modifié en ligne (moins de 24 heures avant). Appelez le lieu d'accueil.
error-rate-limited = Trop de demandes en peu de temps. Patientez une minute puis réessayez.
error-invalid-nur = Le numéro de demande compte 18 caractères, par exemple 0591126123456GDPUB : 3 chiffres du département, le mois et l'année de dépôt, 6 chiffres, puis 5 lettres ou chiffres.
error-registration-in-future = La date d'enregistrement ne peut pas être dans le futur.
error-registration-before-nur = Cette date est antérieure au mois et à l'année inscrits dans votre numéro de demande (4e à 7e caractères : le mois puis l'année). Vérifiez-la sur votre attestation d'enregistrement.
error-slot-unavailable = Ce créneau n'est pas proposé (il est trop proche, passé ou n'existe pas). Choisissez un créneau de la liste.
error-not-bookable = Ce lieu est un relais d'information : il ne reçoit pas sur rendez-vous. Choisissez un lieu labellisé.
error-invalid-phone = Saisissez un numéro de téléphone, par exemple 03 20 12 34 56.
error-consent-required = Cochez la case pour accepter l'utilisation de vos données pour ce rendez-vous.
error-unknown-motive = Choisissez le motif du rendez-vous.

## Dates
common-weekday-1 = lundi
common-weekday-2 = mardi
common-weekday-3 = mercredi
common-weekday-4 = jeudi
common-weekday-5 = vendredi
common-weekday-6 = samedi
common-weekday-7 = dimanche
common-month-1 = janvier
common-month-2 = février
common-month-3 = mars
common-month-4 = avril
common-month-5 = mai
common-month-6 = juin
common-month-7 = juillet
common-month-8 = août
common-month-9 = septembre
common-month-10 = octobre
common-month-11 = novembre
common-month-12 = décembre
common-long-date = { $weekday } { $day } { $month } { $year }
common-month-year = { $month } { $year }

## Rendez-vous : motifs et courriels
booking-motive-interview = entretien sur votre demande de logement
booking-motive-registration-help = aide pour déposer une demande de logement
mail-booking-ics-summary = Rendez-vous logement — { $site }
mail-booking-ics-description = Entretien au lieu d'accueil. Apportez une pièce d'identité et votre numéro de demande si vous en avez un.
mail-booking-demo = DÉMONSTRATION : ce lieu d'accueil et ce rendez-vous sont inventés pour essayer le portail. Ne vous déplacez pas.
mail-booking-demo-tag = Démonstration
mail-booking-confirmed-subject = Rendez-vous confirmé le { $date } à { $time }
mail-booking-confirmed-body =
    Bonjour,

    Nom donné lors de la réservation : { $name }

    Votre rendez-vous est confirmé : { $motive }.
    Le { $date } à { $time }
    { $site }
    { $address }

    Apportez une pièce d'identité et, si vous en avez un, votre numéro de demande.
    Le fichier joint ajoute le rendez-vous à votre agenda.

    Pour déplacer ou annuler ce rendez-vous (jusqu'à { $hours } heures avant), ouvrez ce lien personnel :
    { $link }
    Ne le transmettez pas : il permet de gérer votre rendez-vous.
    Moins de { $hours } heures avant, appelez le lieu d'accueil : { $phone }.

    — Métropole Européenne de Lille, accueil des demandeurs de logement social
mail-booking-moved-subject = Rendez-vous déplacé au { $date } à { $time }
mail-booking-moved-body =
    Bonjour,

    Nom donné lors de la réservation : { $name }

    Votre rendez-vous a été déplacé. Nouvelle date : le { $date } à { $time }
    { $site }
    { $address }
    { $reason }

    Le fichier joint met à jour votre agenda. Le lien reçu lors de la réservation reste valable.
    Pour toute question : { $phone }.

    — Métropole Européenne de Lille, accueil des demandeurs de logement social
mail-booking-cancelled-subject = Rendez-vous du { $date } annulé
mail-booking-cancelled-body =
    Bonjour,

    Nom donné lors de la réservation : { $name }

    Votre rendez-vous du { $date } à { $time } ({ $site }) est annulé.
    { $reason }

    Vous pouvez réserver un autre rendez-vous sur le portail à tout moment.
    Pour toute question : { $phone }.

    — Métropole Européenne de Lille, accueil des demandeurs de logement social
mail-booking-reminder-subject = Rappel : rendez-vous le { $date } à { $time }
mail-booking-reminder-body =
    Bonjour,

    Nom donné lors de la réservation : { $name }

    Nous vous rappelons votre rendez-vous : { $motive }.
    Le { $date } à { $time }
    { $site }
    { $address }

    Si vous ne pouvez pas venir, prévenez le lieu d'accueil : { $phone }.

    — Métropole Européenne de Lille, accueil des demandeurs de logement social

## Lieux d'accueil
sites-title = Lieux d'accueil des demandeurs
sites-intro = Les lieux labellisés vous reçoivent sur rendez-vous pour parler de votre demande de logement social ; les relais d'information répondent à vos questions sans rendez-vous.
sites-commune = Commune
sites-language = Langue parlée
sites-any-commune = Toutes les communes
sites-any-language = Toutes les langues
sites-step-free-only = Accès de plain-pied seulement
sites-filter = Afficher
sites-count = { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
sites-languages = Langues parlées
sites-access = Accès
sites-step-free = De plain-pied (fauteuil roulant)
sites-not-step-free = Marches à l'entrée
sites-phone = Téléphone
sites-hours = Horaires des rendez-vous
sites-hours-range = de { $start } à { $end }
sites-relais-note = Relais d'information : renseignements aux heures d'ouverture de l'accueil, sans rendez-vous.
sites-book-here = Prendre rendez-vous ici
sites-tier-labellise = Lieu labellisé
sites-tier-relais = Relais d'information
sites-kind-commune = Mairie
sites-kind-ccas = CCAS
sites-kind-landlord = Agence d'un bailleur
sites-kind-action-logement = Action Logement
sites-kind-mel = Métropole Européenne de Lille
sites-lang-fr = français
sites-lang-en = anglais
sites-lang-ar = arabe
sites-lang-es = espagnol
sites-lang-pt = portugais
sites-lang-tr = turc
sites-lang-ro = roumain
sites-lang-nl = néerlandais

## Prendre rendez-vous
booking-title = Prendre rendez-vous
booking-intro = Après avoir enregistré votre demande de logement social, vous pouvez être reçu dans un lieu labellisé dans les deux mois. Vous n'avez pas encore de demande ? Prenez rendez-vous pour être aidé à la déposer.
booking-see-sites = Voir tous les lieux d'accueil et leurs horaires
booking-field = Champ
booking-motive = Motif du rendez-vous
booking-motive-choice-interview = J'ai un numéro de demande : entretien sur ma demande
booking-motive-choice-help = Je n'ai pas encore de demande : aide pour la déposer
booking-nur = Numéro de demande (numéro unique)
booking-nur-hint = 18 caractères, sur votre attestation d'enregistrement, par exemple 0591126123456GDPUB. Inutile si vous n'avez pas encore de demande.
booking-registration-date = Date d'enregistrement de la demande
booking-registration-date-hint = Sur votre attestation d'enregistrement. Inutile si vous n'avez pas encore de demande.
booking-today = Aujourd'hui : { $date }.
booking-commune = Commune où vous souhaitez être reçu
booking-site = Ou un lieu précis
booking-any-site = N'importe quel lieu
booking-see-slots = Voir les créneaux libres
booking-where = Lieu
booking-slots-title = Choisir un créneau
booking-deadline = Vous pouvez être reçu jusqu'au { $date } inclus (deux mois après l'enregistrement de votre demande).
booking-deadline-passed = Le délai de deux mois après l'enregistrement de votre demande est dépassé depuis le { $date }. Vous pouvez tout de même être reçu : voici les premiers créneaux libres, et votre situation est signalée au service.
booking-nur-mismatch = Le mois et l'année de votre numéro de demande ne correspondent pas à la date d'enregistrement indiquée. C'est possible pour une demande déposée sur papier ; vérifiez la date sur votre attestation.
booking-no-slots = Aucun créneau libre pour l'instant ici. Choisissez une autre commune ou un autre lieu, ou appelez un lieu d'accueil.
booking-none-before-deadline = Aucun créneau n'est libre avant la fin de votre délai de deux mois. Voici les premiers créneaux disponibles ensuite ; votre situation est signalée au service pour qu'il vous propose une solution.
booking-slots-before = Créneaux libres avant la fin de votre délai
booking-slots-next = Prochains créneaux libres
booking-slots-later = Premiers créneaux libres après votre délai
booking-slot = Créneau
booking-slot-label = { $date } à { $time }
booking-contact = Vos coordonnées
booking-name = Nom et prénom
booking-email = Adresse électronique
booking-email-hint = La confirmation et le lien pour déplacer ou annuler y seront envoyés, dans la langue de cette page.
booking-phone = Téléphone (facultatif)
booking-honeypot = Ne remplissez pas ce champ
booking-consent = J'accepte que ces informations servent à organiser ce rendez-vous. Elles sont conservées un an après le rendez-vous puis effacées.
booking-privacy-link = Comment nous protégeons vos données
booking-confirm = Confirmer le rendez-vous
booking-manage-title = Votre rendez-vous
booking-done-booked = Votre rendez-vous est réservé. Un courriel de confirmation vous a été envoyé avec ce lien : gardez-le pour déplacer ou annuler.
booking-done-moved = Votre rendez-vous est déplacé. Un courriel de confirmation vous a été envoyé.
booking-done-cancelled = Votre rendez-vous est annulé. Un courriel vous a été envoyé.
booking-status = État
booking-status-confirmed = Confirmé
booking-status-cancelled = Annulé
booking-status-attended = Honoré
booking-status-no-show = Absence constatée
booking-when-label = Date et heure
booking-when = { $date }, de { $start } à { $end }
booking-where-label = Lieu
booking-within-deadline = Ce rendez-vous est dans votre délai de deux mois (jusqu'au { $date }).
booking-after-deadline = Ce rendez-vous est après la fin de votre délai de deux mois ({ $date }) : le service en est informé.
booking-bring = Apportez une pièce d'identité et, si vous en avez un, votre numéro de demande.
booking-move-title = Déplacer le rendez-vous
booking-move-submit = Déplacer à ce créneau
booking-cancel-title = Annuler le rendez-vous
booking-cancel-reason = Motif (facultatif)
booking-cancel-submit = Annuler le rendez-vous
booking-cutoff = Ce rendez-vous ne peut plus être modifié en ligne moins de { $hours } heures avant. Pour le déplacer ou l'annuler, appelez le lieu d'accueil : { $phone }.
booking-book-again = Prendre un nouveau rendez-vous
nav-booking = Rendez-vous

## Espace des agents d'accueil
error-range-overlap = Cette plage chevauche une autre plage du même jour.
staff-nav-sites = Lieux et rendez-vous
staff-nav-deadline = Délais dépassés
staff-tool-sites = rendez-vous du jour et de la semaine, horaires, fermetures, réservation pour un demandeur.
staff-tool-deadline = demandeurs reçus après leur délai de deux mois.
agent-sites-title = Vos lieux d'accueil
agent-schedule = Horaires et fermetures
agent-book-for = Réserver pour un demandeur
agent-book-for-title = Réserver pour un demandeur : { $site }
agent-back-to-bookings = Retour aux rendez-vous
agent-prev-day = Jour précédent
agent-next-day = Jour suivant
agent-prev-week = Semaine précédente
agent-next-week = Semaine suivante
agent-day-view = Vue du jour
agent-week-view = Vue de la semaine
agent-week-of = Semaine du { $from } au { $to }
agent-count = { $count ->
    [0] Aucun rendez-vous confirmé
    [one] { $count } rendez-vous confirmé
   *[other] { $count } rendez-vous confirmés
}
agent-bookings-caption = Rendez-vous
agent-col-when = Heure
agent-col-who = Personne
agent-col-what = Motif
agent-col-status = État
agent-col-actions = Actions
agent-col-deadline = Fin du délai
agent-col-site = Lieu
agent-col-contact = Contact
agent-col-opening = Plage
agent-col-validity = Validité
agent-col-period = Période
agent-late = (après le délai)
agent-identity-check = (vérifier l'identité : un autre rendez-vous porte ce numéro de demande)
agent-mark-attended = Présent
agent-mark-no-show = Absent
agent-cancel = Annuler
agent-move = Déplacer
agent-reason = Motif
agent-remove = Supprimer
agent-done-outcome = Présence enregistrée.
agent-done-cancelled = Rendez-vous annulé ; le demandeur a été prévenu par courriel.
agent-done-moved = Rendez-vous déplacé ; le demandeur a été prévenu par courriel.
agent-done-booked = Rendez-vous réservé ; la confirmation a été envoyée par courriel.
agent-done-schedule = Horaires enregistrés.
agent-schedule-title = Horaires et fermetures : { $site }
agent-holidays-closed = Le lieu est fermé les jours fériés (calculés automatiquement, Pâques compris).
agent-holidays-open = Le lieu reste ouvert les jours fériés.
agent-holidays-close = Fermer les jours fériés
agent-holidays-open-action = Ouvrir les jours fériés
agent-ranges-caption = Plages d'ouverture hebdomadaires
agent-add-range = Ajouter une plage
agent-add-range-submit = Ajouter la plage
agent-weekday = Jour
agent-start = Début
agent-end = Fin
agent-time-hint = Heure de Lille, au format HH:MM, par exemple 09:00.
agent-slot-minutes = Durée d'un entretien (minutes)
agent-capacity = Entretiens en parallèle
agent-valid-from = Valable à partir du
agent-valid-to = Valable jusqu'au (facultatif)
agent-closures-caption = Fermetures
agent-add-closure = Ajouter une fermeture
agent-add-closure-submit = Ajouter la fermeture
agent-closure-from = Du
agent-closure-to = Au (inclus)
agent-affected-title = Des rendez-vous sont concernés
agent-affected-text = Ce changement supprimerait des créneaux déjà réservés. Déplacez ou annulez chacun de ces rendez-vous, avec un motif (le demandeur est prévenu par courriel), puis recommencez le changement.
agent-affected-caption = Rendez-vous à déplacer ou annuler
agent-move-title = Déplacer un rendez-vous
agent-move-intro = Rendez-vous de { $name }, actuellement le { $when }.
agent-move-submit = Déplacer et prévenir le demandeur
agent-deadline-title = Délais de deux mois dépassés
agent-deadline-intro = Demandeurs dont le rendez-vous a lieu après la fin de leur délai de deux mois : proposez-leur un créneau plus tôt si possible.
agent-deadline-caption = Rendez-vous après le délai

## Bilan des attributions et moteur de quotas (CIET art. 5, 6, 8, 19)
nav-bilan = Bilan des attributions
quartier-objectives-bilan = Voir le bilan des attributions
elig-objectives-where = Les objectifs d'attribution favorisent votre tranche dans les quartiers : { $classes }.
elig-objectives-where-ended = Jusqu'au { $to }, les objectifs de la CIET favorisaient votre tranche dans les quartiers : { $classes }. Ils ne sont plus en vigueur : ceux d'aujourd'hui sont fixés par la convention intercommunale d'attribution (CIA) de la MEL, qui les publie ; ils ne sont pas encore saisis dans ce portail.
elig-objectives-bilan = Voir le bilan des attributions.
bilan-ruleset-since = Objectifs : { $name }, en vigueur depuis le { $from }.
bilan-ruleset-between = Objectifs : { $name }, en vigueur du { $from } au { $to }.
bilan-ruleset-source = Source : { $source }.
bilan-ruleset-end-unverified = Cette date de fin est une estimation, pas encore vérifiée dans l'acte.
bilan-ruleset-standing-partly = Ces objectifs n'étaient en vigueur que pendant une partie de la période : les attributions faites en dehors de leurs dates y sont comparées à titre indicatif seulement.
bilan-ruleset-standing-ended = Ces objectifs avaient pris fin avant cette période : ils sont montrés pour comparaison, comme un historique, pas comme des règles en vigueur. Depuis 2022, les objectifs de la MEL sont fixés par sa convention intercommunale d'attribution (CIA), qu'elle publie ; ils ne sont pas encore saisis dans ce portail.
bilan-ruleset-note-ciet-2016 = La CIET s'appliquait pour six ans (article 4) puis devait être renouvelée (article 19) : la MEL l'a remplacée en 2022 par sa convention intercommunale d'attribution. Sa fin est placée ici six ans après son adoption, en attendant la date exacte de l'acte. La CIET ne dit pas si les quartiers de fragilité moyenne comptent parmi les quartiers moins fragiles : ils y sont comptés.
bilan-title = Bilan des attributions
bilan-heading = Bilan des attributions : { $scope }
bilan-period-s1 = Premier semestre { $year } (janvier à juin)
bilan-period-s2 = Second semestre { $year } (juillet à décembre)
bilan-period-year = Année { $year }
bilan-period-custom = Du { $from } au { $to }
bilan-field-period = Période
bilan-field-scope = Territoire
bilan-field-remaining = Attributions encore attendues d'ici la fin de la période (facultatif)
bilan-field-remaining-hint = Sans chiffre, elles sont estimées d'après la même période de l'année précédente.
bilan-show = Afficher
bilan-suppressed = Pour protéger la vie privée, les effectifs de 1 à 10 ne sont pas publiés (tiret), ni ceux qui permettraient de les retrouver, dans ce tableau ou avec ceux des autres communes, classes et périodes. Un zéro est publié : il ne concerne personne.
bilan-bands-title = Attributions par tranche de ressources
bilan-totals = { $total } attributions, dont { $unknown } sans ressources connues (comptées à part, hors des parts).
bilan-bands-caption = Attributions par tranche de ressources, part et écart à la référence
bilan-chart-title = Part de chaque tranche dans les attributions
bilan-chart-desc = Pour chaque tranche de ressources, la part des attributions de la période, à côté de la part de référence de l'équilibre.
bilan-col-band = Tranche
bilan-col-count = Effectif
bilan-col-share = Part
bilan-col-gap = Écart à la référence (points)
bilan-col-reference = Référence
bilan-col-class = Quartiers
bilan-col-favoured = Tranches recherchées
bilan-col-favoured-share = Part des tranches recherchées
bilan-col-threshold = Objectif minimal
bilan-col-status = Objectif
bilan-col-remaining = Attributions attendues
bilan-col-reachable = Encore atteignable ?
bilan-col-indicator = Indicateur
bilan-col-note = Remarque
bilan-col-name = Nom
bilan-col-aci = Prioritaires ACI (1er accès)
bilan-col-npru = Relogements NPRU
bilan-col-complexes = Mutations complexes ou bloquées
bilan-col-droit-commun = Droit commun
bilan-col-rules = Objectifs de quartier atteints
bilan-class-fragile = Quartiers fragiles
bilan-class-moyenne = Quartiers de fragilité moyenne
bilan-class-sans = Quartiers non fragiles
bilan-status-met = atteint
bilan-status-not-met = non atteint
bilan-status-none = sans objet
bilan-status-hidden = non publié (effectifs trop petits)
bilan-reachable = oui
bilan-unreachable = non : plus atteignable sur cette période
bilan-rules-title = Objectifs par fragilité des quartiers
bilan-rules-intro = Dans les quartiers fragiles, au moins la moitié des attributions doit aller aux ménages aux ressources intermédiaires ou plus élevées ; dans les autres, au moins la moitié aux ménages modestes ou très modestes.
bilan-rules-none = Aucune attribution dans des quartiers de fragilité connue sur cette période.
bilan-rules-caption = Objectifs d'attribution par fragilité des quartiers
bilan-guidance-title = Pour atteindre les objectifs d'ici la fin de la période
bilan-guidance-projected = { $remaining } attributions sont encore attendues (estimation d'après la même période de l'année précédente). Le tableau donne le plus petit nombre d'entre elles à destiner à chaque tranche.
bilan-guidance-given = { $remaining } attributions sont encore attendues (chiffre saisi). Le tableau donne le plus petit nombre d'entre elles à destiner à chaque tranche.
bilan-guidance-closed = La période est terminée : plus aucune attribution n'est attendue.
bilan-guidance-caption = Attributions minimales à destiner à chaque tranche
bilan-guidance-explain = Ces nombres sont des minimums : les autres attributions peuvent aller à toute tranche. Aucun ménage ne peut être écarté pour ses ressources.
bilan-rules-ended = Comparaison avec des objectifs qui ne sont plus en vigueur : « atteint » ou « non atteint » dit seulement ce que donnent les attributions au regard de la CIET.
bilan-guidance-ended = Ces objectifs ne sont plus en vigueur : ce calcul montre seulement ce qu'il faudrait pour les atteindre, à titre de comparaison.
bilan-others-title = Ménages prioritaires, renouvellement urbain et mutations
bilan-others-caption = Autres indicateurs du bilan
bilan-row-aci = Ménages prioritaires de l'ACI, parmi les attributions en premier accès
bilan-row-npru = Relogements du renouvellement urbain (NPRU)
bilan-row-mutations = Mutations (ménages déjà locataires du parc social)
bilan-row-complexes = Mutations complexes ou bloquées
bilan-row-droit-commun = Ménages de droit commun
bilan-aci-note = Objectif : { $target } des { $first } attributions en premier accès ({ $status }).
bilan-npru-note = Prévision de la convention : moins de { $forecast } des attributions (information, pas un objectif).
bilan-droit-commun-note = Ni prioritaires ACI, ni relogements NPRU, ni mutations complexes.
bilan-download-csv = Télécharger en CSV
bilan-download-json = Télécharger en JSON
bilan-print-hint = Cette page s'imprime telle quelle (menu Imprimer du navigateur) : les graphiques et tableaux sont conservés.
bilan-csv-ruleset = Règles appliquées
bilan-csv-standing = Ces règles sur la période
bilan-standing-in-force = en vigueur
bilan-standing-partly = en vigueur sur une partie de la période
bilan-standing-ended = plus en vigueur (comparaison historique)
bilan-rules-met = { $met } sur { $of }
bilan-table-communes = Par commune
bilan-table-landlords = Par bailleur
bilan-table-quartiers = Par quartier
bilan-table-quartierclasses = Par fragilité des quartiers
bilan-table-communeclasses = Par fragilité des communes
bilan-dashboard-title = Tableau de bord des attributions
bilan-dashboard-intro = Chaque ligne vient du même moteur que le bilan : choisissez une ligne pour son bilan détaillé. Les en-têtes de colonnes trient le tableau.
bilan-scope-metropole = Métropole européenne de Lille
bilan-scope-quartier = { $quartier } ({ $commune })
bilan-scope-quartiers-fragile = Quartiers fragiles
bilan-scope-quartiers-moyenne = Quartiers de fragilité moyenne
bilan-scope-quartiers-sans = Quartiers non fragiles
bilan-scope-communes-fragile = Communes fragiles
bilan-scope-communes-moyenne = Communes de fragilité moyenne
bilan-scope-communes-sans = Communes non fragiles
error-invalid-period = Période non reconnue : utilisez par exemple 2026-S1, 2026 ou 2026-01-01..2026-03-31.
error-invalid-bilan-scope = Territoire non reconnu : metropole, commune:code INSEE, quartier:identifiant, landlord:identifiant, quartier_fragility:classe ou commune_fragility:classe.
error-no-ruleset = Aucun ensemble d'objectifs ne couvre cette période.
error-not-public = Ce bilan est réservé aux agents connectés : le public voit les semestres et années terminés, sans projection ni plage de dates.
error-invalid-name = Écrivez le nom sur une ligne, en lettres (espaces, apostrophes, traits d'union et points des initiales permis), sans chiffres ni adresse web.
import-error-unknown-code = Code inconnu dans la liste.
import-error-quartier-not-in-commune = Ce quartier n'est pas dans cette commune.
import-error-situations-without-aci = Des situations ACI ne sont possibles que pour un ménage prioritaire ACI.
import-error-status-without-mutation = Le statut de mutation ne vaut que pour une mutation.
import-error-out-of-scope = Hors de votre périmètre.
import-error-too-long = Valeur trop longue (200 caractères au plus).
staff-nav-dashboard = Tableau de bord
staff-nav-bilan = Bilan
staff-nav-register = Registre des attributions
register-title = Registre des attributions
register-saved = Attribution { $reference } enregistrée.
register-new = Saisir une attribution
register-intro = Les 100 dernières attributions de votre périmètre. Les situations ACI ne sont visibles que des professionnels du périmètre. Pour un fichier complet, utilisez l'import (type « attributions »).
register-caption = Dernières attributions
register-col-reference = Référence
register-col-date = Date de la décision (CAL)
register-col-commune = Commune
register-col-quartier = Quartier
register-col-landlord = Bailleur
register-col-band = Tranche de ressources
register-col-kind = Type
register-col-situations = Situations ACI
register-col-npru = Site NPRU (relogement)
register-col-status = Mutation complexe ou bloquée
register-kind-first-access = Premier accès
register-kind-mutation = Mutation
register-status-complexe = complexe
register-status-bloquee = bloquée
register-field-residence = Résidence (identifiant)
register-field-typology = Typologie
register-field-financing = Financement
register-field-adults = Adultes
register-field-dependants = Personnes à charge
register-field-disabled = Personnes handicapées (carte invalidité)
register-field-jeune-menage = Jeune ménage
register-jeune-menage-hint = Un couple sans personne à charge dont la somme des âges est de 55 ans au plus : sa catégorie est la 3.
register-field-resources = Ressources mensuelles déclarées (€)
register-field-aci = Ménage prioritaire de l'ACI
register-field-contingent = Contingent
register-field-other = Champ
register-none = (non renseigné)
register-new-title = Saisir une attribution
register-new-intro = Les mêmes contrôles que pour un fichier importé s'appliquent. La tranche est calculée à partir du ménage et des ressources, avec les plafonds de l'année de la décision, si elle n'est pas donnée.
register-legend-decision = Décision
register-legend-household = Ménage
register-legend-kind = Type d'attribution
register-legend-aci = Priorité ACI
register-date-hint = Au format AAAA-MM-JJ.
register-quartier-hint = Identifiant du quartier, par exemple 59350-001 (facultatif).
register-resources-hint = Par exemple 1250,50.
register-band-hint = Laissez vide pour la calculer d'après le ménage et les ressources.
register-situations-hint = Cochez seulement des codes de situation : aucun texte libre n'est conservé.
register-save = Enregistrer l'attribution
register-contingent-prefectoral = Préfectoral
register-contingent-mel-commune = MEL ou commune
register-contingent-action-logement = Action Logement
register-contingent-bailleur = Bailleur
register-error-exists = Cette référence est déjà enregistrée pour ce bailleur.
register-situation-non-decent = Logement non décent
register-situation-insalubre = Logement insalubre ou en péril
register-situation-suroccupation-extreme = Suroccupation extrême
register-situation-sans-logement = Sans logement
register-situation-perte-logement = Perte de logement (expulsion, congé, reprise)
register-situation-sortie-hebergement = Sortie d'hébergement
register-situation-sortie-foyer = Sortie de foyer ou de résidence sociale
register-situation-handicap = Présence d'une personne en situation de handicap
register-situation-cohabitation-risque = Cohabitation à risque, violences
register-situation-jeune-precaire = Jeune en situation précaire
register-situation-age-modeste-mal-loge = Personne âgée modeste mal logée
register-situation-precarite-insertion = Précarité, parcours d'insertion
register-situation-situation-particuliere = Situation particulière examinée
