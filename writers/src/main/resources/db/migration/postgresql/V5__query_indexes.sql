-- The query commands (quotes, speakers, quotation) and the run report read by speaker and by occurrence count.
-- The report's most quoted statements of a night: ORDER BY num_occurrences DESC, quotation_id within the night's
-- job instance, read in index order and stopped after its cap instead of sorting the night's quotations.
CREATE INDEX quotation_top ON quotation (updated_instance, num_occurrences DESC, quotation_id);
-- speakers: occurrences per speaker, optionally since a date
CREATE INDEX occurrence_speaker ON occurrence (speaker, quote_date);
-- quotes --speaker matches case-insensitively (lower(speaker) = lower(?)): an expression index serves it here
CREATE INDEX quotation_speaker_name ON quotation_speaker (lower(speaker));
