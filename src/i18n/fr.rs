//! French sentences, sorted by id (a test checks it). To add one, insert it at its sorted place.
//! A sentence only the second module shows (`present::later`: the printed sheet) carries
//! `#[cfg(feature = "later")]`, one only the version 1.1 blocks show `#[cfg(feature = "employer")]`:
//! both features are off in the first module, so those sentences stay out of the first download.
//! One written into index.html at build time (the crash panel) carries
//! `#[cfg(not(target_arch = "wasm32"))]`.

pub(super) static TABLE: &[(&str, &str)] = &[
    ("advisor.intro", "Toutes les questions sur une page, à remplir avec la personne. Les résultats se mettent à jour à chaque réponse ; la fiche à imprimer est à un clic."),
    ("advisor.person", "La personne"),
    ("advisor.results", "Résultats"),
    ("advisor.title", "Mode conseiller"),
    ("answer.eligible", "Un chantier d’insertion peut vous embaucher."),
    ("answer.incomplete", "Il manque des réponses pour savoir si un chantier d’insertion peut vous embaucher."),
    ("answer.missing_many", "Il manque {n} réponses pour savoir si un chantier d’insertion peut vous embaucher :"),
    ("answer.missing_one", "Il manque 1 réponse pour savoir si un chantier d’insertion peut vous embaucher :"),
    ("answer.months", "{n} mois"),
    ("answer.next", "Prochaine étape :"),
    ("answer.next.eligible", "contacter {who}."),
    ("answer.next.not_eligible", "en parler avec {who}, qui peut vous conseiller."),
    ("answer.next.prescriber_diagnosis", "prendre rendez-vous avec {who}."),
    ("answer.no", "Non"),
    ("answer.none", "Aucune"),
    ("answer.not_eligible", "Un chantier d’insertion ne peut pas vous embaucher pour le moment."),
    ("answer.prescriber_diagnosis", "Un chantier d’insertion peut vous embaucher avec l’accord d’un prescripteur."),
    ("answer.role.EXISTING_REFERENT", "votre conseiller"),
    ("answer.role.RSA_ORIENTATION", "votre référent RSA"),
    ("answer.skip", "Je préfère ne pas répondre"),
    ("answer.unknown", "Je ne sais pas"),
    ("answer.yes", "Oui"),
    ("app.name", "Tremplin"),
    ("app.tagline", "Simulateur d’insertion par l’activité économique"),
    ("asof.help", "Les règles sont appliquées à cette date. Par défaut : aujourd’hui."),
    ("asof.label", "Date d’embauche prévue"),
    ("asof.not_covered", "Tremplin connaît les règles à partir du {date} : choisissez une date plus récente."),
    ("asof.notice", "Valeurs en vigueur le {date} : SMIC horaire brut {smic} (depuis le {since}). Règles vérifiées le {checked}."),
    ("asof.start_differs", "Le contrat commence le {start}, et non à la date d’embauche prévue ({hiring}) : les justificatifs sont datés à partir du début du contrat, et les règles sont appliquées à cette date."),
    ("asof.today", "Aujourd’hui"),
    ("asof.uncertain", "Attention : {text}"),
    ("benefit.AAH", "L’AAH (allocation aux adultes handicapés)"),
    ("benefit.ASS", "L’ASS (allocation de solidarité spécifique)"),
    ("benefit.RSA", "Le RSA (revenu de solidarité active)"),
    ("button.adjust", "Modifier mes réponses"),
    ("button.back_home", "Retour à l’accueil"),
    ("button.back_recap", "Retour au récapitulatif"),
    ("button.back_results", "Retour aux résultats"),
    ("button.change", "Modifier"),
    ("button.change_named", "Modifier : {label}"),
    ("button.next", "Suivant"),
    ("button.previous", "Précédent"),
    ("button.print", "Imprimer / PDF"),
    ("button.recap", "Voir le récapitulatif"),
    ("button.results", "Voir les résultats"),
    ("button.sheet", "Voir la fiche à imprimer"),
    ("clear.cancel", "Non, les garder"),
    ("clear.confirm", "Oui, effacer"),
    ("clear.question", "Effacer toutes vos réponses de cet appareil ?"),
    ("clear.undo", "Annuler"),
    ("clear.undone", "Vos réponses sont revenues."),
    #[cfg(feature = "employer")]
    ("compare.column", "Contrat {n}"),
    #[cfg(feature = "employer")]
    ("compare.cost_contract", "Coût pour la structure sur tout le contrat, après l’aide au poste"),
    #[cfg(feature = "employer")]
    ("compare.cost_month", "Coût pour la structure par mois, après l’aide au poste"),
    #[cfg(feature = "employer")]
    ("compare.diff.contract", "Sur tout le contrat : {net} nets."),
    #[cfg(feature = "employer")]
    ("compare.diff.cost", "Pour la structure, après l’aide au poste : {cost} par mois."),
    #[cfg(feature = "employer")]
    ("compare.diff.hours", "{new} h au lieu de {old} h"),
    #[cfg(feature = "employer")]
    ("compare.diff.line", "{what} : {money}."),
    #[cfg(feature = "employer")]
    ("compare.diff.month", "{total} nets par mois"),
    #[cfg(feature = "employer")]
    ("compare.diff.month_prime", "{total} nets par mois, dont {pay} de salaire et {prime} de prime d’activité"),
    #[cfg(feature = "employer")]
    ("compare.diff.months", "{new} mois au lieu de {old}"),
    #[cfg(feature = "employer")]
    ("compare.diff.rate", "{new} de l’heure au lieu de {old}"),
    #[cfg(feature = "employer")]
    ("compare.diff.rate_from_smic", "{new} de l’heure au lieu du SMIC"),
    #[cfg(feature = "employer")]
    ("compare.diff.rate_to_smic", "le SMIC au lieu de {old} de l’heure"),
    #[cfg(feature = "employer")]
    ("compare.diff.same", "Mêmes valeurs que le contrat simulé."),
    #[cfg(feature = "employer")]
    ("compare.diff.start", "début le {new} au lieu du {old}"),
    #[cfg(feature = "employer")]
    ("compare.diff.total", "Avec la prime d’activité, sur toute la période : {total}."),
    #[cfg(feature = "employer")]
    ("compare.empty", "Remplissez au moins une case d’un contrat pour le comparer au contrat simulé."),
    #[cfg(feature = "employer")]
    ("compare.field.hours", "Heures par semaine"),
    #[cfg(feature = "employer")]
    ("compare.field.months", "Durée, en mois"),
    #[cfg(feature = "employer")]
    ("compare.field.rate", "Salaire horaire brut"),
    #[cfg(feature = "employer")]
    ("compare.field.start", "Date de début"),
    #[cfg(feature = "employer")]
    ("compare.field_error", "{field} : {message}"),
    #[cfg(feature = "employer")]
    ("compare.help", "Jusqu’à trois autres contrats, à côté du contrat simulé. Une case laissée vide reprend la valeur du contrat simulé ; pour le salaire horaire, « SMIC » est le minimum légal. « Garder ce contrat » en fait le contrat simulé, qui prend alors sa place dans la comparaison."),
    #[cfg(feature = "employer")]
    ("compare.keep", "Garder ce contrat"),
    #[cfg(feature = "employer")]
    ("compare.net_contract", "Net sur tout le contrat"),
    #[cfg(feature = "employer")]
    ("compare.per_hour", "à {rate} de l’heure"),
    #[cfg(feature = "employer")]
    ("compare.prime_month", "Prime d’activité par mois, une fois le salaire pris en compte"),
    #[cfg(feature = "employer")]
    ("compare.simulated", "Contrat simulé"),
    #[cfg(feature = "employer")]
    ("compare.smic", "au SMIC"),
    #[cfg(feature = "employer")]
    ("compare.summary", "{hours} h par semaine, {months} mois, à partir du {start}, {rate}."),
    #[cfg(feature = "employer")]
    ("compare.title", "Comparer des contrats"),
    #[cfg(feature = "employer")]
    ("compare.total_income", "Salaire et prime d’activité, sur toute la période"),
    ("consent.help", "Ce résumé contient : qui peut vous embaucher, le nombre de critères retenus, l’organisme conseillé, les heures et le salaire net du contrat simulé, et la date des règles. Il ne contient ni votre date de naissance ni le détail de vos réponses, mais l’organisme conseillé peut en révéler une partie : Cap emploi laisse deviner une reconnaissance de handicap (RQTH), le Département le RSA, la Mission locale un âge de moins de 26 ans, le SPIP ou la PJJ un suivi par la justice. Vous pouvez décocher à tout moment."),
    ("consent.label", "J’accepte d’envoyer au site {site} un résumé de mon résultat, sans mon nom ni ma date de naissance"),
    ("consent.title", "Partager mon résultat avec ce site"),
    ("contract.all_columns", "Afficher toutes les colonnes"),
    ("contract.chart_desc", "Diagramme en barres du salaire net de chaque mois ; les traits verticaux marquent une hausse du SMIC. Les mêmes chiffres sont dans le tableau."),
    ("contract.chart_smic", "Hausse du SMIC"),
    ("contract.chart_title", "Salaire net par mois"),
    ("contract.col.contributions", "Cotisations"),
    ("contract.col.days", "Jours"),
    ("contract.col.gross", "Brut"),
    ("contract.col.hours", "Heures"),
    ("contract.col.month", "Mois"),
    ("contract.col.net", "Net"),
    ("contract.col.rate", "Taux horaire brut"),
    ("contract.derogation", "Le préfet a accordé une dérogation pour travailler moins de {min} heures par semaine"),
    ("contract.employer", "Structure qui embauche"),
    ("contract.end", "Fin du contrat"),
    ("contract.error.BELOW_MINIMUM_WAGE", "Ce montant est inférieur au minimum légal à partir de {month}."),
    ("contract.error.EXTENSION_NOT_ALLOWED", "Ce motif de prolongation ne correspond pas à votre situation."),
    ("contract.error.MAX_DURATION", "Un CDDI dure au plus {limit} mois, sauf motif de prolongation."),
    ("contract.error.MAX_DURATION.extended", "Avec ce motif de prolongation, un CDDI dure au plus {limit} mois."),
    ("contract.error.MAX_HOURS", "Un CDDI ne peut pas dépasser {limit} heures par semaine."),
    ("contract.error.MIN_DURATION", "Un CDDI dure au moins {limit} mois (sauf aménagement de peine)."),
    ("contract.error.MIN_HOURS", "Un CDDI compte au moins {limit} heures par semaine, sauf dérogation du préfet."),
    ("contract.extension", "Motif pour dépasser {max} mois"),
    ("contract.extension_none", "Aucun motif"),
    ("contract.field.c-hours", "Heures de travail par semaine"),
    ("contract.field.c-months", "Durée totale"),
    ("contract.field.c-rate", "Montant horaire brut"),
    ("contract.field.c-start", "Date de début du contrat"),
    ("contract.fix_fields", "Corrigez {fields} pour voir le résultat."),
    ("contract.hours", "Heures de travail par semaine"),
    ("contract.hours_help", "En général de {min} à {max} heures."),
    ("contract.hours_slider", "Heures par semaine (curseur)"),
    ("contract.intro", "Le contrat d’un chantier d’insertion s’appelle un CDDI (contrat à durée déterminée d’insertion). Changez les valeurs : le résultat se met à jour aussitôt."),
    ("contract.invalid_amount", "Indiquez un montant en euros par heure, par exemple 12,50 ou 12,50 €."),
    ("contract.invalid_hours", "Indiquez un nombre d’heures par semaine, par exemple 26 ou 26,5."),
    ("contract.invalid_line", "Ce contrat ne respecte pas une règle : {errors}"),
    ("contract.invalid_months", "Indiquez un nombre entier de mois, par exemple 12."),
    ("contract.invalid_number", "Indiquez un nombre entre {min} et {max}."),
    ("contract.invalid_start", "Indiquez la date de début du contrat."),
    ("contract.monthly_hours", "Heures par mois"),
    ("contract.months", "Durée totale, en mois"),
    ("contract.months_help", "Renouvellements compris. En général de {min} à {max} mois."),
    ("contract.net_note", "Net avant impôt sur le revenu, sans mutuelle d’entreprise."),
    ("contract.notice.EXTENSION_NEEDS_PRESCRIBER", "Au-delà de {max} mois, la prolongation du parcours est accordée par un prescripteur habilité."),
    ("contract.notice.LATER_REVALUATIONS_NOT_INCLUDED", "Le contrat continue après la dernière vérification des règles ({checked}) : les hausses du SMIC à venir ne sont pas comptées."),
    ("contract.notice.MAYOTTE_NOT_MODELLED", "À Mayotte, le SMIC et les cotisations sont différents et ne sont pas encore pris en compte : ces montants sont ceux de la métropole et sont donc une estimation."),
    ("contract.notice.MINOR_MINIMUM_APPLIED", "Avant {age} ans, le minimum légal peut être réduit, et ce calcul l’applique ; l’employeur peut payer plus, et la réduction disparaît après {months} mois d’expérience dans le métier."),
    ("contract.notice.PUBLIC_EMPLOYER_PENSION_UNVERIFIED", "Structure publique : la retraite complémentaire peut être différente ; le net est une estimation."),
    ("contract.notice.UNCERTAIN_PARAMETER", "La valeur du SMIC depuis le {date} n’a pas encore été relue dans le texte officiel."),
    ("contract.partial", "mois partiel"),
    ("contract.quarters", "Trimestres de retraite validés"),
    ("contract.quarters_year", "{year} : {n}"),
    ("contract.rate", "Salaire horaire brut"),
    ("contract.rate_custom", "Un autre montant"),
    ("contract.rate_monthly", "Ce montant est trop élevé pour un salaire horaire : avez-vous indiqué un salaire par mois ? Indiquez le montant brut pour une heure de travail, par exemple 12,50."),
    ("contract.rate_smic", "Le minimum légal (SMIC en vigueur chaque mois)"),
    ("contract.rate_value", "Montant horaire brut, en euros"),
    ("contract.refs", "Références"),
    ("contract.results", "Ce que ce contrat vous donnerait"),
    ("contract.start", "Date de début du contrat"),
    ("contract.start_help", "Par défaut : la date d’embauche prévue, ou le 1er du mois prochain si vous n’en avez pas choisi."),
    ("contract.table_caption", "Mois par mois"),
    ("contract.title", "Simuler un contrat"),
    ("contract.totals", "Total"),
    ("contract.totals_line", "Sur tout le contrat : {hours} heures, {gross} brut, {net} net."),
    ("contract.typical_gross", "Salaire brut d’un mois complet"),
    ("contract.typical_net", "Salaire net d’un mois complet"),
    ("contract.valid", "Ce contrat respecte les règles."),
    ("contract.warning.ABOVE_SOCIAL_SECURITY_CEILING", "À ce niveau de salaire (à partir de {month}), le calcul des cotisations est simplifié et le net peut être inexact."),
    ("contract.warning.EXTENSION_UNTIL_TRAINING_ENDS", "La prolongation pour formation ne vaut que jusqu’à la fin de la formation."),
    ("contract.warning.SHORT_CONTRACT_SENTENCE_ADJUSTMENT", "Avec un aménagement de peine, un contrat de moins de {limit} mois est possible."),
    ("contract.warning.UNDER_20H_DEROGATION", "Moins de {limit} heures par semaine : possible seulement avec la dérogation du préfet, à revoir pendant le parcours."),
    #[cfg(not(target_arch = "wasm32"))]
    ("crash.code", "Code de l’erreur : {code}"),
    #[cfg(not(target_arch = "wasm32"))]
    ("crash.reload", "Recharger la page"),
    #[cfg(not(target_arch = "wasm32"))]
    ("crash.text", "Le simulateur a rencontré un problème et s’est arrêté. Vos réponses n’ont été envoyées nulle part. Rechargez la page pour reprendre."),
    #[cfg(not(target_arch = "wasm32"))]
    ("crash.title", "Désolé, quelque chose s’est mal passé"),
    ("criterion.AAH", "Allocataire de l’AAH"),
    ("criterion.ASE", "Sortant(e) de l’aide sociale à l’enfance"),
    ("criterion.ASS", "Allocataire de l’ASS"),
    ("criterion.CAP_BEP", "Niveau CAP, BEP ou moins"),
    ("criterion.DELD", "Demandeur d’emploi de longue durée (inscrit depuis {months} mois ou plus)"),
    ("criterion.DETENTION_MJ", "Sous main de justice ou sortant(e) de détention"),
    ("criterion.DETLD", "Demandeur d’emploi de très longue durée (inscrit depuis {months} mois ou plus)"),
    ("criterion.FLE", "Maîtrise du français inférieure au niveau A1"),
    ("criterion.JEUNE", "Âgé(e) de moins de {age} ans"),
    ("criterion.PI", "Parent isolé"),
    ("criterion.PM", "Problème de mobilité"),
    ("criterion.PSH_PR", "Sans logement, hébergé(e) ou parcours de rue"),
    ("criterion.QPV", "Résident(e) d’un quartier prioritaire"),
    ("criterion.REF_DA", "Réfugié(e), protégé(e) ou demandeur d’asile"),
    ("criterion.RSA", "Bénéficiaire du RSA"),
    ("criterion.SENIOR", "Âgé(e) de {age} ans ou plus"),
    ("criterion.TH", "Travailleur handicapé (RQTH)"),
    ("criterion.ZRR", "Résident(e) d’une zone de revitalisation rurale"),
    ("criterion.level1", "critère de niveau 1 : suffit à lui seul"),
    ("criterion.level2", "critère de niveau 2"),
    ("date.birth_too_old", "Vérifiez l’année : cette date de naissance est trop ancienne pour être la vôtre."),
    ("date.day", "Jour"),
    ("date.first", "1er"),
    ("date.future", "Cette date est après la date de la simulation."),
    ("date.hint", "Par exemple : 14 3 1999"),
    ("date.incomplete", "Indiquez le jour, le mois et l’année."),
    ("date.invalid", "Cette date n’existe pas. Vérifiez le jour, le mois et l’année."),
    ("date.long", "{day} {month} {year}"),
    ("date.month", "Mois"),
    ("date.year", "Année"),
    ("date.year_digits", "Écrivez l’année en entier, avec ses 4 chiffres : par exemple 1997, et non 97."),
    ("dept.01", "Ain"),
    ("dept.02", "Aisne"),
    ("dept.03", "Allier"),
    ("dept.04", "Alpes-de-Haute-Provence"),
    ("dept.05", "Hautes-Alpes"),
    ("dept.06", "Alpes-Maritimes"),
    ("dept.07", "Ardèche"),
    ("dept.08", "Ardennes"),
    ("dept.09", "Ariège"),
    ("dept.10", "Aube"),
    ("dept.11", "Aude"),
    ("dept.12", "Aveyron"),
    ("dept.13", "Bouches-du-Rhône"),
    ("dept.14", "Calvados"),
    ("dept.15", "Cantal"),
    ("dept.16", "Charente"),
    ("dept.17", "Charente-Maritime"),
    ("dept.18", "Cher"),
    ("dept.19", "Corrèze"),
    ("dept.21", "Côte-d’Or"),
    ("dept.22", "Côtes-d’Armor"),
    ("dept.23", "Creuse"),
    ("dept.24", "Dordogne"),
    ("dept.25", "Doubs"),
    ("dept.26", "Drôme"),
    ("dept.27", "Eure"),
    ("dept.28", "Eure-et-Loir"),
    ("dept.29", "Finistère"),
    ("dept.2A", "Corse-du-Sud"),
    ("dept.2B", "Haute-Corse"),
    ("dept.30", "Gard"),
    ("dept.31", "Haute-Garonne"),
    ("dept.32", "Gers"),
    ("dept.33", "Gironde"),
    ("dept.34", "Hérault"),
    ("dept.35", "Ille-et-Vilaine"),
    ("dept.36", "Indre"),
    ("dept.37", "Indre-et-Loire"),
    ("dept.38", "Isère"),
    ("dept.39", "Jura"),
    ("dept.40", "Landes"),
    ("dept.41", "Loir-et-Cher"),
    ("dept.42", "Loire"),
    ("dept.43", "Haute-Loire"),
    ("dept.44", "Loire-Atlantique"),
    ("dept.45", "Loiret"),
    ("dept.46", "Lot"),
    ("dept.47", "Lot-et-Garonne"),
    ("dept.48", "Lozère"),
    ("dept.49", "Maine-et-Loire"),
    ("dept.50", "Manche"),
    ("dept.51", "Marne"),
    ("dept.52", "Haute-Marne"),
    ("dept.53", "Mayenne"),
    ("dept.54", "Meurthe-et-Moselle"),
    ("dept.55", "Meuse"),
    ("dept.56", "Morbihan"),
    ("dept.57", "Moselle"),
    ("dept.58", "Nièvre"),
    ("dept.59", "Nord"),
    ("dept.60", "Oise"),
    ("dept.61", "Orne"),
    ("dept.62", "Pas-de-Calais"),
    ("dept.63", "Puy-de-Dôme"),
    ("dept.64", "Pyrénées-Atlantiques"),
    ("dept.65", "Hautes-Pyrénées"),
    ("dept.66", "Pyrénées-Orientales"),
    ("dept.67", "Bas-Rhin"),
    ("dept.68", "Haut-Rhin"),
    ("dept.69", "Rhône"),
    ("dept.70", "Haute-Saône"),
    ("dept.71", "Saône-et-Loire"),
    ("dept.72", "Sarthe"),
    ("dept.73", "Savoie"),
    ("dept.74", "Haute-Savoie"),
    ("dept.75", "Paris"),
    ("dept.76", "Seine-Maritime"),
    ("dept.77", "Seine-et-Marne"),
    ("dept.78", "Yvelines"),
    ("dept.79", "Deux-Sèvres"),
    ("dept.80", "Somme"),
    ("dept.81", "Tarn"),
    ("dept.82", "Tarn-et-Garonne"),
    ("dept.83", "Var"),
    ("dept.84", "Vaucluse"),
    ("dept.85", "Vendée"),
    ("dept.86", "Vienne"),
    ("dept.87", "Haute-Vienne"),
    ("dept.88", "Vosges"),
    ("dept.89", "Yonne"),
    ("dept.90", "Territoire de Belfort"),
    ("dept.91", "Essonne"),
    ("dept.92", "Hauts-de-Seine"),
    ("dept.93", "Seine-Saint-Denis"),
    ("dept.94", "Val-de-Marne"),
    ("dept.95", "Val-d’Oise"),
    ("dept.971", "Guadeloupe"),
    ("dept.972", "Martinique"),
    ("dept.973", "Guyane"),
    ("dept.974", "La Réunion"),
    ("dept.975", "Saint-Pierre-et-Miquelon"),
    ("dept.976", "Mayotte"),
    ("details.title", "Détails du calcul"),
    #[cfg(feature = "later")]
    ("doc.AAH_CERTIFICATE", "Une attestation d’AAH (CAF ou MSA)"),
    #[cfg(feature = "later")]
    ("doc.ASE_CERTIFICATE", "Une attestation de l’aide sociale à l’enfance"),
    #[cfg(feature = "later")]
    ("doc.ASS_CERTIFICATE", "Une attestation d’ASS (France Travail)"),
    #[cfg(feature = "later")]
    ("doc.CAF_MSA_SINGLE_PARENT_CERTIFICATE", "Une attestation de la CAF ou de la MSA (parent isolé)"),
    #[cfg(feature = "later")]
    ("doc.DIPLOMA_OR_SWORN_STATEMENT", "Votre diplôme, ou une attestation sur l’honneur"),
    #[cfg(feature = "later")]
    ("doc.DOMICILIATION_OR_SOCIAL_WORKER_STATEMENT", "Une attestation de domiciliation, ou une attestation d’un travailleur social ou d’une association"),
    #[cfg(feature = "later")]
    ("doc.FLE_ASSESSMENT", "Une évaluation de français (niveau inférieur à A1)"),
    #[cfg(feature = "later")]
    ("doc.FT_REGISTRATION_STATEMENT", "Une attestation d’inscription à France Travail"),
    #[cfg(feature = "later")]
    ("doc.IDENTITY_DOCUMENT", "Une pièce d’identité"),
    #[cfg(feature = "later")]
    ("doc.MOBILITY_DIAGNOSIS", "Un diagnostic mobilité fait par un prescripteur habilité"),
    #[cfg(feature = "later")]
    ("doc.PROOF_OF_ADDRESS", "Un justificatif de domicile (facture d’eau, d’électricité, d’internet ou de téléphone)"),
    #[cfg(feature = "later")]
    ("doc.RELEASE_OR_JAP_CERTIFICATE", "Un billet de sortie, ou une attestation du juge d’application des peines"),
    #[cfg(feature = "later")]
    ("doc.RESIDENCE_OR_WORK_PERMIT", "Un titre de séjour valable (ou sa demande de renouvellement), ou une autorisation de travail"),
    #[cfg(feature = "later")]
    ("doc.RQTH_DECISION", "La décision de reconnaissance de travailleur handicapé (MDPH)"),
    #[cfg(feature = "later")]
    ("doc.RSA_CERTIFICATE", "Une attestation de RSA (CAF ou MSA)"),
    ("eligibility.criteria", "Critères retenus"),
    ("eligibility.criterion_line", "{criterion} — {level}"),
    ("eligibility.intro", "Il existe cinq sortes de structures d’insertion. Voici ce que chacune peut faire pour vous."),
    ("eligibility.missing", "Pour un résultat complet, il manque vos réponses sur :"),
    ("eligibility.no_criteria", "Aucun critère retenu pour l’instant."),
    ("eligibility.prescriber_path", "Un prescripteur habilité (France Travail, Mission locale, Cap emploi, Département, SPIP…) peut valider votre parcours après un entretien, même sans ces critères."),
    ("eligibility.title", "Qui peut vous embaucher ?"),
    ("eligibility.waiting", "Un parcours s’est terminé il y a moins de {duration} : jusqu’au {date} inclus, seul un prescripteur habilité peut en ouvrir un nouveau."),
    ("eligibility.why", "Pourquoi ?"),
    ("eligibility.why_named", "Pourquoi ? ({kind})"),
    ("embed.locked", "Cette réponse a été indiquée par le site qui vous accueille."),
    #[cfg(feature = "employer")]
    ("employer.percent", "{n} %"),
    ("employer.private", "Association ou autre structure privée"),
    ("employer.public", "Commune, CCAS ou autre structure publique"),
    #[cfg(feature = "employer")]
    ("employer_error.EMPLOYER_MONTH_NOT_COVERED", "{month} : le coût pour la structure n’est calculé qu’à partir de janvier 2026."),
    #[cfg(feature = "employer")]
    ("employer_error.EMPLOYER_REGION_NOT_COVERED", "Mayotte a son propre SMIC et ses propres taux : le coût pour la structure n’y est pas calculé."),
    #[cfg(feature = "employer")]
    ("employer_error.MODULATED_ABOVE_PRISON_CAP", "Pour un poste en détention, la part modulée dépasse le plafond prévu : vérifiez le pourcentage."),
    #[cfg(feature = "employer")]
    ("employer_line.agirc_arrco_t1", "Retraite complémentaire AGIRC-ARRCO, tranche 1"),
    #[cfg(feature = "employer")]
    ("employer_line.ags", "Garantie des salaires (AGS)"),
    #[cfg(feature = "employer")]
    ("employer_line.allocations_familiales", "Allocations familiales"),
    #[cfg(feature = "employer")]
    ("employer_line.atmp", "Accidents du travail et maladies professionnelles"),
    #[cfg(feature = "employer")]
    ("employer_line.ceg_t1", "Contribution d’équilibre général, tranche 1"),
    #[cfg(feature = "employer")]
    ("employer_line.chomage", "Assurance chômage"),
    #[cfg(feature = "employer")]
    ("employer_line.cpf_cdd", "Contribution au CPF des titulaires d’un CDD"),
    #[cfg(feature = "employer")]
    ("employer_line.csa", "Contribution solidarité autonomie"),
    #[cfg(feature = "employer")]
    ("employer_line.dialogue_social", "Contribution au dialogue social"),
    #[cfg(feature = "employer")]
    ("employer_line.fnal", "Fonds national d’aide au logement (FNAL)"),
    #[cfg(feature = "employer")]
    ("employer_line.formation", "Formation professionnelle"),
    #[cfg(feature = "employer")]
    ("employer_line.maladie", "Assurance maladie"),
    #[cfg(feature = "employer")]
    ("employer_line.peec", "Participation à l’effort de construction"),
    #[cfg(feature = "employer")]
    ("employer_line.taxe_apprentissage", "Taxe d’apprentissage"),
    #[cfg(feature = "employer")]
    ("employer_line.versement_mobilite", "Versement mobilité"),
    #[cfg(feature = "employer")]
    ("employer_line.vieillesse_deplafonnee", "Vieillesse déplafonnée"),
    #[cfg(feature = "employer")]
    ("employer_line.vieillesse_plafonnee", "Vieillesse plafonnée"),
    #[cfg(feature = "employer")]
    ("employer_notice.AIDE_AU_POSTE_NOT_PUBLISHED", "Le montant de l’aide au poste de cette année n’est pas encore publié : le calcul reprend le dernier montant publié, sans estimation."),
    #[cfg(feature = "employer")]
    ("employer_notice.AID_ALSO_FUNDS_SUPPORT", "L’aide au poste finance aussi l’encadrement et l’accompagnement, qui ne sont pas comptés dans ce coût : un coût négatif n’est pas un bénéfice."),
    #[cfg(feature = "employer")]
    ("employer_notice.DEPARTMENT_COFINANCING", "La personne touchait le RSA : le département peut financer une partie de l’aide au poste ; le total ne change pas."),
    #[cfg(feature = "employer")]
    ("employer_notice.EMPLOYER_NOT_MODELLED", "Ne sont pas comptés : la taxe sur les salaires, la mutuelle et la prévoyance, les obligations de la convention collective des ACI, les règles propres à l’Alsace-Moselle et à l’outre-mer."),
    #[cfg(feature = "employer")]
    ("employer_notice.EMPLOYER_PUBLIC_ESTIMATE", "Structure publique : c’est une estimation (la retraite complémentaire IRCANTEC et l’auto-assurance chômage, possibles, ne sont pas calculées)."),
    #[cfg(feature = "employer")]
    ("employer_notice.MODULATED_PAID_YEARLY", "La part modulée est décidée chaque année par le préfet et versée une fois par an : elle est montrée à part."),
    #[cfg(feature = "employer")]
    ("employer_notice.RGDU_MONTHLY_ESTIMATE", "Le taux horaire change dans l’année : la réduction générale, régularisée sur l’année, peut différer un peu de ce calcul mois par mois."),
    #[cfg(feature = "employer")]
    ("employer_view.aid", "Aide au poste"),
    #[cfg(feature = "employer")]
    ("employer_view.aid_scope", "L’aide au poste finance aussi l’encadrement technique et l’accompagnement socioprofessionnel, qui ne sont pas comptés dans ce coût."),
    #[cfg(feature = "employer")]
    ("employer_view.col.aid", "Aide au poste"),
    #[cfg(feature = "employer")]
    ("employer_view.col.amount", "Montant"),
    #[cfg(feature = "employer")]
    ("employer_view.col.base", "Base"),
    #[cfg(feature = "employer")]
    ("employer_view.col.cost", "Coût employeur"),
    #[cfg(feature = "employer")]
    ("employer_view.col.cost_after_aid", "Coût après aide"),
    #[cfg(feature = "employer")]
    ("employer_view.col.gross", "Brut"),
    #[cfg(feature = "employer")]
    ("employer_view.col.line", "Cotisation"),
    #[cfg(feature = "employer")]
    ("employer_view.col.month", "Mois"),
    #[cfg(feature = "employer")]
    ("employer_view.col.rate", "Taux"),
    #[cfg(feature = "employer")]
    ("employer_view.contributions", "Cotisations employeur"),
    #[cfg(feature = "employer")]
    ("employer_view.cost", "Coût employeur"),
    #[cfg(feature = "employer")]
    ("employer_view.cost_after_aid", "Coût après aide"),
    #[cfg(feature = "employer")]
    ("employer_view.exemption", "Exonération des ACI (structure publique)"),
    #[cfg(feature = "employer")]
    ("employer_view.payslip_caption", "Cotisations employeur, {month}"),
    #[cfg(feature = "employer")]
    ("employer_view.reduction_line", "Réduction générale (coefficient {rate})"),
    #[cfg(feature = "employer")]
    ("employer_view.table_caption", "Coût et aide, mois par mois"),
    #[cfg(feature = "employer")]
    ("employer_view.title", "Côté structure : coût du poste"),
    #[cfg(feature = "employer")]
    ("employer_view.totals", "Sur tout le contrat"),
    #[cfg(feature = "employer")]
    ("employer_view.totals_line", "coût {cost}, aide {aid}, reste {after}"),
    #[cfg(feature = "employer")]
    ("employer_view.typical_aid", "Aide au poste par mois"),
    #[cfg(feature = "employer")]
    ("employer_view.typical_cost", "Coût employeur par mois"),
    #[cfg(feature = "employer")]
    ("employer_view.typical_cost_after_aid", "Coût après aide par mois"),
    #[cfg(feature = "employer")]
    ("employer_view.typical_exemption", "Exonération des ACI par mois"),
    #[cfg(feature = "employer")]
    ("employer_view.typical_modulated", "Part modulée par mois (versée une fois par an)"),
    #[cfg(feature = "employer")]
    ("employer_view.typical_month", "Mois complet type : {month}."),
    #[cfg(feature = "employer")]
    ("employer_view.typical_reduction", "Réduction générale des cotisations par mois"),
    #[cfg(feature = "employer")]
    ("export.birth_date", "Inclure la date de naissance"),
    #[cfg(feature = "employer")]
    ("export.col.cost", "Coût pour la structure après l’aide au poste"),
    #[cfg(feature = "employer")]
    ("export.col.gross", "Salaire brut"),
    #[cfg(feature = "employer")]
    ("export.col.hours", "Heures"),
    #[cfg(feature = "employer")]
    ("export.col.month", "Mois"),
    #[cfg(feature = "employer")]
    ("export.col.net", "Salaire net"),
    #[cfg(feature = "employer")]
    ("export.col.prime", "Prime d’activité"),
    #[cfg(feature = "employer")]
    ("export.col.total", "Salaire et prime d’activité"),
    #[cfg(feature = "employer")]
    ("export.csv", "Télécharger le tableau mois par mois (CSV)"),
    #[cfg(feature = "employer")]
    ("export.help", "Les fichiers sont faits sur cet appareil : rien n’est envoyé. Sans la case ci-dessous, la date de naissance n’y figure pas."),
    #[cfg(feature = "employer")]
    ("export.json", "Télécharger le calcul (JSON, pour un autre outil)"),
    #[cfg(feature = "employer")]
    ("export.title", "Télécharger"),
    #[cfg(feature = "employer")]
    ("export.total", "Total"),
    ("extension.difficulties", "Difficultés particulièrement importantes"),
    ("extension.rqth", "J’ai une reconnaissance de travailleur handicapé (RQTH)"),
    ("extension.senior", "J’aurai {age} ans ou plus au début du contrat"),
    ("extension.training", "Une formation est en cours"),
    ("footer.label", "Pied de page"),
    ("footer.privacy", "Tremplin calcule tout sur votre appareil : aucune réponse n’est envoyée, ni à nous ni à personne."),
    ("footer.version", "Règles en vigueur au {version}"),
    #[cfg(feature = "employer")]
    ("headcount.11_to_49", "De 11 à 49 salariés"),
    #[cfg(feature = "employer")]
    ("headcount.50_plus", "50 salariés ou plus"),
    #[cfg(feature = "employer")]
    ("headcount.under_11", "Moins de 11 salariés"),
    ("home.advisor", "Vous êtes conseiller ou conseillère ? Ouvrir le mode conseiller"),
    ("home.duration", "Environ 5 minutes. Vous pouvez répondre « Je ne sais pas » à chaque question."),
    ("home.lead", "Vérifiez en quelques minutes si un atelier et chantier d’insertion (ACI) peut vous embaucher, qui peut vous accompagner, et ce qu’un contrat vous rapporterait chaque mois."),
    ("home.privacy", "Tout est calculé sur votre appareil : vos réponses ne sont envoyées nulle part."),
    ("home.resume", "Reprendre mes réponses"),
    ("home.start", "Commencer"),
    ("home.structure", "Vous êtes une structure ? Estimez le coût d’un poste en CDDI"),
    ("home.title", "Trouver sa place dans un chantier d’insertion"),
    ("howfar.already", "{kinds} vous accepterait déjà."),
    ("howfar.count_enough", "{n} critères, {required} suffisent"),
    ("howfar.count_many", "{n} critères sur les {required} demandés"),
    ("howfar.count_one", "{n} critère sur les {required} demandés"),
    ("howfar.level1", "Un critère de niveau 1 suffit : toutes les structures peuvent vous embaucher."),
    ("howfar.more_many", "Encore {n} critères pour {kind}."),
    ("howfar.more_one", "Encore 1 critère pour {kind}."),
    #[cfg(feature = "employer")]
    ("income.chart_desc", "Diagramme en barres empilées : pour chaque mois, le salaire net en bas et la prime d’activité au-dessus. Les mêmes chiffres sont dans le tableau."),
    #[cfg(feature = "employer")]
    ("income.chart_title", "Total de chaque mois : salaire net et prime d’activité"),
    #[cfg(feature = "employer")]
    ("income.col.month", "Mois"),
    #[cfg(feature = "employer")]
    ("income.col.net", "Salaire net"),
    #[cfg(feature = "employer")]
    ("income.col.prime", "Prime d’activité"),
    #[cfg(feature = "employer")]
    ("income.col.total", "Total"),
    #[cfg(feature = "employer")]
    ("income.contract_fix", "Corrigez d’abord le contrat plus haut : ce que vous auriez chaque mois s’affichera ensuite."),
    #[cfg(feature = "employer")]
    ("income.contract_invalid", "Ce contrat ne peut pas être signé tel qu’il est simulé (voir plus haut) : corrigez-le pour voir ce que vous auriez chaque mois."),
    #[cfg(feature = "employer")]
    ("income.error.amount", "Indiquez un montant en euros par mois, par exemple 350 ou 350,50 (au plus 999 999 999 €)."),
    #[cfg(feature = "employer")]
    ("income.error.children", "Indiquez un nombre d’enfants de 0 à 12."),
    #[cfg(feature = "employer")]
    ("income.error.choice", "Cette réponse n’est pas reconnue : choisissez une des réponses proposées."),
    #[cfg(feature = "employer")]
    ("income.estimate", "Estimation indicative : seule la CAF (ou la MSA) calcule votre prime, d’après la déclaration que vous faites tous les 3 mois."),
    #[cfg(feature = "employer")]
    ("income.fix_fields", "Corrigez {fields} pour voir ce que vous auriez chaque mois."),
    #[cfg(feature = "employer")]
    ("income.housing.housed_free", "Hébergé(e) gratuitement"),
    #[cfg(feature = "employer")]
    ("income.housing.owner_no_loan", "Propriétaire, sans prêt à rembourser"),
    #[cfg(feature = "employer")]
    ("income.housing.tenant_with_aid", "Locataire avec une aide au logement (APL ou autre)"),
    #[cfg(feature = "employer")]
    ("income.housing.tenant_without_aid", "Locataire sans aide au logement"),
    #[cfg(feature = "employer")]
    ("income.intro", "Avec ce contrat, la prime d’activité de la CAF (ou de la MSA) peut s’ajouter à votre salaire. Quelques questions sur votre foyer suffisent pour l’estimer ; passez celles dont vous n’êtes pas sûr(e)."),
    #[cfg(feature = "employer")]
    ("income.lag", "La prime d’activité tient compte de votre nouveau salaire à partir du {date}. Avant, elle est calculée sur ce que vous gagniez avant le contrat."),
    #[cfg(feature = "employer")]
    ("income.not_covered", "La prime d’activité n’est calculée ici que sur des revenus à partir d’avril 2023 : choisissez un début de contrat plus récent."),
    #[cfg(feature = "employer")]
    ("income.notice.ASS_AAH_NOT_MODELLED", "L’ASS et l’AAH, et la façon dont elles se combinent avec la prime, ne sont pas calculées ici : demandez à France Travail (ASS) ou à la CAF (AAH)."),
    #[cfg(feature = "employer")]
    ("income.notice.HOUSING_AID_BELOW_FORFAIT", "Avec une aide au logement, une somme forfaitaire est ajoutée à vos revenus (forfait logement). Si votre aide est plus petite que ce forfait, la prime réelle peut être un peu plus haute."),
    #[cfg(feature = "employer")]
    ("income.notice.PA_BEFORE_CRDS", "Montants avant la CRDS : la CAF retient 0,5 % de la prime."),
    #[cfg(feature = "employer")]
    ("income.notice.PA_CONDITIONS", "Il faut avoir 18 ans ou plus et résider en France de façon stable ; certaines personnes étrangères doivent avoir un titre de séjour depuis 5 ans. Ces conditions ne sont pas vérifiées ici."),
    #[cfg(feature = "employer")]
    ("income.notice.PA_LAG", "La prime est fixée pour 3 mois d’après vos revenus des 4e, 3e et 2e mois avant : elle suit votre salaire avec plusieurs mois de retard, et continue quelques mois après la fin du contrat. Si votre salaire est versé au début du mois suivant, tout est décalé d’un mois."),
    #[cfg(feature = "employer")]
    ("income.notice.PA_REFORM_ANNOUNCED", "Une « allocation de solidarité unifiée » a été annoncée : elle n’est pas dans la loi aujourd’hui, et n’est pas prise en compte."),
    #[cfg(feature = "employer")]
    ("income.notice.PA_UNDER_18", "Vous avez moins de 18 ans : la prime d’activité commence à 18 ans. Les mois avant vos 18 ans comptent pour 0 €."),
    #[cfg(feature = "employer")]
    ("income.notice.RSA_RECALCULATED", "Le RSA est recalculé tous les 3 mois, avec le même retard : avec votre salaire, il va probablement baisser ou s’arrêter. Il n’est pas compté ici."),
    #[cfg(feature = "employer")]
    ("income.notice.family", "Vous avez des enfants et n’avez pas indiqué d’allocations pour eux : si vous en recevez, la prime réelle est plus basse."),
    #[cfg(feature = "employer")]
    ("income.q.before", "Ce que vous gagniez par mois avant le contrat (salaire net)"),
    #[cfg(feature = "employer")]
    ("income.q.before_help", "Dans les mois qui précèdent le contrat. Si vous ne travailliez pas, ou si vous ne savez pas, nous comptons 0 €."),
    #[cfg(feature = "employer")]
    ("income.q.children", "Combien d’enfants avez-vous à charge ?"),
    #[cfg(feature = "employer")]
    ("income.q.children_help", "Les enfants qui vivent avec vous et dont vous vous occupez. Si vous ne savez pas, nous comptons 0."),
    #[cfg(feature = "employer")]
    ("income.q.couple", "Vivez-vous en couple ?"),
    #[cfg(feature = "employer")]
    ("income.q.couple_help", "Si vous ne répondez pas, nous comptons que vous vivez seul(e)."),
    #[cfg(feature = "employer")]
    ("income.q.family", "Allocations pour vos enfants, par mois"),
    #[cfg(feature = "employer")]
    ("income.q.family_help", "Allocations familiales, complément familial, allocation de base de la PAJE… Si vous avez des enfants, elles comptent : les oublier donne une prime trop haute. Si vous ne savez pas, nous comptons 0 €."),
    #[cfg(feature = "employer")]
    ("income.q.housing", "Votre logement"),
    #[cfg(feature = "employer")]
    ("income.q.housing_help", "Si vous ne savez pas, nous comptons : locataire sans aide au logement."),
    #[cfg(feature = "employer")]
    ("income.q.isolated", "Je vis seul(e) avec mes enfants, et j’attends un enfant, ou l’un d’eux a moins de 3 ans, ou je suis séparé(e) depuis moins de 18 mois"),
    #[cfg(feature = "employer")]
    ("income.q.isolated_help", "La prime est alors plus élevée (majoration pour parent isolé). Si vous ne cochez pas, nous ne la comptons pas."),
    #[cfg(feature = "employer")]
    ("income.q.isolated_short", "Parent isolé"),
    #[cfg(feature = "employer")]
    ("income.q.other", "Autres revenus du foyer, par mois"),
    #[cfg(feature = "employer")]
    ("income.q.other_help", "Allocations chômage, pension de retraite ou d’invalidité, pension alimentaire reçue… Sans votre salaire ni celui de votre conjoint(e). Si vous ne savez pas, nous comptons 0 €."),
    #[cfg(feature = "employer")]
    ("income.q.partner", "Salaire net de votre conjoint(e), par mois"),
    #[cfg(feature = "employer")]
    ("income.q.partner_help", "Seulement si vous vivez en couple. Si vous ne savez pas, nous comptons 0 €."),
    #[cfg(feature = "employer")]
    ("income.quarter", "{months} : {prime} de prime par mois, calculée sur vos revenus {reference}."),
    #[cfg(feature = "employer")]
    ("income.quarters_title", "Comment la prime suit vos revenus"),
    #[cfg(feature = "employer")]
    ("income.range", "de {from} à {to}"),
    #[cfg(feature = "employer")]
    ("income.range_elided", "d’{from} à {to}"),
    #[cfg(feature = "employer")]
    ("income.sheet.before", "salaire avant le contrat {amount} par mois"),
    #[cfg(feature = "employer")]
    ("income.sheet.children", "{n} enfant(s) à charge"),
    #[cfg(feature = "employer")]
    ("income.sheet.couple", "en couple"),
    #[cfg(feature = "employer")]
    ("income.sheet.isolated", "parent isolé"),
    #[cfg(feature = "employer")]
    ("income.sheet.other", "autres revenus {amount} par mois"),
    #[cfg(feature = "employer")]
    ("income.sheet.partner", "salaire du conjoint {amount} par mois"),
    #[cfg(feature = "employer")]
    ("income.sheet.single", "vit seul(e)"),
    #[cfg(feature = "employer")]
    ("income.sheet_fix", "Une réponse est à corriger à l’écran : ce que vous auriez chaque mois n’est pas imprimé."),
    #[cfg(feature = "employer")]
    ("income.sheet_household", "Foyer : {household}."),
    #[cfg(feature = "employer")]
    ("income.sheet_totals", "En tout, {range} : salaire net {net}, prime d’activité {prime}, total {total}."),
    #[cfg(feature = "employer")]
    ("income.table_caption", "Mois par mois : salaire net, prime d’activité et total"),
    #[cfg(feature = "employer")]
    ("income.title", "Ce que vous auriez en tout chaque mois"),
    #[cfg(feature = "employer")]
    ("income.total", "Total, {range}"),
    #[cfg(feature = "employer")]
    ("income.total_net", "Salaire net, en tout"),
    #[cfg(feature = "employer")]
    ("income.total_prime", "Prime d’activité, en tout"),
    #[cfg(feature = "employer")]
    ("income.totals", "Total"),
    ("justice.detained", "Je suis en détention, sans aménagement de peine"),
    ("justice.help.released", "Cela se prouve avec votre billet de sortie de prison ou une attestation du juge de l’application des peines, datés de moins de {months} mois."),
    ("justice.none", "Aucune décision de justice en cours"),
    ("justice.released", "Je suis sorti(e) de prison récemment"),
    ("justice.sentence_adjustment", "J’ai un aménagement de peine (semi-liberté, placement à l’extérieur, bracelet électronique, libération conditionnelle)"),
    ("justice.supervised", "Je suis suivi(e) par la justice en dehors de la prison (sursis probatoire, travail d’intérêt général…)"),
    ("keep.clear", "Effacer mes réponses"),
    ("keep.cleared", "Vos réponses ont été effacées de cet appareil."),
    ("keep.failed", "Vos réponses n’ont pas pu être gardées : ce navigateur refuse ou n’a plus de place. La case a été décochée."),
    ("keep.help", "Elles restent seulement dans ce navigateur. Décochez ou effacez-les quand vous voulez."),
    ("keep.label", "Garder mes réponses sur cet appareil"),
    ("keep.unavailable", "Ce navigateur ne permet pas de garder les réponses."),
    ("kind.ACI", "Atelier et chantier d’insertion (ACI)"),
    ("kind.AI", "Association intermédiaire (AI)"),
    ("kind.EI", "Entreprise d’insertion (EI)"),
    ("kind.EITI", "Entreprise d’insertion par le travail indépendant (EITI)"),
    ("kind.ETTI", "Entreprise de travail temporaire d’insertion (ETTI)"),
    ("kind_article.ACI", "un ACI"),
    ("kind_article.AI", "une AI"),
    ("kind_article.EI", "une EI"),
    ("kind_article.EITI", "une EITI"),
    ("kind_article.ETTI", "une ETTI"),
    ("lang.switch", "English"),
    ("later.loading", "Cette partie se prépare. Si elle n’apparaît pas, rechargez la page."),
    ("legal.article", "Article {ref}"),
    ("legal.code_travail", "du Code du travail"),
    ("legal.link", "{label} (Légifrance, nouvelle fenêtre)"),
    ("legal.refs", "Textes :"),
    ("link.choice", "Ce lien ouvre une autre simulation que la vôtre. Vos réponses ne seront pas effacées sans votre accord."),
    ("link.keep", "Garder mes réponses"),
    ("link.open", "Ouvrir la simulation du lien"),
    ("link.opened", "La simulation du lien est ouverte ; vos réponses gardées sur cet appareil n’ont pas changé."),
    ("list.and", "et"),
    ("list.more", "{rest} ou {last}"),
    ("list.two", "{a} ou {b}"),
    ("month.1", "janvier"),
    ("month.10", "octobre"),
    ("month.11", "novembre"),
    ("month.12", "décembre"),
    ("month.2", "février"),
    ("month.3", "mars"),
    ("month.4", "avril"),
    ("month.5", "mai"),
    ("month.6", "juin"),
    ("month.7", "juillet"),
    ("month.8", "août"),
    ("month.9", "septembre"),
    ("month_short.1", "janv."),
    ("month_short.10", "oct."),
    ("month_short.11", "nov."),
    ("month_short.12", "déc."),
    ("month_short.2", "févr."),
    ("month_short.3", "mars"),
    ("month_short.4", "avr."),
    ("month_short.5", "mai"),
    ("month_short.6", "juin"),
    ("month_short.7", "juil."),
    ("month_short.8", "août"),
    ("month_short.9", "sept."),
    ("nav.advisor", "Mode conseiller"),
    ("nav.home", "Accueil"),
    ("nav.integration", "Intégrer Tremplin sur votre site"),
    ("nav.journey", "Parcours guidé"),
    ("nav.label", "Navigation principale"),
    ("nav.menu", "Menu"),
    ("nav.skip", "Aller au contenu"),
    ("nav.sources", "Sources et paramètres"),
    ("next.apply", "Vous envoyez une candidature (quelques mots sur vous, ou votre CV) ; si elle l’intéresse, la structure vous propose un entretien pour parler du poste."),
    ("next.change.DETAINED", "Ce qui peut changer : à la sortie ou avec un aménagement de peine, un chantier d’insertion pourra vous embaucher ; le SPIP prépare ce passage."),
    ("next.change.EMPLOYED", "Ce qui peut changer : si votre emploi se termine, refaites la simulation avec la date d’embauche visée."),
    ("next.change.UNDER_16", "Ce qui peut changer : à partir de {age} ans, refaites la simulation."),
    ("next.contact.eligible", "Contactez {who} : ce service peut vous aider à choisir une structure et à préparer votre candidature. Avec vos critères, vous pouvez aussi postuler directement."),
    ("next.contact.incomplete", "Contactez {who} : ce service étudie votre situation avec vous."),
    ("next.contact.not_eligible", "Parlez-en avec {who} : ce service peut vous conseiller."),
    ("next.contact.prescriber_diagnosis", "Prenez rendez-vous avec {who} : un conseiller fait le point avec vous (un diagnostic) et peut valider votre parcours."),
    ("next.contact.waiting", "Prenez rendez-vous avec {who} : jusqu’au {date}, seul un prescripteur habilité peut ouvrir un nouveau parcours, après un diagnostic."),
    ("next.documents", "Préparez les documents listés plus bas, aux dates indiquées."),
    ("next.documents_link", "Voir les documents à apporter"),
    ("next.find", "Trouvez une structure qui recrute sur"),
    ("next.find_link", "les emplois de l’inclusion (nouvelle fenêtre)"),
    ("next.find_place", "Indiquez votre ville ({place}) sur la page qui s’ouvre."),
    ("next.reach", "Trouver {name} près de chez vous (annuaire Service-Public, nouvelle fenêtre)"),
    ("next.title", "Que faire maintenant ?"),
    ("number.invalid", "Indiquez un nombre entier, par exemple 14."),
    ("orientation.alternatives", "Vous pouvez aussi vous adresser à :"),
    ("orientation.directory", "Trouver {name} près de chez vous (annuaire Service-Public, nouvelle fenêtre)"),
    ("orientation.directory_no_dept", "Indiquez votre département pour un lien vers les services proches de chez vous."),
    ("orientation.not_eligible", "Votre situation ne permet pas d’être embauché(e) en insertion pour le moment. Ces services peuvent quand même vous conseiller."),
    ("orientation.primary", "Nous vous suggérons de contacter d’abord :"),
    ("orientation.recommendation", "C’est une suggestion, pas une obligation : tout prescripteur habilité peut étudier votre situation."),
    ("orientation.title", "Qui peut vous accompagner ?"),
    ("orientation.under_16", "Avant {age} ans, parlez-en avec votre établissement scolaire ; la Mission locale pourra vous accompagner ensuite."),
    ("orientation.waiting", "Pendant le délai qui suit un parcours, seul un prescripteur habilité peut vous ouvrir un nouveau parcours : adressez-vous à l’un des services ci-dessous."),
    ("orientation.why", "Pourquoi ce conseil ?"),
    ("prefill.choice", "Ce site propose d’autres réponses que les vôtres. Vos réponses ne seront pas effacées sans votre accord."),
    ("prefill.open", "Utiliser les réponses du site"),
    ("prescriber.CADA", "Un centre d’accueil de demandeurs d’asile (CADA)"),
    ("prescriber.CAF_MSA", "La CAF ou la MSA"),
    ("prescriber.CAP_EMPLOI", "Cap emploi"),
    ("prescriber.CCAS", "Le CCAS (centre communal d’action sociale)"),
    ("prescriber.CHRS", "Un centre d’hébergement (CHRS…)"),
    ("prescriber.DEPT", "Le Département (services sociaux, référent RSA)"),
    ("prescriber.E2C_EPIDE", "Une école de la 2e chance ou l’EPIDE"),
    ("prescriber.FT", "France Travail"),
    ("prescriber.ML", "La Mission locale"),
    ("prescriber.OHPD", "Un organisme habilité par le préfet"),
    ("prescriber.ORIENTEUR", "Une autre association ou structure"),
    ("prescriber.PJJ", "La PJJ (protection judiciaire de la jeunesse)"),
    ("prescriber.PLIE", "Le PLIE (plan local pour l’insertion et l’emploi)"),
    ("prescriber.SPIP", "Le SPIP (service pénitentiaire d’insertion et de probation)"),
    ("prescriber.search.CADA", "CADA"),
    ("prescriber.search.CAF_MSA", "Caisse d'allocations familiales"),
    ("prescriber.search.CAP_EMPLOI", "Cap emploi"),
    ("prescriber.search.CCAS", "Centre communal d'action sociale"),
    ("prescriber.search.CHRS", "Centre d'hébergement"),
    ("prescriber.search.DEPT", "Conseil départemental"),
    ("prescriber.search.E2C_EPIDE", "École de la deuxième chance"),
    ("prescriber.search.FT", "France Travail"),
    ("prescriber.search.ML", "Mission locale"),
    ("prescriber.search.OHPD", "Organisme habilité"),
    ("prescriber.search.ORIENTEUR", "Association"),
    ("prescriber.search.PJJ", "Protection judiciaire de la jeunesse"),
    ("prescriber.search.PLIE", "PLIE"),
    ("prescriber.search.SPIP", "Service pénitentiaire d'insertion et de probation"),
    ("prescriber.serves.CADA", "Accompagne les demandeurs d’asile."),
    ("prescriber.serves.CAF_MSA", "Verse les prestations sociales (RSA, aides aux familles)."),
    ("prescriber.serves.CAP_EMPLOI", "Accompagne les personnes en situation de handicap vers l’emploi."),
    ("prescriber.serves.CCAS", "Aide sociale de votre commune ; il peut aussi vous domicilier si vous n’avez pas d’adresse stable."),
    ("prescriber.serves.CHRS", "Accueille et accompagne les personnes sans logement."),
    ("prescriber.serves.DEPT", "Décide de l’orientation des personnes au RSA et accompagne les jeunes sortis de l’aide sociale à l’enfance."),
    ("prescriber.serves.E2C_EPIDE", "Forme les jeunes sans qualification."),
    ("prescriber.serves.FT", "Accompagne toutes les personnes qui cherchent un emploi."),
    ("prescriber.serves.ML", "Accompagne les jeunes de {from} à {until} ans dans leur recherche d’emploi, de formation et dans leur vie quotidienne."),
    ("prescriber.serves.OHPD", "Organisme local habilité à prescrire."),
    ("prescriber.serves.ORIENTEUR", "Peut vous orienter, mais ne peut pas valider votre parcours."),
    ("prescriber.serves.PJJ", "Accompagne les mineurs et jeunes majeurs suivis par la justice."),
    ("prescriber.serves.PLIE", "Accompagne de près les personnes éloignées de l’emploi, là où il existe."),
    ("prescriber.serves.SPIP", "Accompagne les personnes suivies par la justice, en détention ou à la sortie."),
    ("prescriber.to.CADA", "votre centre d’accueil de demandeurs d’asile"),
    ("prescriber.to.CAF_MSA", "la CAF ou la MSA"),
    ("prescriber.to.CAP_EMPLOI", "Cap emploi"),
    ("prescriber.to.CCAS", "le CCAS de votre commune"),
    ("prescriber.to.CHRS", "votre centre d’hébergement"),
    ("prescriber.to.DEPT", "le Département"),
    ("prescriber.to.E2C_EPIDE", "une école de la 2e chance ou l’EPIDE"),
    ("prescriber.to.FT", "France Travail"),
    ("prescriber.to.ML", "la Mission locale"),
    ("prescriber.to.OHPD", "un organisme habilité par le préfet"),
    ("prescriber.to.ORIENTEUR", "une association qui vous accompagne"),
    ("prescriber.to.PJJ", "la PJJ"),
    ("prescriber.to.PLIE", "le PLIE"),
    ("prescriber.to.SPIP", "le SPIP"),
    ("progress.label", "Étape {n} sur {total}"),
    ("progress.recap", "Récapitulatif"),
    #[cfg(feature = "later")]
    ("proofs.after", "document du {date} ou plus récent"),
    #[cfg(feature = "later")]
    ("proofs.at_hiring", "encore valable le jour de l’embauche"),
    #[cfg(feature = "later")]
    ("proofs.hiring", "Le jour de l’embauche, l’employeur vous demandera aussi :"),
    #[cfg(feature = "later")]
    ("proofs.hiring.id", "Une pièce d’identité, ou un titre de séjour qui autorise à travailler"),
    #[cfg(feature = "later")]
    ("proofs.hiring.rib", "Un RIB (relevé d’identité bancaire), pour le versement du salaire"),
    #[cfg(feature = "later")]
    ("proofs.hiring.ssn", "Votre carte Vitale, ou votre numéro de sécurité sociale"),
    #[cfg(feature = "later")]
    ("proofs.intro", "La structure qui vous embauche doit garder une preuve de chaque critère. Dates calculées pour une embauche le {date}."),
    #[cfg(feature = "later")]
    ("proofs.line", "{document} — {when}"),
    #[cfg(feature = "later")]
    ("proofs.line.DIPLOMA_OR_SWORN_STATEMENT", "Votre diplôme (quelle que soit sa date), ou une attestation sur l’honneur du {date} ou plus récente"),
    #[cfg(feature = "later")]
    ("proofs.line.MOBILITY_DIAGNOSIS", "Rien à apporter pour la mobilité : le prescripteur fait le diagnostic pendant l’entretien"),
    #[cfg(feature = "later")]
    ("proofs.no_limit", "sans condition de date"),
    #[cfg(feature = "later")]
    ("proofs.none", "Aucun justificatif de critère n’est demandé pour l’instant : aucun critère n’est retenu."),
    #[cfg(feature = "later")]
    ("proofs.title", "Les documents à apporter"),
    ("q.benefits.help", "Ce sont des aides versées chaque mois. Le RSA est versé par la CAF ou la MSA, l’ASS par France Travail après la fin des allocations chômage, l’AAH par la CAF ou la MSA en cas de handicap."),
    ("q.benefits.label", "Recevez-vous l’une de ces aides ?"),
    ("q.benefits.none", "Aucune de ces aides"),
    ("q.birth_date.help", "Votre âge peut compter comme critère (moins de {jeune} ans, ou {senior} ans et plus)."),
    ("q.birth_date.label", "Votre date de naissance"),
    ("q.criteria.help", "Cochez tout ce qui correspond à votre situation. Chaque situation peut compter comme critère."),
    ("q.criteria.label", "Ces situations vous concernent-elles aujourd’hui ?"),
    ("q.criteria.none", "Aucune de ces situations"),
    ("q.criteria.routing_help", "Vos réponses suffisent déjà pour un chantier d’insertion. Celles-ci servent seulement à trouver le service le mieux placé pour vous accompagner."),
    ("q.criteria.routing_label", "Pour savoir qui peut le mieux vous aider : ces situations vous concernent-elles ?"),
    ("q.department.choose", "Choisissez votre département"),
    ("q.department.help", "Il sert seulement à vous indiquer les services proches de chez vous."),
    ("q.department.label", "Votre département"),
    ("q.employed.help", "Les chantiers d’insertion sont réservés aux personnes sans emploi. Si vous avez un petit emploi ou un emploi qui se termine bientôt, parlez-en à un conseiller."),
    ("q.employed.label", "Aurez-vous un emploi à la date d’embauche prévue ?"),
    ("q.had_pass.help", "Le PASS IAE est ouvert quand on travaille dans une structure d’insertion (chantier, entreprise ou association d’insertion). Il s’appelait aussi « agrément »."),
    ("q.had_pass.label", "Avez-vous déjà eu un PASS IAE ?"),
    ("q.job_seeker_months.help", "Comptez les mois depuis votre inscription jusqu’à aujourd’hui. Si la date d’embauche prévue est plus tard, Tremplin ajoute les mois d’ici là. Une longue inscription compte comme critère."),
    ("q.job_seeker_months.label", "Depuis combien de mois êtes-vous inscrit(e) ?"),
    ("q.justice.help", "Un aménagement de peine (semi-liberté, placement à l’extérieur, bracelet électronique, libération conditionnelle) permet de travailler dans un chantier d’insertion."),
    ("q.justice.label", "Êtes-vous concerné(e) par une décision de justice ?"),
    ("q.previous_pass_end.help", "Une date approximative suffit : mettez le 1er du mois si vous ne savez pas le jour."),
    ("q.previous_pass_end.label", "Quand ce PASS IAE s’est-il terminé ?"),
    ("q.referent.help", "Par exemple dans le cadre d’un contrat d’engagement ou du RSA. Si oui, c’est cette personne qu’il faut voir en premier."),
    ("q.referent.label", "Avez-vous déjà un conseiller ou une conseillère qui vous suit ?"),
    ("q.registered.help", "France Travail s’appelait Pôle emploi jusqu’en 2023."),
    ("q.registered.label", "Êtes-vous inscrit(e) comme demandeur d’emploi à France Travail ?"),
    ("q.rqth.help", "La RQTH est une décision de la MDPH (maison départementale des personnes handicapées) qui reconnaît un handicap dans le travail. Elle sert aussi à savoir qui peut vous aider : Cap emploi accompagne les personnes qui l’ont."),
    ("q.rqth.label", "Avez-vous une reconnaissance de travailleur handicapé (RQTH) ?"),
    #[cfg(feature = "employer")]
    ("qr.help", "Scannez ce code avec l’appareil photo de votre téléphone : cette simulation s’y ouvre, sur les résultats, sans rien retaper."),
    #[cfg(feature = "employer")]
    ("qr.label", "Code QR du lien vers cette simulation"),
    #[cfg(feature = "employer")]
    ("qr.private", "Comme le lien, ce code contient vos réponses, mais elles ne passent par aucun serveur : montrez-le seulement à une personne de confiance."),
    #[cfg(feature = "employer")]
    ("qr.sheet_help", "Scannez ce code avec votre téléphone pour y rouvrir cette simulation."),
    #[cfg(feature = "employer")]
    ("qr.sheet_justice", "Votre réponse sur la justice n’y est pas, comme sur cette fiche."),
    #[cfg(feature = "employer")]
    ("qr.title", "Ouvrir sur votre téléphone"),
    #[cfg(feature = "employer")]
    ("qr.too_long", "Vos réponses font un lien trop long pour un code QR qu’un téléphone lit sans peine : utilisez « Copier le lien », puis envoyez-vous ce lien (par message ou par courriel)."),
    #[cfg(feature = "employer")]
    ("qr.too_long_sheet", "Le lien de cette simulation est trop long pour un code QR lisible : pour la rouvrir sur un téléphone, utilisez « Copier le lien » dans Tremplin."),
    ("reason.DETAINED", "En détention, un CDDI n’est pas possible. Le travail pour une structure d’insertion se fait en prison, sous contrat d’emploi pénitentiaire, avec l’aide du SPIP."),
    ("reason.EMPLOYED", "Vous aurez un emploi à la date d’embauche : l’insertion par l’activité économique est réservée aux personnes sans emploi."),
    ("reason.LEVEL1_CRITERION", "Vous remplissez un critère de niveau 1 : il suffit à lui seul pour toutes les structures."),
    ("reason.LEVEL2_CRITERIA", "Vos critères de niveau 2 sont assez nombreux pour certaines structures."),
    ("reason.NOT_ENOUGH_CRITERIA", "Pour certaines structures, vos critères ne suffisent pas encore : il faut l’accord d’un prescripteur habilité, ou d’autres réponses."),
    ("reason.UNDER_16", "Avant {age} ans, aucun contrat de travail n’est possible (sauf apprentissage et stages scolaires)."),
    ("reason.WAITING_PERIOD", "Votre précédent parcours s’est terminé il y a moins de {duration} : seul un prescripteur habilité peut vous en ouvrir un nouveau."),
    ("recap.intro", "Vérifiez vos réponses. Vous pouvez en changer une en un clic."),
    ("recap.skipped", "Question non posée : elle ne change pas le résultat"),
    ("recap.title", "Récapitulatif de vos réponses"),
    ("referent.CAP_EMPLOI", "Oui, chez Cap emploi"),
    ("referent.DEPT", "Oui, au Département (par exemple un référent RSA)"),
    ("referent.FT", "Oui, à France Travail"),
    ("referent.ML", "Oui, à la Mission locale"),
    ("referent.OTHER", "Oui, dans une autre structure"),
    ("referent.SPIP", "Oui, au SPIP (conseiller ou conseillère pénitentiaire d’insertion)"),
    ("referent.none", "Non, personne ne me suit"),
    ("restore.field.a", "la date d’embauche prévue"),
    ("restore.field.b", "votre date de naissance"),
    ("restore.field.bf", "les aides que vous recevez"),
    ("restore.field.c", "les situations de votre vie au quotidien"),
    ("restore.field.cd", "la dérogation pour moins de 20 heures"),
    ("restore.field.ce", "l’employeur"),
    ("restore.field.cm", "la durée du contrat"),
    ("restore.field.cr", "le salaire horaire"),
    ("restore.field.cs", "la date de début du contrat"),
    ("restore.field.cw", "les heures de travail par semaine"),
    ("restore.field.cx", "le motif de prolongation"),
    ("restore.field.d", "votre département"),
    ("restore.field.e", "votre emploi à la date d’embauche"),
    ("restore.field.h", "la reconnaissance de travailleur handicapé (RQTH)"),
    ("restore.field.j", "votre réponse sur la justice"),
    ("restore.field.l", "la langue"),
    ("restore.field.m", "vos mois d’inscription à France Travail"),
    ("restore.field.other", "une réponse"),
    ("restore.field.p", "votre PASS IAE précédent"),
    ("restore.field.pe", "la fin de votre PASS IAE précédent"),
    ("restore.field.r", "votre inscription à France Travail"),
    ("restore.field.rf", "le conseiller ou la conseillère qui vous suit"),
    ("restore.field.s", "la page à ouvrir"),
    ("restore.from.link", "du lien"),
    ("restore.from.prefill", "transmises par le site"),
    ("restore.from.stored", "gardées sur cet appareil"),
    ("restore.invalid", "Certaines réponses {from} n’ont pas pu être lues : {fields}. Vérifiez-les ; toutes les autres ont été reprises."),
    ("restore.ok", "Vos réponses ont été reprises."),
    ("restore.problems", "Certaines informations du lien n’ont pas pu être lues et ont été ignorées ({fields}). Le reste de vos réponses a été repris."),
    ("restore.stored_problems", "Certaines réponses gardées sur cet appareil n’ont pas pu être relues : vérifiez-les."),
    ("restore.too_long", "Les réponses {from} sont trop longues pour être lues : elles ont été ignorées."),
    ("restore.unknown", "Des informations {from} sont inconnues de cette version de Tremplin : elles ont été ignorées."),
    ("restore.version", "Les réponses {from} viennent d’une autre version de Tremplin : vérifiez-les."),
    ("results.as_of", "Résultats calculés pour une embauche le {date}."),
    ("results.error", "Le calcul n’a pas pu être fait : {message}"),
    ("results.live", "Résultat provisoire"),
    ("results.live_hint", "Il se met à jour à chaque réponse."),
    ("results.start_first", "Répondez à une première question pour voir ce résultat."),
    ("results.title", "Vos résultats"),
    #[cfg(feature = "employer")]
    ("revenue_cap.path", "Pour aller au-delà de {cap}, la structure demande une dérogation au préfet : il peut relever le plafond jusqu’à {derogation}, après avis favorable de la commission spécialisée du comité départemental pour l’emploi, si ces activités ne sont pas déjà assurées par des entreprises du territoire. Au-delà de {derogation}, aucune dérogation n’est possible."),
    #[cfg(feature = "employer")]
    ("revenue_notice.REVENUE_CAP_OVERSEAS_PROCEDURE", "Outre-mer, la dérogation suit encore l’ancienne procédure (avis du CDIAE) jusqu’à une date fixée par ordonnance."),
    #[cfg(feature = "employer")]
    ("revenue_status.above_limit", "Les ventes couvrent {ratio} des charges des activités d’insertion : c’est plus que {derogation}, le maximum qu’un préfet peut autoriser."),
    #[cfg(feature = "employer")]
    ("revenue_status.derogation_possible", "Les ventes couvrent {ratio} des charges des activités d’insertion : c’est au moins {cap}. Le préfet peut autoriser jusqu’à {derogation}, après avis de la commission du comité départemental pour l’emploi, si ces activités ne sont pas déjà assurées par des entreprises du territoire."),
    #[cfg(feature = "employer")]
    ("revenue_status.within", "Les ventes couvrent {ratio} des charges des activités d’insertion : moins de {cap}, c’est dans la règle."),
    #[cfg(feature = "employer")]
    ("rights.cdi", "Vous trouvez un CDI ailleurs : vous pouvez partir avant la fin, avec un préavis de {n} jours (moins si la structure l’accepte)."),
    #[cfg(feature = "employer")]
    ("rights.hired", "Si vous êtes embauché(e), ce contrat s’arrête sans préavis."),
    #[cfg(feature = "employer")]
    ("rights.no_indemnity", "À la fin du contrat, pas de prime de fin de contrat (indemnité de précarité), sauf si un accord collectif en prévoit une."),
    #[cfg(feature = "employer")]
    ("rights.pmsmp", "une immersion dans une entreprise (PMSMP), si la structure est d’accord : {n} jours au plus en tout, {months} mois au plus à chaque fois, renouvelable {renewals} fois ;"),
    #[cfg(feature = "employer")]
    ("rights.quarters", "Ce contrat compte pour votre retraite. Trimestres validés : {quarters}."),
    #[cfg(feature = "employer")]
    ("rights.quarters_year", "{n} en {year}"),
    #[cfg(feature = "employer")]
    ("rights.sheet_leave", "Départ possible avant la fin pour une formation qualifiante, ou pour un CDI avec {notice} jours de préavis. Pas de prime de fin de contrat. La structure vous accompagne et vous forme."),
    #[cfg(feature = "employer")]
    ("rights.sheet_refs", "Textes (Code du travail) : {refs}."),
    #[cfg(feature = "employer")]
    ("rights.sheet_stay", "Période d’essai : {trial} jours au plus. Pause possible pour une immersion en entreprise (PMSMP, {pmsmp} jours au plus en tout) ou pour la période d’essai d’un CDI ou d’un CDD de {months} mois ou plus ; si vous êtes embauché(e), départ sans préavis."),
    #[cfg(feature = "employer")]
    ("rights.support", "Pendant tout le contrat, la structure vous accompagne, vous encadre et vous forme."),
    #[cfg(feature = "employer")]
    ("rights.suspend", "Vous pouvez mettre ce contrat en pause pour essayer un autre emploi :"),
    #[cfg(feature = "employer")]
    ("rights.title", "Vos droits pendant ce contrat"),
    #[cfg(feature = "employer")]
    ("rights.training", "Vous pouvez partir avant la fin pour suivre une formation qui mène à une qualification."),
    #[cfg(feature = "employer")]
    ("rights.trial", "Période d’essai : {n} jours au plus."),
    #[cfg(feature = "employer")]
    ("rights.trial_elsewhere", "ou la période d’essai d’un CDI, ou d’un CDD de {months} mois ou plus."),
    #[cfg(feature = "employer")]
    ("rights.trial_note", "Calcul fait sur les {months} mois du contrat, comme s’ils étaient prévus dès la signature : si le premier contrat est plus court, la période d’essai peut l’être aussi."),
    ("routing.ASE_DEPT", "Vous êtes sorti(e) de l’aide sociale à l’enfance : les services du Département peuvent aussi vous accompagner."),
    ("routing.DEFAULT_FT", "France Travail accompagne toutes les personnes qui cherchent un emploi."),
    ("routing.DETAINED_SPIP", "En détention, c’est le SPIP qui prépare votre sortie et peut vous orienter vers un chantier d’insertion."),
    ("routing.DISABILITY_CAP_EMPLOI", "Vous avez une RQTH : Cap emploi accompagne les personnes en situation de handicap."),
    ("routing.EXISTING_REFERENT", "Vous avez déjà un conseiller : c’est lui qu’il faut voir en premier."),
    ("routing.HOMELESS_CCAS", "Sans logement stable, le CCAS peut vous domicilier et vous aider."),
    ("routing.JUSTICE_PJJ", "Vous êtes mineur(e) et suivi(e) par la justice : la PJJ peut aussi vous accompagner."),
    ("routing.JUSTICE_SPIP", "Vous êtes ou avez été suivi(e) par la justice : le SPIP (service pénitentiaire d’insertion et de probation) peut vous accompagner."),
    ("routing.RQTH_CAP_EMPLOI", "Vous avez une RQTH : Cap emploi peut aussi vous accompagner."),
    ("routing.RSA_ORIENTATION", "Vous recevez le RSA : c’est le Département qui décide de votre orientation (il peut la confier à France Travail)."),
    ("routing.YOUTH_ML", "Vous avez entre {from} et {until} ans : la Mission locale accompagne les jeunes."),
    ("routing.YOUTH_ML_ALTERNATIVE", "Vous avez entre {from} et {until} ans : la Mission locale peut aussi vous accompagner."),
    ("share.copied", "Lien copié. Il contient vos réponses : partagez-le seulement avec une personne de confiance."),
    ("share.copy", "Copier le lien"),
    ("share.copy_failed", "La copie automatique n’a pas marché : copiez le lien ci-dessous."),
    ("share.link_label", "Lien vers cette simulation"),
    ("share.private", "Le lien contient vos réponses, mais elles ne passent par aucun serveur."),
    ("share.title", "Garder ou partager"),
    #[cfg(feature = "later")]
    ("sheet.answers", "Réponses"),
    #[cfg(feature = "later")]
    ("sheet.contract", "Contrat simulé"),
    #[cfg(feature = "later")]
    ("sheet.contract_fix", "Un champ du contrat est à corriger : la simulation du contrat n’est pas imprimée."),
    #[cfg(feature = "later")]
    ("sheet.contract_line", "Du {start} au {end} ({months} mois), {hours} h par semaine."),
    #[cfg(feature = "later")]
    ("sheet.date", "Simulation faite le {today}, pour une embauche le {as_of}. Règles en vigueur au {version}."),
    #[cfg(feature = "later")]
    ("sheet.disclaimer", "Simulation indicative, sans valeur de décision."),
    #[cfg(feature = "later")]
    ("sheet.documents", "Documents à apporter"),
    #[cfg(feature = "later")]
    ("sheet.eligibility", "Qui peut embaucher"),
    ("sheet.justice_help", "Décochée, la fiche ne l’imprime pas ; le lien de partage la garde."),
    ("sheet.justice_label", "Inclure ma réponse sur la justice dans la fiche"),
    #[cfg(feature = "later")]
    ("sheet.kind_status", "{kind} : {status}"),
    #[cfg(feature = "later")]
    ("sheet.label_value", "{label} : {value}"),
    #[cfg(feature = "later")]
    ("sheet.official_french", "La démarche officielle se fait en français."),
    #[cfg(feature = "later")]
    ("sheet.pay_line", "Mois complet : {gross} brut, {net} net. Total : {total_gross} brut, {total_net} net."),
    #[cfg(feature = "later")]
    ("sheet.prescriber", "Accompagnement suggéré"),
    #[cfg(feature = "later")]
    ("sheet.prescriber_line", "{primary}. Autres possibilités : {alternatives}."),
    ("sheet.screen_intro", "Voici la fiche à imprimer ou à enregistrer en PDF."),
    ("sheet.title", "Fiche de simulation Tremplin"),
    ("sheet.unavailable", "La fiche à imprimer n’a pas pu être préparée : rechargez la page pour réessayer."),
    ("situation.ASE", "Je sors de l’aide sociale à l’enfance (ASE) : j’y étais confié(e) jusqu’à récemment, comme mineur(e) ou jeune majeur(e)"),
    ("situation.CAP_BEP", "Mon diplôme le plus élevé est un CAP ou un BEP, ou je n’ai pas de diplôme"),
    ("situation.DETENTION_MJ", "Je suis suivi(e) par la justice ou je suis sorti(e) de prison récemment"),
    ("situation.FLE", "J’ai beaucoup de mal à parler ou à comprendre le français"),
    ("situation.PI", "Je vis seul(e) avec mon ou mes enfants"),
    ("situation.PM", "J’ai du mal à me déplacer (pas de permis, pas de voiture, pas de transport)"),
    ("situation.PSH_PR", "Je n’ai pas de logement à moi : je dors dans la rue, en foyer, ou je suis hébergé(e) chez quelqu’un"),
    ("situation.QPV", "J’habite un quartier prioritaire de la politique de la ville (QPV)"),
    ("situation.REF_DA", "Je suis réfugié(e), demandeur ou demandeuse d’asile, ou j’ai une protection (subsidiaire ou temporaire)"),
    ("situation.ZRR", "J’habite une commune rurale classée en zone de revitalisation rurale (ZRR ou France ruralités revitalisation)"),
    ("situation.help.ASE", "Il faut une attestation de l’ASE datée de moins de {months} mois. Avoir été confié(e) à l’ASE enfant, il y a longtemps, ne compte pas."),
    ("situation.help.FLE", "Niveau inférieur à A1 : les premiers mots et phrases simples."),
    ("situation.help.PM", "Ce critère compte seulement si un prescripteur (France Travail, Mission locale, Cap emploi…) le constate lors d’un diagnostic de mobilité : vous n’avez pas de document à apporter."),
    ("situation.help.QPV", "Votre mairie ou un travailleur social peut vous dire si votre adresse est dans un QPV."),
    ("situation.help.ZRR", "Votre mairie peut vous dire si votre commune est classée."),
    ("status.eligible", "Peut vous embaucher directement"),
    ("status.icon.eligible", "✓"),
    ("status.icon.incomplete", "?"),
    ("status.icon.not_eligible", "✕"),
    ("status.icon.prescriber_diagnosis", "→"),
    ("status.incomplete", "Il manque des réponses"),
    ("status.not_eligible", "Pas possible pour le moment"),
    ("status.prescriber_diagnosis", "Possible avec l’accord d’un prescripteur"),
    ("step.justice.intro", "Votre réponse reste sur votre appareil ; la fiche à imprimer ne la montre que si vous le demandez. Elle sert à savoir si un chantier d’insertion peut vous embaucher et quel service peut vous aider : sans réponse, le résultat reste incomplet."),
    ("step.justice.title", "Justice"),
    ("step.life.title", "Votre vie au quotidien"),
    ("step.path.title", "Votre parcours"),
    ("step.resources.title", "Vos ressources"),
    ("step.situation.title", "Votre situation"),
    ("step.you.title", "Vous"),
    #[cfg(feature = "employer")]
    ("structure.atmp_default", "{rate} % (par défaut)"),
    #[cfg(feature = "employer")]
    ("structure.atmp_help", "Par défaut : {rate} %, le taux le plus souvent appliqué aux chantiers d’insertion. Vérifiez le taux notifié par la Carsat."),
    #[cfg(feature = "employer")]
    ("structure.cap_intro", "Les ventes des biens et services produits par le chantier ne peuvent couvrir qu’une part des charges de ses activités d’insertion. Indiquez les deux montants de l’année pour la vérifier."),
    #[cfg(feature = "employer")]
    ("structure.cap_missing", "Indiquez les deux montants pour vérifier le plafond."),
    #[cfg(feature = "employer")]
    ("structure.cap_title", "Les ventes de la structure et leur plafond"),
    #[cfg(feature = "employer")]
    ("structure.carrier_help", "La structure qui embauche (association ou collectivité) se choisit avec le poste, ci-dessous. Par défaut : une association ou autre structure privée."),
    #[cfg(feature = "employer")]
    ("structure.charges_help", "Toutes les charges des activités d’insertion sur l’année, salaires compris."),
    #[cfg(feature = "employer")]
    ("structure.chart_aid", "Aide au poste"),
    #[cfg(feature = "employer")]
    ("structure.chart_cost", "Coût employeur"),
    #[cfg(feature = "employer")]
    ("structure.chart_desc", "Diagramme en barres : pour chaque mois, le coût employeur puis l’aide au poste. Les mêmes chiffres sont dans le tableau « Coût et aide, mois par mois »."),
    #[cfg(feature = "employer")]
    ("structure.chart_title", "Coût employeur et aide au poste par mois"),
    #[cfg(feature = "employer")]
    ("structure.department", "Département du poste"),
    #[cfg(feature = "employer")]
    ("structure.department_help", "Il fixe la taxe d’apprentissage en Alsace-Moselle et la procédure de dérogation outre-mer. C’est la même réponse que le département de la personne. Sans réponse : les taux de la métropole."),
    #[cfg(feature = "employer")]
    ("structure.department_none", "Non précisé"),
    #[cfg(feature = "employer")]
    ("structure.error.amount", "Indiquez un montant en euros, par exemple 250 000."),
    #[cfg(feature = "employer")]
    ("structure.error.charges_zero", "Les charges doivent être supérieures à 0 €."),
    #[cfg(feature = "employer")]
    ("structure.error.modulated", "La part modulée va de 0 à 10 % : indiquez un nombre entre 0 et 10."),
    #[cfg(feature = "employer")]
    ("structure.error.percent", "Indiquez un pourcentage entre 0 et 100, par exemple 1,50."),
    #[cfg(feature = "employer")]
    ("structure.field.xe-atmp", "Taux accidents du travail et maladies professionnelles (AT/MP), en %"),
    #[cfg(feature = "employer")]
    ("structure.field.xe-charges", "Charges des activités d’insertion, par an (€)"),
    #[cfg(feature = "employer")]
    ("structure.field.xe-mod", "Part modulée de l’aide au poste, en % du montant socle"),
    #[cfg(feature = "employer")]
    ("structure.field.xe-sales", "Ventes de biens et services produits, par an (€)"),
    #[cfg(feature = "employer")]
    ("structure.field.xe-vm", "Taux du versement mobilité, en %"),
    #[cfg(feature = "employer")]
    ("structure.fix_contract", "Un champ du poste est à corriger : les chiffres de la structure reviendront dès qu’il sera corrigé."),
    #[cfg(feature = "employer")]
    ("structure.fix_fields", "À corriger pour voir les chiffres : {fields}."),
    #[cfg(feature = "employer")]
    ("structure.headcount", "Effectif de la structure"),
    #[cfg(feature = "employer")]
    ("structure.headcount_help", "Il fixe le taux de la formation professionnelle, du FNAL et de la réduction générale. Par défaut : de 11 à 49 salariés."),
    #[cfg(feature = "employer")]
    ("structure.in_prison", "Poste en détention"),
    #[cfg(feature = "employer")]
    ("structure.intro", "Pour une structure qui porte un atelier et chantier d’insertion : ce que coûte un poste en CDDI chaque mois, avant et après l’aide au poste de l’État. Chaque question a une valeur par défaut, dite sous la question ; les chiffres suivent chaque réponse."),
    #[cfg(feature = "employer")]
    ("structure.mobility_help", "Dû seulement à partir de 11 salariés, là où l’autorité organisatrice des mobilités le prélève. Par défaut : 0 %."),
    #[cfg(feature = "employer")]
    ("structure.modulated_help", "De 0 à {max} % du montant socle, décidée chaque année par le préfet. Par défaut : 0 % ; l’État prévoit en moyenne 5 %."),
    #[cfg(feature = "employer")]
    ("structure.post", "Le poste"),
    #[cfg(feature = "employer")]
    ("structure.post_help", "Ce sont les réponses du simulateur du contrat : les modifier ici les modifie aussi pour la personne."),
    #[cfg(feature = "employer")]
    ("structure.print", "Imprimer la fiche structure"),
    #[cfg(feature = "employer")]
    ("structure.prison", "Poste en détention : la part modulée est alors de {max} % au plus"),
    #[cfg(feature = "employer")]
    ("structure.questions", "La structure"),
    #[cfg(feature = "employer")]
    ("structure.sales_help", "Le produit de la vente des biens et services que le chantier produit."),
    #[cfg(feature = "employer")]
    ("structure.sheet_title", "Fiche structure Tremplin : coût d’un poste en CDDI"),
    ("structure.title", "Côté structure : le coût d’un poste en CDDI"),
    ("value.duration_years", "{n} ans"),
    ("value.euros", "{n} €"),
    ("value.months", "{n} mois"),
];
