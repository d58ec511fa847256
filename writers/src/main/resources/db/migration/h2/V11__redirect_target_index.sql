-- A merge re-points the redirects that led to the quotation merged away (UPDATE quotation_redirect ... WHERE
-- merged_into = ?), and removing a quotation removes the redirects to it: both looked the target up by scanning
-- every redirect of the history (EXPLAIN: tableScan), a cost that grew with the database at each merge.
CREATE INDEX quotation_redirect_target ON quotation_redirect (merged_into);
