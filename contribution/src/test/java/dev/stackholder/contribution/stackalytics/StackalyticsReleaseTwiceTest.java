package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stackholder.core.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 26 point 2: Stackalytics data naming a release twice is refused with a location. */
class StackalyticsReleaseTwiceTest {
  @Test
  void aReleaseNamedTwiceIsRefusedWithItsLocation() {
    String json =
        "{\"companies\": [], \"releases\": ["
            + "{\"release_name\": \"Folsom\", \"end_date\": \"2012-Oct-04\"},"
            + "{\"release_name\": \"folsom\", \"end_date\": \"2013-Apr-04\"}]}";
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () ->
                StackalyticsDefaultData.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "default_data.json"));
    assertThat(e).isNotNull().hasMessageContaining("not distinct");
    assertThat(e.location()).isNotEmpty();
  }
}
