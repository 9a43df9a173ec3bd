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
footer-publisher = Portail d'information du Plan partenarial de gestion de la demande de logement social et d'information des demandeurs de la Métropole Européenne de Lille.

## Accueil
home-title = Demander un logement social dans la métropole lilloise
home-intro = Ce portail vous aide à savoir si vous pouvez demander un logement social, à comprendre comment les logements sont attribués dans la Métropole Européenne de Lille et à préparer votre demande.
home-eligibility-title = Puis-je demander un logement social ?
home-eligibility-text = En une minute : votre catégorie de ménage, les plafonds de ressources qui s'appliquent à vous, votre tranche de ressources au sens de la convention intercommunale et les situations qui peuvent rendre votre demande prioritaire.
home-coming-title = Bientôt sur ce portail
home-coming-text = L'offre de logements sociaux et les délais d'attente par commune et par quartier, la liste des lieux d'accueil et la prise de rendez-vous pour l'entretien auquel vous avez droit dans les deux mois qui suivent l'enregistrement de votre demande.
home-register-title = Déposer une demande
home-register-text = La demande de logement social se fait en ligne sur le portail national ou auprès d'un guichet enregistreur. Vous recevez alors un numéro unique de demande.
home-register-link = Déposer ma demande sur le portail national (site externe)

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

## Simulateur d'éligibilité
elig-title = Puis-je demander un logement social ?
elig-intro = Répondez à quelques questions sur votre foyer et vos ressources. Le résultat s'affiche en bas de la page.
elig-privacy = Rien de ce que vous saisissez n'est enregistré.
elig-form-household = Votre foyer
elig-adults = Nombre d'adultes
elig-adults-hint = Vous compris, les adultes qui vivront dans le logement.
elig-dependants = Nombre de personnes à charge
elig-dependants-hint = Enfants et autres personnes à charge qui vivront avec vous.
elig-disabled = Personnes handicapées
elig-disabled-hint = Nombre de personnes du foyer titulaires de la carte mobilité inclusion mention « invalidité ».
elig-applicant-age = Votre âge
elig-applicant-age-hint = Facultatif. Il sert pour certaines situations prioritaires (jeunes, personnes âgées).
elig-couple = Nous sommes un couple sans personne à charge
elig-couple-hint = Indiquez alors vos deux âges : un jeune couple (âges additionnés de 55 ans au plus) a des plafonds plus élevés.
elig-age1 = Âge de la première personne du couple
elig-age2 = Âge de la seconde personne du couple
elig-form-resources = Vos ressources
elig-monthly = Ressources mensuelles du foyer (en euros)
elig-monthly-hint = Toutes les ressources du mois : salaires, allocations, pensions… sans les aides au logement (APL, AL). Exemple : 1 650,50
elig-n2 = Revenu fiscal de référence de l'année N-2 (facultatif)
elig-n2-hint = Sur votre avis d'imposition. Pour une demande en 2026, c'est l'avis 2025 sur les revenus 2024.
elig-n1 = Revenu fiscal de référence de l'année N-1 (facultatif)
elig-n1-hint = Il est retenu s'il est inférieur d'au moins 10 % à celui de l'année N-2.
elig-year = Année des plafonds
elig-year-hint = Par défaut, l'année en cours.
elig-form-situations = Votre situation de logement
elig-situations-hint = Cochez les situations qui vous concernent. Elles peuvent rendre votre demande prioritaire.
elig-submit = Voir mon résultat
elig-result-title = Votre résultat
elig-result-waiting = Indiquez au moins le nombre d'adultes et vos ressources mensuelles pour voir votre résultat.
elig-result-fix = Corrigez les erreurs signalées dans le formulaire pour voir votre résultat.
elig-errors-title = Le formulaire contient des erreurs
elig-error-item = { $label } : { $message }
elig-summary-yes = D'après votre revenu fiscal de référence, vous pouvez déposer une demande de logement social.
elig-summary-no = D'après votre revenu fiscal de référence, vos ressources dépassent tous les plafonds : un logement social ne pourra pas vous être attribué.
elig-summary-estimate-yes = D'après vos ressources mensuelles, vous pouvez probablement déposer une demande de logement social. Votre avis d'imposition le confirmera.
elig-summary-estimate-no = D'après vos ressources mensuelles, vos ressources semblent dépasser tous les plafonds. Votre avis d'imposition le confirmera.
elig-category = Personnes dans votre foyer : { $persons }. Catégorie de ménage : { $category }.
elig-category-extra = Pour le calcul des plafonds, { $extra } personne(s) s'ajoutent à la catégorie 6.
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
elig-estimate-note = L'estimation compare vos ressources mensuelles × 12, moins 10 %, aux plafonds. Seul votre revenu fiscal de référence fait foi.
elig-band-title = Votre tranche de ressources (convention intercommunale)
elig-band-yours = Votre foyer est dans la tranche : { $band }.
elig-band-yours-tag = votre tranche
elig-range-tres-modeste = moins de { $p40 } par mois
elig-range-modeste = de { $p40 } à { $p60 } par mois
elig-range-intermediaire = de { $p60 } à { $p80 } par mois
elig-range-superieur = plus de { $p80 } par mois
elig-band-explain = Dans la métropole, les attributions visent un équilibre entre ces quatre tranches : dans les quartiers fragiles, on cherche plutôt des ménages des tranches intermédiaires et plus élevées ; ailleurs, plutôt des ménages modestes et très modestes. Toutes les tranches peuvent obtenir un logement partout.
elig-aci-title = Demande prioritaire ?
elig-aci-not-selected = Vous n'avez coché aucune situation. Si l'une d'elles vous concerne, cochez-la : votre demande pourrait être prioritaire.
elig-aci-possible = Votre foyer pourrait être un ménage prioritaire au titre des accords collectifs intercommunaux.
elig-aci-none = D'après vos réponses, les situations cochées ne semblent pas remplir les conditions. Parlez-en lors de votre entretien : un examen au cas par cas reste possible.
elig-aci-status-possible = condition remplie d'après vos réponses
elig-aci-status-age-to-confirm = possible, selon votre âge (non indiqué)
elig-aci-status-resources-above-limit = vos ressources dépassent la limite de 2 RSA ({ $limit } par mois pour votre foyer)
elig-aci-status-age-outside-range = votre âge ne correspond pas à cette situation
elig-aci-item = { $situation } — { $status }
elig-aci-disclaimer = Ce n'est pas une décision : la priorité est examinée par les partenaires lors de l'instruction de votre demande.
elig-next-title = Et maintenant ?
elig-next-register = Déposez votre demande en ligne sur le portail national ou auprès d'un guichet enregistreur : vous recevrez un numéro unique.
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
aci-handicap = Une personne de mon foyer est handicapée et mon logement n'est pas adapté
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
