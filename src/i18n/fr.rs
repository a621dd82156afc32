//! French sentences, sorted by id (a test checks it).

pub(super) static TABLE: &[(&str, &str)] = &[
    ("app.name", "Tremplin"),
    ("crash.code", "Code de l’erreur : {code}"),
    ("crash.reload", "Recharger la page"),
    ("crash.text", "Le simulateur a rencontré un problème et s’est arrêté. Vos réponses n’ont été envoyées nulle part. Rechargez la page pour reprendre."),
    ("crash.title", "Désolé, quelque chose s’est mal passé"),
    ("home.lead", "Vérifiez en quelques minutes si un atelier et chantier d’insertion (ACI) peut vous embaucher, qui peut vous accompagner, et ce qu’un contrat vous rapporterait chaque mois."),
    ("home.privacy", "Tout est calculé sur votre appareil : vos réponses ne sont envoyées nulle part."),
    ("home.start", "Commencer"),
    ("home.title", "Trouver sa place dans un chantier d’insertion"),
];
