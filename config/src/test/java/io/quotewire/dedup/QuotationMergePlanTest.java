package io.quotewire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A merge of two quotations (JdbcQuotationStore.merge) and the removal of one left without occurrences
 * (OccurrenceCleanup) find their rows by key: none of their statements scans a table, whose size is the history's.
 * H2's plan names the access path of each table ({@code tableScan} or an index).
 */
@SpringBootTest(classes = QuotewireApplication.class)
@ActiveProfiles("test")
class QuotationMergePlanTest {
    /** The statements of the two paths, with literals for their parameters. */
    private static final List<String> STATEMENTS = List.of(
            "UPDATE quotation_form SET quotation_id = 'Qb' WHERE quotation_id = 'Qa'",
            "UPDATE occurrence SET quotation_id = 'Qb' WHERE quotation_id = 'Qa'",
            "DELETE FROM quotation_speaker WHERE quotation_id = 'Qa'",
            "DELETE FROM quotation WHERE quotation_id = 'Qa'",
            "UPDATE quotation_redirect SET merged_into = 'Qb' WHERE merged_into = 'Qa'",
            "UPDATE quotation_redirect SET merged_into = 'Qb' WHERE quotation_id = 'Qa'",
            "DELETE FROM quotation_form WHERE quotation_id = 'Qa'",
            "DELETE FROM quotation_redirect WHERE merged_into = 'Qa'");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStatementOfAMergeOrARemovalLooksItsRowsUpByIndex() {
        for (String sql : STATEMENTS) {
            String plan = jdbc.queryForObject("EXPLAIN " + sql, String.class);
            assertThat(plan).as(sql).doesNotContainIgnoringCase("tableScan");
        }
    }
}
