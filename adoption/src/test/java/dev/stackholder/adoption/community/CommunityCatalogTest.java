package dev.stackholder.adoption.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class CommunityCatalogTest {
  private static final CommunityCatalog CATALOG = CommunityCatalog.builtIn();

  @Test
  void builtInHoldsTheSeedsGroupsAndEvents() {
    assertThat(CATALOG.userGroups()).extracting(UserGroup::id).containsExactly("cosug", "hkosug");
    assertThat(CATALOG.events())
        .extracting(Event::id)
        .containsExactly("openstack-asia-pacific-conference-2012", "openstack-china-tour-2012");
    assertThat(CommunityCatalog.builtIn()).isSameAs(CATALOG);
  }

  @Test
  void everyFigureRestsOnSeed001() {
    assertThat(CATALOG.events())
        .allSatisfy(
            e ->
                assertThat(e.sources())
                    .allSatisfy(
                        s -> assertThat(s.document()).isEqualTo("001_a04c4d2d8d6c4366.txt")));
  }

  @Test
  void unknownEventNamesTheKnownOnes() {
    assertThat(CATALOG.findEvent("nope")).isEmpty();
    assertThatThrownBy(() -> CATALOG.getEvent("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage(
            "Unknown event 'nope', expected one of openstack-asia-pacific-conference-2012, openstack-china-tour-2012")
        .satisfies(
            e -> {
              NotFoundException notFound = (NotFoundException) e;
              assertThat(notFound.kind()).isEqualTo("event");
              assertThat(notFound.id()).isEqualTo("nope");
              assertThat(notFound.knownIds())
                  .containsExactly(
                      "openstack-asia-pacific-conference-2012", "openstack-china-tour-2012");
            });
  }

  @Test
  void unknownUserGroupNamesTheKnownOnes() {
    assertThat(CATALOG.findUserGroup("nope")).isEmpty();
    assertThatThrownBy(() -> CATALOG.getUserGroup("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Unknown user group 'nope', expected one of cosug, hkosug");
  }

  @Test
  void findAndGetAgreeOnEveryEventAndGroup() {
    for (Event event : CATALOG.events()) {
      assertThat(CATALOG.findEvent(event.id())).containsSame(event);
      assertThat(CATALOG.getEvent(event.id())).isSameAs(event);
    }
    for (UserGroup group : CATALOG.userGroups()) {
      assertThat(CATALOG.findUserGroup(group.id())).containsSame(group);
      assertThat(CATALOG.getUserGroup(group.id())).isSameAs(group);
    }
    assertThat(CATALOG.findUserGroup("COSUG")).as("ids match exactly").isEmpty();
  }

  @Test
  void builtInIsReadOnceAndShared() {
    assertThat(CommunityCatalog.builtIn()).isSameAs(CATALOG);
  }

  @Test
  void duplicateIdsAreRejected() {
    Event tour = CATALOG.getEvent("openstack-china-tour-2012");
    assertThatThrownBy(() -> CommunityCatalog.builder().addEvents(tour, tour).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Event id 'openstack-china-tour-2012' appears more than once");
  }

  @Test
  void jsonRoundTrip() {
    assertThat(StackholderJson.read(StackholderJson.write(CATALOG), CommunityCatalog.class))
        .isEqualTo(CATALOG);
  }
}
