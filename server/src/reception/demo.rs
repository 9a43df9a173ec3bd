//! The demonstration network of reception sites: about thirty sites over the metropole, with
//! realistic weekly schedules, so booking can be tried at once. Marked `is_demo`; their phone
//! numbers are in the block the French numbering plan keeps for fiction (ARCEP, 03 53 01 xx xx),
//! so none rings anyone.

use crate::db::Pool;

/// (commune INSEE, name, address, postcode, kind, tier, step-free, languages, services, phone)
type DemoSite = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str, bool, &'static str, &'static str, &'static str);

const SITES: [DemoSite; 30] = [
    ("59350", "Maison de l'habitat — Lille centre", "2 rue de l'Hôpital Militaire", "59000", "mel", "labellise", true, "fr;en;ar", "demande;information;cotation", "03 53 01 10 01"),
    ("59350", "CCAS de Lille — Moulins", "12 rue d'Arras", "59000", "ccas", "labellise", true, "fr;ar", "demande;information", "03 53 01 11 01"),
    ("59350", "Mairie de quartier de Fives", "18 rue Pierre Legrand", "59800", "commune", "labellise", false, "fr;pt", "information;demande", "03 53 01 12 01"),
    ("59350", "Agence LMH — Lille Sud", "45 rue du Faubourg des Postes", "59000", "landlord", "labellise", true, "fr", "demande;mutation", "03 53 01 13 01"),
    ("59350", "Action Logement — Lille", "30 boulevard Carnot", "59800", "action_logement", "labellise", true, "fr;en", "demande;salaries", "03 53 01 14 01"),
    ("59512", "CCAS de Roubaix", "17 boulevard Gambetta", "59100", "ccas", "labellise", true, "fr;ar;tr", "demande;information", "03 53 01 15 01"),
    ("59512", "Mairie de quartier Est — Roubaix", "5 rue Daubenton", "59100", "commune", "labellise", false, "fr;ar", "information;demande", "03 53 01 16 01"),
    ("59512", "Agence Vilogia — Roubaix", "74 rue de l'Épeule", "59100", "landlord", "labellise", true, "fr", "demande;mutation", "03 53 01 17 01"),
    ("59599", "Point logement de Tourcoing", "1 place Victor Hassebroucq", "59200", "commune", "labellise", true, "fr;ar;tr", "demande;information", "03 53 01 18 01"),
    ("59599", "Agence Partenord — Tourcoing", "9 rue de Tournai", "59200", "landlord", "labellise", true, "fr", "demande;mutation", "03 53 01 19 01"),
    ("59009", "CCAS de Villeneuve-d'Ascq", "Place Salvador Allende", "59650", "ccas", "labellise", true, "fr;en;es", "demande;information", "03 53 01 20 01"),
    ("59650", "Mairie de Wattrelos — service logement", "Place Jean Delvainquière", "59150", "commune", "labellise", true, "fr;pt", "demande;information", "03 53 01 21 01"),
    ("59378", "CCAS de Marcq-en-Barœul", "91 rue Raymond Poincaré", "59700", "ccas", "labellise", true, "fr", "demande;information", "03 53 01 22 01"),
    ("59328", "Mairie de Lambersart — logement", "Avenue Clemenceau", "59130", "commune", "labellise", false, "fr", "demande;information", "03 53 01 23 01"),
    ("59017", "CCAS d'Armentières", "Place du Général de Gaulle", "59280", "ccas", "labellise", true, "fr;ro", "demande;information", "03 53 01 24 01"),
    ("59360", "Mairie de Loos — service habitat", "Place de la République", "59120", "commune", "labellise", true, "fr;ar", "demande;information", "03 53 01 25 01"),
    ("59368", "CCAS de La Madeleine", "160 rue du Général de Gaulle", "59110", "ccas", "labellise", true, "fr", "demande;information", "03 53 01 26 01"),
    ("59410", "Mairie de Mons-en-Barœul — logement", "27 avenue Robert Schuman", "59370", "commune", "labellise", true, "fr;ar", "demande;information", "03 53 01 27 01"),
    ("59163", "CCAS de Croix", "Place des Martyrs de la Résistance", "59170", "ccas", "labellise", false, "fr", "demande;information", "03 53 01 28 01"),
    ("59279", "Mairie d'Halluin — logement", "Place Roger Salengro", "59250", "commune", "labellise", true, "fr;nl", "demande;information", "03 53 01 29 01"),
    ("59299", "CCAS de Hem", "Rue du Général Leclerc", "59510", "ccas", "labellise", true, "fr;ar", "demande;information", "03 53 01 30 01"),
    ("59648", "Mairie de Wattignies — logement", "Place Georges Pompidou", "59139", "commune", "labellise", true, "fr", "demande;information", "03 53 01 31 01"),
    ("59560", "CCAS de Seclin", "89 rue Roger Bouvry", "59113", "ccas", "labellise", true, "fr", "demande;information", "03 53 01 32 01"),
    ("59646", "Mairie de Wasquehal", "Rue Michelet", "59290", "commune", "relais", true, "fr", "information", "03 53 01 33 01"),
    ("59507", "Mairie de Ronchin", "Place Charles de Gaulle", "59790", "commune", "relais", true, "fr", "information", "03 53 01 34 01"),
    ("59220", "Mairie de Faches-Thumesnil", "Place Jean Jaurès", "59155", "commune", "relais", false, "fr", "information", "03 53 01 35 01"),
    ("59286", "Mairie d'Haubourdin", "Place Ernest Blondeau", "59320", "commune", "relais", true, "fr", "information", "03 53 01 36 01"),
    ("59367", "Mairie de Lys-lez-Lannoy", "Rue Jean-Baptiste Lebas", "59390", "commune", "relais", true, "fr", "information", "03 53 01 37 01"),
    ("59508", "Mairie de Roncq", "Place Charles de Gaulle", "59223", "commune", "relais", false, "fr", "information", "03 53 01 38 01"),
    ("59421", "Mairie de Mouvaux", "Boulevard Carnot", "59420", "commune", "relais", true, "fr", "information", "03 53 01 39 01"),
];

/// Weekly patterns (weekday, start, end, slot minutes, capacity), picked per site in turn.
const PATTERNS: [&[(i64, i64, i64, i64, i64)]; 4] = [
    // Tuesday and Thursday mornings, 30-minute interviews, two agents.
    &[(2, 540, 720, 30, 2), (4, 540, 720, 30, 2)],
    // Monday to Friday mornings, 45 minutes, one agent; Wednesday afternoon too.
    &[(1, 540, 720, 45, 1), (2, 540, 720, 45, 1), (3, 540, 720, 45, 1), (3, 840, 1020, 45, 1), (4, 540, 720, 45, 1), (5, 540, 720, 45, 1)],
    // Monday and Wednesday afternoons, 30 minutes, three agents.
    &[(1, 810, 1020, 30, 3), (3, 810, 1020, 30, 3)],
    // Tuesday all day, Friday morning, one-hour interviews, two agents.
    &[(2, 540, 720, 60, 2), (2, 810, 990, 60, 2), (5, 540, 720, 60, 2)],
];

/// Loads the demo sites into a database that has none.
pub async fn load_if_empty(pool: &Pool, valid_from: &str) -> Result<bool, sqlx::Error> {
    let present: i64 = sqlx::query_scalar("SELECT count(*) FROM sites").fetch_one(pool).await?;
    if present > 0 {
        return Ok(false);
    }
    let mut tx = crate::db::begin_alone(pool).await?;
    let existing: i64 = sqlx::query_scalar("SELECT count(*) FROM sites").fetch_one(&mut *tx).await?;
    if existing > 0 {
        return Ok(false);
    }
    for (i, (insee, name, address, postcode, kind, tier, step_free, languages, services, phone)) in SITES.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO sites (name, insee_code, address, postcode, kind, tier, step_free, languages, services, phone, is_demo) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1) RETURNING id",
        )
        .bind(name)
        .bind(insee)
        .bind(address)
        .bind(postcode)
        .bind(kind)
        .bind(tier)
        .bind(i64::from(*step_free))
        .bind(languages)
        .bind(services)
        .bind(phone)
        .fetch_one(&mut *tx)
        .await?;
        if *tier != "labellise" {
            continue;
        }
        for (weekday, start, end, slot, capacity) in PATTERNS[i % PATTERNS.len()] {
            sqlx::query("INSERT INTO site_ranges (site_id, weekday, start_min, end_min, slot_minutes, capacity, valid_from) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(id)
                .bind(weekday)
                .bind(start)
                .bind(end)
                .bind(slot)
                .bind(capacity)
                .bind(valid_from)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}
