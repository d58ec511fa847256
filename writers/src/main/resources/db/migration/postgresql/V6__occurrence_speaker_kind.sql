-- What kind of speaker each occurrence has, so that a query can tell people from organisations and names from
-- descriptions without reading the articles' quotes: the type the engine gave (person, organization, group,
-- unknown) and, when the canonical "name" is a description ("official", "a spokesman"), that description.
-- Occurrences written before this migration have neither (null).
ALTER TABLE occurrence ADD COLUMN speaker_type VARCHAR(16);
ALTER TABLE occurrence ADD COLUMN speaker_description VARCHAR(512);
