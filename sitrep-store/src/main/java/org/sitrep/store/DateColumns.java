package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;

/**
 * How a {@link DateRange} is stored: four columns, {@code *_iso} as reports write it, {@code *_first}
 * and {@code *_last} the inclusive days, {@code *_precision} the lower-case precision; all null for
 * no date. Stateless.
 */
final class DateColumns {

    /** Columns a date takes. */
    static final int WIDTH = 4;

    private DateColumns() {
    }

    /** Binds {@code date} to the four parameters from {@code index}; returns the next index. */
    static int bind(PreparedStatement p, int index, DateRange date) throws SQLException {
        p.setString(index, date == null ? null : date.iso());
        p.setString(index + 1, date == null ? null : date.first().toString());
        p.setString(index + 2, date == null ? null : date.last().toString());
        p.setString(index + 3, date == null ? null : date.precision().label());
        return index + WIDTH;
    }

    /** The date in the four columns from {@code prefix + "_iso"}, or null. */
    static DateRange read(ResultSet r, String prefix) throws SQLException {
        String first = r.getString(prefix + "_first");
        if (first == null) {
            return null;
        }
        return new DateRange(LocalDate.parse(first), LocalDate.parse(r.getString(prefix + "_last")),
                DatePrecision.valueOf(r.getString(prefix + "_precision").toUpperCase(Locale.ROOT)));
    }
}
