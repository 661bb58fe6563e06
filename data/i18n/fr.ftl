# retail-maturity : tous les textes de l'application, de la ligne de commande, des exports et
# des erreurs, en français. Un fichier par langue : une nouvelle langue est un nouveau fichier
# à côté de celui-ci (son code pour nom, par ex. de.ftl) ; un message qui y manque s'affiche
# en anglais. Les textes du référentiel (familles, niveaux…) sont dans le fichier du
# référentiel, pas ici.

language-name = Français
decimal-separator = ,
yes = oui
no = non

## Fichiers et leurs erreurs

file-error = { $file } : { $what }
problem-at = à { $at } : { $message }
problems = { $count ->
    [one] { $count } problème :
   *[other] { $count } problèmes :
}
io-error = impossible { $action } : { $cause }
io-open = d'ouvrir
io-read = de lire
io-write = d'écrire
io-create-in = de créer un fichier dans son dossier
io-replace = de remplacer
io-create-folder = de créer le dossier
io-read-folder = de lire le dossier
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
io-storage-full = plus de place sur le disque
io-read-only = le disque est en lecture seule
io-is-a-folder = c'est un dossier
io-not-a-folder = une partie du chemin n'est pas un dossier
file-too-large = le fichier fait { $size } octets, au-delà de la limite de { $limit } octets pour ce type de fichier ; il n'a pas été lu
not-a-regular-file = { $kind ->
    [folder] c'est un dossier, pas un fichier
    [fifo] c'est un FIFO (tube nommé), pas un fichier ordinaire ; il n'a pas été ouvert
    [device] c'est un périphérique, pas un fichier ordinaire ; il n'a pas été ouvert
    [socket] c'est une socket, pas un fichier ordinaire ; elle n'a pas été ouverte
   *[other] ce n'est pas un fichier ordinaire ; il n'a pas été ouvert
}
file-exists = le fichier existe déjà
output-twice = cette sortie est donnée plusieurs fois (chaque sortie a besoin de son propre fichier)
json-not-object = un objet JSON est attendu ({ $kind ->
    [assessment] une évaluation
    [framework] un référentiel
    [reference] une référence
   *[autosave] une sauvegarde automatique
} retail-maturity)
json-wrong-format = c'est un fichier `{ $other }`, pas { $kind ->
    [assessment] une évaluation
    [framework] un référentiel
    [reference] une référence
   *[autosave] une sauvegarde automatique
} (`{ $expected }`)
json-missing-format = `format` manquant : pas { $kind ->
    [assessment] une évaluation
    [framework] un référentiel
    [reference] une référence
   *[autosave] une sauvegarde automatique
} retail-maturity (attendu : "format": "{ $expected }")
json-invalid = JSON invalide : ligne { $line }, colonne { $column } : { $detail }
link-too-long = trop long pour un lien (plus de { $max } caractères) : envoyez le fichier lui-même
link-damaged = le lien est abîmé ou coupé : redemandez-le, ou demandez le fichier
link-no-answers = ce lien ne porte pas de réponses (il doit finir par #answers=…)
link-version = le lien est de la version { $version }, plus récente que ce que lit cette application : mettez-la à jour
json-not-utf8 = ce n'est pas du texte UTF-8 (octet invalide à la position { $offset }) ; un fichier JSON est attendu
template-not-utf8 = pas du texte UTF-8 (octet invalide à la position { $offset }) ; un modèle de rapport est un fichier typst enregistré en UTF-8
json-empty = le fichier est vide ; un document JSON est attendu
json-type = { $detail }

## Le fichier du référentiel

framework-format-version = la version de format { $version } n'est pas prise en charge (cette version lit la { $supported })
framework-empty-id = identifiant du référentiel vide
framework-empty-version = version du référentiel vide
stages-none = il faut au moins une étape
stage-first-from = la première étape doit commencer à 0
stage-from-order = { $from } doit être entre 0 et 100 et au-dessus du début de l'étape précédente
families-none = il faut au moins une famille
family-weight = le poids { $weight } doit être un nombre supérieur à 0 et au plus 1000
family-no-track = une famille a besoin d'au moins une piste
track-needs-name = une piste d'une famille à plusieurs pistes a besoin d'un nom
track-levels-count = une piste a de 1 à { $max } niveaux, pas { $count }
track-positions = les positions { $positions } doivent aller de 1 à { $count }, sans trou ni doublon
level-position-range = la position { $position } est hors de 1–{ $max }
text-empty-fr = texte français vide
text-empty-en = texte anglais vide (traduction manquante)
text-empty-other = texte vide dans la langue `{ $code }`
text-unknown-key = `{ $key }` n'est pas un code de langue (attendu : fr, en, ou un autre code de deux ou trois lettres)
id-empty = identifiant de { $what ->
    [family] famille
   *[track] piste
} vide
id-duplicate = identifiant de { $what ->
    [family] famille
   *[track] piste
} en double `{ $id }`

## Le fichier d'évaluation

assessment-framework-mismatch = répond au référentiel `{ $answers }`, mais le référentiel utilisé est `{ $used }`
date-not-iso = `{ $date }` n'est pas une date au format AAAA-MM-JJ
track-unknown = piste inconnue `{ $track }` dans le référentiel `{ $framework }`
track-twice = la piste `{ $track }` a deux réponses
level-not-offered = le niveau { $level } n'existe pas pour la piste `{ $track }` (0 à { $top })
target-not-offered = la cible { $target } n'existe pas pour la piste `{ $track }` (1 à { $top })
family-unknown = famille inconnue `{ $family }` dans le référentiel `{ $framework }`
family-twice = la famille `{ $family }` est listée deux fois
version-newer = la version { $version } est plus récente que ce que cette version de l'application comprend (elle lit { $oldest } { $newest ->
    [2] ou
   *[other] à
} { $newest }) ; mettez retail-maturity à jour
version-unknown = version inconnue { $version } ; attendu : { $oldest } { $newest ->
    [2] ou
   *[other] à
} { $newest }
version-missing = `version` manquante (attendu : { $newest })

## Comparaisons

direction-up = en hausse
direction-down = en baisse
direction-same = stable
note-undated = toutes les évaluations ne sont pas datées : elles sont comparées dans l'ordre donné
note-framework-versions = les évaluations répondent à des versions différentes du référentiel ({ $versions }) ; seules les pistes du référentiel { $compared_on } sont comparées
note-different-retailers = les évaluations portent sur des enseignes différentes : pas de tendance dans le temps

## Cellules des tableaux

not-applicable-short = s.o.
not-applicable = non applicable
not-answered-dash = —

## Exports et graphiques

export-unsupported = cet export ne peut pas être fait en { $format }
chart-size = la taille d'image { $width }×{ $height } est hors de { $min_width }×{ $min_height } à { $max }×{ $max }
chart-draw = le dessin a échoué : { $detail }
chart-reference = Référence : { $label }
chart-unnamed = Évaluation sans nom
chart-subtitle = Score de maturité { $score } / 100 · Étape : { $stage } · Couverture en magasin { $coverage } %
chart-subtitle-target = { " " }· Cible { $target }
chart-reference-subtitle = Score de maturité moyen { $score } / 100 · { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}
chart-comparison-title = Comparaison de { $count } évaluations
chart-comparison-subtitle = Score de maturité { $scores } · écart { $change }
chart-comparison-trend = { " " }· tendance { $trend } pts/an
in-store = En magasin
chart-deltas-title = Évolution des scores par famille (#1 à #{ $last })
chart-trend-title = Score de maturité dans le temps
chart-track-label = { $family } : { $track }
chart-legend-reached = Niveau atteint
chart-legend-target = Cible
chart-legend-not-answered = Pas encore renseigné
chart-legend-in-store-yes = En magasin : oui
chart-legend-reached-score = Score atteint
chart-legend-target-score = Score cible

## Portefeuilles et références

portfolio-walk = impossible de lire le dossier : { $detail }
portfolio-link-loop = ce lien ramène à un dossier au-dessus de lui (une boucle) ; il n'a pas été suivi
reference-version = la version { $version } n'est pas prise en charge ({ $expected } attendue)
reference-framework = référence du référentiel `{ $theirs }`, pas `{ $ours }`
reference-track-unknown = piste inconnue `{ $track }`
reference-families = les familles doivent être celles du référentiel, dans son ordre
value-outside = { $value } est hors de 0 à { $max }
portfolio-mean-label = Moyenne du portefeuille ({ $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
})

## En-têtes de colonnes

col-family = Famille
col-level = Niveau
col-score = Score
col-target = Cible
col-gap = Écart
col-in-store-short = Magasin
col-in-store = Magasin
col-reached-practice = Pratique atteinte
col-retailer = Enseigne
col-date = Date
col-stage = Étape
col-file = Fichier
col-mean = moyenne
col-median = médiane
col-delta-level = Δ niveau
col-delta-score = Δ score
maturity-score = Score de maturité

## Colonnes CSV (identifiants pour tableurs : sans espaces ni accents)

csv-family-id = family_id
csv-family = famille
csv-applicable = applicable
csv-level = niveau
csv-top-level = niveau_max
csv-score = score
csv-target-level = niveau_cible
csv-target-score = score_cible
csv-gap = ecart
csv-weight = poids
csv-in-store = en_magasin
csv-reached-practice = pratique_atteinte
csv-notes = notes
csv-level-change = ecart_niveau
csv-score-change = ecart_score
csv-rank = rank
csv-retailer = enseigne
csv-date = date
csv-stage = etape
csv-in-store-coverage = couverture_magasin
csv-file = fichier

## La ligne de commande

cli-hint-force = utilisez --force pour le remplacer
cli-hint-framework = chargez-le avec --framework
cli-wrote = écrit : { $path }
cli-report-replaced = { $count ->
    [one] attention : un caractère n'a aucune police sur cet ordinateur ; il est imprimé ? dans le rapport
   *[other] attention : { $count } caractères n'ont aucune police sur cet ordinateur ; ils sont imprimés ? dans le rapport
}
cli-new-written = Évaluation vierge écrite dans { $path }
cli-validate-ok = ok
cli-validate-invalid = invalide
cli-validate-upgraded = format version { $version }, lu en version { $current }
cli-validate-summary = { $bad ->
    [one] { $bad } fichier invalide sur { $total }
   *[other] { $bad } fichiers invalides sur { $total }
}
cli-export-nothing = export : rien à écrire ; donnez --json, --csv, --png, --svg, --xlsx et/ou --pdf (chacun avec un chemin OUT facultatif)
cli-failed = échec
cli-portfolio-empty = { $count ->
    [0] aucun fichier d'évaluation (*.json) dans { $dirs }
    [1] le seul fichier de { $dirs } n'est pas une évaluation valide
   *[other] aucune évaluation valide parmi les { $count } fichiers de { $dirs }
}
cli-portfolio-ranked = { $count ->
    [one] { $count } évaluation classée par score
   *[other] { $count } évaluations classées par score
}{ $failed ->
    [0] {""}
    [one] { " " }({ $failed } fichier en échec)
   *[other] { " " }({ $failed } fichiers en échec)
}
cli-portfolio-more = … { $count } de plus (--limit)
cli-portfolio-levels = Niveaux par famille (familles applicables)
cli-assessed-by = évaluation par { $assessor }
cli-score-line = Score de maturité : { $score } / 100 — étape : { $stage }
cli-coverage-line = Couverture en magasin : { $percent } % ({ $yes } / { $tracks } pistes applicables{ $unanswered ->
    [0] {""}
   *[other] ; { $unanswered } sans réponse
})
cli-target-line = Score cible : { $target } (écart { $gap })
cli-answered-line = Pistes renseignées : { $answered } / { $total }
cli-overall-delta = Écart global du score de maturité : { $delta } ({ $direction })
cli-standing-title = Position de chacun (enseignes différentes : pas d'évolution de l'une à l'autre) :
cli-standing-line = { $rank }. #{ $item }  { $who }  score { $score }  écart au meilleur { $best }  écart à la moyenne { $mean }
cli-trend-line = Tendance : { $trend } points par an
cli-note = Note : { $note }
cli-error = erreur
cli-no-gui = cette version n'a pas l'application de bureau (compilée sans la fonctionnalité `gui`) ; retail-maturity --help liste les commandes

## L'application de bureau

ui-no-display = pas d'affichage : DISPLAY et WAYLAND_DISPLAY ne sont pas définis, l'application de bureau ne peut donc pas ouvrir de fenêtre.
    Les mêmes fonctions marchent sans fenêtre : retail-maturity --help (new, validate, score, compare, export)
ui-no-window = impossible d'ouvrir la fenêtre de l'application : { $detail }.
    Les mêmes fonctions marchent sans fenêtre : retail-maturity --help
ui-settings-ignored = Réglages ignorés :
ui-settings-not-saved = Les réglages n’ont pas pu être enregistrés ; ils valent jusqu’à la fermeture de l’app.
ui-untitled = Sans titre
ui-menu-file = Fichier
ui-menu-edit = Édition
ui-menu-export = Exporter
ui-menu-view = Affichage
ui-menu-help = Aide
ui-new = Nouveau
ui-open = Ouvrir…
ui-save = Enregistrer
ui-save-as = Enregistrer sous…
ui-pin = Épingler une référence…
ui-unpin = Retirer la référence
ui-recent = Fichiers récents
ui-recent-none = (aucun)
ui-undo = Annuler
ui-redo = Rétablir
ui-export-json = Résultats JSON…
ui-export-csv = Résultats CSV…
ui-export-png = Graphiques PNG…
ui-export-svg = Graphiques SVG…
ui-export-all = Tout exporter (à côté de l'évaluation)
ui-theme-light = Thème clair
ui-theme-dark = Thème sombre
ui-zoom = Zoom : { $keys }
ui-help-families = { $first } / { $second } : famille précédente / suivante
ui-help-tracks = { $first } / { $second } : piste précédente / suivante
ui-help-levels = 0 à 5, { $first } / { $second } : niveau atteint
ui-help-tab = Tab : champ suivant
ui-mode-questionnaire = Questionnaire
ui-mode-compare = Comparer
ui-families = Familles
ui-families-hint = niveau atteint / maximum
ui-not-applicable = Cette famille ne s'applique pas à l'enseigne
ui-levels-hint = Niveaux du plus simple et commun (1) au plus avancé et innovant (5) ; 0 = pas encore pratiqué.
ui-previous-family = Famille précédente
ui-next-family = Famille suivante
ui-retailer = Enseigne
ui-assessor = Évaluateur
ui-date = Date (AAAA-MM-JJ)
ui-invalid-date = date invalide
ui-reached-level = Niveau atteint
ui-not-practised = Pas encore pratiqué
ui-target-level = Niveau cible (facultatif) :
ui-target-none = aucun
ui-target-n = cible { $level }
ui-in-store-practice = En magasin : { $practice }
ui-not-answered = pas encore renseigné
ui-note = Note
ui-stage = Étape : { $stage }
ui-coverage = Couverture en magasin : { $percent } %
ui-coverage-hint = Part des pistes applicables dont l'équivalent en magasin existe
ui-coverage-unanswered = ({ $count } sans réponse en magasin)
ui-target-gap = Cible : { $target } (écart { $gap })
ui-tab-profile = Profil
ui-tab-radar = Radar
ui-tab-table = Tableau
ui-tab-roadmap = Feuille de route
ui-reference-score = { $label } (score { $score })
ui-remove = Retirer
ui-chart-alt = Graphique du profil de maturité
ui-chart-data = Données du graphique
ui-roadmap-empty = Aucun écart : fixez des niveaux cibles dans le questionnaire pour obtenir une feuille de route.
ui-roadmap-from-to = Niveau { $from } vers { $to }
ui-roadmap-next = Prochain niveau { $next } : { $practice }
ui-tracks-answered = Pistes renseignées : { $answered } / { $total }
ui-ticked = Évaluations cochées : { $ticked } / { $max }
ui-autosave-unreadable = Sauvegarde automatique illisible, ignorée :
ui-autosave-failed = Échec de la sauvegarde automatique :
ui-restored = Travail restauré (non enregistré)
ui-new-assessment = Nouvelle évaluation
ui-exported-all = PDF, classeur, JSON, CSV, PNG et SVG écrits dans
ui-exported-all-no-report = Classeur, JSON, CSV, PNG et SVG écrits dans
ui-downloaded-all = Classeur, JSON, CSV, PNG et SVG téléchargés
ui-reference-removed = Référence retirée
ui-opened = Ouvert : { $path }
ui-opened-upgraded = Ouvert : { $path } (format version { $version }, mis à jour : l'enregistrement écrira la version { $current }, que les versions plus anciennes de l'application ne savent pas ouvrir)
ui-cannot-open = Impossible d'ouvrir :
ui-not-saved-date = Non enregistré : la date « { $date } » n'est pas une date au format AAAA-MM-JJ (par exemple 2025-03-14). Corrigez-la dans les détails de l'évaluation.
ui-saved = Enregistré : { $path }
ui-save-failed = Échec de l'enregistrement :
ui-added-to-compare = Ajouté à la comparaison : { $path }
ui-cannot-add = Impossible d'ajouter :
ui-pinned = Référence épinglée : { $label }
ui-cannot-pin = Impossible d'épingler :
ui-open-link = Ouvrir un lien…
ui-send = Envoyer mes réponses
ui-copy-link = Copier un lien vers mes réponses
ui-send-title = Réponses pour { $retailer }
ui-sent-shared = Réponses confiées au menu de partage.
ui-sent-downloaded = Réponses téléchargées : { $path } (envoyez ce fichier).
ui-link-copied = Lien vers vos réponses copié ({ $count } caractères) : collez-le dans un message. Il porte les réponses elles-mêmes ; elles ne sont jamais envoyées à un serveur.
ui-link-refused = Aucun lien ne peut porter ces réponses :
ui-link-name = le lien
ui-link-numbered = lien { $number }
ui-link-document = Réponses de { $who } (depuis un lien)
ui-link-opened = Réponses de { $who } ouvertes depuis un lien (pas encore enregistrées).
ui-link-open-title = Ouvrir un lien vers des réponses
ui-link-open-hint = Collez le lien reçu (il finit par #answers=…). Les réponses s'ouvrent comme une nouvelle évaluation, pas encore enregistrée.
ui-link-open = Ouvrir
ui-links-team-title = Coller les liens de l'équipe
ui-links-team-hint = Collez les liens envoyés par les répondants, un par ligne : les réponses de chacun rejoignent la liste, cochées, pour être consolidées en équipe.
ui-links-add = Ajouter à la comparaison
ui-links-paste = Coller des liens…
ui-links-added = { $count ->
    [one] Les réponses d'un répondant ajoutées depuis un lien.
   *[other] Les réponses de { $count } répondants ajoutées depuis des liens.
}
ui-exported = Exporté : { $path }
ui-exported-replaced = { $count ->
    [one] Exporté : { $path }, mais un caractère n'a aucune police sur cet ordinateur : il est imprimé ? dans le rapport.
   *[other] Exporté : { $path }, mais { $count } caractères n'ont aucune police sur cet ordinateur : ils sont imprimés ? dans le rapport.
}
ui-comparison-exported = Comparaison exportée : { $path }
ui-compare-tick-two = Cochez au moins deux évaluations à comparer.
ui-export-failed = Échec de l'export :
ui-unsaved-title = Modifications non enregistrées
ui-unsaved-question = Enregistrer les modifications de « { $name } » ?
ui-save-button = Enregistrer
ui-open-button = Ouvrir
ui-discard = Ne pas enregistrer
ui-cancel = Annuler
ui-choose-where = Choisissez où enregistrer, puis recommencez.
ui-never-saved = jamais enregistrée
ui-date-time-format = %d/%m/%Y à %H:%M
ui-unnamed = (sans nom)
ui-recovery-assessment = Évaluation
ui-recovery-saved-on = Sauvegardée le
ui-recovery-answered = Pistes renseignées
ui-recovery-title = Travail non enregistré retrouvé
ui-recovery-text = L'application s'est arrêtée sans enregistrer. Une sauvegarde automatique a été retrouvée :
ui-restore = Restaurer
ui-discard-recovery = Ignorer
ui-panel-save-as = Enregistrer sous
ui-panel-add = Ajouter à la comparaison
ui-panel-pin = Épingler une référence
ui-panel-open = Ouvrir une évaluation
ui-panel-no-dialog = Aucune boîte de dialogue système n'est disponible : saisissez un chemin ou choisissez un fichier.
ui-panel-path = Chemin du fichier
ui-panel-known = Fichiers connus
ui-panel-exists = { $path } existe déjà. Enregistrer à nouveau pour le remplacer.
ui-compare-title = Comparer des évaluations
ui-compare-hint = Cochez de 2 à 6 évaluations. Liste : fichiers récents, le dossier des exports, data/examples/, fichiers ouverts ou déposés.
ui-filter = Filtrer
ui-refresh = Actualiser
ui-add-file = Ajouter un fichier…
col-folder = Dossier
ui-pin-short = Épingler
ui-pin-hint = Épingler comme référence sous le profil du questionnaire
ui-compare-skipped = { $count ->
    [one] { $count } fichier ignoré (pas une évaluation valide)
   *[other] { $count } fichiers ignorés (pas des évaluations valides)
}
ui-compare-tick = Cochez au moins deux évaluations à comparer.
ui-overall-change = Écart global : { $change }
ui-trend = Tendance : { $trend } points par an
ui-chart-profiles = Profils
ui-chart-radars = Radars
ui-chart-deltas = Écarts
ui-chart-trend = Dans le temps
ui-export-colon = Exporter :
ui-compare-chart-alt = Graphique de comparaison
ui-col-change = Écart

## Le rapport PDF

report-template-error-at = modèle { $template }, ligne { $line }, colonne { $column } : { $message }
report-template-error = modèle { $template } : { $message }
report-not-built = cette version n'a pas le rapport PDF (compilée sans la fonctionnalité `report`)
report-band = de { $from } à { $to }
report-colon = { " " }:
report-title = Évaluation de la maturité en commerce digital
report-comparison-title = Comparaison d'évaluations
report-contents = Sommaire
report-executive-summary = Synthèse
report-profile = Profil sur l'axe de complexité
report-radar = Scores par famille
report-families = Famille par famille
report-action-plan = Plan d'action
report-appendix = Annexe
report-retailer = Enseigne
report-assessor = Évaluateur
report-date = Date
report-framework = Référentiel
report-score = Score de maturité
report-stage = Étape
report-coverage = Couverture en magasin
report-target = Score cible
report-gap = Écart
report-strongest = Familles les plus avancées
report-first-steps = Premières étapes
report-suggested-note = Aucun niveau cible n'est fixé : voici des étapes suggérées (le niveau suivant de chaque piste), dans l'ordre du plan (gains rapides d'abord). Fixez des cibles dans l'application pour en faire une feuille de route.
report-against = Par rapport à
report-largest-changes = Plus grands écarts par famille
report-family = Famille
report-track = Piste
report-level = Niveau
report-reached = Atteint
report-next = Niveau suivant
report-in-store = En magasin
report-note = Note
report-not-applicable = ne s'applique pas à l'enseigne
report-not-answered = pas encore renseigné
report-none = pas encore pratiqué
report-at-top = le niveau le plus élevé est atteint
report-from-to = De → à
report-practice = Pratique à atteindre
report-data-table = Les données du graphique
report-reading = Lecture du tableau
report-scoring = Calcul des scores
report-stages = Étapes
report-stage-band = Plage
report-versions = Versions
report-app-version = Application
report-page = page
report-generated = Établi le
report-assessments = Les évaluations comparées
report-overall-change = Évolution globale du score de maturité
report-trend = Tendance
report-changes = Évolution par famille, de la première à la dernière
report-over-time = Score de maturité dans le temps
report-change = Écart
report-notes = Note
report-yes = oui
report-no = non
report-to-best = Écart au meilleur
report-to-mean = Écart à la moyenne
report-scoring-track = Score d'une piste = niveau atteint ÷ niveau le plus élevé de la piste × 100 (5 niveaux, ou 4 pour une piste ReCommerce).
report-scoring-family = Niveau et score d'une famille = les plus élevés de ses pistes.
report-scoring-maturity = Score de maturité (0–100) = moyenne des scores des familles applicables, pondérée comme le dit le fichier du référentiel.
report-scoring-stage = Étape = la plage où tombe le score de maturité, tel qu'affiché avec une décimale.
report-scoring-coverage = Couverture en magasin = part des pistes applicables dont l'équivalent en magasin existe (une réponse manquante compte comme non).
report-scoring-target = Score cible et écart : les mêmes formules sur les niveaux cibles (une piste sans cible compte à son niveau atteint).
report-scoring-plan = Plan d'action, par valeur : gains rapides (impact 2–3 pour un effort 1), puis projets structurants, petits plus, étapes à différer ; à égalité, l'écart de la famille à sa cible, puis son poids. Les étapes vont aux cibles fixées ; sans cible, le niveau suivant de chaque piste. Les fondations à consolider (pratiques sous le niveau atteint, non en place) sont listées aussi.
report-no-plan = Toutes les pistes applicables sont à leur niveau le plus élevé : rien à planifier.
report-score-short = Score
report-n-retailers = { $count } enseignes
report-points-per-year = points par an
report-delta-level = Δ niveau
report-delta-score = Δ score

## Le classeur

xlsx-failed = le classeur n'a pas pu être fait : { $detail }
xlsx-title = Maturité en commerce digital
xlsx-sheet-summary = Synthèse
xlsx-sheet-families = Familles
xlsx-sheet-plan = Plan d'action
xlsx-sheet-comparison = Comparaison
xlsx-sheet-ranking = Classement
col-rank = Rang
xlsx-sheet-distribution = Niveaux par famille
xlsx-family-scores = Scores par famille
xlsx-track = Piste
xlsx-reached-level = Niveau atteint
xlsx-target-practice = Pratique cible
xlsx-next-level = Niveau suivant
xlsx-next-practice = Pratique suivante
xlsx-in-store-answer = En magasin : réponse
xlsx-priority = Priorité
xlsx-from = De
xlsx-to = À
xlsx-owner = Responsable
xlsx-due-date = Échéance
xlsx-status = Statut
xlsx-comment = Commentaire
xlsx-status-todo = à faire
xlsx-status-doing = en cours
xlsx-status-done = fait
xlsx-date-expected = Saisissez une date (par exemple 30/06/2026).
xlsx-level-n = Niveau { $level }
xlsx-radar = Radar des scores par famille
xlsx-applicable = S'applique

## Consolidation d'équipe

team-empty = rien à consolider : donnez les fichiers des répondants
team-different-retailers = les fichiers portent sur des enseignes différentes ({ $names }) ; une équipe consolide les réponses d'une seule enseigne
team-framework-versions = les fichiers répondent à des versions différentes du référentiel ({ $versions }) ; consolidez des fichiers d'une même version
chart-team-subtitle = { $count } répondants · score de maturité consolidé { $score } / 100 · { $disagreements ->
    [0] aucun désaccord
    [one] 1 désaccord
   *[other] { $disagreements } désaccords
}
csv-track = piste
csv-consolidated = consolide
csv-min = min
csv-max = max
csv-spread = ecart
csv-disagreement = desaccord
xlsx-sheet-team = Équipe
xlsx-consolidated = Consolidé
xlsx-spread = Écart
xlsx-disagreement = Désaccord
report-team = Les réponses de l'équipe
report-respondents = Répondants
report-disagreements = Où les répondants sont en désaccord (un écart de 2 niveaux ou plus, ou pas de majorité en magasin)
report-no-disagreement = Les répondants sont d'accord sur toutes les pistes (aucun écart de 2 niveaux ou plus).
report-consolidated = Consolidé
report-spread = Écart
cli-team-summary = { $retailer } : { $count ->
    [one] 1 répondant
   *[other] { $count } répondants
}
cli-team-disagreements = { $count ->
    [one] 1 piste où les répondants sont en désaccord
   *[other] { $count } pistes où les répondants sont en désaccord
} (un écart de 2 niveaux ou plus, ou pas de majorité en magasin)
cli-team-all = Toutes les pistes
cli-team-in-store-split = en magasin : pas de majorité
col-track = Piste
col-consolidated = Équipe
col-spread = Écart
chart-legend-team-range = Répondants : étendue, et combien à un niveau
chart-legend-team-disagreement = Désaccord (2 niveaux ou plus)
ui-present = Présenter ({ $key })
ui-present-hint = Le graphique seul, sur toute la fenêtre : pour l'écran d'une salle de réunion. Échap pour revenir.
ui-chart-hint = Pointez une ligne ou un axe pour son détail ; cliquez pour ouvrir sa famille.
ui-click-to-open = Cliquez pour ouvrir cette famille.
ui-tip-score = Score : { $score } / 100
ui-tip-target = Cible : { $score } / 100
ui-suggested-title = Aucune cible fixée : étapes suggérées
ui-suggested-rule = Le niveau suivant de chaque piste, dans l'ordre du plan : gains rapides d'abord, puis projets structurants, petits plus et étapes à différer. Une suggestion devient une cible en un clic.
ui-make-target = Faire du niveau { $level } la cible
ui-help-title = Aide
ui-help-reading = Lire le tableau
ui-help-axes = Les deux axes du tableau vont dans le même sens, de gauche à droite : { $complexity } de { $advanced } à { $simple }, et { $maturity } de { $innovative } à { $common }.
ui-help-levels-text = Chaque famille est une échelle : le niveau 1 est la pratique la plus simple et commune (la case la plus à droite du tableau), 5 la plus avancée et innovante (la plus à gauche) ; 0 signifie pas encore pratiqué. Choisissez le niveau le plus élevé que l'enseigne a atteint.
ui-help-tracks-of = { $family } a une échelle par piste : { $tracks }. Chaque piste a quatre niveaux.
ui-help-in-store = La colonne { $column } n'est pas un niveau : c'est l'équivalent en magasin (point de vente) de la ligne, à renseigner oui ou non.
ui-help-reading-file = La lecture du tableau, telle que l'écrit le fichier du référentiel
ui-help-scoring = Calcul des scores et des étapes
ui-help-weights = Poids de ce référentiel : { $weights } (les autres pèsent 1).
ui-help-keyboard = Clavier
ui-help-key-families = famille précédente / suivante
ui-help-key-tracks = piste précédente / suivante (quand aucun champ n'a le focus)
ui-help-key-levels = le niveau atteint de la piste en cours
ui-help-key-tab = champ suivant / précédent
ui-help-key-files = nouveau / ouvrir / enregistrer
ui-help-key-undo = annuler / rétablir
ui-help-key-help = cette aide
ui-quit = Quitter
ui-help-files = Où sont les fichiers
ui-help-data-folder = Réglages, fichiers récents et sauvegarde automatique : { $folder }
ui-help-no-data-folder = aucun pour cette session (pas de sauvegarde automatique)
ui-help-exports-folder = Exports faits sans boîte de dialogue : { $folder }
ui-welcome-title = Bienvenue
ui-welcome-levels = Pour chacune des familles du commerce digital, choisissez le niveau atteint par l'enseigne : de 1 (simple, commun) à 5 (avancé, innovant), 0 si ce n'est pas encore pratiqué.
ui-welcome-score = Le score de maturité (de 0 à 100) est la moyenne des scores des familles, chacun son niveau atteint rapporté au plus élevé.
ui-welcome-stages = Son étape va d'Initial à Innovant, par tranches de 20 points ; la feuille de route montre ce qu'il reste à atteindre.
ui-welcome-new = Nouvelle évaluation
ui-welcome-examples = Des exemples à essayer
ui-welcome-help = L'aide est dans le menu Aide ({ $key }).
ui-welcome-start = Commencer
ui-families-list = Liste des familles
ui-present-leave = Revenir (Échap)
ui-target-set = Cible fixée : niveau { $level }
ui-export-pdf = Rapport (PDF)…
ui-export-xlsx = Classeur Excel…
ui-csv-separators = Séparateurs CSV
ui-csv-auto = Selon la langue (; et 12,5 en français)
ui-csv-semicolon = Points-virgules et virgules décimales (12,5)
ui-csv-comma = Virgules et points décimaux (12.5)
ui-compare-mode = Comparer
ui-team-mode = Consolider en équipe
ui-team-hint = Les fichiers cochés sont les réponses de plusieurs répondants d'une même enseigne : une évaluation consolidée, les désaccords d'abord.
ui-team-one-retailer = Une équipe consolide les réponses d'une seule enseigne : cochez des fichiers d'une même enseigne.
ui-team-open = Ouvrir comme évaluation
ui-team-open-hint = Les réponses consolidées (notes fusionnées) comme nouvelle évaluation, pas encore enregistrée : à discuter, puis enregistrer.
ui-export-report-short = Rapport
ui-standing-title = Enseignes différentes : où se situe chacune
ui-to-best = Écart au meilleur
ui-best = Meilleur
ui-team-opened = Réponses consolidées ouvertes comme nouvelle évaluation (pas encore enregistrée)
ui-report-making = Rapport en cours de fabrication…
ui-report-busy = Un rapport est encore en cours de fabrication : attendez-le avant d’en demander un autre.
ui-report-lost = Le rapport n’a pas pu être fait : son travail s’est arrêté de façon inattendue.
ui-example-name = { $name } (exemple)
ui-example-opened = Exemple { $name } ouvert : il n'est enregistré nulle part ; « Enregistrer sous… » garde une copie de vos modifications
ui-template-current = Modèle de rapport : { $template }
ui-template-builtin = intégré
ui-template-choose = Utiliser mon propre modèle de rapport…
ui-template-reset = Utiliser le modèle de rapport intégré
ui-template-set = Les rapports utiliseront le modèle { $path } (ses erreurs, avec leur ligne, s'affichent à la création d'un rapport)
ui-template-builtin-set = Les rapports utiliseront le modèle intégré
ui-template-refused = Ce modèle de rapport ne peut pas être utilisé :
ui-panel-template = Modèle de rapport (.typ)
cli-stdout-failed = impossible d'écrire sur la sortie standard : { $detail }

# Layouts that adapt (one column on a phone, a stepper where there is no families list).
ui-menu = Menu
ui-menu-bar = Menu principal
ui-page-questions = Questions
ui-page-results = Résultats
ui-page-plan = Plan
ui-previous-short = Précédente
ui-next-short = Suivante
ui-family-picker = Choisir une famille : numéro, nom et avancement
ui-close = Fermer

# Les conseils de chaque pratique (fichier de référentiel).
guidance-list-count = { $count } éléments : une liste de conseils en compte de 1 à { $max }
guidance-list-lengths = { $count } éléments alors que la liste française en a { $french } : chaque langue donne la même liste
guidance-item-empty = élément vide
guidance-rating = { $value } n'est pas une note de 1 à { $max }

# Pratiques en place, confiance et preuves (version 3 du format).
practice-not-offered = la pratique { $practice } n'existe pas pour la piste `{ $track }` (1 à { $top })
practice-twice = la pratique { $practice } est donnée deux fois pour la piste `{ $track }`
level-practices-disagree = piste `{ $track }` : le niveau { $level } ne correspond pas aux pratiques en place (la plus haute est { $highest })
evidence-too-many = { $count } preuves : au plus { $max } par réponse
evidence-too-long = plus de { $max } caractères
evidence-no-title = une preuve doit avoir un titre

# Le plan ordonné par valeur, et la matrice impact / effort.
cli-plan-title = Plan d'action (gains rapides d'abord)
cli-plan-suggested-title = Prochaines étapes suggérées (aucune cible fixée ; gains rapides d'abord)
cli-plan-foundation = consolider { $level }
col-quadrant = Quadrant
col-effort-impact = Effort / impact
col-from-to = De > à
col-practice = Pratique
quadrant-quick-win = Gain rapide
quadrant-major-project = Projet structurant
quadrant-fill-in = Petit plus
quadrant-deprioritise = À différer
# Le degré de certitude d'une réponse.
confidence-checked = vérifié
confidence-estimated = estimé
confidence-not-sure = incertain
csv-practices = Pratiques en place
csv-foundations = À consolider
csv-confidence = Confiance
csv-evidence = Preuves

# Le rapport : conseils, plan par valeur, fiabilité des réponses.
report-completeness = { $answered } questions répondues sur { $total } ; { $in_store } réponses en magasin non données
report-confidence-summary = { $checked } réponses vérifiées dans les données ou les systèmes sur { $answered } ; { $not_sure } incertaines
report-effort = Effort
report-impact = Impact
report-quadrant = Quadrant
report-why = Pourquoi
report-what-to-do = Par quoi commencer
report-kpis = Ce qu'il faut mesurer
report-matrix = Impact et effort des prochaines étapes
report-matrix-text = Chaque étape du plan est placée selon l'effort type (de gauche à droite) et l'impact type (de bas en haut) de sa pratique ; le numéro est son rang dans le plan.
report-foundation = fondation à consolider
report-foundations = À consolider (sous le niveau atteint, pas en place)
report-meaning = Ce que cela recouvre
report-next-takes = Ce que demande le niveau suivant
report-confidence = Confiance
report-not-sure-mark = incertain
report-evidence = Preuves à l'appui des réponses
report-no-evidence = Aucune preuve n'a été jointe aux réponses.
report-completeness-title = Complétude de l'évaluation
report-by = par
report-guidance-scale = Effort et impact
rating-low = faible
rating-medium = moyen
rating-high = fort
chart-matrix-title = Impact et effort des { $count } prochaines étapes
chart-matrix-impact = Impact { $level }
chart-matrix-effort = Effort { $level }
chart-matrix-more = et { $count } de plus
chart-matrix-none = Aucune prochaine étape : toutes les pratiques sont en place ou les cibles atteintes.
csv-checked-share = Part des réponses vérifiées
col-checked = Vérifiées
col-confidence = Confiance
col-evidence = Preuves
xlsx-families-title = Réponses par famille et par piste
xlsx-kind = Nature
xlsx-kind-target = vers la cible
xlsx-kind-suggestion = suggérée
xlsx-kind-foundation = à consolider
xlsx-sheet-evidence = Preuves
xlsx-evidence-title = Quoi
xlsx-evidence-ref = Référence
xlsx-evidence-by = Fournie par
xlsx-matrix-alt = Matrice impact / effort des { $count } prochaines étapes du plan : gains rapides en haut à gauche, projets structurants en haut à droite, petits plus en bas à gauche, étapes à différer en bas à droite ; chaque étape figure dans sa case avec son rang.
chart-alt = Score de maturité { $score } / 100, stade { $stage } ; points forts : { $strongest } ({ $high }) ; points faibles : { $weakest } ({ $low }).
chart-alt-unanswered = Score de maturité { $score } / 100, stade { $stage } ; aucune famille renseignée pour l'instant.
chart-alt-and-more = { $names } et { $count } autres
report-alt-profile = Profil des familles sur l'axe de complexité, le niveau atteint de chaque piste relié en une ligne. { $summary }
report-alt-radar = Radar des scores des familles de 0 à 100. { $summary }
report-alt-deltas = Barres de l'évolution du score de chaque famille entre la première et la dernière évaluation. { $summary }
report-alt-trend = Le score de maturité de chaque évaluation au fil du temps. { $summary }
xlsx-ranking-title = Classement des { $count } évaluations
xlsx-team-title = Les réponses de { $count } répondants, piste par piste
xlsx-distribution-alt = Pour chaque famille, combien des { $count } évaluations ont atteint chaque niveau, de 0 à 5, en barres empilées.
xlsx-comparison-bars-alt = Barres du score de chaque famille dans chaque évaluation comparée. { $summary }

# L'échelle : conseils, pratiques en place, confiance, preuves.
ui-tick-practices = Cocher les pratiques en place
ui-tick-practices-hint = Les niveaux sont des pratiques : cochez chacune de celles en place, dans n'importe quel ordre. Le niveau atteint est le plus haut coché ; celles en dessous qui ne sont pas en place sont des fondations à consolider.
ui-none-yet = Aucune pour l'instant
ui-reached-from-practices = Niveau atteint : { $level } (le plus haut en place)
ui-foundations = À consolider (sous le niveau atteint, pas en place) : { $levels }
ui-guidance-hint = Ce que recouvre cette pratique, comment savoir si vous la faites, effort et impact (touche I)
ui-guidance-signs = Vous la pratiquez si :
ui-guidance-rating = Effort { $effort } · impact { $impact } · { $quadrant }
ui-guidance-more = Pourquoi, par quoi commencer, quoi mesurer
ui-confidence = Certitude :
ui-confidence-hint = Vérifié : constaté dans les données ou les systèmes. Estimé : votre jugement. Incertain : à vérifier.
ui-confidence-unsaid = non précisée
ui-evidence-count = { $count ->
    [0] Preuves (aucune)
    [one] Preuves (1)
   *[other] Preuves ({ $count })
}
ui-evidence-hint = Ce sur quoi repose la réponse : un titre court et, s'il y a lieu, un lien, un nom de fichier ou un numéro de ticket (jamais ouvert par l'application).
ui-evidence-add = Ajouter une preuve
ui-evidence-title = Titre
ui-evidence-ref = Lien ou référence
ui-evidence-ref-hint = https://…, un nom de fichier, un numéro de ticket
ui-evidence-remove = Retirer la preuve { $n }
ui-evidence-by = fournie par { $by }
ui-a11y-scores-table = Scores par famille
ui-a11y-level-group = { $family } : { $track }
ui-a11y-target-group = { $family } : niveau cible{ $track }
ui-a11y-in-store-group = { $family }, en magasin : { $practice }
ui-a11y-confidence-group = { $family } : certitude de la réponse{ $track }
ui-a11y-guidance = À propos : { $practice }
ui-roadmap-step-gap = Du niveau { $from } au niveau { $to } (écart de { $gap } points)
ui-plan-foundation = À consolider : la pratique { $level } est sous le niveau atteint et n'est pas en place
ui-plan-rating = Effort { $effort } · impact { $impact }
ui-plan-open-family = Ouvrir cette famille
ui-plan-matrix-hint = Pointez une étape pour voir sa pratique ; un clic ouvre sa famille.
ui-families-marks = Après le niveau : √ toutes les réponses vérifiées, ≈ estimées, ? incertaines (la réponse la moins sûre de la famille).
cli-team-confidence-split = l'un vérifié, l'autre incertain
cli-guide-unknown-track = piste inconnue `{ $track }` ; les pistes sont : { $tracks }
cli-guide-level-needs-track = --level demande une piste : `retail-maturity guide PISTE --level N`
cli-guide-none = (pas de conseils dans ce référentiel)
cli-guide-sign = Vous la pratiquez si
report-levels-by-family = Niveaux par famille
report-target-level = Niveau cible
ui-help-key-guide = Ouvrir ou fermer les conseils du niveau en cours
ui-help-guidance = Conseils, plan et matrice
ui-help-guidance-text = Chaque niveau est une pratique. Son bouton « ? » (ou la touche I) ouvre ce qu'elle recouvre dans une enseigne, les signes que vous la pratiquez, pourquoi elle compte, par quoi commencer, quoi mesurer, et son effort et son impact types pour une enseigne de taille moyenne.
ui-help-plan-order = Le plan (onglet Feuille de route) est ordonné par valeur : d'abord les gains rapides (impact moyen ou fort pour un effort faible), puis les projets structurants (impact moyen ou fort, effort moyen ou fort), puis les petits plus (impact limité, effort faible), puis les étapes à différer (impact limité, effort moyen ou fort) ; à égalité, le plus grand écart d'abord, puis la famille la plus lourde, puis l'ordre du tableau. La matrice place chaque étape selon son effort (de gauche à droite) et son impact (de bas en haut).
ui-help-trust = Un comité de direction peut voir sur quoi reposent les réponses : cochez les pratiques en place (n'importe lesquelles ; le niveau est le plus haut coché, celles en dessous qui manquent sont des fondations à consolider, reprises dans le plan), dites le degré de certitude de chaque réponse (vérifiée dans les données ou les systèmes, estimée, incertaine) et ajoutez les preuves (un titre et un lien, un fichier ou un ticket ; jamais ouverts par l'application).
json-wrong-type = { $found }{ $value } là où { $expected } était attendu
json-missing-field = `{ $field }` manque
json-duplicate-field = `{ $field }` est donné deux fois
json-unknown-value = valeur inconnue { $found } ; attendu : { $expected }
json-expected-comma-brace = une virgule ou une accolade fermante était attendue
json-expected-comma-bracket = une virgule ou un crochet fermant était attendu
json-expected-colon = deux-points étaient attendus
json-expected-value = une valeur était attendue
json-trailing-comma = une virgule avant la fin
json-trailing-characters = quelque chose suit la fin du document
json-key-string = une clé doit être un texte entre guillemets
json-invalid-escape = une séquence d'échappement invalide
json-invalid-number = un nombre invalide
json-number-range = un nombre hors limites
json-control-character = un caractère de contrôle dans un texte
json-too-deep = le document est trop imbriqué
json-kind-integer = un nombre entier
json-kind-number = un nombre
json-kind-string = un texte
json-kind-boolean = vrai ou faux
json-kind-null = null
json-kind-object = un objet
json-kind-list = une liste
json-truncated = le JSON s'arrête trop tôt (fichier tronqué ?) : ligne { $line }, colonne { $column }
io-folder-refuses = son dossier existe mais n'accepte pas de nouveau fichier (dossier système, ou en lecture seule)
io-no-folder = son dossier n'existe pas
ui-panel-new-folder = Le dossier { $folder } n'existe pas. Enregistrez de nouveau pour le créer.
ui-open-folder = Ouvrir le dossier
ui-open-folder-failed = Impossible d'ouvrir le dossier :
report-mostly-unanswered = La plupart des questions ne sont pas encore répondues : le score compte chaque piste sans réponse comme 0.
file-is-an-input = c'est un fichier que cette commande lit ({ $input }) : il n'est jamais remplacé, même avec --force
cli-team-given-twice = { $path } est donné deux fois : il compte une fois
output-dash = `-` n'est pas un nom de fichier : donnez un chemin (`new` et `score --json` sans chemin écrivent sur la sortie standard)
report-team-more = Les niveaux des 12 premiers répondants sont affichés ; les { $count } autres sont dans le classeur.
framework-too-many = { $count } ici : au plus { $max }
text-too-long = plus de { $max } caractères
report-stopped-time = le rapport du modèle { $template } a été arrêté : il a dépassé { $limit } secondes (une boucle dans le modèle ?)
report-stopped-memory = le rapport du modèle { $template } a été arrêté : il a utilisé plus de { $limit } Mio de mémoire
report-stopped-pages = le rapport du modèle { $template } a été arrêté : il a produit plus de { $limit } pages
report-stopped-engine = le rapport du modèle { $template } n'a pas pu être produit : le moteur PDF a échoué ({ $detail })
