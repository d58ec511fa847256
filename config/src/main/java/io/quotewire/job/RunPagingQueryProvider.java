package io.quotewire.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.support.AbstractSqlPagingQueryProvider;

/**
 * Keyset pages of the rows one job instance wrote: {@code WHERE run = :instance [AND key > :_key] ORDER BY run, key
 * FETCH FIRST n ROWS ONLY}, over an index on (run, key). Naming the run column first in ORDER BY is what lets H2 read
 * the index in order and stop after n rows; with ORDER BY key alone it reads and sorts every row of the run for every
 * page, which made reading a run back quadratic. Standard SQL, so H2 and PostgreSQL take the same query.
 */
public class RunPagingQueryProvider extends AbstractSqlPagingQueryProvider {
    private final String runColumn;
    private final String sortColumn;
    private final String sortLabel;

    /**
     * @param select     the columns the rows are mapped from (the sort column is selected under {@code sortLabel}
     *                   besides them)
     * @param from       the table, or tables joined
     * @param runColumn  the column holding the job instance id; the query's named parameter is {@code :instance}
     * @param sortColumn a column unique within a run, second column of an index on (runColumn, sortColumn); may be
     *                   qualified by a table alias
     * @param sortLabel  its name in the result (the reader keeps the last one read): the column's own name, or the
     *                   alias the select gives a qualified column
     */
    public RunPagingQueryProvider(String select, String from, String runColumn, String sortColumn, String sortLabel) {
        this.runColumn = runColumn;
        this.sortColumn = sortColumn;
        this.sortLabel = sortLabel;
        // the reader keeps the sort key of the last row it read, by its label
        setSelectClause(sortColumn + " AS " + sortLabel + ", " + select);
        setFromClause(from);
        setWhereClause(runColumn + " = :instance");
        Map<String, Order> keys = new LinkedHashMap<>();
        keys.put(sortLabel, Order.ASCENDING);
        setSortKeys(keys);
    }

    @Override
    public String generateFirstPageQuery(int pageSize) {
        return query("", pageSize);
    }

    @Override
    public String generateRemainingPagesQuery(int pageSize) {
        return query(" AND " + sortColumn + " > " + getSortKeyPlaceHolder(sortLabel), pageSize);
    }

    private String query(String after, int pageSize) {
        return "SELECT " + getSelectClause() + " FROM " + getFromClause() + " WHERE " + getWhereClause() + after
                + " ORDER BY " + runColumn + " ASC, " + sortColumn + " ASC FETCH FIRST " + pageSize + " ROWS ONLY";
    }
}
