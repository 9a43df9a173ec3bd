-- The 15 landlords signing the CIET (reference data; more can be added).
INSERT INTO landlords (id, name, is_ciet_signatory) VALUES
    ('lmh', 'Lille Métropole Habitat (LMH)', 1),
    ('vilogia', 'Vilogia', 1),
    ('partenord', 'Partenord Habitat', 1),
    ('sia', 'SIA Habitat', 1),
    ('nord-artois', 'Immobilière Nord Artois (3F)', 1),
    ('notre-logis', 'Notre Logis', 1),
    ('norevie', 'Norévie', 1),
    ('logis-metropole', 'Logis Métropole', 1),
    ('habitat-du-nord', 'Habitat du Nord', 1),
    ('srcj', 'SRCJ (Cités Jardins)', 1),
    ('icf', 'ICF Habitat Nord-Est', 1),
    ('maisons-flamandes', 'Maisons Flamandes', 1),
    ('logifim', 'Logifim', 1),
    ('habitat-62-59', 'Habitat 62/59 Picardie', 1),
    ('sa-hainaut', 'SA du Hainaut', 1);
