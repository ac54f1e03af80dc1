package com.example.users;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A user's own type, outside Stackholder's packages: registering Stackholder's Jackson module must
 * leave how it is read and written to the user's mapper.
 *
 * @param day a date
 * @param note an optional text
 * @param amount a decimal
 */
public record Visit(LocalDate day, Optional<String> note, BigDecimal amount) {}
