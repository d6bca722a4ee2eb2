package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityExtractionTest {

  private static List<Optional<String>> ids(String text) {
    return Fx.extract(text).entities().stream().map(m -> m.entity().map(EntityRef::id)).toList();
  }

  private static String onlyId(String text) {
    List<Optional<String>> ids = ids(text);
    assertEquals(1, ids.size(), ids.toString());
    return ids.get(0).orElseThrow();
  }

  @Test
  void transliterationVariantsShareOneId() {
    assertEquals(onlyId("استقبل كيم جونغ أون الوفد."), onlyId("استقبل كيم جونج أون الوفد."));
    assertEquals(onlyId("وصل الوفد إلى بيونغ يانغ مساء."), onlyId("وصل الوفد إلى بيونج يانج مساء."));
    assertEquals(onlyId("وصل سيرغي لافروف صباحا."), onlyId("وصل سيرجي لافروف صباحا."));
  }

  @Test
  void kimsSharingTokensStayDistinct() {
    String jongIl = onlyId("حكم كيم جونغ إيل البلاد طويلا.");
    String ilSung = onlyId("حكم كيم إيل سونغ البلاد طويلا.");
    String jongUn = onlyId("حكم كيم جونغ أون البلاد طويلا.");
    assertEquals("person:kim-jong-il", jongIl);
    assertEquals("person:kim-il-sung", ilSung);
    assertEquals("person:kim-jong-un", jongUn);
    assertNotEquals(jongIl, jongUn);
  }

  @Test
  void cliticsAreStripped() {
    ExtractedFacts f = Fx.extract("قدم بوتين لكيم جونغ أون سيارة، ورحب كيم ببوتين.");
    List<String> surfaces = f.entities().stream().map(EntityMention::surface).toList();
    assertEquals(List.of("بوتين", "لكيم جونغ أون", "كيم", "ببوتين"), surfaces);
    assertEquals("person:vladimir-putin", f.entities().get(3).entity().orElseThrow().id());
  }

  @Test
  void bareShortNameResolvesToTheOnlyFullMention() {
    ExtractedFacts f = Fx.extract("استقبل كيم جونغ أون الوزير. وقال كيم إن العلاقات قوية.");
    assertEquals("person:kim-jong-un", f.entities().get(1).entity().orElseThrow().id());
  }

  @Test
  void ambiguousShortNameStaysUnresolved() {
    ExtractedFacts f = Fx.extract(
        "التقى بوتين كيم إيل سونغ عام 2000. واليوم يستقبله كيم جونغ أون. وقال كيم إن الزيارة مهمة.");
    EntityMention bare = f.entities().get(f.entities().size() - 1);
    assertEquals("كيم", bare.surface());
    assertTrue(bare.entity().isEmpty());
    assertEquals("كيم", bare.nameKey());
  }

  @Test
  void bareShortNameWithoutFullMentionIsUnresolvedWhenShared() {
    assertTrue(Fx.extract("وقال كيم إن الزيارة مهمة.").entities().get(0).entity().isEmpty());
  }

  @Test
  void unknownNameAfterTitleIsAPerson() {
    ExtractedFacts f = Fx.extract("قال المتحدث باسم الوزارة أحمد حافظ إن الاجتماع تأجل. وأضاف حافظ أن الموعد سيحدد.");
    EntityMention full = f.entities().get(0);
    assertEquals("أحمد حافظ", full.surface());
    EntityRef ref = full.entity().orElseThrow();
    assertEquals(EntityType.PERSON, ref.type());
    assertEquals("person:~احمد-حافظ", ref.id());
    EntityMention bare = f.entities().get(1);
    assertEquals("حافظ", bare.surface());
    assertEquals(ref, bare.entity().orElseThrow());
  }

  @Test
  void commonNounAfterTitleIsNotAPerson() {
    assertTrue(Fx.extract("وقال الزعيم الروسي نفسه إن الهدايا جميلة.").entities().isEmpty());
    assertTrue(Fx.extract("أعطى الزعيم الكوري الشمالي سيارة فاخرة.").entities().isEmpty());
  }

  @Test
  void gazetteerIsExtensible() {
    Gazetteer g = Gazetteer.builder()
        .add(new EntityRef("person:x", EntityType.PERSON, "سامي الحربي"), List.of("سامي الحربي"))
        .build();
    FactExtractor x = FactExtractor.builder().gazetteer(g).build();
    ExtractedFacts f = x.extract(org.tahqiq.normalize.ArabicNormalizer.defaults().normalize(
        org.tahqiq.text.MappedText.identity("وصرح سامي الحربي للصحفيين.")), Optional.empty());
    assertEquals("person:x", f.entities().get(0).entity().orElseThrow().id());
  }

  @Test
  void conflictingGazetteerIdIsRejected() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Gazetteer.builder()
        .add(new EntityRef("x", EntityType.PERSON, "أ ب"), List.of())
        .add(new EntityRef("x", EntityType.PLACE, "أ ب"), List.of()));
  }

  @Test
  void entitiesNamedAnswersForTheNameKeyOfAMention() {
    Gazetteer g = Gazetteer.defaults();
    EntityMention kim = Fx.extract("وصل كيم إلى المطار.").entities().get(0);
    assertTrue(kim.entity().isEmpty(), "a bare shared short name stays unresolved");
    List<EntityRef> kims = g.entitiesNamed(kim.nameKey());
    assertTrue(kims.size() > 1, kims.toString());
    assertTrue(kims.stream().allMatch(e -> e.type() == EntityType.PERSON));
    EntityMention city = Fx.extract("وصل الوفد إلى بيونج يانج مساء.").entities().get(0);
    assertEquals(List.of("place:pyongyang"), g.entitiesNamed(city.nameKey()).stream().map(EntityRef::id).toList());
    assertEquals(List.of(), g.entitiesNamed("كلمه لا تعرف"));
    assertEquals(List.of(), g.entitiesNamed(" "));
  }
}
