package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Sector;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class ActiveUserListTest {
  private static final ActiveUserList LIST =
      ActiveUserList.builder()
          .sector(Sector.ONLINE_GAMING_MEDIA)
          .addNames("eBay", "TaoBao", "eBay")
          .source(Source.of("002_8615e4338068336e.txt", "How OpenStack is Developed"))
          .build();

  @Test
  void keepsRepeatsButCountsThemOnce() {
    assertThat(LIST.names()).containsExactly("eBay", "TaoBao", "eBay");
    assertThat(LIST.distinctNames()).containsExactly("eBay", "TaoBao");
  }

  @Test
  void seed002OnlineListNamesEBayTwice() {
    ActiveUserList online = AdoptionCatalog.builtIn().activeUsers().get(0);
    assertThat(online.sector()).isEqualTo(Sector.ONLINE_GAMING_MEDIA);
    assertThat(online.names()).hasSize(13).startsWith("Qihoo360", "Tencent");
    assertThat(online.distinctNames()).hasSize(12);
  }

  @Test
  void emptyOrBlankNamesAreRejected() {
    assertThatThrownBy(() -> ActiveUserList.builder().from(LIST).names(ImmutableList.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Active user list for sector 'online-gaming-media' is empty");
    assertThatThrownBy(
            () -> ActiveUserList.builder().from(LIST).names(ImmutableList.of("eBay", " ")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Active user list for sector 'online-gaming-media' has a blank name");
  }

  @Test
  void jsonRoundTrip() {
    assertThat(StackholderJson.read(StackholderJson.write(LIST), ActiveUserList.class))
        .isEqualTo(LIST);
  }
}
