package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.adoption.community.Event;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class EventsCommandTest {
  @Test
  void showsStopsRatioAndLecturerCheck() {
    CliRun run = new CliRun("events");
    assertThat(run.status).isZero();
    assertThat(run.out.lines())
        .contains(
            "openstack-china-tour-2012: 2012 OpenStack China Tour, 2012-09-16 to 2012-12-22",
            "  1  Beijing   2012-09-16 more than 150    7         workplace of Shanda Innovations",
            "  totals: registered 1,060, attended 710, lecturers 31",
            "  attendance ratio: 0.6698 (66.98% of registrations)",
            "  lecturer check: 8 stops sum to 47 lecturers; the event states 31 (16 more)");
  }

  @Test
  void jsonRoundTripsWithEitherOption() {
    for (String[] args : new String[][] {{"events", "--json"}, {"events", "--format", "JSON"}}) {
      CliRun run = new CliRun(args);
      assertThat(run.status).isZero();
      assertThat(StackholderJson.read(run.out, Event[].class))
          .containsExactlyElementsOf(CommunityCatalog.builtIn().events());
    }
  }

  @Test
  void csvHasOneRowPerStop() {
    CliRun run = new CliRun("events", "--format", "csv");
    int stops = CommunityCatalog.builtIn().events().stream().mapToInt(e -> e.stops().size()).sum();
    assertThat(run.out.split("\r\n")).hasSize(stops + 1);
    assertThat(run.out)
        .startsWith("event,stop,city,date,attendance,lecturers,venue,sources\r\n")
        .contains(
            "openstack-china-tour-2012,1,Beijing,2012-09-16,more than 150,7,workplace of Shanda Innovations,The"
                + " OpenStack Blog: Summary and Review of the 2012 Openstack China Tour (001_a04c4d2d8d6c");
  }
}
