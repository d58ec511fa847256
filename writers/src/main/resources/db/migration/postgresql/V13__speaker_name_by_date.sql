-- The cross-article step reads the history's speaker names a day at a time (WHERE seen_date = ?), each day once
-- while its 30-day window holds it, instead of each chunk's keys over the whole window again (short_key IN (...)):
-- the primary key (short_key, seen_date, full_name) cannot serve a look-up by date alone.
CREATE INDEX speaker_name_seen_date ON speaker_name (seen_date);
