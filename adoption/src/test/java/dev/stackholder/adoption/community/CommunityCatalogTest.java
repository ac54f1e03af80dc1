package dev.stackholder.adoption.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class CommunityCatalogTest {
  private static final CommunityCatalog CATALOG = CommunityCatalog.builtIn();

  @Test
  void builtInHoldsTheSeedsGroupsAndEvents() {
    assertThat(CATALOG.userGroups()).extracting(UserGroup::id).containsExactly("cosug", "hkosug");
    assertThat(CATALOG.events()).extracting(Event::id)
        .containsExactly("openstack-asia-pacific-conference-2012", "openstack-china-tour-2012");
    assertThat(CommunityCatalog.builtIn()).isSameAs(CATALOG);
  }

  @Test
  void everyFigureRestsOnSeed001() {
    assertThat(CATALOG.events()).allSatisfy(e -> assertThat(e.sources())
        .allSatisfy(s -> assertThat(s.document()).isEqualTo("001_a04c4d2d8d6c4366.txt")));
  }

  @Test
  void unknownEventNamesTheKnownOnes() {
    assertThat(CATALOG.event("nope")).isEmpty();
    assertThatThrownBy(() -> CATALOG.requireEvent("nope"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Unknown event 'nope', expected one of openstack-asia-pacific-conference-2012, openstack-china-tour-2012");
  }

  @Test
  void duplicateIdsAreRejected() {
    Event tour = CATALOG.requireEvent("openstack-china-tour-2012");
    assertThatThrownBy(() -> ImmutableCommunityCatalog.builder().addEvents(tour, tour).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Event id 'openstack-china-tour-2012' appears more than once");
  }

  @Test
  void jsonRoundTrip() {
    assertThat(StackholderJson.read(StackholderJson.write(CATALOG), CommunityCatalog.class)).isEqualTo(CATALOG);
  }
}
