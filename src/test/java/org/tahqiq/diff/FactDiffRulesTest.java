package org.tahqiq.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;

/** One test per comparison rule, on Arabic sentences written for the case. */
class FactDiffRulesTest {

  private static FactDiffReport diff(String a, String b) {
    return FactDiff.defaults().diff(List.of(Article.of("a", a), Article.of("b", b)));
  }

  private static Fact only(FactDiffReport report, Outcome outcome) {
    List<Fact> facts = report.withOutcome(outcome);
    assertEquals(1, facts.size(), report.facts().toString());
    return facts.get(0);
  }

  @Test
  void differentDaysOfTheSameEventConflict() {
    FactDiffReport r = diff(
        "وضرب الزلزال المدمر مدينة حلب شمال سوريا فجر يوم 6 فبراير 2023، وانهارت عشرات المباني السكنية.",
        "وضرب الزلزال المدمر مدينة حلب شمال سوريا فجر يوم 8 فبراير 2023، وانهارت عشرات المباني السكنية.");
    Fact f = only(r, Outcome.CONFLICT);
    assertEquals(ConflictKind.DATE, f.conflictKind().orElseThrow());
    assertEquals(List.of("2023-02-06", "2023-02-08"), f.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void datesOfDifferentKindsOfEventAreNotCompared() {
    // The same sentence frame, but one date is of a visit and the other of a death.
    String visit = "وكان الرئيس الراحل قد زار مدينة الإسكندرية يوم 12 مايو 2019 قبل أسابيع من مرضه الأخير.";
    String death = "وكان الرئيس الراحل قد توفي في مدينة الإسكندرية يوم 20 مايو 2019 بعد أسابيع من مرضه الأخير.";
    FactDiffReport r = diff(visit, death);
    assertTrue(r.withOutcome(Outcome.CONFLICT).stream()
        .noneMatch(f -> f.conflictKind().orElseThrow() == ConflictKind.DATE), r.facts().toString());
    // Control: the same kind of event on two days is a conflict.
    Fact f = only(diff(visit, visit.replace("12 مايو", "20 مايو")), Outcome.CONFLICT);
    assertEquals(ConflictKind.DATE, f.conflictKind().orElseThrow());
    // And a death word of the same class ("رحل" / "توفي") dates the same event.
    Fact g = only(diff(death, death.replace("توفي", "رحل").replace("20 مايو", "22 مايو")), Outcome.CONFLICT);
    assertEquals(ConflictKind.DATE, g.conflictKind().orElseThrow());
  }

  @Test
  void differentDeathTollsConflict() {
    FactDiffReport r = diff(
        "وقتل 12 شخصا في انفجار سيارة مفخخة استهدف سوقا شعبية وسط بغداد صباح اليوم.",
        "وقتل 15 شخصا في انفجار سيارة مفخخة استهدف سوقا شعبية وسط بغداد صباح اليوم.");
    Fact f = only(r, Outcome.CONFLICT);
    assertEquals(ConflictKind.NUMBER, f.conflictKind().orElseThrow());
    assertEquals(FactKind.QUANTITY, f.kind());
  }

  @Test
  void levantineAndEgyptianMonthNamesAgree() {
    Fact f = only(diff(
        "وعقدت القمة العربية الطارئة في العاصمة السعودية الرياض في حزيران 2024 بحضور القادة.",
        "وعقدت القمة العربية الطارئة في العاصمة السعودية الرياض في يونيو 2024 بحضور القادة."), Outcome.AGREE);
    assertEquals(List.of("2024-06", "2024-06"), f.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void arabicIndicDigitsAgreeWithAsciiDigits() {
    FactDiffReport r = diff(
        "وافتتح المتحف المصري الكبير أبوابه أمام الزوار للمرة الأولى عام ٢٠٢٣ وسط احتفال رسمي.",
        "وافتتح المتحف المصري الكبير أبوابه أمام الزوار للمرة الأولى عام 2023 وسط احتفال رسمي.");
    Fact year = r.facts().stream().filter(f -> f.kind() == FactKind.TIME).findFirst().orElseThrow();
    assertEquals(Outcome.AGREE, year.outcome());
    assertEquals(List.of("عام ٢٠٢٣", "عام 2023"), year.claims().stream().map(Claim::value).toList());
    assertEquals(List.of("2023", "2023"), year.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void anApproximateDurationAgreesWithinItsTolerance() {
    FactDiffReport r = diff(
        "واستمر الاجتماع المغلق بين وزيري الخارجية نحو ساعتين في مقر الوزارة بالقاهرة.",
        "واستمر الاجتماع المغلق بين وزيري الخارجية ساعتين في مقر الوزارة بالقاهرة.");
    Fact f = only(r, Outcome.APPROX_AGREE);
    assertEquals(FactKind.QUANTITY, f.kind());
    assertEquals(List.of(), r.conflicts());
  }

  @Test
  void aMonthRefinesItsYear() {
    Fact f = only(diff(
        "وكانت آخر زيارة للرئيس الفرنسي إلى الجزائر عام 2022 بعد توتر طويل في العلاقات.",
        "وكانت آخر زيارة للرئيس الفرنسي إلى الجزائر في أغسطس 2022 بعد توتر طويل في العلاقات."), Outcome.REFINES);
    assertEquals(List.of("2022", "2022-08"), f.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void differentPeopleInTheSameRoleConflict() {
    FactDiffReport r = diff(
        "وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن المحادثات كانت بناءة للغاية.",
        "وقال المتحدث باسم الكرملين يوري أوشاكوف للصحفيين إن المحادثات كانت بناءة للغاية.");
    Fact f = only(r, Outcome.CONFLICT);
    assertEquals(ConflictKind.ENTITY, f.conflictKind().orElseThrow());
    assertEquals(List.of("person:dmitry-peskov", "person:yuri-ushakov"),
        f.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void valuesOfUnrelatedSentencesAreNeverCompared() {
    FactDiffReport r = diff(
        "وارتفعت أسعار الذهب في الأسواق المحلية بنسبة 3 في المئة خلال تعاملات الأسبوع الماضي.",
        "وقتل 12 شخصا في انفجار سيارة مفخخة استهدف سوقا شعبية وسط بغداد عام 2019.");
    assertEquals(List.of(), r.conflicts());
    assertTrue(r.facts().stream().allMatch(f -> f.outcome() == Outcome.UNIQUE), r.facts().toString());
    assertTrue(r.facts().size() >= 3, "each value is reported once as unique: " + r.facts());
  }

  @Test
  void relativeDatesAreResolvedAgainstEachPublicationDate() {
    Article a = Article.builder("a", "وأعلنت وزارة الصحة أمس الأربعاء تسجيل أول إصابة بالفيروس في مدينة الإسكندرية.")
        .published(LocalDateTime.of(2024, 6, 20, 10, 0)).build();
    Article b = Article.builder("b", "وأعلنت وزارة الصحة يوم 19 يونيو 2024 تسجيل أول إصابة بالفيروس في مدينة الإسكندرية.")
        .published(LocalDateTime.of(2024, 6, 21, 8, 0)).build();
    FactDiffReport r = FactDiff.defaults().diff(List.of(a, b));
    Fact day = r.facts().stream().filter(f -> f.kind() == FactKind.TIME).findFirst().orElseThrow();
    assertEquals(Outcome.AGREE, day.outcome(), r.facts().toString());
    assertEquals(List.of("2024-06-19", "2024-06-19"), day.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void userSynonymsAlignSentencesThatSayTheSameInOtherWords() throws Exception {
    String a = "وسيطرت قوات الجيش على بلدة القصير يوم 5 يونيو 2013 بعد معارك عنيفة.";
    String b = "واستعادت قوات الجيش بلدة القصير يوم 6 يونيو 2013 بعد معارك عنيفة.";
    FactDiff withSynonyms = FactDiff.builder().addSynonyms(new StringReader("سيطرت|استعادت\n")).build();
    FactDiffReport extended = withSynonyms.diff(List.of(Article.of("a", a), Article.of("b", b)));
    Fact day = only(extended, Outcome.CONFLICT);
    assertEquals(List.of("2013-06-05", "2013-06-06"), day.claims().stream().map(Claim::normalized).toList());
    FactDiffReport plain = FactDiff.defaults().diff(List.of(Article.of("a", a), Article.of("b", b)));
    Fact plainDay = plain.facts().stream().filter(f -> f.kind() == FactKind.TIME).findFirst().orElseThrow();
    assertTrue(plainDay.confidence() < day.confidence() || plainDay.outcome() != Outcome.CONFLICT,
        "the synonym class raises the alignment: " + plain.facts());
  }

  @Test
  void badInputGivesDefinedResults() {
    assertEquals(List.of(), FactDiff.defaults().diff(List.of()).facts());
    assertEquals(List.of(), FactDiff.defaults().diff(List.of(Article.of("e", ""), Article.of("w", " \n "))).facts());
    assertEquals(List.of(), diff("Breaking news from the wire.", "No Arabic here at all.").facts());
    FactDiffReport single = FactDiff.defaults().diff(List.of(Article.of("s", "وقتل 12 شخصا في انفجار عام 2019.")));
    assertTrue(single.facts().stream().allMatch(f -> f.outcome() == Outcome.UNIQUE));
    Article a = Article.of("same", "نص");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactDiff.defaults().diff(List.of(a, a)));
    assertTrue(e.getMessage().contains("same"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FactDiff.builder().alignment(0));
    assertThrows(IllegalArgumentException.class, () -> FactDiff.builder().conflictAlignment(1.5));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> FactDiff.builder().addSynonyms(new StringReader("وحيدة\n")));
    assertTrue(bad.getMessage().contains("line 1"), bad.getMessage());
  }

  @Test
  void sentencesBeyondTheBoundAreNotComparedButCounted() {
    String a = "افتتح وزير النقل محطة القطار الجديدة في مدينة أسوان صباح الأحد. وحضر الافتتاح عدد من المسؤولين."
        + " وبلغت تكلفة المحطة 300 مليون جنيه بحسب بيان الوزارة.";
    String b = "افتتح وزير النقل محطة القطار الجديدة في مدينة أسوان صباح الأحد. وحضر الافتتاح عدد من المسؤولين."
        + " وبلغت تكلفة المحطة 450 مليون جنيه بحسب بيان الوزارة.";
    List<Article> articles = List.of(Article.of("a", a), Article.of("b", b));
    FactDiffReport full = FactDiff.defaults().diff(articles);
    assertEquals(1, full.conflicts().size(), full.facts().toString());
    assertEquals(java.util.Map.of(), full.sentencesNotCompared());
    FactDiffReport bounded = FactDiff.builder().maxSentences(2).build().diff(articles);
    assertEquals(List.of(), bounded.conflicts(), "the cost is in the third sentence, left out");
    assertEquals(java.util.Map.of("a", 1, "b", 1), bounded.sentencesNotCompared());
    assertThrows(IllegalArgumentException.class, () -> FactDiff.builder().maxSentences(0));
  }

  /** The bound caps the work: long articles make as many claims as their first sentences alone. */
  @Test
  void longArticlesCostNoMoreThanTheirFirstSentences() {
    StringBuilder longA = new StringBuilder();
    StringBuilder longB = new StringBuilder();
    StringBuilder headA = new StringBuilder();
    StringBuilder headB = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      String a = "وأعلنت مديرية الصحة في المحافظة رقم " + i + " أن عدد المصابين بلغ " + (i * 7) + " شخصا. ";
      String b = "وأعلنت مديرية الصحة في المحافظة رقم " + i + " أن عدد المصابين بلغ " + (i * 7 + 3) + " شخصا. ";
      longA.append(a);
      longB.append(b);
      if (i <= 10) {
        headA.append(a);
        headB.append(b);
      }
    }
    FactDiff bounded = FactDiff.builder().maxSentences(10).build();
    FactDiff unbounded = FactDiff.builder().maxSentences(1000).build();
    int longClaims = claims(bounded.diff(List.of(Article.of("a", longA.toString()), Article.of("b", longB.toString()))));
    int headClaims = claims(bounded.diff(List.of(Article.of("a", headA.toString()), Article.of("b", headB.toString()))));
    int allClaims = claims(unbounded.diff(List.of(Article.of("a", longA.toString()), Article.of("b", longB.toString()))));
    assertTrue(headClaims >= 20, "two claims per sentence pair at least: " + headClaims);
    assertEquals(1.0, (double) longClaims / headClaims, 1e-9);
    assertTrue((double) allClaims / longClaims >= 15, allClaims + " / " + longClaims);
  }

  private static int claims(FactDiffReport r) {
    return r.facts().stream().mapToInt(f -> f.claims().size()).sum();
  }

  /** A wording difference needs articles long enough for a word's absence to mean something. */
  @Test
  void wordingCandidatesNeedMoreThanAHeadline() {
    String lineA = "وقدم رئيس الوزراء الياباني لضيفه في ختام الزيارة سيف ساموراي أثريا صنع في القرن السابع عشر.";
    String lineB = "وقدم رئيس الوزراء الياباني لضيفه في ختام الزيارة خوذة ساموراي أثرية صنعت في القرن السابع عشر.";
    String context = " وعقد الجانبان جلسة مباحثات موسعة تناولت التعاون الاقتصادي والاستثمارات المشتركة في قطاعات الطاقة"
        + " والموانئ والسيارات الكهربائية. واتفق الطرفان على تشكيل لجنة فنية تجتمع كل ستة أشهر لمتابعة تنفيذ"
        + " الاتفاقيات الموقعة. وزار الوفد المرافق مصنعا للقطارات السريعة في ضواحي العاصمة طوكيو، والتقى"
        + " بعدد من رجال الأعمال وممثلي الغرف التجارية.";
    assertEquals(Set.of(ConflictKind.LEXICAL), conflictKinds(diff(lineA + context, lineB + context)));
    assertEquals(Set.of(), conflictKinds(diff(lineA, lineB)));
  }

  private static Set<ConflictKind> conflictKinds(FactDiffReport r) {
    return r.conflicts().stream().map(f -> f.conflictKind().orElseThrow()).collect(java.util.stream.Collectors.toSet());
  }
}
