package org.sitrep.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --date} value: a calendar day written {@code YYYY-MM-DD}, and nothing looser, so a
 * typo is refused rather than guessed at.
 */
public final class IsoDateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
        }
    }
}
