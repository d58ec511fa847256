-- The 8-word run hashes of a quotation move from a table of one row per run (with two indexes: about twenty B-tree
-- entries per quotation at random keys, 70 % of what the quotation tables wrote) into an array in the quotation's
-- row. A fragment is matched against the runs of its speaker's quotations of the window, which the cross-article
-- step reads anyway; no look-up by run hash is left.
ALTER TABLE quotation ADD COLUMN runs BIGINT ARRAY;
UPDATE quotation q SET runs = (SELECT ARRAY_AGG(s.shingle_hash ORDER BY s.shingle_hash) FROM quotation_shingle s
                               WHERE s.quotation_id = q.quotation_id);
DROP TABLE quotation_shingle;
